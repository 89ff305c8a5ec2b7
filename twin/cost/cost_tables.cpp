// The embedded cost tables (cost_tables.hpp); each array equals its CSV in assets/cost/ (row order
// too), checked by tests/twin/cost/cost_tables_test.cpp. Reasons and arithmetic are in the CSVs' notes.
#include "twin/cost/cost_tables.hpp"

#include <array>
#include <cassert>
#include <string_view>

namespace twin::cost {
namespace {

using pathway::LeverId;

constexpr std::array<LeverCostRow, kCostItemCount> kLeverCosts{{
    {CostItem::Retrofit, "retrofit", LeverId::RetrofitRatePctPerYr, LeverId::Count, "m2 retrofitted (in service)", 300, 0, 0, 30, "carbontwin_assumption"},
    {CostItem::HeatPump, "heat_pump", LeverId::HeatPumpSharePct, LeverId::Count, "m2 heated by heat pumps (in service)", 100, 2, 0, 15, "tsinghua_rural_heating_41"},
    {CostItem::RooftopPv, "rooftop_pv", LeverId::RooftopPvCoveragePct, LeverId::Count, "kWp (in service)", 4150, 70, 0, 25, "cpia_2021_pv_capex"},
    {CostItem::NewBuildUltraLow, "new_build_ultra_low", LeverId::NewBuildStandardLevel, LeverId::Count, "m2 built × min(level; 1)", 400, 0, 0, 50, "carbontwin_assumption"},
    {CostItem::NewBuildNearZero, "new_build_near_zero", LeverId::NewBuildStandardLevel, LeverId::Count, "m2 built × max(level − 1; 0)", 400, 0, 0, 50, "carbontwin_assumption"},
    {CostItem::Nev, "nev", LeverId::EvSalesSharePct, LeverId::Count, "new-energy cars and taxis on the road", 15000, 0, 0, 15, "carbontwin_assumption"},
    {CostItem::ElectricCooking, "electric_cooking", LeverId::CookingHotWaterElectrificationPct, LeverId::Count, "households electrified", 5000, 0, 0, 12, "carbontwin_assumption"},
    {CostItem::IndustryEfficiency, "industry_efficiency", LeverId::IndustryEfficiencyPct, LeverId::Count, "tce/yr saved", 4000, 0, 0, 15, "carbontwin_assumption"},
    {CostItem::IndustryElectrification, "industry_electrification", LeverId::IndustryElectrificationPct, LeverId::Count, "kW of electric heat", 1500, 30, 0, 20, "carbontwin_assumption"},
    {CostItem::IndustryCcus, "industry_ccus", LeverId::IndustryCcusPct, LeverId::Count, "t CO2 captured", 0, 0, 219, 0, "yang2022_ccus_iscience"},
    {CostItem::SteelH2Dri, "steel_h2_dri", LeverId::SteelH2DriPct, LeverId::Count, "t/yr of H2-DRI steel (in service)", 3000, 0, 0, 25, "carbontwin_assumption"},
    {CostItem::LandfillGas, "landfill_gas", LeverId::LandfillMethaneRecoveryPct, LeverId::Count, "t/yr of base-year landfill × recovery share", 50, 5, 0, 15, "carbontwin_assumption"},
    {CostItem::Landfill, "landfill", LeverId::LandfillDiversionPct, LeverId::Count, "t landfilled", 0, 0, 60, 0, "carbontwin_assumption"},
    {CostItem::Incineration, "incineration", LeverId::LandfillDiversionPct, LeverId::Count, "t incinerated", 0, 0, 100, 0, "carbontwin_assumption"},
    {CostItem::Recycling, "recycling", LeverId::WasteRecyclingAddedPts, LeverId::Count, "t recycled (added)", 0, 0, 150, 0, "carbontwin_assumption"},
    {CostItem::Composting, "composting", LeverId::WasteCompostingAddedPts, LeverId::Count, "t composted (added)", 0, 0, 250, 0, "carbontwin_assumption"},
    {CostItem::GreenSpace, "green_space", LeverId::GreenSpaceAddedHa, LeverId::Count, "ha", 3000000, 100000, 0, 30, "carbontwin_assumption"},
    {CostItem::Forest, "forest", LeverId::ForestAddedHa, LeverId::Count, "ha", 30000, 1500, 0, 40, "carbontwin_assumption"},
    {CostItem::GreenPower, "green_power", LeverId::GreenPowerPurchasePct, LeverId::Count, "kWh bought as green power", 0, 0, 0.03, 0, "carbontwin_assumption"},
    {CostItem::GridNonfossil, "grid_nonfossil", LeverId::GridNonfossilAddedPts, LeverId::CoalPowerRetirementPct, "kWh of city electricity made non-fossil above the current-policies mix", 0, 0, 0.05, 0, "carbontwin_assumption"},
}};
constexpr std::array<EnergyPriceRow, 13> kEnergyPrices{{
    {"electricity", "residential", 0.5, 0.5, 1, "carbontwin_assumption"},
    {"electricity", "commercial", 0.65, 0.65, 1, "carbontwin_assumption"},
    {"electricity", "industry", 0.6, 0.6, 1, "carbontwin_assumption"},
    {"electricity", "transport", 0.7, 0.7, 1, "carbontwin_assumption"},
    {"district_heat", "all", 0.144, 40, 277.7778, "carbontwin_assumption"},
    {"natural_gas", "residential", 0.2637, 2.6, 9.8611, "carbontwin_assumption"},
    {"natural_gas", "all", 0.3549, 3.5, 9.8611, "carbontwin_assumption"},
    {"coal", "all", 0.1251, 800, 6396.5, "carbontwin_assumption"},
    {"oil", "all", 0.7536, 7.5, 9.9521, "carbontwin_assumption"},
    {"gasoline", "all", 0.8846, 7.8, 8.8174, "carbontwin_assumption"},
    {"lpg", "all", 0.5022, 7, 13.9386, "carbontwin_assumption"},
    {"hydrogen", "industry", 0.7503, 25, 33.3222, "carbontwin_assumption"},
    {"pv_export", "all", 0.38, 0.38, 1, "carbontwin_assumption"},
}};
constexpr std::array<CarbonPriceRow, 9> kCarbonPrices{{
    {Market::Cea, 2021, 54.22, "year_end_close", "cea_close_2021"},
    {Market::Cea, 2022, 55.30, "annual_average", "cea_2022_seee"},
    {Market::Cea, 2023, 79.42, "year_end_close", "cea_ccer_2023_review"},
    {Market::Cea, 2024, 95.96, "annual_average", "icap_china_ets_2024"},
    {Market::Cea, 2030, 130, "default_path", "carbontwin_assumption"},
    {Market::Cea, 2035, 170, "default_path", "carbontwin_assumption"},
    {Market::Cea, 2060, 300, "default_path", "carbontwin_assumption"},
    {Market::Ccer, 2023, 65, "expected_year_end", "cea_ccer_2023_review"},
    {Market::Ccer, 2025, 70, "range_midpoint", "ccer_2025_ditan"},
}};
constexpr std::array<BenchmarkRow, 3> kBenchmarks{{
    {"power_coal_300mw", 0.8218, 2021, "mee_2023_power_allocation"},
    {"cement_clinker", 0.8534, 2025, "ets_draft_2017_cement_aluminium"},
    {"non_ferrous_aluminium", 9.1132, 2025, "ets_draft_2017_cement_aluminium"},
}};
constexpr std::array<FinanceRow, 4> kFinance{{
    {"discount_rate", 0.08, "sdr_2006_3rd_edition"},
    {"persons_per_household", 2.62, "carbontwin_assumption"},
    {"industry_electric_full_load_h", 5000, "carbontwin_assumption"},
    {"ccer_discount_to_cea", 0.73, "ccer_2025_ditan"},
}};
constexpr std::array<AmbitiousRow, 19> kAmbitious{{
    {LeverId::NewBuildStandardLevel, {2022, 8, 2}, "assets/pathway/scenarios/ambitious.json: near-zero energy new buildings from 2030"},
    {LeverId::RetrofitRatePctPerYr, {2021, 4, 3}, "assets/pathway/scenarios/ambitious.json: deep retrofits"},
    {LeverId::HeatPumpSharePct, {2021, 25, 80}, "assets/pathway/scenarios/ambitious.json"},
    {LeverId::CookingHotWaterElectrificationPct, {2021, 25, 90}, "assets/pathway/scenarios/ambitious.json"},
    {LeverId::RooftopPvCoveragePct, {2021, 15, 40}, "assets/pathway/scenarios/ambitious.json: the NEA county pilots' 20–50 % of roof area"},
    {LeverId::EvSalesSharePct, {2021, 9, 100}, "assets/pathway/scenarios/ambitious.json: only electric new cars from 2030"},
    {LeverId::IndustryEfficiencyPct, {2021, 39, 40}, "CarbonTwin assumption: twice the baseline's 20 % by 2060"},
    {LeverId::IndustryElectrificationPct, {2021, 39, 60}, "CarbonTwin assumption: most low- and medium-temperature heat electrified by 2060"},
    {LeverId::IndustryCcusPct, {2030, 20, 50}, "CarbonTwin assumption: CCUS commercial from 2030 (yang2022_ccus_iscience) and half of plants' CO2 captured by 2050"},
    {LeverId::SteelH2DriPct, {2030, 20, 50}, "CarbonTwin assumption: half of blast-furnace steel replaced by H2-DRI by 2050"},
    {LeverId::LandfillMethaneRecoveryPct, {2021, 5, 60}, "CarbonTwin assumption: gas collection at every landfill in service (typical capture 50–70 %)"},
    {LeverId::WasteRecyclingAddedPts, {2021, 10, 25}, "CarbonTwin assumption: sorting reaching the recycling shares of leading cities"},
    {LeverId::WasteCompostingAddedPts, {2021, 10, 15}, "CarbonTwin assumption: all separated food waste treated"},
    {LeverId::LandfillDiversionPct, {2021, 5, 100}, "CarbonTwin assumption: zero landfill of raw waste (发改环资〔2021〕642号 direction)"},
    {LeverId::GreenSpaceAddedHa, {2021, 10, 500}, "CarbonTwin assumption: about 2 % of a mid-size city's built area as new parks"},
    {LeverId::ForestAddedHa, {2021, 10, 5000}, "CarbonTwin assumption: afforestation of marginal land in the city's administrative area"},
    {LeverId::GreenPowerPurchasePct, {2021, 15, 50}, "CarbonTwin assumption: half of the city's electricity bought as green power by 2036"},
    {LeverId::GridNonfossilAddedPts, {2021, 20, 15}, "CarbonTwin assumption: the regional grid 15 points greener than current policies by 2041"},
    {LeverId::CoalPowerRetirementPct, {2025, 20, 50}, "CarbonTwin assumption: half of the remaining fossil generation retired by 2045"},
}};
constexpr std::array<CostSource, 15> kSources{{
    {"carbontwin_assumption", "CarbonTwin assumption (the row's note gives the reason); no published figure was found through the project's search", ""},
    {"sdr_2006_3rd_edition", "国家发展改革委、建设部 (2006), 建设项目经济评价方法与参数 (第三版): recommended social discount rate 8 %, as quoted in 水利水电建设项目经济评价及案例分析 §3.5", "https://m.fwdebook.qq.com/read/1037204902/18"},
    {"cea_close_2021", "China Dialogue / Dialogue Earth (2022-02), The first year of China's national carbon market, reviewed: allowances closed 2021 at 54.22 yuan/t (as republished)", "https://nghethuatvasinhthai.blogspot.com/2022/02/the-first-year-of-chinas-national.html"},
    {"cea_2022_seee", "上海环境能源交易所 via 新闻 (2022-12-30): 2022 annual average CEA price 55.30 yuan/t, close 55.00 yuan/t", "http://m.nu563.cn/tanjiaoyi/2022/1231/93414.html"},
    {"cea_ccer_2023_review", "全国碳市场2023年回顾: CEA year-end close 79.42 yuan/t; expected CCER price above 65 yuan/t at year end", "http://greenhousegog.com/info/1013/8404.htm"},
    {"icap_china_ets_2024", "ICAP (2025), China National ETS factsheet: average secondary market price 2024 CNY 95.96", "https://icapcarbonaction.com/en/ets/china-national-ets"},
    {"ccer_2025_ditan", "绿研所/ditan.com (2025-08-25), 探讨:2025年我国CCER与绿证体系: CCER price stable at 60–80 yuan/t after the 2024-01-22 relaunch", "https://www.ditan.com/carbon/ccer/8214.html"},
    {"mee_2023_power_allocation", "生态环境部 (2023-03-15), 2021、2022年度全国碳排放权交易配额总量设定与分配实施方案(发电行业): unit allowance = supply benchmark × power supplied × correction + heat benchmark × heat supplied", "http://www.hsujglq.cn/tanzhonghe/zhengce/2023-03-16/192684.html"},
    {"ets_draft_2017_cement_aluminium", "全国碳交易市场电力、水泥和电解铝等行业配额分配方案(讨论稿) (2017-05, 易碳家): cement 0.8534 tCO2/t clinker, electrolytic aluminium 9.1132 tCO2/t aluminium liquid", "http://www.zuoguai.cn/news/haiwaidianli/15892.html"},
    {"cpia_2021_pv_capex", "CPIA honorary chairman Wang Bohua at Clean Energy Expo China 2022: installing a centralised PV station cost 4.15 yuan/W in 2021 (as quoted)", "https://konferencjaskd2024.pl/13_03_22_15797.html"},
    {"digitimes_2017_pv_om", "DIGITIMES (2017-08-25), Rooftop PV systems at China commercial, factory buildings growing fast: Zhejiang 5 MWp rooftop system, operating cost 0.07 yuan/W", "http://www.digitimes.com/news/a20170823PD212.html"},
    {"tsinghua_rural_heating_41", "杨旭东, 单明 et al. (清华大学), 北方农村清洁取暖 “四一” 模式: 10 000 yuan initial investment per household, 1 000 yuan running cost per year", "http://www.fabradio903.com/news/188741.html"},
    {"beijing_coal_to_electric_ashp", "正旭空气能 (2019-08-02), 煤改电: a 100 m² household heated by one 5 HP low-temperature air-source heat pump (3.8 kW input); Beijing subsidy 100 yuan/m² heated area", "http://feilida.com.cn/shownews_1384.html"},
    {"yang2022_ccus_iscience", "Yang L., Wei N., Lv H., Zhang X. (2022), Optimal deployment for carbon capture … China's coal-fired power plant, iScience 25:105664: second-generation capture cost 219 CNY/t CO2 falling to 165 CNY/t in 2030–2031", "https://pmc.ncbi.nlm.nih.gov/articles/PMC9730147"},
    {"baosteel_h2_premium_spglobal", "S&P Global Commodity Insights (2021), For steel sector, China's decarbonization is a costly quest: more than USD 150/t extra to make iron by the hydrogen route than in a blast furnace (Baosteel data), as quoted", "https://discussion.fool.com/t/4-pillars/68467/60"},
}};

double finance(std::string_view parameter) {
  for (const FinanceRow& r : kFinance)
    if (parameter == r.parameter) return r.value;
  assert(false && "finance: unknown parameter");
  return 0.0;
}

double price_of(std::string_view carrier, std::string_view sector) {
  for (const EnergyPriceRow& r : kEnergyPrices)
    if (carrier == r.carrier && sector == r.sector) return r.yuan_per_kwh;
  for (const EnergyPriceRow& r : kEnergyPrices)
    if (carrier == r.carrier && std::string_view(r.sector) == "all") return r.yuan_per_kwh;
  return 0.0;
}

const char* price_sector(emissions::Sector sector) {
  using emissions::Sector;
  switch (sector) {
    case Sector::Residential: return "residential";
    case Sector::Industry:
    case Sector::IndustrialProcesses: return "industry";
    case Sector::Transport: return "transport";
    default: return "commercial";
  }
}

}  // namespace

std::span<const LeverCostRow> lever_cost_rows() { return kLeverCosts; }

const LeverCostRow& lever_cost(CostItem item) {
  assert(item < CostItem::Count && "lever_cost: not a cost item");
  return kLeverCosts[static_cast<int>(item)];
}

std::span<const EnergyPriceRow> energy_price_rows() { return kEnergyPrices; }

double energy_price_yuan_per_kwh(emissions::Carrier carrier, emissions::Sector sector) {
  return price_of(emissions::to_string(carrier), price_sector(sector));
}
double hydrogen_price_yuan_per_kwh() { return price_of("hydrogen", "industry"); }
double pv_export_price_yuan_per_kwh() { return price_of("pv_export", "all"); }

const char* to_string(Market market) {
  switch (market) {
    case Market::Cea: return "cea";
    case Market::Ccer: return "ccer";
    case Market::Count: break;
  }
  return "unknown";
}

std::span<const CarbonPriceRow> carbon_price_rows() { return kCarbonPrices; }
std::span<const BenchmarkRow> allowance_benchmark_rows() { return kBenchmarks; }
std::span<const FinanceRow> finance_rows() { return kFinance; }
double discount_rate() { return finance("discount_rate"); }
double persons_per_household() { return finance("persons_per_household"); }
double industry_electric_full_load_h() { return finance("industry_electric_full_load_h"); }
double ccer_discount_to_cea() { return finance("ccer_discount_to_cea"); }
std::span<const AmbitiousRow> mac_ambitious_rows() { return kAmbitious; }
std::span<const CostSource> cost_sources() { return kSources; }

const char* cost_source_citation(std::string_view id) {
  for (const CostSource& s : kSources)
    if (id == s.id) return s.citation;
  return nullptr;
}

}  // namespace twin::cost
