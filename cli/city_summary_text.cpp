#include "cli/city_summary_text.hpp"

#include <cstdarg>
#include <cstdio>

namespace cli {
namespace {

void line(std::string* out, const char* format, ...) __attribute__((format(printf, 2, 3)));
void line(std::string* out, const char* format, ...) {
  char buffer[256];
  va_list args;
  va_start(args, format);
  std::vsnprintf(buffer, sizeof buffer, format, args);
  va_end(args);
  out->append(buffer);
  out->push_back('\n');
}

}  // namespace

std::string city_summary_text(const twin::City& city, const twin::CityStats& s) {
  std::string out;
  if (city.synthetic)
    line(&out, "City: %s [SYNTHETIC: generated, not measured data] (seed %llu)", city.name.c_str(),
         static_cast<unsigned long long>(city.seed));
  else
    line(&out, "City: %s [IMPORTED: footprints and roads from the source files; inferred values flagged] (%s, "
               "origin %.6f E %.6f N)",
         city.name.c_str(), city.location.source_crs_label.c_str(), city.location.origin_lon_deg,
         city.location.origin_lat_deg);
  line(&out, "  land area            %12.1f km2", s.land_area_km2);
  line(&out, "  built-up land        %12.1f km2  (%.1f m2 per person)", s.built_up_area_km2,
       s.construction_land_per_person_m2);
  line(&out, "  population           %12.0f persons  (%.0f per km2; %.0f per built-up km2)",
       s.population, s.population_density_per_km2, s.built_up_population_density_per_km2);
  line(&out, "  jobs                 %12.0f persons  (%.2f per resident)", s.jobs, s.jobs_per_resident);
  line(&out, "  buildings            %12u", s.building_count);
  line(&out, "  floor area, total    %12.0f m2  (plot ratio %.2f)", s.floor_area_m2, s.floor_area_ratio);
  for (int u = 0; u < static_cast<int>(twin::BuildingUse::Count); ++u) {
    line(&out, "    %-18s %12.0f m2  in %u buildings", twin::to_string(static_cast<twin::BuildingUse>(u)),
         s.floor_area_by_use_m2[u], s.building_count_by_use[u]);
  }
  line(&out, "  residential floor area per person %.1f m2", s.residential_floor_area_per_person_m2);
  line(&out, "  roads, centre-line   %12.1f km  (%.1f km in built-up land: %.2f km per km2)",
       s.road_length_km, s.built_up_road_length_km, s.road_density_km_per_km2);
  for (int c = 0; c < static_cast<int>(twin::RoadClass::Count); ++c) {
    line(&out, "    %-18s %12.1f km", twin::to_string(static_cast<twin::RoadClass>(c)),
         s.road_length_by_class_km[c]);
  }
  line(&out, "  metro                %12u lines, %u stations, %.1f km", s.metro_line_count,
       s.metro_station_count, s.metro_length_km);
  line(&out, "  zones                %12u", s.zone_count);
  line(&out, "  parks / water        %12.2f / %.2f km2", s.park_area_km2, s.water_area_km2);
  line(&out, "  farmland / forest    %12.2f / %.2f km2", s.farmland_area_km2, s.forest_area_km2);
  line(&out, "  tallest building     %12.0f m", s.max_height_m);
  return out;
}

}  // namespace cli
