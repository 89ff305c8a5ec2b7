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

// Block mixes per superblock kind (approximate shares of blocks, chosen so the city's floor area
// splits between housing and public buildings roughly as the national stock does; see
// assets/city/README.md).
BlockKind block_kind(Superblock kind, Rng& rng) {
  switch (kind) {
    case Superblock::Cbd: {
      const Share s[] = {{0.50, BlockKind::CbdTowers}, {0.10, BlockKind::Commercial}, {0.20, BlockKind::Park},
                         {0.10, BlockKind::WalkUps},   {0.10, BlockKind::Compound}};
      return draw(s, rng);
    }
    case Superblock::OldTown: {
      const Share s[] = {{0.59, BlockKind::WalkUps}, {0.10, BlockKind::Compound}, {0.11, BlockKind::Commercial},
                         {0.09, BlockKind::School},  {0.03, BlockKind::Hospital}, {0.08, BlockKind::Park}};
      return draw(s, rng);
    }
    case Superblock::NewTown: {
      const Share s[] = {{0.56, BlockKind::Compound}, {0.11, BlockKind::School}, {0.17, BlockKind::Commercial},
                         {0.04, BlockKind::Hospital}, {0.12, BlockKind::Park}};
      return draw(s, rng);
    }
    case Superblock::Village: {
      const Share s[] = {{0.70, BlockKind::Village}, {0.06, BlockKind::School}, {0.24, BlockKind::Vacant}};
      return draw(s, rng);
    }
    case Superblock::Industrial: {
      const Share s[] = {{0.62, BlockKind::Industrial}, {0.30, BlockKind::Logistics}, {0.08, BlockKind::Vacant}};
      return draw(s, rng);
    }
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

// Road class of lattice line `line` at a point `along` it (used for set-backs only).
RoadClass line_class(const Lattice& L, const std::vector<Ring>& rings, int line, int along) {
  if (line % kStepsPerSuperblock != 0) {
    return line % kStepsPerSuperblock == 2 ? RoadClass::Collector : RoadClass::Local;
  }
  for (const Ring& r : rings) {
    const int lo = r.lo * kStepsPerSuperblock, hi = r.hi * kStepsPerSuperblock;
    if ((line == lo || line == hi) && along >= lo && along <= hi) return RoadClass::Expressway;
  }
  (void)L;
  return RoadClass::Arterial;
}

}  // namespace

std::vector<Superblock> plan_superblocks(const Lattice& L, const River& river, Rng& rng) {
  const int n = L.superblocks, c = n / 2;
  std::vector<Superblock> plan(static_cast<std::size_t>(n * n), Superblock::Farmland);
  std::vector<int> between_rings, periphery;
  for (int b = 0; b < n; ++b) {
    for (int a = 0; a < n; ++a) {
      const int ring = std::max(std::abs(a - c), std::abs(b - c));
      Superblock& s = plan[b * n + a];
      if (ring <= 1 && (a == c || b == c)) {
        s = Superblock::Cbd;
      } else if (ring <= 2) {
        s = Superblock::OldTown;
      } else if (ring <= 5) {
        s = Superblock::NewTown;  // between the rings, and one superblock beyond the outer ring
      }
      // The industrial park: the south-east corner outside the outer ring (downwind of the
      // prevailing northerly winter wind, and by the freight routes).
      if (a >= n - 3 && b <= 3) s = Superblock::Industrial;
      const bool dry = river.clear_of(L.superblock_rect(a, b), kRiversidePark_m + 5.0);
      if (s == Superblock::NewTown && ring >= 3) between_rings.push_back(b * n + a);
      if (s == Superblock::Farmland && ring == 6 && dry) periphery.push_back(b * n + a);
    }
  }
  // Urban villages: a couple swallowed by the new town, a few just outside the outer ring.
  for (int k : take_random(between_rings, 2, rng)) plan[k] = Superblock::Village;
  std::vector<int> dry_new_town;
  for (int k : between_rings) {
    if (plan[k] == Superblock::NewTown && river.clear_of(L.superblock_rect(k % n, k / n), kRiversidePark_m + 5.0)) {
      dry_new_town.push_back(k);
    }
  }
  for (int k : take_random(dry_new_town, 2, rng)) plan[k] = Superblock::CityPark;
  std::vector<int> villages = take_random(periphery, 3, rng);
  for (int k : villages) plan[k] = Superblock::Village;
  std::vector<int> outer;
  for (int k = 0; k < n * n; ++k) {
    if (plan[k] == Superblock::Farmland && river.clear_of(L.superblock_rect(k % n, k / n), kRiversidePark_m + 5.0)) {
      outer.push_back(k);
    }
  }
  for (int k : take_random(outer, 8, rng)) plan[k] = Superblock::CountryPark;
  return plan;
}

std::vector<PlannedBlock> plan_blocks(const Lattice& L, const std::vector<Superblock>& plan, Rng& rng) {
  const int n = L.superblocks;
  const std::vector<Ring> rings = expressway_rings(L);
  std::vector<PlannedBlock> blocks;
  double landmark_distance = 1e300;
  std::size_t landmark = 0;
  for (int b = 0; b < n; ++b) {
    for (int a = 0; a < n; ++a) {
      const Superblock kind = plan[b * n + a];
      // The new town is developed superblock by superblock (land is sold in whole parcels, and
      // schools and shops come with the housing), nearest the centre first, with some noise.
      const double scx = L.superblock_rect(a, b).cx_m(), scy = L.superblock_rect(a, b).cy_m();
      const double superblock_priority = std::sqrt(scx * scx + scy * scy) + rng.uniform(0.0, 2500.0);
      const StreetLevel level = street_level(kind);
      const int div = level == StreetLevel::Local ? 4 : (level == StreetLevel::ArterialOnly ? 1 : 2);
      const int step = kStepsPerSuperblock / div;
      for (int q = 0; q < div; ++q) {
        for (int p = 0; p < div; ++p) {
          const int i0 = a * kStepsPerSuperblock + p * step, i1 = i0 + step;
          const int j0 = b * kStepsPerSuperblock + q * step, j1 = j0 + step;
          PlannedBlock blk;
          blk.zone = static_cast<std::uint32_t>(b * n + a);
          const int mid_i = (i0 + i1) / 2, mid_j = (j0 + j1) / 2;
          blk.ctx.rect = {L.coord_m(i0) + building_setback_m(line_class(L, rings, i0, mid_j)),
                          L.coord_m(j0) + building_setback_m(line_class(L, rings, j0, mid_i)),
                          L.coord_m(i1) - building_setback_m(line_class(L, rings, i1, mid_j)),
                          L.coord_m(j1) - building_setback_m(line_class(L, rings, j1, mid_i))};
          const double cx = blk.ctx.rect.cx_m(), cy = blk.ctx.rect.cy_m();
          blk.ctx.centre_distance_m = std::sqrt(cx * cx + cy * cy);
          if (kind == Superblock::CityPark || kind == Superblock::CountryPark) {
            blk.kind = BlockKind::Park;
          } else {
            blk.kind = block_kind(kind, rng);
          }
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
