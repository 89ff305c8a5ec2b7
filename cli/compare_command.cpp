// `carbontwin compare` (compare_command.hpp). The base year is built once, as `carbontwin pathway` builds
// it (cli/pathway_baseline.hpp), with A's transport-model runs; B's structural runs are added here: a run
// whose policy A already ran (same lever target, same line) reuses A's change with B's phasing, any other
// is one more transport-model run against the same base. The attribution then needs no further runs.
#include "cli/compare_command.hpp"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/city_source.hpp"
#include "cli/pathway_baseline.hpp"
#include "cli/scenario_json.hpp"
#include "twin/decision/attribution.hpp"
#include "twin/decision/attribution_json.hpp"
#include "twin/decision/shapley.hpp"
#include "twin/pathway/structural_runs.hpp"
#include "twin/pathway/transport_from_model.hpp"

namespace cli {
namespace {

namespace td = twin::decision;
namespace tp = twin::pathway;

bool same_policy(const twin::transport::TransportPolicy& x, const twin::transport::TransportPolicy& y) {
  if (x.transit_headway_factor != y.transit_headway_factor || x.congestion_charge_yuan != y.congestion_charge_yuan ||
      x.parking_price_yuan != y.parking_price_yuan || x.extra_lines.size() != y.extra_lines.size())
    return false;
  for (std::size_t i = 0; i < x.extra_lines.size(); ++i) {
    const twin::TransitLine& p = x.extra_lines[i];
    const twin::TransitLine& q = y.extra_lines[i];
    if (p.name != q.name || p.mode != q.mode || p.headway_min != q.headway_min || p.stops.size() != q.stops.size())
      return false;
    for (std::size_t s = 0; s < p.stops.size(); ++s)
      if (p.stops[s].xy.x_m != q.stops[s].xy.x_m || p.stops[s].xy.y_m != q.stops[s].xy.y_m) return false;
  }
  return true;
}

// B's changes, one per structural run of B (structural_runs order), against the base run in `baseline`.
bool changes_of_b(const twin::City& city, const tp::Baseline& baseline, const tp::Scenario& a, const tp::Scenario& b,
                  std::vector<tp::PhasedActivityChange>* out, std::size_t* model_runs) {
  const std::vector<tp::StructuralRun> runs_a = tp::structural_runs(a);
  for (const tp::StructuralRun& run : tp::structural_runs(b)) {
    const tp::PhasedActivityChange* reused = nullptr;
    for (std::size_t k = 0; k < runs_a.size(); ++k)
      if (runs_a[k].cause == run.cause && same_policy(runs_a[k].policy, run.policy)) reused = &baseline.transport.changes[k];
    if (reused != nullptr) {
      tp::PhasedActivityChange c = *reused;
      c.start_year = run.start_year;
      c.ramp_years = run.ramp_years;
      out->push_back(std::move(c));
      continue;
    }
    const twin::transport::TransportResult r = twin::transport::run_transport_model(city, run.policy);
    ++*model_runs;
    if (!r.error.empty()) {
      std::cerr << "carbontwin compare: the transport model failed for B's '" << run.cause << "': " << r.error << "\n";
      return false;
    }
    out->push_back(tp::phased_change_from_runs(run, r.activity, baseline.transport.base));
  }
  return true;
}

}  // namespace

CLI::App* add_compare_command(CLI::App& app, CompareCommandOptions* options) {
  CLI::App* cmd = app.add_subcommand(
      "compare", "Why the pathway moved from scenario A to B: the change in peak year, peak, 2030, 2060 and "
                 "cumulative emissions split exactly among the levers that differ (Shapley values)");
  cmd->add_option("--a", options->a_path, "Scenario A JSON (docs/scenario.md), the starting point")
      ->type_name("FILE")
      ->required();
  cmd->add_option("--b", options->b_path, "Scenario B JSON, the scenario A is compared with")
      ->type_name("FILE")
      ->required();
  cmd->add_option("--json", options->json_path, "Write the attribution as JSON to FILE ('-' for stdout)")
      ->type_name("FILE")
      ->required();
  CLI::Option* seed = add_seed_option(cmd, &options->seed, &options->seed_given, "Use the synthetic city of seed N (default: the default city)");
  add_city_file_option(cmd, &options->city_path, seed);
  add_epw_option(cmd, &options->epw_path);
  cmd->add_option("--baseline", options->baseline,
                  "Base-year intensities: 'simulated' (default; hourly simulation of every building) or 'table'")
      ->check(CLI::IsMember({"simulated", "table"}));
  cmd->add_option("--transport", options->transport,
                  "Transport sector: 'model' (default; the city's transport model) or 'none'")
      ->check(CLI::IsMember({"model", "none"}));
  cmd->add_option("--max-exact", options->max_exact_players,
                  "Exact Shapley over at most this many differing players (default 7: 128 pathway runs, within "
                  "100 ms in the page); more are grouped by sector")
      ->type_name("N")
      ->check(CLI::Range(0, td::kMaxShapleyPlayers));
  return cmd;
}

int run_compare_command(const CompareCommandOptions& options) {
  tp::Scenario a = tp::default_scenario(), b = tp::default_scenario();
  if (!read_scenario_file(options.a_path, "compare", &a)) return 1;
  if (!read_scenario_file(options.b_path, "compare", &b)) return 1;
  LoadedCity loaded;
  if (!load_city(options.city_path, options.seed_given, options.seed, "compare", &loaded, options.epw_path)) return 1;
  tp::Baseline baseline;
  BaselineBuildInfo built;
  if (!build_pathway_baseline(loaded, a, {options.baseline, options.transport}, "compare", &baseline, &built)) return 1;
  td::StructuralChanges changes;
  std::size_t model_runs = built.transport_runs;
  if (baseline.transport.present()) {
    changes.a = baseline.transport.changes;
    if (!changes_of_b(loaded.city, baseline, a, b, &changes.b, &model_runs)) return 1;
  }

  td::Attribution attribution;
  td::AttributionOptions attribution_options;
  attribution_options.max_exact_players = options.max_exact_players;
  const std::string error = td::attribute(baseline, a, b, changes, &attribution, attribution_options);
  if (!error.empty()) {
    std::cerr << "carbontwin compare: " << error << "\n";
    return 1;
  }
  nlohmann::ordered_json doc = {
      {"city", {{"name", loaded.city.name}, {"seed", loaded.seed}, {"synthetic", loaded.city.synthetic}}},
      {"baseline", {{"source", options.baseline}, {"transport", options.transport}, {"transport_runs", model_runs}}},
      {"files", {{"a", options.a_path}, {"b", options.b_path}}}};
  const nlohmann::ordered_json body = nlohmann::ordered_json::parse(td::attribution_json(attribution));
  for (auto it = body.begin(); it != body.end(); ++it) doc[it.key()] = it.value();
  const std::string text = doc.dump(1) + "\n";
  if (options.json_path == "-") {
    std::cout << text;
    return 0;
  }
  std::ofstream out(options.json_path, std::ios::binary);
  if (!out || !(out << text)) {
    std::cerr << "carbontwin compare: cannot write '" << options.json_path << "'\n";
    return 1;
  }
  const auto& d = attribution.total_delta;
  std::printf("Compare '%s' -> '%s' (%s): %zu differing player(s), %s over %zu unit(s), %zu pathway runs\n",
              attribution.name_a.c_str(), attribution.name_b.c_str(), loaded.city.name.c_str(),
              attribution.players.size(), td::to_string(attribution.method), attribution.contributions.size(),
              attribution.evaluations);
  std::printf("peak %d -> %d (%+.0f t), 2030 gross %+.4g t, 2060 net %+.4g t, cumulative %+.4g t\n",
              static_cast<int>(attribution.a[static_cast<int>(td::Metric::PeakYear)]),
              static_cast<int>(attribution.b[static_cast<int>(td::Metric::PeakYear)]),
              d[static_cast<int>(td::Metric::PeakT)], d[static_cast<int>(td::Metric::Gross2030T)],
              d[static_cast<int>(td::Metric::Net2060T)], d[static_cast<int>(td::Metric::CumulativeT)]);
  for (const td::Contribution& c : attribution.contributions)
    std::printf("  %-40s cumulative %+.4g t, peak %+.4g t, peak year %+.3f\n", c.key.c_str(),
                c.delta[static_cast<int>(td::Metric::CumulativeT)], c.delta[static_cast<int>(td::Metric::PeakT)],
                c.delta[static_cast<int>(td::Metric::PeakYear)]);
  std::printf("written to %s\n", options.json_path.c_str());
  return 0;
}

}  // namespace cli
