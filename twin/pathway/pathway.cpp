// evaluate_pathway() (see pathway.hpp). Index k runs over years kFirstYear + k.
#include "twin/pathway/pathway.hpp"

#include <algorithm>
#include <cassert>

#include "twin/drivers/economy.hpp"
#include "twin/pathway/det_math.hpp"
#include "twin/pathway/dual_control_year.hpp"
#include "twin/pathway/industry_sector.hpp"
#include "twin/pathway/local_supply.hpp"
#include "twin/pathway/new_build_standard.hpp"

namespace twin::pathway {
namespace {

using emissions::Carrier;
using emissions::kCarrierCount;
using emissions::kSectorCount;
using emissions::Sector;

constexpr int kMaxAge = 400;  // survival table length; older cohorts are treated as 400 years old

// Heating classes converted to heat pumps, in order: coal first (clean-heating policy), then gas
// and oil, direct electric, district heat. HeatPump and Unheated are never converted.
enum Conv { kHeatPump = 0, kCoal, kGas, kElectric, kDistrict, kUnheated, kConvCount };

Conv conv_class(HeatingSystem system, Fuel fuel) {
  if (system == HeatingSystem::None) return kUnheated;
  if (system == HeatingSystem::HeatPump) return kHeatPump;
  if (system == HeatingSystem::DistrictHeat || fuel == Fuel::Heat) return kDistrict;
  if (fuel == Fuel::Coal) return kCoal;
  if (fuel == Fuel::NaturalGas) return kGas;
  return kElectric;
}

// Per-m² non-heating intensities split the way the levers act on them.
struct Services {
  std::array<double, kCarrierCount> services{};  // cooling + lighting + appliances
  std::array<double, kCarrierCount> cook_hw{};   // cooking + hot water
};

Services split(const CarrierIntensity& in) {
  Services s;
  for (int c = 0; c < kCarrierCount; ++c) {
    s.services[c] = in[static_cast<int>(EndUse::Cooling)][c] + in[static_cast<int>(EndUse::Lighting)][c] +
                    in[static_cast<int>(EndUse::Appliances)][c];
    s.cook_hw[c] = in[static_cast<int>(EndUse::Cooking)][c] + in[static_cast<int>(EndUse::HotWater)][c];
  }
  return s;
}

bool is_residential(Category c) {
  return c == Category::ResidentialHighRise || c == Category::ResidentialWalkUp || c == Category::ResidentialVillage;
}

// Adds one floor area's non-heating energy: services scaled, fossil cooking/hot water partly
// electrified.
void add_services(const Services& s, double area_services_m2, double area_m2, double services_factor,
                  double electrified, std::array<double, kCarrierCount>& e) {
  const int el = static_cast<int>(Carrier::Electricity);
  for (int c = 0; c < kCarrierCount; ++c) {
    e[c] += area_services_m2 * s.services[c] * services_factor;
    if (s.cook_hw[c] == 0.0) continue;
    if (c == el) {
      e[c] += area_m2 * s.cook_hw[c];
    } else {
      e[c] += area_m2 * s.cook_hw[c] * (1.0 - electrified);
      e[el] += area_m2 * s.cook_hw[c] * electrified * kElectrifiedKwhPerFuelKwh;
    }
  }
}

// Books the plants' year into the sector × scope matrix (industry: combustion and scope 2; processes:
// process CO2; capture in proportion) and their energy into the carrier matrix (coke as coal; hydrogen
// has no carrier there and stays in PathwayYear::industry).
void add_industry(const industry::IndustryAccount& a, emissions::EmissionsBySectorScope* e,
                  emissions::EnergyBySectorCarrier* energy) {
  const double direct = a.combustion_t + a.process_t;
  const double captured_combustion = direct > 0.0 ? a.captured_t * a.combustion_t / direct : 0.0;
  const int ind = static_cast<int>(Sector::Industry), proc = static_cast<int>(Sector::IndustrialProcesses);
  const int s1 = static_cast<int>(emissions::Scope::Scope1), s2 = static_cast<int>(emissions::Scope::Scope2);
  e->emissions_t[ind][s1] += a.combustion_t - captured_combustion;
  e->emissions_t[ind][s2] += a.scope2_t;
  e->emissions_t[proc][s1] += a.process_t - (a.captured_t - captured_combustion);
  for (int c = 0; c < industry::kCarrierCount; ++c) {
    const auto carrier = static_cast<industry::Carrier>(c);
    Carrier mapped;
    if (carrier == industry::Carrier::Coke) {
      mapped = Carrier::Coal;
    } else if (!industry::map_to_emissions_carrier(carrier, &mapped)) {
      continue;
    }
    energy->energy_kwh[ind][static_cast<int>(mapped)] += a.energy_kwh[c];
    e->by_carrier_t[ind][static_cast<int>(mapped)] += a.emissions_t[c];
  }
}

}  // namespace

PathwayResult evaluate_pathway(const Baseline& base, const Scenario& scenario, bool per_segment) {
  assert(validate_scenario(scenario).empty() && "evaluate_pathway: invalid scenario");
  PathwayResult result;
  result.years.resize(kYearCount);

  // Survival S(age) = exp(−(age/scale)^shape), Weibull.
  std::array<double, kMaxAge + 1> survival{};
  for (int a = 0; a <= kMaxAge; ++a)
    survival[a] = det_exp(-det_pow(a / scenario.options.weibull_scale_years, scenario.options.weibull_shape));

  // Surviving floor area of every base segment in every year: Σ cohort area × S(age)/S(age₀).
  const std::size_t seg_count = base.segments.size();
  std::vector<double> seg_area(seg_count * kYearCount, 0.0);
  for (std::size_t s = 0; s < seg_count; ++s) {
    const Segment& seg = base.segments[s];
    for (std::uint32_t c = seg.cohort_begin; c < seg.cohort_end; ++c) {
      const Cohort& cohort = base.cohorts[c];
      const int age0 = std::clamp(base.base_year - cohort.construction_year, 0, kMaxAge);
      const double s0 = survival[age0];
      if (!(s0 > 0.0)) continue;
      const double scale = cohort.floor_area_m2 / s0;
      for (int k = 0; k < kYearCount; ++k) seg_area[s * kYearCount + k] += scale * survival[std::min(age0 + k, kMaxAge)];
    }
  }
  std::vector<Services> seg_services(seg_count);
  for (std::size_t s = 0; s < seg_count; ++s) seg_services[s] = split(base.segments[s].final_kwh_per_m2);
  std::array<Services, kCategoryCount> new_services{};
  for (int c = 0; c < kCategoryCount; ++c) new_services[c] = split(base.new_build[c].final_kwh_per_m2);

  double residential_base_m2 = 0.0;
  for (int c = 0; c < kCategoryCount; ++c)
    if (is_residential(static_cast<Category>(c))) residential_base_m2 += base.category_floor_area_m2[c];

  // New floor area per category and build year, and the multipliers of its standard.
  std::array<std::array<double, kYearCount>, kCategoryCount> new_m2{};
  std::array<std::array<NewBuildMultipliers, kYearCount>, kCategoryCount> new_mult{};

  const emissions::FactorSet base_factors = emissions::factors_for_year(base.base_year, scenario.grid_region);
  const GridSupplyAnchor grid_anchor =
      grid_supply_anchor(scenario.grid_region, base.base_year, base_factors.of(Carrier::Electricity).kg_per_kwh);
  double retrofitted_share = 0.0;
  std::vector<double> gross(kYearCount), net(kYearCount);
  std::vector<drivers::DualControlInput> dual_control_inputs(kYearCount);
  if (per_segment) {
    result.segment_kwh_per_m2.assign(seg_count * kYearCount, 0.0);
    result.segment_kg_per_m2.assign(seg_count * kYearCount, 0.0);
  }

  // Transport (cars, taxis, buses, metro) for all years at once: the fleet turns over year by year.
  std::vector<TransportYear> transport_years;
  const bool with_transport = base.transport.present();
  if (with_transport) {
    transport_years.resize(kYearCount);
    project_transport(base.transport, scenario, transport_years);
  }

  // The rest of the account: plants' output index, the landfill stock carried year to year.
  industry::IndustryDrivers plant_drivers;
  const drivers::RatePath gdp_growth = drivers::default_economy_paths().gdp_growth;
  WasteSinkSectors waste_sinks(base.waste, base.sink_areas, base.population);
  // Agriculture: the same Tier 1 rows every year (no agriculture levers yet).
  double agriculture_t = 0.0;
  if (base.has_agriculture) {
    const inventory::AgricultureResult ag = inventory::agriculture_rows(base.agriculture, inventory::kDefaultGwpSet);
    assert(ag.errors.empty() && "evaluate_pathway: invalid Baseline::agriculture");
    agriculture_t = ag.co2e_t;
  }

  for (int k = 0; k < kYearCount; ++k) {
    const int year = kFirstYear + k;
    std::array<double, kLeverCount> v{};
    for (int l = 0; l < kLeverCount; ++l) v[l] = lever_value(lever_defs()[l], scenario.levers[l], year);
    auto lever = [&v](LeverId id) { return v[static_cast<int>(id)]; };

    PathwayYear& out = result.years[k];
    out.year = year;

    // Stock: surviving base area, surviving new cohorts (area, heating- and services-weighted).
    std::array<double, kCategoryCount> existing{}, new_area{}, new_heat{}, new_serv{};
    for (std::size_t s = 0; s < seg_count; ++s) existing[static_cast<int>(base.segments[s].category)] += seg_area[s * kYearCount + k];
    for (int c = 0; c < kCategoryCount; ++c) {
      for (int j = 0; j < k; ++j) {
        const double a = new_m2[c][j] * survival[k - j];
        new_area[c] += a;
        new_heat[c] += a * new_mult[c][j].heating;
        new_serv[c] += a * new_mult[c][j].services;
      }
    }
    // Demand for floor area → this year's new buildings (dwellings are built as high-rise towers).
    const double level = lever(LeverId::NewBuildStandardLevel);
    const double residential_need_m2 = residential_base_m2 * (1.0 + lever(LeverId::PopulationChangePct) / 100.0) *
                                       (1.0 + lever(LeverId::ResidentialFloorAreaPerCapitaChangePct) / 100.0);
    const double public_factor = 1.0 + lever(LeverId::PublicFloorAreaChangePct) / 100.0;
    double residential_have_m2 = 0.0;
    for (int c = 0; c < kCategoryCount; ++c)
      if (is_residential(static_cast<Category>(c))) residential_have_m2 += existing[c] + new_area[c];
    for (int c = 0; c < kCategoryCount; ++c) {
      const auto cat = static_cast<Category>(c);
      double build = 0.0;
      if (cat == Category::ResidentialHighRise) {
        build = residential_need_m2 - residential_have_m2;
      } else if (!is_residential(cat)) {
        const double need = base.category_floor_area_m2[c] * (cat == Category::Industrial ? 1.0 : public_factor);
        build = need - existing[c] - new_area[c];
      }
      build = k == 0 ? 0.0 : std::max(0.0, build);
      new_m2[c][k] = build;
      new_mult[c][k] = new_build_multipliers(level, is_residential(cat));
      new_area[c] += build;
      new_heat[c] += build * new_mult[c][k].heating;
      new_serv[c] += build * new_mult[c][k].services;
      out.new_floor_area_m2 += build;
    }

    // Retrofits of the pre-2010 stock: share grows by the rate, depth applies to all retrofitted.
    if (k > 0) retrofitted_share = std::min(1.0, retrofitted_share + lever(LeverId::RetrofitRatePctPerYr) / 100.0);
    const double retrofit_cut = retrofitted_share * lever(LeverId::RetrofitHeatingReductionPct) / 100.0;
    out.retrofitted_share = retrofitted_share;

    // Heated floor area by class, and the conversion fractions that reach the heat-pump share.
    std::array<double, kConvCount> heated{};
    for (std::size_t s = 0; s < seg_count; ++s) {
      const Segment& seg = base.segments[s];
      heated[conv_class(seg.heating_system, seg.heating_fuel)] += seg_area[s * kYearCount + k];
    }
    for (int c = 0; c < kCategoryCount; ++c)
      for (const auto& m : base.new_build[c].heating_mix) heated[conv_class(m.system, m.fuel)] += new_area[c] * m.share;
    double heated_total = 0.0;
    for (int h = 0; h < kUnheated; ++h) heated_total += heated[h];
    std::array<double, kConvCount> converted{};
    double need = lever(LeverId::HeatPumpSharePct) / 100.0 * heated_total - heated[kHeatPump];
    for (int h = kCoal; h <= kDistrict && need > 0.0; ++h) {
      if (heated[h] <= 0.0) continue;
      converted[h] = std::min(1.0, need / heated[h]);
      need -= heated[h] * converted[h];
    }
    double hp_area = heated[kHeatPump];
    for (int h = kCoal; h <= kDistrict; ++h) hp_area += heated[h] * converted[h];
    out.heat_pump_share = heated_total > 0.0 ? hp_area / heated_total : 0.0;

    // Energy by sector and carrier.
    const double scop = lever(LeverId::HeatPumpScop);
    const double services_factor = 1.0 + lever(LeverId::NonHeatingIntensityChangePct) / 100.0;
    const double electrified = lever(LeverId::CookingHotWaterElectrificationPct) / 100.0;
    const int el = static_cast<int>(Carrier::Electricity);
    std::array<std::array<double, kCarrierCount>, kSectorCount> e{};
    std::array<double, kSectorCount> roof_m2{};
    double heating_el_kwh = 0.0;  // buildings' electric heating (the local balance's heat-pump class)
    auto add_heating = [&](HeatingSystem system, Fuel fuel, double useful_kwh, std::array<double, kCarrierCount>& row,
                           double* heating_el = nullptr) {
      const double f = converted[conv_class(system, fuel)];
      const int carrier = static_cast<int>(heating_carrier(system, fuel));
      const double kept = useful_kwh * (1.0 - f) / heating_efficiency(system, fuel, scop);
      const double pumped = useful_kwh * f / scop;
      row[carrier] += kept;
      row[el] += pumped;
      if (heating_el) *heating_el += pumped + (carrier == el ? kept : 0.0);
    };
    for (std::size_t s = 0; s < seg_count; ++s) {
      const Segment& seg = base.segments[s];
      const double area = seg_area[s * kYearCount + k];
      const int sector = static_cast<int>(seg.sector);
      const double cut = seg.vintage < Vintage::From2010 ? retrofit_cut : 0.0;
      add_heating(seg.heating_system, seg.heating_fuel, area * seg.heating_useful_kwh_per_m2 * (1.0 - cut), e[sector],
                  &heating_el_kwh);
      add_services(seg_services[s], area, area, services_factor, electrified, e[sector]);
      out.floor_area_m2[sector] += area;
      roof_m2[sector] += seg.floor_area_m2 > 0.0 ? area * seg.roof_area_m2 / seg.floor_area_m2 : 0.0;
    }
    for (int c = 0; c < kCategoryCount; ++c) {
      if (new_area[c] <= 0.0) continue;
      const NewBuildTemplate& t = base.new_build[c];
      const int sector = static_cast<int>(t.sector);
      for (const auto& m : t.heating_mix)
        if (m.system != HeatingSystem::None)
          add_heating(m.system, m.fuel, new_heat[c] * m.share * t.heating_useful_kwh_per_m2, e[sector], &heating_el_kwh);
      add_services(new_services[c], new_serv[c], new_area[c], services_factor, electrified, e[sector]);
      out.floor_area_m2[sector] += new_area[c];
      roof_m2[sector] += new_area[c] * t.roof_per_floor_area;
    }

    if (with_transport) {
      out.transport = transport_years[k];
      for (int c = 0; c < kCarrierCount; ++c) e[static_cast<int>(Sector::Transport)][c] += out.transport.energy_kwh[c];
    }
    // Residents' actions (community_actions.hpp): energy change before PV and factors; PV on their roofs.
    const double community_pv_kwh = apply_community_actions(
        scenario.community_actions, year, base.population * (1.0 + lever(LeverId::PopulationChangePct) / 100.0), e);

    // Rooftop PV: each sector's roofs feed its own use; the rest is exported. With a local energy system
    // it is a supply of the city's hourly balance instead (local_supply.hpp), not netted per sector.
    const bool local = base.local_supply.present();
    double buildings_el_kwh = 0.0;  // the building stock's electricity before PV (all sectors' buildings)
    for (int s = 0; s < kSectorCount; ++s)
      if (s != static_cast<int>(Sector::Transport)) buildings_el_kwh += e[s][el];
    const double pv_kwh_per_roof_m2 = lever(LeverId::RooftopPvCoveragePct) / 100.0 * kPvKwpPerRoofM2 *
                                      lever(LeverId::PvYieldKwhPerKwp);
    for (int s = 0; s < kSectorCount; ++s) {
      const double pv =
          roof_m2[s] * pv_kwh_per_roof_m2 + (s == static_cast<int>(Sector::Residential) ? community_pv_kwh : 0.0);
      out.pv_generation_kwh += pv;
      if (local) continue;
      e[s][el] -= pv;
      if (e[s][el] < 0.0) {
        out.pv_export_kwh -= e[s][el];
        e[s][el] = 0.0;
      }
    }
    out.energy.energy_kwh = e;

    emissions::FactorSet factors = base_factors;
    factors.year = year;
    GridSupplyLevers supply;
    supply.nonfossil_added_pts = lever(LeverId::GridNonfossilAddedPts);
    supply.coal_retirement_pct = lever(LeverId::CoalPowerRetirementPct);
    supply.green_power_pct = lever(LeverId::GreenPowerPurchasePct);
    supply.further_reduction_pct = lever(LeverId::GridFactorReductionPct);
    if (!scenario.grid_mix_path.empty())
      supply.own_nonfossil_share = energy_mix::mix_path_share(scenario.grid_mix_path, year);
    out.grid = grid_supply_year(grid_anchor, year, supply);
    factors.of(Carrier::Electricity).kg_per_kwh = out.grid.electricity_kg_per_kwh;
    factors.of(Carrier::DistrictHeat).kg_per_kwh *= 1.0 - lever(LeverId::HeatFactorReductionPct) / 100.0;
    // Uncertainty multipliers (1 = published factors): before every use below, industry's scope 2 included.
    const FactorMultipliers& fm = scenario.factor_multipliers;
    factors.of(Carrier::Electricity).kg_per_kwh *= fm.electricity;
    factors.of(Carrier::DistrictHeat).kg_per_kwh *= fm.heat;
    factors.of(Carrier::Coal).kg_per_kwh *= fm.coal;
    factors.of(Carrier::NaturalGas).kg_per_kwh *= fm.gas;
    for (Carrier c : {Carrier::Oil, Carrier::Gasoline, Carrier::Lpg}) factors.of(c).kg_per_kwh *= fm.oil;
    out.grid_factor_kg_per_kwh = factors.of(Carrier::Electricity).kg_per_kwh;

    // Industrial plants: output grows from the year before; CCUS capture netted out of combustion and
    // process CO2 in proportion to each (booked below, after the local balance has set their factor).
    if (k > 0)
      plant_drivers = industry::advance_output_index(
          plant_drivers, industry_growth_pct(100.0 * drivers::rate_of_year(gdp_growth, year),
                                             lever(LeverId::IndustryGrowthOffsetPts)));
    industry::IndustryLevers il;
    il.efficiency_pct = lever(LeverId::IndustryEfficiencyPct);
    il.electrification_pct = lever(LeverId::IndustryElectrificationPct);
    il.coal_to_gas_pct = lever(LeverId::IndustryCoalToGasPct);
    il.two_high_output_cut_pct = lever(LeverId::TwoHighOutputCutPct);
    il.steel_h2_dri_pct = lever(LeverId::SteelH2DriPct);
    il.ccus_capture_pct = lever(LeverId::IndustryCcusPct);
    out.industry = industry_sector_year(base.plants, plant_drivers, il, factors);
    out.plant_drivers = plant_drivers;
    out.plant_levers = il;

    // The city's own supply (local_supply.hpp): the hourly balance on representative days gives the
    // factor of the electricity used by buildings, by EVs and by the rest (imports at the grid factor).
    const double grid_kg = out.grid_factor_kg_per_kwh;
    double buildings_kg = grid_kg, ev_kg = grid_kg, rest_kg = grid_kg;
    double ev_kwh = 0.0, metro_kwh = 0.0;
    if (local) {
      if (with_transport) {
        metro_kwh = out.transport.metro_electricity_kwh;
        ev_kwh = std::max(0.0, out.transport.energy_kwh[el] - metro_kwh);
      }
      LocalSupplyDemand ld;
      ld.heating_kwh = heating_el_kwh;
      ld.buildings_kwh = std::max(0.0, buildings_el_kwh - heating_el_kwh);
      ld.ev_kwh = ev_kwh;
      ld.industry_kwh = out.industry.energy_kwh[static_cast<int>(industry::Carrier::Electricity)];
      ld.other_kwh = metro_kwh;
      ld.rooftop_pv_kwh = out.pv_generation_kwh;
      for (int s = 0; s < kSectorCount; ++s)
        if (s != static_cast<int>(Sector::Transport)) ld.district_heat_kwh += e[s][static_cast<int>(Carrier::DistrictHeat)];
      LocalSupplyLevers sl;
      sl.pv_added_mw = lever(LeverId::LocalPvAddedMw);
      sl.wind_added_mw = lever(LeverId::LocalWindAddedMw);
      sl.storage_added_mwh = lever(LeverId::LocalStorageAddedMwh);
      sl.chp_coal_to_gas_pct = lever(LeverId::ChpCoalToGasPct);
      sl.smart_charging_pct = lever(LeverId::SmartChargingSharePct);
      out.local_supply = local_supply_year(base.local_supply, year, scenario.grid_region, ld, grid_kg, sl);
      buildings_kg = out.local_supply.buildings_factor_kg_per_kwh;
      ev_kg = out.local_supply.ev_factor_kg_per_kwh;
      rest_kg = out.local_supply.rest_factor_kg_per_kwh;
      out.pv_export_kwh = out.local_supply.export_kwh;
    }

    if (per_segment) {
      emissions::FactorSet seg_factors = factors;  // the buildings' electricity factor
      seg_factors.of(Carrier::Electricity).kg_per_kwh = buildings_kg;
      for (std::size_t s = 0; s < seg_count; ++s) {  // one m² of the segment, as in the loop above
        const Segment& seg = base.segments[s];
        const double cut = seg.vintage < Vintage::From2010 ? retrofit_cut : 0.0;
        std::array<double, kCarrierCount> row{};
        add_heating(seg.heating_system, seg.heating_fuel, seg.heating_useful_kwh_per_m2 * (1.0 - cut), row);
        add_services(seg_services[s], 1.0, 1.0, services_factor, electrified, row);
        double kwh = 0.0, kg = 0.0;
        for (int c = 0; c < kCarrierCount; ++c) {
          kwh += row[c];
          kg += row[c] * seg_factors.of(static_cast<Carrier>(c)).kg_per_kwh;
        }
        result.segment_kwh_per_m2[s * kYearCount + k] = kwh;
        result.segment_kg_per_m2[s * kYearCount + k] = kg;
      }
    }
    out.heat_factor_kg_per_kwh = factors.of(Carrier::DistrictHeat).kg_per_kwh;
    out.emissions = emissions::account(out.energy, factors);
    out.factors = factors;
    out.stock_energy = out.energy;
    if (local) {
      // Scope 2 electricity at the factors of the balance instead of the grid factor: every building
      // sector at the buildings' factor, transport's EVs and metro at theirs, plants at the rest's.
      const int s2 = static_cast<int>(emissions::Scope::Scope2);
      for (int s = 0; s < kSectorCount; ++s) {
        double extra_t = 0.0;
        if (s == static_cast<int>(Sector::Transport))
          extra_t = (ev_kwh * (ev_kg - grid_kg) + metro_kwh * (rest_kg - grid_kg)) / 1000.0;
        else
          extra_t = e[s][el] * (buildings_kg - grid_kg) / 1000.0;
        out.emissions.emissions_t[s][s2] += extra_t;
        out.emissions.by_carrier_t[s][el] += extra_t;
      }
      const int iel = static_cast<int>(industry::Carrier::Electricity);
      const double plants_extra_t = out.industry.energy_kwh[iel] * (rest_kg - grid_kg) / 1000.0;
      out.industry.emissions_t[iel] += plants_extra_t;
      out.industry.scope2_t += plants_extra_t;
      out.industry.gross_t += plants_extra_t;
      out.industry.net_t += plants_extra_t;
    }
    out.pv_export_credit_t = out.pv_export_kwh * out.grid_factor_kg_per_kwh / 1000.0;
    out.population = base.population * (1.0 + lever(LeverId::PopulationChangePct) / 100.0);
    add_industry(out.industry, &out.emissions, &out.energy);

    // Waste and sinks.
    WasteSinkLevers wl;
    wl.waste.per_capita_change = lever(LeverId::WastePerCapitaChangePct) / 100.0;
    wl.waste.added_recycling_share = lever(LeverId::WasteRecyclingAddedPts) / 100.0;
    wl.waste.added_composting_share = lever(LeverId::WasteCompostingAddedPts) / 100.0;
    wl.waste.landfill_ban = lever(LeverId::LandfillDiversionPct) / 100.0;
    wl.waste.methane_recovery_share = lever(LeverId::LandfillMethaneRecoveryPct) / 100.0;
    wl.green_space_added_ha = lever(LeverId::GreenSpaceAddedHa);
    wl.forest_added_ha = lever(LeverId::ForestAddedHa);
    out.waste_sinks = waste_sinks.year(year, out.population, wl);
    out.emissions.emissions_t[static_cast<int>(Sector::Waste)][static_cast<int>(emissions::Scope::Scope1)] +=
        out.waste_sinks.waste_co2e_t;
    out.emissions.emissions_t[static_cast<int>(Sector::LandUse)][static_cast<int>(emissions::Scope::Scope1)] +=
        out.waste_sinks.sinks_t;

    out.sinks_t = out.emissions.sector_t(Sector::LandUse);
    out.agriculture_t = agriculture_t;
    out.gross_t = out.emissions.total_t() - out.sinks_t + out.agriculture_t;
    out.net_t = out.gross_t - out.pv_export_credit_t + out.sinks_t;
    gross[k] = out.gross_t;
    net[k] = out.net_t;

    // Dual control: the year's economy (GDP on the default path from the base economy) and indicators.
    out.economy = economy_year(base.economy, gdp_growth, year, k > 0 ? result.years[k - 1].economy.gdp_10k_yuan : 0.0,
                               out.population);
    dual_control_inputs[k] = dual_control_input(out);
    out.dual_control = drivers::indicators_of(dual_control_inputs[k]);
  }
  result.dual_control = drivers::evaluate_dual_control(dual_control_inputs, scenario.dual_control);
  result.milestones =
      find_milestones(gross, net, kFirstYear, scenario.options.neutrality_threshold_pct_of_peak / 100.0);
  return result;
}

}  // namespace twin::pathway
