// The river: a meandering band crossing the whole district from its west edge to its east edge,
// between the inner and outer expressway rings. Its centre line and half-width are cubic Hermite (Catmull–Rom) splines through
// random control points — polynomials only, no sin — sampled every 50 m. Both banks are functions
// of x, so the water polygon (lower bank west→east, upper bank east→west) is simple by construction.
#pragma once

#include <vector>

#include "twin/city/layout.hpp"
#include "twin/city/rng.hpp"

namespace twin::citygen {

struct River {
  std::vector<double> x_m;      // sample abscissae, increasing, from the west edge to the east edge
  std::vector<double> lower_m;  // south bank y at each sample
  std::vector<double> upper_m;  // north bank y at each sample

  // Lowest south bank and highest north bank over [x0, x1]; exact for the piecewise-linear banks.
  void band_over(double x0_m, double x1_m, double& lowest_m, double& highest_m) const;
  // True when the rectangle keeps at least margin_m from the water band (conservatively).
  bool clear_of(const Rect& r, double margin_m) const;

  // Banks at any x inside the river's range (linear between samples; clamped outside).
  double lower_at(double x_m) const;
  double upper_at(double x_m) const;
  // Water area inside the rectangle, m² (trapezoid rule on the samples and the rectangle's ends).
  double water_area_in(const Rect& r) const;
  // The part of r south of the south bank less gap_m (north == false), or north of the north bank
  // plus gap_m: a counter-clockwise polygon whose river-side edge follows the bank, or empty when
  // that part is nowhere deeper than min_depth_m. Used for fields and riverside green beside the
  // riverside parks.
  std::vector<Vec2> piece_beside(const Rect& r, bool north, double gap_m, double min_depth_m) const;

  std::vector<Vec2> water_polygon() const;
  // A strip of riverside park of width_m along one bank (south when north == false).
  std::vector<Vec2> bank_park_polygon(double width_m, bool north) const;
};

River make_river(const Lattice& lattice, Rng& rng);

// Width of the riverside parks, and the clearance any building keeps from the water.
inline constexpr double kRiversidePark_m = 40.0;
inline constexpr double kBuildingWaterClearance_m = 50.0;

}  // namespace twin::citygen
