// The thermal network of one zone (ISO 52016-1:2017 §6.5.6–6.5.7 node structure): node 0 is the
// zone air; every opaque element is a chain of nodes through its layers (construction.hpp); every
// window is two massless nodes (outer and inner glass surface) joined by the glazing conductance.
// Interior surface nodes exchange heat with the air by convection and with each other by long-wave
// radiation, h_ri·A_i·F_ij with the box's view factors, or area-weighted (ISO 52016-1 eq. (35):
// h_ri·Σ_j A_j/A_tot·(θ_j − θ_i)). Exterior nodes
// see outdoor air (convection + long-wave to the ground share of the view) and the sky (long-wave
// with the sky view factor (1 + cos tilt)/2).
#pragma once

#include <Eigen/Dense>
#include <array>
#include <vector>

#include "twin/buildings/zone_spec.hpp"

namespace twin::buildings {

enum class SurfaceKind { kWall, kRoof, kFloor, kWindow };

struct ZoneSurface {
  SurfaceKind kind = SurfaceKind::kWall;
  int facade = -1;            // Facade index for walls and windows, -1 for roof and floor
  int window = -1;            // index into ZoneSpec::windows for windows
  double area_m2 = 0;         // net (walls exclude their windows)
  double tilt_deg = 90;       // of the outward normal: 0 = facing up, 180 = facing down
  double azimuth_deg = 180;   // outward normal, from north clockwise
  bool sun_exposed = true;
  int exterior_node = -1;     // -1 when the outer face is held at a boundary temperature
  int interior_node = -1;
  double interior_solar_absorptance = 0.6;
};

enum class FilmOrientation { kVertical, kFloor, kCeiling };

// An interior convective film (surface node ↔ air node). The matrix holds it at
// reference_w_per_m2k; the simulation adds the difference to the current coefficient as a lagged,
// energy-conserving source pair (zone_simulation.hpp).
struct InteriorFilm {
  int node = -1;
  double area_m2 = 0;
  FilmOrientation orientation = FilmOrientation::kVertical;
  double reference_w_per_m2k = 0;
};

// Long-wave exchange of an exterior surface node with the sky (share sky_view) and the ground at
// outdoor air temperature (1 − sky_view), held in the matrix at ε·h_r0,e.
struct ExteriorRadiation {
  int node = -1;
  double area_m2 = 0;
  double emissivity = 0.9;
  double sky_view = 0.5;
  double reference_w_per_m2k = 0;  // ε·h_r0,e
};

// Exterior convection of a surface node to outdoor air, held in the matrix at reference_w_per_m2k
// (SurfaceCoefficients::exterior_convective); with ExteriorConvection::kDoe2 the simulation
// replaces it each step by the wind- and temperature-dependent value (zone_simulation.hpp).
struct ExteriorConvectionFilm {
  int node = -1;
  double area_m2 = 0;
  double tilt_deg = 90;
  double azimuth_deg = 180;
  double height_m = 1;              // centroid above ground, for the wind profile
  double roughness_multiplier = 1;  // R_f
  double reference_w_per_m2k = 0;
};

// Surface-to-surface conductance of a window whose gap conductance depends on temperature
// (Glazing::gap_width_m > 0), held in the matrix at Glazing::conductance_w_per_m2k.
struct WindowGap {
  int outer_node = -1;
  int inner_node = -1;
  int window = -1;  // index into ZoneSpec::windows
  double area_m2 = 0;
  double height_m = 0;
  double reference_w_per_m2k = 0;
};

struct ZoneNetwork {
  int node_count = 0;
  static constexpr int kAirNode = 0;
  Eigen::VectorXd capacity_j_per_k;
  // Links between nodes plus boundary conductances on the diagonal, films at their reference values.
  Eigen::MatrixXd conductance_w_per_k;
  Eigen::VectorXd to_outdoor_air_w_per_k;  // includes infiltration at the air node
  Eigen::VectorXd to_sky_w_per_k;
  Eigen::VectorXd to_ground_w_per_k;
  double infiltration_w_per_k = 0;
  std::vector<ZoneSurface> surfaces;
  int floor_surface = -1;
  int ceiling_surface = -1;
  std::vector<InteriorFilm> interior_films;
  std::vector<ExteriorRadiation> exterior_radiation;
  std::vector<ExteriorConvectionFilm> exterior_convection;
  std::vector<WindowGap> window_gaps;
  // Interior long-wave links (node a, node b, conductance at h_ri), for the temperature correction.
  std::vector<std::array<double, 3>> interior_radiation;
  // Where 1 W of source ends up (W per W, over nodes): radiative internal gains, and solar
  // transmitted by the windows after its first hit and multiple interior reflections. The share
  // reflected back out through the windows is lost, so solar_lost_fraction = 1 − Σ solar_map.
  Eigen::VectorXd radiative_gain_map;
  Eigen::VectorXd transmitted_solar_map;
  double solar_lost_fraction = 0;
};

// Moist-air-free sea-level-referenced density (ASHRAE Fundamentals 2017 ch. 1 eq. (3) for the
// standard pressure at elevation, ideal gas at temperature_c).
double air_density_kg_per_m3(double elevation_m, double temperature_c);
inline constexpr double kAirSpecificHeat_j_per_kgk = 1006.0;

ZoneNetwork build_zone_network(const ZoneSpec& spec, double elevation_m);

// Interior convective coefficient (W/m²K) of a film for the current surface − air difference.
double interior_convective_coefficient(const SurfaceCoefficients& h, FilmOrientation orientation,
                                       double surface_minus_air_k);
// The value the matrix holds: ISO fixed values (mean of up/down for horizontal films), or the Walton
// correlations at |ΔT| = 3 K (mean of stable/unstable for horizontal films).
double interior_convective_reference(const SurfaceCoefficients& h, FilmOrientation orientation);
// Walton (1983) natural convection (TARP), W/m²K, of a surface at `tilt_deg` (outward normal; 0 =
// facing up) and surface − air difference; EnergyPlus Engineering Reference "TARP algorithm".
double walton_natural_convection(double tilt_deg, double surface_minus_air_k);
// Exterior convection coefficient, W/m²K: constant h_ce, or the DOE-2 model (zone_spec.hpp) for the
// wind at 10 m (speed, direction from north) and the surface − outdoor-air difference.
double exterior_convective_coefficient(const SurfaceCoefficients& h, const ExteriorConvectionFilm& film,
                                       double wind_speed_10m_m_s, double wind_direction_deg,
                                       double surface_minus_air_k);
// Exterior long-wave coefficient between a surface at surface_c and a body at other_c, W/m²K.
double exterior_radiative_coefficient(const SurfaceCoefficients& h, double emissivity, double surface_c,
                                      double other_c);

// View factor between two faces of a rectangular box: aligned parallel a × b rectangles a distance
// c apart, and perpendicular rectangles sharing an edge of length `edge` (widths away from the edge
// w_from for the emitting face, w_to for the receiving one).
double view_factor_parallel(double a, double b, double c);
double view_factor_perpendicular(double edge, double w_from, double w_to);

// Adds a conductance between two nodes (symmetric).
void add_link(Eigen::MatrixXd& conductance_w_per_k, int a, int b, double g_w_per_k);

}  // namespace twin::buildings
