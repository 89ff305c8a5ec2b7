// Import throughput (footprints per second) and peak memory against the input's size, natively and
// in wasm (the same code under Node with NODERAWFS), on the shared real data sets and on the Lujiazui
// footprints repeated 70 × side by side (≈ 100,000 real footprints, 100 MB-class GeoJSON) — the issue's
// targets: ≥ 50,000 footprints/s natively, ≥ 25,000 in wasm, peak memory ≤ 10 × the file's size.
//   ct_bench_import [RUNS] [CASE]   CASE: haidian | lujiazui | tiled (default: all; run one per process
//                                   for a clean peak-memory figure)
// Prints one JSON line per case: {case, file_bytes, buildings_read, median_ms, footprints_per_s,
// peak_rss_mb, peak_rss_over_file, rss_before_mb, import_rss_over_file}: the last is what the import
// itself added above the process's resident set before it (the file's bytes were already held). Peak memory is the process's resident high-water mark over the
// timed imports (reset before them), the input's bytes included; under Node (NODERAWFS) /proc/self is
// Node's own, so the wasm figure is the whole Node process with its never-shrinking wasm heap. For a
// small file the process's fixed cost (code, PROJ's caches: ~25 MB) dominates the ratio.
#include <sys/resource.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bench/median_timer.hpp"
#include "geo/city_import.hpp"
#include "geo/proj_data_dir.hpp"

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The Lujiazui buildings repeated `copies` times, each copy shifted north by 0.03° (past the data's own
// 0.025° height) with its own ids, as one FeatureCollection: real footprints, a realistic mix of tiled
// pieces and building parts.
std::string tiled_geojson(const std::string& source, int copies) {
  const std::size_t begin = source.find('[', source.find("\"features\""));
  const std::size_t end = source.rfind(']');
  const std::string body = source.substr(begin + 1, end - begin - 1);
  std::string out = "{\"type\":\"FeatureCollection\",\"features\":[";
  out.reserve(body.size() * copies + 64);
  for (int c = 0; c < copies; ++c) {
    // Copies stack north in 0.03° steps (the data spans 0.025° of latitude): latitudes "31.xxx" rewritten.
    std::string copy;
    copy.reserve(body.size());
    std::size_t at = 0;
    while (true) {
      const std::size_t p = body.find("31.", at);
      if (p == std::string::npos) {
        copy.append(body, at, std::string::npos);
        break;
      }
      copy.append(body, at, p - at);
      std::size_t q = p + 3;
      while (q < body.size() && body[q] >= '0' && body[q] <= '9') ++q;
      const double lat = std::strtod(body.c_str() + p, nullptr) + 0.03 * c;
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.8f", lat);
      copy += buf;
      at = q;
    }
    // Each copy is other buildings: give its ids a prefix, or the footprint step would (rightly) try to
    // merge the 70 copies of one id as tiled pieces of a single building.
    std::string renamed;
    renamed.reserve(copy.size() + copy.size() / 50);
    const std::string key = "\"id\":";
    for (std::size_t at = 0;;) {
      const std::size_t p = copy.find(key, at);
      if (p == std::string::npos) {
        renamed.append(copy, at, std::string::npos);
        break;
      }
      std::size_t q = p + key.size();
      while (q < copy.size() && copy[q] == ' ') ++q;
      std::size_t e = q;
      while (e < copy.size() && copy[e] >= '0' && copy[e] <= '9') ++e;
      renamed.append(copy, at, q - at);
      if (e > q) renamed += "\"c" + std::to_string(c) + "_" + copy.substr(q, e - q) + "\"";
      at = e;
    }
    if (c) out += ',';
    out += renamed;
  }
  out += "]}";
  return out;
}

// Peak resident memory since the last reset_peak_rss(): Linux's VmHWM, reset through clear_refs so
// the figure is the import's own high-water mark (with the file's bytes held), not the set-up's.
// Elsewhere (Emscripten) 0: not measured.
void reset_peak_rss() {
#if defined(__GLIBC__)
  malloc_trim(0);  // hand back what the set-up freed, so it does not count as the import's
#endif
  if (std::FILE* f = std::fopen("/proc/self/clear_refs", "w")) {
    std::fputs("5", f);
    std::fclose(f);
  }
}

double peak_rss_mb() {
  if (std::FILE* f = std::fopen("/proc/self/status", "r")) {
    char line[256];
    double kb = 0.0;
    while (std::fgets(line, sizeof line, f))
      if (std::strncmp(line, "VmHWM:", 6) == 0) kb = std::strtod(line + 6, nullptr);
    std::fclose(f);
    if (kb > 0.0) return kb / 1024.0;
  }
  struct rusage u;
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;  // kilobytes on Linux; 0 under Emscripten
}

void run_case(const char* name, const std::vector<geo::ImportFile>& files, int runs) {
  std::uint64_t bytes = 0;
  for (const auto& f : files) bytes += f.bytes.size();
  std::uint64_t buildings = 0;
  reset_peak_rss();
  const double rss_before = peak_rss_mb();  // right after the reset: the resident set before the import
  const bench::Timing t = bench::time_median(runs, [&] {
    const geo::ImportResult r = geo::import_city(files, {});
    const std::size_t at = r.report_json.find("\"buildings_read\":");
    buildings = at == std::string::npos ? 0 : std::strtoull(r.report_json.c_str() + at + 17, nullptr, 10);
  });
  const double rss = peak_rss_mb();
  std::printf("{\"case\":\"%s\",\"file_bytes\":%llu,\"buildings_read\":%llu,\"median_ms\":%.2f,\"min_ms\":%.2f,"
              "\"footprints_per_s\":%.0f,\"peak_rss_mb\":%.1f,\"peak_rss_over_file\":%.2f,\"rss_before_mb\":%.1f,"
              "\"import_rss_over_file\":%.2f}\n",
              name, static_cast<unsigned long long>(bytes), static_cast<unsigned long long>(buildings), t.median_ms,
              t.min_ms, t.median_ms > 0 ? buildings / (t.median_ms / 1000.0) : 0.0, rss,
              rss > 0 ? rss * 1048576.0 / static_cast<double>(bytes) : 0.0, rss_before,
              rss > 0 ? (rss - rss_before) * 1048576.0 / static_cast<double>(bytes) : 0.0);
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  const int runs = argc > 1 ? std::atoi(argv[1]) : 5;
  // PROJ's database: found by default natively; under Node (NODERAWFS) it is told where Debian keeps it.
  if (!geo::set_proj_data_dir(CT_PROJ_DATA_DIR)) {
    std::fprintf(stderr, "ct_bench_import: no proj.db in %s (install proj-data)\n", CT_PROJ_DATA_DIR);
    return 1;
  }
  const std::string which = argc > 2 ? argv[2] : "";
  const std::string data = std::string(CT_SHARED_DATA_DIR) + "/citymodels/";
  if (which.empty() || which == "haidian")
    run_case("haidian", {{"map.osm", read(data + "osm_beijing_haidian_cau/map.osm")}}, runs);
  if (which.empty() || which == "lujiazui")
    run_case("lujiazui", {{"buildings.geojson", read(data + "osm_shanghai_lujiazui_tilezen/buildings.geojson")}}, runs);
  if (which.empty() || which == "tiled") {
    // Held once, as a program that read the file would hold it (no copy left behind by the generator).
    std::vector<geo::ImportFile> files(1);
    files[0].name = "tiled.geojson";
    files[0].bytes = tiled_geojson(read(data + "osm_shanghai_lujiazui_tilezen/buildings.geojson"), 70);
    files[0].bytes.shrink_to_fit();
    run_case("lujiazui_x70", files, runs > 3 ? 3 : runs);
  }
  return 0;
}
