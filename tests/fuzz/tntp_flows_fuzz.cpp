// libFuzzer target: twin::transport::read_tntp_flows on arbitrary bytes. Invariants: an error has a
// message and leaves no rows; every row read has finite values and a non-negative volume.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "tests/fuzz/fuzz_check.hpp"
#include "twin/transport/tntp_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using ct_fuzz::check;
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  const twin::transport::TntpFlowsRead r = twin::transport::read_tntp_flows(in, "fuzz_flow.tntp");
  if (!r.error.ok()) {
    check(!r.error.message.empty() && r.error.file == "fuzz_flow.tntp");
    check(r.rows.empty());
    return 0;
  }
  for (const twin::transport::TntpFlowRow& row : r.rows)
    check(std::isfinite(row.volume) && row.volume >= 0.0 && std::isfinite(row.cost));
  return 0;
}
