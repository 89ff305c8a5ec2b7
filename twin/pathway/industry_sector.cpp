// Industry in a pathway year (industry_sector.hpp).
#include "twin/pathway/industry_sector.hpp"

namespace twin::pathway {

std::array<double, industry::kSectorCount> industry_growth_pct(double gdp_pct, double growth_offset_pts) {
  using industry::Sector;
  std::array<double, industry::kSectorCount> g{};
  g[static_cast<int>(Sector::Steel)] = 0.0;
  g[static_cast<int>(Sector::Cement)] = 0.0;
  g[static_cast<int>(Sector::NonFerrous)] = 0.0;
  for (Sector s : {Sector::Chemicals, Sector::OtherManufacturing, Sector::DataCentre})
    g[static_cast<int>(s)] = gdp_pct + growth_offset_pts;
  return g;
}

industry::IndustryAccount industry_sector_year(std::span<const industry::Plant> plants,
                                               const industry::IndustryDrivers& drivers,
                                               const industry::IndustryLevers& levers,
                                               const emissions::FactorSet& factors) {
  if (plants.empty()) return {};
  return industry::evaluate_industry_year(plants, drivers, levers, industry::industry_factors(factors)).total;
}

}  // namespace twin::pathway
