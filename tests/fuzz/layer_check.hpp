// Invariants every geo reader's LayerRead must keep (geo/feature.hpp), checked by the geo fuzz
// targets: issues carry the file name and a reason, a file that could not be read says why, and
// no coordinate is NaN or infinite (bad numbers are reported, never passed on).
#pragma once

#include <cmath>
#include <string>

#include "geo/feature.hpp"
#include "tests/fuzz/fuzz_check.hpp"

namespace ct_fuzz {

inline void check_point(const geo::Point& p) { check(std::isfinite(p.x) && std::isfinite(p.y)); }

inline void check_layer(const geo::LayerRead& layer, const std::string& file_name) {
  check(layer.file == file_name);
  for (const auto* issues : {&layer.errors, &layer.warnings}) {
    for (const geo::Issue& issue : *issues) {
      check(!issue.message.empty());
      check(issue.file.rfind(file_name, 0) == 0);  // the zip reader names "<zip>/<layer>.shp"
    }
  }
  check(layer.file_ok || !layer.errors.empty());
  for (const geo::Feature& f : layer.features) {
    check(f.kind < geo::FeatureKind::Count);
    check(!std::isinf(f.ground_z) && !std::isinf(f.roof_z));
    for (const geo::Polygon& polygon : f.polygons) {
      for (const geo::Point& p : polygon.outer) check_point(p);
      for (const geo::Ring& hole : polygon.holes)
        for (const geo::Point& p : hole) check_point(p);
    }
    for (const auto& line : f.lines)
      for (const geo::Point& p : line) check_point(p);
    for (const geo::Point& p : f.points) check_point(p);
  }
}

}  // namespace ct_fuzz
