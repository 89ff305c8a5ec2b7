// Dual-control indicators of the pathway (see dual_control_year.hpp).
#include "twin/pathway/dual_control_year.hpp"

#include "twin/drivers/national_trends.hpp"
#include "twin/emissions/factor_tables.hpp"
#include "twin/pathway/pathway.hpp"

namespace twin::pathway {
namespace {

double trend(const char* indicator, int year) {
  double v = 0.0;
  const bool found = drivers::national_trend(indicator, year, &v);
  (void)found;  // the rows are embedded constants; tests/twin/pathway checks they are there
  return v;
}

}  // namespace

double national_gdp_per_capita_2020_yuan() {
  // 亿元 × 1e8 / (万人 × 1e4)
  return trend("gdp_100m_yuan", 2020) * 1.0e8 / (trend("population_year_end_10k", 2021) * 1.0e4);
}

drivers::EconomyBase default_city_economy(int base_year, double population) {
  drivers::EconomyBase e;
  e.base_year = base_year;
  e.population = population;
  e.gdp_10k_yuan = population * national_gdp_per_capita_2020_yuan() / 1.0e4;
  const double gdp = trend("gdp_100m_yuan", 2020);
  e.value_added_share[static_cast<int>(drivers::EconomicSector::Primary)] = trend("va_primary_100m_yuan", 2020) / gdp;
  e.value_added_share[static_cast<int>(drivers::EconomicSector::Secondary)] = trend("va_secondary_100m_yuan", 2020) / gdp;
  e.value_added_share[static_cast<int>(drivers::EconomicSector::Tertiary)] = trend("va_tertiary_100m_yuan", 2020) / gdp;
  return e;
}

double year_energy_tce(const emissions::EnergyBySectorCarrier& energy, const industry::IndustryAccount& plants) {
  std::array<double, emissions::kCarrierCount> by_carrier{};
  for (int s = 0; s < emissions::kSectorCount; ++s)
    for (int c = 0; c < emissions::kCarrierCount; ++c) by_carrier[c] += energy.energy_kwh[s][c];
  const double hydrogen_kwh = plants.energy_kwh[static_cast<int>(industry::Carrier::Hydrogen)];
  return drivers::energy_tce(by_carrier) + hydrogen_kwh * 3600.0 / emissions::kKjPerKgce / 1000.0;
}

drivers::EconomyYear economy_year(const drivers::EconomyBase& base, const drivers::RatePath& gdp_growth, int year,
                                  double previous_gdp_10k_yuan, double population) {
  drivers::EconomyYear e;
  e.year = year;
  e.gdp_10k_yuan = year <= base.base_year ? base.gdp_10k_yuan
                                          : previous_gdp_10k_yuan * (1.0 + drivers::rate_of_year(gdp_growth, year));
  for (int s = 0; s < drivers::kEconomicSectorCount; ++s) e.value_added_10k_yuan[s] = e.gdp_10k_yuan * base.value_added_share[s];
  e.population = population;
  e.gdp_per_capita_yuan = population > 0.0 ? e.gdp_10k_yuan * 1.0e4 / population : 0.0;
  return e;
}

drivers::DualControlInput dual_control_input(const PathwayYear& y) {
  drivers::DualControlInput in;
  in.year = y.year;
  in.energy_tce = year_energy_tce(y.energy, y.industry);
  in.co2_t = y.gross_t - y.agriculture_t;  // energy, processes and waste: agriculture's N2O/CH4 is outside 双控's CO2
  in.gdp_10k_yuan = y.economy.gdp_10k_yuan;
  in.population = y.population;
  return in;
}

std::vector<int> years_out_of_bounds(const drivers::DualControlReport& report, drivers::Indicator indicator) {
  std::vector<int> out;
  const int i = static_cast<int>(indicator);
  for (const drivers::DualControlYear& y : report.years)
    if (y.over_bound[i]) out.push_back(y.value.year);
  return out;
}

std::vector<int> years_over_budget(const drivers::DualControlReport& report) {
  std::vector<int> out;
  for (const drivers::DualControlYear& y : report.years)
    if (y.over_budget) out.push_back(y.value.year);
  return out;
}

int first_year_over_budget(const drivers::DualControlReport& report) {
  for (const drivers::DualControlYear& y : report.years)
    if (y.over_budget) return y.value.year;
  return 0;
}

const drivers::DualControlYear* dual_control_of_year(const drivers::DualControlReport& report, int year) {
  for (const drivers::DualControlYear& y : report.years)
    if (y.value.year == year) return &y;
  return nullptr;
}

}  // namespace twin::pathway
