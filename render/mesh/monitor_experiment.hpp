// The page's observing-system experiment (issue 11 item 6): the city's own gridded emissions as the truth
// (plus an optional hidden source the visitor places), the default station network, synthetic observations,
// the background from the most upwind tower and the Bayesian inversion with its reconciliation — the same
// steps as `carbontwin monitor simulate` + `monitor invert` (cli/monitor_osse.cpp), through twin/monitor's
// own functions, as a job the page advances in short steps (as many a frame as fit its budget:
// wasm/app_monitor.cpp). Pure (no drawing, no clock): tested and benchmarked natively
// (bench/monitor_experiment_bench_main.cpp).
// Size (the page's choice, see kExperiment*): 1000-m cells and 2 days of afternoon hours (12–17 local from
// 1 June) instead of the CLI's 500 m and 14 days: the inversion's cost grows with cells × observations²; at
// this size (256 cells, 25 stations × 12 hours = 300 readings, 252 of them enhancements over a tower's
// background) the whole run takes ~0.2–0.5 s natively. The inversion runs as twin/monitor's InversionJob
// (osse.hpp), one slice a step (kExperimentInvertRows footprint rows, or one Cholesky or product), so that
// no step is long (≤ ~8 ms natively, bench/monitor_experiment_bench_main.cpp); its result equals
// invert_monitoring's bit for bit. docs/monitoring.md, "The page's experiment".
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "render/mesh/monitor_field.hpp"
#include "twin/monitor/osse.hpp"
#include "twin/monitor/reconcile.hpp"

namespace render {

inline constexpr double kExperimentCellM = 1000.0;
inline constexpr int kExperimentDays = 2;
inline constexpr int kExperimentFirstDayOfYear = 151;   // 1 June (as the CLI)
inline constexpr int kExperimentFirstLocalHour = 12, kExperimentLastLocalHour = 17;
inline constexpr double kExperimentBackgroundPpm = 420.0;  // as the CLI (CarbonTwin assumption)
// The inversion's slice per step: 12 footprint (or correlation) rows, ≤ ~4 ms natively at 256 cells (24 rows
// took up to 7.7 ms: rows near the dense centre cost most); a profile group's M in one slice (its columns
// are far cheaper than a footprint row's plume sums).
inline constexpr std::size_t kExperimentInvertRows = 12;
inline constexpr std::size_t kExperimentInvertColumns = 4096;

struct ExperimentSpec {
  int days = kExperimentDays;                // 1–14
  std::uint64_t noise_seed = 1;
  std::optional<twin::monitor::HiddenSource> hidden;  // t_per_yr in [0, 1e9), finite place
};

struct ExperimentInputs {
  const MonitorCity* city = nullptr;         // build_monitor_city at the experiment's cell size
  const std::vector<twin::monitor::HourMet>* met = nullptr;     // 8760 hours, local time
  const twin::monitor::SectorProfiles* profiles = nullptr;
  std::vector<twin::monitor::ReportedEmitter> plants;          // the key emitters' reported figures
  twin::Vec2 centre;                         // the city's centre (the background's upwind test)
  double utc_offset_h = 0.0;                 // local standard time − UTC
  int year = 2020;                           // of the time stamps
};

enum class ExperimentStage { Simulate = 0, Background, Invert, Reconcile, Done };
inline constexpr int kExperimentStages = 4;

struct ExperimentResult {
  std::string error;                         // non-empty: the job stopped
  twin::monitor::MonitorSetup setup;
  std::vector<twin::monitor::MonitorObservation> station_obs;  // every station and hour (towers included)
  std::vector<int> station_of_obs;           // index into the stations
  std::vector<twin::monitor::MonitorObservation> obs;          // what the inversion uses (enhancements)
  int lowcost_sensors = 0;
  twin::monitor::MonitorInversion inv;
  std::vector<twin::monitor::ResidualCell> residual;
  twin::monitor::UnexplainedSource unexplained;
  std::vector<twin::monitor::KeyEmitterCheck> key_emitters;
  std::vector<twin::monitor::ReconcileRow> table;
  double truth_total_t = 0.0;                // prior inventory on the grid + the hidden source (the truth)
  double prior_total_t = 0.0;
};

struct ExperimentJob {
  ExperimentSpec spec;
  ExperimentInputs inputs;
  ExperimentResult result;
  ExperimentStage stage = ExperimentStage::Simulate;
  std::size_t next_station = 0;              // Simulate: the next station to simulate
  std::optional<twin::monitor::InversionJob> inversion;  // Invert: the inversion in progress
  bool done() const { return !result.error.empty() || stage == ExperimentStage::Done; }
  double progress() const;                   // 0–1, by stages done
};

// The reported figures of the baseline's plants placed on the map (as `monitor invert` reads them).
std::vector<twin::monitor::ReportedEmitter> reported_plants(const twin::pathway::Baseline& baseline);

// The experiment's map layers per cell of its grid (t/yr): the prior (Σ sector blocks of x_a), the posterior
// (Σ sector blocks + the unexplained block of x̂) and the residual (posterior − prior). Empty before the inversion.
enum class ExperimentLayer { Prior, Posterior, Residual };
std::vector<double> experiment_layer(const ExperimentResult& result, ExperimentLayer layer);

// Sets the job up (result.error on bad input: no grid, weather, a bad hidden source or day count).
ExperimentJob start_experiment(ExperimentInputs inputs, const ExperimentSpec& spec);
// Runs the next step: one station's readings (Simulate), one slice of the inversion (Invert: its first step
// starts the job, the last takes the result), else the whole next stage.
void advance_experiment(ExperimentJob* job);
// Everything at once (tests, bench).
ExperimentResult run_experiment(ExperimentInputs inputs, const ExperimentSpec& spec);

}  // namespace render
