// Orbit camera over the city: target point on the ground, distance, yaw and pitch. Produces the
// view/projection matrices and unprojects screen points to picking rays. Input handlers (mouse
// drag, wheel, one-finger orbit, pinch zoom, two-finger pan) only call these operations.
#pragma once

#include <glm/glm.hpp>

#include "render/mesh/picking.hpp"

namespace render {

struct OrbitCamera {
  glm::dvec3 target{0.0, 0.0, 0.0};  // metres, on the ground
  double distance_m = 16000.0;
  double yaw_rad = -0.6;             // around z, 0 = looking north
  double pitch_rad = 0.9;            // above the horizon, clamped to [0.1, 1.5]
  double fov_y_rad = 0.8;
  double min_distance_m = 80.0, max_distance_m = 60000.0;

  glm::dvec3 eye() const;
  // Unit vectors of the camera frame (forward = from eye to target), as used by view().
  glm::dvec3 forward() const;
  glm::dvec3 right() const;
  glm::dvec3 up() const;
  // Clip planes, scaled with distance so depth precision follows the zoom level (80 m … 60 km).
  double near_m() const;
  double far_m() const;
  glm::mat4 view() const;
  glm::mat4 projection(double aspect) const;
  // Screen point in pixels (origin top-left) to a world ray.
  Ray screen_ray(double x_px, double y_px, double width_px, double height_px) const;
  // Where the screen point's ray meets the ground plane z = z_m (tapping stations on the map);
  // false when it points above the horizon (or within ~0.06° of it).
  bool screen_to_ground(double x_px, double y_px, double width_px, double height_px, glm::dvec3* hit,
                        double z_m = 0.0) const;
  // World point to screen pixels; returns false if behind the camera.
  bool world_to_screen(const glm::dvec3& world, double width_px, double height_px, double* x_px,
                       double* y_px) const;

  // Adds to yaw (wrapped to [-pi, pi)) and pitch, then clamps.
  void orbit(double d_yaw_rad, double d_pitch_rad);
  // factor > 1 zooms in (distance divided by factor, like a pinch scale); the ground point under
  // (x_px, y_px) stays under it. Above the horizon it zooms about the target.
  void zoom(double factor, double width_px, double height_px, double x_px, double y_px);  // about a screen point
  // Moves the target in its ground plane so the ground follows a finger/mouse drag of (dx, dy) px.
  void pan_pixels(double dx_px, double dy_px, double width_px, double height_px);
  // Exact form of pan: the ground point under (from) ends up under (to).
  void pan_screen(double from_x_px, double from_y_px, double to_x_px, double to_y_px,
                  double width_px, double height_px);
  // Pitch into [kMinPitch_rad, kMaxPitch_rad], distance into [min_distance_m, max_distance_m].
  void clamp();

  static constexpr double kMinPitch_rad = 0.1;
  static constexpr double kMaxPitch_rad = 1.5;
};

}  // namespace render
