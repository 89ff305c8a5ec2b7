// Heating plant efficiencies, cooling EERs and the carriers of hot water and cooking. Approximations
// are marked; assets/buildings/README.md gives the reasoning and sources.
#include <algorithm>

#include "twin/buildings/city_energy.hpp"

namespace twin::buildings {

using K = emissions::Carrier;
using C = ArchetypeCategory;

emissions::Carrier heating_carrier(HeatingSystem system, Fuel fuel) {
  if (system == HeatingSystem::HeatPump || system == HeatingSystem::ElectricResistance) return K::Electricity;
  return emissions::carrier_of(fuel);
}

double heating_efficiency(HeatingSystem system, Fuel fuel, double theta_e_c) {
  switch (system) {
    case HeatingSystem::DistrictHeat:
      // Heat metered at the building: substation and in-building distribution losses and the
      // overheating of uncontrolled radiators (BERC 2019–2022: 10–20 % excess supply). Approximation.
      return 0.85;
    case HeatingSystem::Boiler:
      // Seasonal, incl. distribution. GB 55015-2021 Table 3.2.5 new gas boilers ≥ 0.92 (nominal);
      // older small coal boilers ~0.65 (BERC rural/boiler surveys, approximation).
      return fuel == Fuel::Coal ? 0.65 : fuel == Fuel::Electricity ? 0.98 : 0.85;
    case HeatingSystem::HeatPump:
      // Air-source heat pump for low ambient (GB/T 25127-2020 test points): COP ≈ 2.3 at −7 °C,
      // 3.3 at 7 °C, linear in between and clamped (approximation).
      return std::clamp(2.8 + 0.07 * theta_e_c, 1.6, 4.5);
    case HeatingSystem::ElectricResistance: return 1.0;
    case HeatingSystem::Stove:
      // Room stoves: coal 30–50 % (BERC rural heating surveys), gas wall heaters ~0.8.
      return fuel == Fuel::Coal ? 0.45 : fuel == Fuel::Electricity ? 1.0 : 0.8;
    case HeatingSystem::None:
    case HeatingSystem::Count: break;
  }
  return 1.0;
}

double cooling_eer(ArchetypeCategory category) {
  // Seasonal: split units (GB 21455-2019 grade 3 APF ≈ 3.5–4.0, less part-load and installation ≈ 3.2);
  // public buildings' chilled-water system incl. pumps and towers ≈ 3.0 (BERC public-building surveys).
  switch (category) {
    case C::ResidentialHighRise:
    case C::ResidentialWalkUp:
    case C::ResidentialVillage: return 3.2;
    default: return 3.0;
  }
}

double cooling_use_factor(ArchetypeCategory category) {
  // Chinese households cool part-time and part-space (部分时间、部分空间, BERC 2016 §2): measured
  // residential cooling is ~ 1/3 of the full-space continuous need. Approximation.
  switch (category) {
    case C::ResidentialHighRise:
    case C::ResidentialWalkUp:
    case C::ResidentialVillage: return 0.35;
    default: return 1.0;
  }
}

double heating_use_factor(ArchetypeCategory category) {
  // Village houses heat the rooms in use only (room stoves); approximation 0.6.
  return category == C::ResidentialVillage ? 0.6 : 1.0;
}

std::array<double, emissions::kCarrierCount> hot_water_carriers(ArchetypeCategory category) {
  // Delivered energy per kWh of useful hot water: gas water heaters η 0.85 (GB 20665-2015 grade 3 ≥ 0.84),
  // electric storage heaters η 0.90. Urban dwellings 60 % gas / 40 % electric (approx.).
  std::array<double, emissions::kCarrierCount> c{};
  auto set = [&](K k, double share, double eff) { c[static_cast<int>(k)] += share / eff; };
  switch (category) {
    case C::ResidentialHighRise:
    case C::ResidentialWalkUp: set(K::NaturalGas, 0.6, 0.85); set(K::Electricity, 0.4, 0.9); break;
    case C::ResidentialVillage: set(K::Electricity, 0.7, 0.9); set(K::Lpg, 0.3, 0.85); break;
    case C::Hotel:
    case C::Hospital:
    case C::School: set(K::NaturalGas, 1.0, 0.85); break;
    default: set(K::Electricity, 1.0, 0.9); break;
  }
  return c;
}

std::array<double, emissions::kCarrierCount> cooking_carriers(ArchetypeCategory category) {
  std::array<double, emissions::kCarrierCount> c{};
  switch (category) {
    case C::ResidentialVillage:  // LPG cylinders, induction cookers and remaining coal stoves (approx.)
      c[static_cast<int>(K::Lpg)] = 0.5;
      c[static_cast<int>(K::Electricity)] = 0.3;
      c[static_cast<int>(K::Coal)] = 0.2;
      break;
    default:  // urban pipeline gas (dwellings and canteens/kitchens); 10 % induction (approx.)
      c[static_cast<int>(K::NaturalGas)] = 0.9;
      c[static_cast<int>(K::Electricity)] = 0.1;
      break;
  }
  return c;
}

}  // namespace twin::buildings
