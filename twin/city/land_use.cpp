#include "twin/city/land_use.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "twin/city/road_grid.hpp"

namespace twin::citygen {
namespace {

struct Share {
  double weight;
  BlockKind kind;
};

template <int N>
BlockKind draw(const Share (&shares)[N], Rng& rng) {
  double total = 0.0;
  for (const Share& s : shares) total += s.weight;
  double u = rng.uniform() * total;
  for (const Share& s : shares) {
    if (u < s.weight) return s.kind;
    u -= s.weight;
  }
  return shares[N - 1].kind;
}

// Block mixes per superblock kind (approximate shares of blocks), chosen so that the construction
// land splits as GB 50137-2011 Table 4.3.5 asks (residential 25–40 %, public services 5–8 %,
// industry 15–30 %, green 10–15 %) and the floor area between housing and public buildings roughly
// as the national stock does; see assets/city/README.md.
BlockKind block_kind(Superblock kind, Rng& rng) {
  switch (kind) {
    case Superblock::Cbd: {
      const Share s[] = {{0.50, BlockKind::CbdTowers}, {0.10, BlockKind::Commercial}, {0.20, BlockKind::Park},
                         {0.10, BlockKind::WalkUps},   {0.10, BlockKind::Compound}};
      return draw(s, rng);
    }
    case Superblock::OldTown: {
      const Share s[] = {{0.62, BlockKind::WalkUps}, {0.10, BlockKind::Compound}, {0.11, BlockKind::Commercial},
                         {0.07, BlockKind::School},  {0.03, BlockKind::Hospital}, {0.07, BlockKind::Park}};
      return draw(s, rng);
    }
    case Superblock::NewTown: {
      const Share s[] = {{0.42, BlockKind::Compound}, {0.20, BlockKind::WalkUps},  {0.07, BlockKind::School},
                         {0.13, BlockKind::Commercial}, {0.03, BlockKind::Hospital}, {0.15, BlockKind::Park}};
      return draw(s, rng);
    }
    case Superblock::Village: {
      const Share s[] = {{0.80, BlockKind::Village}, {0.08, BlockKind::School}, {0.12, BlockKind::Park}};
      return draw(s, rng);
    }
    case Superblock::Industrial: {
      // Protective green (防护绿地, GB 50137 class G2) between the sheds and the city.
      const Share s[] = {{0.80, BlockKind::Industrial}, {0.10, BlockKind::Logistics}, {0.10, BlockKind::Park}};
      return draw(s, rng);
    }
    case Superblock::Logistics: {
      const Share s[] = {{0.75, BlockKind::Logistics}, {0.15, BlockKind::Industrial}, {0.10, BlockKind::Park}};
      return draw(s, rng);
    }
    case Superblock::University: {
      const Share s[] = {{0.85, BlockKind::University}, {0.15, BlockKind::Park}};
      return draw(s, rng);
    }
    case Superblock::CityPark: return BlockKind::Park;
    default: return BlockKind::Vacant;
  }
}

// Takes `count` random entries out of `candidates` (deterministic: index drawn from our RNG).
std::vector<int> take_random(std::vector<int> candidates, int count, Rng& rng) {
  std::vector<int> taken;
  while (count-- > 0 && !candidates.empty()) {
    const auto k = static_cast<std::size_t>(rng.integer(0, static_cast<std::int64_t>(candidates.size()) - 1));
    taken.push_back(candidates[k]);
    candidates.erase(candidates.begin() + static_cast<std::ptrdiff_t>(k));
  }
  return taken;
}

// Road class of lattice line `line` at lattice step `along` (for set-backs and red lines only).
RoadClass line_class(const Lattice& L, const std::vector<Ring>& rings, const std::vector<Radial>& radials,
                     int line, int along, bool vertical) {
  if (line % kStepsPerSuperblock != 0) {
    return line % kStepsPerSuperblock == 2 ? RoadClass::Collector : RoadClass::Local;
  }
  for (const Ring& r : rings) {
    const int lo = r.lo * kStepsPerSuperblock, hi = r.hi * kStepsPerSuperblock;
    if ((line == lo || line == hi) && along >= lo && along <= hi) return RoadClass::Expressway;
  }
  for (const Radial& r : radials) {
    if (r.vertical == vertical && line == r.line * kStepsPerSuperblock && along >= r.from * kStepsPerSuperblock &&
        along <= r.to * kStepsPerSuperblock) {
      return RoadClass::Expressway;
    }
  }
  (void)L;
  return RoadClass::Arterial;
}

bool dry(const Lattice& L, const River& river, int k) {
  return river.clear_of(L.superblock_rect(k % L.superblocks, k / L.superblocks), kRiversidePark_m + 5.0);
}

}  // namespace

int superblock_ring(const Lattice& L, int a, int b) {
  const int c = L.superblocks / 2;
  return std::max(std::abs(a - c), std::abs(b - c));
}

Rect rural_village_patch(const Lattice& L, int a, int b) {
  // The corner where a kept vertical and a kept horizontal arterial meet (every rural superblock
  // touches one of each, see rural_arterial_line), so the houses are within ~250 m of a road node.
  const Rect r = L.superblock_rect(a, b);
  const bool west = rural_arterial_line(L, a), south = rural_arterial_line(L, b);
  const double w = 300.0, d = 240.0, s = building_setback_m(RoadClass::Arterial);
  const double x0 = west ? r.x0_m + s : r.x1_m - s - w;
  const double y0 = south ? r.y0_m + s : r.y1_m - s - d;
  return {x0, y0, x0 + w, y0 + d};
}

std::vector<Superblock> plan_superblocks(const Lattice& L, const River& river, Rng& rng) {
  const int n = L.superblocks, c = n / 2;
  std::vector<Superblock> plan(static_cast<std::size_t>(n * n), Superblock::Farmland);
  std::vector<int> new_town, rural;
  for (int b = 0; b < n; ++b) {
    for (int a = 0; a < n; ++a) {
      const int ring = superblock_ring(L, a, b);
      Superblock& s = plan[b * n + a];
      if (ring <= 1 && (a == c || b == c)) {
        s = Superblock::Cbd;
      } else if (ring <= 2) {
        s = Superblock::OldTown;
      } else if (ring <= 5) {
        s = Superblock::NewTown;  // between the rings and one superblock beyond the outer ring
      }
      // The industrial park: the south-east, reaching inside the outer ring (downwind of the
      // prevailing northerly winter wind, and by the freight routes); a logistics park at the
      // western expressway exit; a university town in the north-west, beyond the river.
      if (a >= n - 6 && b <= 4 && ring >= 3) s = Superblock::Industrial;
      if ((a == 1 || a == 2) && (b == c - 1 || b == c)) s = Superblock::Logistics;
      if ((a == 3 || a == 4) && b == n - 3 && ring >= 3) s = Superblock::University;
      if (s == Superblock::NewTown && ring >= 3 && ring <= 4) new_town.push_back(b * n + a);
      if (s == Superblock::Farmland && ring >= 6 && dry(L, river, b * n + a)) rural.push_back(b * n + a);
    }
  }
  // Urban villages swallowed by the new town, and city parks on dry new-town land.
  for (int k : take_random(new_town, 2, rng)) plan[k] = Superblock::Village;
  std::vector<int> dry_new_town;
  for (int k : new_town) {
    if (plan[k] == Superblock::NewTown && dry(L, river, k)) dry_new_town.push_back(k);
  }
  for (int k : take_random(dry_new_town, 3, rng)) plan[k] = Superblock::CityPark;
  // Outside: forest patches and a few rural villages on the farmland.
  for (int k : take_random(rural, 12, rng)) plan[k] = Superblock::Forest;
  std::vector<int> rest;
  for (int k : rural) {
    if (plan[k] == Superblock::Farmland) rest.push_back(k);
  }
  for (int k : take_random(rest, 6, rng)) plan[k] = Superblock::RuralVillage;
  return plan;
}

std::vector<PlannedBlock> plan_blocks(const Lattice& L, const std::vector<Superblock>& plan, const River& river,
                                      Rng& rng) {
  const int n = L.superblocks;
  const std::vector<Ring> rings = expressway_rings(L);
  const std::vector<Radial> radials = expressway_radials(L);
  std::vector<PlannedBlock> blocks;
  double landmark_distance = 1e300;
  std::size_t landmark = 0;
  for (int b = 0; b < n; ++b) {
    for (int a = 0; a < n; ++a) {
      const Superblock kind = plan[b * n + a];
      // The new town is developed superblock by superblock (land is sold in whole parcels, and
      // schools and shops come with the housing), nearest the centre first, with some noise.
      const double scx = L.superblock_rect(a, b).cx_m(), scy = L.superblock_rect(a, b).cy_m();
      const double superblock_priority = std::sqrt(scx * scx + scy * scy) + rng.uniform(0.0, 1000.0);
      if (kind == Superblock::RuralVillage) {
        PlannedBlock blk;
        blk.zone = static_cast<std::uint32_t>(b * n + a);
        blk.ctx.rect = blk.parcel = rural_village_patch(L, a, b);
        blk.kind = BlockKind::RuralVillage;
        blocks.push_back(blk);
        continue;
      }
      if (!is_construction_land(kind)) continue;
      const StreetLevel level = street_level(kind);
      const int div = level == StreetLevel::Local ? 4 : (level == StreetLevel::ArterialOnly ? 1 : 2);
      const int step = kStepsPerSuperblock / div;
      for (int q = 0; q < div; ++q) {
        for (int p = 0; p < div; ++p) {
          const int i0 = a * kStepsPerSuperblock + p * step, i1 = i0 + step;
          const int j0 = b * kStepsPerSuperblock + q * step, j1 = j0 + step;
          const int mid_i = (i0 + i1) / 2, mid_j = (j0 + j1) / 2;
          const RoadClass west = line_class(L, rings, radials, i0, mid_j, true);
          const RoadClass east = line_class(L, rings, radials, i1, mid_j, true);
          const RoadClass south = line_class(L, rings, radials, j0, mid_i, false);
          const RoadClass north = line_class(L, rings, radials, j1, mid_i, false);
          PlannedBlock blk;
          blk.zone = static_cast<std::uint32_t>(b * n + a);
          blk.ctx.rect = {L.coord_m(i0) + building_setback_m(west), L.coord_m(j0) + building_setback_m(south),
                          L.coord_m(i1) - building_setback_m(east), L.coord_m(j1) - building_setback_m(north)};
          blk.parcel = {L.coord_m(i0) + red_line_half_width_m(west), L.coord_m(j0) + red_line_half_width_m(south),
                        L.coord_m(i1) - red_line_half_width_m(east), L.coord_m(j1) - red_line_half_width_m(north)};
          const double cx = blk.ctx.rect.cx_m(), cy = blk.ctx.rect.cy_m();
          blk.ctx.centre_distance_m = std::sqrt(cx * cx + cy * cy);
          blk.kind = block_kind(kind, rng);
          blk.riverfront = !river.clear_of(blk.ctx.rect, kBuildingWaterClearance_m);
          if (blk.riverfront) blk.kind = BlockKind::Park;
          blk.optional = kind == Superblock::NewTown;
          blk.priority = superblock_priority;
          if (blk.kind == BlockKind::CbdTowers && blk.ctx.centre_distance_m < landmark_distance) {
            landmark_distance = blk.ctx.centre_distance_m;
            landmark = blocks.size();
          }
          blocks.push_back(blk);
        }
      }
    }
  }
  if (landmark_distance < 1e300) blocks[landmark].ctx.landmark = true;
  return blocks;
}

}  // namespace twin::citygen
