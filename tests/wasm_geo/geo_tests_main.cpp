// main() of ct_geo_tests in both builds: points PROJ at the proj.db of Debian's proj-data
// (CT_PROJ_DATA_DIR), which the WebAssembly build under Node (NODERAWFS) reads from the real file
// system but would not look for by itself (geo/proj_data_dir.hpp). Natively the same folder is set,
// so both builds read the same database.
#include <gtest/gtest.h>

#include <cstdio>

#include "geo/proj_data_dir.hpp"

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  if (!geo::set_proj_data_dir(CT_PROJ_DATA_DIR)) {
    std::fprintf(stderr, "ct_geo_tests: no proj.db in %s (Debian package proj-data)\n", CT_PROJ_DATA_DIR);
    return 1;
  }
  return RUN_ALL_TESTS();
}
