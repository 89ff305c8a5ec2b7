// Peak, neutrality and cumulative emissions of a yearly series (tCO2 per year, first entry = first
// year). Definitions (docs/scenario.md):
//  - peak: the year of the largest gross emissions (the first such year on ties); `peaked` is false
//    when that year is the last one (still rising or flat at the horizon);
//  - neutrality: the first year whose net emissions are ≤ threshold × peak value (net = gross −
//    credits for exported PV); 0 when not reached by the last year;
//  - cumulative: the sum of the yearly net emissions over all years.
#pragma once

#include <span>

namespace twin::pathway {

struct Milestones {
  int peak_year = 0;
  double peak_t = 0.0;
  bool peaked = false;
  int neutrality_year = 0;  // 0 = not reached
  double neutrality_threshold_t = 0.0;
  double cumulative_t = 0.0;
};

Milestones find_milestones(std::span<const double> gross_t, std::span<const double> net_t, int first_year,
                           double threshold_fraction_of_peak);

}  // namespace twin::pathway
