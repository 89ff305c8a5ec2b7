// Sensor models and sampling designs for synthetic observations (issue 11, item 1): the random noise and
// linear drift of high-precision (CRDS, Picarro-class) and low-cost NDIR sensors, mobile transects along
// road links and satellite XCO2 swaths (OCO-2/3-like). Figures: assets/monitor/sensors.csv (cited).
// Reproducible: every draw is a pure function of (seed, sensor, draw) through twin/uncertainty's
// counter-based SplitMix64 and its libm-free inverse normal, so native and wasm agree bit for bit.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "twin/city/city.hpp"

namespace twin::monitor {

struct SensorModel {
  double noise_ppm = 0.0;          // 1σ random error of one reading
  double drift_ppm_per_day = 0.0;  // bias growing linearly since the last calibration
};
SensorModel high_precision_sensor();  // sensors.csv high_precision.*
SensorModel lowcost_sensor();         // sensors.csv lowcost.*

struct SatelliteSpec {
  double noise_ppm = 0.0;  // 1σ single-sounding XCO2
  double footprint_across_m = 0.0, footprint_along_m = 0.0;
  int footprints_per_frame = 0;
};
SatelliteSpec oco_like_satellite();  // sensors.csv satellite.*

struct SensorRow {
  const char* key;
  double value;
};
std::vector<SensorRow> sensor_rows();  // = assets/monitor/sensors.csv (key, value)

// A standard normal draw, a pure function of its three integers.
double standard_normal(std::uint64_t seed, std::uint64_t sensor, std::uint64_t draw);
// true + drift × days since calibration + noise × standard_normal(seed, sensor, draw).
double sensor_reading_ppm(const SensorModel& model, double true_ppm, double days_since_calibration,
                          std::uint64_t seed, std::uint64_t sensor, std::uint64_t draw);

struct TransectPoint {
  double x_m = 0.0, y_m = 0.0;
  double t_s = 0.0;  // seconds after the start
};
// The polyline of consecutive road links (each link's to-node is the next one's from-node). "" or
// what is wrong (an unknown link, a gap between links).
std::string road_path(const RoadNetwork& roads, const std::vector<std::uint32_t>& links, std::vector<Vec2>* path);
// Points every spacing_m along the polyline from its start (the first at distance 0, the last at the
// largest multiple of spacing_m not beyond the end), at t = distance / speed. "" or what is wrong
// (fewer than 2 points, spacing or speed not > 0, non-finite coordinates).
std::string sample_transect(const std::vector<Vec2>& path, double spacing_m, double speed_m_s,
                            std::vector<TransectPoint>* points);

struct Sounding {
  double x_m = 0.0, y_m = 0.0;  // footprint centre
  int frame = 0, footprint = 0;
};
// One overpass: frames every footprint_along_m along the ground track from `start` in `direction`
// (any non-zero vector) over length_m, each with footprints_per_frame footprints side by side across
// the track, centred on it. "" or what is wrong.
std::string satellite_swath(Vec2 start, Vec2 direction, double length_m, const SatelliteSpec& spec,
                            std::vector<Sounding>* soundings);

}  // namespace twin::monitor
