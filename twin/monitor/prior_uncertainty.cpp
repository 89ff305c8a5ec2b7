// The embedded prior uncertainty table (prior_uncertainty.hpp) = assets/monitor/prior_uncertainty.csv.
#include "twin/monitor/prior_uncertainty.hpp"

#include <array>

namespace twin::monitor {
namespace {

using G = GridSector;
constexpr std::array<PriorUncertaintyRow, kGridSectorCount> kRows{{
    {G::Residential, 0.30, "Gurney et al. (2021) Nat. Commun. 12:553"},
    {G::Commercial, 0.30, "Gurney et al. (2021) Nat. Commun. 12:553"},
    {G::Industry, 0.20, "CarbonTwin assumption"},
    {G::Transport, 0.30, "Gurney et al. (2021) Nat. Commun. 12:553"},
    {G::IndustrialProcesses, 0.20, "CarbonTwin assumption"},
    {G::Waste, 0.50, "CarbonTwin assumption"},
    {G::LandUse, 0.50, "CarbonTwin assumption"},
    {G::EnergySupply, 0.10, "CarbonTwin assumption"},
}};

}  // namespace

const PriorUncertaintyRow* prior_uncertainty_rows(int* count) {
  *count = static_cast<int>(kRows.size());
  return kRows.data();
}

double sector_relative_sd(GridSector sector) { return kRows[static_cast<std::size_t>(sector)].relative_sd; }

}  // namespace twin::monitor
