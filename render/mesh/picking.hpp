// Picking buildings under a ray (a screen point unprojected by the camera): exact ray vs extruded
// footprint prism (walls and roof), accelerated by a uniform grid over footprints.
#pragma once

#include <cstdint>
#include <vector>

#include "twin/city/city.hpp"

namespace render {

struct Ray {
  double origin[3];     // metres, world frame (z up)
  double direction[3];  // need not be unit
};

// Keeps a pointer to the city: the city must outlive the picker, and a picker must be rebuilt when
// the buildings change. Buildings with fewer than 3 corners or no positive height are never hit.
class BuildingPicker {
 public:
  explicit BuildingPicker(const twin::City& city, double cell_size_m = 100.0);
  // Nearest building hit along the ray, or -1. Distance along the ray in units of |direction|.
  std::int32_t pick(const Ray& ray, double* hit_t = nullptr) const;

 private:
  const twin::City* city_;
  double cell_size_m_;
  double min_x_m_, min_y_m_;
  double max_x_m_, max_y_m_;   // bounds of all footprints: rays are clipped to this box
  double max_height_m_;        // ... and to z in [0, tallest building]
  std::uint32_t nx_, ny_;
  std::vector<std::uint32_t> cell_begin_;  // CSR: buildings overlapping each cell
  std::vector<std::uint32_t> cell_items_;
};

}  // namespace render
