// libFuzzer target: twin::transport::read_tntp_trips on arbitrary bytes (any zone count accepted).
// Invariants: an error has a message; on success the matrix is zones² finite, non-negative entries;
// on error the matrix is empty.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "tests/fuzz/fuzz_check.hpp"
#include "twin/transport/tntp_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using ct_fuzz::check;
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  const twin::transport::TntpTripsRead r = twin::transport::read_tntp_trips(in, "fuzz_trips.tntp");
  if (!r.error.ok()) {
    check(!r.error.message.empty() && r.error.file == "fuzz_trips.tntp");
    check(r.demand.trips.empty());
    return 0;
  }
  const std::uint64_t zones = r.demand.zone_count;
  check(r.demand.trips.size() == zones * zones);
  for (const double t : r.demand.trips) check(std::isfinite(t) && t >= 0.0);
  return 0;
}
