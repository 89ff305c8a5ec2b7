// CityJSON 1.0, 1.1 and 2.0 (https://www.cityjson.org/specs/) → geo::Feature.
//  - "transform" {scale, translate} is applied to the vertices (required in 1.1 and 2.0, optional in
//    1.0); vertices without a transform are read as real coordinates (a warning in 1.1 / 2.0).
//  - Building → one Building feature with the object's id; a Building whose "children" include
//    BuildingPart objects → one Building feature per part, with Feature.id = the parent's id (pieces
//    sharing an id are unioned downstream), the parent's attributes, then the part's, then
//    ("cityjson_part", part id). A BuildingPart with no Building parent in the file → its own feature.
//  - Footprint (json_cityjson_surfaces.hpp): the GroundSurface surfaces of the geometry with the
//    highest lod that has them, else the surfaces at the object's lowest vertices (a warning per
//    object), else an error for that object. Several surfaces → several polygons (a triangulated
//    ground gives one polygon per triangle); inner rings → holes. ground_z / roof_z: lowest / highest
//    vertex of the geometry used.
//  - LandUse, PlantCover, WaterBody, SolitaryVegetationObject → Ground features: the 2D projection of
//    the surfaces of their first MultiSurface / CompositeSurface geometry (without one: a warning,
//    counted in ground_without_geometry, no feature).
//  - Every other type (Road, Railway, Bridge, Tunnel, GenericCityObject, BuildingInstallation …) → an
//    Other feature without geometry (attributes and type only).
//  - Attributes: the object's "attributes" as text (json_document.hpp), then ("cityjson_type", type),
//    ("lod", lod of the geometry used).
//  - Feature.index: the object's position in CityObjects.
//  - CRS: metadata.referenceSystem → DeclaredCrs{Member, text}; absent → None.
// Counts: city_objects, buildings (Building objects), building_parts (BuildingPart objects),
// ground_areas, others, features (emitted), skipped (objects with an error), ground_without_geometry,
// then "type:<T>" per object type in order of first appearance.
#pragma once

#include <string>
#include <string_view>

#include "geo/feature.hpp"

namespace geo {

// Never throws. Not JSON (simdjson's message with the object and line where found), empty, larger
// than kMaxInputBytes, not "type":"CityJSON", or without a vertices array / CityObjects object, or with
// an unreadable transform → file_ok = false and one error. A vertex that is not three finite numbers
// within ±1e9 → one error for all of them ("vertices/N"), and every object using one is skipped.
LayerRead read_cityjson(std::string_view bytes, const std::string& file_name);

}  // namespace geo
