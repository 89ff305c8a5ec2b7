// `carbontwin inclusion` (inclusion_command.hpp). The actions file is read strictly: an unknown key, a
// wrong type or a value out of range fails with its JSON path; nothing is dropped silently.
#include "cli/inclusion_command.hpp"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/city_source.hpp"
#include "cli/inclusion_actions_json.hpp"
#include "cli/pathway_baseline.hpp"
#include "cli/scenario_json.hpp"
#include "twin/inclusion/community_wedge.hpp"
#include "twin/inclusion/inclusion_json.hpp"
#include "twin/inclusion/personal.hpp"

namespace cli {
namespace {

namespace ti = twin::inclusion;
bool write_text(const std::string& path, const std::string& text) {
  if (path == "-") {
    std::cout << text;
    return true;
  }
  std::ofstream out(path, std::ios::binary);
  return out && (out << text);
}

}  // namespace

CLI::App* add_inclusion_command(CLI::App& app, InclusionCommandOptions* options) {
  CLI::App* cmd = app.add_subcommand(
      "inclusion",
      "Carbon inclusion (碳普惠): a resident's actions → kgCO2 saved per year with the steps, points, "
      "and the community wedge on the city's pathway");
  cmd->add_option("--actions", options->actions_path, "Actions JSON (docs/inclusion.md)")
      ->type_name("FILE")
      ->required();
  cmd->add_option("--json", options->json_path, "Write the result as JSON to FILE ('-' for stdout)")
      ->type_name("FILE")
      ->required();
  cmd->add_option("--year", options->year, "Year whose grid path and factors price the actions (default 2025)")
      ->type_name("Y")
      ->check(CLI::Range(2020, 2060));
  cmd->add_option("--participation-pct", options->participation_pct,
                  "Share of residents doing the same, % (default 10; 0 = no wedge)")
      ->type_name("X")
      ->check(CLI::Range(0.0, 100.0));
  cmd->add_option("--ramp-years", options->ramp_years, "Years from --year until the share is reached (default 0)")
      ->type_name("N")
      ->check(CLI::Range(0, 40));
  cmd->add_option("--scenario", options->scenario_path, "Scenario JSON (docs/scenario.md); default: the baseline")
      ->type_name("FILE");
  CLI::Option* seed = add_seed_option(cmd, &options->seed, &options->seed_given, "Use the synthetic city of seed N (default: the default city)");
  add_city_file_option(cmd, &options->city_path, seed);
  add_epw_option(cmd, &options->epw_path);
  cmd->add_option("--baseline", options->baseline,
                  "Base-year intensities: 'simulated' (default; hourly simulation of every building) or 'table'")
      ->check(CLI::IsMember({"simulated", "table"}));
  cmd->add_option("--transport", options->transport,
                  "Transport sector: 'model' (default; the city's transport model) or 'none'")
      ->check(CLI::IsMember({"model", "none"}));
  return cmd;
}

int run_inclusion_command(const InclusionCommandOptions& options) {
  std::ifstream in(options.actions_path, std::ios::binary);
  if (!in) {
    std::cerr << "carbontwin inclusion: cannot read '" << options.actions_path << "'\n";
    return 1;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  ti::PersonalActions actions;
  std::string error;
  if (!parse_actions_json(buffer.str(), &actions, &error)) {
    std::cerr << "carbontwin inclusion: " << options.actions_path << ": " << error << "\n";
    return 1;
  }
  twin::pathway::Scenario scenario = twin::pathway::default_scenario();
  if (!options.scenario_path.empty() && !read_scenario_file(options.scenario_path, "inclusion", &scenario)) return 1;
  LoadedCity loaded;
  if (!load_city(options.city_path, options.seed_given, options.seed, "inclusion", &loaded, options.epw_path)) return 1;

  ti::InclusionContext context = ti::inclusion_context(scenario, options.year);
  context.pv_yield_kwh_per_kwp = ti::pv_yield_kwh_per_kwp(loaded.weather.year);
  context.pv_yield_source = "twin/buildings/pv.hpp (default array) on the weather of " + loaded.city.name + " (" +
                            climate_label(loaded.climate) + ")";
  const ti::PersonalResult result = ti::personal_savings(actions, context);
  if (!result.error.empty()) {
    std::cerr << "carbontwin inclusion: " << options.actions_path << ": $." << result.error << "\n";
    return 1;
  }

  ti::CommunityWedge wedge;
  const bool with_wedge = options.participation_pct > 0.0;
  if (with_wedge) {
    twin::pathway::Baseline baseline;
    if (!build_pathway_baseline(loaded, scenario, {options.baseline, options.transport}, "inclusion", &baseline))
      return 1;
    twin::pathway::CommunityActions community = ti::community_actions_of(result);
    community.participation_pct = {options.year, options.ramp_years, 0.0};
    wedge = ti::community_wedge(baseline, scenario, community, options.participation_pct / 100.0);
    if (!wedge.error.empty()) {
      std::cerr << "carbontwin inclusion: " << wedge.error << "\n";
      return 1;
    }
  }
  if (!write_text(options.json_path, ti::inclusion_json(result, context, with_wedge ? &wedge : nullptr))) {
    std::cerr << "carbontwin inclusion: cannot write '" << options.json_path << "'\n";
    return 1;
  }
  if (options.json_path == "-") return 0;
  std::printf("Carbon inclusion %d (%s): %zu action(s), %.1f kgCO2/yr saved, %.0f points\n", options.year,
              loaded.city.name.c_str(), result.actions.size(), result.total_kg_co2_per_yr, result.points);
  for (const ti::ActionSaving& a : result.actions)
    std::printf("  %-16s %10.2f kgCO2/yr  %s\n", a.key.c_str(), a.kg_co2_per_yr, a.label.c_str());
  if (with_wedge)
    std::printf(
        "if %.0f %% of residents do this: peak %d -> %d (%+d years), peak %+.0f t, cumulative 2020-2060 %+.0f t\n",
        options.participation_pct, wedge.peak_year_without, wedge.peak_year_with, wedge.peak_year_shift,
        wedge.peak_t_change, wedge.cumulative_t_change);
  std::printf("written to %s\n", options.json_path.c_str());
  return 0;
}

}  // namespace cli
