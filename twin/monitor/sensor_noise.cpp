// Sensor models, transects and swaths (sensor_noise.hpp).
#include "twin/monitor/sensor_noise.hpp"

#include <cmath>

#include "twin/uncertainty/counter_rng.hpp"
#include "twin/uncertainty/distributions.hpp"

namespace twin::monitor {

namespace {
// = assets/monitor/sensors.csv (the test compares them).
constexpr SensorRow kRows[] = {
    {"high_precision.noise_ppm", 0.023},    {"high_precision.drift_ppm_per_day", 0.0},
    {"lowcost.noise_ppm", 1.6},             {"lowcost.drift_ppm_per_day", 0.038},
    {"satellite.noise_ppm", 1.0},           {"satellite.footprint_across_m", 1600.0},
    {"satellite.footprint_along_m", 2200.0}, {"satellite.footprints_per_frame", 8.0},
};
double row(const char* key) {
  for (const SensorRow& r : kRows)
    if (std::string(r.key) == key) return r.value;
  return 0.0;
}
}  // namespace

SensorModel high_precision_sensor() { return {row("high_precision.noise_ppm"), row("high_precision.drift_ppm_per_day")}; }
SensorModel lowcost_sensor() { return {row("lowcost.noise_ppm"), row("lowcost.drift_ppm_per_day")}; }
SatelliteSpec oco_like_satellite() {
  return {row("satellite.noise_ppm"), row("satellite.footprint_across_m"), row("satellite.footprint_along_m"),
          static_cast<int>(row("satellite.footprints_per_frame"))};
}
std::vector<SensorRow> sensor_rows() { return {std::begin(kRows), std::end(kRows)}; }

double standard_normal(std::uint64_t seed, std::uint64_t sensor, std::uint64_t draw) {
  return uncertainty::inverse_normal_cdf(uncertainty::counter_uniform(seed, sensor, draw));
}

double sensor_reading_ppm(const SensorModel& m, double true_ppm, double days, std::uint64_t seed, std::uint64_t sensor,
                          std::uint64_t draw) {
  return true_ppm + m.drift_ppm_per_day * days + m.noise_ppm * standard_normal(seed, sensor, draw);
}

std::string road_path(const RoadNetwork& roads, const std::vector<std::uint32_t>& links, std::vector<Vec2>* path) {
  path->clear();
  for (std::size_t k = 0; k < links.size(); ++k) {
    const std::uint32_t l = links[k];
    if (l >= roads.link_from.size()) return "link " + std::to_string(l) + " does not exist";
    if (k > 0 && roads.link_from[l] != roads.link_to[links[k - 1]])
      return "link " + std::to_string(l) + " does not start where link " + std::to_string(links[k - 1]) + " ends";
    if (k == 0) path->push_back(roads.node_xy[roads.link_from[l]]);
    path->push_back(roads.node_xy[roads.link_to[l]]);
  }
  if (path->size() < 2) return "a transect needs at least one link";
  return "";
}

std::string sample_transect(const std::vector<Vec2>& path, double spacing_m, double speed_m_s,
                            std::vector<TransectPoint>* points) {
  points->clear();
  if (path.size() < 2) return "a transect needs at least 2 points";
  if (!(spacing_m > 0.0) || !std::isfinite(spacing_m)) return "spacing must be a finite number > 0";
  if (!(speed_m_s > 0.0) || !std::isfinite(speed_m_s)) return "speed must be a finite number > 0";
  for (const Vec2& v : path)
    if (!std::isfinite(v.x_m) || !std::isfinite(v.y_m)) return "a path point is not finite";
  double seg_start = 0.0;  // distance along the path where the current segment starts
  long next = 0;           // index of the next point: at next × spacing
  for (std::size_t k = 0; k + 1 < path.size(); ++k) {
    const Vec2 a = path[k], b = path[k + 1];
    const double len = std::sqrt((b.x_m - a.x_m) * (b.x_m - a.x_m) + (b.y_m - a.y_m) * (b.y_m - a.y_m));
    const bool last = k + 2 == path.size();
    for (;;) {
      const double d = static_cast<double>(next) * spacing_m;  // no accumulated rounding
      const double local = d - seg_start;
      if (local > len || (!last && local == len && len > 0.0)) break;
      const double u = len > 0.0 ? local / len : 0.0;
      points->push_back({a.x_m + u * (b.x_m - a.x_m), a.y_m + u * (b.y_m - a.y_m), d / speed_m_s});
      ++next;
      if (len == 0.0) break;
    }
    seg_start += len;
  }
  return "";
}

std::string satellite_swath(Vec2 start, Vec2 direction, double length_m, const SatelliteSpec& s,
                            std::vector<Sounding>* soundings) {
  soundings->clear();
  const double norm = std::sqrt(direction.x_m * direction.x_m + direction.y_m * direction.y_m);
  if (!(norm > 0.0) || !std::isfinite(norm)) return "the track direction must be a finite non-zero vector";
  if (!(length_m >= 0.0) || !std::isfinite(length_m)) return "the track length must be a finite number ≥ 0";
  if (!(s.footprint_across_m > 0.0) || !(s.footprint_along_m > 0.0) || s.footprints_per_frame < 1)
    return "footprint sizes must be > 0 and footprints per frame ≥ 1";
  const double ax = direction.x_m / norm, ay = direction.y_m / norm;  // along
  const double cx = -ay, cy = ax;                                    // across (left of the track)
  const int frames = static_cast<int>(std::floor(length_m / s.footprint_along_m)) + 1;
  for (int f = 0; f < frames; ++f)
    for (int p = 0; p < s.footprints_per_frame; ++p) {
      const double along = f * s.footprint_along_m;
      const double across = (p - 0.5 * (s.footprints_per_frame - 1)) * s.footprint_across_m;
      soundings->push_back({start.x_m + along * ax + across * cx, start.y_m + along * ay + across * cy, f, p});
    }
  return "";
}

}  // namespace twin::monitor
