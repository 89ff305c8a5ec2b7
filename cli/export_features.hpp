// The per-building features `carbontwin export` writes — attributes (and which were inferred), floor
// area, the hourly model's annual energy use intensity, emissions by scope and rooftop PV — with their
// footprints back in the city's source CRS. One builder and one field list for every output format
// (GeoJSON in export_command.cpp, GeoPackage in gpkg_export.hpp), so the formats cannot drift apart.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "cli/city_source.hpp"
#include "geo/feature.hpp"

namespace cli {

enum class ExportFieldType { Integer, Real, Text };

struct ExportField {
  const char* name;  // "height_m", "scope1_t" … (units in the names)
  ExportFieldType type;
};

// The fields in output order; every ExportFeature::values follows it.
std::vector<ExportField> export_fields();

// Integer for ExportFieldType::Integer, double for Real, std::string for Text.
using ExportValue = std::variant<std::int64_t, double, std::string>;

struct ExportFeature {
  std::uint32_t index = 0;          // the building's index in the city (the GeoJSON feature id)
  std::vector<ExportValue> values;  // one per export_fields() entry, of its type
  std::vector<geo::Point> ring;     // footprint in the source CRS, closed (the last point repeats the first)
};

// Runs the hourly building model on the city (under loaded.weather) and builds one feature per building,
// emissions with the factors of inventory year `year`. False with a sentence in *error (no "carbontwin"
// prefix) when the city has no source CRS or a footprint cannot be projected back to it.
bool build_export_features(const LoadedCity& loaded, const std::string& city_path, int year,
                           std::vector<ExportFeature>* features, std::string* error);

}  // namespace cli
