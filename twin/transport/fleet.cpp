// simulate_fleet() and the sales mix (see fleet.hpp).
#include "twin/transport/fleet.hpp"

#include <algorithm>
#include <cassert>

#include "twin/pathway/det_math.hpp"

namespace twin::transport {
namespace {

constexpr double kLn2 = 0.69314718055994530942;
constexpr int kMaxCohorts = kFleetMaxBaseAge + 1 + 128;  // base cohorts + up to 128 projected years

// Energy per km of every powertrain of a class for the base-year new vehicle.
using PowertrainEnergy = std::array<CarrierKwh, kPowertrainCount>;

PowertrainEnergy class_energy(const FleetParams& params, VehicleClass c) {
  PowertrainEnergy e{};
  for (int p = 0; p < kPowertrainCount; ++p) e[p] = base_energy_kwh_per_km(params, c, static_cast<Powertrain>(p));
  return e;
}

// A cohort: vehicles of one model year, their powertrain mix and mix-weighted energy per km.
struct Cohort {
  double count_at_entry = 0.0;  // in the base year (base cohorts) or the sales year
  int age_at_entry = 0;
  int entry_index = 0;          // year index when count_at_entry applies
  std::array<double, kPowertrainCount> mix{};
  CarrierKwh kwh_per_km{};
};

}  // namespace

double FleetYearResult::class_stock(VehicleClass c) const {
  double s = 0.0;
  for (double v : stock[static_cast<int>(c)]) s += v;
  return s;
}

double FleetYearResult::nev_share(VehicleClass c) const {
  const double total = class_stock(c);
  if (!(total > 0.0)) return 0.0;
  const auto& s = stock[static_cast<int>(c)];
  return (s[static_cast<int>(Powertrain::Bev)] + s[static_cast<int>(Powertrain::Phev)] +
          s[static_cast<int>(Powertrain::Fcev)]) / total;
}

CarrierKwh FleetYearResult::total_energy_kwh() const {
  CarrierKwh e{};
  for (const CarrierKwh& row : energy_kwh)
    for (int k = 0; k < emissions::kCarrierCount; ++k) e[k] += row[k];
  return e;
}

double fleet_survival(const VehicleClassParams& c, int age_years) {
  if (age_years <= 0) return 1.0;
  return pathway::det_exp(-kLn2 * pathway::det_pow(age_years / c.median_life_years, c.weibull_shape));
}

std::array<double, kPowertrainCount> sales_mix(const FleetParams& params, VehicleClass c, int year,
                                               double car_nev_sales_share) {
  const VehicleClassParams& v = params.of(c);
  double nev = v.nev_sales_share.at(year);
  if (c == VehicleClass::Car) nev = car_nev_sales_share;  // the lever sets private cars
  else if (c == VehicleClass::Taxi) nev = std::max(nev, car_nev_sales_share);  // trajectory is a floor
  nev = std::clamp(nev, 0.0, 1.0);
  const double bev = std::clamp(v.bev_share_of_nev_sales.at(year), 0.0, 1.0);
  const double fcev = std::clamp(v.fcev_share_of_nev_sales.at(year), 0.0, 1.0 - bev);
  const double hev = std::clamp(v.hev_share_of_conventional_sales.at(year), 0.0, 1.0);
  std::array<double, kPowertrainCount> mix{};
  mix[static_cast<int>(Powertrain::Bev)] = nev * bev;
  mix[static_cast<int>(Powertrain::Fcev)] = nev * fcev;
  mix[static_cast<int>(Powertrain::Phev)] = nev * (1.0 - bev - fcev);
  mix[static_cast<int>(Powertrain::Hev)] = (1.0 - nev) * hev;
  mix[static_cast<int>(Powertrain::Ice)] = (1.0 - nev) * (1.0 - hev);
  return mix;
}

void simulate_fleet(const FleetParams& params, std::span<const FleetYearInput> inputs,
                    std::vector<FleetYearResult>& out) {
  const int n = static_cast<int>(inputs.size());
  assert(n <= kMaxCohorts - kFleetMaxBaseAge - 1 && "simulate_fleet: too many years");
  out.assign(static_cast<std::size_t>(n), FleetYearResult{});
  if (n == 0) return;
  constexpr int kMaxAge = kMaxCohorts;
  std::array<Cohort, kMaxCohorts> cohorts;
  std::array<double, kMaxAge + 1> survival{};

  for (int ci = 0; ci < kVehicleClassCount; ++ci) {
    const auto vc = static_cast<VehicleClass>(ci);
    const VehicleClassParams& v = params.of(vc);
    const PowertrainEnergy energy = class_energy(params, vc);
    // Ages reached within the run only; once S underflows to 0 it stays 0.
    const int max_age = std::min(kMaxAge, kFleetMaxBaseAge + n);
    for (int a = 0; a <= max_age; ++a) survival[a] = a > 0 && survival[a - 1] == 0.0 ? 0.0 : fleet_survival(v, a);
    for (int a = max_age + 1; a <= kMaxAge; ++a) survival[a] = 0.0;
    auto mixed_energy = [&energy](const std::array<double, kPowertrainCount>& mix, double factor) {
      CarrierKwh e{};
      for (int p = 0; p < kPowertrainCount; ++p)
        for (int k = 0; k < emissions::kCarrierCount; ++k) e[k] += mix[p] * energy[p][k] * factor;
      return e;
    };

    // Base stock: required vehicles split by age ∝ (1 + g)^(−age) · S(age), age 0 … kFleetMaxBaseAge.
    const double km_per_vehicle = v.annual_km_per_vehicle;
    const double required0 = km_per_vehicle > 0.0 ? inputs[0].vehicle_km[ci] / km_per_vehicle : 0.0;
    const double growth = 1.0 + v.historic_sales_growth_pct_per_yr / 100.0;
    std::array<double, kFleetMaxBaseAge + 1> weight{};
    double weight_sum = 0.0, discount = 1.0;
    for (int a = 0; a <= kFleetMaxBaseAge; ++a) {
      weight[a] = discount * survival[a];
      weight_sum += weight[a];
      discount /= growth;
    }
    int cohort_count = 0;
    for (int a = kFleetMaxBaseAge; a >= 0; --a) {  // oldest model year first
      Cohort& c = cohorts[cohort_count++];
      c.count_at_entry = weight_sum > 0.0 ? required0 * weight[a] / weight_sum : 0.0;
      c.age_at_entry = a;
      c.entry_index = 0;
      c.mix = v.base_stock_share;
      c.kwh_per_km = mixed_energy(v.base_stock_share, 1.0 + v.historic_efficiency_gain_pct_per_yr / 100.0 * a);
    }

    double previous_stock = required0;
    for (int k = 0; k < n; ++k) {
      FleetYearResult& r = out[k];
      const FleetYearInput& in = inputs[k];
      const double required = km_per_vehicle > 0.0 ? in.vehicle_km[ci] / km_per_vehicle : 0.0;
      // Survivors of every earlier cohort, and their stock by powertrain and energy per km.
      std::array<double, kPowertrainCount> stock{};
      CarrierKwh kwh_per_vehicle_km_sum{};  // Σ count × energy per km
      double survivors = 0.0;
      auto add = [&](const Cohort& c, double count) {
        survivors += count;
        for (int p = 0; p < kPowertrainCount; ++p) stock[p] += count * c.mix[p];
        for (int e = 0; e < emissions::kCarrierCount; ++e) kwh_per_vehicle_km_sum[e] += count * c.kwh_per_km[e];
      };
      for (int i = 0; i < cohort_count; ++i) {
        const Cohort& c = cohorts[i];
        const int age = std::min(c.age_at_entry + (k - c.entry_index), kMaxAge);
        const double s0 = survival[std::min(c.age_at_entry, kMaxAge)];
        if (c.count_at_entry == 0.0 || !(s0 > 0.0)) continue;
        add(c, c.count_at_entry * (survival[age] / s0));
      }
      double sales = 0.0;
      if (k == 0) {
        sales = cohorts[cohort_count - 1].count_at_entry;  // the age-0 base cohort: bought in the base year
      } else {
        sales = std::max(0.0, required - survivors);
        Cohort& c = cohorts[cohort_count++];
        c.count_at_entry = sales;
        c.age_at_entry = 0;
        c.entry_index = k;
        c.mix = sales_mix(params, vc, params.base_year + k, in.car_nev_sales_share);
        c.kwh_per_km = mixed_energy(c.mix, in.new_vehicle_energy_factor);
        if (sales > 0.0) add(c, sales);
      }
      const double total = survivors;
      r.stock[ci] = stock;
      r.sales[ci] = sales;
      r.retirements[ci] = k == 0 ? 0.0 : std::max(0.0, previous_stock - (total - sales));
      previous_stock = total;
      r.vehicle_km[ci] = in.vehicle_km[ci];
      // Every vehicle runs demand / stock km (= km_per_vehicle unless the stock exceeds the need).
      const double km_each = total > 0.0 ? in.vehicle_km[ci] / total : 0.0;
      for (int e = 0; e < emissions::kCarrierCount; ++e) r.energy_kwh[ci][e] = km_each * kwh_per_vehicle_km_sum[e];
    }
  }
}

}  // namespace twin::transport
