// Housing typologies: gated high-rise compounds, walk-up slab estates and urban villages.
#include <algorithm>
#include <cmath>

#include "twin/city/blocks.hpp"

namespace twin::citygen {
namespace {

// Rows of identical slots: how many fit in `length` with `item` wide items and `gap` between.
int fit_count(double length_m, double item_m, double gap_m) {
  if (length_m < item_m) return 0;
  return 1 + static_cast<int>(std::floor((length_m - item_m) / (item_m + gap_m)));
}

std::uint16_t clamp_floors(int floors, int lo, int hi) {
  return static_cast<std::uint16_t>(std::clamp(floors, lo, hi));
}

// A retail strip (底商) along the south edge of a compound: 2–3 floor shops in segments.
double add_retail_strip(const Rect& r, std::uint16_t year, Rng& rng, StockWriter& out) {
  const double depth = 14.0;
  double x = r.x0_m;
  while (true) {
    const double len = rng.uniform(45.0, 80.0);
    if (x + len > r.x1_m) break;
    const std::uint16_t floors = static_cast<std::uint16_t>(rng.integer(2, 3));
    out.add(rect_polygon({x, r.y0_m, x + len, r.y0_m + depth}),
            make_spec(BuildingUse::Retail, ResidentialType::Nonresidential, floors, 4.5, year, rng));
    x += len + rng.uniform(8.0, 14.0);
  }
  return depth;
}

}  // namespace

void fill_compound(const BlockContext& ctx, Rng& rng, StockWriter& out) {
  Rect r = ctx.rect.inset(8.0);  // compound wall and perimeter green
  if (r.width_m() < 60.0 || r.depth_m() < 60.0) return;
  const auto year = static_cast<std::uint16_t>(rng.integer(2000, 2020));
  const Heating heating = choose_heating(BuildingUse::Residential, ResidentialType::HighRiseTower, year, rng);
  const int base_floors = static_cast<int>(rng.integer(18, 33));
  const bool point_towers = rng.chance(0.35);
  const double w = point_towers ? rng.uniform(24.0, 30.0) : rng.uniform(40.0, 60.0);
  const double d = point_towers ? rng.uniform(20.0, 25.0) : rng.uniform(14.0, 17.0);
  const double gap_x = rng.uniform(18.0, 28.0);

  if (r.depth_m() > 150.0 && rng.chance(0.6)) r.y0_m += add_retail_strip(r, year, rng, out) + 20.0;

  // Rows face south; the gap between rows grows with height (sunlight spacing, 日照间距), though
  // high-rise rows in practice sit closer than the walk-up rule of ~1.3 H. About 1.1 H, with one
  // slot in four left as lawn, gives net plot ratios of about 1.6–2.2 on the parcel: the middle of
  // the 1.5–3 of compounds built since 2000 (GB 50180-2018 Table 4.0.2 caps high-rise sites at
  // about 2.8–3.1), with the green space (绿地率 ≥ 30 %) a compound must have inside.
  const int max_floors = std::min(33, base_floors + 2);
  const double spacing = std::max(35.0, 1.1 * storey_height_m(static_cast<std::uint16_t>(max_floors), 2.95));
  const int rows = fit_count(r.depth_m(), d, spacing);
  const int cols = fit_count(r.width_m(), w, gap_x);
  if (rows < 1 || cols < 1) return;
  const double y_start = r.y0_m + 0.5 * (r.depth_m() - (rows * (d + spacing) - spacing));
  const double x_start = r.x0_m + 0.5 * (r.width_m() - (cols * (w + gap_x) - gap_x));
  const double wanted_t = rng.chance(0.3) ? rng.uniform(-0.08, 0.08) : 0.0;

  for (int row = 0; row < rows; ++row) {
    for (int col = 0; col < cols; ++col) {
      // The cell extends half the gap around the slot, so neighbouring cells stay disjoint.
      const double sx = x_start + col * (w + gap_x), sy = y_start + row * (d + spacing);
      const Rect cell{sx - 0.5 * gap_x + 1.0, sy - 0.5 * spacing + 1.0, sx + w + 0.5 * gap_x - 1.0,
                      sy + d + 0.5 * spacing - 1.0};
      if (rng.chance(0.25)) {
        // An empty slot is green space, or the compound's kindergarten (幼儿园 — required by
        // the residential planning standard GB 50180-2018 for a neighbourhood of this size).
        if (rng.chance(0.25)) {
          out.add(rect_polygon({sx, sy, sx + std::min(w, 40.0), sy + std::min(d + 8.0, 0.5 * spacing + d)}),
                  make_spec(BuildingUse::School, ResidentialType::Nonresidential, 3, 3.6, year, rng));
        }
        continue;
      }
      const auto floors = clamp_floors(base_floors + static_cast<int>(rng.integer(-2, 2)), 18, 33);
      BuildingSpec spec{BuildingUse::Residential, ResidentialType::HighRiseTower, floors,
                        storey_height_m(floors, 2.95), year, heating};
      const double t = fitting_rotation(cell, w, d, wanted_t);
      out.add(rotated_rect_polygon(sx + 0.5 * w, sy + 0.5 * d, w, d, t), spec);
    }
  }
}

void fill_walkups(const BlockContext& ctx, Rng& rng, StockWriter& out) {
  const Rect r = ctx.rect.inset(5.0);
  const auto year = static_cast<std::uint16_t>(rng.integer(1980, 2000));
  const Heating heating = choose_heating(BuildingUse::Residential, ResidentialType::WalkUp, year, rng);
  const double w = rng.uniform(45.0, 70.0), d = rng.uniform(10.0, 13.0);
  const double gap_x = rng.uniform(8.0, 14.0);  // gable spacing ≥ 6 m (GB 50016 fire separation)
  // Sunlight spacing ≈ 1.3 × height for six floors (日照间距系数, central China).
  const double spacing = std::max(18.0, 1.3 * storey_height_m(6, 2.9));
  const int rows = fit_count(r.depth_m(), d, spacing);
  const int cols = fit_count(r.width_m(), w, gap_x);
  const double y_start = r.y0_m + 0.5 * (r.depth_m() - (rows * (d + spacing) - spacing));
  const double x_start = r.x0_m + 0.5 * (r.width_m() - (cols * (w + gap_x) - gap_x));
  for (int row = 0; row < rows; ++row) {
    for (int col = 0; col < cols; ++col) {
      if (rng.chance(0.08)) continue;
      const double sx = x_start + col * (w + gap_x), sy = y_start + row * (d + spacing);
      const double u = rng.uniform();
      const auto floors = static_cast<std::uint16_t>(u < 0.15 ? 5 : (u < 0.85 ? 6 : 7));
      const auto y = static_cast<std::uint16_t>(std::clamp<int>(year + static_cast<int>(rng.integer(-2, 2)), 1978, 2003));
      out.add(rect_polygon({sx, sy, sx + w, sy + d}),
              {BuildingUse::Residential, ResidentialType::WalkUp, floors, storey_height_m(floors, 2.9), y, heating});
    }
  }
}

void fill_village(const BlockContext& ctx, Rng& rng, StockWriter& out) {
  // Self-built houses on small plots (宅基地), 1.5–3 m alleys (the "handshake buildings",
  // 握手楼), a wider lane every few plots.
  const Rect r = ctx.rect.inset(4.0);
  double y = r.y0_m;
  for (int row = 1;; ++row) {
    const double depth = rng.uniform(9.0, 14.0);
    if (y + depth > r.y1_m) break;
    double x = r.x0_m;
    for (int col = 1;; ++col) {
      const double width = rng.uniform(7.0, 12.0);
      if (x + width > r.x1_m) break;
      if (!rng.chance(0.06)) {
        const double u = rng.uniform();
        const auto floors = static_cast<std::uint16_t>(u < 0.2 ? 3 : (u < 0.55 ? 4 : (u < 0.85 ? 5 : 6)));
        const auto year = static_cast<std::uint16_t>(rng.integer(1990, 2015));
        const bool shop = rng.chance(0.05);
        out.add(rect_polygon({x, y, x + width, y + depth}),
                make_spec(shop ? BuildingUse::Retail : BuildingUse::Residential,
                          shop ? ResidentialType::Nonresidential : ResidentialType::UrbanVillage, floors, 3.0,
                          year, rng));
      }
      x += width + (col % 6 == 0 ? rng.uniform(4.0, 6.0) : rng.uniform(1.5, 2.5));
    }
    y += depth + (row % 4 == 0 ? rng.uniform(5.0, 7.0) : rng.uniform(2.0, 3.0));
  }
}

}  // namespace twin::citygen

namespace twin::citygen {

void fill_rural_village(const BlockContext& ctx, Rng& rng, StockWriter& out) {
  // A north-China village: courtyard houses (宅基地 of ~10 × 20 m) in east–west rows facing
  // south, drawn as terraced rows (one building per row segment between lanes) so the browser
  // draws a few dozen buildings per village rather than hundreds.
  const Rect r = ctx.rect.inset(5.0);
  const auto year0 = static_cast<std::uint16_t>(rng.integer(1985, 2005));
  double y = r.y0_m;
  while (true) {
    const double depth = rng.uniform(10.0, 12.0);
    if (y + depth > r.y1_m) break;
    double x = r.x0_m;
    while (true) {
      const double len = rng.uniform(35.0, 60.0);
      if (x + len > r.x1_m) break;
      if (!rng.chance(0.1)) {
        const auto floors = static_cast<std::uint16_t>(rng.chance(0.7) ? 2 : 3);
        const auto year = static_cast<std::uint16_t>(year0 + rng.integer(0, 13));
        out.add(rect_polygon({x, y, x + len, y + depth}),
                make_spec(BuildingUse::Residential, ResidentialType::RuralHouse, floors, 3.2, year, rng));
      }
      x += len + rng.uniform(5.0, 7.0);  // a lane between row segments
    }
    y += depth + rng.uniform(10.0, 14.0);  // the courtyards of the next row
  }
}

}  // namespace twin::citygen
