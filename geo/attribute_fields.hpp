// The attribute keys of the buildings in planners' files, with a few sample values, for the page's
// attribute-mapping dialog ("which field holds the height?"): the inputs are read with the same readers
// as geo::import_city (geo/city_import.hpp), before any CRS or cleaning step, so the list is there even
// when the import itself fails. The CRS each layer declares comes along, so the page's import worker can
// tell whether PROJ's database is needed before it runs the import.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "geo/city_import.hpp"
#include "geo/feature.hpp"

namespace geo {

// At most this many distinct sample values per field, each cut to kMaxSampleBytes (at a UTF-8
// character boundary): enough to recognise a field in a drop-down list.
inline constexpr std::size_t kMaxFieldSamples = 5;
inline constexpr std::size_t kMaxSampleBytes = 64;

struct AttributeField {
  std::string name;
  std::vector<std::string> samples;  // distinct non-empty values, in order of first appearance
  std::uint64_t count = 0;           // Building features that carry the key (empty values included)
};

struct InputSummary {
  // Keys of FeatureKind::Building features over all files, in order of first appearance (files in the
  // order given, Shapefile parts grouped by stem after the other files, as import_city reads them).
  std::vector<AttributeField> fields;
  std::vector<DeclaredCrs> declared_crs;  // one per layer read with features, in that order
  std::uint64_t buildings = 0;            // Building features seen
  std::vector<Issue> errors;              // files that could not be read (as import_city would say)
};

InputSummary summarize_inputs(const std::vector<ImportFile>& files);

// True when the import may need a CRS other than WGS84 lon/lat, i.e. PROJ's database (8.3 MB, which the
// page fetches only then): crs_override names one other than WGS84/CRS84 (GCJ-02 and BD-09 are offsets
// from WGS84, computed without PROJ), or a layer declares one, or declares none (the crs module then
// guesses, possibly a projected CRS). WGS84 spellings: EPSG:4326, OGC:CRS84, CRS84 and their URN/URL forms
// (the forms crs.hpp accepts), compared case-insensitively.
bool needs_proj_db(const InputSummary& summary, const std::string& crs_override);

}  // namespace geo
