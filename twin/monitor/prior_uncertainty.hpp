// Prior (bottom-up inventory) uncertainty by gridded sector for the inversion (issue 11, items 4–5): the
// relative 1σ of a sector's emissions (= assets/monitor/prior_uncertainty.csv, each row with its source or
// "CarbonTwin assumption"), the default spatial correlation length of the prior errors, and the prior sd of
// the additive "unexplained source" component. Documented in docs/monitoring.md.
#pragma once

#include "twin/monitor/emission_grid.hpp"

namespace twin::monitor {

struct PriorUncertaintyRow {
  GridSector sector;
  double relative_sd;
  const char* source;
};
// The 8 rows of prior_uncertainty.csv, in GridSector order.
const PriorUncertaintyRow* prior_uncertainty_rows(int* count);
double sector_relative_sd(GridSector sector);

// Correlation length of the prior errors within a sector, exp(−d/L): 2 km (CarbonTwin assumption — errors
// of a sector's emission factors and activity data are shared by neighbourhoods of similar buildings and
// roads; a few cells of 500 m).
inline constexpr double kDefaultCorrelationLengthM = 2000.0;
// Prior sd of the additive unexplained source per cell, zero mean: 30 kt/yr (CarbonTwin assumption — the
// size of a mid-sized industrial boiler or a small plant the inventory could miss; a 50 kt/yr source is
// then 1.7σ in one cell, reachable from the data but not forced by the prior).
inline constexpr double kDefaultUnexplainedSdTPerYr = 30000.0;

}  // namespace twin::monitor
