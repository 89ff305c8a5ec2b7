// Embedded industry tables (see industry_tables.hpp). Keep every row equal to assets/industry/*.csv:
// tests/twin/industry/industry_tables_test.cpp compares them natively. Rows marked
// "carbontwin_assumption" carry their one-line reason in the CSV's note column.
#include "twin/industry/industry_tables.hpp"

#include <cassert>

#include "twin/emissions/factor_tables.hpp"

namespace twin::industry {
namespace {

constexpr const char* kGb16780 = "gb16780_2012";
constexpr const char* kIpccClinker = "ipcc2006_v3_ch2_clinker";
constexpr const char* kSteel2013 = "key_steel_enterprises_2013h1";
constexpr const char* kBellona = "bellona_2021_h2_dri";
constexpr const char* kAlTariff = "ndrc_miit_2013_aluminium_tiered_tariff";
constexpr const char* kIpccAl = "ipcc2006_v3_ch4_aluminium";
constexpr const char* kMiitDc = "miit_2018_data_centre_pue";
constexpr const char* kPark = "zero_carbon_park_reference_2024";
constexpr const char* kIpccFuel = "ipcc2006_v2_ch2_t2_2";
constexpr const char* kGbt2589 = "gbt2589_2020_annex_a";
constexpr const char* kStoich = "stoichiometry";
constexpr const char* kMea = "taipabu_mea_reboiler";
constexpr const char* kEts = "mee_2020_ets_measures";
constexpr const char* kAssume = "carbontwin_assumption";

using R = Route;
using C = Carrier;
using U = IntensityUnit;

// Base-year (≈2020) intensities. Electricity in kWh, fuels and heat in kgce, hydrogen in kg, per unit
// of output (output_unit()). See assets/industry/route_intensity.csv for each row's reasoning.
constexpr std::array<IntensityRow, 24> kIntensityRows{{
    {R::SteelBfBof, C::Coke, 312.0, U::Kgce, kSteel2013},
    {R::SteelBfBof, C::Coal, 150.0, U::Kgce, kSteel2013},
    {R::SteelBfBof, C::NaturalGas, 10.0, U::Kgce, kAssume},
    {R::SteelBfBof, C::Electricity, 450.0, U::Kwh, kAssume},
    {R::SteelEaf, C::Electricity, 420.0, U::Kwh, kAssume},
    {R::SteelEaf, C::NaturalGas, 25.0, U::Kgce, kAssume},
    {R::SteelH2Dri, C::Hydrogen, 54.0, U::KgH2, kStoich},
    {R::SteelH2Dri, C::Electricity, 800.0, U::Kwh, kAssume},
    {R::CementClinker, C::Coal, 120.0, U::Kgce, kGb16780},
    {R::CementClinker, C::Electricity, 68.0, U::Kwh, kGb16780},
    {R::CementGrinding, C::Electricity, 38.0, U::Kwh, kGb16780},
    {R::ChemicalsAmmonia, C::Coal, 500.0, U::Kgce, kAssume},
    {R::ChemicalsAmmonia, C::Electricity, 1000.0, U::Kwh, kAssume},
    {R::ChemicalsOther, C::Electricity, 1200.0, U::Kwh, kAssume},
    {R::ChemicalsOther, C::Coal, 300.0, U::Kgce, kAssume},
    {R::ChemicalsOther, C::NaturalGas, 150.0, U::Kgce, kAssume},
    {R::ChemicalsOther, C::Heat, 200.0, U::Kgce, kAssume},
    {R::NonFerrousAluminium, C::Electricity, 13700.0, U::Kwh, kAlTariff},
    {R::NonFerrousAluminium, C::NaturalGas, 30.0, U::Kgce, kAssume},
    {R::OtherManufacturing, C::Electricity, 1400.0, U::Kwh, kPark},
    {R::OtherManufacturing, C::NaturalGas, 100.0, U::Kgce, kPark},
    {R::OtherManufacturing, C::Coal, 40.0, U::Kgce, kPark},
    {R::OtherManufacturing, C::Heat, 38.0, U::Kgce, kPark},
    {R::DataCentre, C::Electricity, 1500.0, U::Kwh, kMiitDc},
}};

constexpr std::array<ProcessRow, 6> kProcessRows{{
    {R::SteelBfBof, 0.06, kAssume},
    {R::SteelEaf, 0.053, kBellona},
    {R::SteelH2Dri, 0.053, kBellona},
    {R::CementClinker, 0.52, kIpccClinker},
    {R::ChemicalsAmmonia, 2.77, kAssume},
    {R::NonFerrousAluminium, 1.6, kIpccAl},
}};

constexpr std::array<CarrierFactorRow, 2> kCarrierFactorRows{{
    {C::Coke, 107000.0, kIpccFuel},
    {C::Hydrogen, 0.0, kStoich},
}};

constexpr std::array<CarrierNcvRow, 2> kNcvRows{{
    {C::Coke, 28435.0, kGbt2589},
    {C::Hydrogen, 119960.0, kAssume},
}};

constexpr std::array<LeverParameterRow, 6> kLeverRows{{
    {kElectrificationRatioKey, 0.82, "kWh electricity per kWh fuel", kAssume},
    {kCoalToGasRatioKey, 0.87, "kWh gas per kWh coal", kAssume},
    {kCcusHeatKey, 3.35, "GJ heat per tCO2 captured", kMea},
    {kCcusElectricityKey, 100.0, "kWh per tCO2 captured", kAssume},
    {kEtsThresholdTKey, 26000.0, "tCO2e per year", kEts},
    {kEtsThresholdTceKey, 10000.0, "tce per year", kEts},
}};

constexpr std::array<IndustrySourceRef, 14> kSources{{
    {kGb16780, "GB 16780-2012 水泥单位产品能源消耗限额: limits for existing plants ≥ 4000 t/d (可比熟料综合煤耗 "
               "≤ 120 kgce/t, 可比熟料综合电耗 ≤ 68 kWh/t) and new grinding plants (水泥粉磨 ≤ 38 kWh/t), as "
               "reproduced at https://www.xiaomilidoc.com/p-25771.html; superseded by GB 16780-2021"},
    {kIpccClinker, "IPCC (2006), 2006 IPCC Guidelines for National GHG Inventories, Vol. 3 IPPU, Ch. 2 Mineral "
                   "Industry, §2.2 cement: Tier 1 clinker factor 0.52 tCO2/t clinker (0.51 from 65% CaO × 1.02 "
                   "CKD correction); the 0.507 basis is quoted at https://bestref.net/wikipedia/en/Cement_kiln"},
    {kSteel2013, "China's key steel enterprises, 2013 H1: 吨钢综合能耗 594.29 kgce/t, iron/steel ratio 0.917 "
                 "(http://www.17ea.com/Macro/42367.html); the route's split by carrier is a CarbonTwin "
                 "assumption scaled to ≈ 530 kgce/t for 2020"},
    {kBellona, "Bellona (2021-05-26), Hydrogen in steel production: what is happening in Europe – part two: "
               "H2-DRI-EAF carbon additions and electrode consumption ≈ 53 kgCO2/t steel "
               "(https://bellona.org/news/industrial-pollution/2021-05-hydrogen-in-steel-production-what-is-"
               "happening-in-europe-part-two)"},
    {kAlTariff, "NDRC & MIIT (2013-12), 关于电解铝企业用电实行阶梯电价政策的通知: normal tariff up to 13 700 kWh/t "
                "铝液电解交流电耗 (as reported at http://te-ch.tech/news/show-272060.html)"},
    {kIpccAl, "IPCC (2006), 2006 IPCC Guidelines, Vol. 3 IPPU, Ch. 4 Metal Industry, Table 4.10: Tier 1 CO2 "
              "factor of prebake aluminium smelting 1.6 tCO2/t Al (chapter stored at "
              "https://de.scribd.com/document/273476262/V3-4-Ch4-Metal-Industry-1-pdf; value not seen in the "
              "stored excerpt: re-check)"},
    {kMiitDc, "MIIT (2018-03), 全国数据中心应用发展指引: average PUE of hyper-scale data centres 1.50, large ones "
              "1.69 (as quoted at http://shgreenbox.com/fwcl/38464.html)"},
    {kPark, "Zero-carbon park performance reference values (2024): 单位工业增加值综合能耗(当量值) ≤ 0.35 "
            "tce/10^4 yuan (http://tanpaifang.com/tanguwen/2024/0716/107386.html); the split by carrier is a "
            "CarbonTwin assumption"},
    {kIpccFuel, "IPCC (2006), 2006 IPCC Guidelines, Vol. 2 Energy, Ch. 2 Stationary Combustion, Table 2.2: coke "
                "oven coke 107 000 kgCO2/TJ (as collected in shared/data/emission_factors)"},
    {kGbt2589, "GB/T 2589-2020 综合能耗计算通则, Annex A: coke (焦炭) 28 435 kJ/kg (standard text not in the "
               "project's store: check before publication)"},
    {kStoich, "Stoichiometry: CaCO3 → CaO + CO2 gives 44.01/100.09 = 0.440 tCO2/t limestone; Fe2O3 + 3 H2 → "
              "2 Fe + 3 H2O needs 3 × 2.016/(2 × 55.845) = 0.0541 t H2/t Fe; hydrogen contains no carbon"},
    {kMea, "Taipabu, Chou, Wu, Sardi, Techno-economic assessment of blended-amine CO2 capture integrated "
           "coal-fired power plants (Applied Thermal Engineering, proof ATE 127457): MEA reboiler duty 3.35 "
           "GJ/tCO2 (https://www.scribd.com/document/888402065/Proofreading-ATE-127457)"},
    {kEts, "MEE (生态环境部令第19号), 碳排放权交易管理办法(试行), 2020-12-31, in force 2021-02-01, Art. 8: "
           "units of covered sectors emitting ≥ 26 000 tCO2e a year are key emitters (重点排放单位), as "
           "quoted at https://adm.logclub.com/articleInfo/NjYwMzA=; "
           "≈ 10 000 tce of energy use is the equivalence the MEE's reporting notices give (not found in the "
           "store: re-check)"},
    {kAssume, "CarbonTwin assumption: see the note of the row in assets/industry/*.csv for the reason"},
}};

const IntensityRow* const kIntensityEnd = kIntensityRows.data() + kIntensityRows.size();

}  // namespace

const char* to_string(IntensityUnit unit) {
  switch (unit) {
    case U::Kwh: return "kWh";
    case U::Kgce: return "kgce";
    case U::KgH2: return "kg";
  }
  return "unknown";
}

std::span<const IntensityRow> intensity_rows() { return kIntensityRows; }
std::span<const ProcessRow> process_rows() { return kProcessRows; }
std::span<const CarrierFactorRow> carrier_factor_rows() { return kCarrierFactorRows; }
std::span<const CarrierNcvRow> carrier_ncv_rows() { return kNcvRows; }
std::span<const LeverParameterRow> lever_parameter_rows() { return kLeverRows; }
std::span<const IndustrySourceRef> industry_source_refs() { return kSources; }

const char* industry_source_citation(std::string_view id) {
  for (const IndustrySourceRef& s : kSources)
    if (id == s.id) return s.citation;
  return "unknown source";
}

double kwh_of_kg(Carrier carrier, double kg) {
  for (const CarrierNcvRow& row : kNcvRows)
    if (row.carrier == carrier) return kg * row.kj_per_kg / 3600.0;
  assert(false && "kwh_of_kg: no NCV row for this carrier");
  return 0.0;
}

std::array<double, kCarrierCount> route_intensity_kwh(Route route) {
  std::array<double, kCarrierCount> kwh{};
  for (const IntensityRow* row = kIntensityRows.data(); row != kIntensityEnd; ++row) {
    if (row->route != route) continue;
    double v = 0.0;
    switch (row->unit) {
      case U::Kwh: v = row->value; break;
      case U::Kgce: v = row->value * kKwhPerKgce; break;
      case U::KgH2: v = kwh_of_kg(row->carrier, row->value); break;
    }
    kwh[static_cast<int>(row->carrier)] += v;
  }
  return kwh;
}

double route_process_t_per_unit(Route route) {
  for (const ProcessRow& row : kProcessRows)
    if (row.route == route) return row.t_co2_per_unit;
  return 0.0;
}

double lever_parameter(std::string_view key) {
  for (const LeverParameterRow& row : kLeverRows)
    if (key == row.key) return row.value;
  assert(false && "lever_parameter: unknown key");
  return 0.0;
}

double direct_kg_per_kwh(Carrier carrier) {
  constexpr double kTjPerKwh = 3.6e-6;
  emissions::Carrier ec{};
  if (carrier != Carrier::Electricity && carrier != Carrier::Heat && map_to_emissions_carrier(carrier, &ec)) {
    for (const emissions::CombustionFactorRow& row : emissions::combustion_factor_rows())
      if (row.carrier == ec) return row.kg_per_tj * kTjPerKwh;
  }
  for (const CarrierFactorRow& row : kCarrierFactorRows)
    if (row.carrier == carrier) return row.kg_co2_per_tj * kTjPerKwh;
  return 0.0;
}

}  // namespace twin::industry
