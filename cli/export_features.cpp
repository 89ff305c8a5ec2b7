// Per-building export features (export_features.hpp).
#include "cli/export_features.hpp"

#include "geo/crs.hpp"
#include "geo/local_frame.hpp"
#include "twin/buildings/city_energy.hpp"
#include "twin/emissions/factor_set.hpp"

namespace cli {
namespace {

namespace tb = twin::buildings;
namespace te = twin::emissions;

// What one building's values are computed from.
struct BuildingRow {
  const twin::Buildings* b;
  std::uint32_t i;
  double floor_area_m2;
  double total_kwh;  // all carriers, a year
  double scope_t[te::kScopeCount];
  double pv_kwh;
};

struct FieldDef {
  ExportField field;
  ExportValue (*value)(const BuildingRow&);
};

// The one field list: name, type and how each value is read.
const FieldDef kFields[] = {
    {{"source_id", ExportFieldType::Text},
     [](const BuildingRow& r) -> ExportValue {
       return r.i < r.b->source_id.size() ? r.b->source_id[r.i] : std::string();
     }},
    {{"use", ExportFieldType::Text},
     [](const BuildingRow& r) -> ExportValue { return std::string(twin::to_string(r.b->use[r.i])); }},
    {{"floors", ExportFieldType::Integer},
     [](const BuildingRow& r) -> ExportValue { return std::int64_t{r.b->floors[r.i]}; }},
    {{"height_m", ExportFieldType::Real}, [](const BuildingRow& r) -> ExportValue { return r.b->height_m[r.i]; }},
    {{"construction_year", ExportFieldType::Integer},
     [](const BuildingRow& r) -> ExportValue { return std::int64_t{r.b->construction_year[r.i]}; }},
    {{"heating_system", ExportFieldType::Text},
     [](const BuildingRow& r) -> ExportValue { return std::string(twin::to_string(r.b->heating_system[r.i])); }},
    {{"inferred", ExportFieldType::Text},
     [](const BuildingRow& r) -> ExportValue {
       return twin::inferred_flag_names(twin::building_inferred(*r.b, r.i));
     }},
    {{"floor_area_m2", ExportFieldType::Real}, [](const BuildingRow& r) -> ExportValue { return r.floor_area_m2; }},
    {{"eui_kwh_m2", ExportFieldType::Real},
     [](const BuildingRow& r) -> ExportValue { return r.floor_area_m2 > 0 ? r.total_kwh / r.floor_area_m2 : 0.0; }},
    {{"scope1_t", ExportFieldType::Real}, [](const BuildingRow& r) -> ExportValue { return r.scope_t[0]; }},
    {{"scope2_t", ExportFieldType::Real}, [](const BuildingRow& r) -> ExportValue { return r.scope_t[1]; }},
    {{"pv_kwh", ExportFieldType::Real}, [](const BuildingRow& r) -> ExportValue { return r.pv_kwh; }},
};

}  // namespace

std::vector<ExportField> export_fields() {
  std::vector<ExportField> fields;
  for (const FieldDef& d : kFields) fields.push_back(d.field);
  return fields;
}

bool build_export_features(const LoadedCity& loaded, const std::string& city_path, int year,
                           std::vector<ExportFeature>* features, std::string* error) {
  const twin::City& city = loaded.city;
  const twin::CityLocation& loc = city.location;
  if (!loc.georeferenced || loc.source_crs.empty()) {
    *error = "'" + city_path + "' has no source coordinate system to export to";
    return false;
  }
  geo::CrsSpec crs;
  geo::LocalFrame frame;
  std::string why;
  if (!geo::parse_crs_text(loc.source_crs, &crs, &why) ||
      !geo::LocalFrame::make_at_lonlat(crs, loc.origin_lon_deg, loc.origin_lat_deg, &frame, &why)) {
    *error = "cannot set up " + loc.source_crs + ": " + why;
    return false;
  }
  // The weather load_city chose (--epw, else the city's own EPW, else the nearest typical year), as
  // `carbontwin buildings` uses, so both commands give one building the same numbers.
  tb::CityEnergyDef def = tb::default_city_energy_def();
  def.zone = loaded.weather.plan.zone;
  const tb::CityEnergyResult energy = tb::simulate_city_energy(city, loaded.weather.year, def);
  const te::FactorSet factors = te::factors_for_year(year, loaded.grid);

  const twin::Buildings& b = city.buildings;
  features->clear();
  features->reserve(b.size());
  for (std::uint32_t i = 0; i < b.size(); ++i) {
    ExportFeature f;
    f.index = i;
    for (std::uint32_t k = b.footprint_begin[i]; k <= b.footprint_begin[i + 1]; ++k) {
      // The ring closed again (GeoJSON and OGC simple features repeat the first position last).
      const twin::Vec2& p = b.footprint_xy[k < b.footprint_begin[i + 1] ? k : b.footprint_begin[i]];
      geo::Point q;
      if (!frame.to_source(p.x_m, p.y_m, &q)) {
        *error = "building " + std::to_string(i) + " could not be projected back to " + loc.source_crs;
        return false;
      }
      f.ring.push_back(q);
    }
    BuildingRow row{&b, i, energy.floor_area_m2[i], 0.0, {}, energy.pv_kwh[i]};
    for (int c = 0; c < te::kCarrierCount; ++c) {
      const auto carrier = static_cast<te::Carrier>(c);
      const double kwh = energy.carrier_kwh(i, carrier);
      row.total_kwh += kwh;
      row.scope_t[static_cast<int>(te::scope_of(carrier))] += kwh * factors.of(carrier).kg_per_kwh / 1000.0;
    }
    for (const FieldDef& d : kFields) f.values.push_back(d.value(row));
    features->push_back(std::move(f));
  }
  return true;
}

}  // namespace cli
