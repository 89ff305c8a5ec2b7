// city_emission_sources() and the release-height table (emission_sources.hpp).
#include "twin/monitor/emission_sources.hpp"

#include <cmath>

#include "twin/emissions/carrier.hpp"
#include "twin/emissions/factor_set.hpp"
#include "twin/industry/industry_model.hpp"
#include "twin/sinks/sink_areas.hpp"
#include "twin/sinks/sink_rates.hpp"

namespace twin::monitor {

namespace {

// = assets/monitor/release_heights.csv (key, height_m, source); the test compares them.
constexpr ReleaseHeightRow kRows[] = {
    {"steel", 80.0, "CarbonTwin assumption"},
    {"cement", 80.0, "CarbonTwin assumption"},
    {"chemicals", 60.0, "CarbonTwin assumption"},
    {"non_ferrous", 60.0, "CarbonTwin assumption"},
    {"other_manufacturing", 30.0, "CarbonTwin assumption"},
    {"data_centre", 15.0, "CarbonTwin assumption"},
    {"energy_supply", 120.0, "CarbonTwin assumption"},
};

double row_height(const char* key) {
  for (const ReleaseHeightRow& r : kRows)
    if (std::string(r.key) == key) return r.height_m;
  return 30.0;  // unreachable for the keys above
}

Vec2 footprint_centroid(const Buildings& b, std::uint32_t i) {
  const std::uint32_t begin = b.footprint_begin[i], end = b.footprint_begin[i + 1];
  double a2 = 0.0, cx = 0.0, cy = 0.0;
  for (std::uint32_t k = begin; k < end; ++k) {
    const Vec2& p = b.footprint_xy[k];
    const Vec2& q = b.footprint_xy[k + 1 < end ? k + 1 : begin];
    const double cross = p.x_m * q.y_m - q.x_m * p.y_m;
    a2 += cross;
    cx += (p.x_m + q.x_m) * cross;
    cy += (p.y_m + q.y_m) * cross;
  }
  if (a2 == 0.0) {  // degenerate footprint: the vertex mean
    double sx = 0.0, sy = 0.0;
    for (std::uint32_t k = begin; k < end; ++k) {
      sx += b.footprint_xy[k].x_m;
      sy += b.footprint_xy[k].y_m;
    }
    const double n = end > begin ? static_cast<double>(end - begin) : 1.0;
    return Vec2{sx / n, sy / n};
  }
  return Vec2{cx / (3.0 * a2), cy / (3.0 * a2)};
}

// Scope-1 fuel CO2 per m² of a segment, t/(m²·yr): the weight proxy of its buildings (useful space heat
// stands for its fuel, efficiencies do not change the spatial pattern much).
double segment_scope1_t_per_m2(const pathway::Segment& s, const emissions::FactorSet& f) {
  using emissions::Carrier;
  double kg = 0.0;
  for (int e = 0; e < pathway::kEndUseCount; ++e)
    for (int c = 0; c < emissions::kCarrierCount; ++c)
      if (emissions::scope_of(static_cast<Carrier>(c)) == emissions::Scope::Scope1)
        kg += s.final_kwh_per_m2[e][c] * f.of(static_cast<Carrier>(c)).kg_per_kwh;
  const Carrier heat = emissions::carrier_of(s.heating_fuel);
  if (emissions::scope_of(heat) == emissions::Scope::Scope1) kg += s.heating_useful_kwh_per_m2 * f.of(heat).kg_per_kwh;
  return kg / 1000.0;
}

// Scales the weights of sources [begin, end) of a vector so that they sum to `total` (tonnes), so that
// parts of one sector with different proxies (factory buildings and plants) keep their own totals.
template <typename Source>
void scale_to(std::vector<Source>& v, std::size_t begin, double total) {
  double sum = 0.0;
  for (std::size_t k = begin; k < v.size(); ++k) sum += v[k].weight;
  for (std::size_t k = begin; k < v.size(); ++k) v[k].weight = sum > 0.0 ? v[k].weight * (total / sum) : 0.0;
}

}  // namespace

double plant_stack_height_m(industry::Sector sector) { return row_height(industry::to_string(sector)); }
double energy_supply_stack_height_m() { return row_height("energy_supply"); }

std::vector<ReleaseHeightRow> release_height_rows() { return {std::begin(kRows), std::end(kRows)}; }

CitySources city_emission_sources(const CitySourceInputs& in) {
  CitySources out;
  if (in.city == nullptr || in.baseline == nullptr || in.year == nullptr) {
    out.error = "city, baseline and base year are required";
    return out;
  }
  const City& city = *in.city;
  const pathway::Baseline& base = *in.baseline;
  const pathway::PathwayYear& year = *in.year;
  using emissions::Scope;
  using emissions::Sector;
  EmissionSources& src = out.sources;
  for (int s = 0; s < emissions::kSectorCount; ++s) {
    src.total_t[s] = year.emissions.at(static_cast<Sector>(s), Scope::Scope1);
    out.scope2_excluded_t += year.emissions.at(static_cast<Sector>(s), Scope::Scope2);
  }
  src.total_t[static_cast<int>(GridSector::EnergySupply)] =
      year.local_supply.present ? year.local_supply.plants_scope1.co2_t : 0.0;

  // Buildings, by sector; factory buildings' share of industry is what the plants' combustion leaves.
  const emissions::FactorSet factors = emissions::factors_for_year(base.base_year, emissions::GridRegion::National);
  const std::vector<std::int32_t> segment = pathway::segment_of_buildings(city, base);
  std::vector<double> per_m2(base.segments.size());
  for (std::size_t k = 0; k < base.segments.size(); ++k) per_m2[k] = segment_scope1_t_per_m2(base.segments[k], factors);
  // (The base year has no CCUS capture; with one, the split below would charge it to the factory buildings.)
  const double plant_combustion_t = year.industry.combustion_t;
  const double industry_buildings_t =
      std::max(0.0, src.total_t[static_cast<int>(Sector::Industry)] - plant_combustion_t);
  for (const Sector s : {Sector::Residential, Sector::Commercial, Sector::Industry}) {
    const std::size_t first = src.points.size();
    for (std::uint32_t i = 0; i < city.buildings.size(); ++i) {
      const std::int32_t k = segment[i];
      if (k < 0 || base.segments[static_cast<std::size_t>(k)].sector != s) continue;
      const Vec2 c = footprint_centroid(city.buildings, i);
      src.points.push_back(PointSource{grid_sector(s), c.x_m, c.y_m,
                                       building_floor_area_m2(city.buildings, i) * per_m2[static_cast<std::size_t>(k)],
                                       city.buildings.height_m[i]});
    }
    scale_to(src.points, first, s == Sector::Industry ? industry_buildings_t : src.total_t[static_cast<int>(s)]);
  }

  // Plants: combustion (industry) and process CO2, each at the plant.
  const std::size_t plants_first = src.points.size();
  for (const industry::Plant& p : base.plants) {
    const industry::PlantYear py = industry::evaluate_plant(p, {}, {}, {});
    const double h = plant_stack_height_m(p.sector);
    src.points.push_back(PointSource{GridSector::Industry, p.x_m, p.y_m, py.account.combustion_t, h, p.has_xy});
    if (!p.has_xy) out.unplaced_plants.push_back(p.name);
  }
  scale_to(src.points, plants_first, src.total_t[static_cast<int>(Sector::Industry)] - industry_buildings_t);
  const std::size_t process_first = src.points.size();
  for (const industry::Plant& p : base.plants) {
    const industry::PlantYear py = industry::evaluate_plant(p, {}, {}, {});
    src.points.push_back(PointSource{GridSector::IndustrialProcesses, p.x_m, p.y_m, py.account.process_t,
                                     plant_stack_height_m(p.sector), p.has_xy});
  }
  scale_to(src.points, process_first, src.total_t[static_cast<int>(Sector::IndustrialProcesses)]);

  // Transport along the road links.
  const RoadNetwork& r = city.roads;
  const bool flows = in.link_flow_pcu_h != nullptr && in.link_flow_pcu_h->size() == r.link_from.size();
  for (std::size_t l = 0; l < r.link_from.size(); ++l) {
    const double vol = flows ? (*in.link_flow_pcu_h)[l] : r.link_capacity_vph[l];
    src.lines.push_back(LineSource{GridSector::Transport, r.node_xy[r.link_from[l]], r.node_xy[r.link_to[l]],
                                   r.link_length_m[l] * std::max(0.0, vol), kTrafficReleaseHeightM});
  }

  // Waste by residents over the zones' rectangles.
  const Zones& z = city.zones;
  for (std::size_t k = 0; k < z.population.size(); ++k) {
    const Vec2 a = z.min_corner[k], b = z.max_corner[k];
    if (!(z.population[k] > 0.0) || !(b.x_m > a.x_m) || !(b.y_m > a.y_m)) continue;
    src.areas.push_back(AreaSource{GridSector::Waste, {a, Vec2{b.x_m, a.y_m}, b, Vec2{a.x_m, b.y_m}}, z.population[k], 0.0});
  }

  // Sinks over the ground polygons that are sinks.
  const GroundAreas& g = city.ground;
  for (std::size_t k = 0; k + 1 < g.polygon_begin.size(); ++k) {
    sinks::SinkType type;
    if (!sinks::sink_of_cover(g.cover[k], &type)) continue;
    std::vector<Vec2> poly(g.polygon_xy.begin() + g.polygon_begin[k], g.polygon_xy.begin() + g.polygon_begin[k + 1]);
    const double area = std::fabs(polygon_signed_area_m2(poly.data(), static_cast<std::uint32_t>(poly.size())));
    if (!(area > 0.0)) continue;
    src.areas.push_back(AreaSource{GridSector::LandUse, std::move(poly), area * sink_rate(type).removal_t_co2_per_ha_yr, 0.0});
  }

  if (src.total_t[static_cast<int>(GridSector::EnergySupply)] != 0.0)
    src.points.push_back(PointSource{GridSector::EnergySupply, in.energy_supply_xy.x_m, in.energy_supply_xy.y_m, 1.0,
                                     energy_supply_stack_height_m()});
  return out;
}

}  // namespace twin::monitor
