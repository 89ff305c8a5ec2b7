// libFuzzer target: cli::scenario_from_json on arbitrary bytes. Invariants: no exception escapes;
// the result is false exactly when errors were added, and every error names a JSON path ("$…").
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "cli/scenario_json.hpp"
#include "tests/fuzz/fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using ct_fuzz::check;
  const std::string text(reinterpret_cast<const char*>(data), size);
  twin::pathway::Scenario scenario;
  std::vector<std::string> errors;
  const bool ok = cli::scenario_from_json(text, &scenario, &errors);
  check(ok == errors.empty());
  for (const std::string& e : errors) check(e.size() > 1 && e[0] == '$');
  if (ok) check(!cli::scenario_to_json(scenario).dump().empty());
  return 0;
}
