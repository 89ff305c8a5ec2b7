// The whole import pipeline (geo/city_import.hpp) on the shared real data sets, checked against an
// independent computation: tests/geo/README-reference.md has the python3 scripts (pyproj 3.4 + shapely
// 1.8 from Debian) that gave the reference figures — footprint areas in a second projection (EPSG:6933,
// equal-area) and road lengths as WGS84 geodesics.
#include "geo/city_import.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "twin/city/city_file.hpp"
#include "twin/city/lonlat_fit.hpp"

namespace geo {
namespace {

const std::string kData = std::string(CT_SHARED_DATA_DIR) + "/citymodels/";

ImportFile file_of(const std::string& path) {
  std::ifstream in(kData + path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return ImportFile{path.substr(path.find_last_of('/') + 1), s.str()};
}

nlohmann::json report_of(const ImportResult& r) { return nlohmann::json::parse(r.report_json); }

bool any_issue(const std::vector<Issue>& issues, const std::string& text) {
  for (const Issue& i : issues)
    if (to_string(i).find(text) != std::string::npos) return true;
  return false;
}

TEST(GeoCityImport, HaidianFootprintsAndRoadsMatchAnIndependentProjection) {
  const ImportResult r = import_city({file_of("osm_beijing_haidian_cau/map.osm")}, {});
  ASSERT_TRUE(r.ok) << (r.errors.empty() ? "" : to_string(r.errors.front()));
  const nlohmann::json rep = report_of(r);
  EXPECT_EQ(rep["buildings_read"], 257);
  EXPECT_EQ(rep["buildings_imported"], 257);
  // Reference: 364915.1 m² (257 footprints, ways + 2 multipolygons with their holes, in EPSG:6933).
  EXPECT_NEAR(rep["footprint_area_m2"].get<double>(), 364915.1, 364915.1 * 1e-4);
  // Reference: geodesic km per highway class of every way read (before the connectivity filter).
  const nlohmann::json& km = rep["road_length_km_by_class_read"];
  const std::pair<const char*, double> expected[] = {{"motorway", 5.2622}, {"primary", 12.3115}, {"secondary", 3.9538},
                                                     {"tertiary", 5.5861}, {"residential", 3.3698}, {"service", 17.2015},
                                                     {"living_street", 2.5295}};
  for (const auto& [cls, ref] : expected) EXPECT_NEAR(km[cls].get<double>(), ref, ref * 1e-3) << cls;
  // Everything inferred is flagged; the 6 buildings with building:levels keep their floors.
  EXPECT_EQ(rep["heights_inferred"], 257);
  EXPECT_EQ(rep["floors_inferred"], 251);
  std::size_t flagged = 0;
  for (std::uint32_t i = 0; i < r.city.buildings.size(); ++i)
    if (twin::building_inferred(r.city.buildings, i) & twin::kInferredHeight) ++flagged;
  EXPECT_EQ(flagged, 257u);
  // Location: the origin is the centre of the data, in Haidian; the typical year is Beijing's.
  EXPECT_NEAR(r.city.location.origin_lon_deg, 116.35, 0.02);
  EXPECT_NEAR(r.city.location.origin_lat_deg, 40.0, 0.02);
  EXPECT_EQ(rep["climate"]["typical_year"], "beijing");
  EXPECT_LT(r.city.location.lonlat_fit.max_error_m, 0.01);
  double lon = 0, lat = 0;
  ASSERT_TRUE(twin::local_to_lonlat(r.city.location, 0.0, 0.0, &lon, &lat));
  EXPECT_NEAR(lon, r.city.location.origin_lon_deg, 1e-8);
  EXPECT_NEAR(lat, r.city.location.origin_lat_deg, 1e-8);
  // A usable city for the transport model: roads, zones with people, metro lines with stations.
  EXPECT_GT(r.city.roads.link_count(), 500u);
  EXPECT_GT(r.city.zones.size(), 10u);
  EXPECT_GE(r.city.transit_lines.size(), 1u);
  EXPECT_FALSE(r.city.synthetic);
  // The city file keeps it all.
  const twin::CityFileRead back = twin::read_city_file(twin::write_city_file(r.city, r.report_json));
  ASSERT_TRUE(back.ok);
  EXPECT_EQ(back.report_json, r.report_json);
}

TEST(GeoCityImport, LujiazuiTiledPiecesAreMergedAndOverlapsCountedOnce) {
  const ImportResult r = import_city({file_of("osm_shanghai_lujiazui_tilezen/buildings.geojson"),
                                      file_of("osm_shanghai_lujiazui_tilezen/roads.geojson")},
                                     {});
  ASSERT_TRUE(r.ok);
  const nlohmann::json rep = report_of(r);
  EXPECT_EQ(rep["buildings_read"], 1430);  // 1572 pieces less the 142 building parts
  // Reference: area of the union of all 1430 building pieces in EPSG:6933 = 1124392.7 m².
  EXPECT_NEAR(rep["footprint_area_m2"].get<double>(), 1124392.7, 1124392.7 * 1e-3);
  std::uint64_t skipped = 0;
  for (const auto& s : rep["buildings_skipped"]) skipped += s["count"].get<std::uint64_t>();
  // Books balance: every piece read is imported, merged into another, or skipped with a reason.
  EXPECT_EQ(rep["buildings_imported"].get<std::uint64_t>() + rep["footprint_pieces_merged"].get<std::uint64_t>() + skipped,
            1430u);
  EXPECT_EQ(rep["climate"]["typical_year"], "shanghai");
  // The Shanghai Tower keeps its 632 m.
  double tallest = 0;
  for (double h : r.city.buildings.height_m) tallest = std::max(tallest, h);
  EXPECT_DOUBLE_EQ(tallest, 632.0);
  EXPECT_GT(r.city.roads.link_count(), 1000u);
}

TEST(GeoCityImport, CityJsonInADutchProjectedCrsIsProjectedWithProj) {
  const ImportResult r = import_city({file_of("cityjson_cjio/delft.json")}, {});
  ASSERT_TRUE(r.ok) << (r.errors.empty() ? "" : to_string(r.errors.front()));
  const nlohmann::json rep = report_of(r);
  EXPECT_EQ(rep["buildings_imported"], 160);
  EXPECT_NE(rep["crs"]["definition"].get<std::string>().find("7415"), std::string::npos);
  EXPECT_NEAR(r.city.location.origin_lon_deg, 4.36, 0.05);  // Delft
  EXPECT_NEAR(r.city.location.origin_lat_deg, 52.0, 0.05);
  EXPECT_EQ(rep["heights_inferred"], 0);  // every height from the geometry's z range
  // Far from every built-in typical year: said so.
  EXPECT_TRUE(any_issue(r.warnings, "km from the nearest built-in typical year"));
}

TEST(GeoCityImport, Gcj02CoordinatesAreShiftedBackToWgs84) {
  // The same small GeoJSON read as WGS84 and as GCJ-02 (--crs gcj02): in Beijing the GCJ-02 offset is
  // some hundreds of metres, so the two origins must differ by it; the footprint's area barely changes
  // (GCJ-02's obfuscation has short-period terms that stretch shapes by up to a few tenths of a percent).
  const std::string square = R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":
    {"building":"residential","building:levels":"6"},"geometry":{"type":"Polygon","coordinates":
    [[[116.3500,40.0000],[116.3504,40.0000],[116.3504,40.0003],[116.3500,40.0003],[116.3500,40.0000]]]}}]})";
  const ImportResult wgs = import_city({ImportFile{"a.geojson", square}}, {});
  ImportOptions gcj_options;
  gcj_options.crs = "gcj02";
  const ImportResult gcj = import_city({ImportFile{"a.geojson", square}}, gcj_options);
  ASSERT_TRUE(wgs.ok && gcj.ok);
  const double dlon_m = (gcj.city.location.origin_lon_deg - wgs.city.location.origin_lon_deg) * 85300.0;
  const double dlat_m = (gcj.city.location.origin_lat_deg - wgs.city.location.origin_lat_deg) * 111000.0;
  const double shift_m = std::hypot(dlon_m, dlat_m);
  EXPECT_GT(shift_m, 100.0);
  EXPECT_LT(shift_m, 1000.0);
  EXPECT_NEAR(twin::building_footprint_area_m2(gcj.city.buildings, 0),
              twin::building_footprint_area_m2(wgs.city.buildings, 0),
              0.005 * twin::building_footprint_area_m2(wgs.city.buildings, 0));
}

TEST(GeoCityImport, SwappedLatLonIsDetectedAndReported) {
  const std::string swapped = R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":
    {"building":"yes"},"geometry":{"type":"Polygon","coordinates":
    [[[40.0000,116.3500],[40.0000,116.3504],[40.0003,116.3504],[40.0003,116.3500],[40.0000,116.3500]]]}}]})";
  const ImportResult r = import_city({ImportFile{"swapped.geojson", swapped}}, {});
  ASSERT_TRUE(r.ok) << (r.errors.empty() ? "" : to_string(r.errors.front()));
  EXPECT_TRUE(any_issue(r.warnings, "swap"));
  EXPECT_NEAR(r.city.location.origin_lon_deg, 116.3502, 1e-3);
  EXPECT_NEAR(r.city.location.origin_lat_deg, 40.00015, 1e-3);
}

TEST(GeoCityImport, UnusableInputsAreRefusedWithTheirReason) {
  const ImportResult none = import_city({}, {});
  EXPECT_FALSE(none.ok);
  const ImportResult gpkg = import_city({ImportFile{"city.gpkg", "SQLite format 3"}}, {});
  EXPECT_FALSE(gpkg.ok);
  EXPECT_TRUE(any_issue(gpkg.errors, "not read yet"));
  const ImportResult only_dbf = import_city({ImportFile{"b.dbf", std::string(40, '\0')}}, {});
  EXPECT_FALSE(only_dbf.ok);
  EXPECT_TRUE(any_issue(only_dbf.errors, ".shp"));
  const ImportResult broken = import_city({ImportFile{"b.geojson", "{\"type\":\"FeatureCollection\",\"features\":["}}, {});
  EXPECT_FALSE(broken.ok);
  EXPECT_TRUE(any_issue(broken.errors, "b.geojson"));
}

}  // namespace
}  // namespace geo
