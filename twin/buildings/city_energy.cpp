#include "twin/buildings/city_energy.hpp"

#include <cassert>
#include <cmath>
#include <map>
#include <numbers>

#include "twin/buildings/rc5.hpp"
#include "twin/climate/solar.hpp"

namespace twin::buildings {
namespace {

using K = emissions::Carrier;
constexpr int kAzimuths = 24;            // vertical-surface irradiance table, every 15°
constexpr double kAzimuthStep_deg = 15.0;
constexpr double kRhoC_j_m3k = 1200.0;   // ρ_a c_a, ISO 13790 §9.3.1
// ISO 13790 §11.3–11.4 solar factors.
constexpr double kFrameFraction = 0.25;  // F_F, §11.4.5 (default when unknown)
constexpr double kFw = 0.9;              // g_gl = F_w g_gl,n, §11.4.2 (non-scattering glazing)
constexpr double kUrbanObstruction = 0.8;  // F_sh,ob: neighbours and overhangs (approximation, §11.4.4)
constexpr double kRse_m2k_w = 0.04;      // R_se, ISO 6946
constexpr double kHr_w_m2k = 4.5;        // h_r = 5 ε, ε = 0.9 (§11.4.6)
constexpr double kDthetaEr_k = 11.0;     // Δθ_er, intermediate climate zones (§11.4.6)
constexpr double kAlphaWall = 0.6;       // solar absorptance of walls (medium colour; approximation)
constexpr double kAlphaRoof = 0.7;
constexpr double kOffLow_c = -1e9, kOffHigh_c = 1e9;

// Envelope of a building per m² of floor area.
struct Unit {
  std::array<double, kAzimuths> wall_per_af{};  // facade (walls incl. windows) by facing azimuth
  double roof_per_af = 0, floor_per_af = 0, storey_m = 0;
};

Unit unit_of(const Buildings& b, std::uint32_t i, bool snap_45) {
  Unit u;
  const double a_fp = building_footprint_area_m2(b, i);
  const double a_f = building_floor_area_m2(b, i);
  const std::uint32_t begin = b.footprint_begin[i], end = b.footprint_begin[i + 1];
  const std::uint32_t n = end - begin;
  for (std::uint32_t k = 0; k < n; ++k) {
    const Vec2 p = b.footprint_xy[begin + k], q = b.footprint_xy[begin + (k + 1) % n];
    const double dx = q.x_m - p.x_m, dy = q.y_m - p.y_m;
    const double len = std::sqrt(dx * dx + dy * dy);
    if (len <= 0) continue;
    // Counter-clockwise ring: the outward normal of edge (dx, dy) is (dy, −dx); azimuth from north, clockwise.
    double az = std::atan2(dy, -dx) * 180.0 / std::numbers::pi;
    if (az < 0) az += 360.0;
    const double area = len * b.height_m[i] / a_f;
    if (snap_45) {
      const int sector = static_cast<int>(std::lround(az / 45.0)) % 8;
      u.wall_per_af[sector * 3] += area;
    } else {  // linear interpolation between the two neighbouring table azimuths
      const double pos = az / kAzimuthStep_deg;
      const int k0 = static_cast<int>(std::floor(pos)) % kAzimuths;
      const double t = pos - std::floor(pos);
      u.wall_per_af[k0] += (1.0 - t) * area;
      u.wall_per_af[(k0 + 1) % kAzimuths] += t * area;
    }
  }
  u.roof_per_af = a_fp / a_f;
  u.floor_per_af = a_fp / a_f;
  u.storey_m = b.height_m[i] / std::max<double>(1.0, b.floors[i]);
  return u;
}

struct Group {
  std::uint32_t archetype = 0;
  bool heated = true;
  Unit sum;  // Σ A_f × unit ratios (divided by area_m2 to get the group's mean)
  double area_m2 = 0;
  std::vector<std::uint32_t> members;
};

struct Weather {
  std::array<std::vector<double>, kAzimuths> vertical_wh_m2;
  std::vector<double> horizontal_wh_m2;
};

// Per-m² results of one simulated unit.
struct UnitResult {
  double heat_need_kwh = 0, heat_hp_kwh = 0, cool_need_kwh = 0;
  double lighting_kwh = 0, appliances_kwh = 0;
  std::vector<double> heat_w, cool_w, light_w, appl_w, dhw_share;  // hourly (only if hourly)
};

UnitResult simulate_unit(const Group& g, const climate::WeatherYear& w, const Weather& sun, const CityEnergyDef& def) {
  const Archetype& a = archetype_rows()[g.archetype];
  const double inv = 1.0 / g.area_m2;
  double wall = 0;
  for (double v : g.sum.wall_per_af) wall += v * inv;
  const double roof = g.sum.roof_per_af * inv, floor = g.sum.floor_per_af * inv, storey = g.sum.storey_m * inv;
  Rc5Def d;
  d.floor_area_m2 = 1.0;
  d.h_ve_w_k = kRhoC_j_m3k / 3600.0 * a.air_change_per_h * storey;                    // §9.3, V = A_f × storey
  d.h_tr_w_w_k = a.u_window_w_m2k * a.window_to_wall * wall;                           // §8.3
  d.h_tr_op_w_k = a.u_wall_w_m2k * (1 - a.window_to_wall) * wall + a.u_roof_w_m2k * roof + a.u_floor_w_m2k * floor;
  const Rc5Network net = make_rc5_network(d);

  const std::uint32_t hours = w.hours();
  std::vector<double> internal(hours), solar(hours), heat_set(hours), cool_set(hours), hc(hours);
  const double win_sol = kUrbanObstruction * kFw * a.window_g * (1 - kFrameFraction) * a.window_to_wall;
  const double wall_sol = kAlphaWall * kRse_m2k_w * a.u_wall_w_m2k * (1 - a.window_to_wall);
  const double roof_sol = kAlphaRoof * kRse_m2k_w * a.u_roof_w_m2k * roof;
  // Long-wave loss to the sky, §11.3.5: F_r R_se U A h_r Δθ_er (F_r 0.5 vertical, 1 horizontal).
  const double sky_w = 0.5 * kRse_m2k_w * kHr_w_m2k * kDthetaEr_k *
                           (a.u_window_w_m2k * a.window_to_wall + a.u_wall_w_m2k * (1 - a.window_to_wall)) * wall +
                       kRse_m2k_w * kHr_w_m2k * kDthetaEr_k * a.u_roof_w_m2k * roof;
  const Seasons seasons = seasons_of(def.zone);
  const bool residential = a.schedule == ScheduleKind::Residential;
  UnitResult r;
  for (std::uint32_t h = 0; h < hours; ++h) {
    double s = roof_sol * sun.horizontal_wh_m2[h] - sky_w;
    for (int k = 0; k < kAzimuths; ++k) {
      const double area = g.sum.wall_per_af[k] * inv;
      if (area != 0) s += area * (win_sol + wall_sol) * sun.vertical_wh_m2[k][h];
    }
    solar[h] = s;
    const ScheduleFractions f = schedule_at(a.schedule, h);
    const double light = a.lighting_w_m2 * f.lighting, appl = a.equipment_w_m2 * f.equipment;
    internal[h] = a.occupancy_w_m2 * f.occupancy + light + appl;
    r.lighting_kwh += light / 1000.0;
    r.appliances_kwh += appl / 1000.0;
    const bool occupied = residential || f.occupancy > 0.05;
    // Public buildings set back 6 K when unoccupied (值班采暖) and do not cool.
    heat_set[h] = g.heated && in_heating_season(seasons, h) ? a.heating_setpoint_c - (occupied ? 0.0 : 6.0) : kOffLow_c;
    cool_set[h] = occupied && in_cooling_season(seasons, h) ? a.cooling_setpoint_c : kOffHigh_c;
  }
  rc5_run(net, {w.dry_bulb_c, internal, solar, heat_set, cool_set}, def.warmup_h, 20.0, hc);
  const double fh = heating_use_factor(a.category), fc = cooling_use_factor(a.category);
  for (std::uint32_t h = 0; h < hours; ++h) {
    const double heat = hc[h] > 0 ? hc[h] * fh : 0.0, cool = hc[h] < 0 ? -hc[h] * fc : 0.0;
    r.heat_need_kwh += heat / 1000.0;
    r.cool_need_kwh += cool / 1000.0;
    r.heat_hp_kwh += heat / 1000.0 / heating_efficiency(HeatingSystem::HeatPump, Fuel::Electricity, w.dry_bulb_c[h]);
  }
  if (def.hourly) {
    r.heat_w.resize(hours), r.cool_w.resize(hours), r.light_w.resize(hours), r.appl_w.resize(hours);
    r.dhw_share.resize(hours);
    double dhw_sum = 0;
    for (std::uint32_t h = 0; h < hours; ++h) {
      const ScheduleFractions f = schedule_at(a.schedule, h);
      r.heat_w[h] = hc[h] > 0 ? hc[h] * fh : 0.0;
      r.cool_w[h] = hc[h] < 0 ? -hc[h] * fc : 0.0;
      r.light_w[h] = a.lighting_w_m2 * f.lighting;
      r.appl_w[h] = a.equipment_w_m2 * f.equipment;
      r.dhw_share[h] = f.hot_water;
      dhw_sum += f.hot_water;
    }
    for (double& v : r.dhw_share) v /= dhw_sum;
  }
  return r;
}

Weather sun_tables(const climate::WeatherYear& w) {
  Weather t;
  for (int k = 0; k < kAzimuths; ++k)
    t.vertical_wh_m2[k] = climate::hourly_irradiance_on_surface(w, climate::Surface{90.0, k * kAzimuthStep_deg});
  t.horizontal_wh_m2 = w.global_horizontal_wh_m2;
  return t;
}

std::array<std::int64_t, 13> batch_key(std::uint32_t archetype, bool heated, const Unit& u) {
  std::array<std::int64_t, 13> key{};
  key[0] = archetype;
  key[1] = heated ? 1 : 0;
  for (int s = 0; s < 8; ++s) key[2 + s] = std::llround(u.wall_per_af[s * 3] / 0.02);  // 0.02 m² facade per m² floor
  key[10] = std::llround(u.roof_per_af / 0.01);                                      // 0.01 m² roof per m² floor
  key[11] = std::llround(u.storey_m / 0.2);                                           // 0.2 m storey height
  return key;
}

}  // namespace

const char* to_string(EndUse e) {
  static constexpr const char* kNames[] = {"space_heating", "cooling", "hot_water", "lighting", "appliances", "cooking"};
  const int i = static_cast<int>(e);
  return i < kEndUseCount ? kNames[i] : "unknown";
}

CityEnergyDef default_city_energy_def() { return CityEnergyDef{}; }

double CityEnergyResult::end_use_kwh(std::uint32_t b, EndUse e) const {
  double s = 0;
  for (double v : delivered_kwh[b][static_cast<int>(e)]) s += v;
  return s;
}
double CityEnergyResult::carrier_kwh(std::uint32_t b, emissions::Carrier c) const {
  double s = 0;
  for (const auto& row : delivered_kwh[b]) s += row[static_cast<int>(c)];
  return s;
}

CityEnergyResult simulate_city_energy(const City& city, const climate::WeatherYear& w, const CityEnergyDef& def) {
  const Buildings& b = city.buildings;
  const std::uint32_t n = b.size(), hours = w.hours();
  CityEnergyResult out;
  out.floor_area_m2.resize(n);
  out.archetype.resize(n);
  out.heating_need_kwh.assign(n, 0.0);
  out.cooling_need_kwh.assign(n, 0.0);
  out.delivered_kwh.assign(n, EndUseCarrierKwh{});
  out.pv_kwh.assign(n, 0.0);

  // 1. Group buildings (one group per building in exact mode). std::map keeps the order deterministic.
  const bool batched = def.mode == SimulationMode::Batched;
  std::vector<Group> groups;
  std::map<std::array<std::int64_t, 13>, std::uint32_t> index;
  for (std::uint32_t i = 0; i < n; ++i) {
    const ArchetypeCategory cat = archetype_category_of(b.use[i], b.residential_type[i]);
    const std::uint32_t arch = archetype_index(def.zone, cat, archetype_vintage_of(b.construction_year[i]));
    const bool heated = b.heating_system[i] != HeatingSystem::None;
    const double a_f = building_floor_area_m2(b, i);
    out.floor_area_m2[i] = a_f;
    out.archetype[i] = arch;
    if (!(a_f > 0)) continue;  // degenerate footprint: no energy (never happens for generated cities)
    const Unit u = unit_of(b, i, batched);
    std::uint32_t gi;
    if (batched) {
      auto [it, inserted] = index.try_emplace(batch_key(arch, heated, u), static_cast<std::uint32_t>(groups.size()));
      if (inserted) groups.push_back(Group{arch, heated, {}, 0.0, {}});
      gi = it->second;
    } else {
      gi = static_cast<std::uint32_t>(groups.size());
      groups.push_back(Group{arch, heated, {}, 0.0, {}});
    }
    Group& g = groups[gi];
    for (int k = 0; k < kAzimuths; ++k) g.sum.wall_per_af[k] += a_f * u.wall_per_af[k];
    g.sum.roof_per_af += a_f * u.roof_per_af;
    g.sum.floor_per_af += a_f * u.floor_per_af;
    g.sum.storey_m += a_f * u.storey_m;
    g.area_m2 += a_f;
    g.members.push_back(i);
  }
  out.simulated_units = static_cast<std::uint32_t>(groups.size());

  // 2. Simulate each unit and scale to its members.
  const Weather sun = sun_tables(w);
  const std::vector<double> pv = pv_hourly_kwh_per_roof_m2(w, def.pv);
  double pv_kwh_per_m2 = 0;
  for (double v : pv) pv_kwh_per_m2 += v;
  if (def.hourly) {
    out.hourly_carrier_kwh.assign(hours, {});
    out.hourly_pv_kwh.assign(hours, 0.0);
  }
  constexpr int E = emissions::kCarrierCount;
  for (const Group& g : groups) {
    const UnitResult r = simulate_unit(g, w, sun, def);
    const Archetype& a = archetype_rows()[g.archetype];
    const auto dhw = hot_water_carriers(a.category), cook = cooking_carriers(a.category);
    const double eer = cooling_eer(a.category);
    std::array<double, E> heat_area_over_eff{};  // Σ A_f / η by carrier (not heat pumps)
    double hp_area = 0;
    for (std::uint32_t i : g.members) {
      const double a_f = out.floor_area_m2[i];
      EndUseCarrierKwh& d = out.delivered_kwh[i];
      const HeatingSystem sys = b.heating_system[i];
      if (sys != HeatingSystem::None) {
        out.heating_need_kwh[i] = r.heat_need_kwh * a_f;
        const K c = heating_carrier(sys, b.heating_fuel[i]);
        if (sys == HeatingSystem::HeatPump) {
          d[0][static_cast<int>(c)] += r.heat_hp_kwh * a_f;
          hp_area += a_f;
        } else {
          const double eff = heating_efficiency(sys, b.heating_fuel[i], 0.0);
          d[0][static_cast<int>(c)] += r.heat_need_kwh * a_f / eff;
          heat_area_over_eff[static_cast<int>(c)] += a_f / eff;
        }
      }
      out.cooling_need_kwh[i] = r.cool_need_kwh * a_f;
      d[static_cast<int>(EndUse::Cooling)][static_cast<int>(K::Electricity)] += r.cool_need_kwh * a_f / eer;
      for (int c = 0; c < E; ++c) {
        d[static_cast<int>(EndUse::HotWater)][c] += a.hot_water_kwh_m2a * a_f * dhw[c];
        d[static_cast<int>(EndUse::Cooking)][c] += a.cooking_kwh_m2a * a_f * cook[c];
      }
      d[static_cast<int>(EndUse::Lighting)][static_cast<int>(K::Electricity)] += r.lighting_kwh * a_f;
      d[static_cast<int>(EndUse::Appliances)][static_cast<int>(K::Electricity)] += r.appliances_kwh * a_f;
      out.pv_kwh[i] = pv_kwh_per_m2 * building_footprint_area_m2(b, i);
    }
    if (!def.hourly) continue;
    const double area = g.area_m2, roof_area = g.sum.roof_per_af;  // Σ A_f × A_fp/A_f = Σ footprints
    for (std::uint32_t h = 0; h < hours; ++h) {
      auto& row = out.hourly_carrier_kwh[h];
      const double q = r.heat_w[h] / 1000.0;
      for (int c = 0; c < E; ++c) {
        row[c] += q * heat_area_over_eff[c] + r.dhw_share[h] * a.hot_water_kwh_m2a * area * dhw[c] +
                  a.cooking_kwh_m2a / hours * area * cook[c];
      }
      const double cop = heating_efficiency(HeatingSystem::HeatPump, Fuel::Electricity, w.dry_bulb_c[h]);
      row[static_cast<int>(K::Electricity)] +=
          q / cop * hp_area + (r.cool_w[h] / eer + r.light_w[h] + r.appl_w[h]) / 1000.0 * area;
      out.hourly_pv_kwh[h] += pv[h] * roof_area;
    }
  }
  return out;
}

}  // namespace twin::buildings
