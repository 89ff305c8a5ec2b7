// The pathway around a point x (the share of each option's range used), linearised by finite
// differences: the exact yearly gross and net at x, and per option the change of each per unit of x,
// from one more pathway run with that option alone moved by `step` (a secant).
#pragma once

#include <span>
#include <vector>

#include "optimise/optimiser.hpp"
#include "twin/pathway/pathway.hpp"

namespace optimise {

struct PathwayPoint {
  std::vector<double> gross_t, net_t;  // kYearCount each
  twin::pathway::Milestones milestones;
};
PathwayPoint point_of(const twin::pathway::PathwayResult& result);

struct Linearisation {
  std::vector<double> x0;
  PathwayPoint at;                                  // the exact pathway at x0
  std::vector<std::vector<double>> d_gross, d_net;  // [option][year], tCO2 per unit of x
};

// The base scenario with option l's target at base + x_l × (max_target − base target).
twin::pathway::Scenario scenario_at(const twin::pathway::Scenario& base, std::span<const LeverOption> options,
                                    std::span<const double> x);

// Secant steps of size `step` (0 < step ≤ 1) towards the side of x0 with room (up when x0 ≤ 1 − step).
Linearisation linearise(const twin::pathway::Baseline& baseline, const twin::pathway::Scenario& base,
                        std::span<const LeverOption> options, std::span<const double> x0, double step);

}  // namespace optimise
