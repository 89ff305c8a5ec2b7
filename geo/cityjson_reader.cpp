// CityJSON reader (cityjson_reader.hpp).
#include "geo/cityjson_reader.hpp"

#include <cmath>
#include <map>
#include <new>
#include <set>

#include "geo/json_cityjson_surfaces.hpp"
#include "geo/json_document.hpp"

namespace geo {
namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

// As in the GeoJSON reader: no real CRS has coordinates beyond this (UTM northings < 1e7 m).
constexpr double kMaxAbsCoordinate = 1e9;

struct Transform {
  double scale[3] = {1.0, 1.0, 1.0};
  double translate[3] = {0.0, 0.0, 0.0};
};

bool read_triple(element e, double out[3]) {
  array a;
  if (e.get_array().get(a) || a.size() != 3) return false;
  std::size_t i = 0;
  for (element v : a) {
    if (!json_double(v, &out[i]) || !std::isfinite(out[i])) return false;
    ++i;
  }
  return true;
}

struct CityObjectRef {
  std::uint32_t index = 0;
  std::string_view type;
  object obj;
};

class Reader {
 public:
  explicit Reader(LayerRead* out) : out_(out) {}

  bool read(object root) {
    std::string_view type;
    if (root["type"].get_string().get(type) || type != "CityJSON") {
      if (type == "CityJSONFeature")
        return file_error("a CityJSONFeature (one line of a CityJSON Lines stream) is not supported; give the "
                          "whole CityJSON file");
      return file_error("not CityJSON: no \"type\": \"CityJSON\" at the top level");
    }
    std::string_view version;
    if (root["version"].get_string().get(version)) {
      warn("", "no \"version\"; read as CityJSON 2.0");
    } else if (version.substr(0, 3) != "1.0" && version.substr(0, 3) != "1.1" && version.substr(0, 3) != "2.0") {
      warn("", "CityJSON version \"" + std::string(version) + "\" is not one of 1.0, 1.1, 2.0; read as 2.0");
    }
    const bool transform_required = version.substr(0, 3) != "1.0";
    element t;
    bool has_transform = false;
    Transform transform;
    if (!root["transform"].get(t)) {
      element s, tr;
      if (t["scale"].get(s) || t["translate"].get(tr) || !read_triple(s, transform.scale) ||
          !read_triple(tr, transform.translate) || transform.scale[0] == 0.0 || transform.scale[1] == 0.0 ||
          transform.scale[2] == 0.0)
        return file_error("\"transform\" is not {\"scale\": [3 non-zero numbers], \"translate\": [3 numbers]}");
      has_transform = true;
    }
    std::string_view crs;
    if (!root["metadata"]["referenceSystem"].get_string().get(crs) && !crs.empty())
      out_->crs = {DeclaredCrs::Source::Member, std::string(crs)};
    array vertices;
    if (root["vertices"].get_array().get(vertices)) return file_error("no \"vertices\" array");
    if (!read_vertices(vertices, has_transform ? &transform : nullptr, transform_required)) return false;
    object objects;
    if (root["CityObjects"].get_object().get(objects)) return file_error("no \"CityObjects\" object");
    read_objects(objects);
    return true;
  }

 private:
  bool file_error(std::string message) {
    out_->file_ok = false;
    out_->errors.push_back({out_->file, "", std::move(message)});
    return false;
  }
  void warn(std::string place, std::string message) {
    out_->warnings.push_back({out_->file, std::move(place), std::move(message)});
  }
  void error(std::string place, std::string message) {
    out_->errors.push_back({out_->file, std::move(place), std::move(message)});
  }

  bool read_vertices(array vertices, const Transform* transform, bool transform_required) {
    vertices_.reserve(vertices.size());
    std::size_t bad = 0;
    std::size_t first_bad = 0;
    std::string first_reason;
    bool saw_integers = false;
    for (element v : vertices) {
      CityVertex cv;
      double xyz[3];
      std::string reason;
      array a;
      if (v.get_array().get(a) || a.size() < 3) {
        reason = "not an array of 3 numbers";
      } else if (!read_triple_prefix(a, xyz, &saw_integers)) {
        reason = "a coordinate is not a finite number";
      } else {
        for (int k = 0; k < 3; ++k)
          if (transform != nullptr) xyz[k] = xyz[k] * transform->scale[k] + transform->translate[k];
        if (std::fabs(xyz[0]) > kMaxAbsCoordinate || std::fabs(xyz[1]) > kMaxAbsCoordinate ||
            std::fabs(xyz[2]) > kMaxAbsCoordinate || !std::isfinite(xyz[0] + xyz[1] + xyz[2]))
          reason = "a coordinate is beyond ±1e9 after the transform";
      }
      if (reason.empty()) {
        cv = {xyz[0], xyz[1], xyz[2]};
      } else {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        cv = {nan, nan, nan};
        if (bad++ == 0) {
          first_bad = vertices_.size();
          first_reason = reason + " (" + simdjson::minify(v) + ")";
        }
      }
      vertices_.push_back(cv);
    }
    if (bad > 0)
      error("vertices/" + std::to_string(first_bad),
            first_reason + "; " + std::to_string(bad) + " unreadable vertices in all, objects using them are skipped");
    if (transform == nullptr && transform_required && saw_integers)
      warn("transform", "no \"transform\" (required since CityJSON 1.1): the vertices are read as real coordinates");
    return true;
  }

  static bool read_triple_prefix(array a, double xyz[3], bool* saw_integers) {
    std::size_t i = 0;
    for (element c : a) {
      if (i == 3) break;
      if (!json_double(c, &xyz[i]) || !std::isfinite(xyz[i])) return false;
      if (c.type() != element_type::DOUBLE) *saw_integers = true;
      ++i;
    }
    return true;
  }

  void read_attributes(object obj, Feature* f) {
    object attrs;
    if (obj["attributes"].get_object().get(attrs)) return;
    for (auto field : attrs) {
      if (field.value.type() == element_type::NULL_VALUE) continue;
      f->attributes.emplace_back(std::string(field.key), json_value_text(field.value));
    }
  }

  // The object's geometries; false (with an error for the object) on a malformed one.
  bool geometries(const std::string& place, object obj, std::vector<CityGeometry>* out) {
    array list;
    if (obj["geometry"].get_array().get(list)) return true;
    std::size_t i = 0;
    for (element g : list) {
      CityGeometry cg;
      std::string why;
      if (!read_city_geometry(g, vertices_.size(), &cg, &why)) {
        error(place, "geometry " + std::to_string(i) + ": " + why);
        return false;
      }
      if (cg.type == "GeometryInstance")
        warn(place, "geometry " + std::to_string(i) + " is a GeometryInstance (template); not read");
      out->push_back(std::move(cg));
      ++i;
    }
    return true;
  }

  // One building feature from `geometry_owner`; parent (may be null) gives the id and first attributes.
  void building(const std::string& geometry_id, const CityObjectRef& owner, const std::string* parent_id,
                const CityObjectRef* parent) {
    const std::string place = "CityObjects/" + geometry_id;
    std::vector<CityGeometry> gs;
    if (!geometries(place, owner.obj, &gs)) {
      ++skipped_;
      return;
    }
    CityPolygons fp;
    std::string why;
    if (!building_footprint(gs, vertices_, &fp, &why)) {
      error(place, why);
      ++skipped_;
      return;
    }
    if (fp.source == CityPolygons::Source::Lowest)
      warn(place, "no GroundSurface semantics: footprint from the lowest vertices of the lod " + fp.lod + " geometry");
    else if (fp.source == CityPolygons::Source::Projection)
      warn(place, "no GroundSurface semantics and no surface at the lowest vertices: footprint from the projection "
                  "of the non-vertical surfaces of the lod " + fp.lod + " geometry");
    for (const std::string& w : fp.warnings) warn(place, w);
    Feature f;
    f.kind = FeatureKind::Building;
    f.id = parent_id != nullptr ? *parent_id : geometry_id;
    f.index = owner.index;
    f.polygons = std::move(fp.polygons);
    f.ground_z = fp.ground_z;
    f.roof_z = fp.roof_z;
    if (parent != nullptr) read_attributes(parent->obj, &f);
    read_attributes(owner.obj, &f);
    f.attributes.emplace_back("cityjson_type", std::string(owner.type));
    if (parent != nullptr) f.attributes.emplace_back("cityjson_part", geometry_id);
    f.attributes.emplace_back("lod", fp.lod);
    out_->features.push_back(std::move(f));
  }

  void ground(const std::string& id, const CityObjectRef& ref) {
    const std::string place = "CityObjects/" + id;
    std::vector<CityGeometry> gs;
    if (!geometries(place, ref.obj, &gs)) {
      ++skipped_;
      return;
    }
    CityPolygons polys;
    std::string why;
    if (!ground_surfaces(gs, vertices_, &polys, &why)) {
      if (why.rfind("vertex", 0) == 0) {
        error(place, why);
        ++skipped_;
      } else {
        warn(place, why + "; the " + std::string(ref.type) + " is counted, not read");
        ++ground_without_geometry_;
      }
      return;
    }
    for (const std::string& w : polys.warnings) warn(place, w);
    Feature f;
    f.kind = FeatureKind::Ground;
    f.id = id;
    f.index = ref.index;
    f.polygons = std::move(polys.polygons);
    f.ground_z = polys.ground_z;
    f.roof_z = polys.roof_z;
    read_attributes(ref.obj, &f);
    f.attributes.emplace_back("cityjson_type", std::string(ref.type));
    f.attributes.emplace_back("lod", polys.lod);
    out_->features.push_back(std::move(f));
  }

  void other(const std::string& id, const CityObjectRef& ref) {
    Feature f;
    f.kind = FeatureKind::Other;
    f.id = id;
    f.index = ref.index;
    read_attributes(ref.obj, &f);
    f.attributes.emplace_back("cityjson_type", std::string(ref.type));
    out_->features.push_back(std::move(f));
  }

  // The BuildingPart children of a Building, in the order its "children" lists them.
  std::vector<std::string_view> parts_of(const std::string& id, object building,
                                         const std::map<std::string_view, CityObjectRef>& by_id) {
    std::vector<std::string_view> parts;
    array children;
    if (building["children"].get_array().get(children)) return parts;
    for (element c : children) {
      std::string_view child;
      if (c.get_string().get(child)) continue;
      const auto it = by_id.find(child);
      if (it == by_id.end()) {
        warn("CityObjects/" + id, "child \"" + std::string(child) + "\" is not in the file");
      } else if (it->second.type == "BuildingPart") {
        parts.push_back(child);
      }
    }
    return parts;
  }

  void read_objects(object objects) {
    std::vector<std::pair<std::string_view, CityObjectRef>> order;
    std::map<std::string_view, CityObjectRef> by_id;
    std::vector<std::pair<std::string, std::uint64_t>> type_counts;
    std::uint32_t index = 0;
    for (auto field : objects) {
      CityObjectRef ref;
      ref.index = index++;
      std::string_view type;
      if (field.value.get_object().get(ref.obj) || ref.obj["type"].get_string().get(type)) {
        error("CityObjects/" + std::string(field.key), "not an object with a \"type\" string");
        ++skipped_;
        continue;
      }
      ref.type = type;
      add_count(&type_counts, "type:" + std::string(type));
      order.emplace_back(field.key, ref);
      by_id.emplace(field.key, ref);
    }
    // Parts read through their Building are not read again on their own.
    std::map<std::string_view, std::vector<std::string_view>> parts_by_building;
    std::set<std::string_view> parts_with_parent;
    for (const auto& [id, ref] : order) {
      if (ref.type != "Building") continue;
      std::vector<std::string_view>& parts = parts_by_building[id];
      parts = parts_of(std::string(id), ref.obj, by_id);
      parts_with_parent.insert(parts.begin(), parts.end());
    }

    std::uint64_t buildings = 0, building_parts = 0, ground_areas = 0, others = 0;
    for (const auto& [key, ref] : order) {
      const std::string id(key);
      const std::string_view t = ref.type;
      if (t == "Building") {
        ++buildings;
        const std::vector<std::string_view>& parts = parts_by_building.at(key);
        if (parts.empty()) {
          building(id, ref, nullptr, nullptr);
        } else {
          for (std::string_view p : parts) building(std::string(p), by_id.at(p), &id, &ref);
        }
      } else if (t == "BuildingPart") {
        ++building_parts;
        if (parts_with_parent.count(key) == 0) {
          warn("CityObjects/" + id, "BuildingPart without a Building parent in the file; read as a building");
          building(id, ref, nullptr, nullptr);
        }
      } else if (t == "LandUse" || t == "PlantCover" || t == "WaterBody" || t == "SolitaryVegetationObject") {
        ++ground_areas;
        ground(id, ref);
      } else {
        ++others;
        other(id, ref);
      }
    }
    auto& c = out_->counts;
    add_count(&c, "city_objects", index);
    add_count(&c, "buildings", buildings);
    add_count(&c, "building_parts", building_parts);
    add_count(&c, "ground_areas", ground_areas);
    add_count(&c, "others", others);
    add_count(&c, "features", out_->features.size());
    add_count(&c, "skipped", skipped_);
    add_count(&c, "ground_without_geometry", ground_without_geometry_);
    for (const auto& [k, v] : type_counts) add_count(&c, k, v);
  }

  LayerRead* out_;
  std::vector<CityVertex> vertices_;
  std::uint64_t skipped_ = 0;
  std::uint64_t ground_without_geometry_ = 0;
};

}  // namespace

LayerRead read_cityjson(std::string_view bytes, const std::string& file_name) {
  LayerRead out;
  out.file = file_name;
  try {
    JsonDocument doc;
    const auto place_of = [](const std::vector<std::string>& path) -> std::string {
      if (path.size() >= 2 && (path[0] == "CityObjects" || path[0] == "vertices")) return path[0] + "/" + path[1];
      return path.empty() ? "" : path[0];
    };
    if (!parse_json_document(bytes, place_of, &doc, &out)) return out;
    object root;
    if (doc.root.get_object().get(root)) {
      out.file_ok = false;
      out.errors.push_back({file_name, "", "not CityJSON: the top level is not an object"});
      return out;
    }
    Reader reader(&out);
    reader.read(root);
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
