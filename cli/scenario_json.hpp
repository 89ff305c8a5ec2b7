// Scenario files (JSON, documented in docs/scenario.md) ↔ twin::pathway::Scenario. Errors name
// the JSON path and say what is wrong; every problem is reported, not only the first.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "twin/pathway/scenario.hpp"

namespace cli {

// Reads `text` over default_scenario(): levers and options not given keep their defaults.
// Returns false and fills `errors` ("$.levers.retrofit_rate_pct_per_yr.target: …") on bad input.
bool scenario_from_json(const std::string& text, twin::pathway::Scenario* scenario,
                        std::vector<std::string>* errors);

// Reads a scenario file for the command `command` (e.g. "pathway"); on failure writes every problem
// to stderr, naming the file and the JSON path, and returns false.
bool read_scenario_file(const std::string& path, const char* command, twin::pathway::Scenario* scenario);

// The scenario's dual-control targets as scenario_from_json reads them under "dual_control" (every
// indicator: "none" or its line; "carbon_budget": "none" or {start_year, cap_t}).
nlohmann::ordered_json dual_control_targets_json(const twin::drivers::DualControlTargets& targets);

// The scenario as written by scenario_from_json's format (every lever, resolved; dual_control).
nlohmann::ordered_json scenario_to_json(const twin::pathway::Scenario& scenario);

// Only what differs from default_scenario() (with the name): the same scenario once read over the
// defaults, in a fraction of the bytes — what a shared link holds.
nlohmann::ordered_json scenario_changes_to_json(const twin::pathway::Scenario& scenario);

}  // namespace cli
