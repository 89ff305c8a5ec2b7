// Fitting and evaluating CityLocation::lonlat_fit (city.hpp): lon/lat as cubic polynomials of the
// local metric coordinates. A transverse Mercator's inverse is smooth; over ±15 km a cubic fit to
// PROJ's exact values is good to well under a metre (the import report gives the measured worst error).
#pragma once

#include <vector>

#include "twin/city/city.hpp"

namespace twin {

struct LonLatSample {
  double x_m, y_m;        // local
  double lon_deg, lat_deg;  // exact (from PROJ)
};

// Least-squares fit (Eigen, column-pivoting QR) over the samples; scale_m is the half-extent the
// samples span. max_error_m is measured on the samples themselves (in metres, with the local scale of
// a degree). False when there are fewer than 10 samples or they are degenerate.
bool fit_lonlat(const std::vector<LonLatSample>& samples, double scale_m, LonLatFit* fit);

// lon/lat of a local point; false when the location has no fit.
bool local_to_lonlat(const CityLocation& location, double x_m, double y_m, double* lon_deg, double* lat_deg);

// The inverse: local metres of a lon/lat by Newton's method on the fitted cubic. False without a fit,
// for non-finite input, or for a point beyond kMaxFitReach × the fit's half-extent (the cubic is not
// trusted that far from where it was fitted).
inline constexpr double kMaxFitReach = 3.0;
bool lonlat_to_local(const CityLocation& location, double lon_deg, double lat_deg, double* x_m, double* y_m);

}  // namespace twin
