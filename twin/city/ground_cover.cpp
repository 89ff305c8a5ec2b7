#include "twin/city/ground_cover.hpp"

#include "twin/city/road_grid.hpp"

namespace twin::citygen {
namespace {

constexpr double kFieldGap_m = 8.0;      // farm tracks and ditches between fields
constexpr double kRuralInset_m = 10.0;   // fields stop short of the arterial verges
constexpr double kBankGap_m = kRiversidePark_m + 2.0;

void add(GroundAreas& g, const std::vector<Vec2>& polygon, GroundCover cover) {
  if (polygon.size() < 3) return;
  g.polygon_xy.insert(g.polygon_xy.end(), polygon.begin(), polygon.end());
  g.polygon_begin.push_back(static_cast<std::uint32_t>(g.polygon_xy.size()));
  g.cover.push_back(cover);
}

// A rectangle of ground beside the river: whole when dry, else the parts either side of the
// riverside parks, following the banks.
void add_beside_river(GroundAreas& g, const River& river, const Rect& r, GroundCover cover) {
  if (river.clear_of(r, kBankGap_m)) {
    add(g, rect_polygon(r), cover);
    return;
  }
  add(g, river.piece_beside(r, false, kBankGap_m, 20.0), cover);
  add(g, river.piece_beside(r, true, kBankGap_m, 20.0), cover);
}

// q less the corner of q that the notch covers (the notch overhangs that corner), CCW.
std::vector<Vec2> rect_minus_corner(const Rect& q, const Rect& notch) {
  const bool west = notch.cx_m() < q.cx_m(), south = notch.cy_m() < q.cy_m();
  const double nx = west ? notch.x1_m : notch.x0_m, ny = south ? notch.y1_m : notch.y0_m;
  if (west && south) return {{nx, q.y0_m}, {q.x1_m, q.y0_m}, {q.x1_m, q.y1_m}, {q.x0_m, q.y1_m}, {q.x0_m, ny}, {nx, ny}};
  if (!west && south) return {{q.x0_m, q.y0_m}, {nx, q.y0_m}, {nx, ny}, {q.x1_m, ny}, {q.x1_m, q.y1_m}, {q.x0_m, q.y1_m}};
  if (west && !south) return {{q.x0_m, q.y0_m}, {q.x1_m, q.y0_m}, {q.x1_m, q.y1_m}, {nx, q.y1_m}, {nx, ny}, {q.x0_m, ny}};
  return {{q.x0_m, q.y0_m}, {q.x1_m, q.y0_m}, {q.x1_m, ny}, {nx, ny}, {nx, q.y1_m}, {q.x0_m, q.y1_m}};
}

bool overlaps(const Rect& a, const Rect& b) {
  return a.x0_m < b.x1_m && b.x0_m < a.x1_m && a.y0_m < b.y1_m && b.y0_m < a.y1_m;
}

// Non-construction superblock: four fields (or one wood), around the village patch if any.
void add_rural(GroundAreas& g, const Lattice& L, const River& river, int a, int b, Superblock kind) {
  const Rect r = L.superblock_rect(a, b).inset(kRuralInset_m);
  if (kind == Superblock::Forest || kind == Superblock::GreenBelt) {
    add_beside_river(g, river, r, GroundCover::Forest);
    return;
  }
  const bool village = kind == Superblock::RuralVillage;
  const Rect notch = village ? rural_village_patch(L, a, b).inset(-15.0) : Rect{};
  for (int q = 0; q < 2; ++q) {
    for (int p = 0; p < 2; ++p) {
      const Rect field = cell_of_grid(r, 2, 2, p, q, kFieldGap_m);
      if (village && overlaps(field, notch)) {
        add(g, rect_minus_corner(field, notch), GroundCover::Farmland);  // villages sit on dry land
      } else {
        add_beside_river(g, river, field, GroundCover::Farmland);
      }
    }
  }
}

}  // namespace

void add_ground_covers(const Lattice& L, const std::vector<Superblock>& plan, const std::vector<PlannedBlock>& blocks,
                       const River& river, GroundAreas& g) {
  add(g, river.water_polygon(), GroundCover::Water);
  add(g, river.bank_park_polygon(kRiversidePark_m, false), GroundCover::Park);
  add(g, river.bank_park_polygon(kRiversidePark_m, true), GroundCover::Park);
  const int n = L.superblocks;
  for (int k = 0; k < n * n; ++k) {
    if (plan[k] == Superblock::CityPark) {
      const Rect r = L.superblock_rect(k % n, k / n).inset(building_setback_m(RoadClass::Expressway));
      add(g, rect_polygon(r), GroundCover::Park);
    } else if (!is_construction_land(plan[k])) {
      add_rural(g, L, river, k % n, k / n, plan[k]);
    }
  }
  for (const PlannedBlock& blk : blocks) {
    if (blk.kind != BlockKind::Park || plan[blk.zone] == Superblock::CityPark) continue;
    if (!is_construction_land(plan[blk.zone])) continue;
    add_beside_river(g, river, blk.ctx.rect, GroundCover::Park);
  }
}

}  // namespace twin::citygen
