// Names of feature kinds, attribute look-up and issue formatting (feature.hpp).
#include "geo/feature.hpp"

namespace geo {

const char* to_string(FeatureKind kind) {
  switch (kind) {
    case FeatureKind::Building: return "building";
    case FeatureKind::Road: return "road";
    case FeatureKind::Path: return "path";
    case FeatureKind::Rail: return "rail";
    case FeatureKind::Station: return "station";
    case FeatureKind::Ground: return "ground";
    case FeatureKind::Other: return "other";
    case FeatureKind::Count: break;
  }
  return "unknown";
}

const std::string* Feature::attribute(const std::string& key) const {
  for (const auto& [k, v] : attributes)
    if (k == key) return &v;
  return nullptr;
}

std::string to_string(const Issue& issue) {
  std::string s = issue.file;
  if (!issue.place.empty()) s += (s.empty() ? "" : ": ") + issue.place;
  s += (s.empty() ? "" : ": ") + issue.message;
  return s;
}

}  // namespace geo
