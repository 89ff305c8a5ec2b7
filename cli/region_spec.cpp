// Reader of region files (region_spec.hpp, docs/region.md).
#include "cli/region_spec.hpp"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

namespace cli {
namespace {

using json = nlohmann::json;
constexpr int kMaxDepth = 8;        // province → city → district → … (deeper is a mistake, not a plan)
constexpr std::size_t kMaxMembers = 10000;

std::string resolve(const std::string& folder, const std::string& path) {
  if (path.empty() || std::filesystem::path(path).is_absolute() || folder.empty()) return path;
  return (std::filesystem::path(folder) / path).lexically_normal().string();
}

void read_member(const json& v, const std::string& path, const std::string& folder, int depth, RegionMemberSpec* m,
                 std::size_t* count, std::vector<std::string>* errors) {
  if (!v.is_object()) {
    errors->push_back(path + ": expected an object {name, seed | city, scenario} or {name, members}");
    return;
  }
  if (++*count > kMaxMembers) {
    errors->push_back(path + ": more than 10000 members in the file");
    return;
  }
  for (const auto& [key, value] : v.items()) {
    const std::string p = path + "." + key;
    if (key == "name") {
      if (!value.is_string() || value.get<std::string>().empty()) errors->push_back(p + ": expected a non-empty string");
      else m->name = value.get<std::string>();
    } else if (key == "seed") {
      if (!value.is_number_unsigned()) errors->push_back(p + ": expected a non-negative integer");
      else m->seed = value.get<std::uint64_t>();
    } else if (key == "city" || key == "scenario") {
      if (!value.is_string() || value.get<std::string>().empty()) {
        errors->push_back(p + ": expected a file path");
        continue;
      }
      (key == "city" ? m->city_path : m->scenario_path) = resolve(folder, value.get<std::string>());
    } else if (key == "members") {
      if (!value.is_array() || value.empty()) {
        errors->push_back(p + ": expected a non-empty array of members");
        continue;
      }
      if (depth + 1 > kMaxDepth) {
        errors->push_back(p + ": regions nest deeper than 8 levels");
        continue;
      }
      std::set<std::string> names;
      for (std::size_t i = 0; i < value.size(); ++i) {
        RegionMemberSpec child;
        read_member(value[i], p + "[" + std::to_string(i) + "]", folder, depth + 1, &child, count, errors);
        if (!child.name.empty() && !names.insert(child.name).second)
          errors->push_back(p + "[" + std::to_string(i) + "].name: '" + child.name + "' is used twice in this region");
        m->members.push_back(std::move(child));
      }
    } else {
      errors->push_back(p + ": unknown key (expected name, seed, city, scenario, members)");
    }
  }
  if (m->name.empty() && !v.contains("name")) errors->push_back(path + ": a member needs a name");
  const bool twin = m->seed.has_value() || !m->city_path.empty();
  if (m->seed.has_value() && !m->city_path.empty()) errors->push_back(path + ": give seed or city, not both");
  if (twin && !m->members.empty()) errors->push_back(path + ": a twin (seed/city) cannot also have members");
  if (!twin && m->members.empty() && v.is_object()) errors->push_back(path + ": give seed or city (a twin), or members (a region)");
  if (!twin && !m->scenario_path.empty()) errors->push_back(path + ".scenario: only a twin (seed/city) has a scenario");
}

}  // namespace

bool region_spec_from_json(const std::string& text, const std::string& folder, RegionSpec* spec,
                           std::vector<std::string>* errors) {
  const std::size_t before = errors->size();
  const json doc = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) {
    errors->push_back("$: not valid JSON");
    return false;
  }
  if (!doc.is_object()) {
    errors->push_back("$: expected an object {name, rule, target, members}");
    return false;
  }
  std::size_t count = 0;
  json root = json::object();
  for (const auto& [key, value] : doc.items()) {
    const std::string p = "$." + key;
    if (key == "name" || key == "members") {
      root[key] = value;
    } else if (key == "rule") {
      if (!value.is_string() || !twin::region::split_rule_from_string(value.get<std::string>(), &spec->rule))
        errors->push_back(p + ": expected \"equal_intensity_cut\" or \"abatement_potential\"");
    } else if (key == "potential_scenario") {
      if (!value.is_string() || value.get<std::string>().empty()) errors->push_back(p + ": expected a file path");
      else spec->potential_scenario_path = resolve(folder, value.get<std::string>());
    } else if (key == "target") {
      if (!value.is_object()) {
        errors->push_back(p + ": expected {base_year, target_year, intensity_cut_pct | cap_t}");
        continue;
      }
      for (const auto& [k, v] : value.items()) {
        const std::string q = p + "." + k;
        if ((k == "base_year" || k == "target_year") && v.is_number_integer())
          (k == "base_year" ? spec->target.base_year : spec->target.target_year) = v.get<int>();
        else if ((k == "intensity_cut_pct" || k == "cap_t") && v.is_number())
          (k == "cap_t" ? spec->target.cap_t : spec->target.intensity_cut_pct) = v.get<double>();
        else if (k == "base_year" || k == "target_year" || k == "intensity_cut_pct" || k == "cap_t")
          errors->push_back(q + ": expected a number" + std::string(k.find("year") != std::string::npos ? " (an integer year)" : ""));
        else
          errors->push_back(q + ": unknown key (expected base_year, target_year, intensity_cut_pct, cap_t)");
      }
    } else {
      errors->push_back(p + ": unknown key (expected name, rule, target, potential_scenario, members)");
    }
  }
  if (!doc.contains("members")) errors->push_back("$: the region has no members");
  if (!doc.contains("target")) errors->push_back("$: no target (base_year, target_year, intensity_cut_pct | cap_t)");
  if (!root.contains("name")) root["name"] = "region";
  if (doc.contains("members")) read_member(root, "$", folder, 0, &spec->root, &count, errors);
  return errors->size() == before;
}

bool read_region_spec(const std::string& path, RegionSpec* spec) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "carbontwin region: cannot read the region file '" << path << "'\n";
    return false;
  }
  std::ostringstream text;
  text << in.rdbuf();
  std::vector<std::string> errors;
  const std::string folder = std::filesystem::path(path).parent_path().string();
  if (region_spec_from_json(text.str(), folder, spec, &errors)) return true;
  for (const std::string& e : errors) std::cerr << path << ": " << e << "\n";
  return false;
}

}  // namespace cli
