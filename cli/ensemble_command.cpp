// `carbontwin ensemble` (ensemble_command.hpp). The same source builds the serial command (in
// `carbontwin`) and, with CT_WITH_MPI, the MPI one (`carbontwin-mpi`): only the split of the samples and
// their gathering differ; the statistics and the JSON come from the same code on the full set.
#include "cli/ensemble_command.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <vector>

#include "cli/city_source.hpp"
#include "cli/pathway_baseline.hpp"
#include "cli/scenario_json.hpp"
#include "twin/buildings/city_energy.hpp"
#include "twin/pathway/milestones_json.hpp"
#include "twin/pathway/pathway.hpp"
#include "twin/pathway/transport_from_model.hpp"
#include "twin/uncertainty/ensemble.hpp"
#include "twin/uncertainty/uncertain_inputs.hpp"

#ifdef CT_WITH_MPI
#include <mpi.h>
#endif

namespace cli {
namespace {

using nlohmann::ordered_json;
namespace tp = twin::pathway;
namespace tu = twin::uncertainty;

constexpr std::uint64_t kMaxSamples = 10000000;

std::string pct_key(double level) {
  std::ostringstream s;
  s << "p" << level;
  return s.str();
}

template <std::size_t N>
ordered_json array_json(const std::array<double, N>& a) {
  ordered_json out = ordered_json::array();
  for (double v : a) out.push_back(v);
  return out;
}

// {"p5": [41 values], …, "p95": […], "mean": […]}
ordered_json yearly_bands_json(const std::array<std::array<double, tp::kYearCount>, tu::kPercentileLevels.size()>& pct,
                               const std::array<double, tp::kYearCount>& mean) {
  ordered_json out = ordered_json::object();
  for (std::size_t l = 0; l < tu::kPercentileLevels.size(); ++l) out[pct_key(tu::kPercentileLevels[l])] = array_json(pct[l]);
  out["mean"] = array_json(mean);
  return out;
}

ordered_json inputs_json(const std::vector<tu::UncertainInput>& inputs) {
  ordered_json list = ordered_json::array();
  for (const tu::UncertainInput& in : inputs) {
    ordered_json params = {{"p1", in.distribution.p1}, {"p2", in.distribution.p2}};
    if (in.distribution.kind == tu::DistributionKind::Triangular) params["p3"] = in.distribution.p3;
    list.push_back({{"input", in.name},
                    {"kind", tu::to_string(in.kind)},
                    {"mode", tu::to_string(in.mode)},
                    {"distribution", tu::to_string(in.distribution.kind)},
                    {"parameters", params},
                    {"unit", in.unit},
                    {"source_id", in.source_id},
                    {"source", in.source},
                    {"note", in.note}});
  }
  return list;
}

// The result file: everything in it depends only on the inputs, the seed and the sample count —
// no timings, no rank count — so serial and MPI runs write the same bytes.
ordered_json ensemble_json(const EnsembleCommandOptions& o, const LoadedCity& loaded, const tp::Scenario& scenario,
                           const std::vector<tu::UncertainInput>& inputs, const tp::PathwayResult& central,
                           const tu::EnsembleStats& st) {
  ordered_json years = ordered_json::array();
  for (int k = 0; k < tp::kYearCount; ++k) years.push_back(tp::kFirstYear + k);
  std::array<double, tp::kYearCount> central_gross{}, central_net{};
  for (int k = 0; k < tp::kYearCount; ++k) {
    central_gross[k] = central.years[k].gross_t;
    central_net[k] = central.years[k].net_t;
  }
  ordered_json peak_pct = ordered_json::object(), cum_pct = ordered_json::object();
  for (std::size_t l = 0; l < tu::kPercentileLevels.size(); ++l) {
    peak_pct[pct_key(tu::kPercentileLevels[l])] = st.peak_year_pct[l];
    cum_pct[pct_key(tu::kPercentileLevels[l])] = st.cumulative_pct[l];
  }
  cum_pct["mean"] = st.cumulative_mean;
  ordered_json histogram = ordered_json::array();
  for (std::uint64_t c : st.peak_year_count) histogram.push_back(c);
  ordered_json central_json = {{"gross_t", array_json(central_gross)}, {"net_t", array_json(central_net)}};
  central_json.update(ordered_json::parse(tp::milestones_json(
      central.milestones,
      tp::kMilestonePeakYear | tp::kMilestonePeaked | tp::kMilestoneNeutralityYear | tp::kMilestoneCumulativeT)));
  return {
      {"ensemble",
       {{"samples", st.samples},
        {"seed", o.seed},
        {"inputs_table", o.inputs_path.empty() ? std::string("embedded (assets/uncertainty/uncertain_inputs.csv)")
                                               : o.inputs_path},
        {"generator", "SplitMix64 counter hash of (seed, sample index, input index) -> inverse CDF (twin/uncertainty)"},
        {"percentiles", "type 7 (linear interpolation between order statistics, h = (n - 1) p; Hyndman & Fan 1996)"},
        {"peaked_by", "share of samples whose peak (largest gross) lies in or before the year and before 2060"},
        {"neutral_by", "share of samples whose neutrality year (net <= threshold x peak) is in or before the year"}}},
      {"city", {{"name", loaded.city.name}, {"seed", loaded.seed}, {"synthetic", loaded.city.synthetic}}},
      {"baseline", {{"source", o.baseline}, {"transport", o.transport}}},
      {"scenario", scenario_to_json(scenario)},
      {"inputs", inputs_json(inputs)},
      {"years", years},
      {"central", central_json},
      {"gross_t", yearly_bands_json(st.gross_pct, st.gross_mean)},
      {"net_t", yearly_bands_json(st.net_pct, st.net_mean)},
      {"peaked_by_probability", array_json(st.peaked_by)},
      {"neutral_by_probability", array_json(st.neutral_by)},
      {"peak_year", {{"percentiles", peak_pct}, {"histogram", histogram}}},
      {"cumulative_t", cum_pct}};
}

bool read_inputs(const std::string& path, std::vector<tu::UncertainInput>* inputs) {
  if (path.empty()) {
    *inputs = tu::default_uncertain_inputs();
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "carbontwin ensemble: cannot read uncertain inputs '" << path << "'\n";
    return false;
  }
  std::ostringstream text;
  text << in.rdbuf();
  const tu::UncertainInputsResult r = tu::read_uncertain_inputs_csv(text.str());
  for (const tu::InputIssue& e : r.errors)
    std::cerr << path << ":" << e.line << (e.field.empty() ? "" : " (" + e.field + ")") << ": " << e.message << "\n";
  if (!r.ok()) return false;
  *inputs = r.inputs;
  return true;
}


}  // namespace

CLI::App* add_ensemble_command(CLI::App& app, EnsembleCommandOptions* options) {
  CLI::App* cmd = app.add_subcommand(
      "ensemble", "Monte Carlo ensemble of the pathway under uncertain inputs: percentile bands per year, "
                  "probability of peaking and of neutrality by each year");
  cmd->add_option("--scenario", options->scenario_path, "The central scenario (JSON, docs/scenario.md)")
      ->type_name("FILE")
      ->required();
  cmd->add_option("--samples", options->samples, "Number of samples")
      ->type_name("N")
      ->required()
      ->check(CLI::Range(std::uint64_t{1}, kMaxSamples));
  cmd->add_option("--seed", options->seed, "Random seed of the ensemble (default 1); sample i depends only on it and i")
      ->type_name("S");
  CLI::Option* city_seed =
      cmd->add_option("--seed-city", options->city_seed, "Use the synthetic city of seed N (default: the default city)")
          ->type_name("N")
          ->check(CLI::Range(std::uint64_t{1}, std::uint64_t{18446744073709551615ull}))
          ->each([options](const std::string&) { options->city_seed_given = true; });
  add_city_file_option(cmd, &options->city_path, city_seed);
  add_epw_option(cmd, &options->epw_path);
  cmd->add_option("--baseline", options->baseline,
                  "Base-year intensities: 'simulated' (default; hourly simulation of every building) or 'table'")
      ->check(CLI::IsMember({"simulated", "table"}));
  cmd->add_option("--transport", options->transport,
                  "Transport sector: 'model' (default; one run of the city's transport model) or 'none'")
      ->check(CLI::IsMember({"model", "none"}));
  cmd->add_option("--inputs", options->inputs_path,
                  "Uncertain inputs (CSV like assets/uncertainty/uncertain_inputs.csv) instead of the embedded table")
      ->type_name("CSV");
  cmd->add_option("--json", options->json_path, "Write the ensemble statistics as JSON to FILE ('-' for stdout)")
      ->type_name("FILE")
      ->required();
  return cmd;
}

int run_ensemble_command(const EnsembleCommandOptions& options) {
  int rank = 0, ranks = 1;
#ifdef CT_WITH_MPI
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  MPI_Comm_size(MPI_COMM_WORLD, &ranks);
#endif
  // Every rank reads the same inputs and builds the same baseline (deterministic), so a bad input
  // fails on every rank alike, before any collective call.
  tp::Scenario scenario = tp::default_scenario();
  if (!read_scenario_file(options.scenario_path, "ensemble", &scenario)) return 1;
  std::vector<tu::UncertainInput> inputs;
  if (!read_inputs(options.inputs_path, &inputs)) return 1;
  LoadedCity loaded;
  if (!load_city(options.city_path, options.city_seed_given, options.city_seed, "ensemble", &loaded,
                 options.epw_path))
    return 1;
  const auto start = std::chrono::steady_clock::now();
  tp::Baseline baseline;
  if (!build_pathway_baseline(loaded, scenario, {options.baseline, options.transport}, "ensemble", &baseline)) return 1;
  const double baseline_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  // This rank's samples: r, r + K, … Progress on stderr (rank 0 only) every tenth of its share.
  const std::uint64_t n = options.samples;
  const std::uint64_t mine = static_cast<std::uint64_t>(rank) < n ? (n - rank + ranks - 1) / ranks : 0;
  const std::uint64_t step = std::max<std::uint64_t>(1, mine / 10);
  auto progress = [&](std::uint64_t done) {
    if (rank == 0 && n >= 200 && (done % step == 0 || done == mine))
      std::fprintf(stderr, "ensemble: %llu/%llu samples%s\n", static_cast<unsigned long long>(done),
                   static_cast<unsigned long long>(mine), ranks > 1 ? " (rank 0's share)" : "");
  };
  const auto eval_start = std::chrono::steady_clock::now();
  std::vector<tu::SampleResult> samples = tu::evaluate_samples(baseline, scenario, inputs, options.seed,
                                                               static_cast<std::uint64_t>(rank),
                                                               static_cast<std::uint64_t>(ranks), n, progress);
  const double eval_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - eval_start).count();

#ifdef CT_WITH_MPI
  // Gather every rank's per-sample results on rank 0 as flat doubles (exact: see pack_sample).
  std::vector<double> send(samples.size() * tu::kSampleDoubles);
  for (std::size_t i = 0; i < samples.size(); ++i) tu::pack_sample(samples[i], &send[i * tu::kSampleDoubles]);
  const int send_count = static_cast<int>(send.size());
  std::vector<int> counts(ranks), displs(ranks);
  MPI_Gather(&send_count, 1, MPI_INT, counts.data(), 1, MPI_INT, 0, MPI_COMM_WORLD);
  std::vector<double> recv;
  if (rank == 0) {
    int total = 0;
    for (int r = 0; r < ranks; ++r) {
      displs[r] = total;
      total += counts[r];
    }
    recv.resize(total);
  }
  MPI_Gatherv(send.data(), send_count, MPI_DOUBLE, recv.data(), counts.data(), displs.data(), MPI_DOUBLE, 0,
              MPI_COMM_WORLD);
  if (rank != 0) return 0;
  samples.clear();
  for (std::size_t i = 0; i + tu::kSampleDoubles <= recv.size(); i += tu::kSampleDoubles)
    samples.push_back(tu::unpack_sample(&recv[i]));
#endif

  const tu::EnsembleStatsResult stats = tu::ensemble_statistics(std::move(samples));
  if (!stats.error.empty()) {
    std::cerr << "carbontwin ensemble: incomplete ensemble: " << stats.error << "\n";
    return 1;
  }
  const tp::PathwayResult central = tp::evaluate_pathway(baseline, scenario);
  const std::string text =
      ensemble_json(options, loaded, scenario, inputs, central, stats.stats).dump(1) + "\n";
  if (options.json_path == "-") {
    std::cout << text;
  } else {
    std::ofstream out(options.json_path, std::ios::binary);
    out << text;
    out.close();
    if (!out) {
      std::cerr << "carbontwin ensemble: cannot write JSON to '" << options.json_path << "'\n";
      return 1;
    }
  }
  FILE* info = options.json_path == "-" ? stderr : stdout;
  const tu::EnsembleStats& st = stats.stats;
  std::fprintf(info, "Ensemble: %llu samples, seed %llu, %zu uncertain inputs, %d rank(s); baseline %s in %.2f s\n",
               static_cast<unsigned long long>(n), static_cast<unsigned long long>(options.seed), inputs.size(), ranks,
               options.baseline.c_str(), baseline_s);
  std::fprintf(info, "samples evaluated in %.3f s (rank 0: %llu samples, %.3f ms each)\n", eval_s,
               static_cast<unsigned long long>(mine), mine ? 1e3 * eval_s / static_cast<double>(mine) : 0.0);
  std::fprintf(info, "%6s %12s %12s %12s %10s\n", "year", "net p10 kt", "net p50 kt", "net p90 kt", "P(peaked)");
  for (int k = 0; k < tp::kYearCount; k += 5)
    std::fprintf(info, "%6d %12.1f %12.1f %12.1f %10.3f\n", tp::kFirstYear + k, st.net_pct[1][k] / 1e3,
                 st.net_pct[3][k] / 1e3, st.net_pct[5][k] / 1e3, st.peaked_by[k]);
  std::fprintf(info, "peak year p10/p50/p90: %.1f / %.1f / %.1f; cumulative p50 %.2f Mt\n", st.peak_year_pct[1],
               st.peak_year_pct[3], st.peak_year_pct[5], st.cumulative_pct[3] / 1e6);
  if (options.json_path != "-") std::fprintf(info, "JSON written to %s\n", options.json_path.c_str());
  return 0;
}

}  // namespace cli
