// Activities of the costed levers per year (activity.hpp).
#include "twin/cost/activity.hpp"

#include <algorithm>

#include "twin/energy_mix/grid_mix.hpp"
#include "twin/pathway/det_math.hpp"

namespace twin::cost {

using emissions::Carrier;
using emissions::Sector;
using pathway::LeverId;

namespace {

constexpr int kMaxAge = 400;  // as pathway.cpp: older cohorts count as 400 years old

int idx(CostItem item) { return static_cast<int>(item); }

// S(age) = exp(−(age/scale)^shape), the pathway's Weibull survival (pathway.cpp).
std::vector<double> survival_table(const pathway::PathwayOptions& options) {
  std::vector<double> survival(kMaxAge + 1);
  for (int a = 0; a <= kMaxAge; ++a)
    survival[a] = pathway::det_exp(-pathway::det_pow(a / options.weibull_scale_years, options.weibull_shape));
  return survival;
}

}  // namespace

std::vector<BaseStockYear> base_stock_by_year(const pathway::Baseline& base, const pathway::PathwayOptions& options) {
  const std::vector<double> survival = survival_table(options);
  std::vector<BaseStockYear> out(pathway::kYearCount);
  for (const pathway::Segment& seg : base.segments) {
    const bool pre2010 = seg.vintage < pathway::Vintage::From2010;
    const bool heated = seg.heating_system != HeatingSystem::None;
    for (std::uint32_t c = seg.cohort_begin; c < seg.cohort_end; ++c) {
      const pathway::Cohort& cohort = base.cohorts[c];
      const int age0 = std::clamp(base.base_year - cohort.construction_year, 0, kMaxAge);
      if (!(survival[age0] > 0.0)) continue;
      const double scale = cohort.floor_area_m2 / survival[age0];
      for (int k = 0; k < pathway::kYearCount; ++k) {
        const double a = scale * survival[std::min(age0 + k, kMaxAge)];
        out[k].all_m2 += a;
        if (pre2010) out[k].pre2010_m2 += a;
        if (heated) out[k].heated_m2 += a;
      }
    }
  }
  return out;
}

std::vector<ActivityYear> activity_by_year(const pathway::Baseline& base, const pathway::Scenario& scenario,
                                           const pathway::PathwayResult& result,
                                           const std::vector<PlantsYear>& plants) {
  const std::vector<BaseStockYear> stock = base_stock_by_year(base, scenario.options);
  // Heated share of new floor area: the templates' heated shares weighted by base floor area.
  double new_heated = 0.0, new_weight = 0.0;
  for (int c = 0; c < pathway::kCategoryCount; ++c) {
    double heated_share = 0.0;
    for (const auto& m : base.new_build[c].heating_mix)
      if (m.system != HeatingSystem::None) heated_share += m.share;
    new_heated += base.category_floor_area_m2[c] * heated_share;
    new_weight += base.category_floor_area_m2[c];
  }
  const double new_heated_share = new_weight > 0.0 ? new_heated / new_weight : 0.0;
  const double base_landfilled_t = result.years.empty() ? 0.0 : result.years[0].waste_sinks.waste_landfilled_t;

  const std::vector<double> survival = survival_table(scenario.options);
  std::vector<ActivityYear> out(result.years.size());
  std::vector<double> ultra_low_built(result.years.size()), near_zero_built(result.years.size());
  for (std::size_t k = 0; k < result.years.size(); ++k) {
    const pathway::PathwayYear& y = result.years[k];
    auto lever = [&](LeverId id) { return pathway::lever_value(pathway::lever_def(id), scenario.lever(id), y.year); };
    ActivityYear& a = out[k];
    double building_m2 = 0.0;
    for (Sector s : {Sector::Residential, Sector::Commercial, Sector::Industry})
      building_m2 += y.floor_area_m2[static_cast<int>(s)];
    const double new_m2 = std::max(0.0, building_m2 - stock[k].all_m2);
    a[idx(CostItem::Retrofit)] = y.retrofitted_share * stock[k].pre2010_m2;
    a[idx(CostItem::HeatPump)] = y.heat_pump_share * (stock[k].heated_m2 + new_m2 * new_heated_share);
    const double yield = lever(LeverId::PvYieldKwhPerKwp);
    a[idx(CostItem::RooftopPv)] = yield > 0.0 ? y.pv_generation_kwh / yield : 0.0;
    const double level = lever(LeverId::NewBuildStandardLevel);
    ultra_low_built[k] = y.new_floor_area_m2 * std::min(level, 1.0);
    near_zero_built[k] = y.new_floor_area_m2 * std::max(level - 1.0, 0.0);
    for (std::size_t j = 0; j <= k; ++j) {  // still standing: built in year j, survived k − j years
      a[idx(CostItem::NewBuildUltraLow)] += ultra_low_built[j] * survival[k - j];
      a[idx(CostItem::NewBuildNearZero)] += near_zero_built[j] * survival[k - j];
    }
    if (y.transport.present) {
      double nev = 0.0;
      for (auto cls : {transport::VehicleClass::Car, transport::VehicleClass::Taxi})
        for (auto pt : {transport::Powertrain::Phev, transport::Powertrain::Bev, transport::Powertrain::Fcev})
          nev += y.transport.stock[static_cast<int>(cls)][static_cast<int>(pt)];
      a[idx(CostItem::Nev)] = nev;
    }
    a[idx(CostItem::ElectricCooking)] =
        lever(LeverId::CookingHotWaterElectrificationPct) / 100.0 * y.population / persons_per_household();
    if (k < plants.size()) {
      const PlantsYear& p = plants[k];
      a[idx(CostItem::IndustryEfficiency)] = std::max(0.0, p.no_efficiency.total.energy_tce - p.actual.total.energy_tce);
      const int el = static_cast<int>(industry::Carrier::Electricity);
      a[idx(CostItem::IndustryElectrification)] =
          std::max(0.0, p.actual.total.energy_kwh[el] - p.no_electrification.total.energy_kwh[el]) /
          industry_electric_full_load_h();
      double h2_dri_t = 0.0;
      for (const industry::PlantYear& py : p.actual.plants) h2_dri_t += py.output_h2_dri;
      a[idx(CostItem::SteelH2Dri)] = h2_dri_t;
    }
    a[idx(CostItem::IndustryCcus)] = y.industry.captured_t;
    a[idx(CostItem::LandfillGas)] = lever(LeverId::LandfillMethaneRecoveryPct) / 100.0 * base_landfilled_t;
    a[idx(CostItem::Landfill)] = y.waste_sinks.waste_landfilled_t;
    a[idx(CostItem::Incineration)] = y.waste_sinks.waste_incinerated_t;
    a[idx(CostItem::Recycling)] = lever(LeverId::WasteRecyclingAddedPts) / 100.0 * y.waste_sinks.waste_generated_t;
    a[idx(CostItem::Composting)] = lever(LeverId::WasteCompostingAddedPts) / 100.0 * y.waste_sinks.waste_generated_t;
    a[idx(CostItem::GreenSpace)] = lever(LeverId::GreenSpaceAddedHa);
    a[idx(CostItem::Forest)] = lever(LeverId::ForestAddedHa);
    double electricity_kwh = 0.0;
    for (int s = 0; s < emissions::kSectorCount; ++s)
      electricity_kwh += y.energy.energy_kwh[s][static_cast<int>(Carrier::Electricity)];
    a[idx(CostItem::GreenPower)] = y.grid.mix.green_power_share * electricity_kwh;
    a[idx(CostItem::GridNonfossil)] =
        electricity_kwh * std::max(0.0, y.grid.mix.nonfossil_share - energy_mix::baseline_nonfossil_share(y.year));
  }
  return out;
}

double energy_cost_yuan(const pathway::PathwayYear& y) {
  double yuan = 0.0;
  for (int s = 0; s < emissions::kSectorCount; ++s)
    for (int c = 0; c < emissions::kCarrierCount; ++c)
      yuan += y.energy.energy_kwh[s][c] *
              energy_price_yuan_per_kwh(static_cast<Carrier>(c), static_cast<Sector>(s));
  yuan += y.industry.energy_kwh[static_cast<int>(industry::Carrier::Hydrogen)] * hydrogen_price_yuan_per_kwh();
  yuan -= y.pv_export_kwh * pv_export_price_yuan_per_kwh();
  return yuan;
}

}  // namespace twin::cost
