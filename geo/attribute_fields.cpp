// Attribute keys and samples of the buildings in planners' files (attribute_fields.hpp).
#include "geo/attribute_fields.hpp"

#include <algorithm>
#include <map>
#include <string_view>

#include "geo/cityjson_reader.hpp"
#include "geo/geojson_reader.hpp"
#include "geo/input_format.hpp"
#include "geo/osm_reader.hpp"
#include "geo/shapefile_reader.hpp"

namespace geo {
namespace {

// s cut to at most max_bytes without splitting a UTF-8 sequence (continuation bytes are 10xxxxxx).
std::string cut_utf8(const std::string& s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  std::size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0u) == 0x80u) --end;
  return s.substr(0, end) + "…";
}

class FieldCollector {
 public:
  explicit FieldCollector(InputSummary* out) : out_(out) {}

  void add(const LayerRead& layer) {
    // Only layers with something to place need a CRS (as import_city, which skips the others).
    if (layer.file_ok && !layer.features.empty()) out_->declared_crs.push_back(layer.crs);
    for (const Issue& e : layer.errors)
      if (!layer.file_ok) out_->errors.push_back(e);
    for (const Feature& f : layer.features) {
      if (f.kind != FeatureKind::Building) continue;
      ++out_->buildings;
      for (const auto& [key, value] : f.attributes) {
        auto [it, inserted] = index_.try_emplace(key, out_->fields.size());
        if (inserted) out_->fields.push_back(AttributeField{key, {}, 0});
        AttributeField& field = out_->fields[it->second];
        ++field.count;
        if (value.empty() || field.samples.size() >= kMaxFieldSamples) continue;
        const std::string sample = cut_utf8(value, kMaxSampleBytes);
        if (std::find(field.samples.begin(), field.samples.end(), sample) == field.samples.end())
          field.samples.push_back(sample);
      }
    }
  }

 private:
  InputSummary* out_;
  std::map<std::string, std::size_t> index_;  // key → position in out_->fields
};

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool ends_with(const std::string& s, std::string_view tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// EPSG:4326 and OGC:CRS84 in the spellings of crs.hpp's parse_crs_text ("EPSG:4326",
// "urn:ogc:def:crs:EPSG::4326", "http://www.opengis.net/def/crs/EPSG/0/4326", "OGC:CRS84", "CRS84",
// "urn:ogc:def:crs:OGC:1.3:CRS84", "http://www.opengis.net/def/crs/OGC/1.3/CRS84").
bool names_wgs84_lonlat(std::string_view text) {
  const std::string t = lower(text);
  if (t == "epsg:4326" || t == "crs84" || t == "ogc:crs84") return true;
  const bool urn_or_url = t.rfind("urn:ogc:def:crs:", 0) == 0 || t.rfind("http://www.opengis.net/def/crs/", 0) == 0 ||
                          t.rfind("https://www.opengis.net/def/crs/", 0) == 0;
  return urn_or_url && (ends_with(t, ":crs84") || ends_with(t, "/crs84") || ends_with(t, ":4326") ||
                        ends_with(t, "/epsg/0/4326"));
}

bool is_chinese_offset(std::string_view text) {
  const std::string t = lower(text);
  return t == "gcj02" || t == "gcj-02" || t == "bd09" || t == "bd-09";
}

}  // namespace

bool needs_proj_db(const InputSummary& summary, const std::string& crs_override) {
  if (!crs_override.empty()) return !names_wgs84_lonlat(crs_override) && !is_chinese_offset(crs_override);
  for (const DeclaredCrs& d : summary.declared_crs) {
    if (d.source == DeclaredCrs::Source::None) return true;
    if (!names_wgs84_lonlat(d.text)) return true;
  }
  return false;
}

InputSummary summarize_inputs(const std::vector<ImportFile>& files) {
  InputSummary summary;
  FieldCollector collector(&summary);
  std::map<std::string, ShapefileParts> shapefiles;  // by stem, in name order (as import_city)
  for (const ImportFile& f : files) {
    std::string reason;
    const InputFormat format = detect_input_format(f.name, f.bytes, &reason);
    switch (format) {
      case InputFormat::OsmXml: collector.add(read_osm_xml(f.bytes, f.name)); break;
      case InputFormat::GeoJson: collector.add(read_geojson(f.bytes, f.name)); break;
      case InputFormat::CityJson: collector.add(read_cityjson(f.bytes, f.name)); break;
      case InputFormat::ShapefileZip: collector.add(read_shapefile_zip(f.bytes, f.name)); break;
      case InputFormat::ShapefilePart: {
        const std::string ext = shapefile_part_extension(f.name);
        ShapefileParts& parts = shapefiles[shapefile_stem(f.name)];
        std::string* slot = ext == "shp"   ? &parts.shp
                            : ext == "shx" ? &parts.shx
                            : ext == "dbf" ? &parts.dbf
                            : ext == "prj" ? &parts.prj
                                           : &parts.cpg;
        *slot = f.bytes;
        break;
      }
      case InputFormat::CityFile:
        summary.errors.push_back(Issue{f.name, "", "this is a CarbonTwin city file, already imported"});
        break;
      case InputFormat::Epw: break;  // the city's weather: no attribute fields
      case InputFormat::Unsupported: summary.errors.push_back(Issue{f.name, "", reason}); break;
    }
  }
  for (const auto& [stem, parts] : shapefiles) {
    if (parts.shp.empty()) {
      summary.errors.push_back(Issue{stem + ".shp", "", "the .shp part of this Shapefile was not given"});
      continue;
    }
    collector.add(read_shapefile(parts, stem + ".shp"));
  }
  return summary;
}

}  // namespace geo
