// Names and mappings of carriers, sectors and scopes (see carrier.hpp).
#include "twin/emissions/carrier.hpp"

namespace twin::emissions {

const char* to_string(Carrier carrier) {
  switch (carrier) {
    case Carrier::Electricity: return "electricity";
    case Carrier::DistrictHeat: return "district_heat";
    case Carrier::NaturalGas: return "natural_gas";
    case Carrier::Coal: return "coal";
    case Carrier::Oil: return "oil";
    case Carrier::Gasoline: return "gasoline";
    case Carrier::Lpg: return "lpg";
    case Carrier::Count: break;
  }
  return "unknown";
}

const char* to_string(Sector sector) {
  switch (sector) {
    case Sector::Residential: return "residential";
    case Sector::Commercial: return "commercial";
    case Sector::Industry: return "industry";
    case Sector::Transport: return "transport";
    case Sector::IndustrialProcesses: return "industrial_processes";
    case Sector::Waste: return "waste";
    case Sector::LandUse: return "land_use";
    case Sector::Count: break;
  }
  return "unknown";
}

const char* to_string(Scope scope) {
  switch (scope) {
    case Scope::Scope1: return "scope1";
    case Scope::Scope2: return "scope2";
    case Scope::Count: break;
  }
  return "unknown";
}

Scope scope_of(Carrier carrier) {
  return carrier == Carrier::Electricity || carrier == Carrier::DistrictHeat ? Scope::Scope2
                                                                              : Scope::Scope1;
}

Carrier carrier_of(Fuel fuel) {
  switch (fuel) {
    case Fuel::Heat: return Carrier::DistrictHeat;
    case Fuel::NaturalGas: return Carrier::NaturalGas;
    case Fuel::Coal: return Carrier::Coal;
    case Fuel::Electricity: return Carrier::Electricity;
    case Fuel::Count: break;
  }
  return Carrier::Electricity;
}

Sector sector_of(BuildingUse use) {
  switch (use) {
    case BuildingUse::Residential: return Sector::Residential;
    case BuildingUse::Industrial: return Sector::Industry;
    default: return Sector::Commercial;
  }
}

}  // namespace twin::emissions
