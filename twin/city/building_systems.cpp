#include "twin/city/building_systems.hpp"

namespace twin::citygen {
namespace {

struct Option {
  double weight;
  HeatingSystem system;
  Fuel fuel;
};

template <int N>
Heating pick(const Option (&options)[N], Rng& rng) {
  double total = 0.0;
  for (const Option& o : options) total += o.weight;
  double u = rng.uniform() * total;
  for (const Option& o : options) {
    if (u < o.weight) return {o.system, o.fuel};
    u -= o.weight;
  }
  return {options[N - 1].system, options[N - 1].fuel};
}

constexpr HeatingSystem DH = HeatingSystem::DistrictHeat;
constexpr HeatingSystem BO = HeatingSystem::Boiler;
constexpr HeatingSystem HP = HeatingSystem::HeatPump;
constexpr HeatingSystem ER = HeatingSystem::ElectricResistance;
constexpr HeatingSystem ST = HeatingSystem::Stove;
constexpr HeatingSystem NO = HeatingSystem::None;

}  // namespace

Heating choose_heating(BuildingUse use, ResidentialType type, std::uint16_t year, Rng& rng) {
  const bool recent = year >= 2015;
  switch (use) {
    case BuildingUse::Residential:
      if (type == ResidentialType::UrbanVillage || type == ResidentialType::RuralHouse) {
        // Village houses heat room by room; coal stoves partly replaced under the 2017 plan.
        const Option o[] = {{0.45, ST, Fuel::Coal}, {0.20, ER, Fuel::Electricity},
                            {0.25, BO, Fuel::NaturalGas}, {0.10, HP, Fuel::Electricity}};
        return pick(o, rng);
      }
      if (type == ResidentialType::WalkUp) {
        const Option o[] = {{0.80, DH, Fuel::Heat}, {0.12, BO, Fuel::NaturalGas},
                            {0.03, BO, Fuel::Coal}, {0.05, ER, Fuel::Electricity}};
        return pick(o, rng);
      }
      if (recent) {
        const Option o[] = {{0.70, DH, Fuel::Heat}, {0.10, BO, Fuel::NaturalGas}, {0.20, HP, Fuel::Electricity}};
        return pick(o, rng);
      } else {
        const Option o[] = {{0.82, DH, Fuel::Heat}, {0.15, BO, Fuel::NaturalGas}, {0.03, ER, Fuel::Electricity}};
        return pick(o, rng);
      }
    case BuildingUse::Office:
    case BuildingUse::Retail:
    case BuildingUse::Hotel:
      if (year >= 2010) {
        const Option o[] = {{0.60, DH, Fuel::Heat}, {0.25, BO, Fuel::NaturalGas}, {0.15, HP, Fuel::Electricity}};
        return pick(o, rng);
      } else {
        const Option o[] = {{0.65, DH, Fuel::Heat}, {0.35, BO, Fuel::NaturalGas}};
        return pick(o, rng);
      }
    case BuildingUse::School: {
      const Option o[] = {{0.75, DH, Fuel::Heat}, {0.20, BO, Fuel::NaturalGas}, {0.05, HP, Fuel::Electricity}};
      return pick(o, rng);
    }
    case BuildingUse::Hospital: {
      const Option o[] = {{0.50, DH, Fuel::Heat}, {0.50, BO, Fuel::NaturalGas}};
      return pick(o, rng);
    }
    case BuildingUse::Industrial:
      if (year < 2010) {
        const Option o[] = {{0.40, BO, Fuel::NaturalGas}, {0.35, BO, Fuel::Coal}, {0.25, DH, Fuel::Heat}};
        return pick(o, rng);
      } else {
        const Option o[] = {{0.50, BO, Fuel::NaturalGas}, {0.25, DH, Fuel::Heat}, {0.25, HP, Fuel::Electricity}};
        return pick(o, rng);
      }
    case BuildingUse::Warehouse: {
      const Option o[] = {{0.50, NO, Fuel::Electricity}, {0.25, ER, Fuel::Electricity}, {0.25, BO, Fuel::NaturalGas}};
      return pick(o, rng);
    }
    case BuildingUse::Count: break;
  }
  return {};
}

double floor_area_per_job_m2(BuildingUse use) {
  // Typical gross floor area per worker (approximate planning figures): offices 20–30 m², retail
  // 40–60 m², hotels ~100 m² (≈ 0.6 staff per room), schools ~60 m² (staff only, not pupils),
  // hospitals ~50 m², factories 80–120 m², warehouses 200–300 m².
  switch (use) {
    case BuildingUse::Office: return 25.0;
    case BuildingUse::Retail: return 50.0;
    case BuildingUse::Hotel: return 100.0;
    case BuildingUse::School: return 60.0;
    case BuildingUse::Hospital: return 50.0;
    case BuildingUse::Industrial: return 90.0;
    case BuildingUse::Warehouse: return 250.0;
    default: return 0.0;
  }
}

}  // namespace twin::citygen
