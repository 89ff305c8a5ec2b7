// validate_mix_path() and mix_path_share() (mix_path.hpp).
#include "twin/energy_mix/mix_path.hpp"

#include <cassert>
#include <cmath>
#include <sstream>

namespace twin::energy_mix {

std::vector<MixPathError> validate_mix_path(const std::vector<MixPathPoint>& path) {
  std::vector<MixPathError> errors;
  for (std::size_t i = 0; i < path.size(); ++i) {
    const MixPathPoint& p = path[i];
    const int index = static_cast<int>(i);
    if (p.year < 2020 || p.year > 2060)
      errors.push_back({index, "year", "year " + std::to_string(p.year) + " is outside 2020–2060"});
    else if (i > 0 && p.year <= path[i - 1].year)
      errors.push_back({index, "year",
                        "year " + std::to_string(p.year) + " is not after the previous point's " +
                            std::to_string(path[i - 1].year) + " (years must strictly increase)"});
    if (!std::isfinite(p.nonfossil_share)) {
      errors.push_back({index, "nonfossil_share", "not a finite number"});
    } else if (p.nonfossil_share < 0.0 || p.nonfossil_share > 1.0) {
      std::ostringstream m;
      m << "share " << p.nonfossil_share << " is outside [0, 1]";
      errors.push_back({index, "nonfossil_share", m.str()});
    }
  }
  return errors;
}

double mix_path_share(const std::vector<MixPathPoint>& path, int year) {
  assert(!path.empty() && "mix_path_share needs a non-empty path");
  if (year <= path.front().year) return path.front().nonfossil_share;
  if (year >= path.back().year) return path.back().nonfossil_share;
  for (std::size_t i = 1; i < path.size(); ++i) {
    const MixPathPoint& a = path[i - 1];
    const MixPathPoint& b = path[i];
    if (year <= b.year) {
      const double t = static_cast<double>(year - a.year) / static_cast<double>(b.year - a.year);
      return a.nonfossil_share + t * (b.nonfossil_share - a.nonfossil_share);
    }
  }
  return path.back().nonfossil_share;
}

}  // namespace twin::energy_mix
