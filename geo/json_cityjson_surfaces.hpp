// CityJSON geometry → surfaces of vertex indices with their semantics, and the 2D polygons the
// readers need from them: a building's footprint (its GroundSurface surfaces, else its lowest ones)
// and a ground object's surfaces. Boundaries nesting after the CityJSON specification 2.0 §3.3
// (https://www.cityjson.org/specs/2.0.1/#geometry-objects), the same in 1.0 and 1.1:
// MultiSurface / CompositeSurface boundaries[surface][ring][vertex], Solid [shell][surface][ring],
// MultiSolid / CompositeSolid [solid][shell][surface][ring]; semantics.values mirrors the nesting down
// to the surface and holds an index into semantics.surfaces or null.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <simdjson.h>

#include "geo/feature.hpp"

namespace geo {

struct CityVertex {
  double x = 0.0, y = 0.0, z = 0.0;  // real coordinates (transform applied); NaN when unreadable
};

struct CitySurface {
  std::vector<std::vector<std::uint32_t>> rings;  // first the exterior, then holes; not closed
  bool ground = false;                            // semantic type GroundSurface
};

struct CityGeometry {
  std::string type;        // "Solid", "MultiSurface" …
  std::string lod;         // as written ("2.2"; a 1.0 file's number 2 → "2")
  double lod_value = -1.0; // for choosing the highest; -1 when absent or unreadable
  bool surfaces_type = false;  // a surface-based type (not MultiPoint, MultiLineString, GeometryInstance)
  bool has_ground = false;     // some surface has GroundSurface semantics
  std::vector<CitySurface> surfaces;
};

// Reads one geometry object. False with *error on a malformed boundary or semantics array, a vertex
// index that is not an integer or is not below vertex_count. A type without surfaces is read as
// surfaces_type = false with no surfaces (not an error).
bool read_city_geometry(simdjson::dom::element geometry, std::size_t vertex_count, CityGeometry* out,
                        std::string* error);

struct CityPolygons {
  std::vector<Polygon> polygons;
  double ground_z = 0.0;  // lowest and highest vertex of the geometry used
  double roof_z = 0.0;
  std::string lod;
  enum class Source : std::uint8_t {
    GroundSurface = 0,  // GroundSurface semantics
    Lowest,             // surfaces at the lowest vertices (no semantics)
    Projection,         // no surface at the bottom (extruded blocks open below, as in Delft's LoD1):
                        // the 2D projection of every non-vertical surface (roofs), unioned downstream
  };
  Source source = Source::GroundSurface;
  std::vector<std::string> warnings;  // rings dropped (fewer than 3 vertices)
};

// Footprint of a building (or part): the GroundSurface surfaces of the geometry with the highest lod
// that has them; else the non-vertical surfaces of the highest-lod surface geometry whose vertices all
// lie within kLowestSurfaceTolerance_m of its lowest vertex; else all its non-vertical surfaces
// (Source::Projection). False with *error when there is no surface geometry, no non-vertical surface,
// or a vertex is unreadable.
bool building_footprint(const std::vector<CityGeometry>& geometries, const std::vector<CityVertex>& vertices,
                        CityPolygons* out, std::string* error);

// All surfaces of the first MultiSurface / CompositeSurface geometry, projected to 2D (land use, plant
// cover, water). False with *error when there is none or a vertex is unreadable.
bool ground_surfaces(const std::vector<CityGeometry>& geometries, const std::vector<CityVertex>& vertices,
                     CityPolygons* out, std::string* error);

// A flat base modelled from scanned or rounded heights varies by millimetres (CityJSON files store
// vertices to 1 mm with transform.scale 0.001); 1 cm keeps the base and no wall or roof point.
inline constexpr double kLowestSurfaceTolerance_m = 0.01;
// A surface whose normal has |n_z| / |n| below this (tilted more than ~87° from horizontal) is a wall:
// its projection is a sliver that adds nothing to a footprint.
inline constexpr double kMinHorizontalNormal = 0.05;

}  // namespace geo
