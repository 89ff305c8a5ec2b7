// geo/proj_data_dir.hpp. ct_geo_tests' main has already pointed PROJ at CT_PROJ_DATA_DIR; these tests
// check that a context made afterwards finds proj.db there, in both builds, and that a folder without
// proj.db is refused without changing the setting.
#include <gtest/gtest.h>

#include <proj.h>

#include "geo/proj_data_dir.hpp"

namespace {

// EPSG:4527 (CGCS2000 / 3-degree Gauss-Kruger zone 39) exists only in proj.db, not in PROJ's code.
bool context_finds_epsg_4527() {
  PJ_CONTEXT* ctx = proj_context_create();
  proj_log_level(ctx, PJ_LOG_NONE);
  PJ* crs = proj_create(ctx, "EPSG:4527");
  const bool found = crs != nullptr;
  proj_destroy(crs);
  proj_context_destroy(ctx);
  return found;
}

}  // namespace

TEST(GeoProjDataDir, NewContextsFindTheDatabase) { EXPECT_TRUE(context_finds_epsg_4527()); }

TEST(GeoProjDataDir, RefusesAFolderWithoutProjDb) {
  EXPECT_FALSE(geo::set_proj_data_dir(""));
  EXPECT_FALSE(geo::set_proj_data_dir(CT_ASSETS_DIR));  // a real folder, no proj.db in it
  EXPECT_TRUE(context_finds_epsg_4527());                // the earlier setting still holds
  EXPECT_TRUE(geo::set_proj_data_dir(CT_PROJ_DATA_DIR));
  EXPECT_TRUE(context_finds_epsg_4527());
}
