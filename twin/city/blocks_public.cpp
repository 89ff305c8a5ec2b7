// Public and commercial typologies: CBD towers, commercial blocks, school and hospital campuses;
// plus the dispatcher and the helpers shared by all fillers.
#include <algorithm>
#include <cmath>

#include "twin/city/blocks.hpp"

namespace twin::citygen {

BuildingSpec make_spec(BuildingUse use, ResidentialType type, std::uint16_t floors, double floor_to_floor_m,
                       std::uint16_t year, Rng& rng) {
  return {use, type, floors, storey_height_m(floors, floor_to_floor_m), year, choose_heating(use, type, year, rng)};
}

double fitting_rotation(const Rect& cell, double w_m, double d_m, double wanted_t) {
  for (double t = wanted_t; std::abs(t) > 0.005; t *= 0.5) {
    double hx = 0.0, hy = 0.0;
    rotated_rect_half_extents(w_m, d_m, t, hx, hy);
    if (2.0 * hx < cell.width_m() && 2.0 * hy < cell.depth_m()) return t;
  }
  return 0.0;
}

namespace {

std::uint16_t year_between(Rng& rng, int lo, int hi) { return static_cast<std::uint16_t>(rng.integer(lo, hi)); }

// An office tower centred in the cell, square-ish, slightly rotated now and then.
void add_tower(const Rect& cell, BuildingUse use, double side_m, double depth_m, std::uint16_t floors,
               double floor_to_floor_m, Rng& rng, StockWriter& out) {
  const double w = std::min(side_m, cell.width_m() - 4.0);
  const double d = std::min(depth_m, cell.depth_m() - 4.0);
  if (w < 10.0 || d < 10.0) return;
  const double t = fitting_rotation(cell.inset(1.0), w, d, rng.chance(0.3) ? rng.uniform(-0.1, 0.1) : 0.0);
  const std::uint16_t year = year_between(rng, 2005, 2020);
  out.add(rotated_rect_polygon(cell.cx_m(), cell.cy_m(), w, d, t),
          make_spec(use, ResidentialType::Nonresidential, floors, floor_to_floor_m, year, rng));
}

// A mall: L- or U-shaped, filling most of its cell.
void add_mall(const Rect& cell, std::uint16_t floors, std::uint16_t year, Rng& rng, StockWriter& out) {
  const Rect box = cell.inset(6.0);
  if (box.width_m() < 40.0 || box.depth_m() < 40.0) return;
  const double bar = std::min(30.0, 0.4 * box.depth_m()), wing = std::min(30.0, 0.35 * box.width_m());
  const double u = rng.uniform();
  const std::vector<Vec2> shape = u < 0.35 ? rect_polygon(box)
                                  : u < 0.7 ? l_polygon(box, bar, wing, rng.chance(0.5))
                                            : u_polygon(box, bar, wing);
  out.add(shape, make_spec(BuildingUse::Retail, ResidentialType::Nonresidential, floors, 5.5, year, rng));
}

int grid_count(double length_m, double cell_m) { return std::max(1, static_cast<int>(length_m / cell_m)); }

}  // namespace

void fill_cbd(const BlockContext& ctx, Rng& rng, StockWriter& out) {
  const Rect r = ctx.rect.inset(4.0);
  // Towers get taller towards the centre: a planned CBD's skyline peaks at its core.
  const double closeness = std::max(0.0, 1.0 - ctx.centre_distance_m / 2200.0);
  const int n = grid_count(r.width_m(), 95.0), m = grid_count(r.depth_m(), 95.0);
  for (int q = 0; q < m; ++q) {
    for (int p = 0; p < n; ++p) {
      const Rect cell = cell_of_grid(r, n, m, p, q, 14.0);
      if (ctx.landmark && p == 0 && q == 0) {
        // The landmark: 95 floors × 4.2 m ≈ 400 m, like the supertalls of many Chinese CBDs.
        add_tower(cell, BuildingUse::Office, 58.0, 58.0, 95, 4.2, rng, out);
        continue;
      }
      const double u = rng.uniform();
      if (u < 0.55) {
        const auto floors = static_cast<std::uint16_t>(15.0 + std::floor(closeness * rng.uniform(10.0, 70.0) + 0.5));
        const double side = rng.uniform(36.0, 52.0);
        add_tower(cell, BuildingUse::Office, side, side * rng.uniform(0.8, 1.0), floors, 4.2, rng, out);
      } else if (u < 0.70) {
        const auto floors = static_cast<std::uint16_t>(rng.integer(18, 40));
        const double w = rng.uniform(45.0, 60.0);
        const double d = rng.uniform(18.0, 24.0);
        add_tower(cell, BuildingUse::Hotel, w, d, floors, 3.6, rng, out);
      } else if (u < 0.90) {
        const auto floors = static_cast<std::uint16_t>(rng.integer(4, 6));
        add_mall(cell, floors, year_between(rng, 2005, 2020), rng, out);
      }
      // else: a plaza
    }
  }
}

void fill_commercial(const BlockContext& ctx, Rng& rng, StockWriter& out) {
  const Rect r = ctx.rect.inset(5.0);
  const int n = grid_count(r.width_m(), 105.0), m = grid_count(r.depth_m(), 105.0);
  for (int q = 0; q < m; ++q) {
    for (int p = 0; p < n; ++p) {
      const Rect cell = cell_of_grid(r, n, m, p, q, 16.0);
      const double u = rng.uniform();
      if (u < 0.30) {
        const auto floors = static_cast<std::uint16_t>(rng.integer(3, 5));
        add_mall(cell, floors, year_between(rng, 2000, 2020), rng, out);
      } else if (u < 0.70) {
        const bool office = u < 0.58;
        const double w = rng.uniform(40.0, 55.0);
        const double d = office ? rng.uniform(20.0, 26.0) : rng.uniform(16.0, 22.0);
        const auto floors = static_cast<std::uint16_t>(office ? rng.integer(8, 24) : rng.integer(10, 24));
        add_tower(cell, office ? BuildingUse::Office : BuildingUse::Hotel, w, d, floors, office ? 3.9 : 3.5, rng, out);
      } else if (u < 0.85) {
        const Rect strip{cell.x0_m + 4.0, cell.cy_m() - 9.0, cell.x1_m - 4.0, cell.cy_m() + 9.0};
        const auto floors = static_cast<std::uint16_t>(rng.integer(1, 3));
        const std::uint16_t year = year_between(rng, 1995, 2020);
        out.add(rect_polygon(strip),
                make_spec(BuildingUse::Retail, ResidentialType::Nonresidential, floors, 4.5, year, rng));
      }
      // else: surface parking or a square
    }
  }
}

namespace {

// One school: a U-shaped teaching building in the north of its cell, a smaller block in the
// south-west, the sports ground in the rest.
void add_school_campus(const Rect& cell, Rng& rng, StockWriter& out) {
  const Rect c = cell.inset(6.0);
  if (c.width_m() < 60.0 || c.depth_m() < 70.0) return;
  const auto year = year_between(rng, 1985, 2020);
  const Rect teach{c.x0_m, c.y1_m - std::min(55.0, 0.45 * c.depth_m()), c.x0_m + std::min(95.0, c.width_m()), c.y1_m};
  const auto floors = static_cast<std::uint16_t>(rng.integer(4, 5));
  out.add(u_polygon(teach, 15.0, 14.0), make_spec(BuildingUse::School, ResidentialType::Nonresidential, floors, 3.9, year, rng));
  const Rect annex{c.x0_m, c.y0_m, c.x0_m + std::min(40.0, 0.4 * c.width_m()), c.y0_m + 18.0};
  out.add(rect_polygon(annex), make_spec(BuildingUse::School, ResidentialType::Nonresidential,
                                         static_cast<std::uint16_t>(rng.integer(3, 5)), 3.9, year, rng));
}

void add_hospital_campus(const Rect& cell, Rng& rng, StockWriter& out) {
  const Rect c = cell.inset(6.0);
  if (c.width_m() < 80.0 || c.depth_m() < 60.0) return;
  const auto year = year_between(rng, 1985, 2020);
  const double mid = c.cx_m();
  // In-patient tower on the west half, L-shaped out-patient and medical-technology block east.
  const Rect west{c.x0_m, c.y0_m, mid - 5.0, c.y1_m};
  add_tower(west, BuildingUse::Hospital, 45.0, 28.0, static_cast<std::uint16_t>(rng.integer(12, 22)), 4.2, rng, out);
  const Rect east{mid + 5.0, c.y0_m, std::min(c.x1_m, mid + 90.0), std::min(c.y1_m, c.y0_m + 75.0)};
  if (east.width_m() > 45.0 && east.depth_m() > 45.0) {
    const bool mirrored = rng.chance(0.5);
    const auto floors = static_cast<std::uint16_t>(rng.integer(4, 5));
    out.add(l_polygon(east, 20.0, 20.0, mirrored),
            make_spec(BuildingUse::Hospital, ResidentialType::Nonresidential, floors, 4.5, year, rng));
  }
}

// Large blocks (new-town 500 m blocks) are split into four quarters with an internal road.
int quarters(const Rect& r) { return r.width_m() > 300.0 && r.depth_m() > 300.0 ? 2 : 1; }

}  // namespace

void fill_school(const BlockContext& ctx, Rng& rng, StockWriter& out) {
  const int k = quarters(ctx.rect);
  for (int q = 0; q < k; ++q) {
    for (int p = 0; p < k; ++p) {
      const Rect cell = cell_of_grid(ctx.rect, k, k, p, q, 20.0);
      if (k == 1 || rng.chance(0.6)) {
        add_school_campus(cell, rng, out);
      } else {
        fill_commercial({cell, ctx.centre_distance_m, false}, rng, out);
      }
    }
  }
}

void fill_hospital(const BlockContext& ctx, Rng& rng, StockWriter& out) {
  const int k = quarters(ctx.rect);
  for (int q = 0; q < k; ++q) {
    for (int p = 0; p < k; ++p) {
      const Rect cell = cell_of_grid(ctx.rect, k, k, p, q, 20.0);
      if (p == 0 && q == 0) {
        add_hospital_campus(cell, rng, out);
      } else if (rng.chance(0.5)) {
        add_school_campus(cell, rng, out);
      } else {
        fill_commercial({cell, ctx.centre_distance_m, false}, rng, out);
      }
    }
  }
}

void fill_block(BlockKind kind, const BlockContext& ctx, Rng& rng, StockWriter& out) {
  if (!ctx.rect.valid()) return;
  switch (kind) {
    case BlockKind::Compound: fill_compound(ctx, rng, out); break;
    case BlockKind::WalkUps: fill_walkups(ctx, rng, out); break;
    case BlockKind::Village: fill_village(ctx, rng, out); break;
    case BlockKind::CbdTowers: fill_cbd(ctx, rng, out); break;
    case BlockKind::Commercial: fill_commercial(ctx, rng, out); break;
    case BlockKind::School: fill_school(ctx, rng, out); break;
    case BlockKind::Hospital: fill_hospital(ctx, rng, out); break;
    case BlockKind::Industrial: fill_industrial(ctx, rng, out); break;
    case BlockKind::Logistics: fill_logistics(ctx, rng, out); break;
    case BlockKind::University: fill_university(ctx, rng, out); break;
    case BlockKind::RuralVillage: fill_rural_village(ctx, rng, out); break;
    case BlockKind::Vacant:
    case BlockKind::Park: break;
  }
}

}  // namespace twin::citygen
