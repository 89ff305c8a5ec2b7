// The transport half of the core-only worker module (target carbontwin_worker), run by
// web/transport_worker.js in its own Web Worker so the page stays interactive while the transport
// model (twin/transport/transport_model.hpp) runs. The city is generated once per worker from the
// page's seed (the generator is deterministic: same seed ⇒ the page's city, link for link), or read
// from the page's imported city file (ctt_load_city, then runs with seed 0); each
// run takes a TransportPolicy in plain numbers and leaves its results in this module's memory for
// the JS side to copy out:
//   ctt_link_flow / ctt_link_vc     per city road link (ctt_link_count)
//   ctt_segment_loads               per line (the city's, then the extra lines), per segment, flat;
//                                   ctt_segment_counts gives each line's segment count
//   ctt_summary                     transport_layout::kSummary doubles (wasm/worker/transport_layout.hpp)
// Progress goes out during the run through Module.cttProgress(fraction, stage).
#include <emscripten/emscripten.h>

#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "twin/city/city_file.hpp"
#include "twin/city/default_city.hpp"
#include "twin/transport/transport_model.hpp"
#include "wasm/worker/transport_layout.hpp"

namespace {

namespace tt = twin::transport;

struct TransportState {
  std::uint64_t seed = 0;
  std::unique_ptr<twin::City> city;
  tt::TransportResult result;
  std::vector<double> segment_loads;
  std::vector<int> segment_counts;
  std::vector<double> summary;
};
TransportState* g_transport = nullptr;

// Posts progress to the page, at most about once per percent or per stage change: the model may
// call back every assignment iteration, and each post costs the page a little.
bool report(double fraction, const char* stage) {
  static double last_fraction = -1.0;
  static std::string last_stage;
  if (fraction < last_fraction) last_fraction = -1.0;  // a new run
  if (stage == last_stage && fraction - last_fraction < 0.01 && fraction < 1.0) return true;
  last_fraction = fraction;
  last_stage = stage;
  EM_ASM({ if (Module.cttProgress) Module.cttProgress($0, UTF8ToString($1)); }, fraction, stage);
  return true;
}

}  // namespace

extern "C" {

// Reads an imported city (a city file) for the runs that follow with seed 0. Returns 0, or 1 with the
// reason in ctt_error().
EMSCRIPTEN_KEEPALIVE int ctt_load_city(const char* bytes, int length) {
  if (g_transport == nullptr) g_transport = new TransportState;
  TransportState& st = *g_transport;
  twin::CityFileRead r = twin::read_city_file(std::string_view(bytes, length > 0 ? static_cast<std::size_t>(length) : 0));
  if (!r.ok) {
    st.result = tt::TransportResult{};
    st.result.error = "the city file is unreadable: " + (r.errors.empty() ? std::string("?") : r.errors.front());
    st.city.reset();
    return 1;
  }
  st.city = std::make_unique<twin::City>(std::move(r.city));
  st.seed = 0;
  return 0;
}

// Runs the model for the city of `seed` under the policy. Extra lines: line_count metro lines,
// line k with stop_counts[k] stops and peak headway headways_min[k], all stops' x, y (metres)
// packed in stops_xy. Returns 0 on success, 1 when the model reported an error (ctt_error), 2 for
// bad arguments.
EMSCRIPTEN_KEEPALIVE int ctt_run(double seed, double headway_factor, double congestion_charge_yuan,
                                 double parking_price_yuan, const double* stops_xy, const int* stop_counts,
                                 const double* headways_min, int line_count) {
  if (!(seed >= 0) || !std::isfinite(headway_factor) || !std::isfinite(congestion_charge_yuan) ||
      !std::isfinite(parking_price_yuan) || line_count < 0)
    return 2;
  if (g_transport == nullptr) g_transport = new TransportState;
  TransportState& st = *g_transport;
  const auto want_seed = static_cast<std::uint64_t>(seed);
  if (want_seed == 0 && (!st.city || st.seed != 0)) return 2;  // seed 0: the loaded city file
  if (!st.city || st.seed != want_seed) {
    report(0.0, "city");
    twin::CityGeneratorDef def = twin::default_city_def();
    def.seed = want_seed;
    st.city = std::make_unique<twin::City>(twin::generate_city(def));
    st.seed = want_seed;
  }
  tt::TransportPolicy policy;
  policy.transit_headway_factor = headway_factor;
  policy.congestion_charge_yuan = congestion_charge_yuan;
  policy.parking_price_yuan = parking_price_yuan;
  int at = 0;
  for (int k = 0; k < line_count; ++k) {
    if (stop_counts[k] < 2) return 2;
    twin::TransitLine line;
    line.name = "new " + std::to_string(k + 1);
    line.mode = twin::TransitMode::Metro;
    if (!(headways_min[k] > 0) || !std::isfinite(headways_min[k])) return 2;
    line.headway_min = headways_min[k];
    for (int s = 0; s < stop_counts[k]; ++s, ++at) {
      const double x = stops_xy[2 * at], y = stops_xy[2 * at + 1];
      if (!std::isfinite(x) || !std::isfinite(y)) return 2;
      line.stops.push_back({"", {x, y}});
    }
    policy.extra_lines.push_back(std::move(line));
  }
  tt::TransportModelOptions options;
  options.on_progress = [](double fraction, const char* stage) { return report(fraction, stage); };
  st.result = tt::run_transport_model(*st.city, policy, options);
  st.segment_loads.clear();
  st.segment_counts.clear();
  for (const std::vector<double>& loads : st.result.line_segment_load_pax_h) {
    st.segment_counts.push_back(static_cast<int>(loads.size()));
    st.segment_loads.insert(st.segment_loads.end(), loads.begin(), loads.end());
  }
  namespace L = transport_layout;
  st.summary.assign(L::kSummary, 0.0);
  const tt::TransportResult& r = st.result;
  for (int m = 0; m < tt::kModeCount; ++m) {
    st.summary[L::kModeShare + m] = r.mode_share[m];
    st.summary[L::kTrips + m] = r.activity.trips_per_day[m];
    st.summary[L::kPassengerKm + m] = r.activity.passenger_km_per_day[m];
    st.summary[L::kVehicleKm + m] = r.activity.vehicle_km_per_day[m];
  }
  st.summary[L::kPopulation] = r.activity.population;
  st.summary[L::kIterations] = static_cast<double>(r.assignment.iterations.size());
  st.summary[L::kRelativeGap] = r.assignment.relative_gap;
  st.summary[L::kConverged] = r.assignment.converged ? 1.0 : 0.0;
  st.summary[L::kRunMs] = r.run_ms;
  return r.error.empty() ? 0 : 1;
}

EMSCRIPTEN_KEEPALIVE const char* ctt_error() { return g_transport ? g_transport->result.error.c_str() : ""; }
EMSCRIPTEN_KEEPALIVE int ctt_link_count() {
  return g_transport ? static_cast<int>(g_transport->result.road_link_flow_pcu_h.size()) : 0;
}
EMSCRIPTEN_KEEPALIVE const double* ctt_link_flow() {
  return g_transport ? g_transport->result.road_link_flow_pcu_h.data() : nullptr;
}
EMSCRIPTEN_KEEPALIVE const double* ctt_link_vc() { return g_transport ? g_transport->result.road_link_vc.data() : nullptr; }
EMSCRIPTEN_KEEPALIVE int ctt_line_count() { return g_transport ? static_cast<int>(g_transport->segment_counts.size()) : 0; }
EMSCRIPTEN_KEEPALIVE const int* ctt_segment_counts() { return g_transport ? g_transport->segment_counts.data() : nullptr; }
EMSCRIPTEN_KEEPALIVE const double* ctt_segment_loads() {
  return g_transport ? g_transport->segment_loads.data() : nullptr;
}
EMSCRIPTEN_KEEPALIVE const double* ctt_summary() { return g_transport ? g_transport->summary.data() : nullptr; }
EMSCRIPTEN_KEEPALIVE int ctt_summary_size() { return transport_layout::kSummary; }

}  // extern "C"
