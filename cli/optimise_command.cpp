// `carbontwin optimise` (optimise_command.hpp).
#include "cli/optimise_command.hpp"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/city_source.hpp"
#include "cli/pathway_baseline.hpp"
#include "cli/scenario_json.hpp"
#include "optimise/lever_costs.hpp"
#include "optimise/optimiser.hpp"
#include "twin/pathway/milestones_json.hpp"
#include "twin/pathway/pathway.hpp"

namespace cli {
namespace {

namespace tp = twin::pathway;
using ordered_json = nlohmann::ordered_json;

bool write_text(const std::string& path, const std::string& text) {
  if (path == "-") {
    std::cout << text;
    return true;
  }
  std::ofstream out(path, std::ios::binary);
  out << text;
  out.close();
  if (!out) std::cerr << "carbontwin optimise: cannot write '" << path << "'\n";
  return static_cast<bool>(out);
}

}  // namespace

CLI::App* add_optimise_command(CLI::App& app, OptimiseCommandOptions* options) {
  CLI::App* cmd = app.add_subcommand(
      "optimise", "The least-cost lever settings that peak by a year, reach neutrality by another and keep a budget "
                  "(LP with COIN-OR Clp, checked by the exact pathway)");
  cmd->add_option("--peak-by", options->peak_by, "Gross emissions never rise after this year")
      ->type_name("YEAR")
      ->required()
      ->check(CLI::Range(tp::kFirstYear, tp::kLastYear));
  cmd->add_option("--neutral-by", options->neutral_by, "Net emissions at most the neutrality threshold in this year")
      ->type_name("YEAR")
      ->check(CLI::Range(tp::kFirstYear, tp::kLastYear));
  cmd->add_option("--budget-t", options->budget_t, "Cumulative net emissions 2020–2060 at most this (tCO2)")
      ->type_name("T")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--scenario", options->scenario_path, "Base scenario (default: the baseline scenario)")->type_name("FILE");
  cmd->add_option("--json", options->json_path, "Write the plan as JSON to FILE ('-' for stdout)")->type_name("FILE")->required();
  cmd->add_option("--scenario-out", options->scenario_out, "Also write the scenario found as a scenario file")
      ->type_name("FILE");
  CLI::Option* seed = add_seed_option(cmd, &options->seed, &options->seed_given, "Use the synthetic city of seed N");
  add_city_file_option(cmd, &options->city_path, seed);
  add_epw_option(cmd, &options->epw_path);
  cmd->add_option("--baseline", options->baseline, "Base-year intensities: 'simulated' (default) or 'table'")
      ->check(CLI::IsMember({"simulated", "table"}));
  cmd->add_option("--transport", options->transport, "Transport: 'model' (default) or 'none'")
      ->check(CLI::IsMember({"model", "none"}));
  return cmd;
}

int run_optimise_command(const OptimiseCommandOptions& options) {
  tp::Scenario base = tp::default_scenario();
  if (!options.scenario_path.empty() && !read_scenario_file(options.scenario_path, "optimise", &base)) return 1;
  LoadedCity loaded;
  if (!load_city(options.city_path, options.seed_given, options.seed, "optimise", &loaded, options.epw_path)) return 1;
  tp::Baseline baseline;
  if (!build_pathway_baseline(loaded, base, {options.baseline, options.transport}, "optimise", &baseline)) return 1;

  const auto start = std::chrono::steady_clock::now();
  const std::vector<optimise::CostedLever> costed = optimise::costed_levers(baseline, base);
  std::vector<optimise::LeverOption> lever_options;
  for (const optimise::CostedLever& c : costed) lever_options.push_back(c.option);
  optimise::Goal goal;
  goal.peak_by_year = options.peak_by;
  goal.neutral_by_year = options.neutral_by;
  goal.budget_t = options.budget_t;
  const optimise::OptimiseResult r = optimise::optimise(baseline, base, lever_options, goal);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const tp::PathwayResult base_result = tp::evaluate_pathway(baseline, base);

  ordered_json plan = ordered_json::array();
  for (std::size_t i = 0; i < r.levers.size(); ++i) {
    const optimise::LeverPlan& p = r.levers[i];
    const tp::LeverDef& def = tp::lever_def(p.lever);
    plan.push_back({{"lever", def.key},
                    {"unit", def.unit},
                    {"base_target", base.lever(p.lever).target},
                    {"ambitious_target", costed[i].option.max_target},
                    {"share", p.share},
                    {"target", p.target},
                    {"cost_yuan_per_unit", costed[i].option.cost_yuan_per_unit},
                    {"cost_yuan", p.cost_yuan},
                    {"why_ambitious", costed[i].reason}});
  }
  ordered_json g = {{"peak_by", goal.peak_by_year}};
  g["neutral_by"] = goal.neutral_by_year ? ordered_json(*goal.neutral_by_year) : ordered_json(nullptr);
  g["budget_t"] = goal.budget_t ? ordered_json(*goal.budget_t) : ordered_json(nullptr);
  auto milestones = [](const tp::Milestones& m) {
    return ordered_json::parse(tp::milestones_json(
        m, tp::kMilestonePeakYear | tp::kMilestonePeakT | tp::kMilestoneNeutralityYear | tp::kMilestoneCumulativeT));
  };
  const bool found = r.status == optimise::OptimiseStatus::Optimal;
  const ordered_json doc = {{"goal", g},
                            {"status", optimise::optimise_status_name(r.status)},
                            {"message", r.message},
                            {"goals_met", r.goals_met_exactly},
                            {"unmet_goals", r.unmet_goals},
                            {"cost_basis", "NPV 2020–2060 of capital, O&M and energy bills against the base scenario "
                                           "(twin/cost, assets/cost), per unit of each lever's target"},
                            {"objective_npv_yuan", r.objective_yuan},
                            {"iterations", r.iterations},
                            {"base_milestones", milestones(base_result.milestones)},
                            {"milestones", milestones(r.milestones)},
                            {"levers", plan},
                            {"scenario", found ? scenario_to_json(r.scenario) : ordered_json(nullptr)}};
  if (!write_text(options.json_path, doc.dump(2) + "\n")) return 1;
  if (found && !options.scenario_out.empty() && !write_text(options.scenario_out, scenario_to_json(r.scenario).dump(2) + "\n"))
    return 1;
  std::FILE* info = options.json_path == "-" ? stderr : stdout;
  std::fprintf(info, "optimise: %s in %.2f s (%zu costed levers, %d LP rounds): %s\n", optimise::optimise_status_name(r.status),
               seconds, costed.size(), r.iterations, r.message.c_str());
  if (found) {
    std::fprintf(info, "peak %d at %.3f Mt (base: %d), NPV cost %.3g yuan\n", r.milestones.peak_year, r.milestones.peak_t / 1e6,
                 base_result.milestones.peak_year, r.objective_yuan);
    for (std::size_t i = 0; i < r.levers.size(); ++i)
      if (r.levers[i].share > 1e-9)
        std::fprintf(info, "  %-42s %10.3f -> %10.3f %s (%.0f %% of the ambitious move)\n", tp::lever_def(r.levers[i].lever).key,
                     base.lever(r.levers[i].lever).target, r.levers[i].target, tp::lever_def(r.levers[i].lever).unit,
                     100.0 * r.levers[i].share);
  }
  return found ? 0 : 3;  // 3: written, but no plan meets the goals (status and message say why)
}

}  // namespace cli
