#include "twin/buildings/zone_spec.hpp"

#include <cmath>

namespace twin::buildings {

namespace {

// ASHRAE Standard 140-2020 §5.2.1 materials (also in BESTEST-GSR case_en_600.idf).
MaterialLayer layer(const char* name, double l_m, double k, double rho, double cp) {
  return MaterialLayer{name, l_m, k, rho, cp, 0};
}
MaterialLayer resistance(const char* name, double r) { return MaterialLayer{name, 0, 0, 0, 0, r}; }

Construction construction(const char* name, std::vector<MaterialLayer> layers) {
  Construction c;
  c.name = name;
  c.layers = std::move(layers);
  return c;  // absorptances 0.6 and emissivities 0.9 on both faces, as in ASHRAE 140
}

void add_bestest_windows(ZoneSpec& spec) {
  // Two 3 m × 2 m double-pane windows on the south facade (ASHRAE 140 Case 600, Fig. 5-1).
  // 13 mm air gap (case_en_600.idf "Air Space Resistance"): its conductance follows the pane
  // temperatures (ISO 15099) as in the reference programs, instead of the specification's fixed 6.297.
  Glazing glazing;
  glazing.gap_width_m = 0.013;
  spec.windows = {WindowSpec{Facade::kSouth, 3, 2, glazing}, WindowSpec{Facade::kSouth, 3, 2, glazing}};
}

bool finite_positive(double x) { return std::isfinite(x) && x > 0; }

void check_construction(const Construction& c, const std::string& where,
                        std::vector<std::string>& errors) {
  const auto bad = [&](const std::string& field, const std::string& what) {
    errors.push_back(where + "." + field + ": " + what);
  };
  if (c.layers.empty()) {
    if (!finite_positive(c.u_value_w_per_m2k)) bad("u_value_w_per_m2k", "must be a positive number");
    else if (construction_resistance_m2k_per_w(c) <= 0)
      bad("u_value_w_per_m2k", "too large: 1/U must exceed the film resistances 0.17 m²K/W");
    if (!(std::isfinite(c.areal_heat_capacity_j_per_m2k) && c.areal_heat_capacity_j_per_m2k >= 0))
      bad("areal_heat_capacity_j_per_m2k", "must be a number >= 0");
  }
  for (std::size_t i = 0; i < c.layers.size(); ++i) {
    const MaterialLayer& l = c.layers[i];
    const std::string lw = "layers[" + std::to_string(i) + "]";
    if (!(std::isfinite(l.thickness_m) && l.thickness_m >= 0)) bad(lw + ".thickness_m", "must be >= 0");
    else if (l.thickness_m > 0) {
      if (!finite_positive(l.conductivity_w_per_mk)) bad(lw + ".conductivity_w_per_mk", "must be > 0");
      if (!(std::isfinite(l.density_kg_per_m3) && l.density_kg_per_m3 >= 0)) bad(lw + ".density_kg_per_m3", "must be >= 0");
      if (!(std::isfinite(l.specific_heat_j_per_kgk) && l.specific_heat_j_per_kgk >= 0))
        bad(lw + ".specific_heat_j_per_kgk", "must be >= 0");
    } else if (!finite_positive(l.resistance_m2k_per_w)) {
      bad(lw, "a layer needs thickness_m > 0, or resistance_m2k_per_w > 0 when massless");
    }
  }
  for (const auto& [field, v] : {std::pair{"solar_absorptance_exterior", c.solar_absorptance_exterior},
                                 {"solar_absorptance_interior", c.solar_absorptance_interior},
                                 {"thermal_emissivity_exterior", c.thermal_emissivity_exterior},
                                 {"thermal_emissivity_interior", c.thermal_emissivity_interior}}) {
    if (!(v >= 0 && v <= 1)) bad(field, "must be between 0 and 1");
  }
}

}  // namespace

const char* facade_name(Facade facade) {
  static constexpr const char* kNames[kFacadeCount] = {"south", "west", "north", "east"};
  return kNames[static_cast<int>(facade)];
}

ZoneSpec default_zone_spec() {
  ZoneSpec spec;
  spec.name = "ASHRAE 140 Case 600";
  const Construction wall = construction(
      "LTWALL", {layer("wood siding", 0.009, 0.14, 530, 900), layer("fiberglass quilt", 0.066, 0.04, 12, 840),
                 layer("plasterboard", 0.012, 0.16, 950, 840)});
  spec.walls = {wall, wall, wall, wall};
  spec.roof = construction("LTROOF", {layer("roof deck", 0.019, 0.14, 530, 900),
                                      layer("fiberglass quilt", 0.1118, 0.04, 12, 840),
                                      layer("plasterboard", 0.010, 0.16, 950, 840)});
  spec.floor = construction("LTFLOOR", {resistance("insulation R-25.075", 25.075),
                                        layer("timber flooring", 0.025, 0.14, 650, 1200)});
  add_bestest_windows(spec);
  return spec;
}

ZoneSpec bestest_case900_spec() {
  ZoneSpec spec = default_zone_spec();
  spec.name = "ASHRAE 140 Case 900";
  const Construction wall = construction(
      "HWWALL", {layer("wood siding", 0.009, 0.14, 530, 900), layer("foam insulation", 0.0615, 0.04, 10, 1400),
                 layer("concrete block", 0.100, 0.51, 1400, 1000)});
  spec.walls = {wall, wall, wall, wall};
  spec.floor = construction("HWFLOOR", {resistance("insulation R-25.175", 25.175),
                                        layer("concrete slab", 0.080, 1.13, 1400, 1000)});
  return spec;
}

double facade_area_m2(const ZoneSpec& spec, Facade facade) {
  const bool long_side = facade == Facade::kSouth || facade == Facade::kNorth;
  return (long_side ? spec.length_m : spec.depth_m) * spec.height_m;
}

double facade_window_area_m2(const ZoneSpec& spec, Facade facade) {
  double area = 0;
  for (const WindowSpec& w : spec.windows)
    if (w.facade == facade) area += w.width_m * w.height_m;
  return area;
}

std::vector<std::string> check_zone_spec(const ZoneSpec& spec) {
  std::vector<std::string> errors;
  const auto need_positive = [&](const char* field, double v) {
    if (!finite_positive(v)) errors.push_back(std::string(field) + ": must be a positive number");
  };
  need_positive("length_m", spec.length_m);
  need_positive("depth_m", spec.depth_m);
  need_positive("height_m", spec.height_m);
  if (!std::isfinite(spec.rotation_deg)) errors.push_back("rotation_deg: must be a finite number");
  for (int f = 0; f < kFacadeCount; ++f)
    check_construction(spec.walls[f], std::string("walls.") + facade_name(Facade(f)), errors);
  check_construction(spec.roof, "roof", errors);
  check_construction(spec.floor, "floor", errors);
  if (!std::isfinite(spec.ground_temperature_c)) errors.push_back("ground_temperature_c: must be finite");
  for (std::size_t i = 0; i < spec.windows.size(); ++i) {
    const WindowSpec& w = spec.windows[i];
    const std::string where = "windows[" + std::to_string(i) + "]";
    const bool long_side = w.facade == Facade::kSouth || w.facade == Facade::kNorth;
    const double wall_width = long_side ? spec.length_m : spec.depth_m;
    if (!finite_positive(w.width_m) || w.width_m > wall_width)
      errors.push_back(where + ".width_m: must be > 0 and at most the wall width " + std::to_string(wall_width) + " m");
    if (!finite_positive(w.height_m) || w.height_m > spec.height_m)
      errors.push_back(where + ".height_m: must be > 0 and at most the wall height " + std::to_string(spec.height_m) + " m");
    const Glazing& g = w.glazing;
    if (!finite_positive(g.conductance_w_per_m2k)) errors.push_back(where + ".glazing.conductance_w_per_m2k: must be > 0");
    if (g.pane_count < 1 || g.pane_count > 4) errors.push_back(where + ".glazing.pane_count: must be 1 to 4");
    if (!(g.refractive_index > 1 && g.refractive_index < 3)) errors.push_back(where + ".glazing.refractive_index: must be in (1, 3)");
    else if (!(g.pane_solar_transmittance > 0 && g.pane_solar_transmittance < max_pane_transmittance(g.refractive_index)))
      errors.push_back(where + ".glazing.pane_solar_transmittance: must be in (0, " +
                       std::to_string(max_pane_transmittance(g.refractive_index)) + ") for this refractive index");
    if (!(std::isfinite(g.gap_width_m) && g.gap_width_m >= 0)) errors.push_back(where + ".glazing.gap_width_m: must be >= 0");
    else if (g.gap_width_m > 0 && !(finite_positive(g.pane_thickness_m) && finite_positive(g.glass_conductivity_w_per_mk) &&
                                    g.thermal_emissivity > 0))
      errors.push_back(where + ".glazing: with gap_width_m > 0, pane_thickness_m, glass_conductivity_w_per_mk and thermal_emissivity must be > 0");
    if (!(g.thermal_emissivity >= 0 && g.thermal_emissivity <= 1)) errors.push_back(where + ".glazing.thermal_emissivity: must be in [0, 1]");
  }
  for (int f = 0; f < kFacadeCount; ++f) {
    const double wall = facade_area_m2(spec, Facade(f));
    const double glazed = facade_window_area_m2(spec, Facade(f));
    if (std::isfinite(wall) && glazed >= wall)
      errors.push_back(std::string("windows: the ") + facade_name(Facade(f)) + " windows (" + std::to_string(glazed) +
                       " m²) leave no wall (" + std::to_string(wall) + " m²)");
  }
  if (!(std::isfinite(spec.infiltration_ach) && spec.infiltration_ach >= 0)) errors.push_back("infiltration_ach: must be >= 0");
  if (!std::isfinite(spec.infiltration_air_temperature_c) || spec.infiltration_air_temperature_c <= -273.15)
    errors.push_back("infiltration_air_temperature_c: must be a temperature above absolute zero");
  if (!std::isfinite(spec.internal_gains_w)) errors.push_back("internal_gains_w: must be finite");
  if (!(spec.internal_gains_radiative_fraction >= 0 && spec.internal_gains_radiative_fraction <= 1))
    errors.push_back("internal_gains_radiative_fraction: must be between 0 and 1");
  if (!std::isfinite(spec.heating_setpoint_c) || !std::isfinite(spec.cooling_setpoint_c))
    errors.push_back("setpoints: must be finite");
  else if (spec.hvac_enabled && spec.heating_setpoint_c > spec.cooling_setpoint_c)
    errors.push_back("heating_setpoint_c: must not exceed cooling_setpoint_c");
  if (!(std::isfinite(spec.furniture_heat_capacity_j_per_k) && spec.furniture_heat_capacity_j_per_k >= 0))
    errors.push_back("furniture_heat_capacity_j_per_k: must be >= 0");
  const SurfaceCoefficients& h = spec.coefficients;
  for (const auto& [field, v] : {std::pair{"interior_convective_wall", h.interior_convective_wall},
                                 {"interior_convective_upward", h.interior_convective_upward},
                                 {"interior_convective_downward", h.interior_convective_downward},
                                 {"interior_radiative", h.interior_radiative},
                                 {"exterior_convective", h.exterior_convective},
                                 {"exterior_radiative_blackbody", h.exterior_radiative_blackbody}}) {
    if (!(std::isfinite(v) && v >= 0)) errors.push_back(std::string("coefficients.") + field + ": must be >= 0");
  }
  if (!(std::isfinite(h.wind_profile_exponent) && h.wind_profile_exponent >= 0 && h.wind_profile_exponent < 1))
    errors.push_back("coefficients.wind_profile_exponent: must be in [0, 1)");
  if (!finite_positive(h.wind_boundary_layer_m)) errors.push_back("coefficients.wind_boundary_layer_m: must be > 0");
  if (spec.substeps_per_hour < 1 || spec.substeps_per_hour > 60) errors.push_back("substeps_per_hour: must be 1 to 60");
  if (spec.warmup_days < 0 || spec.warmup_days > 365) errors.push_back("warmup_days: must be 0 to 365");
  if (!std::isfinite(spec.initial_temperature_c)) errors.push_back("initial_temperature_c: must be finite");
  return errors;
}

}  // namespace twin::buildings
