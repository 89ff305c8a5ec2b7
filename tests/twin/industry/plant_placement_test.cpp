// place_plants(): plants given in lon/lat land at the local point the city's lon/lat fit gives them;
// plants given in x/y stay; every plant that cannot be placed is reported with its reason.
#include "twin/industry/plant_placement.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "twin/city/lonlat_fit.hpp"

namespace twin::industry {
namespace {

// A city georeferenced at 116.3 E, 39.9 N over ±10 km, its fit from an equirectangular map (exact
// enough for a test: the fit reproduces whatever smooth map it is given).
City georeferenced_city() {
  City city;
  city.min_corner = {-10000.0, -10000.0};
  city.max_corner = {10000.0, 10000.0};
  city.location.georeferenced = true;
  std::vector<LonLatSample> samples;
  const double m_per_deg = 6371008.8 * 3.14159265358979323846 / 180.0;
  for (int i = -5; i <= 5; ++i)
    for (int j = -5; j <= 5; ++j) {
      const double x = i * 2000.0, y = j * 2000.0;
      samples.push_back({x, y, 116.3 + x / (m_per_deg * std::cos(39.9 * 3.14159265358979323846 / 180.0)), 39.9 + y / m_per_deg});
    }
  EXPECT_TRUE(fit_lonlat(samples, 10000.0, &city.location.lonlat_fit));
  return city;
}

Plant plant(const char* name) {
  Plant p;
  p.name = name;
  p.output = 1.0;
  return p;
}

TEST(IndustryPlacement, LonLatPlantsLandWhereTheFitPutsThemAndOthersAreReported) {
  const City city = georeferenced_city();
  std::vector<Plant> plants;
  Plant a = plant("inside");  // 3 km east, 4 km north of the origin
  a.has_lonlat = true;
  ASSERT_TRUE(local_to_lonlat(city.location, 3000.0, 4000.0, &a.lon_deg, &a.lat_deg));
  plants.push_back(a);
  Plant b = plant("given xy");
  b.has_xy = true;
  b.x_m = -1.0;
  b.y_m = 2.0;
  plants.push_back(b);
  Plant c = plant("far away");  // Shanghai
  c.has_lonlat = true;
  c.lon_deg = 121.47;
  c.lat_deg = 31.23;
  plants.push_back(c);
  Plant d = plant("just outside");  // 12 km east: inside the 5 km margin
  d.has_lonlat = true;
  ASSERT_TRUE(local_to_lonlat(city.location, 12000.0, 0.0, &d.lon_deg, &d.lat_deg));
  plants.push_back(d);
  Plant e = plant("beyond the margin");  // 17 km east: the fit reaches it, the city's extent does not
  e.has_lonlat = true;
  ASSERT_TRUE(local_to_lonlat(city.location, 17000.0, 0.0, &e.lon_deg, &e.lat_deg));
  plants.push_back(e);
  plants.push_back(plant("nowhere"));

  const PlacementReport r = place_plants(city, &plants);
  EXPECT_EQ(r.placed_from_lonlat, 2);
  EXPECT_EQ(r.given_xy, 1);
  ASSERT_EQ(r.unplaced.size(), 3u);
  EXPECT_EQ(r.unplaced[0].name, "far away");
  EXPECT_EQ(r.unplaced[1].name, "beyond the margin");
  EXPECT_NE(r.unplaced[1].reason.find("outside its extent"), std::string::npos) << r.unplaced[1].reason;
  EXPECT_EQ(r.unplaced[2].name, "nowhere");
  EXPECT_TRUE(plants[0].has_xy);
  EXPECT_NEAR(plants[0].x_m, 3000.0, 1e-3);
  EXPECT_NEAR(plants[0].y_m, 4000.0, 1e-3);
  EXPECT_EQ(plants[1].x_m, -1.0);  // untouched
  EXPECT_FALSE(plants[2].has_xy);
  EXPECT_TRUE(plants[3].has_xy);
  EXPECT_NEAR(plants[3].x_m, 12000.0, 1e-3);
}

TEST(IndustryPlacement, ASyntheticCityPlacesNoLonLatPlant) {
  City city;  // not georeferenced
  std::vector<Plant> plants{plant("p")};
  plants[0].has_lonlat = true;
  plants[0].lon_deg = 116.3;
  plants[0].lat_deg = 39.9;
  const PlacementReport r = place_plants(city, &plants);
  ASSERT_EQ(r.unplaced.size(), 1u);
  EXPECT_NE(r.unplaced[0].reason.find("not georeferenced"), std::string::npos);
  EXPECT_FALSE(plants[0].has_xy);
}

}  // namespace
}  // namespace twin::industry
