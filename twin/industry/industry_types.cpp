// Names, parsing and fixed relations of the industry enums (industry_types.hpp).
#include "twin/industry/industry_types.hpp"

namespace twin::industry {

const char* to_string(Sector sector) {
  switch (sector) {
    case Sector::Steel: return "steel";
    case Sector::Cement: return "cement";
    case Sector::Chemicals: return "chemicals";
    case Sector::NonFerrous: return "non_ferrous";
    case Sector::OtherManufacturing: return "other_manufacturing";
    case Sector::DataCentre: return "data_centre";
    case Sector::Count: break;
  }
  return "unknown";
}

const char* name_zh(Sector sector) {
  switch (sector) {
    case Sector::Steel: return "钢铁";
    case Sector::Cement: return "水泥";
    case Sector::Chemicals: return "化工";
    case Sector::NonFerrous: return "有色金属";
    case Sector::OtherManufacturing: return "其他制造业";
    case Sector::DataCentre: return "数据中心";
    case Sector::Count: break;
  }
  return "未知";
}

const char* to_string(Route route) {
  switch (route) {
    case Route::SteelBfBof: return "steel_bf_bof";
    case Route::SteelEaf: return "steel_eaf";
    case Route::SteelH2Dri: return "steel_h2_dri";
    case Route::CementClinker: return "cement_clinker";
    case Route::CementGrinding: return "cement_grinding";
    case Route::ChemicalsAmmonia: return "chemicals_ammonia";
    case Route::ChemicalsOther: return "chemicals_other";
    case Route::NonFerrousAluminium: return "non_ferrous_aluminium";
    case Route::OtherManufacturing: return "other_manufacturing";
    case Route::DataCentre: return "data_centre";
    case Route::Count: break;
  }
  return "unknown";
}

const char* to_string(Carrier carrier) {
  switch (carrier) {
    case Carrier::Electricity: return "electricity";
    case Carrier::Coal: return "coal";
    case Carrier::Coke: return "coke";
    case Carrier::NaturalGas: return "natural_gas";
    case Carrier::Oil: return "oil";
    case Carrier::Heat: return "heat";
    case Carrier::Hydrogen: return "hydrogen";
    case Carrier::Count: break;
  }
  return "unknown";
}

bool sector_from_string(std::string_view text, Sector* sector) {
  for (int i = 0; i < kSectorCount; ++i) {
    const auto s = static_cast<Sector>(i);
    if (text == to_string(s) || text == name_zh(s)) {
      *sector = s;
      return true;
    }
  }
  return false;
}

bool route_from_string(std::string_view text, Route* route) {
  for (int i = 0; i < kRouteCount; ++i) {
    const auto r = static_cast<Route>(i);
    if (text == to_string(r)) {
      *route = r;
      return true;
    }
  }
  return false;
}

Sector sector_of(Route route) {
  switch (route) {
    case Route::SteelBfBof:
    case Route::SteelEaf:
    case Route::SteelH2Dri: return Sector::Steel;
    case Route::CementClinker:
    case Route::CementGrinding: return Sector::Cement;
    case Route::ChemicalsAmmonia:
    case Route::ChemicalsOther: return Sector::Chemicals;
    case Route::NonFerrousAluminium: return Sector::NonFerrous;
    case Route::OtherManufacturing: return Sector::OtherManufacturing;
    case Route::DataCentre: return Sector::DataCentre;
    case Route::Count: break;
  }
  return Sector::OtherManufacturing;
}

Route default_route(Sector sector) {
  switch (sector) {
    case Sector::Steel: return Route::SteelBfBof;
    case Sector::Cement: return Route::CementClinker;
    case Sector::Chemicals: return Route::ChemicalsOther;
    case Sector::NonFerrous: return Route::NonFerrousAluminium;
    case Sector::OtherManufacturing: return Route::OtherManufacturing;
    case Sector::DataCentre: return Route::DataCentre;
    case Sector::Count: break;
  }
  return Route::OtherManufacturing;
}

const char* output_unit(Route route) {
  switch (route) {
    case Route::SteelBfBof:
    case Route::SteelEaf:
    case Route::SteelH2Dri: return "t crude steel";
    case Route::CementClinker: return "t clinker";
    case Route::CementGrinding: return "t cement";
    case Route::ChemicalsAmmonia: return "t ammonia";
    case Route::ChemicalsOther:
    case Route::OtherManufacturing: return "10^4 yuan value added";
    case Route::NonFerrousAluminium: return "t aluminium";
    case Route::DataCentre: return "MWh IT load";
    case Route::Count: break;
  }
  return "unknown";
}

bool is_two_high(Sector sector) {
  return sector == Sector::Steel || sector == Sector::Cement || sector == Sector::Chemicals ||
         sector == Sector::NonFerrous;
}

emissions::Scope scope_of(Carrier carrier) {
  return carrier == Carrier::Electricity || carrier == Carrier::Heat ? emissions::Scope::Scope2
                                                                      : emissions::Scope::Scope1;
}

bool map_to_emissions_carrier(Carrier carrier, emissions::Carrier* out) {
  switch (carrier) {
    case Carrier::Electricity: *out = emissions::Carrier::Electricity; return true;
    case Carrier::Coal: *out = emissions::Carrier::Coal; return true;
    case Carrier::NaturalGas: *out = emissions::Carrier::NaturalGas; return true;
    case Carrier::Oil: *out = emissions::Carrier::Oil; return true;
    case Carrier::Heat: *out = emissions::Carrier::DistrictHeat; return true;
    case Carrier::Coke:
    case Carrier::Hydrogen:
    case Carrier::Count: break;
  }
  return false;
}

}  // namespace twin::industry
