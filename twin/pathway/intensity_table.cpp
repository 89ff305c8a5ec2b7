// Embedded baseline intensities (see intensity_table.hpp). Keep equal to
// assets/pathway/baseline_intensity.csv and heating_efficiency.csv.
#include "twin/pathway/intensity_table.hpp"

#include <array>
#include <string_view>

namespace twin::pathway {
namespace {

using C = Category;
using V = Vintage;
using E = EndUse;
using K = emissions::Carrier;

// Space heating by vintage. The stock average of a northern city falls in the range that Tsinghua
// BERC's annual reports give for delivered heat (≈ 0.3–0.4 GJ/m² ≈ 83–111 kWh/m²); the steps
// between vintages follow the 30 %/50 %/65 %/75 % savings of the successive residential codes.
// Values are CarbonTwin assumptions inside those ranges ("ct_assumption_berc_range").
constexpr const char* kHeat = "ct_assumption_berc_range";
constexpr const char* kUse = "ct_assumption_berc_cabee_range";
constexpr const char* kEff = "ct_assumption_typical_efficiency";

constexpr std::array<HeatingDemandRow, 40> kHeating{{
    {C::ResidentialHighRise, V::Before1980, 130.0, kHeat}, {C::ResidentialHighRise, V::From1980To1999, 115.0, kHeat},
    {C::ResidentialHighRise, V::From2000To2009, 90.0, kHeat}, {C::ResidentialHighRise, V::From2010, 65.0, kHeat},
    {C::ResidentialWalkUp, V::Before1980, 140.0, kHeat}, {C::ResidentialWalkUp, V::From1980To1999, 120.0, kHeat},
    {C::ResidentialWalkUp, V::From2000To2009, 95.0, kHeat}, {C::ResidentialWalkUp, V::From2010, 70.0, kHeat},
    {C::ResidentialVillage, V::Before1980, 90.0, kHeat}, {C::ResidentialVillage, V::From1980To1999, 85.0, kHeat},
    {C::ResidentialVillage, V::From2000To2009, 80.0, kHeat}, {C::ResidentialVillage, V::From2010, 70.0, kHeat},
    {C::Office, V::Before1980, 120.0, kHeat}, {C::Office, V::From1980To1999, 105.0, kHeat},
    {C::Office, V::From2000To2009, 85.0, kHeat}, {C::Office, V::From2010, 60.0, kHeat},
    {C::Retail, V::Before1980, 110.0, kHeat}, {C::Retail, V::From1980To1999, 95.0, kHeat},
    {C::Retail, V::From2000To2009, 75.0, kHeat}, {C::Retail, V::From2010, 55.0, kHeat},
    {C::Hotel, V::Before1980, 130.0, kHeat}, {C::Hotel, V::From1980To1999, 115.0, kHeat},
    {C::Hotel, V::From2000To2009, 90.0, kHeat}, {C::Hotel, V::From2010, 65.0, kHeat},
    {C::School, V::Before1980, 110.0, kHeat}, {C::School, V::From1980To1999, 95.0, kHeat},
    {C::School, V::From2000To2009, 80.0, kHeat}, {C::School, V::From2010, 60.0, kHeat},
    {C::Hospital, V::Before1980, 150.0, kHeat}, {C::Hospital, V::From1980To1999, 130.0, kHeat},
    {C::Hospital, V::From2000To2009, 110.0, kHeat}, {C::Hospital, V::From2010, 85.0, kHeat},
    {C::Industrial, V::Before1980, 80.0, kHeat}, {C::Industrial, V::From1980To1999, 75.0, kHeat},
    {C::Industrial, V::From2000To2009, 65.0, kHeat}, {C::Industrial, V::From2010, 50.0, kHeat},
    {C::Warehouse, V::Before1980, 40.0, kHeat}, {C::Warehouse, V::From1980To1999, 35.0, kHeat},
    {C::Warehouse, V::From2000To2009, 30.0, kHeat}, {C::Warehouse, V::From2010, 25.0, kHeat},
}};

// Non-heating end uses. Urban housing ≈ 25–35 kWh/m² of electricity plus gas for cooking and hot
// water; public buildings ≈ 60–120 kWh/m² of electricity (BERC annual reports; CABEE 中国建筑能耗
// 与碳排放研究报告 2020–2022). The split by end use is a CarbonTwin assumption inside those totals.
constexpr std::array<EndUseIntensityRow, 47> kEndUses{{
    {C::ResidentialHighRise, E::Cooling, K::Electricity, 5.0, kUse},
    {C::ResidentialHighRise, E::Lighting, K::Electricity, 5.0, kUse},
    {C::ResidentialHighRise, E::Appliances, K::Electricity, 17.0, kUse},
    {C::ResidentialHighRise, E::HotWater, K::Electricity, 3.0, kUse},
    {C::ResidentialHighRise, E::HotWater, K::NaturalGas, 6.0, kUse},
    {C::ResidentialHighRise, E::Cooking, K::NaturalGas, 5.0, kUse},
    {C::ResidentialWalkUp, E::Cooling, K::Electricity, 4.0, kUse},
    {C::ResidentialWalkUp, E::Lighting, K::Electricity, 5.0, kUse},
    {C::ResidentialWalkUp, E::Appliances, K::Electricity, 14.0, kUse},
    {C::ResidentialWalkUp, E::HotWater, K::Electricity, 3.0, kUse},
    {C::ResidentialWalkUp, E::HotWater, K::NaturalGas, 6.0, kUse},
    {C::ResidentialWalkUp, E::Cooking, K::NaturalGas, 5.0, kUse},
    {C::ResidentialVillage, E::Cooling, K::Electricity, 3.0, kUse},
    {C::ResidentialVillage, E::Lighting, K::Electricity, 4.0, kUse},
    {C::ResidentialVillage, E::Appliances, K::Electricity, 10.0, kUse},
    {C::ResidentialVillage, E::HotWater, K::Electricity, 3.0, kUse},
    {C::ResidentialVillage, E::Cooking, K::Lpg, 6.0, kUse},
    {C::Office, E::Cooling, K::Electricity, 25.0, kUse},
    {C::Office, E::Lighting, K::Electricity, 18.0, kUse},
    {C::Office, E::Appliances, K::Electricity, 37.0, kUse},
    {C::Office, E::HotWater, K::Electricity, 2.0, kUse},
    {C::Office, E::Cooking, K::NaturalGas, 4.0, kUse},
    {C::Retail, E::Cooling, K::Electricity, 45.0, kUse},
    {C::Retail, E::Lighting, K::Electricity, 40.0, kUse},
    {C::Retail, E::Appliances, K::Electricity, 35.0, kUse},
    {C::Retail, E::Cooking, K::NaturalGas, 8.0, kUse},
    {C::Hotel, E::Cooling, K::Electricity, 30.0, kUse},
    {C::Hotel, E::Lighting, K::Electricity, 20.0, kUse},
    {C::Hotel, E::Appliances, K::Electricity, 35.0, kUse},
    {C::Hotel, E::HotWater, K::NaturalGas, 30.0, kUse},
    {C::Hotel, E::Cooking, K::NaturalGas, 15.0, kUse},
    {C::School, E::Cooling, K::Electricity, 6.0, kUse},
    {C::School, E::Lighting, K::Electricity, 14.0, kUse},
    {C::School, E::Appliances, K::Electricity, 14.0, kUse},
    {C::School, E::HotWater, K::NaturalGas, 3.0, kUse},
    {C::School, E::Cooking, K::NaturalGas, 6.0, kUse},
    {C::Hospital, E::Cooling, K::Electricity, 35.0, kUse},
    {C::Hospital, E::Lighting, K::Electricity, 25.0, kUse},
    {C::Hospital, E::Appliances, K::Electricity, 50.0, kUse},
    {C::Hospital, E::HotWater, K::NaturalGas, 25.0, kUse},
    {C::Hospital, E::Cooking, K::NaturalGas, 10.0, kUse},
    {C::Industrial, E::Cooling, K::Electricity, 10.0, kUse},
    {C::Industrial, E::Lighting, K::Electricity, 15.0, kUse},
    {C::Industrial, E::Appliances, K::Electricity, 10.0, kUse},
    {C::Warehouse, E::Cooling, K::Electricity, 3.0, kUse},
    {C::Warehouse, E::Lighting, K::Electricity, 10.0, kUse},
    {C::Warehouse, E::Appliances, K::Electricity, 5.0, kUse},
}};

// Seasonal efficiencies (useful heat / delivered energy). District heat is metered at the building
// (network and plant losses are inside the 0.11 tCO2/GJ factor). CarbonTwin assumptions: typical
// seasonal values of existing systems; rated minimums for new boilers in GB 55015-2021 are higher.
constexpr std::array<HeatingEfficiencyRow, 9> kEfficiency{{
    {HeatingSystem::DistrictHeat, Fuel::Heat, 1.0, kEff},
    {HeatingSystem::Boiler, Fuel::NaturalGas, 0.90, kEff},
    {HeatingSystem::Boiler, Fuel::Coal, 0.70, kEff},
    {HeatingSystem::Boiler, Fuel::Electricity, 0.98, kEff},
    {HeatingSystem::Stove, Fuel::Coal, 0.55, kEff},
    {HeatingSystem::Stove, Fuel::NaturalGas, 0.80, kEff},
    {HeatingSystem::ElectricResistance, Fuel::Electricity, 1.0, kEff},
    {HeatingSystem::Stove, Fuel::Electricity, 1.0, kEff},
    {HeatingSystem::None, Fuel::Electricity, 1.0, kEff},
}};

}  // namespace

const char* to_string(EndUse e) {
  switch (e) {
    case E::SpaceHeating: return "space_heating";
    case E::Cooling: return "cooling";
    case E::HotWater: return "hot_water";
    case E::Lighting: return "lighting";
    case E::Appliances: return "appliances";
    case E::Cooking: return "cooking";
    case E::Count: break;
  }
  return "unknown";
}

const char* to_string(Vintage v) {
  switch (v) {
    case V::Before1980: return "before_1980";
    case V::From1980To1999: return "1980_1999";
    case V::From2000To2009: return "2000_2009";
    case V::From2010: return "from_2010";
    case V::Count: break;
  }
  return "unknown";
}

Category category_of(BuildingUse use, ResidentialType type) { return building_category_of(use, type); }

Vintage vintage_of(int year) {
  if (year < 1980) return V::Before1980;
  if (year < 2000) return V::From1980To1999;
  if (year < 2010) return V::From2000To2009;
  return V::From2010;
}

std::span<const HeatingDemandRow> heating_demand_rows() { return kHeating; }
std::span<const EndUseIntensityRow> end_use_intensity_rows() { return kEndUses; }
std::span<const HeatingEfficiencyRow> heating_efficiency_rows() { return kEfficiency; }

emissions::Carrier heating_carrier(HeatingSystem system, Fuel fuel) {
  if (system == HeatingSystem::HeatPump) return K::Electricity;
  if (system == HeatingSystem::DistrictHeat) return K::DistrictHeat;
  return emissions::carrier_of(fuel);
}

double heating_efficiency(HeatingSystem system, Fuel fuel, double heat_pump_scop) {
  if (system == HeatingSystem::HeatPump) return heat_pump_scop;
  if (system == HeatingSystem::DistrictHeat) return 1.0;
  for (const HeatingEfficiencyRow& row : kEfficiency)
    if (row.system == system && row.fuel == fuel) return row.efficiency;
  return 1.0;
}

const char* intensity_source_citation(const char* id) {
  const std::string_view s = id;
  if (s == kHeat)
    return "CarbonTwin assumption inside the range of Tsinghua BERC, 中国建筑节能年度发展研究报告 "
           "(2020–2022): northern urban heating ≈ 14 kgce/m² of primary energy, ≈ 0.3–0.4 GJ/m² of "
           "heat delivered; vintage steps after the 30/50/65/75 % residential codes";
  if (s == kUse)
    return "CarbonTwin assumption inside the ranges of Tsinghua BERC annual reports and CABEE "
           "中国建筑能耗与碳排放研究报告 (2020–2022): urban housing ≈ 25–35 kWh/m² electricity, "
           "public buildings ≈ 60–120 kWh/m²";
  if (s == kEff) return "CarbonTwin assumption: typical seasonal efficiencies of existing heating systems";
  return "unknown source";
}

}  // namespace twin::pathway
