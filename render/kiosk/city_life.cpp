#include "render/kiosk/city_life.hpp"

#include <algorithm>
#include <cmath>

namespace render {
namespace {

// A fixed pseudo-random number in [0, 1) per index (SplitMix64's finaliser): stable phases and roof
// choices without any state.
double unit_hash(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  x ^= x >> 31;
  return static_cast<double>(x >> 11) * 0x1.0p-53;
}

double fract(double v) { return v - std::floor(v); }

}  // namespace

void traffic_particles(const twin::RoadNetwork& roads, const std::vector<double>& flow_pcu_h, double t_s,
                       std::size_t max_particles, std::vector<glm::dvec3>* out) {
  out->clear();
  const std::uint32_t links = roads.link_count();
  if (flow_pcu_h.size() != links || max_particles == 0) return;
  double total = 0.0;
  for (double f : flow_pcu_h)
    if (std::isfinite(f) && f > 0.0) total += f;
  if (!(total > 0.0)) return;
  for (std::uint32_t l = 0; l < links; ++l) {
    const double f = flow_pcu_h[l];
    if (!(std::isfinite(f) && f > 0.0)) continue;
    const auto n = static_cast<std::size_t>(std::floor(f / total * static_cast<double>(max_particles) + 0.5));
    const double length = roads.link_length_m[l];
    if (n == 0 || !(length > 0.0)) continue;
    const twin::Vec2 a = roads.node_xy[roads.link_from[l]];
    const twin::Vec2 b = roads.node_xy[roads.link_to[l]];
    const double speed_m_s = roads.link_free_speed_kmh[l] / 3.6 * kTrafficSpeedup;
    const double offset = unit_hash(l);
    for (std::size_t k = 0; k < n && out->size() < max_particles; ++k) {
      const double s = fract(offset + (static_cast<double>(k) + 0.5) / static_cast<double>(n) + t_s * speed_m_s / length);
      out->emplace_back(a.x_m + s * (b.x_m - a.x_m), a.y_m + s * (b.y_m - a.y_m), kCarHeight_m);
    }
  }
}

std::array<Puff, kPuffCount> chimney_puffs(double t_s, double intensity) {
  const double strength = std::clamp(std::isfinite(intensity) ? intensity : 0.0, 0.0, 1.5);
  std::array<Puff, kPuffCount> puffs{};
  for (int k = 0; k < kPuffCount; ++k) {
    const double age = fract(t_s / kPuffPeriod_s + static_cast<double>(k) / kPuffCount);
    puffs[static_cast<std::size_t>(k)] = {age, 1.0 + 1.5 * age, std::min(1.0, strength) * (1.0 - age) * 0.85};
  }
  return puffs;
}

void pv_glints(std::uint32_t roof_count, double pv_share, double t_s, std::size_t max_glints, std::vector<Glint>* out) {
  out->clear();
  const double share = std::clamp(std::isfinite(pv_share) ? pv_share : 0.0, 0.0, 1.0);
  if (share <= 0.0) return;
  for (std::uint32_t i = 0; i < roof_count && out->size() < max_glints; ++i) {
    if (unit_hash(i) >= share) continue;  // this roof has no PV at this share
    // A short flash: the top of a sharpened sine, about a tenth of the period.
    const double phase = fract(t_s / kGlintPeriod_s + unit_hash(static_cast<std::uint64_t>(i) + 0x5bd1e995ull));
    const double wave = std::sin(6.283185307179586 * phase);
    const double brightness = wave > 0.0 ? std::pow(wave, 16.0) : 0.0;
    if (brightness > 0.05) out->push_back({i, static_cast<float>(brightness)});
  }
}

}  // namespace render
