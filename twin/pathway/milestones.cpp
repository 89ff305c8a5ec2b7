// find_milestones() (see milestones.hpp).
#include "twin/pathway/milestones.hpp"

namespace twin::pathway {

Milestones find_milestones(std::span<const double> gross_t, std::span<const double> net_t, int first_year,
                           double threshold_fraction_of_peak) {
  Milestones m;
  if (gross_t.empty()) return m;
  std::size_t peak = 0;
  for (std::size_t i = 1; i < gross_t.size(); ++i)
    if (gross_t[i] > gross_t[peak]) peak = i;
  m.peak_year = first_year + static_cast<int>(peak);
  m.peak_t = gross_t[peak];
  m.peaked = peak + 1 < gross_t.size();
  m.neutrality_threshold_t = threshold_fraction_of_peak * m.peak_t;
  for (std::size_t i = 0; i < net_t.size(); ++i) {
    m.cumulative_t += net_t[i];
    if (m.neutrality_year == 0 && net_t[i] <= m.neutrality_threshold_t) m.neutrality_year = first_year + static_cast<int>(i);
  }
  return m;
}

}  // namespace twin::pathway
