// generate_city(): the default city, assembled from the generator's parts in a fixed order —
// land-use plan, river, roads, blocks (housing built to a floor-area budget), parks, access nodes,
// zones with population and jobs, metro. Each part draws from its own forked RNG stream.
#include "twin/city/default_city.hpp"

#include <algorithm>
#include <cstdlib>
#include <string>

#include "twin/city/building_systems.hpp"
#include "twin/city/ground_cover.hpp"
#include "twin/city/land_account.hpp"
#include "twin/city/land_use.hpp"
#include "twin/city/metro.hpp"
#include "twin/city/road_grid.hpp"

namespace twin {

CityGeneratorDef default_city_def() { return CityGeneratorDef{}; }

namespace {

using namespace citygen;

std::string city_name(const CityGeneratorDef& def) {
  if (def.name != nullptr && def.name[0] != '\0') return def.name;
  static const char* const kNames[] = {"清河新区", "临江新区", "安平新区", "永宁新区", "东原新区", "北辰新区"};
  std::uint64_t s = def.seed;
  return kNames[splitmix64(s) % 6];
}

// Nearest usable road node to each building's footprint centroid (vertex mean), searched on the
// 250 m lattice in growing square rings; ties go to the lower node index.
void assign_access_nodes(const Lattice& L, const RoadGrid& grid, const River& river, Buildings& b) {
  const int side = L.nodes_per_side();
  std::vector<char> usable(grid.network.node_count(), 1);
  for (std::uint32_t k = 0; k < grid.network.node_count(); ++k) {
    const Vec2 p = grid.network.node_xy[k];
    usable[k] = river.clear_of({p.x_m, p.y_m, p.x_m, p.y_m}, 5.0) ? 1 : 0;  // not on a bridge
  }
  for (std::uint32_t i = 0; i < b.size(); ++i) {
    double cx = 0.0, cy = 0.0;
    const std::uint32_t v0 = b.footprint_begin[i], v1 = b.footprint_begin[i + 1];
    for (std::uint32_t v = v0; v < v1; ++v) {
      cx += b.footprint_xy[v].x_m;
      cy += b.footprint_xy[v].y_m;
    }
    cx /= static_cast<double>(v1 - v0);
    cy /= static_cast<double>(v1 - v0);
    const int ci = std::clamp(static_cast<int>((cx - L.origin_m) / kLatticeStep_m + 0.5), 0, side - 1);
    const int cj = std::clamp(static_cast<int>((cy - L.origin_m) / kLatticeStep_m + 0.5), 0, side - 1);
    std::uint32_t best = 0;
    double best_d2 = 1e300;
    int found_at = -1;
    for (int r = 0; r < side && (found_at < 0 || r <= found_at + 2); ++r) {
      for (int j = cj - r; j <= cj + r; ++j) {
        for (int ii = ci - r; ii <= ci + r; ++ii) {
          if (j < 0 || ii < 0 || j >= side || ii >= side) continue;
          if (std::max(std::abs(j - cj), std::abs(ii - ci)) != r) continue;  // ring only
          const std::uint32_t node = grid.node_at[L.node_key(ii, j)];
          if (node == RoadGrid::kNoNode || !usable[node]) continue;
          const double dx = grid.network.node_xy[node].x_m - cx, dy = grid.network.node_xy[node].y_m - cy;
          const double d2 = dx * dx + dy * dy;
          if (d2 < best_d2 || (d2 == best_d2 && node < best)) {
            best_d2 = d2;
            best = node;
            if (found_at < 0) found_at = r;
          }
        }
      }
    }
    b.access_node[i] = best;
  }
}

void fill_zones(const Lattice& L, const CityGeneratorDef& def, City& city) {
  const int n = L.superblocks;
  Zones& z = city.zones;
  for (int b = 0; b < n; ++b) {
    for (int a = 0; a < n; ++a) {
      const Rect r = L.superblock_rect(a, b);
      z.centroid.push_back({r.cx_m(), r.cy_m()});
      z.min_corner.push_back({r.x0_m, r.y0_m});
      z.max_corner.push_back({r.x1_m, r.y1_m});
      z.population.push_back(0.0);
      z.jobs.push_back(0.0);
    }
  }
  // Residents in proportion to residential floor area (the whole city's housing at one average
  // floor area per person); jobs from non-residential floor area over the floor area per job.
  const Buildings& bs = city.buildings;
  double residential_m2 = 0.0;
  for (std::uint32_t i = 0; i < bs.size(); ++i) {
    if (bs.use[i] == BuildingUse::Residential) residential_m2 += building_floor_area_m2(bs, i);
  }
  for (std::uint32_t i = 0; i < bs.size(); ++i) {
    const double gfa = building_floor_area_m2(bs, i);
    if (bs.use[i] == BuildingUse::Residential) {
      if (residential_m2 > 0.0) z.population[bs.zone[i]] += def.target_population * (gfa / residential_m2);
    } else {
      z.jobs[bs.zone[i]] += gfa / floor_area_per_job_m2(bs.use[i]);
    }
  }
}

}  // namespace

City generate_city(const CityGeneratorDef& def) { return generate_city(def, nullptr); }

City generate_city(const CityGeneratorDef& def, ConstructionLand* land) {
  City city;
  city.name = city_name(def);
  city.synthetic = true;
  city.seed = def.seed;
  const Lattice L = make_lattice(def.extent_m);
  city.min_corner = {L.coord_m(0), L.coord_m(0)};
  city.max_corner = {L.coord_m(L.nodes_per_side() - 1), L.coord_m(L.nodes_per_side() - 1)};

  Rng root(def.seed);
  Rng river_rng = root.fork(1), plan_rng = root.fork(2), block_rng = root.fork(3);

  const River river = make_river(L, river_rng);
  std::vector<Superblock> plan = plan_superblocks(L, river, plan_rng);
  std::vector<PlannedBlock> blocks = plan_blocks(L, plan, river, plan_rng);

  // Housing budget: the city's residents at the census floor area per person. Established areas
  // (CBD, old town, villages, industry, campuses) are built first; new-town superblocks follow,
  // whole superblocks at a time, nearest the centre first, until the budget is met. The new town
  // not needed stays green belt: the built-up area grows only as far as its people need, so
  // construction land per person lands where GB 50137-2011 puts it (85.1–115 m² per person).
  const double housing_budget_m2 = def.target_population * def.residential_floor_area_per_person_m2;
  StockWriter writer(city.buildings, river);
  std::vector<std::uint32_t> optional;
  for (std::uint32_t k = 0; k < blocks.size(); ++k) {
    if (blocks[k].optional) {
      optional.push_back(k);
      continue;
    }
    writer.set_zone(blocks[k].zone);
    Rng rng = block_rng.fork(k);
    fill_block(blocks[k].kind, blocks[k].ctx, rng, writer);
  }
  std::stable_sort(optional.begin(), optional.end(),
                   [&](std::uint32_t x, std::uint32_t y) { return blocks[x].priority < blocks[y].priority; });
  // Blocks of one superblock share its priority and stay contiguous (stable sort, enumerated by
  // superblock), so the budget is checked only when a new superblock starts.
  bool building = true;
  std::uint32_t current_zone = 0xFFFFFFFFu;
  for (std::uint32_t k : optional) {
    if (blocks[k].zone != current_zone) {
      current_zone = blocks[k].zone;
      building = writer.residential_floor_area_m2() < housing_budget_m2;
      if (!building) plan[current_zone] = Superblock::GreenBelt;
    }
    if (!building) {
      blocks[k].kind = BlockKind::Vacant;
      continue;
    }
    writer.set_zone(blocks[k].zone);
    Rng rng = block_rng.fork(k);
    fill_block(blocks[k].kind, blocks[k].ctx, rng, writer);
  }

  // Streets follow the final plan: none across the green belt and the fields but the arterials.
  const RoadGrid grid = build_road_grid(L, plan, river);
  city.roads = grid.network;
  add_ground_covers(L, plan, blocks, river, city.ground);

  assign_access_nodes(L, grid, river, city.buildings);
  fill_zones(L, def, city);
  const ConstructionLand split = account_construction_land(L, plan, blocks, river, city.zones.construction_land_m2);
  if (land != nullptr) *land = split;
  city.transit_lines = make_metro_lines(L, def.metro_line_count);
  return city;
}

}  // namespace twin
