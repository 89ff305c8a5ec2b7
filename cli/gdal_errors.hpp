// GDAL reports problems through its own error handler, which by default prints to stderr and leaves
// the caller a single "last error". While one of these is alive, every GDAL message of this thread is
// collected instead, so the CLI can put each one in a sentence naming the file and layer (or fail on
// it) rather than let GDAL print it unattributed. Native CLI only (GDAL is not in the wasm build).
#pragma once

#include <string>
#include <vector>

namespace cli {

class GdalErrorCollector {
 public:
  GdalErrorCollector();
  ~GdalErrorCollector();
  GdalErrorCollector(const GdalErrorCollector&) = delete;
  GdalErrorCollector& operator=(const GdalErrorCollector&) = delete;

  std::vector<std::string> failures;  // CE_Failure and CE_Fatal messages, in order
  std::vector<std::string> warnings;  // CE_Warning messages, in order

  // The failures joined by "; " (or `fallback` when there were none), for one error sentence.
  std::string failure_text(const std::string& fallback) const;
  void clear() {
    failures.clear();
    warnings.clear();
  }
};

}  // namespace cli
