#include "twin/drivers/national_trends.hpp"

namespace twin::drivers {
namespace {

// = assets/drivers/national_trends_2020_2024.csv (row for row; sources and pages there).
constexpr TrendRow kRows[] = {
    {"gdp_growth_pct", 2020, 2.3, "%"},
    {"gdp_growth_pct", 2021, 8.1, "%"},
    {"gdp_growth_pct", 2022, 3.0, "%"},
    {"gdp_growth_pct", 2023, 5.2, "%"},
    {"gdp_100m_yuan", 2020, 1015986, "100 million yuan (current prices)"},
    {"gdp_100m_yuan", 2021, 1143670, "100 million yuan (current prices)"},
    {"gdp_100m_yuan", 2022, 1210207, "100 million yuan (current prices)"},
    {"va_primary_100m_yuan", 2020, 77754, "100 million yuan (current prices)"},
    {"va_secondary_100m_yuan", 2020, 384255, "100 million yuan (current prices)"},
    {"va_tertiary_100m_yuan", 2020, 553977, "100 million yuan (current prices)"},
    {"va_primary_100m_yuan", 2021, 83086, "100 million yuan (current prices)"},
    {"va_secondary_100m_yuan", 2021, 450904, "100 million yuan (current prices)"},
    {"va_tertiary_100m_yuan", 2021, 609680, "100 million yuan (current prices)"},
    {"va_primary_100m_yuan", 2022, 88345, "100 million yuan (current prices)"},
    {"va_secondary_100m_yuan", 2022, 483164, "100 million yuan (current prices)"},
    {"va_tertiary_100m_yuan", 2022, 638698, "100 million yuan (current prices)"},
    {"population_year_end_10k", 2021, 141260, "10 thousand persons"},
    {"population_year_end_10k", 2022, 141175, "10 thousand persons"},
    {"population_year_end_10k", 2023, 140967, "10 thousand persons"},
    {"electricity_consumption_twh", 2021, 8313, "TWh"},
    {"electricity_consumption_twh", 2022, 8637.2, "TWh"},
    {"electricity_consumption_growth_pct", 2023, 6.7, "%"},
    {"generation_total_twh", 2020, 7779.06, "TWh"},
    {"generation_thermal_twh", 2020, 5330.25, "TWh"},
    {"generation_hydro_twh", 2020, 1355.21, "TWh"},
    {"generation_nuclear_twh", 2020, 366.25, "TWh"},
    {"generation_wind_twh", 2020, 466.5, "TWh"},
    {"generation_solar_twh", 2020, 261.1, "TWh"},
    {"generation_biomass_twh", 2020, 132.6, "TWh"},
    {"generation_total_twh", 2022, 8693.9, "TWh"},
    {"generation_nonfossil_twh", 2022, 3144.3, "TWh"},
    {"generation_wind_twh", 2022, 762.4, "TWh"},
    {"generation_solar_twh", 2022, 425.1, "TWh"},
    {"generation_total_twh", 2023, 9456, "TWh"},
    {"nonfossil_generation_share_pct", 2020, 33.9, "%"},
    {"nonfossil_generation_share_pct", 2021, 34.5, "%"},
    {"nonfossil_generation_share_pct", 2022, 36.2, "%"},
    {"clean_generation_share_pct", 2023, 33.7, "%"},
    {"capacity_total_gw", 2020, 2200.58, "GW"},
    {"capacity_thermal_gw", 2020, 1245.17, "GW"},
    {"capacity_hydro_gw", 2020, 370.16, "GW"},
    {"capacity_nuclear_gw", 2020, 49.89, "GW"},
    {"capacity_wind_gw", 2020, 281.53, "GW"},
    {"capacity_solar_gw", 2020, 253.43, "GW"},
    {"capacity_total_gw", 2021, 2377, "GW"},
    {"capacity_wind_gw", 2021, 330, "GW"},
    {"capacity_solar_gw", 2021, 310, "GW"},
    {"capacity_total_gw", 2023, 2920, "GW"},
    {"capacity_thermal_gw", 2023, 1390, "GW"},
    {"capacity_coal_gw", 2023, 1160, "GW"},
    {"capacity_hydro_gw", 2023, 420, "GW"},
    {"capacity_nuclear_gw", 2023, 56.91, "GW"},
    {"capacity_wind_gw", 2023, 440, "GW"},
    {"capacity_solar_gw", 2023, 610, "GW"},
    {"capacity_total_gw", 2024, 3350, "GW"},
    {"capacity_wind_gw", 2024, 520, "GW"},
    {"capacity_solar_gw", 2024, 890, "GW"},
    {"nev_share_new_car_sales_pct", 2021, 13.5, "%"},
    {"nev_share_new_car_sales_pct", 2022, 25.6, "%"},
    {"nev_share_new_car_sales_pct", 2023, 31.6, "%"},
    {"nev_share_new_car_sales_pct", 2024, 40, "%"},
    {"nev_sales_10k", 2022, 688.7, "10 thousand vehicles"},
    {"nev_sales_10k", 2023, 949.5, "10 thousand vehicles"},
    {"floor_area_completed_10k_m2", 2023, 99831, "10 thousand m2"},
    {"floor_area_completed_10k_m2", 2024, 73743, "10 thousand m2"},
    {"crude_steel_mt", 2021, 1040, "Mt"},
    {"crude_steel_mt", 2022, 1013, "Mt"},
    {"total_energy_mtce", 2020, 4980, "Mtce"},
    {"total_energy_mtce", 2021, 5240, "Mtce"},
    {"total_energy_mtce", 2023, 5720, "Mtce"},
    {"energy_intensity_change_pct", 2020, -0.1, "%"},
    {"energy_intensity_change_pct", 2022, -0.1, "%"},
    {"co2_intensity_change_pct", 2020, -1.0, "%"},
    {"co2_intensity_change_pct", 2021, -3.8, "%"},
    {"co2_intensity_change_pct", 2022, -0.8, "%"},
    {"nonfossil_primary_energy_share_pct", 2021, 16.6, "%"},
    {"nonfossil_primary_energy_share_pct", 2022, 17.5, "%"},
};

}  // namespace

std::span<const TrendRow> national_trend_rows() { return kRows; }

bool national_trend(std::string_view indicator, int year, double* value) {
  for (const TrendRow& row : kRows) {
    if (row.year != year || indicator != row.indicator) continue;
    if (value != nullptr) *value = row.value;
    return true;
  }
  return false;
}

}  // namespace twin::drivers
