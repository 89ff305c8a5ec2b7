// GeoJSON reader (geojson_reader.hpp).
#include "geo/geojson_reader.hpp"

#include <algorithm>
#include <cmath>
#include <new>

#include "geo/json_classify.hpp"
#include "geo/json_document.hpp"

namespace geo {
namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

// Larger than any coordinate of a real CRS (UTM northings < 1e7 m, Web Mercator < 2.01e7 m): a
// coordinate beyond this is garbage, and rejecting it keeps later arithmetic far from overflow.
constexpr double kMaxAbsCoordinate = 1e9;

// Everything one feature's geometry holds, gathered while reading.
struct GeometryRead {
  std::vector<Polygon> polygons;
  std::vector<std::vector<Point>> lines;
  std::vector<Point> points;
  double z_min = std::numeric_limits<double>::infinity();
  double z_max = -std::numeric_limits<double>::infinity();
  bool outside_geographic = false;  // a position outside lon ±180, lat ±90
  std::size_t positions = 0;
  std::string error;  // the first problem; the feature is skipped when set
};

// "where: message", or the message alone at the top of a geometry.
std::string at(const std::string& where, const std::string& message) {
  return where.empty() ? message : where + ": " + message;
}

class GeometryParser {
 public:
  explicit GeometryParser(GeometryRead* g) : g_(g) {}

  // depth: GeometryCollection nesting (RFC 7946 §3.1.8 discourages nesting; bounded by simdjson's
  // own depth limit of 1024).
  bool geometry(element e, const std::string& where) {
    object obj;
    if (e.get_object().get(obj)) return fail(at(where, "geometry is not an object"));
    std::string_view type;
    if (obj["type"].get_string().get(type)) return fail(at(where, "geometry without a \"type\" string"));
    const std::string t(type);
    if (t == "GeometryCollection") {
      array members;
      if (obj["geometries"].get_array().get(members))
        return fail(at(where, "GeometryCollection without a \"geometries\" array"));
      if (members.size() == 0) return fail(at(where, "empty GeometryCollection"));
      std::size_t i = 0;
      for (element m : members) {
        if (!geometry(m, where + " GeometryCollection member " + std::to_string(i))) return false;
        ++i;
      }
      return true;
    }
    element coords;
    if (obj["coordinates"].get(coords)) return fail(at(where, t + " without \"coordinates\""));
    const std::string w = where.empty() ? t : where + " " + t;
    if (t == "Point") {
      Point p;
      if (!position(coords, w, &p)) return false;
      g_->points.push_back(p);
      return true;
    }
    if (t == "MultiPoint") return nested(coords, w, "point", 1, [&](element c, const std::string& ww) {
      Point p;
      if (!position(c, ww, &p)) return false;
      g_->points.push_back(p);
      return true;
    });
    if (t == "LineString") return line(coords, w);
    if (t == "MultiLineString")
      return nested(coords, w, "line", 1, [&](element c, const std::string& ww) { return line(c, ww); });
    if (t == "Polygon") return polygon(coords, w);
    if (t == "MultiPolygon")
      return nested(coords, w, "polygon", 1, [&](element c, const std::string& ww) { return polygon(c, ww); });
    return fail(at(where, "unknown geometry type \"" + t + "\""));
  }

 private:
  bool fail(std::string message) {
    if (g_->error.empty()) g_->error = std::move(message);
    return false;
  }

  // Calls each(member, "where <label> i") for the members of an array of at least min_size members.
  template <class Each>
  bool nested(element e, const std::string& where, const char* label, std::size_t min_size, Each each) {
    array a;
    if (e.get_array().get(a)) return fail(at(where, "coordinates are not an array"));
    if (a.size() < min_size) return fail(at(where, "empty coordinates"));
    std::size_t i = 0;
    for (element m : a) {
      if (!each(m, where + " " + label + " " + std::to_string(i))) return false;
      ++i;
    }
    return true;
  }

  bool position(element e, const std::string& where, Point* p) {
    array a;
    if (e.get_array().get(a)) return fail(at(where, "position is not an array"));
    if (a.size() < 2) return fail(at(where, "position has fewer than 2 numbers"));
    double v[3] = {0.0, 0.0, 0.0};
    std::size_t n = 0;
    for (element c : a) {
      if (n == 3) break;  // RFC 7946 §3.1.1: elements beyond the third are not interpreted
      if (!json_double(c, &v[n])) return fail(at(where, "coordinate " + std::to_string(n) + " is not a number"));
      if (!std::isfinite(v[n]) || std::fabs(v[n]) > kMaxAbsCoordinate)
        return fail(at(where, "coordinate " + std::to_string(n) + " " + json_number_text(c) +
                       " is not finite or beyond ±1e9"));
      ++n;
    }
    p->x = v[0];
    p->y = v[1];
    if (n == 3) {
      g_->z_min = std::min(g_->z_min, v[2]);
      g_->z_max = std::max(g_->z_max, v[2]);
    }
    if (std::fabs(v[0]) > 180.0 || std::fabs(v[1]) > 90.0) g_->outside_geographic = true;
    ++g_->positions;
    return true;
  }

  bool positions(element e, const std::string& where, std::size_t min_size, const char* what,
                 std::vector<Point>* out) {
    array a;
    if (e.get_array().get(a)) return fail(at(where, "coordinates are not an array"));
    if (a.size() < min_size)
      return fail(at(where, std::string(what) + " has " + std::to_string(a.size()) +
                     " positions, fewer than " + std::to_string(min_size)));
    out->reserve(a.size());
    std::size_t i = 0;
    for (element c : a) {
      Point p;
      if (!position(c, where + " position " + std::to_string(i), &p)) return false;
      out->push_back(p);
      ++i;
    }
    return true;
  }

  // RFC 7946 §3.1.4: a LineString has two or more positions.
  bool line(element e, const std::string& where) {
    std::vector<Point> pts;
    if (!positions(e, where, 2, "line", &pts)) return false;
    g_->lines.push_back(std::move(pts));
    return true;
  }

  // RFC 7946 §3.1.6: a linear ring is closed with four or more positions; the first is the exterior.
  bool polygon(element e, const std::string& where) {
    array rings;
    if (e.get_array().get(rings)) return fail(at(where, "coordinates are not an array"));
    if (rings.size() == 0) return fail(at(where, "polygon without rings"));
    Polygon poly;
    std::size_t i = 0;
    for (element r : rings) {
      Ring ring;
      if (!positions(r, where + " ring " + std::to_string(i), 4, "ring", &ring)) return false;
      if (i == 0) poly.outer = std::move(ring);
      else poly.holes.push_back(std::move(ring));
      ++i;
    }
    g_->polygons.push_back(std::move(poly));
    return true;
  }

  GeometryRead* g_;
};

void read_properties(element props, Feature* f) {
  object obj;
  if (props.get_object().get(obj)) return;
  f->attributes.reserve(obj.size());  // exact: no doubling slack over 10^5 features
  for (auto field : obj) {
    if (field.value.type() == element_type::NULL_VALUE) continue;
    f->attributes.emplace_back(std::string(field.key), json_value_text(field.value));
  }
}

// The Feature's "id" member (RFC 7946 §3.2: string or number), else properties.id.
std::string feature_id(object feature) {
  element id;
  if (!feature["id"].get(id) && id.type() != element_type::NULL_VALUE) return json_value_text(id);
  if (!feature["properties"]["id"].get(id) && id.type() != element_type::NULL_VALUE) return json_value_text(id);
  return "";
}

struct Tally {
  std::uint64_t features = 0, buildings = 0, building_parts = 0, roads = 0, paths = 0, rails = 0,
                stations = 0, ground_areas = 0, others = 0, skipped = 0, roads_without_class = 0;
  std::int64_t first_road_without_class = -1;
  bool outside_geographic = false;
};

class Reader {
 public:
  explicit Reader(LayerRead* out) : out_(out) {}

  // One GeoJSON Feature (or a bare geometry when props is absent) at index i.
  void feature(std::uint32_t index, element geometry_element, bool has_geometry, object* feature_obj) {
    ++t_.features;
    const std::string place = "feature " + std::to_string(index);
    Feature f;
    f.index = index;
    if (feature_obj != nullptr) {
      f.id = feature_id(*feature_obj);
      element props;
      if (!(*feature_obj)["properties"].get(props)) {
        if (props.type() == element_type::OBJECT) read_properties(props, &f);
        else if (props.type() != element_type::NULL_VALUE)
          out_->warnings.push_back({out_->file, place, "\"properties\" is not an object; ignored"});
      }
    }
    if (!has_geometry || geometry_element.type() == element_type::NULL_VALUE) {
      skip(place, has_geometry ? "null geometry" : "no \"geometry\" member");
      return;
    }
    GeometryRead g;
    GeometryParser parser(&g);
    if (!parser.geometry(geometry_element, "")) {
      skip(place, g.error);
      return;
    }
    t_.outside_geographic = t_.outside_geographic || g.outside_geographic;
    if (g.positions > 0 && std::isfinite(g.z_min)) {
      f.ground_z = g.z_min;
      f.roof_z = g.z_max;
    }
    const JsonGeometryClass geometry = !g.polygons.empty() ? JsonGeometryClass::Area
                                       : !g.lines.empty()  ? JsonGeometryClass::Line
                                                           : JsonGeometryClass::Point;
    f.polygons = std::move(g.polygons);
    f.lines = std::move(g.lines);
    f.points = std::move(g.points);
    const JsonClassified c = classify_json_feature(f, geometry);
    f.kind = c.kind;
    if (c.building_part) ++t_.building_parts;
    if (c.kind == FeatureKind::Building) ++t_.buildings;
    else if (c.kind == FeatureKind::Road) ++t_.roads;
    else if (c.kind == FeatureKind::Path) ++t_.paths;
    else if (c.kind == FeatureKind::Rail) ++t_.rails;
    else if (c.kind == FeatureKind::Station) ++t_.stations;
    else if (c.kind == FeatureKind::Ground) ++t_.ground_areas;
    else ++t_.others;
    if (c.line_without_class) {
      if (t_.roads_without_class++ == 0) t_.first_road_without_class = index;
    }
    out_->features.push_back(std::move(f));
  }

  void finish(const DeclaredCrs& declared) {
    if (t_.roads_without_class > 0)
      out_->warnings.push_back({out_->file, "",
                                std::to_string(t_.roads_without_class) +
                                    " lines without a class (no highway, railway, kind … property) taken as "
                                    "roads; the first is feature " +
                                    std::to_string(t_.first_road_without_class)});
    if (declared.source != DeclaredCrs::Source::None) {
      out_->crs = declared;
    } else if (!t_.outside_geographic) {
      out_->crs = {DeclaredCrs::Source::Implicit, "OGC:CRS84"};  // RFC 7946 §4
    }
    auto& c = out_->counts;
    const std::pair<const char*, std::uint64_t> rows[] = {
        {"features", t_.features},   {"buildings", t_.buildings}, {"building_parts", t_.building_parts},
        {"roads", t_.roads},         {"paths", t_.paths},         {"rails", t_.rails},
        {"stations", t_.stations},   {"ground_areas", t_.ground_areas}, {"others", t_.others},
        {"skipped", t_.skipped},     {"roads_without_class", t_.roads_without_class}};
    for (const auto& [k, v] : rows) add_count(&c, k, v);
  }

  void not_a_feature(std::uint32_t index) {
    ++t_.features;
    skip("feature " + std::to_string(index), "not a GeoJSON Feature object");
  }

 private:
  void skip(const std::string& place, const std::string& why) {
    ++t_.skipped;
    out_->errors.push_back({out_->file, place, why});
  }

  LayerRead* out_;
  Tally t_;
};

// The legacy crs member (GeoJSON 2008 §3, https://geojson.org/geojson-spec.html#coordinate-reference-system-objects).
DeclaredCrs read_crs_member(object root, LayerRead* out) {
  element crs;
  if (root["crs"].get(crs) || crs.type() == element_type::NULL_VALUE) return {};
  std::string_view text;
  if (!crs.get_string().get(text)) return {DeclaredCrs::Source::Member, std::string(text)};
  std::string_view type;
  if (!crs["type"].get_string().get(type)) {
    if (type == "name" && !crs["properties"]["name"].get_string().get(text) && !text.empty())
      return {DeclaredCrs::Source::Member, std::string(text)};
    element code;
    if (type == "EPSG" && !crs["properties"]["code"].get(code) &&
        (code.type() == element_type::INT64 || code.type() == element_type::UINT64 ||
         code.type() == element_type::STRING))
      return {DeclaredCrs::Source::Member, "EPSG:" + json_value_text(code)};
    if (type == "link") {
      out->warnings.push_back({out->file, "crs",
                               "a linked crs (" + simdjson::minify(crs) +
                                   ") is not supported; the CRS is taken as not declared"});
      return {};
    }
  }
  out->warnings.push_back({out->file, "crs",
                           "crs member " + simdjson::minify(crs) + " not understood; the CRS is taken as not declared"});
  return {};
}

bool is_geometry_type(std::string_view t) {
  return t == "Point" || t == "MultiPoint" || t == "LineString" || t == "MultiLineString" || t == "Polygon" ||
         t == "MultiPolygon" || t == "GeometryCollection";
}

void read_document(element root_element, LayerRead* out) {
  object root;
  if (root_element.get_object().get(root)) {
    out->file_ok = false;
    out->errors.push_back({out->file, "", "not GeoJSON: the top level is not an object"});
    return;
  }
  std::string_view type;
  if (root["type"].get_string().get(type)) {
    out->file_ok = false;
    out->errors.push_back({out->file, "", "not GeoJSON: no \"type\" string at the top level"});
    return;
  }
  const DeclaredCrs declared = read_crs_member(root, out);
  Reader reader(out);
  if (type == "FeatureCollection") {
    array features;
    if (root["features"].get_array().get(features)) {
      out->file_ok = false;
      out->errors.push_back({out->file, "", "FeatureCollection without a \"features\" array"});
      return;
    }
    out->features.reserve(features.size());
    std::uint32_t i = 0;
    for (element fe : features) {
      object fo;
      std::string_view ft;
      if (fe.get_object().get(fo) || fo["type"].get_string().get(ft) || ft != "Feature") {
        reader.not_a_feature(i);
      } else {
        element g;
        const bool has = !fo["geometry"].get(g);
        reader.feature(i, g, has, &fo);
      }
      ++i;
    }
  } else if (type == "Feature") {
    element g;
    const bool has = !root["geometry"].get(g);
    reader.feature(0, g, has, &root);
  } else if (is_geometry_type(type)) {
    reader.feature(0, root_element, true, nullptr);
  } else {
    out->file_ok = false;
    out->errors.push_back({out->file, "", "not GeoJSON: unknown top-level type \"" + std::string(type) + "\""});
    return;
  }
  reader.finish(declared);
}

}  // namespace

LayerRead read_geojson(std::string_view bytes, const std::string& file_name) {
  LayerRead out;
  out.file = file_name;
  try {
    JsonDocument doc;
    const auto place_of = [](const std::vector<std::string>& path) -> std::string {
      if (path.size() >= 2 && path[0] == "features") return "feature " + path[1];
      return "";
    };
    if (!parse_json_document(bytes, place_of, &doc, &out)) return out;
    read_document(doc.root, &out);
  } catch (const std::bad_alloc&) {
    out.file_ok = false;
    out.errors.push_back({file_name, "", "out of memory while reading"});
  } catch (const std::exception& e) {
    out.file_ok = false;
    out.errors.push_back({file_name, "", std::string("could not be read: ") + e.what()});
  }
  return out;
}

}  // namespace geo
