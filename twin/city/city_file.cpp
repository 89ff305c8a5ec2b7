// Writer and checked reader of the city file (city_file.hpp).
#include "twin/city/city_file.hpp"

#include <cmath>
#include <cstring>
#include <limits>
#include <optional>

#include "twin/city/city_file_codec.hpp"

namespace twin {
namespace {

using namespace city_file_codec;

constexpr char kMagic[8] = {'C', 'T', 'C', 'I', 'T', 'Y', '\r', '\n'};

void write_meta(Writer& w, const City& c) {
  w.str(c.name);
  w.u8(c.synthetic ? 1 : 0);
  w.u64(c.seed);
  w.vec2(c.min_corner);
  w.vec2(c.max_corner);
  const CityLocation& l = c.location;
  w.u8(l.georeferenced ? 1 : 0);
  w.f64(l.origin_lon_deg);
  w.f64(l.origin_lat_deg);
  w.str(l.source_crs);
  w.str(l.source_crs_label);
  w.str(l.local_crs);
  w.f64(l.lonlat_fit.scale_m);
  for (double c : l.lonlat_fit.lon_deg) w.f64(c);
  for (double c : l.lonlat_fit.lat_deg) w.f64(c);
  w.f64(l.lonlat_fit.max_error_m);
}

void read_meta(Reader& r, City* c) {
  c->name = r.str("name");
  c->synthetic = r.u8() != 0;
  c->seed = r.u64();
  c->min_corner = r.vec2("min_corner");
  c->max_corner = r.vec2("max_corner");
  CityLocation& l = c->location;
  l.georeferenced = r.u8() != 0;
  l.origin_lon_deg = r.f64("origin_lon_deg");
  l.origin_lat_deg = r.f64("origin_lat_deg");
  l.source_crs = r.str("source_crs");
  l.source_crs_label = r.str("source_crs_label");
  l.local_crs = r.str("local_crs");
  l.lonlat_fit.scale_m = r.f64("lonlat_fit scale");
  for (double& c : l.lonlat_fit.lon_deg) c = r.f64("lonlat_fit lon");
  for (double& c : l.lonlat_fit.lat_deg) c = r.f64("lonlat_fit lat");
  l.lonlat_fit.max_error_m = r.f64("lonlat_fit error");
  if (r.ok() && l.lonlat_fit.scale_m < 0.0) r.fail("lonlat_fit scale is negative");
  if (r.ok() && (std::fabs(l.origin_lon_deg) > 180.0 || std::fabs(l.origin_lat_deg) > 90.0))
    r.fail("origin outside ±180° longitude / ±90° latitude");
}

void write_buildings(Writer& w, const Buildings& b) {
  u32_column(w, b.footprint_begin);
  vec2_column(w, b.footprint_xy);
  f64_column(w, b.height_m);
  w.column(b.floors, [&](std::uint16_t x) { w.u16(x); });
  enum_column(w, b.use);
  enum_column(w, b.residential_type);
  w.column(b.construction_year, [&](std::uint16_t x) { w.u16(x); });
  enum_column(w, b.heating_system);
  enum_column(w, b.heating_fuel);
  u32_column(w, b.zone);
  u32_column(w, b.access_node);
  w.column(b.inferred, [&](std::uint8_t x) { w.u8(x); });
  w.column(b.source_id, [&](const std::string& s) { w.str(s); });
}

void read_buildings(Reader& r, Buildings* b) {
  read_u32_column(r, "footprint_begin", &b->footprint_begin);
  read_vec2_column(r, "footprint_xy", &b->footprint_xy);
  read_f64_column(r, "height_m", &b->height_m);
  const std::uint64_t nf = r.count("floors", 2);
  b->floors.resize(nf);
  for (std::uint64_t k = 0; k < nf && r.ok(); ++k) b->floors[k] = r.u16();
  read_enum_column(r, "use", &b->use);
  read_enum_column(r, "residential_type", &b->residential_type);
  const std::uint64_t ny = r.count("construction_year", 2);
  b->construction_year.resize(ny);
  for (std::uint64_t k = 0; k < ny && r.ok(); ++k) b->construction_year[k] = r.u16();
  read_enum_column(r, "heating_system", &b->heating_system);
  read_enum_column(r, "heating_fuel", &b->heating_fuel);
  read_u32_column(r, "zone", &b->zone);
  read_u32_column(r, "access_node", &b->access_node);
  const std::uint64_t ni = r.count("inferred", 1);
  b->inferred.resize(ni);
  for (std::uint64_t k = 0; k < ni && r.ok(); ++k) b->inferred[k] = r.u8();
  const std::uint64_t ns = r.count("source_id", 8);
  b->source_id.resize(ns);
  for (std::uint64_t k = 0; k < ns && r.ok(); ++k) b->source_id[k] = r.str("source_id");
  if (!r.ok()) return;
  const std::size_t n = b->height_m.size();
  check_offsets(r, "footprints", b->footprint_begin, b->footprint_xy.size(), static_cast<std::uint32_t>(n));
  if (!same_size(r, "floors", b->floors, n) || !same_size(r, "use", b->use, n) ||
      !same_size(r, "residential_type", b->residential_type, n) ||
      !same_size(r, "construction_year", b->construction_year, n) ||
      !same_size(r, "heating_system", b->heating_system, n) || !same_size(r, "heating_fuel", b->heating_fuel, n) ||
      !same_size(r, "zone", b->zone, n) || !same_size(r, "access_node", b->access_node, n))
    return;
  if (!b->inferred.empty() && !same_size(r, "inferred", b->inferred, n)) return;
  if (!b->source_id.empty() && !same_size(r, "source_id", b->source_id, n)) return;
  for (std::size_t k = 0; k < n; ++k)
    if (!(b->height_m[k] > 0.0) || b->floors[k] == 0) {
      r.fail("building " + std::to_string(k) + " has no height or no floors");
      return;
    }
}

void write_zones(Writer& w, const Zones& z) {
  vec2_column(w, z.centroid);
  vec2_column(w, z.min_corner);
  vec2_column(w, z.max_corner);
  f64_column(w, z.population);
  f64_column(w, z.jobs);
  f64_column(w, z.construction_land_m2);
}

void read_zones(Reader& r, Zones* z) {
  read_vec2_column(r, "centroid", &z->centroid);
  read_vec2_column(r, "min_corner", &z->min_corner);
  read_vec2_column(r, "max_corner", &z->max_corner);
  read_f64_column(r, "population", &z->population);
  read_f64_column(r, "jobs", &z->jobs);
  read_f64_column(r, "construction_land_m2", &z->construction_land_m2);
  if (!r.ok()) return;
  const std::size_t n = z->population.size();
  if (!same_size(r, "centroid", z->centroid, n) || !same_size(r, "min_corner", z->min_corner, n) ||
      !same_size(r, "max_corner", z->max_corner, n) || !same_size(r, "jobs", z->jobs, n))
    return;
  if (!z->construction_land_m2.empty()) same_size(r, "construction_land_m2", z->construction_land_m2, n);
  for (std::size_t k = 0; k < n && r.ok(); ++k)
    if (z->population[k] < 0.0 || z->jobs[k] < 0.0) r.fail("zone " + std::to_string(k) + " has negative people");
}

void write_roads(Writer& w, const RoadNetwork& n) {
  vec2_column(w, n.node_xy);
  u32_column(w, n.link_from);
  u32_column(w, n.link_to);
  enum_column(w, n.link_class);
  f64_column(w, n.link_length_m);
  w.column(n.link_lanes, [&](std::uint8_t x) { w.u8(x); });
  f64_column(w, n.link_capacity_vph);
  f64_column(w, n.link_free_speed_kmh);
}

void read_roads(Reader& r, RoadNetwork* n) {
  read_vec2_column(r, "node_xy", &n->node_xy);
  read_u32_column(r, "link_from", &n->link_from);
  read_u32_column(r, "link_to", &n->link_to);
  read_enum_column(r, "link_class", &n->link_class);
  read_f64_column(r, "link_length_m", &n->link_length_m);
  const std::uint64_t nl = r.count("link_lanes", 1);
  n->link_lanes.resize(nl);
  for (std::uint64_t k = 0; k < nl && r.ok(); ++k) n->link_lanes[k] = r.u8();
  read_f64_column(r, "link_capacity_vph", &n->link_capacity_vph);
  read_f64_column(r, "link_free_speed_kmh", &n->link_free_speed_kmh);
  if (!r.ok()) return;
  const std::size_t links = n->link_from.size();
  if (!same_size(r, "link_to", n->link_to, links) || !same_size(r, "link_class", n->link_class, links) ||
      !same_size(r, "link_length_m", n->link_length_m, links) || !same_size(r, "link_lanes", n->link_lanes, links) ||
      !same_size(r, "link_capacity_vph", n->link_capacity_vph, links) ||
      !same_size(r, "link_free_speed_kmh", n->link_free_speed_kmh, links))
    return;
  for (std::size_t k = 0; k < links; ++k) {
    if (n->link_from[k] >= n->node_xy.size() || n->link_to[k] >= n->node_xy.size()) {
      r.fail("link " + std::to_string(k) + " refers to a node that does not exist");
      return;
    }
    if (!(n->link_length_m[k] > 0.0) || !(n->link_capacity_vph[k] > 0.0) || !(n->link_free_speed_kmh[k] > 0.0)) {
      r.fail("link " + std::to_string(k) + " has a non-positive length, capacity or speed");
      return;
    }
  }
}

void write_lines(Writer& w, const std::vector<TransitLine>& lines) {
  w.u64(lines.size());
  for (const TransitLine& l : lines) {
    w.str(l.name);
    w.u8(static_cast<std::uint8_t>(l.mode));
    w.f64(l.headway_min);
    w.u32(l.colour_rgb);
    w.u64(l.stops.size());
    for (const TransitStop& s : l.stops) {
      w.str(s.name);
      w.vec2(s.xy);
    }
  }
}

void read_lines(Reader& r, std::vector<TransitLine>* lines) {
  const std::uint64_t n = r.count("lines", 8 + 1 + 8 + 4 + 8);
  lines->resize(n);
  for (std::uint64_t k = 0; k < n && r.ok(); ++k) {
    TransitLine& l = (*lines)[k];
    l.name = r.str("line name");
    const std::uint8_t mode = r.u8();
    if (mode >= static_cast<std::uint8_t>(TransitMode::Count)) r.fail("line " + std::to_string(k) + ": bad mode");
    l.mode = static_cast<TransitMode>(mode);
    l.headway_min = r.f64("headway_min");
    if (r.ok() && !(l.headway_min > 0.0)) r.fail("line " + std::to_string(k) + ": headway must be positive");
    l.colour_rgb = r.u32();
    const std::uint64_t stops = r.count("stops", 8 + 16);
    l.stops.resize(stops);
    for (std::uint64_t s = 0; s < stops && r.ok(); ++s) {
      l.stops[s].name = r.str("stop name");
      l.stops[s].xy = r.vec2("stop");
    }
  }
}

void write_ground(Writer& w, const GroundAreas& g) {
  u32_column(w, g.polygon_begin);
  vec2_column(w, g.polygon_xy);
  enum_column(w, g.cover);
}

void read_ground(Reader& r, GroundAreas* g) {
  read_u32_column(r, "polygon_begin", &g->polygon_begin);
  read_vec2_column(r, "polygon_xy", &g->polygon_xy);
  read_enum_column(r, "cover", &g->cover);
  check_offsets(r, "ground polygons", g->polygon_begin, g->polygon_xy.size(), static_cast<std::uint32_t>(g->cover.size()));
}

// The city's own weather (WTHR): the station's label, then the hours as columns. Every value is checked
// against the EPW reader's plausible ranges (epw_reader.cpp), so a weather that reads ok is safe to run.
struct WeatherColumn {
  std::vector<double> climate::WeatherYear::*column;
  const char* name;
  double min, max;
};
constexpr WeatherColumn kWeatherColumns[] = {
    {&climate::WeatherYear::dry_bulb_c, "dry_bulb_c", -90.0, 70.0},
    {&climate::WeatherYear::dew_point_c, "dew_point_c", -90.0, 70.0},
    {&climate::WeatherYear::relative_humidity_pct, "relative_humidity_pct", 0.0, 110.0},
    {&climate::WeatherYear::pressure_pa, "pressure_pa", 31000.0, 120000.0},
    {&climate::WeatherYear::global_horizontal_wh_m2, "global_horizontal_wh_m2", 0.0, 1500.0},
    {&climate::WeatherYear::direct_normal_wh_m2, "direct_normal_wh_m2", 0.0, 1500.0},
    {&climate::WeatherYear::diffuse_horizontal_wh_m2, "diffuse_horizontal_wh_m2", 0.0, 1200.0},
    {&climate::WeatherYear::wind_speed_m_s, "wind_speed_m_s", 0.0, 40.0},
    {&climate::WeatherYear::wind_direction_deg, "wind_direction_deg", 0.0, 360.0},
    // Sky temperature is derived (sky.hpp): the coldest sky of a −90 °C day is still above −273.15 °C.
    {&climate::WeatherYear::sky_temperature_c, "sky_temperature_c", -273.15, 70.0},
    {&climate::WeatherYear::ground_reflectance, "ground_reflectance", 0.0, 1.0},
};

void write_weather(Writer& w, const climate::StationWeather& s) {
  const climate::Location& l = s.year.location;
  w.str(s.file_name);
  w.str(s.wmo);
  w.str(s.year.source);
  w.str(l.name);
  w.str(l.country);
  w.f64(l.latitude_deg);
  w.f64(l.longitude_deg);
  w.f64(l.time_zone_h);
  w.f64(l.elevation_m);
  for (const WeatherColumn& c : kWeatherColumns) f64_column(w, s.year.*c.column);
}

void read_weather(Reader& r, std::optional<climate::StationWeather>* out) {
  climate::StationWeather s;
  climate::Location& l = s.year.location;
  s.file_name = r.str("file name");
  s.wmo = r.str("wmo");
  s.year.source = r.str("source");
  l.name = r.str("station name");
  l.country = r.str("country");
  l.latitude_deg = r.f64("latitude");
  l.longitude_deg = r.f64("longitude");
  l.time_zone_h = r.f64("time zone");
  l.elevation_m = r.f64("elevation");
  if (r.ok() && (std::fabs(l.latitude_deg) > 90.0 || std::fabs(l.longitude_deg) > 180.0))
    r.fail("station outside ±90° latitude / ±180° longitude");
  if (r.ok() && (l.time_zone_h < -12.0 || l.time_zone_h > 14.0)) r.fail("time zone outside −12…+14 h");
  for (const WeatherColumn& c : kWeatherColumns) read_f64_column(r, c.name, &(s.year.*c.column));
  if (!r.ok()) return;
  const std::size_t hours = s.year.dry_bulb_c.size();
  if (hours != 8760 && hours != 8784) {
    r.fail(std::to_string(hours) + " hours; a weather year has 8760 (or 8784 in a leap year)");
    return;
  }
  for (const WeatherColumn& c : kWeatherColumns) {
    const std::vector<double>& v = s.year.*c.column;
    if (!same_size(r, c.name, v, hours)) return;
    for (std::size_t h = 0; h < hours; ++h)
      if (v[h] < c.min || v[h] > c.max) {
        r.fail(std::string(c.name) + " at hour " + std::to_string(h) + " is " + std::to_string(v[h]) +
               ", outside " + std::to_string(c.min) + "…" + std::to_string(c.max));
        return;
      }
  }
  *out = std::move(s);
}

// Cross-table references: a building's zone and access node must exist.
void check_references(const City& c, std::vector<std::string>* errors) {
  const Buildings& b = c.buildings;
  for (std::uint32_t k = 0; k < b.size(); ++k) {
    if (b.zone[k] >= c.zones.size()) {
      errors->push_back("building " + std::to_string(k) + " refers to zone " + std::to_string(b.zone[k]) +
                        ", which does not exist");
      return;
    }
    if (c.roads.node_count() > 0 && b.access_node[k] >= c.roads.node_count()) {
      errors->push_back("building " + std::to_string(k) + " refers to road node " +
                        std::to_string(b.access_node[k]) + ", which does not exist");
      return;
    }
  }
}

}  // namespace

std::string write_city_file(const City& city, std::string_view report_json) {
  Writer file;
  file.raw(std::string_view(kMagic, sizeof kMagic));
  file.u32(kCityFileVersion);
  Writer meta, buildings, zones, roads, lines, ground, report, weather;
  write_meta(meta, city);
  write_buildings(buildings, city.buildings);
  write_zones(zones, city.zones);
  write_roads(roads, city.roads);
  write_lines(lines, city.transit_lines);
  write_ground(ground, city.ground);
  report.str(report_json);
  section(file, "META", meta);
  section(file, "BLDG", buildings);
  section(file, "ZONE", zones);
  section(file, "ROAD", roads);
  section(file, "LINE", lines);
  section(file, "GRND", ground);
  section(file, "RPRT", report);
  if (city.weather) {
    write_weather(weather, *city.weather);
    section(file, "WTHR", weather);
  }
  Writer end;
  end.u64(fnv1a(file.bytes()));
  section(file, "END ", end);
  return std::move(file.bytes());
}

bool is_city_file(std::string_view bytes) {
  return bytes.size() >= sizeof kMagic && std::memcmp(bytes.data(), kMagic, sizeof kMagic) == 0;
}

CityFileRead read_city_file(std::string_view bytes) {
  CityFileRead out;
  if (!is_city_file(bytes)) {
    out.errors.push_back("not a CarbonTwin city file (the first bytes are not \"CTCITY\")");
    return out;
  }
  Reader head(bytes.substr(sizeof kMagic), "header");
  out.version = head.u32();
  if (!head.ok()) {
    out.errors.push_back("the file ends inside its header");
    return out;
  }
  if (out.version == 0 || out.version > kCityFileVersion) {
    out.errors.push_back("city file version " + std::to_string(out.version) + " is not supported (this build reads "
                         "up to version " + std::to_string(kCityFileVersion) + "): re-import with this build");
    return out;
  }
  std::uint64_t pos = sizeof kMagic + 4;
  bool seen[8] = {};
  const char* tags[8] = {"META", "BLDG", "ZONE", "ROAD", "LINE", "GRND", "RPRT", "WTHR"};
  bool ended = false;
  while (pos < bytes.size()) {
    if (bytes.size() - pos < 12) {
      out.errors.push_back("the file ends inside a section header at byte " + std::to_string(pos));
      return out;
    }
    const std::string tag(bytes.substr(pos, 4));
    Reader len(bytes.substr(pos + 4, 8), tag);
    const std::uint64_t n = len.u64();
    const std::uint64_t start = pos + 12;
    if (n > bytes.size() - start) {
      out.errors.push_back("section " + tag + " is cut short: the file is truncated (" + std::to_string(bytes.size()) +
                           " bytes)");
      return out;
    }
    const std::string_view payload = bytes.substr(start, n);
    if (tag == "END ") {
      Reader r(payload, tag);
      const std::uint64_t stored = r.u64();
      if (!r.ok() || stored != fnv1a(bytes.substr(0, pos))) {
        out.errors.push_back("checksum mismatch: the file is corrupt");
        return out;
      }
      ended = true;
      break;
    }
    int which = -1;
    for (int k = 0; k < 8; ++k)
      if (tag == tags[k]) which = k;
    if (which < 0) {
      out.warnings.push_back("unknown section '" + tag + "' skipped (written by a newer version?)");
    } else if (seen[which]) {
      out.errors.push_back("section " + tag + " appears twice");
      return out;
    } else {
      seen[which] = true;
      Reader r(payload, tag);
      switch (which) {
        case 0: read_meta(r, &out.city); break;
        case 1: read_buildings(r, &out.city.buildings); break;
        case 2: read_zones(r, &out.city.zones); break;
        case 3: read_roads(r, &out.city.roads); break;
        case 4: read_lines(r, &out.city.transit_lines); break;
        case 5: read_ground(r, &out.city.ground); break;
        case 6: out.report_json = r.str("report"); break;
        case 7: read_weather(r, &out.city.weather); break;
      }
      if (r.ok() && !r.at_end()) r.fail("has " + std::to_string(n) + " bytes, more than its contents");
      if (!r.ok()) {
        out.errors.push_back(r.error());
        return out;
      }
    }
    pos = start + n;
  }
  if (!ended) {
    out.errors.push_back("the file has no END section: it is truncated");
    return out;
  }
  for (int k = 0; k < 6; ++k)
    if (!seen[k]) {
      out.errors.push_back(std::string("section ") + tags[k] + " is missing");
      return out;
    }
  check_references(out.city, &out.errors);
  out.ok = out.errors.empty();
  return out;
}

}  // namespace twin
