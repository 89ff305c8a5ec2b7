// `carbontwin region` (region_command.hpp).
#include "cli/region_command.hpp"

#include <algorithm>
#include <array>
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
#include "twin/pathway/milestones_json.hpp"
#include "twin/pathway/pathway.hpp"
#include "twin/pathway/transport_from_model.hpp"

#ifdef CT_WITH_MPI
#include <mpi.h>
#endif

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

// One twin of the region: what every rank knows (its place, city and scenario) and, once evaluated, its
// series and milestones.
struct Twin {
  const RegionMemberSpec* spec = nullptr;
  std::string path;
  LoadedCity loaded;
  tp::Scenario scenario;
  tr::LeafSeries leaf;
  std::array<tp::Milestones, 3> milestones;  // scenario, baseline, potential
};

// Flat form for MPI_Gatherv: the 5 series, then 5 numbers per milestone set (all exact in a double).
constexpr int kTwinDoubles = 5 * tp::kYearCount + 3 * 5;
[[maybe_unused]] void pack(const Twin& t, double* out) {
  for (const tr::Series* s : {&t.leaf.gross_t, &t.leaf.net_t, &t.leaf.baseline_gross_t, &t.leaf.potential_gross_t,
                              &t.leaf.gdp_10k_yuan})
    out = std::copy(s->begin(), s->end(), out);
  for (const tp::Milestones& m : t.milestones) {
    *out++ = m.peak_year;
    *out++ = m.peak_t;
    *out++ = m.peaked ? 1.0 : 0.0;
    *out++ = m.neutrality_year;
    *out++ = m.cumulative_t;
  }
}
[[maybe_unused]] void unpack(const double* in, Twin* t) {
  for (tr::Series* s : {&t->leaf.gross_t, &t->leaf.net_t, &t->leaf.baseline_gross_t, &t->leaf.potential_gross_t,
                        &t->leaf.gdp_10k_yuan}) {
    std::copy(in, in + tp::kYearCount, s->begin());
    in += tp::kYearCount;
  }
  for (tp::Milestones& m : t->milestones) {
    m.peak_year = static_cast<int>(in[0]);
    m.peak_t = in[1];
    m.peaked = in[2] != 0.0;
    m.neutrality_year = static_cast<int>(in[3]);
    m.cumulative_t = in[4];
    in += 5;
  }
}

tr::Series series_of(const tp::PathwayResult& r, double tp::PathwayYear::*field) {
  tr::Series s{};
  for (int k = 0; k < tp::kYearCount; ++k) s[k] = r.years[k].*field;
  return s;
}

// The members this document has always carried (no neutrality_threshold_t), from the one writer.
ordered_json milestones_doc(const tp::Milestones& m) {
  return ordered_json::parse(tp::milestones_json(m, tp::kMilestoneAll & ~tp::kMilestoneNeutralityThresholdT));
}

// Every twin in depth-first order, its city loaded and scenario read (cheap; every rank does it, so a
// bad member fails on every rank alike before any collective call).
bool collect_twins(const RegionMemberSpec& spec, const std::string& path, std::vector<Twin>* twins) {
  if (!spec.members.empty()) {
    for (const RegionMemberSpec& m : spec.members)
      if (!collect_twins(m, path + "/" + m.name, twins)) return false;
    return true;
  }
  Twin t;
  t.spec = &spec;
  t.path = path;
  if (!load_city(spec.city_path, spec.seed.has_value(), spec.seed.value_or(0), "region", &t.loaded)) {
    std::cerr << "carbontwin region: member '" << path << "' could not be loaded\n";
    return false;
  }
  t.scenario = tp::default_scenario();
  if (!spec.scenario_path.empty() && !read_scenario_file(spec.scenario_path, "region", &t.scenario)) return false;
  twins->push_back(std::move(t));
  return true;
}

// A twin's three pathways (its scenario, the baseline, the potential), each with the transport runs of its
// own structural levers when transport is modelled.
bool evaluate_twin(const RegionCommandOptions& o, const tp::Scenario& potential_scenario, Twin* t) {
  tp::Baseline stock;
  if (!build_pathway_baseline(t->loaded, t->scenario, {o.baseline, "none"}, "region", &stock)) return false;
  auto run = [&](const tp::Scenario& s, tp::PathwayResult* result) {
    tp::Baseline b = stock;
    if (o.transport == "model") {
      const std::string error = tp::fill_transport_baseline(t->loaded.city, s, &b.transport);
      if (!error.empty()) {
        std::cerr << "carbontwin region: member '" << t->path << "': the transport model failed: " << error << "\n";
        return false;
      }
    }
    *result = tp::evaluate_pathway(b, s);
    return true;
  };
  tp::PathwayResult current, baseline, potential;
  if (!run(t->scenario, &current) || !run(tp::default_scenario(), &baseline) || !run(potential_scenario, &potential))
    return false;
  t->leaf.gross_t = series_of(current, &tp::PathwayYear::gross_t);
  t->leaf.net_t = series_of(current, &tp::PathwayYear::net_t);
  t->leaf.baseline_gross_t = series_of(baseline, &tp::PathwayYear::gross_t);
  t->leaf.potential_gross_t = series_of(potential, &tp::PathwayYear::gross_t);
  for (int k = 0; k < tp::kYearCount; ++k) t->leaf.gdp_10k_yuan[k] = current.years[k].economy.gdp_10k_yuan;
  t->milestones = {current.milestones, baseline.milestones, potential.milestones};
  return true;
}

// The tree of nodes from the spec, the twins' series taken in the same depth-first order.
void build_tree(const RegionMemberSpec& spec, const std::vector<Twin>& twins, std::size_t* next, tr::RegionNode* node) {
  node->name = spec.name;
  if (spec.members.empty()) {
    node->leaf = twins[(*next)++].leaf;
    return;
  }
  for (const RegionMemberSpec& m : spec.members) {
    tr::RegionNode child;
    build_tree(m, twins, next, &child);
    node->members.push_back(std::move(child));
  }
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
  tp::Scenario potential = ambitious_potential();
  if (!potential_path.empty() && !read_scenario_file(potential_path, "region", &potential)) return 1;
  int rank = 0, ranks = 1;
#ifdef CT_WITH_MPI
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  MPI_Comm_size(MPI_COMM_WORLD, &ranks);
#endif
  std::vector<Twin> twins;
  if (!collect_twins(spec.root, spec.root.name, &twins)) return 1;
  const auto start = std::chrono::steady_clock::now();
  // Rank r evaluates twins r, r + K, … (the serial command: all of them).
  bool ok = true;
  std::size_t done = 0, mine = 0;
  for (std::size_t i = static_cast<std::size_t>(rank); i < twins.size(); i += static_cast<std::size_t>(ranks)) ++mine;
  for (std::size_t i = static_cast<std::size_t>(rank); ok && i < twins.size(); i += static_cast<std::size_t>(ranks)) {
    ok = evaluate_twin(options, potential, &twins[i]);
    if (ok && rank == 0) std::fprintf(stderr, "region: %zu/%zu twins on this rank (%s)\n", ++done, mine, twins[i].path.c_str());
  }
#ifdef CT_WITH_MPI
  // A failing rank must not leave the others waiting in the gather: agree on success first.
  int all_ok = ok ? 1 : 0;
  MPI_Allreduce(MPI_IN_PLACE, &all_ok, 1, MPI_INT, MPI_MIN, MPI_COMM_WORLD);
  if (!all_ok) return 1;
  std::vector<double> send(mine * kTwinDoubles);
  std::size_t k = 0;
  for (std::size_t i = static_cast<std::size_t>(rank); i < twins.size(); i += static_cast<std::size_t>(ranks), ++k)
    pack(twins[i], &send[k * kTwinDoubles]);
  const int send_count = static_cast<int>(send.size());
  std::vector<int> counts(ranks), displs(ranks);
  MPI_Gather(&send_count, 1, MPI_INT, counts.data(), 1, MPI_INT, 0, MPI_COMM_WORLD);
  std::vector<double> recv;
  if (rank == 0) {
    int total = 0;
    for (int r = 0; r < ranks; ++r) displs[r] = total, total += counts[r];
    recv.resize(total);
  }
  MPI_Gatherv(send.data(), send_count, MPI_DOUBLE, recv.data(), counts.data(), displs.data(), MPI_DOUBLE, 0,
              MPI_COMM_WORLD);
  if (rank != 0) return 0;
  for (int r = 0; r < ranks; ++r) {  // rank r sent twins r, r + K, … in that order
    std::size_t j = 0;
    for (std::size_t i = static_cast<std::size_t>(r); i < twins.size(); i += static_cast<std::size_t>(ranks), ++j)
      unpack(&recv[displs[r] + j * kTwinDoubles], &twins[i]);
  }
#else
  if (!ok) return 1;
#endif
  tr::RegionNode root;
  std::size_t next = 0;
  build_tree(spec.root, twins, &next, &root);
  ordered_json twins_json = ordered_json::array();
  for (const Twin& t : twins)
    twins_json.push_back({{"path", t.path},
                          {"city", t.loaded.city.name},
                          {"synthetic", t.loaded.city.synthetic},
                          {"seed", t.loaded.seed},
                          {"scenario", t.scenario.name},
                          {"milestones", milestones_doc(t.milestones[0])},
                          {"baseline_milestones", milestones_doc(t.milestones[1])},
                          {"potential_milestones", milestones_doc(t.milestones[2])}});
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
                            {"potential_scenario", potential.name},
                            {"twins", twins_json},
                            {"aggregate", {{"twins", sums.twins}, {"milestones", milestones_doc(sums.milestones)}, {"years", years}}},
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
  std::fprintf(info, "region %s: %d twins (%d rank(s)) in %.1f s; peak %d at %.3f Mt; target %d: %s; %d of %zu members short of their allowance\n",
               spec.root.name.c_str(), sums.twins, ranks, seconds, sums.milestones.peak_year, sums.milestones.peak_t / 1e6,
               spec.target.target_year, tr::to_string(spec.rule), short_of, split.allocations.size());
  return 0;
}

}  // namespace cli
