// CityJSON boundaries and semantics → surfaces → footprints (json_cityjson_surfaces.hpp).
#include "geo/json_cityjson_surfaces.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

#include "geo/json_document.hpp"
#include "geo/number_text.hpp"

namespace geo {
namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::element_type;

struct SurfaceReader {
  std::size_t vertex_count;
  std::vector<bool> ground_semantic;  // per semantics.surfaces entry
  CityGeometry* out;
  std::string* error;

  bool fail(std::string message) {
    *error = std::move(message);
    return false;
  }

  bool ring(element r, std::vector<std::uint32_t>* out_ring) {
    array a;
    if (r.get_array().get(a)) return fail("a ring is not an array of vertex indices");
    out_ring->reserve(a.size());
    for (element v : a) {
      std::uint64_t index = 0;
      if (v.type() == element_type::INT64 && v.get_int64().value_unsafe() >= 0) {
        index = std::uint64_t(v.get_int64().value_unsafe());
      } else if (v.type() == element_type::UINT64) {
        index = v.get_uint64().value_unsafe();
      } else {
        return fail("vertex index " + json_value_text(v) + " is not a non-negative integer");
      }
      if (index >= vertex_count)
        return fail("vertex index " + std::to_string(index) + " out of range (" + std::to_string(vertex_count) +
                    " vertices)");
      out_ring->push_back(static_cast<std::uint32_t>(index));
    }
    return true;
  }

  // boundaries at `levels` above the surface list; values mirrors it (or is null / absent).
  bool walk(element boundaries, const element* values, int levels) {
    array b;
    if (boundaries.get_array().get(b)) return fail("boundaries are not nested arrays as " + out->type + " requires");
    array v;
    const bool has_values = values != nullptr && !values->get_array().get(v);
    if (has_values && v.size() != b.size())
      return fail("semantics.values has " + std::to_string(v.size()) + " entries where boundaries have " +
                  std::to_string(b.size()));
    // dom::array::at() walks from the start each time: copy the values once instead.
    std::vector<element> value_list;
    if (has_values) value_list.assign(v.begin(), v.end());
    std::size_t i = 0;
    for (element child : b) {
      const bool has_value = has_values;
      const element value = has_value ? value_list[i] : element();
      ++i;
      if (levels > 0) {
        if (!walk(child, has_value ? &value : nullptr, levels - 1)) return false;
      } else {
        CitySurface s;
        array rings;
        if (child.get_array().get(rings)) return fail("a surface is not an array of rings");
        for (element r : rings) {
          s.rings.emplace_back();
          if (!ring(r, &s.rings.back())) return false;
        }
        if (has_value && (value.type() == element_type::INT64 || value.type() == element_type::UINT64)) {
          const std::uint64_t k = value.type() == element_type::INT64 ? std::uint64_t(value.get_int64().value_unsafe())
                                                                      : value.get_uint64().value_unsafe();
          if (k >= ground_semantic.size())
            return fail("semantics value " + std::to_string(k) + " out of range (" +
                        std::to_string(ground_semantic.size()) + " semantic surfaces)");
          s.ground = ground_semantic[k];
          out->has_ground = out->has_ground || s.ground;
        }
        out->surfaces.push_back(std::move(s));
      }
    }
    return true;
  }
};

// Levels of nesting above the surface list, or -1 for a type without surfaces.
int surface_levels(const std::string& type) {
  if (type == "MultiSurface" || type == "CompositeSurface") return 0;
  if (type == "Solid") return 1;
  if (type == "MultiSolid" || type == "CompositeSolid") return 2;
  return -1;
}

// Vertices of the rings of the given surfaces: z range, false on an unreadable vertex.
bool z_range(const std::vector<CitySurface>& surfaces, const std::vector<CityVertex>& vertices, double* z_min,
             double* z_max, std::string* error) {
  *z_min = std::numeric_limits<double>::infinity();
  *z_max = -std::numeric_limits<double>::infinity();
  for (const CitySurface& s : surfaces) {
    for (const auto& r : s.rings) {
      for (std::uint32_t k : r) {
        const double z = vertices[k].z;
        if (!std::isfinite(z) || !std::isfinite(vertices[k].x)) {
          *error = "vertex " + std::to_string(k) + " is unreadable (see the vertices error)";
          return false;
        }
        *z_min = std::min(*z_min, z);
        *z_max = std::max(*z_max, z);
      }
    }
  }
  return true;
}

void add_polygon(const CitySurface& s, const std::vector<CityVertex>& vertices, CityPolygons* out) {
  auto to_ring = [&](const std::vector<std::uint32_t>& r) {
    Ring ring;
    ring.reserve(r.size());
    for (std::uint32_t k : r) ring.push_back({vertices[k].x, vertices[k].y});
    return ring;
  };
  if (s.rings.empty() || s.rings[0].size() < 3) {
    out->warnings.push_back("a surface whose exterior ring has fewer than 3 vertices was left out");
    return;
  }
  Polygon p;
  p.outer = to_ring(s.rings[0]);
  for (std::size_t i = 1; i < s.rings.size(); ++i) {
    if (s.rings[i].size() < 3) {
      out->warnings.push_back("a hole with fewer than 3 vertices was left out");
      continue;
    }
    p.holes.push_back(to_ring(s.rings[i]));
  }
  out->polygons.push_back(std::move(p));
}

// |n_z| / |n| of the exterior ring's Newell normal (M. Newell; Sutherland, Sproull & Schumacher 1974,
// "A characterization of ten hidden-surface algorithms", §4); 0 for a degenerate ring.
double horizontal_normal(const CitySurface& s, const std::vector<CityVertex>& vertices) {
  if (s.rings.empty()) return 0.0;
  const auto& r = s.rings[0];
  double n[3] = {0.0, 0.0, 0.0};
  for (std::size_t i = 0; i < r.size(); ++i) {
    const CityVertex& a = vertices[r[i]];
    const CityVertex& b = vertices[r[(i + 1) % r.size()]];
    n[0] += (a.y - b.y) * (a.z + b.z);
    n[1] += (a.z - b.z) * (a.x + b.x);
    n[2] += (a.x - b.x) * (a.y + b.y);
  }
  const double length = std::sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
  return length > 0.0 ? std::fabs(n[2]) / length : 0.0;
}

bool all_at_or_below(const CitySurface& s, const std::vector<CityVertex>& vertices, double z_limit) {
  for (const auto& r : s.rings)
    for (std::uint32_t k : r)
      if (vertices[k].z > z_limit) return false;
  return !s.rings.empty();
}

}  // namespace

bool read_city_geometry(element geometry, std::size_t vertex_count, CityGeometry* out, std::string* error) {
  std::string_view type;
  if (geometry["type"].get_string().get(type)) {
    *error = "a geometry without a \"type\" string";
    return false;
  }
  out->type = std::string(type);
  element lod;
  if (!geometry["lod"].get(lod)) {
    out->lod = json_value_text(lod);
    double v = -1.0;
    if (json_double(lod, &v)) {
      out->lod_value = v;
    } else if (lod.type() == element_type::STRING) {
      const auto r = double_from_chars(out->lod.data(), out->lod.data() + out->lod.size(), v);
      if (r.ec == std::errc()) out->lod_value = v;
    }
  }
  const int levels = surface_levels(out->type);
  if (levels < 0) return true;
  out->surfaces_type = true;
  SurfaceReader reader{vertex_count, {}, out, error};
  element semantics;
  element values;
  const bool has_semantics = !geometry["semantics"].get(semantics) && semantics.type() == element_type::OBJECT;
  if (has_semantics) {
    array surfaces;
    if (semantics["surfaces"].get_array().get(surfaces)) {
      *error = "semantics without a \"surfaces\" array";
      return false;
    }
    for (element s : surfaces) {
      std::string_view t;
      reader.ground_semantic.push_back(!s["type"].get_string().get(t) && t == "GroundSurface");
    }
  }
  const bool has_values = has_semantics && !semantics["values"].get(values) && values.type() == element_type::ARRAY;
  element boundaries;
  if (geometry["boundaries"].get(boundaries)) {
    *error = out->type + " without \"boundaries\"";
    return false;
  }
  return reader.walk(boundaries, has_values ? &values : nullptr, levels);
}

bool building_footprint(const std::vector<CityGeometry>& geometries, const std::vector<CityVertex>& vertices,
                        CityPolygons* out, std::string* error) {
  const CityGeometry* with_ground = nullptr;
  const CityGeometry* any = nullptr;
  for (const CityGeometry& g : geometries) {
    if (!g.surfaces_type || g.surfaces.empty()) continue;
    if (any == nullptr || g.lod_value > any->lod_value) any = &g;
    if (g.has_ground && (with_ground == nullptr || g.lod_value > with_ground->lod_value)) with_ground = &g;
  }
  if (any == nullptr) {
    *error = "no surface geometry (MultiSurface, CompositeSurface, Solid, MultiSolid, CompositeSolid)";
    return false;
  }
  const CityGeometry& g = with_ground != nullptr ? *with_ground : *any;
  if (!z_range(g.surfaces, vertices, &out->ground_z, &out->roof_z, error)) return false;
  out->lod = g.lod;
  if (with_ground != nullptr) {
    out->source = CityPolygons::Source::GroundSurface;
    for (const CitySurface& s : g.surfaces)
      if (s.ground) add_polygon(s, vertices, out);
  } else {
    // Rounding of the 1 mm grid can put a flat base's vertices 1 cm + 1e-15 apart: allow for it.
    const double z_limit = out->ground_z + kLowestSurfaceTolerance_m + 1e-9;
    out->source = CityPolygons::Source::Lowest;
    for (const CitySurface& s : g.surfaces)
      if (all_at_or_below(s, vertices, z_limit) && horizontal_normal(s, vertices) >= kMinHorizontalNormal)
        add_polygon(s, vertices, out);
    if (out->polygons.empty()) {
      out->source = CityPolygons::Source::Projection;
      for (const CitySurface& s : g.surfaces)
        if (horizontal_normal(s, vertices) >= kMinHorizontalNormal) add_polygon(s, vertices, out);
    }
  }
  if (out->polygons.empty()) {
    *error = with_ground == nullptr ? "the lod " + g.lod + " " + g.type + " has no surface that is not vertical"
                                    : "the GroundSurface surfaces of the lod " + g.lod + " " + g.type + " are degenerate";
    return false;
  }
  return true;
}

bool ground_surfaces(const std::vector<CityGeometry>& geometries, const std::vector<CityVertex>& vertices,
                     CityPolygons* out, std::string* error) {
  for (const CityGeometry& g : geometries) {
    if (g.type != "MultiSurface" && g.type != "CompositeSurface") continue;
    if (!z_range(g.surfaces, vertices, &out->ground_z, &out->roof_z, error)) return false;
    out->lod = g.lod;
    for (const CitySurface& s : g.surfaces) add_polygon(s, vertices, out);
    if (out->polygons.empty()) {
      *error = "the " + g.type + " has no surface with 3 or more vertices";
      return false;
    }
    return true;
  }
  *error = "no MultiSurface or CompositeSurface geometry";
  return false;
}

}  // namespace geo
