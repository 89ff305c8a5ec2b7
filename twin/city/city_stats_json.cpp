#include "twin/city/city_stats_json.hpp"

#include <string>

#include "twin/json_text/json_text.hpp"

namespace twin {
namespace {

// Minimal writer for a fixed, flat-ish object; no file I/O (twin/ stays free of it).
class JsonObjectWriter {
 public:
  explicit JsonObjectWriter(std::string* out) : out_(out) { out_->push_back('{'); }

  void number(const char* key, double value) {
    write_key(key);
    out_->append(json_text::shortest_number(value));  // null for NaN/Inf: "not available"
  }
  void integer(const char* key, unsigned long long value) {
    write_key(key);
    out_->append(std::to_string(value));
  }
  void boolean(const char* key, bool value) {
    write_key(key);
    out_->append(value ? "true" : "false");
  }
  void string(const char* key, const std::string& value) {
    write_key(key);
    append_quoted(value);
  }
  JsonObjectWriter object(const char* key) {
    write_key(key);
    return JsonObjectWriter(out_);
  }
  void close() { out_->push_back('}'); }

 private:
  void write_key(const char* key) {
    if (!first_) out_->push_back(',');
    first_ = false;
    append_quoted(key);
    out_->push_back(':');
  }
  void append_quoted(const std::string& text) { out_->append(json_text::quote(text)); }

  std::string* out_;
  bool first_ = true;
};

}  // namespace

std::string city_stats_json(const CityStats& s, const City& city) {
  std::string out;
  JsonObjectWriter root(&out);
  root.string("name", city.name);
  root.boolean("synthetic", city.synthetic);
  root.integer("seed", city.seed);
  root.number("population", s.population);
  root.number("jobs", s.jobs);
  root.integer("building_count", s.building_count);
  root.number("land_area_km2", s.land_area_km2);
  root.number("floor_area_m2", s.floor_area_m2);
  {
    JsonObjectWriter by_use = root.object("floor_area_by_use_m2");
    for (int u = 0; u < static_cast<int>(BuildingUse::Count); ++u)
      by_use.number(to_string(static_cast<BuildingUse>(u)), s.floor_area_by_use_m2[u]);
    by_use.close();
  }
  {
    JsonObjectWriter by_use = root.object("building_count_by_use");
    for (int u = 0; u < static_cast<int>(BuildingUse::Count); ++u)
      by_use.integer(to_string(static_cast<BuildingUse>(u)), s.building_count_by_use[u]);
    by_use.close();
  }
  {
    JsonObjectWriter by_type = root.object("building_count_by_residential_type");
    for (int t = 1; t < static_cast<int>(ResidentialType::Count); ++t)  // 0 = nonresidential
      by_type.integer(to_string(static_cast<ResidentialType>(t)), s.building_count_by_residential_type[t]);
    by_type.close();
  }
  {
    JsonObjectWriter by_class = root.object("road_length_by_class_km");
    for (int c = 0; c < static_cast<int>(RoadClass::Count); ++c)
      by_class.number(to_string(static_cast<RoadClass>(c)), s.road_length_by_class_km[c]);
    by_class.close();
  }
  root.number("road_length_km", s.road_length_km);
  root.integer("road_node_count", s.road_node_count);
  root.integer("road_link_count", s.road_link_count);
  root.integer("metro_line_count", s.metro_line_count);
  root.integer("metro_station_count", s.metro_station_count);
  root.number("metro_length_km", s.metro_length_km);
  root.integer("zone_count", s.zone_count);
  root.number("park_area_km2", s.park_area_km2);
  root.number("water_area_km2", s.water_area_km2);
  root.number("farmland_area_km2", s.farmland_area_km2);
  root.number("forest_area_km2", s.forest_area_km2);
  root.number("built_up_area_km2", s.built_up_area_km2);
  root.number("built_up_road_length_km", s.built_up_road_length_km);
  root.number("max_height_m", s.max_height_m);
  root.number("mean_floors", s.mean_floors);
  root.number("population_density_per_km2", s.population_density_per_km2);
  root.number("built_up_population_density_per_km2", s.built_up_population_density_per_km2);
  root.number("construction_land_per_person_m2", s.construction_land_per_person_m2);
  root.number("residential_floor_area_per_person_m2", s.residential_floor_area_per_person_m2);
  root.number("road_density_km_per_km2", s.road_density_km_per_km2);
  root.number("jobs_per_resident", s.jobs_per_resident);
  root.number("floor_area_ratio", s.floor_area_ratio);
  root.close();
  return out;
}

}  // namespace twin
