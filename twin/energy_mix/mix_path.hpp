// The user's own grid mix path: points (year → non-fossil share of generation) that replace the
// baseline path of mix_tables.hpp when a scenario gives them. Linear between points, flat before the
// first and after the last, like the baseline anchors. validate_mix_path() names every bad point.
#pragma once

#include <string>
#include <vector>

namespace twin::energy_mix {

struct MixPathPoint {
  int year = 0;                 // 2020–2060, strictly increasing along the path
  double nonfossil_share = 0.0; // of generation, 0–1
};

struct MixPathError {
  int index = 0;        // the point's position in the path
  std::string field;    // "year" or "nonfossil_share"
  std::string message;  // what is wrong, with the allowed range
};

// Empty when the path is usable: every year inside 2020–2060 and above the previous point's, every
// share finite inside [0, 1]. An empty path is valid (it means "the baseline path").
std::vector<MixPathError> validate_mix_path(const std::vector<MixPathPoint>& path);

// The path's share of a year (the path must be valid and non-empty).
double mix_path_share(const std::vector<MixPathPoint>& path, int year);

}  // namespace twin::energy_mix
