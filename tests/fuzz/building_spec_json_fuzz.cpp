// libFuzzer target: cli::parse_building_spec_json on arbitrary bytes. Invariants: no exception
// escapes; every error is "place: message" with a non-empty message.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "cli/building_spec_json.hpp"
#include "tests/fuzz/fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using ct_fuzz::check;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const cli::BuildingSpecParse r = cli::parse_building_spec_json(text);
  for (const std::string& e : r.errors) {
    const std::size_t colon = e.find(": ");
    check(colon != std::string::npos && colon > 0 && colon + 2 < e.size());
  }
  return 0;
}
