// The lever table (see lever.hpp). Defaults describe the base year; default settings describe the
// baseline scenario ("current policies continue"). Sources are cited per lever.
#include "twin/pathway/lever.hpp"

#include <array>
#include <cassert>

namespace twin::pathway {
namespace {

constexpr std::array<LeverDef, kLeverCount> kLevers{{
    {"population_change_pct", "%", -50.0, 100.0, 0.0, {2021, 15, 5.0},
     "Resident population relative to the base year.",
     "Baseline: +5 % by 2036. China's population peaked in 2022 (NBS), but urbanisation (63.9 % in "
     "the 2020 census) keeps adding urban residents; CarbonTwin assumption for a mid-size city."},
    {"residential_floor_area_per_capita_change_pct", "%", -30.0, 100.0, 0.0, {2021, 15, 15.0},
     "Housing floor area per resident relative to the base year (base: the city's own value, "
     "36.52 m2 for the default city, 2020 census).",
     "Baseline: +15 % by 2036 (≈ 42 m2/person). Urban housing per capita grew 2.48 %/yr in 2012–2021 "
     "(32.9 → 41.0 m2, 城镇 口径, NBS/MOHURD) and is projected to peak at about 42 m2 in 2035 (medium "
     "scenario of Gong et al. 2021, Sustainability 13:14051); the census base of cities is 36.52 m2 "
     "(2020). Reaching 42 m2 by 2036 from the city's own base is CarbonTwin's reading of both."},
    {"public_floor_area_change_pct", "%", -50.0, 200.0, 0.0, {2021, 20, 25.0},
     "Floor area of commercial and public buildings (offices, retail, hotels, schools, hospitals, "
     "warehouses) relative to the base year. Factory floor area is held at its base value.",
     "Baseline: +25 % by 2041; CarbonTwin assumption (public floor area grew faster than housing "
     "in 2010–2020 per BERC annual reports, growth slowing)."},
    {"new_build_standard_level", "level", 0.0, 2.0, 0.0, {2025, 10, 0.5},
     "Energy standard of new buildings: 0 = current code GB 55015-2021, 1 = ultra-low energy, "
     "2 = near-zero energy (GB/T 51350-2019); fractional levels interpolate the multipliers.",
     "Default 0: GB 55015-2021 is mandatory since 2022-04-01. Baseline 0.5 by 2035: the 14th "
     "Five-Year plan for building energy efficiency (住建部 2022) promotes ultra-low and near-zero "
     "energy buildings."},
    {"retrofit_rate_pct_per_yr", "%/yr", 0.0, 10.0, 0.0, {2021, 0, 0.5},
     "Share of the pre-2010 floor area (buildings before the 65 %/75 % codes) retrofitted per year.",
     "Baseline 0.5 %/yr: the 14th Five-Year plan for building energy efficiency targets 3.5e8 m2 of "
     "retrofits in 2021–2025 nationally; CarbonTwin's reading as a share of the pre-2010 stock."},
    {"retrofit_heating_reduction_pct", "%", 0.0, 90.0, 30.0, {2021, 0, 30.0},
     "Average space-heating demand reduction of a retrofitted building (envelope: walls, roof, "
     "windows).",
     "30 %: CarbonTwin assumption for envelope retrofits of northern pre-2010 housing "
     "(reported savings of such programmes are typically 30–50 %)."},
    {"heat_pump_share_pct", "%", 0.0, 100.0, 0.0, {2021, 20, 15.0},
     "Share of the heated floor area heated by heat pumps. Below the base-year share nothing "
     "changes; above it, coal is converted first, then gas, electric resistance and district heat.",
     "Baseline 15 % by 2041; CarbonTwin assumption (北方地区冬季清洁取暖规划 2017–2021 continued)."},
    {"heat_pump_scop", "-", 1.5, 6.0, 2.8, {2021, 20, 3.2},
     "Seasonal coefficient of performance of heat pumps (useful heat / electricity).",
     "2.8: CarbonTwin assumption for air-source heat pumps in the cold zone; baseline 3.2 by 2041 "
     "(technology improvement)."},
    {"cooking_hot_water_electrification_pct", "%", 0.0, 100.0, 0.0, {2021, 30, 20.0},
     "Share of fossil cooking and hot water (gas, LPG) switched to electricity; the electricity "
     "needed is 0.6 × the fuel energy replaced (induction hobs and heat-pump water heaters are more "
     "efficient than flames).",
     "Baseline 20 % by 2051; CarbonTwin assumption."},
    {"non_heating_intensity_change_pct", "%", -60.0, 100.0, 0.0, {2020, 10, 64.0},
     "Change of the electricity intensity (per m2) of cooling, lighting and appliances: positive "
     "for rising demand, negative for efficiency gains.",
     "Baseline +6.4 points a year from 2020, +64 % in 2030, then held: the least-squares line through "
     "the documented per-m2 index 2021–2024 (+9.0, +14.5, +18.0, +24.9 %). Index = electricity growth "
     "over floor-area growth, weighted 47.5/52.5 by 2020 use: residential 城乡居民生活用电 +7.3, +13.8, "
     "+0.9, +10.6 % and tertiary 第三产业用电 +17.8, +4.4, +12.2, +9.9 % (NEA/CEC, 2024 without the "
     "+50.9 % of EV charging, 8.5 %; assets/drivers/national_trends_2020_2024.csv) over housing floor "
     "area +2.48 %/yr (urban per capita 32.9 → 41.0 m2, 2012–2021, NBS/MOHURD) and public floor area "
     "+4.4 %/yr (Pan et al. 2020, IJERPH 17:5967, 1996–2014). Stopping in 2030 is a CarbonTwin "
     "assumption (no published per-m2 projection found; the pace of 2020–2024 is carried through the "
     "15th Five-Year Plan only). docs/baseline.md shows the steps."},
    {"rooftop_pv_coverage_pct", "%", 0.0, 60.0, 0.0, {2021, 10, 10.0},
     "Share of roof area carrying PV arrays (0.15 kWp per m2 of used roof, with row spacing).",
     "Baseline 10 % by 2031. NEA's county-wide rooftop PV pilots (国家能源局综合司, 2021-06) ask for "
     "20–50 % of roof area by building type; ambitious scenarios go there."},
    {"pv_yield_kwh_per_kwp", "kWh/kWp/yr", 600.0, 2000.0, 1200.0, {2021, 0, 1200.0},
     "Annual specific yield of rooftop PV (to be replaced by twin/climate's simulated yield).",
     "1200: CarbonTwin assumption for the North China Plain (utilisation of about 1 100–1 300 h/yr)."},
    {"grid_factor_reduction_pct", "%", 0.0, 100.0, 0.0, {2021, 0, 0.0},
     "Further reduction of the city's electricity CO2 factor beyond what the grid's mix gives (the mix "
     "path and its levers: grid_nonfossil_added_pts, coal_power_retirement_pct, green_power_purchase_pct).",
     "Baseline 0: the grid's factor follows its generation mix (twin/energy_mix), calibrated to the "
     "MEE/NBS 2022 factor of the region. (Until issue 9 this lever carried the baseline's trend.)"},
    {"heat_factor_reduction_pct", "%", 0.0, 100.0, 0.0, {2021, 39, 20.0},
     "Reduction of the CO2 factor of purchased district heat (waste heat, heat pumps and "
     "renewables in heat plants) relative to 0.11 tCO2/GJ.",
     "Baseline 20 % by 2060; CarbonTwin assumption."},
    {"ev_sales_share_pct", "%", 0.0, 100.0, 5.4, {2020, 8, 70.0},
     "Share of new private cars that are new-energy vehicles (BEV + PHEV; the BEV/PHEV split follows "
     "assets/transport/fleet_parameters.csv). Also a floor for new taxis and ride-hailing cars, whose "
     "own trajectory reaches 100 % by 2030; city buses follow their own trajectory.",
     "Default 5.4 %: CAAM, NEV share of 2020 car sales. Baseline linear to 70 % in 2028 (the NEV "
     "industry plan 2021–2035, 国办发〔2020〕39号, aimed at about 20 % by 2025; actual shares were "
     "13.4 % in 2021, 25.6 % in 2022, 31.6 % in 2023 and about 41 % in 2024 (CAAM/CPCA)); the linear "
     "ramp runs a few points below the 2022–2024 actuals. CarbonTwin assumption beyond 2024."},
    {"vehicle_efficiency_improvement_pct", "%", 0.0, 60.0, 0.0, {2021, 14, 30.0},
     "Reduction of the energy per km of new vehicles (all classes and powertrains) relative to "
     "base-year (2020) new vehicles. Vehicles already on the road keep their model year's value.",
     "Baseline 30 % by 2035: GB 27999-2019 sets the corporate-average target of passenger cars to "
     "4.0 L/100km (WLTC, NEVs counted) for 2025, with per-model limits in GB 19578-2021 (WLTC); the "
     "technology roadmap 2.0 (China SAE, 2020) puts conventional cars at about 4 L/100km (WLTC) by "
     "2035, roughly a third below 2020 new conventional cars (approximate)."},
    {"transit_headway_change_pct", "%", -75.0, 100.0, 0.0, {2021, 0, 0.0},
     "Change of the headway of every transit line (negative = more frequent service). Structural: "
     "the transport model is re-run with headway × (1 + change/100).",
     "Default and baseline 0: the city's current timetable."},
    {"congestion_charge_yuan", "yuan", 0.0, 100.0, 0.0, {2021, 0, 0.0},
     "Charge per car trip ending in the central area. Structural (transport model re-run).",
     "Default and baseline 0: no Chinese city charges congestion (Beijing studied one in the 2010s); "
     "the upper bound is about London's daily charge (£15 in 2022)."},
    {"parking_price_yuan", "yuan", 0.0, 100.0, 0.0, {2021, 0, 0.0},
     "Extra parking charge per car trip, at every destination. Structural (transport model re-run).",
     "Default and baseline 0: today's parking prices are in the base-year mode choice."},
    {"grid_nonfossil_added_pts", "pts", -20.0, 60.0, 0.0, {2021, 0, 0.0},
     "Non-fossil share of the regional grid's generation, in points above the current-policies path "
     "(twin/energy_mix: 33.9 % in 2020, 51.7 % in 2030, 90 % in 2060), which sets the grid's CO2 factor.",
     "Baseline 0: the current-policies path itself (assets/energy_mix/current_policies_nonfossil_path.csv: "
     "CEC shares 2020-2022, the 2030 target of 25 % non-fossil primary energy)."},
    {"coal_power_retirement_pct", "%", 0.0, 100.0, 0.0, {2021, 0, 0.0},
     "Share of the grid's remaining fossil generation retired and replaced by non-fossil power (coal and "
     "gas are one fossil class in the mix).",
     "Baseline 0: retirements beyond the current-policies mix path are a policy choice."},
    {"green_power_purchase_pct", "%", 0.0, 100.0, 0.0, {2021, 0, 0.0},
     "Share of the city's electricity bought as certified green power (绿电, green certificates), counted "
     "at 0; the rest at the grid factor excluding market-traded non-fossil power.",
     "Baseline 0. Accounting after the MEE/NBS 2022 and 2023 electricity factor announcements, which "
     "publish the factor excluding market-traded non-fossil power for this use."},
    {"industry_efficiency_pct", "%", 0.0, 60.0, 0.0, {2021, 39, 20.0},
     "Energy use per unit of output of every plant, reduction relative to the base year (process CO2 "
     "per unit is unchanged).",
     "Baseline 20 % by 2060 (≈ 0.6 %/yr); CarbonTwin assumption: the 14th Five-Year plan's −13.5 % energy "
     "intensity of GDP (2021-2025) comes mostly from structure, not from per-product efficiency."},
    {"industry_electrification_pct", "%", 0.0, 100.0, 0.0, {2021, 39, 25.0},
     "Share of plants' coal, gas and oil heat switched to electricity (0.82 kWh per kWh replaced, "
     "assets/industry/lever_parameters.csv); coke and hydrogen used as reductants stay.",
     "Baseline 25 % by 2060; CarbonTwin assumption (industrial heat pumps and electric boilers spreading)."},
    {"industry_coal_to_gas_pct", "%", 0.0, 100.0, 0.0, {2021, 15, 20.0},
     "Share of plants' coal switched to natural gas (0.87 kWh gas per kWh coal).",
     "Baseline 20 % by 2036; CarbonTwin assumption (coal-to-gas of industrial boilers under the clean "
     "air action plans)."},
    {"two_high_output_cut_pct", "%", 0.0, 80.0, 0.0, {2021, 0, 0.0},
     "Output cut of the energy- and emission-intensive (两高) plants: steel, cement, ammonia, aluminium "
     "(capacity control).",
     "Baseline 0: their output is held (national crude steel output 1040 Mt in 2021, 1013 Mt in 2022, "
     "assets/drivers: saturated)."},
    {"steel_h2_dri_pct", "%", 0.0, 100.0, 0.0, {2021, 0, 0.0},
     "Share of blast-furnace steel made instead by green-hydrogen direct reduction (H2-DRI + EAF).",
     "Baseline 0: no commercial H2-DRI plant in China by 2024."},
    {"industry_ccus_pct", "%", 0.0, 90.0, 0.0, {2021, 0, 0.0},
     "Share of plants' combustion and process CO2 captured and stored (with the capture plant's heat and "
     "electricity).",
     "Baseline 0: CCUS is at demonstration scale."},
    {"industry_growth_offset_pts", "pts/yr", -10.0, 10.0, 0.0, {2021, 0, 0.6},
     "Output growth of the value-added plants (chemicals, other manufacturing, data centres) above the "
     "city's real GDP growth path (twin/drivers: 8.1, 3.0, 5.2 % in 2021-2023, then to 3.0 % in 2035 and "
     "1.5 % in 2060); two-high plants follow only the output cut.",
     "Baseline +0.6 pts/yr from 2021: industrial value added (规模以上工业增加值) grew 9.6, 3.6, 4.6, 5.8 % "
     "in 2021–2024 against GDP 8.1, 3.0, 5.2, 5.0 % (NBS), 0.575 points a year faster on average; "
     "secondary-sector electricity (+9.1, +1.2, +6.5, +5.1 %, NEA) ran 0.15 points above GDP, which the "
     "offset less the baseline's ≈ 0.5 %/yr efficiency gain reproduces (assets/drivers)."},
    {"waste_per_capita_change_pct", "%", -60.0, 50.0, 0.0, {2021, 0, 0.0},
     "Municipal solid waste per resident relative to the base year (1.45 kg per person per day, "
     "assets/waste).",
     "Baseline 0; CarbonTwin assumption (per-capita waste flat since 2015 in the urban statistics)."},
    {"waste_recycling_added_pts", "pts", 0.0, 60.0, 0.0, {2021, 10, 10.0},
     "Share of generated waste recycled, in points above the base year, taken from landfill and "
     "incineration pro rata (waste sorting).",
     "Baseline +10 points by 2031; CarbonTwin assumption: household waste sorting in all prefecture-level "
     "cities by 2025 (NDRC/MOHURD 14th Five-Year plan for MSW, 发改环资〔2021〕642号)."},
    {"waste_composting_added_pts", "pts", 0.0, 40.0, 0.0, {2021, 10, 5.0},
     "Share of generated waste composted or digested, in points above the base year (separate food waste).",
     "Baseline +5 points by 2031; CarbonTwin assumption (food-waste treatment capacity of the same plan)."},
    {"landfill_diversion_pct", "%", 0.0, 100.0, 0.0, {2021, 5, 80.0},
     "Share of what would be landfilled sent to incineration with energy recovery instead.",
     "Baseline 80 % by 2026; CarbonTwin reading of 发改环资〔2021〕642号: incineration about 65 % of urban "
     "MSW treatment capacity by 2025 and basically no landfill of raw waste where capacity allows."},
    {"landfill_methane_recovery_pct", "%", 0.0, 90.0, 0.0, {2021, 0, 0.0},
     "Share of landfill methane captured and flared or used.",
     "Default and baseline 0: the base-year recovery of assets/waste (no recovery assumed)."},
    {"green_space_added_ha", "ha", 0.0, 100000.0, 0.0, {2021, 0, 0.0},
     "Urban green space (parks) added to the city's own, hectares (assets/sinks rates).",
     "Baseline 0: the city's ground cover as it is."},
    {"forest_added_ha", "ha", 0.0, 1000000.0, 0.0, {2021, 0, 0.0},
     "Forest planted (afforestation), hectares (assets/sinks rates).",
     "Baseline 0: the city's ground cover as it is."},
    {"local_pv_added_mw", "MW", 0.0, 5000.0, 0.0, {2021, 0, 0.0},
     "Utility-scale (ground-mounted) PV added to the city's own, MWp (the default city has 200 MWp, "
     "assets/energy/default_energy_system.csv); it supplies the city's hourly balance first.",
     "Baseline 0: CarbonTwin assumption (no local build-out beyond today's assets; additions are a "
     "planning choice)."},
    {"local_wind_added_mw", "MW", 0.0, 2000.0, 0.0, {2021, 0, 0.0},
     "Wind capacity added to the city's own, MW (the default city has 100 MW).",
     "Baseline 0: CarbonTwin assumption (no local build-out beyond today's assets)."},
    {"local_storage_added_mwh", "MWh", 0.0, 20000.0, 0.0, {2021, 0, 0.0},
     "Battery storage added, MWh, with 2-hour power (MW = MWh / 2); it cycles within each day.",
     "Baseline 0: CarbonTwin assumption (no local build-out beyond today's 100 MWh / 50 MW). Two "
     "hours is the CarbonTwin assumption for utility batteries' duration."},
    {"chp_coal_to_gas_pct", "%", 0.0, 100.0, 0.0, {2021, 0, 0.0},
     "Share of the city's coal CHP capacity converted to natural gas (same capacity, efficiencies and "
     "heat-led operation; only the fuel changes).",
     "Baseline 0: CarbonTwin assumption (conversions are a plan of the city, not a current policy)."},
    {"smart_charging_share_pct", "%", 0.0, 100.0, 0.0, {2021, 0, 0.0},
     "Share of EV charging energy moved within its day to the hours of lowest net load (valley filling, "
     "twin/energy/valley_fill.hpp) instead of the habitual home / work / fast profiles.",
     "Default and baseline 0: CarbonTwin assumption (the default city's flexibility.smart_charging_share "
     "is 0; managed charging is at pilot scale)."},
}};

}  // namespace

std::span<const LeverDef> lever_defs() { return kLevers; }

const LeverDef& lever_def(LeverId id) {
  assert(id < LeverId::Count && "lever_def: id out of range");
  return kLevers[static_cast<int>(id)];
}

std::optional<LeverId> find_lever(std::string_view key) {
  for (int i = 0; i < kLeverCount; ++i)
    if (key == kLevers[i].key) return static_cast<LeverId>(i);
  return std::nullopt;
}

double lever_value(const LeverDef& def, const LeverSetting& setting, int year) {
  if (year < setting.start_year) return def.default_value;
  if (setting.ramp_years <= 0 || year >= setting.start_year + setting.ramp_years) return setting.target;
  const double t = static_cast<double>(year - setting.start_year) / setting.ramp_years;
  return def.default_value + (setting.target - def.default_value) * t;
}

}  // namespace twin::pathway
