#include "twin/city/land_account.hpp"

namespace twin::citygen {
namespace {

double* class_of(BlockKind kind, ConstructionLand& land) {
  switch (kind) {
    case BlockKind::Compound:
    case BlockKind::WalkUps:
    case BlockKind::Village: return &land.residential_m2;
    case BlockKind::School:
    case BlockKind::Hospital:
    case BlockKind::University: return &land.public_services_m2;
    case BlockKind::CbdTowers:
    case BlockKind::Commercial: return &land.commercial_m2;
    case BlockKind::Industrial: return &land.industrial_m2;
    case BlockKind::Logistics: return &land.logistics_m2;
    case BlockKind::Park: return &land.green_m2;
    default: return &land.other_m2;
  }
}

double area_m2(const Rect& r) { return r.valid() ? r.width_m() * r.depth_m() : 0.0; }

}  // namespace

ConstructionLand account_construction_land(const Lattice& L, const std::vector<Superblock>& plan,
                                           const std::vector<PlannedBlock>& blocks, const River& river,
                                           std::vector<double>& zone_land_m2) {
  // Water is non-construction land (GB 50137 class E1) even inside the built-up area.
  ConstructionLand land;
  const int n = L.superblocks;
  zone_land_m2.assign(plan.size(), 0.0);
  for (int k = 0; k < n * n; ++k) {
    if (!is_construction_land(plan[k])) continue;
    const Rect box = L.superblock_rect(k % n, k / n);
    zone_land_m2[k] = area_m2(box) - river.water_area_in(box);
    land.total_m2 += zone_land_m2[k];
  }
  double parcels = 0.0;
  for (const PlannedBlock& b : blocks) {
    if (!is_construction_land(plan[b.zone])) continue;
    const double a = area_m2(b.parcel) - river.water_area_in(b.parcel);
    *class_of(b.kind, land) += a;
    parcels += a;
  }
  land.roads_m2 = land.total_m2 - parcels;
  return land;
}

}  // namespace twin::citygen
