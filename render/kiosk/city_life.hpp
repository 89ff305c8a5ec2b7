// The kiosk's "visible life" (issue 12, "Look and feel"): where the moving things of the 3D city are at
// time t — cars flowing along the roads in proportion to the transport model's link flows, smoke puffs
// rising from the plants' chimneys (as thick as the plants' emissions of the year shown, so they fade as
// policies act), and glints on the roofs that carry PV. Pure functions of the model's results and the
// clock (world metres and shares); the app projects and draws them (wasm/app_city_life.cpp).
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include <glm/glm.hpp>

#include "twin/city/city.hpp"

namespace render {

// Cars move this many times faster than real time, so a crossing of the district takes tens of seconds.
inline constexpr double kTrafficSpeedup = 10.0;
inline constexpr double kCarHeight_m = 2.0;

// Up to max_particles positions, shared among the links in proportion to their flow (links with less
// than half a particle's share get none), evenly spaced along each link, each moving at the link's
// free speed × kTrafficSpeedup. flow_pcu_h has one entry per link (else nothing is produced).
void traffic_particles(const twin::RoadNetwork& roads, const std::vector<double>& flow_pcu_h, double t_s,
                       std::size_t max_particles, std::vector<glm::dvec3>* out);

// One chimney's smoke: kPuffCount puffs rising over kPuffPeriod_s each, evenly staggered.
inline constexpr int kPuffCount = 6;
inline constexpr double kPuffPeriod_s = 4.0;
struct Puff {
  double rise = 0.0;          // 0 at the chimney top … 1 at the plume's top
  double radius_scale = 1.0;  // grows as the puff rises (1 … 2.5)
  double alpha = 0.0;         // 0–1: fades as it rises, × the intensity
};
// intensity: the plant's emissions of the year relative to its base year (clamped to 0–1.5; 0 = none).
std::array<Puff, kPuffCount> chimney_puffs(double t_s, double intensity);

// Roofs glinting at t: a fixed share pv_share (0–1) of the roofs — the same roofs as the share grows —
// each flashing briefly once per kGlintPeriod_s on its own phase. Out: (roof index, brightness 0–1)
// for roofs whose brightness is above 0.05, at most max_glints.
inline constexpr double kGlintPeriod_s = 3.0;
struct Glint {
  std::uint32_t roof = 0;
  float brightness = 0.0f;
};
void pv_glints(std::uint32_t roof_count, double pv_share, double t_s, std::size_t max_glints, std::vector<Glint>* out);

}  // namespace render
