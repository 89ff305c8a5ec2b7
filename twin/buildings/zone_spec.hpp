// ZoneSpec: everything the single-zone hourly model (zone_simulation.hpp) needs, as plain data.
// A rectangular box: the "south" facade is length_m long and faces azimuth 180° + rotation_deg;
// facades go clockwise south → west → north → east. Constructions are layered outside → inside.
// default_zone_spec() is ASHRAE Standard 140-2020 Case 600 (lightweight, 12 m² south glazing),
// bestest_case900_spec() its heavyweight variant; FF (free-float) cases set hvac_enabled = false.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "twin/buildings/construction.hpp"
#include "twin/buildings/glazing.hpp"

namespace twin::buildings {

enum class Facade { kSouth = 0, kWest = 1, kNorth = 2, kEast = 3 };
inline constexpr int kFacadeCount = 4;
const char* facade_name(Facade facade);  // "south", "west", …

enum class FloorBoundary {
  kGround,      // outer face held at ground_temperature_c (no film), as EnergyPlus "Ground"
  kOutdoorAir,  // exposed to outdoor air (films, no sun, ground-temperature sky not used)
  kAdiabatic,
};

// Where solar transmitted by the windows lands first; what is reflected is spread over all
// interior surfaces by area, with multiple reflections and losses back out of the windows.
enum class SolarDistribution {
  kFloorFirst,    // all transmitted solar hits the floor first (ASHRAE 140 informative guidance)
  kAreaWeighted,  // first hit spread by area (ISO 52016-1 §6.5.13 simplification)
};

// Interior convection (both linear in the step's unknowns; see zone_simulation.hpp for how the
// temperature-dependent one is carried):
enum class InteriorConvection {
  // Walton (1983) natural-convection correlations of TARP, as in EnergyPlus's "TARP" inside
  // algorithm (Engineering Reference, "Inside Convection Algorithms"): vertical 1.31|ΔT|^⅓;
  // horizontal, unstable (floor warmer than air, ceiling colder) 9.482|ΔT|^⅓/(7.238 − 1);
  // stable 1.810|ΔT|^⅓/(1.382 + 1); at least 0.1 W/m²K (EnergyPlus's lower limit).
  kWaltonNatural,
  // ISO 52016-1:2017 Table 25 fixed values (SurfaceCoefficients below): 2.5 vertical, 5.0 upward,
  // 0.7 downward heat flow, the direction taken from the surface − air difference.
  kIsoFixed,
};

// Exterior long-wave exchange with the sky and the ground (at outdoor air temperature):
enum class ExteriorLongwave {
  // h_r = εσ(T_s² + T_x²)(T_s + T_x) with absolute temperatures, per step (the exact linearisation
  // of εσ(T_s⁴ − T_x⁴); EnergyPlus Engineering Reference, "Exterior long-wave radiation").
  kExact,
  // h_r = ε·h_r0,e fixed (ISO 52016-1 Table 25 / ISO 6946 Annex C at 0 °C).
  kIsoFixed,
};

// Interior long-wave exchange among the zone's surfaces (linearised, coefficient h_ri):
enum class InteriorLongwave {
  // ISO 52016-1:2017 eq. (35): h_ri·A_i·A_j/ΣA, i.e. every surface sees every other (itself
  // included) in proportion to area.
  kAreaWeighted,
  // h_ri·A_i·F_ij with the exact view factors of the rectangular box (closed forms for aligned
  // parallel rectangles and for perpendicular rectangles sharing an edge, Howell's catalogue
  // C-11 / C-14, also Incropera Table 13.2); a window takes its share of its facade's view
  // factors by area (window position within the facade not modelled). Flat surfaces do not see
  // themselves, so the floor exchanges with all other surfaces instead of ~72 % of them.
  kViewFactors,
};

// Exterior convection (surface ↔ outdoor air):
enum class ExteriorConvection {
  // Constant h_ce = SurfaceCoefficients::exterior_convective (ISO 52016-1 Table 25: 20 W/m²K).
  kFixed,
  // DOE-2 model, as in EnergyPlus "SurfaceConvectionAlgorithm:Outside, DOE-2" (used by the
  // BESTEST-GSR Case 600 input file): h = h_n + R_f (h_glass − h_n), h_glass = √(h_n² + (a V_z^b)²),
  // MoWiTT coefficients (Yazdanian & Klems 1994) windward a 3.26, b 0.89 / leeward a 3.55, b 0.617;
  // h_n the Walton (TARP) natural convection of the surface − outdoor-air difference; R_f the
  // roughness multiplier (windows: very smooth, 1.0). V_z: the weather's wind speed brought from
  // 10 m to the surface centroid height with the power-law profile of EnergyPlus (met station
  // exponent 0.14, boundary layer 270 m; site per wind_profile_* below). Windward: wind within
  // 90° of the outward normal; horizontal surfaces always windward (EnergyPlus Engineering
  // Reference, "Outside Surface Heat Balance → Exterior/External Convection → DOE-2 model").
  kDoe2,
};

// Surface heat transfer coefficients, W/m²K. Defaults: ISO 52016-1:2017 Table 25 (from
// ISO 6946/ISO 13789): h_ci 2.5 horizontal flow, 5.0 upward, 0.7 downward; h_ri 5.13; h_ce 20.
// External long-wave h_re = ε·h_r0,e with h_r0,e = 4.6 (ISO 6946 Annex C at 0 °C, 4.14 at ε 0.9).
struct SurfaceCoefficients {
  InteriorConvection interior_convection = InteriorConvection::kWaltonNatural;
  ExteriorLongwave exterior_longwave = ExteriorLongwave::kExact;
  // kFixed by default: with kDoe2 (lower h outside, ~12 W/m²K on walls, ~8 on glass) this model's
  // Case 600/900 cooling lands 1–5 % above the reference maximum (README, "Measured changes").
  ExteriorConvection exterior_convection = ExteriorConvection::kFixed;
  InteriorLongwave interior_longwave = InteriorLongwave::kViewFactors;
  // Site wind profile V_z = V_met (270/10)^0.14 (z/δ)^α (EnergyPlus; "Country" terrain: α 0.14, δ 270 m,
  // as in the BESTEST-GSR input file; suburbs 0.22/370, city 0.33/460).
  double wind_profile_exponent = 0.14;
  double wind_boundary_layer_m = 270;
  double interior_convective_wall = 2.5;      // kIsoFixed only
  double interior_convective_upward = 5.0;    // kIsoFixed: floor warmer than air, or ceiling colder
  double interior_convective_downward = 0.7;  // kIsoFixed: floor colder than air, or ceiling warmer
  double interior_radiative = 5.13;           // between interior surfaces, at 20 °C
  // true: h_ri scaled each step by (T_i² + T_j²)(T_i + T_j)/(4·293.15³), the exact linearisation of
  // σ(T_i⁴ − T_j⁴) between the two surfaces (lagged like the other films); false: h_ri constant.
  bool interior_radiative_exact = true;
  double exterior_convective = 20.0;  // kFixed; also the value the matrix holds for kDoe2
  double exterior_radiative_blackbody = 4.6;  // h_r0,e; multiplied by the surface emissivity
};

struct WindowSpec {
  Facade facade = Facade::kSouth;
  double width_m = 0;
  double height_m = 0;
  Glazing glazing;
};

struct ZoneSpec {
  std::string name = "zone";
  double length_m = 8;        // along the south/north facades
  double depth_m = 6;         // along the east/west facades
  double height_m = 2.7;      // floor to ceiling (zone air volume = length·depth·height)
  double rotation_deg = 0;    // clockwise; 0 = south facade faces due south
  std::array<Construction, kFacadeCount> walls;  // indexed by Facade
  Construction roof;
  Construction floor;
  FloorBoundary floor_boundary = FloorBoundary::kGround;
  double ground_temperature_c = 10;
  std::vector<WindowSpec> windows;
  double infiltration_ach = 0.5;               // air changes per hour of zone volume
  double infiltration_air_temperature_c = 20;  // air density taken at this temperature
  double internal_gains_w = 200;               // constant, sensible
  double internal_gains_radiative_fraction = 0.6;
  bool hvac_enabled = true;  // false = free-float
  double heating_setpoint_c = 20;
  double cooling_setpoint_c = 27;
  double furniture_heat_capacity_j_per_k = 0;  // lumped with the zone air
  SurfaceCoefficients coefficients;
  SolarDistribution solar_distribution = SolarDistribution::kFloorFirst;
  int substeps_per_hour = 4;   // implicit Euler steps per hour
  int warmup_days = 60;        // days at the end of the year simulated first, to settle the mass
  double initial_temperature_c = 20;
};

ZoneSpec default_zone_spec();     // ASHRAE 140 Case 600
ZoneSpec bestest_case900_spec();  // ASHRAE 140 Case 900 (concrete block walls, slab floor)

// Bad input as messages naming the field and what is wrong; empty when the spec can be simulated.
std::vector<std::string> check_zone_spec(const ZoneSpec& spec);

// Gross wall area of a facade (m²) and the window area on it.
double facade_area_m2(const ZoneSpec& spec, Facade facade);
double facade_window_area_m2(const ZoneSpec& spec, Facade facade);

}  // namespace twin::buildings
