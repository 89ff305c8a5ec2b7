// energy_year_json() of a year that could not be evaluated: the issues' where/message strings are escaped
// by the shared twin/json_text helper with the exact bytes energy_json.cpp wrote with its own copy.
#include <gtest/gtest.h>

#include <string>

#include "twin/energy/energy_json.hpp"

namespace twin::energy {
namespace {

TEST(EnergyJsonIssues, WhereAndMessageEscapedExactly) {
  EnergyYearResult r;
  r.issues.push_back({"assets \"a\\b\"", std::string("line 3\tis\nbad \x01 \xe4\xb8\xad")});
  r.issues.push_back({"drivers.ev", "home_share + work_share + fast_share = 1.3, not 1"});
  EXPECT_EQ(energy_year_json(r, 2030),
            "{\"year\":2030,\"issues\":["
            "{\"where\":\"assets \\\"a\\\\b\\\"\",\"message\":\"line 3\\u0009is\\u000abad \\u0001 \xe4\xb8\xad\"},"
            "{\"where\":\"drivers.ev\",\"message\":\"home_share + work_share + fast_share = 1.3, not 1\"}]}");
}

}  // namespace
}  // namespace twin::energy
