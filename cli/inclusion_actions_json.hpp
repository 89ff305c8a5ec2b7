// The actions file of `carbontwin inclusion` (docs/inclusion.md), read and written: one reader for the CLI
// and the page (whose shared links and QR codes hold the same JSON). Read strictly: an unknown key, a wrong
// type or a value out of range fails with its JSON path; nothing is dropped silently. No exceptions (the
// page's wasm build cannot catch them).
#pragma once

#include <string>

#include "twin/inclusion/actions.hpp"

namespace cli {

// On failure returns false and sets `error` to "<JSON path>: <what is wrong>", e.g.
// "$.commutes[1].one_way_km: expected a number".
bool parse_actions_json(const std::string& text, twin::inclusion::PersonalActions* out, std::string* error);

// The actions as the file holds them (only what is set; parse_actions_json reads it back unchanged).
std::string actions_to_json(const twin::inclusion::PersonalActions& actions);

}  // namespace cli
