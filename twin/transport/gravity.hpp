// Step 2 of the four-step model: doubly constrained gravity distribution.
//
//   T_ij = a_i · b_j · f(c_ij),   Σ_j T_ij = P_i,   Σ_i T_ij = A_j
//
// solved by iterative proportional fitting (the Furness method: alternately scale rows to the
// productions and columns to the attractions; Ortúzar & Willumsen, Modelling Transport, §6.3).
// Deterrence f(c) = exp(−β c) on a generalised cost c in minutes (the mode-choice logsum): an
// additive shift of c is absorbed by a_i or b_j, so a logsum's arbitrary origin does not matter.
// β is calibrated by a bracketed secant (Illinois) search on ln β until the mean trip length
// Σ T_ij d_ij / Σ T_ij equals a target (the only calibration data a district usually has).
#pragma once

#include <string>
#include <vector>

#include "twin/transport/demand_parameters.hpp"

namespace twin::transport {

struct FurnessReport {
  int iterations = 0;
  double max_relative_error = 0.0;  // of row and column sums against P and A, after the last sweep
  bool converged = false;
};

// Fills `trips` (n×n, row-major) from productions P, attractions A (Σ A = Σ P within 1e-9 relative)
// and deterrence f (n×n, ≥ 0). Zones with P_i = 0 or A_j = 0 get zero rows/columns. Returns an error
// (and leaves `trips` empty) for sizes that do not match, negative or non-finite input, unbalanced
// totals, or a zone with trips to send (or receive) but no reachable partner.
std::string furness(const std::vector<double>& production, const std::vector<double>& attraction,
                    const std::vector<double>& deterrence, const DemandSolverSettings& settings,
                    std::vector<double>* trips, FurnessReport* report);

struct GravityCalibration {
  double beta_per_min = 0.0;
  double mean_trip_km = 0.0;   // achieved
  double target_mean_trip_km = 0.0;
  int steps = 0;               // gravity solutions tried
  bool reached = false;        // within settings.calibration_tolerance of the target
  FurnessReport furness;       // of the final solution
};

// Calibrated distribution: deterrence exp(−β (c_ij − min_j c_ij)) with β such that the mean of
// distance_km weighted by trips is target_mean_km. cost_min may hold +inf (pair unreachable).
// beta_guess_per_min > 0 starts the search there (e.g. the previous feedback round's β).
std::string distribute_calibrated(const std::vector<double>& production, const std::vector<double>& attraction,
                                  const std::vector<double>& cost_min, const std::vector<double>& distance_km,
                                  double target_mean_km, double beta_guess_per_min,
                                  const DemandSolverSettings& settings, std::vector<double>* trips,
                                  GravityCalibration* calibration);

}  // namespace twin::transport
