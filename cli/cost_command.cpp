// `carbontwin cost` (cost_command.hpp). The base year is built as `carbontwin pathway` builds it
// (simulated or table intensities, the transport model) — the same calls as pathway_command.cpp and
// ensemble_command.cpp, duplicated here until a shared cli/pathway_baseline.hpp exists.
#include "cli/cost_command.hpp"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/city_source.hpp"
#include "cli/pathway_baseline.hpp"
#include "cli/scenario_json.hpp"
#include "twin/buildings/city_energy.hpp"
#include "twin/cost/cost_report.hpp"
#include "twin/pathway/pathway.hpp"
#include "twin/pathway/transport_from_model.hpp"

namespace cli {
namespace {

namespace tc = twin::cost;
namespace tp = twin::pathway;

// "2030=150,2060=300" → points; false with a message naming the item.
bool parse_price_points(const std::string& text, std::vector<tc::PricePoint>* points, std::string* error) {
  std::stringstream ss(text);
  std::string item;
  int n = 0;
  while (std::getline(ss, item, ',')) {
    ++n;
    const std::size_t eq = item.find('=');
    char* end_year = nullptr;
    char* end_price = nullptr;
    const std::string year_text = item.substr(0, eq);
    const std::string price_text = eq == std::string::npos ? "" : item.substr(eq + 1);
    const long year = std::strtol(year_text.c_str(), &end_year, 10);
    const double price = std::strtod(price_text.c_str(), &end_price);
    if (eq == std::string::npos || year_text.empty() || *end_year != '\0' || price_text.empty() || *end_price != '\0') {
      *error = "--carbon-price item " + std::to_string(n) + " '" + item + "': expected YEAR=YUAN_PER_T";
      return false;
    }
    points->push_back({static_cast<int>(year), price});
  }
  if (n == 0) {
    *error = "--carbon-price: no YEAR=YUAN_PER_T item";
    return false;
  }
  return true;
}


}  // namespace

CLI::App* add_cost_command(CLI::App& app, CostCommandOptions* options) {
  CLI::App* cmd = app.add_subcommand(
      "cost", "Cost of a scenario against the baseline (per year, NPV, per tonne), the MAC curve of a year, "
              "carbon prices, allowance value of key emitters and sink credits");
  cmd->add_option("--scenario", options->scenario_path, "Scenario JSON (docs/scenario.md)")
      ->type_name("FILE")
      ->required();
  cmd->add_option("--json", options->json_path, "Write the cost report as JSON to FILE ('-' for stdout)")
      ->type_name("FILE")
      ->required();
  cmd->add_option("--year", options->year, "Year of the MAC curve, allowances and sink credit (default 2030)")
      ->type_name("Y")
      ->check(CLI::Range(tp::kFirstYear, tp::kLastYear));
  CLI::Option* seed = add_seed_option(cmd, &options->seed, &options->seed_given, "Use the synthetic city of seed N (default: the default city)");
  add_city_file_option(cmd, &options->city_path, seed);
  add_epw_option(cmd, &options->epw_path);
  cmd->add_option("--baseline", options->baseline,
                  "Base-year intensities: 'simulated' (default; hourly simulation of every building) or 'table'")
      ->check(CLI::IsMember({"simulated", "table"}));
  cmd->add_option("--transport", options->transport,
                  "Transport sector: 'model' (default; the city's transport model) or 'none'")
      ->check(CLI::IsMember({"model", "none"}));
  cmd->add_option("--mac-from", options->mac_from,
                  "MAC curve: move each lever to its ambitious setting from the 'baseline' scenario (default) or "
                  "from the 'scenario' itself")
      ->check(CLI::IsMember({"baseline", "scenario"}));
  cmd->add_option("--carbon-price", options->carbon_price,
                  "Your national ETS price path after 2024, e.g. '2030=150,2060=300' (yuan/t, linear between, "
                  "held after); default: assets/cost/carbon_prices.csv")
      ->type_name("YEAR=PRICE,...");
  return cmd;
}

int run_cost_command(const CostCommandOptions& options) {
  tp::Scenario scenario = tp::default_scenario();
  if (!read_scenario_file(options.scenario_path, "cost", &scenario)) return 1;
  tc::CarbonPricePath path = tc::default_carbon_price_path();
  if (!options.carbon_price.empty()) {
    std::vector<tc::PricePoint> points;
    std::string error;
    if (!parse_price_points(options.carbon_price, &points, &error) ||
        !(error = tc::with_user_cea_points(points, &path)).empty()) {
      std::cerr << "carbontwin cost: " << error << "\n";
      return 1;
    }
  }
  LoadedCity loaded;
  if (!load_city(options.city_path, options.seed_given, options.seed, "cost", &loaded, options.epw_path)) return 1;
  tp::Baseline baseline;
  if (!build_pathway_baseline(loaded, scenario, {options.baseline, options.transport}, "cost", &baseline)) return 1;

  const tc::CostReport report = tc::cost_report(baseline, scenario, options.year, path, options.mac_from == "scenario");
  nlohmann::ordered_json doc = {
      {"city", {{"name", loaded.city.name}, {"seed", loaded.seed}, {"synthetic", loaded.city.synthetic}}},
      {"baseline", {{"source", options.baseline}, {"transport", options.transport}}},
      {"carbon_price_path", options.carbon_price.empty() ? "default (assets/cost/carbon_prices.csv)" : options.carbon_price}};
  const nlohmann::ordered_json body = nlohmann::ordered_json::parse(tc::cost_report_json(report));
  for (auto it = body.begin(); it != body.end(); ++it) doc[it.key()] = it.value();
  const std::string text = doc.dump(1) + "\n";
  if (options.json_path == "-") {
    std::cout << text;
    return 0;
  }
  std::ofstream out(options.json_path, std::ios::binary);
  if (!out || !(out << text)) {
    std::cerr << "carbontwin cost: cannot write '" << options.json_path << "'\n";
    return 1;
  }
  std::printf("Cost of scenario '%s' against the baseline (%s): NPV %.4g yuan, %.4g t abated 2020-2060, ",
              scenario.name.c_str(), loaded.city.name.c_str(), report.cost.npv_yuan, report.cost.abatement_t);
  if (report.cost.abates)
    std::printf("%.1f yuan/t (discounted)\n", report.cost.cost_per_t_discounted);
  else
    std::printf("no abatement\n");
  std::printf("MAC curve %d: %zu levers; written to %s\n", options.year, report.mac.size(), options.json_path.c_str());
  return 0;
}

}  // namespace cli
