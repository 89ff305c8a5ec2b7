// Embedded factor tables (see factor_tables.hpp). Keep every row equal to assets/emissions/*.csv:
// tests/twin/emissions/factor_tables_test.cpp compares them natively.
#include "twin/emissions/factor_tables.hpp"

#include <array>

namespace twin::emissions {
namespace {

constexpr const char* kGrid2021 = "mee_nbs_grid_2021";
constexpr const char* kGrid2022 = "mee_nbs_grid_2022";
constexpr const char* kGrid2023 = "mee_nbs_grid_2023";
constexpr const char* kIpcc = "ipcc2006_v2_ch2_t2_2";
constexpr const char* kNcv = "gbt2589_2020_annex_a";
constexpr const char* kHeat = "ndrc_enterprise_ghg_guidelines_heat";

using R = GridRegion;

// MEE & NBS electricity CO2 factor announcements (national average incl. market-traded non-fossil
// power); values as collected in shared/data/emission_factors/china_grid_emission_factors.csv.
// Regional values were announced for 2022 and 2023 only.
constexpr std::array<GridFactorRow, 17> kGridRows{{
    {R::National, "national", 2021, 0.5568, kGrid2021},
    {R::National, "national", 2022, 0.5366, kGrid2022},
    {R::National, "national", 2023, 0.5306, kGrid2023},
    {R::NorthChina, "华北 North China", 2022, 0.6776, kGrid2022},
    {R::Northeast, "东北 Northeast", 2022, 0.5564, kGrid2022},
    {R::EastChina, "华东 East China", 2022, 0.5617, kGrid2022},
    {R::CentralChina, "华中 Central China", 2022, 0.5395, kGrid2022},
    {R::Northwest, "西北 Northwest", 2022, 0.5857, kGrid2022},
    {R::South, "南方 South (China Southern grid area)", 2022, 0.3869, kGrid2022},
    {R::Southwest, "西南 Southwest", 2022, 0.2268, kGrid2022},
    {R::NorthChina, "华北 North China", 2023, 0.6361, kGrid2023},
    {R::Northeast, "东北 Northeast", 2023, 0.5122, kGrid2023},
    {R::EastChina, "华东 East China", 2023, 0.5500, kGrid2023},
    {R::CentralChina, "华中 Central China", 2023, 0.5271, kGrid2023},
    {R::Northwest, "西北 Northwest", 2023, 0.5543, kGrid2023},
    {R::South, "南方 South (China Southern grid area)", 2023, 0.4042, kGrid2023},
    {R::Southwest, "西南 Southwest", 2023, 0.2472, kGrid2023},
}};

// IPCC 2006 Vol. 2 Ch. 2 Table 2.2 default CO2 factors (kg/TJ, NCV basis). Coal in Chinese
// buildings is taken as "other bituminous coal" (China's raw coal is mostly bituminous).
constexpr std::array<CombustionFactorRow, 5> kCombustionRows{{
    {Carrier::NaturalGas, "Natural gas", 56100.0, kIpcc},
    {Carrier::Coal, "Other bituminous coal", 94600.0, kIpcc},
    {Carrier::Oil, "Gas/Diesel oil", 74100.0, kIpcc},
    {Carrier::Gasoline, "Motor gasoline", 69300.0, kIpcc},
    {Carrier::Lpg, "Liquefied petroleum gases", 63100.0, kIpcc},
}};

// GB/T 2589-2020 Annex A (reference NCVs, as also listed in the NDRC enterprise GHG accounting
// guidelines: 原煤 20.908 GJ/t, 天然气 389.31 GJ/10⁴Nm³, 柴油 42.652 GJ/t, 汽油 43.070 GJ/t,
// 液化石油气 50.179 GJ/t).
constexpr std::array<NcvRow, 5> kNcvRows{{
    {Carrier::Coal, "raw coal (原煤)", 20908.0, "kg", kNcv},
    {Carrier::NaturalGas, "natural gas (天然气)", 38931.0, "m3", kNcv},
    {Carrier::Oil, "diesel oil (柴油)", 42652.0, "kg", kNcv},
    {Carrier::Gasoline, "gasoline (汽油)", 43070.0, "kg", kNcv},
    {Carrier::Lpg, "liquefied petroleum gas (液化石油气)", 50179.0, "kg", kNcv},
}};

constexpr std::array<SourceRef, 6> kSources{{
    {kGrid2021, "MEE & NBS (生态环境部, 国家统计局), 关于发布2021年电力二氧化碳排放因子的公告 "
                "(公告2024年第12号), 2024-04-12; national average 0.5568 kgCO2/kWh"},
    {kGrid2022, "MEE & NBS, 关于发布2022年电力二氧化碳排放因子的公告, 2024-12; national and "
                "regional grid averages (press reports of the announcement)"},
    {kGrid2023, "MEE & NBS, 关于发布2023年电力二氧化碳排放因子的公告 (reported 2026-01); national "
                "and regional grid averages (press reports of the announcement)"},
    {kIpcc, "IPCC (2006), 2006 IPCC Guidelines for National Greenhouse Gas Inventories, Vol. 2 "
            "Energy, Ch. 2 Stationary Combustion, Table 2.2 (default CO2 factors, kg/TJ NCV)"},
    {kNcv, "GB/T 2589-2020 综合能耗计算通则, Annex A (reference net calorific values)"},
    {kHeat, "NDRC (国家发展改革委办公厅), 企业温室气体排放核算方法与报告指南(试行) (发改办气候"
            "〔2013〕2526号, 〔2014〕2920号, 〔2015〕1722号): purchased heat 0.11 tCO2/GJ"},
}};

}  // namespace

const char* to_string(GridRegion region) {
  switch (region) {
    case R::National: return "national";
    case R::NorthChina: return "north_china";
    case R::Northeast: return "northeast";
    case R::EastChina: return "east_china";
    case R::CentralChina: return "central_china";
    case R::Northwest: return "northwest";
    case R::South: return "south";
    case R::Southwest: return "southwest";
    case R::Count: break;
  }
  return "unknown";
}

bool grid_region_from_string(std::string_view key, GridRegion* region) {
  for (int i = 0; i < static_cast<int>(R::Count); ++i) {
    const auto r = static_cast<GridRegion>(i);
    if (key == to_string(r)) {
      *region = r;
      return true;
    }
  }
  return false;
}

std::span<const GridFactorRow> grid_factor_rows() { return kGridRows; }
std::span<const CombustionFactorRow> combustion_factor_rows() { return kCombustionRows; }
std::span<const NcvRow> ncv_rows() { return kNcvRows; }
HeatFactorRow district_heat_factor_row() { return {0.11, kHeat}; }
std::span<const SourceRef> source_refs() { return kSources; }

const char* source_citation(std::string_view id) {
  for (const SourceRef& s : kSources)
    if (id == s.id) return s.citation;
  return "unknown source";
}

}  // namespace twin::emissions
