// Gridded emissions of the city (issue 11, item 1): tCO2/yr per cell and sector, with the per-cell
// emission-weighted release height, for the atmospheric transport (footprint/inversion) to act on.
// Method: downscaling of the inventory. Each sector's total (from the pathway's base year, so the grid
// and the inventory agree) is spread over the sector's sources in proportion to a source weight
// (a spatial proxy: a building's scope-1 fuel CO2, a road link's vehicle-km, a plant's own CO2, a zone's
// residents, a ground polygon's removal); a point goes to the cell holding it, a line to the cells it
// crosses by length, a polygon to the cells it overlaps by area. What falls outside the grid is
// reported per sector (outside_t), never dropped: Σ cells + outside = total for every sector.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "twin/city/city.hpp"
#include "twin/monitor/grid_geometry.hpp"

namespace twin::monitor {

// Columns of the grid. The first seven are twin::emissions::Sector in its order (direct, scope-1 CO2
// of each inventory sector; waste in tCO2e as the inventory keeps it; land use negative = sinks);
// energy_supply is the city's own power/heat plants' scope-1 CO2, which the inventory keeps as a memo
// (it reaches the users through the electricity factor) but which is a real source for the air.
enum class GridSector : std::uint8_t {
  Residential = 0,
  Commercial,
  Industry,
  Transport,
  IndustrialProcesses,
  Waste,
  LandUse,
  EnergySupply,
  Count
};
inline constexpr int kGridSectorCount = static_cast<int>(GridSector::Count);
const char* to_string(GridSector sector);  // snake_case: residential … land_use, energy_supply

using SectorValues = std::array<double, kGridSectorCount>;

struct PointSource {
  GridSector sector = GridSector::Residential;
  double x_m = 0.0, y_m = 0.0;
  double weight = 0.0;    // ≥ 0, relative within the sector
  double height_m = 0.0;  // release height above ground
  bool has_xy = true;     // false: a source known to exist but not on the map (its share → outside_t)
};
struct LineSource {  // spread by length along the straight segment a → b
  GridSector sector = GridSector::Transport;
  Vec2 a, b;
  double weight = 0.0;
  double height_m = 0.0;
};
struct AreaSource {  // spread by area over a simple polygon (either orientation)
  GridSector sector = GridSector::LandUse;
  std::vector<Vec2> polygon;
  double weight = 0.0;
  double height_m = 0.0;
};

struct EmissionSources {
  SectorValues total_t{};  // what each sector's sources carry together, tCO2/yr (LandUse ≤ 0)
  std::vector<PointSource> points;
  std::vector<LineSource> lines;
  std::vector<AreaSource> areas;
};

struct EmissionGrid {
  std::string error;  // non-empty: nothing else is set
  GridGeometry geometry;
  std::vector<SectorValues> cell_t;        // index j·nx + i, tCO2/yr
  std::vector<double> release_height_m;    // Σ h·e / Σ e over the emitting (> 0) sources in the cell; 0 if none
  SectorValues total_t{};                  // = sources.total_t
  SectorValues outside_t{};                // the part of each sector outside the grid
  int sources_outside = 0;                 // sources with any part outside the grid
  double cell_total_t(std::size_t cell) const;
};

inline constexpr double kMinCellM = 100.0, kMaxCellM = 1000.0;
// "" when 100 ≤ cell_m ≤ 1000, else the message ("cell size 50 m is outside 100–1000 m").
std::string validate_cell_size(double cell_m);

// The grid covering [min, max] with cells of cell_m, origin snapped down to a multiple of cell_m
// (so grids of one city at one size line up); at least one cell each way.
GridGeometry grid_over_extent(Vec2 min, Vec2 max, double cell_m);

// Spreads the sources (see the top). Errors: bad cell size or geometry, a negative/NaN weight or
// height, a non-finite coordinate, a sector with a non-zero total and zero total weight.
EmissionGrid build_emission_grid(const EmissionSources& sources, const GridGeometry& geometry);

// The bounding box of every source's geometry (for grid_over_extent); false when there are none.
bool sources_extent(const EmissionSources& sources, Vec2* min, Vec2* max);

}  // namespace twin::monitor
