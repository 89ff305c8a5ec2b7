#include "cli/building_spec_json.hpp"

#include <cmath>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>

namespace cli {

namespace {

using nlohmann::json;
using namespace twin::buildings;

constexpr double kInf = std::numeric_limits<double>::infinity();
// A building spec is a few KB (tests/data/bestest), but the JSON document costs many times the
// text: 100 MB of windows took 1.3 GB and 19 s to read in the fuzz build (tests/fuzz/big_input).
// 16 MiB is far above any single-zone spec.
constexpr std::size_t kMaxSpecBytes = 16u << 20;

class Reader {
 public:
  explicit Reader(std::vector<std::string>& errors) : errors_(errors) {}

  void error(const std::string& path, const std::string& what) { errors_.push_back((path.empty() ? "/" : path) + ": " + what); }

  // obj must be an object holding only `allowed` keys.
  bool object(const json& obj, const std::string& path, std::initializer_list<const char*> allowed) {
    if (!obj.is_object()) {
      error(path, std::string("expected an object, got ") + obj.type_name());
      return false;
    }
    for (const auto& [key, value] : obj.items()) {
      bool known = false;
      for (const char* a : allowed) known = known || key == a;
      if (!known) error(path + "/" + key, "unknown field (allowed: " + join(allowed) + ")");
    }
    return true;
  }

  // Number field; `required` fields report absence. Range [lo, hi], lo excluded when open_lo.
  void number(const json& obj, const std::string& path, const char* key, double& out, bool required,
              double lo = -kInf, double hi = kInf, bool open_lo = false) {
    const std::string p = path + "/" + key;
    if (!obj.contains(key)) {
      if (required) error(p, "missing required field");
      return;
    }
    const json& v = obj.at(key);
    if (!v.is_number()) {
      error(p, std::string("expected a number, got ") + v.type_name());
      return;
    }
    const double x = v.get<double>();
    if (!std::isfinite(x)) return error(p, "must be a finite number");
    if (x < lo || (open_lo && x == lo) || x > hi) {
      std::string range = open_lo ? "> " + fmt(lo) : ">= " + fmt(lo);
      if (lo == -kInf) range = "<= " + fmt(hi);
      else if (hi != kInf) range += " and <= " + fmt(hi);
      return error(p, "must be " + range + " (got " + fmt(x) + ")");
    }
    out = x;
  }

  void integer(const json& obj, const std::string& path, const char* key, int& out, int lo, int hi) {
    if (!obj.contains(key)) return;
    const json& v = obj.at(key);
    if (!v.is_number_integer()) return error(path + "/" + key, std::string("expected an integer, got ") + v.type_name());
    const long long x = v.get<long long>();
    if (x < lo || x > hi) return error(path + "/" + key, "must be " + std::to_string(lo) + " to " + std::to_string(hi));
    out = static_cast<int>(x);
  }

  void boolean(const json& obj, const std::string& path, const char* key, bool& out) {
    if (!obj.contains(key)) return;
    if (!obj.at(key).is_boolean()) return error(path + "/" + key, "expected true or false");
    out = obj.at(key).get<bool>();
  }

  template <typename E>
  void choice(const json& obj, const std::string& path, const char* key, E& out, const std::map<std::string, E>& options) {
    if (!obj.contains(key)) return;
    const json& v = obj.at(key);
    std::string list;
    for (const auto& [name, value] : options) list += (list.empty() ? "" : ", ") + name;
    if (!v.is_string() || !options.count(v.get<std::string>()))
      return error(path + "/" + key, "must be one of " + list + " (got " + v.dump() + ")");
    out = options.at(v.get<std::string>());
  }

  static std::string fmt(double x) {
    std::string s = json(x).dump();
    return s;
  }

 private:
  static std::string join(std::initializer_list<const char*> names) {
    std::string s;
    for (const char* n : names) s += (s.empty() ? "" : ", ") + std::string(n);
    return s;
  }
  std::vector<std::string>& errors_;
};

Construction read_construction(Reader& r, const json& j, const std::string& path, const std::string& name) {
  Construction c;
  c.name = name;
  if (!r.object(j, path, {"layers", "u_value_w_per_m2k", "areal_heat_capacity_j_per_m2k", "mass_class",
                          "solar_absorptance_exterior", "solar_absorptance_interior", "thermal_emissivity_exterior",
                          "thermal_emissivity_interior"}))
    return c;
  if (j.contains("layers")) {
    if (j.contains("u_value_w_per_m2k")) r.error(path, "give either layers or u_value_w_per_m2k, not both");
    const json& layers = j.at("layers");
    if (!layers.is_array() || layers.empty()) r.error(path + "/layers", "expected a non-empty array of layers");
    for (std::size_t i = 0; layers.is_array() && i < layers.size(); ++i) {
      const std::string lp = path + "/layers/" + std::to_string(i);
      const json& l = layers[i];
      MaterialLayer layer;
      if (!r.object(l, lp, {"name", "thickness_m", "conductivity_w_per_mk", "density_kg_per_m3", "specific_heat_j_per_kgk",
                            "resistance_m2k_per_w"}))
        continue;
      if (l.contains("name") && l.at("name").is_string()) layer.name = l.at("name").get<std::string>();
      if (l.contains("resistance_m2k_per_w")) {
        if (l.contains("thickness_m")) r.error(lp, "give either resistance_m2k_per_w (massless) or thickness_m, not both");
        r.number(l, lp, "resistance_m2k_per_w", layer.resistance_m2k_per_w, true, 0, kInf, true);
      } else {
        r.number(l, lp, "thickness_m", layer.thickness_m, true, 0, 10, true);
        r.number(l, lp, "conductivity_w_per_mk", layer.conductivity_w_per_mk, true, 0, kInf, true);
        r.number(l, lp, "density_kg_per_m3", layer.density_kg_per_m3, true, 0);
        r.number(l, lp, "specific_heat_j_per_kgk", layer.specific_heat_j_per_kgk, true, 0);
      }
      c.layers.push_back(layer);
    }
  } else {
    r.number(j, path, "u_value_w_per_m2k", c.u_value_w_per_m2k, true, 0, 1 / 0.1701, true);
    r.number(j, path, "areal_heat_capacity_j_per_m2k", c.areal_heat_capacity_j_per_m2k, true, 0);
    r.choice(j, path, "mass_class", c.mass_class,
             std::map<std::string, MassClass>{{"internal", MassClass::kInternal}, {"external", MassClass::kExternal},
                                              {"split", MassClass::kSplit}, {"distributed", MassClass::kDistributed},
                                              {"central", MassClass::kCentral}});
  }
  r.number(j, path, "solar_absorptance_exterior", c.solar_absorptance_exterior, false, 0, 1);
  r.number(j, path, "solar_absorptance_interior", c.solar_absorptance_interior, false, 0, 1);
  r.number(j, path, "thermal_emissivity_exterior", c.thermal_emissivity_exterior, false, 0, 1);
  r.number(j, path, "thermal_emissivity_interior", c.thermal_emissivity_interior, false, 0, 1);
  return c;
}

Glazing read_glazing(Reader& r, const json& j, const std::string& path) {
  Glazing g;
  if (!r.object(j, path, {"conductance_w_per_m2k", "pane_count", "pane_solar_transmittance", "refractive_index",
                          "thermal_emissivity", "gap_width_m", "pane_thickness_m", "glass_conductivity_w_per_mk"}))
    return g;
  r.number(j, path, "conductance_w_per_m2k", g.conductance_w_per_m2k, true, 0, kInf, true);
  r.integer(j, path, "pane_count", g.pane_count, 1, 4);
  r.number(j, path, "refractive_index", g.refractive_index, false, 1, 3, true);
  r.number(j, path, "pane_solar_transmittance", g.pane_solar_transmittance, true, 0,
           max_pane_transmittance(g.refractive_index), true);
  r.number(j, path, "thermal_emissivity", g.thermal_emissivity, false, 0, 1);
  // Air gaps whose conductance follows the pane temperatures (ISO 15099); 0 keeps it fixed.
  r.number(j, path, "gap_width_m", g.gap_width_m, false, 0, 0.1);
  r.number(j, path, "pane_thickness_m", g.pane_thickness_m, false, 0, 0.05, true);
  r.number(j, path, "glass_conductivity_w_per_mk", g.glass_conductivity_w_per_mk, false, 0, 10, true);
  return g;
}

}  // namespace

BuildingSpecParse parse_building_spec_json(std::string_view text) {
  BuildingSpecParse out;
  ZoneSpec& s = out.spec;
  s = ZoneSpec{};  // member defaults (docs/building-spec.md); no windows unless listed
  s.windows.clear();
  Reader r(out.errors);
  if (text.size() > kMaxSpecBytes) {
    r.error("", "the file is " + std::to_string(text.size()) + " bytes; building specs larger than " +
                    std::to_string(kMaxSpecBytes) + " bytes (16 MiB) are refused");
    return out;
  }
  json root;
  try {
    root = json::parse(text.begin(), text.end());
  } catch (const json::exception& e) {  // parse_error, or out_of_range for a number such as 1e999
    out.errors.push_back(std::string("not valid JSON: ") + e.what());
    return out;
  }
  if (!r.object(root, "", {"name", "geometry", "constructions", "glazings", "envelope", "windows", "infiltration",
                           "internal_gains", "hvac", "surface_coefficients", "simulation"}))
    return out;
  if (root.contains("name")) {
    if (root["name"].is_string()) s.name = root["name"].get<std::string>();
    else r.error("/name", "expected a string");
  }

  if (!root.contains("geometry")) r.error("/geometry", "missing required field");
  else if (const json& g = root["geometry"]; r.object(g, "/geometry", {"length_m", "depth_m", "height_m", "rotation_deg"})) {
    r.number(g, "/geometry", "length_m", s.length_m, true, 0, 1000, true);
    r.number(g, "/geometry", "depth_m", s.depth_m, true, 0, 1000, true);
    r.number(g, "/geometry", "height_m", s.height_m, true, 0, 100, true);
    r.number(g, "/geometry", "rotation_deg", s.rotation_deg, false, -360, 360);
  }

  std::map<std::string, Construction> constructions;
  if (!root.contains("constructions")) r.error("/constructions", "missing required field");
  else if (!root["constructions"].is_object()) r.error("/constructions", "expected an object of named constructions");
  else
    for (const auto& [name, c] : root["constructions"].items())
      constructions[name] = read_construction(r, c, "/constructions/" + name, name);
  std::map<std::string, Glazing> glazings;
  if (root.contains("glazings")) {
    if (!root["glazings"].is_object()) r.error("/glazings", "expected an object of named glazings");
    else
      for (const auto& [name, g] : root["glazings"].items()) glazings[name] = read_glazing(r, g, "/glazings/" + name);
  }
  const auto lookup = [&](const json& v, const std::string& path, const auto& table, auto& out, const char* what) {
    if (!v.is_string()) return r.error(path, std::string("expected the name of a ") + what);
    const std::string name = v.get<std::string>();
    const auto it = table.find(name);
    if (it == table.end()) return r.error(path, std::string("unknown ") + what + " name '" + name + "'");
    out = it->second;
  };

  if (!root.contains("envelope")) r.error("/envelope", "missing required field");
  else if (const json& e = root["envelope"];
           r.object(e, "/envelope", {"walls", "roof", "floor", "floor_boundary", "ground_temperature_c"})) {
    for (const char* key : {"walls", "roof", "floor"})
      if (!e.contains(key)) r.error(std::string("/envelope/") + key, "missing required field");
    if (e.contains("walls")) {
      const json& w = e["walls"];
      if (w.is_object()) {
        if (r.object(w, "/envelope/walls", {"south", "west", "north", "east"}))
          for (int f = 0; f < kFacadeCount; ++f) {
            const char* name = facade_name(Facade(f));
            if (!w.contains(name)) r.error(std::string("/envelope/walls/") + name, "missing required field");
            else lookup(w[name], std::string("/envelope/walls/") + name, constructions, s.walls[f], "construction");
          }
      } else {
        Construction c;
        lookup(w, "/envelope/walls", constructions, c, "construction");
        s.walls = {c, c, c, c};
      }
    }
    if (e.contains("roof")) lookup(e["roof"], "/envelope/roof", constructions, s.roof, "construction");
    if (e.contains("floor")) lookup(e["floor"], "/envelope/floor", constructions, s.floor, "construction");
    r.choice(e, "/envelope", "floor_boundary", s.floor_boundary,
             std::map<std::string, FloorBoundary>{{"ground", FloorBoundary::kGround},
                                                  {"outdoor_air", FloorBoundary::kOutdoorAir},
                                                  {"adiabatic", FloorBoundary::kAdiabatic}});
    r.number(e, "/envelope", "ground_temperature_c", s.ground_temperature_c, false, -60, 60);
  }

  if (root.contains("windows")) {
    const json& ws = root["windows"];
    if (!ws.is_array()) r.error("/windows", "expected an array of windows");
    for (std::size_t i = 0; ws.is_array() && i < ws.size(); ++i) {
      const std::string p = "/windows/" + std::to_string(i);
      WindowSpec w;
      if (!r.object(ws[i], p, {"facade", "width_m", "height_m", "glazing"})) continue;
      if (!ws[i].contains("facade")) r.error(p + "/facade", "missing required field");
      r.choice(ws[i], p, "facade", w.facade,
               std::map<std::string, Facade>{{"south", Facade::kSouth}, {"west", Facade::kWest},
                                             {"north", Facade::kNorth}, {"east", Facade::kEast}});
      const bool long_side = w.facade == Facade::kSouth || w.facade == Facade::kNorth;
      const double wall_width = long_side ? s.length_m : s.depth_m;
      r.number(ws[i], p, "width_m", w.width_m, true, 0, wall_width, true);
      r.number(ws[i], p, "height_m", w.height_m, true, 0, s.height_m, true);
      if (!ws[i].contains("glazing")) r.error(p + "/glazing", "missing required field");
      else lookup(ws[i]["glazing"], p + "/glazing", glazings, w.glazing, "glazing");
      s.windows.push_back(w);
    }
    for (int f = 0; f < kFacadeCount; ++f)
      if (facade_window_area_m2(s, Facade(f)) >= facade_area_m2(s, Facade(f)))
        r.error("/windows", std::string("the ") + facade_name(Facade(f)) + " windows (" +
                                Reader::fmt(facade_window_area_m2(s, Facade(f))) + " m2) are larger than their wall (" +
                                Reader::fmt(facade_area_m2(s, Facade(f))) + " m2)");
  }

  if (const json* j = root.contains("infiltration") ? &root["infiltration"] : nullptr;
      j && r.object(*j, "/infiltration", {"air_changes_per_hour", "air_temperature_c"})) {
    r.number(*j, "/infiltration", "air_changes_per_hour", s.infiltration_ach, false, 0, 100);
    r.number(*j, "/infiltration", "air_temperature_c", s.infiltration_air_temperature_c, false, -50, 60);
  }
  if (const json* j = root.contains("internal_gains") ? &root["internal_gains"] : nullptr;
      j && r.object(*j, "/internal_gains", {"total_w", "radiative_fraction"})) {
    r.number(*j, "/internal_gains", "total_w", s.internal_gains_w, false, 0);
    r.number(*j, "/internal_gains", "radiative_fraction", s.internal_gains_radiative_fraction, false, 0, 1);
  }
  if (const json* j = root.contains("hvac") ? &root["hvac"] : nullptr;
      j && r.object(*j, "/hvac", {"enabled", "heating_setpoint_c", "cooling_setpoint_c"})) {
    r.boolean(*j, "/hvac", "enabled", s.hvac_enabled);
    r.number(*j, "/hvac", "heating_setpoint_c", s.heating_setpoint_c, false, -50, 60);
    r.number(*j, "/hvac", "cooling_setpoint_c", s.cooling_setpoint_c, false, -50, 60);
    if (s.hvac_enabled && s.heating_setpoint_c > s.cooling_setpoint_c)
      r.error("/hvac/heating_setpoint_c", "must not exceed cooling_setpoint_c");
  }
  if (const json* j = root.contains("surface_coefficients") ? &root["surface_coefficients"] : nullptr;
      j && r.object(*j, "/surface_coefficients",
                    {"interior_convection", "exterior_longwave", "interior_convective_wall", "interior_convective_upward",
                     "interior_convective_downward", "interior_radiative", "exterior_convective",
                     "exterior_radiative_blackbody"})) {
    SurfaceCoefficients& h = s.coefficients;
    const std::string p = "/surface_coefficients";
    r.choice(*j, p, "interior_convection", h.interior_convection,
             std::map<std::string, InteriorConvection>{{"walton", InteriorConvection::kWaltonNatural},
                                                       {"iso_fixed", InteriorConvection::kIsoFixed}});
    r.choice(*j, p, "exterior_longwave", h.exterior_longwave,
             std::map<std::string, ExteriorLongwave>{{"exact", ExteriorLongwave::kExact},
                                                     {"iso_fixed", ExteriorLongwave::kIsoFixed}});
    r.number(*j, p, "interior_convective_wall", h.interior_convective_wall, false, 0, 100);
    r.number(*j, p, "interior_convective_upward", h.interior_convective_upward, false, 0, 100);
    r.number(*j, p, "interior_convective_downward", h.interior_convective_downward, false, 0, 100);
    r.number(*j, p, "interior_radiative", h.interior_radiative, false, 0, 100);
    r.number(*j, p, "exterior_convective", h.exterior_convective, false, 0, 200);
    r.number(*j, p, "exterior_radiative_blackbody", h.exterior_radiative_blackbody, false, 0, 100);
  }
  if (const json* j = root.contains("simulation") ? &root["simulation"] : nullptr;
      j && r.object(*j, "/simulation", {"substeps_per_hour", "warmup_days", "initial_temperature_c", "solar_distribution",
                                        "furniture_heat_capacity_j_per_k"})) {
    r.integer(*j, "/simulation", "substeps_per_hour", s.substeps_per_hour, 1, 60);
    r.integer(*j, "/simulation", "warmup_days", s.warmup_days, 0, 365);
    r.number(*j, "/simulation", "initial_temperature_c", s.initial_temperature_c, false, -50, 60);
    r.number(*j, "/simulation", "furniture_heat_capacity_j_per_k", s.furniture_heat_capacity_j_per_k, false, 0);
    r.choice(*j, "/simulation", "solar_distribution", s.solar_distribution,
             std::map<std::string, SolarDistribution>{{"floor_first", SolarDistribution::kFloorFirst},
                                                      {"area_weighted", SolarDistribution::kAreaWeighted}});
  }
  // The core's own check is the last line of defence (it names ZoneSpec fields, not JSON paths).
  if (out.errors.empty())
    for (const std::string& e : check_zone_spec(s)) out.errors.push_back("spec: " + e);
  return out;
}

}  // namespace cli
