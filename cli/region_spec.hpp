// The region file of `carbontwin region` (docs/region.md): a province of cities, a city of districts —
// each member a twin (a synthetic city by seed, or an imported city file, with its scenario) or a region
// of members — with the target given at the top and the rule that splits it. Errors name the JSON path.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "twin/region/region.hpp"

namespace cli {

struct RegionMemberSpec {
  std::string name;
  // A twin: exactly one of seed / city_path; scenario_path optional (default: the baseline scenario).
  std::optional<std::uint64_t> seed;
  std::string city_path;      // resolved against the region file's folder
  std::string scenario_path;  // resolved likewise
  std::vector<RegionMemberSpec> members;  // a region instead
};

struct RegionSpec {
  RegionMemberSpec root;                  // root.members: the top level's members
  twin::region::SplitRule rule = twin::region::SplitRule::EqualIntensityCut;
  twin::region::RegionTarget target;
  std::string potential_scenario_path;    // the scenario measuring abatement potential (resolved; empty:
                                          // the caller's default, the ambitious settings of the MAC curve)
};

// Reads the file; on failure writes every problem (file: $.json.path: what) to stderr and returns false.
bool read_region_spec(const std::string& path, RegionSpec* spec);
// The same from text, paths resolved against `folder`; errors into `errors`.
bool region_spec_from_json(const std::string& text, const std::string& folder, RegionSpec* spec,
                           std::vector<std::string>* errors);

}  // namespace cli
