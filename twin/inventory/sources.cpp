// The citation table of the waste, sink and GWP factors (see sources.hpp). Every id used in
// assets/{waste,sinks,inventory}/*.csv must be here (tests/twin/inventory checks it).
#include "twin/inventory/sources.hpp"

#include <array>

#include "twin/emissions/factor_tables.hpp"
#include "twin/industry/industry_tables.hpp"

namespace twin::inventory {
namespace {

constexpr std::array<InventorySource, 22> kSources{{
    {"ipcc_gwp100_openclimatedata",
     "IPCC 100-year GWPs: SAR (1995), AR4 (2007), AR5 (2013, WGI Ch. 8 Table 8.A.1, as listed by the GHG "
     "Protocol GWP table of 2016-02-16) and AR6 (2021, WGI Ch. 7 Supplementary Table 7.SM.7), compiled in "
     "openclimatedata/globalwarmingpotentials (CC0)",
     "github.com/openclimatedata/globalwarmingpotentials globalwarmingpotentials.csv (commit 0057adbe); AR6 CH4 "
     "27.9 also on en.wikipedia.org/wiki/Global_warming_potential"},
    {"mohurd_2020_urban_msw",
     "MOHURD (住房和城乡建设部), 2020年城乡建设统计年鉴 (2021-10): 全国城市生活垃圾清运量 23512万吨; "
     "无害化处理量 卫生填埋 7771.54万吨, 焚烧 14607.64万吨, 其他 1073.15万吨",
     "https://static.solidwaste.com.cn/news/329341.html (中国固废网, 2021-11-02)"},
    {"mohurd_2020_urban_population",
     "MOHURD, 2021年城乡建设统计年鉴: 城市城区人口 2020年 44253.74万人 (registered urban-district population, "
     "without 城区暂住人口)",
     "http://m.studyofnet.com/373424469.html"},
    {"ipcc2006_v5_ch3",
     "IPCC (2006), 2006 IPCC Guidelines for National GHG Inventories, Vol. 5 Waste, Ch. 3 Solid Waste Disposal: "
     "FOD model (Eq. 3.1–3.6, reaction start month M = 13), Table 3.1 MCF (managed anaerobic 1.0, managed "
     "semi-aerobic 0.5, unmanaged deep 0.8, unmanaged shallow 0.4, uncategorised 0.6), DOCf 0.5, F 0.5, "
     "OX 0.1 for managed sites covered with CH4-oxidising material",
     "chapter text stored at https://studylib.net/doc/10430120 (values not re-read from the table in this "
     "project's session: re-check before publication)"},
    {"ipcc2006_v5_ch3_t3_3",
     "IPCC (2006) Vol. 5 Ch. 3 Table 3.3, default methane generation rate k of bulk waste: boreal/temperate "
     "dry 0.05, wet 0.09; tropical dry 0.065, moist/wet 0.17 (1/yr)",
     "github.com/USEPA/lfg-calc-py lfg_calc_py/data/IPCC_Waste_specific_k-values.csv"},
    {"ipcc2006_v5_ch4_t4_1",
     "IPCC (2006) Vol. 5 Ch. 4 Biological Treatment, Table 4.1: composting CH4 4 g/kg waste treated and N2O "
     "0.3 g/kg (wet weight basis)",
     "https://www.climate-policy-watcher.org/emission-factors/choice-of-emission-factors-ucf.html (N2O 0.3 and the "
     "CH4 range 0.03–8 visible; the CH4 default 4 not in the excerpt)"},
    {"ipcc2006_v5_ch5",
     "IPCC (2006) Vol. 5 Ch. 5 Incineration: Table 5.3 CH4 of continuous stoker incineration of MSW 0.2 kg/Gg "
     "(wet); Table 5.6 N2O of MSW in continuous and semi-continuous incinerators 50 g/t (wet)",
     ""},
    {"provincial_guideline_2011_waste",
     "NDRC (国家发展改革委应对气候变化司), 省级温室气体清单编制指南(试行) (2011), Ch. 5 废弃物处理: incineration "
     "CO2 = waste × carbon content (wet) × fossil carbon share × combustion efficiency × 44/12, with "
     "defaults for MSW 20 %, 39 %, 95 %; landfill CH4 by the mass-balance (IPCC 1996 default) method",
     ""},
    {"cec_2020_wte_generation",
     "China Electricity Council (中电联) figures as reported: 2020 垃圾焚烧发电量 约778亿千瓦时 (biomass total "
     "1326亿千瓦时)",
     "http://m.mhkwx.cn/sj/ndsj/20210207/51365.html"},
    {"yang2022_forest_biomass",
     "Yang C., Shi Y., Sun W., …, Fang J. (2022) Updated estimation of forest biomass carbon pools in China, "
     "1977–2018. Biogeosciences 19, 2989–2999: 2009–2018 sink 154.8 Tg C/yr; 2014–2018 pool 7975 Tg C at "
     "45.8 Mg C/ha",
     "https://bg.copernicus.org/articles/19/2989/2022/bg-19-2989-2022.html"},
    {"zeng2024_pinghu_urban_trees",
     "曾鹿敏, 赵毅辉, 李同欣 等 (2024) 基于单木的城市绿地乔木碳汇计量及其空间分布特征——以平湖市为例. 生态学报 "
     "44(20): 9209–9220: mean tree carbon sink rate of urban tree green space 8.99 t CO2e/(hm²·a)",
     "https://www.ecologica.cn/html/2024/20/stxb202308061681.htm"},
    {"wetland_meta_473_cores",
     "Meta-analysis of carbon sequestration rates of 473 wetland soil/sediment cores (≤ 300 yr, 33.6°S–69.7°N; "
     "NSFC U19A2042): salt marsh 247.7, mangrove 229.8, freshwater marsh 196.7, peatland 76.9 g C/(m²·yr)",
     "http://218.28.6.71:81/Qikan/Article/Detail?id=7102113981 (journal record; authors not shown in the excerpt)"},
    {"cropland_soc_china_2009",
     "Carbon sequestration and its potential in agricultural soils of China, Global Biogeochemical Cycles (2010), "
     "doi:10.1029/2009GB003484: topsoil (0–30 cm) organic carbon density +3.36 Mg C/ha between 1980 and 2000",
     "http://onlinelibrary.wiley.com/doi/10.1029/2009GB003484/abstract"},
    {"ipcc2006_v4_ch11",
     "IPCC (2006) Vol. 4 AFOLU Ch. 11 N2O Emissions from Managed Soils: Eq. 11.1 (direct), 11.9/11.10 "
     "(indirect); Table 11.1 EF1 0.01 kg N2O-N/kg N; Table 11.3 FracGASF 0.10, EF4 0.01, FracLEACH 0.30, "
     "EF5 0.0075",
     "Eq. 11.1 at https://www.climate-policy-watcher.org/emission-factors/i-equations-for-n2o-and-other-co2-"
     "emissions-from-managed-soils.html (values not visible there: verify)"},
    {"ipcc2006_v4_ch10",
     "IPCC (2006) Vol. 4 AFOLU Ch. 10 Emissions from Livestock and Manure Management: Tier 1 enteric "
     "fermentation factors, Table 10.10 (buffalo 55, sheep 5, goats 5, swine 1, horses 18 kg CH4/head/yr) and "
     "Table 10.11 (Asia: dairy cattle 68, other cattle 47)",
     "goats only: github.com/ClimateView/transition-element-framework (the others were not found: verify)"},
    {"pathway_grid_supply",
     "The pathway year's grid electricity factor (twin/pathway/grid_supply.hpp): the base year's published "
     "MEE/NBS average factor of the grid region (twin/emissions factor table) × the regional generation mix's "
     "factor of the year / the mix's base-year factor (assets/energy_mix), with the supply levers and the "
     "scenario's uncertainty multiplier applied",
     ""},
    {"pathway_local_balance",
     "The pathway year's hourly electricity balance on representative days (twin/pathway/local_supply.hpp): "
     "the factor of the electricity a user class takes — imports at the grid factor of the year, local "
     "generation at the local mix's factor, hour by hour",
     ""},
    {"industry_plant_measured",
     "The plant list's measured base-year process CO2 divided by its base-year output (the user's or the default "
     "city's plant CSV, docs/industry-plants.md)",
     ""},
    {"scenario_industry_ccus_lever",
     "The scenario's industry_ccus_pct lever of the year: share of the plants' combustion and process CO2 "
     "captured (a scenario input, not a published figure)",
     ""},
    {"pathway_rooftop_pv_export",
     "Export credit of the pathway year: electricity exported to the grid (rooftop PV beyond a sector's own use, "
     "or the hourly balance's export) × the grid factor of the year; reported apart from the scopes",
     ""},
    {"yu2022_essd_n_fertiliser",
     "Yu Z., Liu J., Kattel G. (2022) Historical nitrogen fertilizer use in China from 1952 to 2018. Earth Syst. "
     "Sci. Data 14, 5179–5194, doi:10.5194/essd-14-5179-2022: national N fertilizer input 28.31 Tg N/yr "
     "(17.06 g N m⁻² yr⁻¹) in 2018",
     "https://essd.copernicus.org/articles/14/5179/2022/ (abstract)"},
    {"carbontwin_assumption",
     "CarbonTwin assumption (no published figure found in this project's store; the reason is in the CSV's note)",
     ""},
}};

}  // namespace

std::span<const InventorySource> inventory_sources() { return kSources; }

const char* source_citation(std::string_view id) {
  for (const InventorySource& s : kSources)
    if (id == s.id) return s.citation;
  const char* c = emissions::source_citation(id);
  if (std::string_view(c) != "unknown source") return c;
  return industry::industry_source_citation(id);
}

}  // namespace twin::inventory
