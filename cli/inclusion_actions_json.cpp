#include "cli/inclusion_actions_json.hpp"

#include <nlohmann/json.hpp>
#include <set>

namespace cli {
namespace {

namespace ti = twin::inclusion;
using json = nlohmann::json;

struct Reader {
  std::string error;

  bool fail(const std::string& path, const std::string& what) {
    if (error.empty()) error = path + ": " + what;
    return false;
  }
  bool keys(const json& j, const std::string& path, const std::set<std::string>& allowed) {
    if (!j.is_object()) return fail(path, "expected an object");
    for (auto it = j.begin(); it != j.end(); ++it)
      if (!allowed.count(it.key())) return fail(path + "." + it.key(), "unknown key");
    return true;
  }
  bool number(const json& j, const std::string& path, const char* key, double* out, bool required) {
    if (!j.contains(key)) return required ? fail(path + "." + key, "missing") : true;
    const json& v = j.at(key);
    if (!v.is_number()) return fail(path + "." + key, "expected a number");
    *out = v.get<double>();
    return true;
  }
  bool text(const json& j, const std::string& path, const char* key, std::string* out) {
    if (!j.contains(key)) return fail(path + "." + key, "missing");
    if (!j.at(key).is_string()) return fail(path + "." + key, "expected a string");
    *out = j.at(key).get<std::string>();
    return true;
  }
};

bool read_commute(Reader& r, const json& j, const std::string& p, ti::CommuteSwitch* c) {
  if (!r.keys(j, p, {"from", "to", "one_way_km", "days_per_yr"})) return false;
  std::string from, to;
  if (!r.text(j, p, "from", &from) || !r.text(j, p, "to", &to)) return false;
  const auto f = ti::commute_mode_from_string(from), t = ti::commute_mode_from_string(to);
  const char* modes = "one of car_petrol, car_ev, bus, metro, bike, walk";
  if (!f) return r.fail(p + ".from", "unknown mode '" + from + "', expected " + modes);
  if (!t) return r.fail(p + ".to", "unknown mode '" + to + "', expected " + modes);
  c->from = *f;
  c->to = *t;
  return r.number(j, p, "one_way_km", &c->one_way_km, true) && r.number(j, p, "days_per_yr", &c->days_per_yr, true);
}

bool read_setpoints(Reader& r, const json& j, const std::string& p, ti::SetpointChange* s) {
  if (!r.keys(j, p, {"dwelling_area_m2", "heating", "vintage", "heating_lower_c", "cooling_raise_c"})) return false;
  if (!r.number(j, p, "dwelling_area_m2", &s->dwelling_area_m2, true)) return false;
  std::string heating;
  if (!r.text(j, p, "heating", &heating)) return false;
  const auto h = ti::dwelling_heating_from_string(heating);
  if (!h)
    return r.fail(p + ".heating", "unknown heating '" + heating +
                                      "', expected one of district_heat, gas_boiler, heat_pump, electric, none");
  s->heating = *h;
  if (j.contains("vintage")) {
    std::string v;
    if (!r.text(j, p, "vintage", &v)) return false;
    bool found = false;
    for (int i = 0; i < twin::pathway::kVintageCount; ++i)
      if (v == twin::pathway::to_string(static_cast<twin::pathway::Vintage>(i))) {
        s->vintage = static_cast<twin::pathway::Vintage>(i);
        found = true;
      }
    if (!found)
      return r.fail(p + ".vintage",
                    "unknown vintage '" + v + "', expected one of before_1980, 1980_1999, 2000_2009, from_2010");
  }
  return r.number(j, p, "heating_lower_c", &s->heating_lower_c, false) &&
         r.number(j, p, "cooling_raise_c", &s->cooling_raise_c, false);
}

bool read_appliance(Reader& r, const json& j, const std::string& p, ti::ApplianceSwap* a) {
  if (!r.keys(j, p, {"appliance", "units"})) return false;
  std::string name;
  if (!r.text(j, p, "appliance", &name)) return false;
  const auto k = ti::appliance_from_string(name);
  if (!k)
    return r.fail(p + ".appliance",
                  "unknown appliance '" + name + "', expected one of air_conditioner, refrigerator, washing_machine");
  a->appliance = *k;
  if (!j.contains("units")) return true;
  if (!j.at("units").is_number_integer()) return r.fail(p + ".units", "expected an integer");
  const auto units = j.at("units").get<long long>();
  if (units < 0 || units > 50) return r.fail(p + ".units", "must be within 0–50");
  a->units = static_cast<int>(units);
  return true;
}

template <typename T, typename F>
bool read_array(Reader& r, const json& doc, const char* key, std::vector<T>* out, F read_one) {
  if (!doc.contains(key)) return true;
  const std::string p = std::string("$.") + key;
  if (!doc.at(key).is_array()) return r.fail(p, "expected an array");
  for (std::size_t i = 0; i < doc.at(key).size(); ++i) {
    T item;
    if (!read_one(r, doc.at(key)[i], p + "[" + std::to_string(i) + "]", &item)) return false;
    out->push_back(item);
  }
  return true;
}

}  // namespace

bool parse_actions_json(const std::string& text, ti::PersonalActions* out, std::string* error) {
  // No exceptions: the page's wasm build cannot catch them.
  const json doc = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) {
    *error = "$: not valid JSON";
    return false;
  }
  Reader r;
  ti::PersonalActions a;
  bool ok = r.keys(doc, "$",
                   {"household_persons", "commutes", "setpoints", "rooftop_pv_kwp", "appliances",
                    "waste_sorted_kg_per_yr", "secondhand_items_per_yr"}) &&
            r.number(doc, "$", "household_persons", &a.household_persons, false) &&
            read_array(r, doc, "commutes", &a.commutes, read_commute) &&
            r.number(doc, "$", "rooftop_pv_kwp", &a.rooftop_pv_kwp, false) &&
            read_array(r, doc, "appliances", &a.appliances, read_appliance) &&
            r.number(doc, "$", "waste_sorted_kg_per_yr", &a.waste_sorted_kg_per_yr, false) &&
            r.number(doc, "$", "secondhand_items_per_yr", &a.secondhand_items_per_yr, false);
  if (ok && doc.contains("setpoints")) {
    ti::SetpointChange s;
    ok = read_setpoints(r, doc.at("setpoints"), "$.setpoints", &s);
    a.setpoints = s;
  }
  if (!ok) {
    *error = r.error;
    return false;
  }
  const std::vector<ti::ActionsError> errors = ti::validate_actions(a);
  if (!errors.empty()) {
    *error = "$." + errors.front().path + ": " + errors.front().message;
    return false;
  }
  *out = a;
  return true;
}

std::string actions_to_json(const ti::PersonalActions& a) {
  json doc = json::object();
  if (a.household_persons > 0.0) doc["household_persons"] = a.household_persons;
  if (!a.commutes.empty()) {
    json list = json::array();
    for (const ti::CommuteSwitch& c : a.commutes)
      list.push_back({{"from", ti::to_string(c.from)}, {"to", ti::to_string(c.to)}, {"one_way_km", c.one_way_km},
                      {"days_per_yr", c.days_per_yr}});
    doc["commutes"] = list;
  }
  if (a.setpoints) {
    const ti::SetpointChange& s = *a.setpoints;
    doc["setpoints"] = {{"dwelling_area_m2", s.dwelling_area_m2},
                        {"heating", ti::to_string(s.heating)},
                        {"vintage", twin::pathway::to_string(s.vintage)},
                        {"heating_lower_c", s.heating_lower_c},
                        {"cooling_raise_c", s.cooling_raise_c}};
  }
  if (a.rooftop_pv_kwp > 0.0) doc["rooftop_pv_kwp"] = a.rooftop_pv_kwp;
  if (!a.appliances.empty()) {
    json list = json::array();
    for (const ti::ApplianceSwap& s : a.appliances) list.push_back({{"appliance", ti::to_string(s.appliance)}, {"units", s.units}});
    doc["appliances"] = list;
  }
  if (a.waste_sorted_kg_per_yr > 0.0) doc["waste_sorted_kg_per_yr"] = a.waste_sorted_kg_per_yr;
  if (a.secondhand_items_per_yr > 0.0) doc["secondhand_items_per_yr"] = a.secondhand_items_per_yr;
  return doc.dump();
}

}  // namespace cli
