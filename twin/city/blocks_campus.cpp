// University campus (大学城): teaching buildings, laboratories, libraries and dormitories around
// sports grounds and lawns. All floor area is education (BuildingUse::School); dormitories count
// as education land in GB 50137-2011 (class A3) and house students, not resident households.
#include <algorithm>

#include "twin/city/blocks.hpp"

namespace twin::citygen {

void fill_university(const BlockContext& ctx, Rng& rng, StockWriter& out) {
  const Rect r = ctx.rect.inset(10.0);
  const int n = std::max(1, static_cast<int>(r.width_m() / 110.0));
  const int m = std::max(1, static_cast<int>(r.depth_m() / 110.0));
  const auto year = static_cast<std::uint16_t>(rng.integer(1998, 2015));  // the 1999 expansion
  for (int q = 0; q < m; ++q) {
    for (int p = 0; p < n; ++p) {
      const Rect cell = cell_of_grid(r, n, m, p, q, 24.0).inset(6.0);
      if (cell.width_m() < 60.0 || cell.depth_m() < 60.0) continue;
      const double u = rng.uniform();
      if (u < 0.30) {
        // Teaching building around a courtyard.
        const auto floors = static_cast<std::uint16_t>(rng.integer(4, 6));
        out.add(u_polygon(cell, 18.0, 18.0),
                make_spec(BuildingUse::School, ResidentialType::Nonresidential, floors, 4.2, year, rng));
      } else if (u < 0.60) {
        // Two dormitory slabs.
        const auto floors = static_cast<std::uint16_t>(rng.integer(6, 7));
        const double d = 14.0;
        const Rect south{cell.x0_m, cell.y0_m, cell.x1_m, cell.y0_m + d};
        const Rect north{cell.x0_m, cell.y1_m - d, cell.x1_m, cell.y1_m};
        out.add(rect_polygon(south), make_spec(BuildingUse::School, ResidentialType::Nonresidential, floors, 3.3, year, rng));
        out.add(rect_polygon(north), make_spec(BuildingUse::School, ResidentialType::Nonresidential, floors, 3.3, year, rng));
      } else if (u < 0.72) {
        // Laboratory or library block.
        const auto floors = static_cast<std::uint16_t>(rng.integer(4, 8));
        const Rect lab = cell.inset(12.0);
        out.add(rect_polygon(lab), make_spec(BuildingUse::School, ResidentialType::Nonresidential, floors, 4.5, year, rng));
      }
      // else: a sports ground or lawn
    }
  }
}

}  // namespace twin::citygen
