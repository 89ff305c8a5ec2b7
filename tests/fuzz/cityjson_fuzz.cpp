// libFuzzer target: geo::read_cityjson (CityJSON) on arbitrary bytes. Invariants: those of every LayerRead
// (layer_check.hpp).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "geo/cityjson_reader.hpp"
#include "tests/fuzz/layer_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  ct_fuzz::check_layer(geo::read_cityjson(bytes, "fuzz.city.json"), "fuzz.city.json");
  return 0;
}
