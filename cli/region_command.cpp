// `carbontwin region` (region_command.hpp).
#include "cli/region_command.hpp"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/city_source.hpp"
#include "cli/pathway_baseline.hpp"
#include "cli/region_spec.hpp"
#include "cli/scenario_json.hpp"
#include "twin/cost/cost_tables.hpp"
#include "twin/pathway/pathway.hpp"
#include "twin/pathway/transport_from_model.hpp"

namespace cli {
namespace {

namespace tp = twin::pathway;
namespace tr = twin::region;
using ordered_json = nlohmann::ordered_json;

// Without a potential scenario: every costed lever at its ambitious setting of the MAC curve
// (assets/cost/mac_ambitious.csv, each with its reason), from the baseline scenario.
tp::Scenario ambitious_potential() {
  tp::Scenario s = tp::default_scenario();
  s.name = "ambitious settings of assets/cost/mac_ambitious.csv";
  for (const twin::cost::AmbitiousRow& row : twin::cost::mac_ambitious_rows()) s.lever(row.lever) = row.setting;
  return s;
}

struct Context {
  const RegionCommandOptions& options;
  tp::Scenario potential;
  int twins_done = 0, twins_total = 0;
};

int count_twins(const RegionMemberSpec& m) {
  if (m.members.empty()) return 1;
  int n = 0;
  for (const auto& c : m.members) n += count_twins(c);
  return n;
}

tr::Series series_of(const tp::PathwayResult& r, double tp::PathwayYear::*field) {
  tr::Series s{};
  for (int k = 0; k < tp::kYearCount; ++k) s[k] = r.years[k].*field;
  return s;
}

ordered_json milestones_json(const tp::Milestones& m) {
  return {{"peak_year", m.peak_year}, {"peak_t", m.peak_t}, {"peaked", m.peaked},
          {"neutrality_year", m.neutrality_year == 0 ? ordered_json(nullptr) : ordered_json(m.neutrality_year)},
          {"cumulative_t", m.cumulative_t}};
}

// One twin: its city, its scenario, and the three pathways (scenario, baseline, potential), each with
// the transport runs of its own structural levers when transport is modelled.
bool evaluate_twin(const RegionMemberSpec& spec, const std::string& path, Context* c, tr::RegionNode* node,
                   ordered_json* out) {
  LoadedCity loaded;
  if (!load_city(spec.city_path, spec.seed.has_value(), spec.seed.value_or(0), "region", &loaded)) {
    std::cerr << "carbontwin region: member '" << path << "' could not be loaded\n";
    return false;
  }
  tp::Scenario scenario = tp::default_scenario();
  if (!spec.scenario_path.empty() && !read_scenario_file(spec.scenario_path, "region", &scenario)) return false;
  tp::Baseline stock;
  if (!build_pathway_baseline(loaded, scenario, {c->options.baseline, "none"}, "region", &stock)) return false;
  auto run = [&](const tp::Scenario& s, tp::PathwayResult* result) {
    tp::Baseline b = stock;
    if (c->options.transport == "model") {
      const std::string error = tp::fill_transport_baseline(loaded.city, s, &b.transport);
      if (!error.empty()) {
        std::cerr << "carbontwin region: member '" << path << "': the transport model failed: " << error << "\n";
        return false;
      }
    }
    *result = tp::evaluate_pathway(b, s);
    return true;
  };
  tp::PathwayResult current, baseline, potential;
  if (!run(scenario, &current) || !run(tp::default_scenario(), &baseline) || !run(c->potential, &potential)) return false;
  tr::LeafSeries leaf;
  leaf.gross_t = series_of(current, &tp::PathwayYear::gross_t);
  leaf.net_t = series_of(current, &tp::PathwayYear::net_t);
  leaf.baseline_gross_t = series_of(baseline, &tp::PathwayYear::gross_t);
  leaf.potential_gross_t = series_of(potential, &tp::PathwayYear::gross_t);
  for (int k = 0; k < tp::kYearCount; ++k) leaf.gdp_10k_yuan[k] = current.years[k].economy.gdp_10k_yuan;
  node->leaf = leaf;
  *out = {{"path", path},
          {"city", loaded.city.name},
          {"synthetic", loaded.city.synthetic},
          {"seed", loaded.seed},
          {"scenario", scenario.name},
          {"milestones", milestones_json(current.milestones)},
          {"baseline_milestones", milestones_json(baseline.milestones)},
          {"potential_milestones", milestones_json(potential.milestones)}};
  ++c->twins_done;
  std::fprintf(stderr, "region: %d/%d twins (%s)\n", c->twins_done, c->twins_total, path.c_str());
  return true;
}

bool build_tree(const RegionMemberSpec& spec, const std::string& path, Context* c, tr::RegionNode* node,
                ordered_json* twins) {
  node->name = spec.name;
  if (spec.members.empty()) {
    ordered_json twin;
    if (!evaluate_twin(spec, path, c, node, &twin)) return false;
    twins->push_back(std::move(twin));
    return true;
  }
  for (const RegionMemberSpec& m : spec.members) {
    tr::RegionNode child;
    if (!build_tree(m, path + "/" + m.name, c, &child, twins)) return false;
    node->members.push_back(std::move(child));
  }
  return true;
}

}  // namespace

CLI::App* add_region_command(CLI::App& app, RegionCommandOptions* options) {
  CLI::App* cmd = app.add_subcommand(
      "region", "Nested twins (province → city → district): members' pathways summed upward, the region's target "
                "split downward (docs/region.md)");
  cmd->add_option("--spec", options->spec_path, "Region file (JSON, docs/region.md)")->type_name("FILE")->required();
  cmd->add_option("--json", options->json_path, "Write the result as JSON to FILE ('-' for stdout)")
      ->type_name("FILE")
      ->required();
  cmd->add_option("--baseline", options->baseline, "Members' base year: 'table' (default) or 'simulated' (hourly)")
      ->check(CLI::IsMember({"simulated", "table"}));
  cmd->add_option("--transport", options->transport, "Members' transport: 'none' (default) or 'model'")
      ->check(CLI::IsMember({"model", "none"}));
  cmd->add_option("--potential", options->potential_path,
                  "Scenario measuring each member's abatement potential (default: the file's potential_scenario, "
                  "else every lever at its ambitious setting of assets/cost/mac_ambitious.csv)")
      ->type_name("FILE");
  return cmd;
}

int run_region_command(const RegionCommandOptions& options) {
  RegionSpec spec;
  if (!read_region_spec(options.spec_path, &spec)) return 1;
  const std::string potential_path = !options.potential_path.empty() ? options.potential_path : spec.potential_scenario_path;
  Context c{options, ambitious_potential()};
  if (!potential_path.empty() && !read_scenario_file(potential_path, "region", &c.potential)) return 1;
  c.twins_total = count_twins(spec.root);
  const auto start = std::chrono::steady_clock::now();
  tr::RegionNode root;
  ordered_json twins = ordered_json::array();
  if (!build_tree(spec.root, spec.root.name, &c, &root, &twins)) return 1;
  const std::vector<std::string> problems = tr::validate_region(root);
  for (const std::string& p : problems) std::cerr << "carbontwin region: " << p << "\n";
  if (!problems.empty()) return 1;
  const tr::SplitResult split = tr::split_target(root, spec.target, spec.rule);
  for (const std::string& e : split.errors) std::cerr << options.spec_path << ": $.target: " << e << "\n";
  if (!split.errors.empty()) return 1;
  const tr::RegionSeries sums = tr::aggregate(root);

  ordered_json years = ordered_json::array();
  for (int k = 0; k < tp::kYearCount; ++k)
    years.push_back({{"year", tp::kFirstYear + k},
                     {"gross_t", sums.sums.gross_t[k]},
                     {"net_t", sums.sums.net_t[k]},
                     {"baseline_gross_t", sums.sums.baseline_gross_t[k]},
                     {"potential_gross_t", sums.sums.potential_gross_t[k]},
                     {"gdp_10k_yuan", sums.sums.gdp_10k_yuan[k]}});
  ordered_json allocations = ordered_json::array();
  int short_of = 0;
  for (const tr::Allocation& a : split.allocations) {
    short_of += a.meets ? 0 : 1;
    allocations.push_back({{"path", a.path},
                           {"depth", a.depth},
                           {"allowed_t", a.allowed_t},
                           {"current_t", a.current_t},
                           {"baseline_t", a.baseline_t},
                           {"potential_t", a.potential_t},
                           {"intensity_base_t_per_10k_yuan", a.intensity_base},
                           {"intensity_allowed_t_per_10k_yuan", a.intensity_allowed},
                           // The allowance as a cut of the member's own intensity (base year → target year).
                           {"intensity_cut_pct", a.intensity_base > 0.0 ? 100.0 * (1.0 - a.intensity_allowed / a.intensity_base)
                                                                        : 0.0},
                           {"meets", a.meets},
                           {"beyond_potential", a.beyond_potential}});
  }
  ordered_json target = {{"base_year", spec.target.base_year}, {"target_year", spec.target.target_year}};
  if (spec.target.intensity_cut_pct) target["intensity_cut_pct"] = *spec.target.intensity_cut_pct;
  if (spec.target.cap_t) target["cap_t"] = *spec.target.cap_t;
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const ordered_json doc = {{"region", spec.root.name},
                            {"rule", tr::to_string(spec.rule)},
                            {"target", target},
                            {"baseline", options.baseline},
                            {"transport", options.transport},
                            {"potential_scenario", c.potential.name},
                            {"twins", twins},
                            {"aggregate", {{"twins", sums.twins}, {"milestones", milestones_json(sums.milestones)}, {"years", years}}},
                            {"allocations", allocations}};
  const std::string text = doc.dump(2) + "\n";
  if (options.json_path == "-") {
    std::cout << text;
  } else {
    std::ofstream out(options.json_path, std::ios::binary);
    if (!(out << text)) {
      std::cerr << "carbontwin region: cannot write '" << options.json_path << "'\n";
      return 1;
    }
  }
  std::FILE* info = options.json_path == "-" ? stderr : stdout;
  std::fprintf(info, "region %s: %d twins in %.1f s; peak %d at %.3f Mt; target %d: %s; %d of %zu members short of their allowance\n",
               spec.root.name.c_str(), sums.twins, seconds, sums.milestones.peak_year, sums.milestones.peak_t / 1e6,
               spec.target.target_year, tr::to_string(spec.rule), short_of, split.allocations.size());
  return 0;
}

}  // namespace cli
