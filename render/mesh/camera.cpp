// OrbitCamera. Everything is computed in double from one camera frame (forward/right/up); view()
// and projection() are the glm lookAt/perspective of that same frame, so screen_ray and
// world_to_screen agree with what GL draws.
#include "render/mesh/camera.hpp"

#include <algorithm>
#include <cmath>

#include <glm/gtc/matrix_transform.hpp>

namespace render {
namespace {

constexpr double kPi = 3.14159265358979323846;

// Where the ray meets the horizontal plane z = z_m, if it goes down towards it in front of the
// origin. Rays within ~0.06° of the horizon are refused: their hit is too far to be useful.
bool ray_hits_plane(const Ray& ray, double z_m, glm::dvec3* hit) {
  const glm::dvec3 o(ray.origin[0], ray.origin[1], ray.origin[2]);
  const glm::dvec3 d(ray.direction[0], ray.direction[1], ray.direction[2]);
  if (!(d.z < -1.0e-3 * glm::length(d))) return false;
  const double t = (z_m - o.z) / d.z;
  if (!(t > 0.0)) return false;
  *hit = o + t * d;
  return true;
}

}  // namespace

glm::dvec3 OrbitCamera::forward() const {
  // yaw 0 looks north (+y); positive yaw turns counter-clockwise seen from above.
  const double c = std::cos(pitch_rad);
  return {-std::sin(yaw_rad) * c, std::cos(yaw_rad) * c, -std::sin(pitch_rad)};
}

glm::dvec3 OrbitCamera::right() const { return {std::cos(yaw_rad), std::sin(yaw_rad), 0.0}; }

glm::dvec3 OrbitCamera::up() const { return glm::cross(right(), forward()); }

glm::dvec3 OrbitCamera::eye() const { return target - distance_m * forward(); }

double OrbitCamera::near_m() const { return std::clamp(0.01 * distance_m, 1.0, 200.0); }

// Far enough to see across a 15–30 km city from any orbit; the ratio far/near stays below ~5e4.
double OrbitCamera::far_m() const { return distance_m + 50000.0; }

glm::mat4 OrbitCamera::view() const {
  return glm::mat4(glm::lookAt(eye(), target, glm::dvec3(0.0, 0.0, 1.0)));
}

glm::mat4 OrbitCamera::projection(double aspect) const {
  return glm::mat4(glm::perspective(fov_y_rad, aspect, near_m(), far_m()));
}

Ray OrbitCamera::screen_ray(double x_px, double y_px, double width_px, double height_px) const {
  const double ndc_x = 2.0 * x_px / width_px - 1.0;
  const double ndc_y = 1.0 - 2.0 * y_px / height_px;
  const double tan_half = std::tan(0.5 * fov_y_rad);
  const double aspect = width_px / height_px;
  const glm::dvec3 dir =
      forward() + right() * (ndc_x * tan_half * aspect) + up() * (ndc_y * tan_half);
  const glm::dvec3 o = eye();
  return Ray{{o.x, o.y, o.z}, {dir.x, dir.y, dir.z}};
}

bool OrbitCamera::screen_to_ground(double x_px, double y_px, double width_px, double height_px, glm::dvec3* hit,
                                   double z_m) const {
  return ray_hits_plane(screen_ray(x_px, y_px, width_px, height_px), z_m, hit);
}

bool OrbitCamera::world_to_screen(const glm::dvec3& world, double width_px, double height_px,
                                  double* x_px, double* y_px) const {
  const glm::dvec3 v = world - eye();
  const double depth = glm::dot(v, forward());
  if (!(depth > 0.0)) return false;
  const double tan_half = std::tan(0.5 * fov_y_rad);
  const double aspect = width_px / height_px;
  const double ndc_x = glm::dot(v, right()) / (depth * tan_half * aspect);
  const double ndc_y = glm::dot(v, up()) / (depth * tan_half);
  *x_px = 0.5 * (ndc_x + 1.0) * width_px;
  *y_px = 0.5 * (1.0 - ndc_y) * height_px;
  return true;
}

void OrbitCamera::clamp() {
  pitch_rad = std::clamp(pitch_rad, kMinPitch_rad, kMaxPitch_rad);
  distance_m = std::clamp(distance_m, min_distance_m, max_distance_m);
}

void OrbitCamera::orbit(double d_yaw_rad, double d_pitch_rad) {
  yaw_rad = std::remainder(yaw_rad + d_yaw_rad, 2.0 * kPi);  // keeps yaw small over long sessions
  pitch_rad += d_pitch_rad;
  clamp();
}

void OrbitCamera::zoom(double factor, double width_px, double height_px, double x_px, double y_px) {
  if (!(factor > 0.0) || !std::isfinite(factor)) return;
  glm::dvec3 before;
  const bool anchored =
      ray_hits_plane(screen_ray(x_px, y_px, width_px, height_px), target.z, &before);
  distance_m /= factor;
  clamp();
  if (!anchored) return;
  // Same orientation, so the cursor ray keeps its direction; moving the target translates its
  // ground hit by the same amount.
  glm::dvec3 after;
  if (ray_hits_plane(screen_ray(x_px, y_px, width_px, height_px), target.z, &after)) {
    target.x += before.x - after.x;
    target.y += before.y - after.y;
  }
}

void OrbitCamera::pan_screen(double from_x_px, double from_y_px, double to_x_px, double to_y_px,
                             double width_px, double height_px) {
  glm::dvec3 from, to;
  if (ray_hits_plane(screen_ray(from_x_px, from_y_px, width_px, height_px), target.z, &from) &&
      ray_hits_plane(screen_ray(to_x_px, to_y_px, width_px, height_px), target.z, &to)) {
    // Near the horizon one pixel spans kilometres; cap a single step at the orbit distance.
    glm::dvec3 shift = from - to;
    const double length_m = glm::length(shift);
    if (length_m > distance_m) shift *= distance_m / length_m;
    target.x += shift.x;
    target.y += shift.y;
    return;
  }
  // Above the horizon: move by the scale at the target, along the ground axes of the screen.
  const double m_per_px = 2.0 * distance_m * std::tan(0.5 * fov_y_rad) / height_px;
  const glm::dvec3 r = right();
  const glm::dvec3 ahead(-r.y, r.x, 0.0);
  target -= r * ((to_x_px - from_x_px) * m_per_px);
  target += ahead * ((to_y_px - from_y_px) * m_per_px);
}

void OrbitCamera::pan_pixels(double dx_px, double dy_px, double width_px, double height_px) {
  // The finger's position is unknown here; the screen centre stands in for it.
  const double cx = 0.5 * width_px, cy = 0.5 * height_px;
  pan_screen(cx, cy, cx + dx_px, cy + dy_px, width_px, height_px);
}

}  // namespace render
