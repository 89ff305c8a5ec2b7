// Industrial park typologies: factory sheds with small office blocks, and logistics warehouses.
#include <algorithm>

#include "twin/city/blocks.hpp"

namespace twin::citygen {

void fill_industrial(const BlockContext& ctx, Rng& rng, StockWriter& out) {
  const Rect r = ctx.rect.inset(6.0);
  const int n = std::max(1, static_cast<int>(r.width_m() / 140.0));
  const int m = std::max(1, static_cast<int>(r.depth_m() / 140.0));
  for (int q = 0; q < m; ++q) {
    for (int p = 0; p < n; ++p) {
      const Rect cell = cell_of_grid(r, n, m, p, q, 20.0);
      if (rng.chance(0.08)) continue;  // yard, parking, a plot not yet sold
      const auto year = static_cast<std::uint16_t>(rng.integer(1995, 2020));
      Rect shed = cell.inset(rng.uniform(5.0, 15.0));
      if (rng.chance(0.3) && shed.depth_m() > 80.0) {
        // A 4–5 floor office and R&D block at the plot's front (north) edge.
        const Rect office{shed.x0_m, shed.y1_m - 16.0, shed.x0_m + std::min(45.0, shed.width_m()), shed.y1_m};
        out.add(rect_polygon(office), make_spec(BuildingUse::Office, ResidentialType::Nonresidential,
                                                static_cast<std::uint16_t>(rng.integer(4, 5)), 3.9, year, rng));
        shed.y1_m -= 28.0;
      }
      shed.y0_m += rng.uniform(0.0, 0.25 * shed.depth_m());  // loading yard
      if (!shed.valid() || shed.width_m() < 20.0 || shed.depth_m() < 20.0) continue;
      // Most sheds are single-storey with 8–14 m clear height; some are two-storey light industry.
      const bool two_storey = rng.chance(0.25);
      BuildingSpec spec = make_spec(BuildingUse::Industrial, ResidentialType::Nonresidential,
                                    two_storey ? 2 : 1, 6.0, year, rng);
      if (!two_storey) spec.height_m = rng.uniform(8.0, 14.0);
      out.add(rect_polygon(shed), spec);
    }
  }
}

void fill_logistics(const BlockContext& ctx, Rng& rng, StockWriter& out) {
  const Rect r = ctx.rect.inset(8.0);
  const int n = std::max(1, static_cast<int>(r.width_m() / 200.0));
  const int m = std::max(1, static_cast<int>(r.depth_m() / 110.0));
  for (int q = 0; q < m; ++q) {
    for (int p = 0; p < n; ++p) {
      const Rect cell = cell_of_grid(r, n, m, p, q, 30.0);  // truck courts between warehouses
      if (rng.chance(0.1)) continue;
      const Rect shed = cell.inset(rng.uniform(4.0, 12.0));
      if (shed.width_m() < 20.0 || shed.depth_m() < 20.0) continue;
      BuildingSpec spec = make_spec(BuildingUse::Warehouse, ResidentialType::Nonresidential, 1, 11.0,
                                    static_cast<std::uint16_t>(rng.integer(2005, 2020)), rng);
      spec.height_m = rng.uniform(10.0, 13.0);
      out.add(rect_polygon(shed), spec);
    }
  }
}

}  // namespace twin::citygen
