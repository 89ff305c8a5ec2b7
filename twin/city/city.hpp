// twin::City — the static description of one city or district that every other part of the
// twin reads: buildings, zones, the road network, transit lines and ground cover.
//
// Coordinates are local metres in a right-handed frame: x east, y north, origin at the data set's
// centre (see DESIGN.md, "Data flow"). Columns are stored structure-of-arrays (hot numbers apart from
// cold attributes), addressed by 32-bit indices; never by size_t, which is 32-bit in wasm.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "twin/climate/station_weather.hpp"

namespace twin {

struct Vec2 {
  double x_m = 0.0;  // east, metres
  double y_m = 0.0;  // north, metres
};

// Main use of a building. Order is part of the JSON/CLI output (use names), keep it stable.
enum class BuildingUse : std::uint8_t {
  Residential = 0,
  Office,
  Retail,
  Hotel,
  School,
  Hospital,
  Industrial,
  Warehouse,
  Count
};

// How a building is heated; the fuel is a separate column because e.g. a boiler may burn gas or coal.
enum class HeatingSystem : std::uint8_t {
  DistrictHeat = 0,
  Boiler,
  HeatPump,
  ElectricResistance,
  Stove,  // room stoves in urban villages
  None,
  Count
};

enum class Fuel : std::uint8_t {
  Heat = 0,  // bought district heat
  NaturalGas,
  Coal,
  Electricity,
  Count
};

// Residential building typology; Nonresidential for every other use.
enum class ResidentialType : std::uint8_t {
  Nonresidential = 0,
  HighRiseTower,   // 18–33 floor compound towers
  WalkUp,          // older 5–7 floor slab blocks (1980s–1990s danwei housing)
  UrbanVillage,    // 3–6 floor self-built houses (城中村)
  RuralHouse,      // 2–3 floor village houses (农村住房) outside the urban construction land
  Count
};

// Bits of Buildings::inferred: the value was inferred (from the surroundings or a documented
// default) rather than read from the source file. Every inferred value is shown as such.
enum InferredFlag : std::uint8_t {
  kInferredHeight = 1u << 0,
  kInferredFloors = 1u << 1,
  kInferredUse = 1u << 2,
  kInferredYear = 1u << 3,
  kInferredHeating = 1u << 4,  // heating system and fuel (always inferred for imported buildings)
};

// Building stock, one row per building. footprint_begin has size()+1 entries; the footprint of
// building i is footprint_xy[footprint_begin[i] .. footprint_begin[i+1]), counter-clockwise, not
// closed (the last vertex is not a copy of the first), simple (no self-intersection).
struct Buildings {
  std::vector<std::uint32_t> footprint_begin{0};
  std::vector<Vec2> footprint_xy;
  std::vector<double> height_m;             // eaves height above ground
  std::vector<std::uint16_t> floors;        // storeys above ground
  std::vector<BuildingUse> use;
  std::vector<ResidentialType> residential_type;
  std::vector<std::uint16_t> construction_year;
  std::vector<HeatingSystem> heating_system;
  std::vector<Fuel> heating_fuel;
  std::vector<std::uint32_t> zone;          // index into Zones
  std::vector<std::uint32_t> access_node;   // road node the building's entrance connects to
  // Cold columns of imported cities; empty for generated ones (nothing inferred, no source).
  std::vector<std::uint8_t> inferred;       // InferredFlag bits: which values were inferred, not read
  std::vector<std::string> source_id;       // the source's feature id (e.g. "way/123"), for tracing

  std::uint32_t size() const { return static_cast<std::uint32_t>(height_m.size()); }
};

// Traffic analysis zones. Population and jobs are persons.
struct Zones {
  std::vector<Vec2> centroid;
  std::vector<Vec2> min_corner;  // axis-aligned bounds of the zone
  std::vector<Vec2> max_corner;
  std::vector<double> population;
  std::vector<double> jobs;
  // Urban construction land (城市建设用地, GB 50137-2011 §3.3) inside the zone, m²: the zone's
  // area less water for developed zones, 0 for rural ones (farmland, forest, green belt, villages).
  // May be left empty (imported cities); statistics then treat all land as built-up.
  std::vector<double> construction_land_m2;

  std::uint32_t size() const { return static_cast<std::uint32_t>(population.size()); }
};

// Functional road class after GB/T 51328-2018 (城市综合交通体系规划标准): expressway, arterial,
// secondary arterial (collector), branch (local).
enum class RoadClass : std::uint8_t {
  Expressway = 0,
  Arterial,
  Collector,
  Local,
  Count
};

// Directed road network. A two-way street is two links.
struct RoadNetwork {
  std::vector<Vec2> node_xy;

  std::vector<std::uint32_t> link_from;
  std::vector<std::uint32_t> link_to;
  std::vector<RoadClass> link_class;
  std::vector<double> link_length_m;
  std::vector<std::uint8_t> link_lanes;        // lanes in this direction
  std::vector<double> link_capacity_vph;       // vehicles per hour, this direction
  std::vector<double> link_free_speed_kmh;

  std::uint32_t node_count() const { return static_cast<std::uint32_t>(node_xy.size()); }
  std::uint32_t link_count() const { return static_cast<std::uint32_t>(link_from.size()); }
};

enum class TransitMode : std::uint8_t { Metro = 0, Bus, Count };

struct TransitStop {
  std::string name;
  Vec2 xy;
};

struct TransitLine {
  std::string name;     // e.g. "Line 1"
  TransitMode mode = TransitMode::Metro;
  std::vector<TransitStop> stops;  // in running order
  double headway_min = 5.0;        // peak headway, minutes
  std::uint32_t colour_rgb = 0xC23A30;
};

// Values are stored in city files and hashed: append new covers before Count only.
enum class GroundCover : std::uint8_t {
  Park = 0,   // parks and squares (GB 50137 class G)
  Water,
  Farmland,   // cultivated land (耕地), outside the construction land
  Forest,     // woodland (林地): green belt and forest patches
  Count
};

// Ground polygons (parks, river, fields, woods). Same packing as building footprints; counter-clockwise, simple.
struct GroundAreas {
  std::vector<std::uint32_t> polygon_begin{0};
  std::vector<Vec2> polygon_xy;
  std::vector<GroundCover> cover;

  std::uint32_t size() const { return static_cast<std::uint32_t>(cover.size()); }
};

// Where an imported city lies on Earth and in which CRS its source data came. The local frame is a
// transverse Mercator on WGS84 centred at the origin (geo/local_frame.hpp); source_crs lets results go
// back out in the source's own coordinates. Generated cities are not georeferenced.
// Longitude and latitude as cubic polynomials of the local coordinates (u = x/scale_m, v = y/scale_m;
// terms 1, u, v, u², uv, v², u³, u²v, uv², v³), fitted at import to points projected with PROJ
// (twin/city/lonlat_fit.hpp), so that the page can show the lon/lat under the cursor without PROJ.
struct LonLatFit {
  double scale_m = 0.0;                  // 0: no fit
  std::array<double, 10> lon_deg{};
  std::array<double, 10> lat_deg{};
  double max_error_m = 0.0;              // worst error on the check points, metres
};

struct CityLocation {
  bool georeferenced = false;
  double origin_lon_deg = 0.0;      // WGS84 longitude of local (0, 0)
  double origin_lat_deg = 0.0;      // WGS84 latitude of local (0, 0)
  std::string source_crs;           // definition as PROJ takes it ("EPSG:4527", WKT) or "gcj02"/"bd09"
  std::string source_crs_label;     // for people: "EPSG:4527 CGCS2000 / 3-degree Gauss-Kruger zone 39"
  std::string local_crs;            // PROJ definition of the local frame
  LonLatFit lonlat_fit;
};

struct City {
  std::string name;                 // display name (may be Chinese, UTF-8)
  bool synthetic = true;            // true for generated cities: say so in every UI and report
  std::uint64_t seed = 0;           // generator seed, 0 if imported
  Vec2 min_corner, max_corner;      // extent of the city, metres
  CityLocation location;
  Buildings buildings;
  Zones zones;
  RoadNetwork roads;
  std::vector<TransitLine> transit_lines;
  GroundAreas ground;
  // The city's own weather year: an EPW given with its files at import. Empty: the built-in typical
  // year nearest the city is used (twin/climate/city_weather.hpp says which weather every run uses).
  std::optional<climate::StationWeather> weather;
};

// Names used in reports and JSON keys (snake_case, stable).
const char* to_string(BuildingUse use);
const char* to_string(HeatingSystem system);
const char* to_string(Fuel fuel);
const char* to_string(ResidentialType type);
const char* to_string(RoadClass road_class);
const char* to_string(TransitMode mode);
const char* to_string(GroundCover cover);

// Floor area of building i in m²: footprint area × floors (gross floor area, GFA).
double building_footprint_area_m2(const Buildings& b, std::uint32_t i);
double building_floor_area_m2(const Buildings& b, std::uint32_t i);
// The flags as names joined by '|': "height|floors|use|year|heating"; "" for none.
std::string inferred_flag_names(std::uint8_t flags);
// InferredFlag bits of building i (0 for cities without the column).
inline std::uint8_t building_inferred(const Buildings& b, std::uint32_t i) {
  return i < b.inferred.size() ? b.inferred[i] : std::uint8_t{0};
}

// Area of a simple polygon by the shoelace formula (positive when counter-clockwise).
double polygon_signed_area_m2(const Vec2* points, std::uint32_t count);

}  // namespace twin
