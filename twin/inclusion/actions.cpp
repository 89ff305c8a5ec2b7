// Names and bounds of a resident's choices (actions.hpp).
#include "twin/inclusion/actions.hpp"

#include <array>
#include <cmath>
#include <cstdio>

namespace twin::inclusion {
namespace {

constexpr std::array<const char*, kCommuteModeCount> kModes{"car_petrol", "car_ev", "bus", "metro", "bike", "walk"};
constexpr std::array<const char*, 5> kHeating{"district_heat", "gas_boiler", "heat_pump", "electric", "none"};
constexpr std::array<const char*, 3> kAppliances{"air_conditioner", "refrigerator", "washing_machine"};

template <typename E, std::size_t N>
std::optional<E> lookup(const std::array<const char*, N>& names, std::string_view key) {
  for (std::size_t i = 0; i < N; ++i)
    if (key == names[i]) return static_cast<E>(i);
  return std::nullopt;
}

void check(std::vector<ActionsError>& errors, const std::string& path, double v, double lo, double hi,
           const char* unit) {
  if (std::isfinite(v) && v >= lo && v <= hi) return;
  char buf[160];
  std::snprintf(buf, sizeof buf, "must be a finite number within %g–%g %s", lo, hi, unit);
  errors.push_back({path, buf});
}

}  // namespace

const char* to_string(CommuteMode m) { return kModes[static_cast<int>(m)]; }
std::optional<CommuteMode> commute_mode_from_string(std::string_view key) { return lookup<CommuteMode>(kModes, key); }
const char* to_string(DwellingHeating h) { return kHeating[static_cast<int>(h)]; }
std::optional<DwellingHeating> dwelling_heating_from_string(std::string_view key) {
  return lookup<DwellingHeating>(kHeating, key);
}
const char* to_string(Appliance a) { return kAppliances[static_cast<int>(a)]; }
std::optional<Appliance> appliance_from_string(std::string_view key) { return lookup<Appliance>(kAppliances, key); }

std::vector<ActionsError> validate_actions(const PersonalActions& a) {
  std::vector<ActionsError> errors;
  for (std::size_t i = 0; i < a.commutes.size(); ++i) {
    const std::string p = "commutes[" + std::to_string(i) + "]";
    const CommuteSwitch& c = a.commutes[i];
    check(errors, p + ".one_way_km", c.one_way_km, 0.0, 200.0, "km");
    check(errors, p + ".days_per_yr", c.days_per_yr, 0.0, 366.0, "days");
    if (c.from == c.to) errors.push_back({p + ".to", "must differ from 'from' (no switch)"});
  }
  if (a.setpoints) {
    const SetpointChange& s = *a.setpoints;
    check(errors, "setpoints.dwelling_area_m2", s.dwelling_area_m2, 1.0, 2000.0, "m2");
    check(errors, "setpoints.heating_lower_c", s.heating_lower_c, 0.0, 10.0, "degC");
    check(errors, "setpoints.cooling_raise_c", s.cooling_raise_c, 0.0, 10.0, "degC");
  }
  check(errors, "rooftop_pv_kwp", a.rooftop_pv_kwp, 0.0, 100.0, "kWp");
  for (std::size_t i = 0; i < a.appliances.size(); ++i)
    if (a.appliances[i].units < 0 || a.appliances[i].units > 50)
      errors.push_back({"appliances[" + std::to_string(i) + "].units", "must be an integer within 0–50"});
  check(errors, "waste_sorted_kg_per_yr", a.waste_sorted_kg_per_yr, 0.0, 10000.0, "kg/yr");
  check(errors, "secondhand_items_per_yr", a.secondhand_items_per_yr, 0.0, 1000.0, "items/yr");
  if (a.household_persons != 0.0) check(errors, "household_persons", a.household_persons, 1.0, 20.0, "persons");
  return errors;
}

}  // namespace twin::inclusion
