#!/usr/bin/env bash
# Runs the benchmarks and prints medians and ratios: core kernels natively and in wasm under Node
# (--no-liftoff for stable timings), the browser's time to first drawn city and frame time, and the
# download size. Results also go to build/bench/. Usage: bash scripts/bench.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
runs=${1:-9}
out=build/bench
mkdir -p "$out"
bash scripts/build.sh native --target ct_bench_core ct_bench_google ct_bench_assign ct_bench_import ct_bench_energy \
  ct_bench_optimise ct_bench_ensemble ct_bench_monitor_inversion ct_bench_monitor_plume ct_bench_monitor_experiment \
  ct_bench_monitor_osse carbontwin
bash scripts/build.sh web --target ct_bench_core ct_bench_assign ct_bench_import ct_bench_energy ct_bench_optimise \
  ct_bench_monitor_inversion ct_bench_monitor_plume ct_bench_monitor_experiment carbontwin_web carbontwin_import \
  carbontwin_service_worker
echo "== core kernels, native (median of $runs)" >&2
"$CT_BUILD_NATIVE/bench/ct_bench_core" "$runs" | tee "$out/core-native.jsonl"
echo "== core kernels, native, Google Benchmark" >&2
"$CT_BUILD_NATIVE/bench/ct_bench_google" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
  | tee "$out/google-native.txt"
echo "== core kernels, wasm under Node --no-liftoff (median of $runs)" >&2
node --no-experimental-fetch --no-liftoff "$CT_BUILD_WASM/bench/ct_bench_core.js" "$runs" | tee "$out/core-wasm.jsonl"
echo "== road assignment (Algorithm B to gap 1e-4 / 1e-6), native then wasm (median of $runs)" >&2
"$CT_BUILD_NATIVE/bench/ct_bench_assign" "$runs" | tee "$out/assign-native.jsonl"
node --no-experimental-fetch --no-liftoff "$CT_BUILD_WASM/bench/ct_bench_assign.js" "$runs" | tee "$out/assign-wasm.jsonl"
echo "== hourly electricity balance of a year (twin/energy), native then wasm" >&2
"$CT_BUILD_NATIVE/bench/ct_bench_energy" | tee "$out/energy-native.jsonl"
node --no-experimental-fetch --no-liftoff "$CT_BUILD_WASM/bench/ct_bench_energy.js" | tee "$out/energy-wasm.jsonl"
echo "== least-cost plan (optimise/, LP with Clp), native then wasm" >&2
"$CT_BUILD_NATIVE/bench/ct_bench_optimise" "$runs" | tee "$out/optimise-native.jsonl"
node --no-experimental-fetch --no-liftoff "$CT_BUILD_WASM/bench/ct_bench_optimise.js" "$runs" | tee "$out/optimise-wasm.jsonl"
echo "== uncertainty ensemble of 1,000 samples (twin/uncertainty), native" >&2
"$CT_BUILD_NATIVE/bench/ct_bench_ensemble" 1000 "$runs" | tee "$out/ensemble-native.jsonl"
echo "== footprint Jacobian + Bayesian inversion at 1k/10k/100k unknowns (twin/monitor), native then wasm" >&2
"$CT_BUILD_NATIVE/bench/ct_bench_monitor_inversion" 3 | tee "$out/monitor-inversion-native.jsonl"
node --no-experimental-fetch --no-liftoff "$CT_BUILD_WASM/bench/ct_bench_monitor_inversion.js" 3 \
  | tee "$out/monitor-inversion-wasm.jsonl"
echo "== the page's plume layer: one hour's ground-level CO2 field of the default city, native then wasm" >&2
"$CT_BUILD_NATIVE/bench/ct_bench_monitor_plume" 3 | tee "$out/monitor-plume-native.jsonl"
node --no-experimental-fetch --no-liftoff "$CT_BUILD_WASM/bench/ct_bench_monitor_plume.js" 3 | tee "$out/monitor-plume-wasm.jsonl"
echo "== the page's monitoring experiment, step by step (the page runs ~6 ms of steps a frame), native then wasm" >&2
"$CT_BUILD_NATIVE/bench/ct_bench_monitor_experiment" 3 | tee "$out/monitor-experiment-native.jsonl"
node --no-experimental-fetch --no-liftoff "$CT_BUILD_WASM/bench/ct_bench_monitor_experiment.js" 3 \
  | tee "$out/monitor-experiment-wasm.jsonl"
echo "== monitor invert's inversion on the default city, stations and with one transect a day, native" >&2
"$CT_BUILD_NATIVE/bench/ct_bench_monitor_osse" 3 | tee "$out/monitor-osse-native.jsonl"
echo "== import throughput and peak memory (one process per case), native then wasm" >&2
for c in haidian lujiazui tiled; do "$CT_BUILD_NATIVE/bench/ct_bench_import" 5 "$c"; done | tee "$out/import-native.jsonl"
for c in haidian lujiazui tiled; do
  node --no-experimental-fetch --no-liftoff "$CT_BUILD_WASM/bench/ct_bench_import.js" 5 "$c"
done | tee "$out/import-wasm.jsonl"
echo "== browser: drop the Haidian OSM extract → drawn city → first pathway" >&2
node bench/browser_import_bench.mjs "$CT_BUILD_WASM/web" ../shared/data/citymodels/osm_beijing_haidian_cau/map.osm 3 \
  | tee "$out/browser-import.json"
echo "== browser: first drawn city, frame time, download size" >&2
node bench/browser_bench.mjs "$CT_BUILD_WASM/web" 5 > "$out/browser.json"
echo "== browser: the kiosk left alone (attract loop frame time; JS and wasm memory over ~25 story loops)" >&2
node bench/kiosk_bench.mjs "$CT_BUILD_WASM/web" 3 15 > "$out/kiosk.json"
node bench/report.mjs "$out" | tee "$out/summary.txt"
