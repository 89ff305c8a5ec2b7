// Ground cover and land-use areas from Ground features (ground_areas.hpp).
#include "geo/ground_areas.hpp"

#include <boost/geometry.hpp>
#include <cmath>

#include "geo/building_attributes.hpp"

namespace geo {
namespace {

namespace bg = boost::geometry;
using BgPoint = bg::model::d2::point_xy<double>;
using BgPolygon = bg::model::polygon<BgPoint>;  // clockwise outer rings, closed (Boost's default)

bool attribute_in(const Feature& f, const char* key, std::initializer_list<const char*> values) {
  const std::string* v = f.attribute(key);
  if (!v) return false;
  for (const char* x : values)
    if (*v == x) return true;
  return false;
}

// A clean counter-clockwise open ring from a feature's outer ring, or false with the reason.
bool clean_ring(const Ring& in, std::vector<twin::Vec2>* out, std::string* reason) {
  BgPolygon poly;
  for (const Point& p : in) {
    if (!std::isfinite(p.x) || !std::isfinite(p.y)) {
      *reason = "a vertex is not a finite number";
      return false;
    }
    if (!poly.outer().empty() && std::fabs(poly.outer().back().x() - p.x) < 1e-3 &&
        std::fabs(poly.outer().back().y() - p.y) < 1e-3)
      continue;
    poly.outer().emplace_back(p.x, p.y);
  }
  bg::correct(poly);  // closes the ring and makes it clockwise, Boost's orientation
  bg::validity_failure_type failure;
  if (!bg::is_valid(poly, failure)) {
    *reason = bg::validity_failure_type_message(failure);
    return false;
  }
  out->clear();
  const auto& r = poly.outer();
  // Boost's rings are clockwise and closed; ours are counter-clockwise and open.
  for (std::size_t k = r.size() - 1; k > 0; --k) out->push_back({r[k].x(), r[k].y()});
  return true;
}

bool inside(const std::vector<twin::Vec2>& ring, twin::Vec2 p) {
  bool in = false;  // even–odd crossing test (W. Randolph Franklin's pnpoly)
  for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
    const twin::Vec2 a = ring[i], b = ring[j];
    if ((a.y_m > p.y_m) != (b.y_m > p.y_m) &&
        p.x_m < (b.x_m - a.x_m) * (p.y_m - a.y_m) / (b.y_m - a.y_m) + a.x_m)
      in = !in;
  }
  return in;
}

}  // namespace

std::optional<twin::GroundCover> ground_cover_of(const Feature& f) {
  using twin::GroundCover;
  // Tags after the OSM wiki pages Key:leisure, Key:landuse, Key:natural, Key:water (2024).
  if (attribute_in(f, "leisure", {"park", "garden", "nature_reserve", "common"}) ||
      attribute_in(f, "landuse", {"grass", "recreation_ground", "village_green", "cemetery"}) ||
      attribute_in(f, "kind", {"park", "garden", "grass", "recreation_ground"}))
    return GroundCover::Park;
  if (attribute_in(f, "natural", {"water", "wetland", "bay"}) || f.attribute("water") ||
      attribute_in(f, "waterway", {"riverbank", "dock"}) || attribute_in(f, "landuse", {"reservoir", "basin"}) ||
      attribute_in(f, "kind", {"water", "riverbank", "lake", "river", "basin", "reservoir"}) ||
      attribute_in(f, "cityjson_type", {"WaterBody"}))
    return GroundCover::Water;
  if (attribute_in(f, "landuse", {"farmland", "orchard", "meadow", "allotments", "greenhouse_horticulture",
                                  "vineyard", "plant_nursery"}) ||
      attribute_in(f, "kind", {"farmland", "farm", "orchard", "allotments"}))
    return GroundCover::Farmland;
  if (attribute_in(f, "landuse", {"forest"}) || attribute_in(f, "natural", {"wood", "scrub"}) ||
      attribute_in(f, "kind", {"forest", "wood", "scrub"}) || attribute_in(f, "cityjson_type", {"PlantCover"}))
    return GroundCover::Forest;
  return std::nullopt;
}

GroundBuild build_ground_areas(const std::vector<Feature>& features, const std::string& file,
                               std::vector<Issue>* warnings) {
  GroundBuild out;
  for (const Feature& f : features) {
    if (f.kind != FeatureKind::Ground) continue;
    const auto cover = ground_cover_of(f);
    const auto use = use_from_area(f);
    if (!cover && !use) continue;
    for (const Polygon& poly : f.polygons) {
      std::vector<twin::Vec2> ring;
      std::string reason;
      if (!clean_ring(poly.outer, &ring, &reason)) {
        ++out.skipped;
        warnings->push_back(Issue{file, "feature " + std::to_string(f.index) + (f.id.empty() ? "" : " (" + f.id + ")"),
                                  "land area skipped: " + reason});
        continue;
      }
      if (cover) {
        out.ground.polygon_xy.insert(out.ground.polygon_xy.end(), ring.begin(), ring.end());
        out.ground.polygon_begin.push_back(static_cast<std::uint32_t>(out.ground.polygon_xy.size()));
        out.ground.cover.push_back(*cover);
      }
      if (use) {
        UseArea a{ring, *use, ring[0], ring[0]};
        for (const twin::Vec2& p : ring) {
          a.min_corner = {std::min(a.min_corner.x_m, p.x_m), std::min(a.min_corner.y_m, p.y_m)};
          a.max_corner = {std::max(a.max_corner.x_m, p.x_m), std::max(a.max_corner.y_m, p.y_m)};
        }
        out.use_areas.push_back(std::move(a));
      }
    }
  }
  return out;
}

std::optional<twin::BuildingUse> use_at(const std::vector<UseArea>& areas, twin::Vec2 p) {
  std::optional<twin::BuildingUse> best;
  double best_area = 0.0;
  for (const UseArea& a : areas) {
    if (p.x_m < a.min_corner.x_m || p.x_m > a.max_corner.x_m || p.y_m < a.min_corner.y_m || p.y_m > a.max_corner.y_m)
      continue;
    if (!inside(a.ring, p)) continue;
    const double area = twin::polygon_signed_area_m2(a.ring.data(), static_cast<std::uint32_t>(a.ring.size()));
    if (!best || area < best_area) {
      best = a.use;
      best_area = area;
    }
  }
  return best;
}

}  // namespace geo
