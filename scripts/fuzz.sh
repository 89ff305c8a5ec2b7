#!/usr/bin/env bash
# Fuzzes every reader with libFuzzer (clang 14, ASan + UBSan): builds tests/fuzz (its own small CMake
# project) in build/fuzz, runs each target on its seed corpus, then hands each reader a ~100 MB
# plausible input (it must refuse it for its size or read it under the RSS limit).
# Usage: bash scripts/fuzz.sh [--seconds N] [--target NAME] [--no-big]
#   --seconds N   fuzzing time per target (default 20)
#   --target NAME only this target (e.g. epw_fuzz); repeatable
#   --no-big      skip the 100 MB inputs
#   environment: CT_JOBS (build jobs, default 1), CT_FUZZ_GEO=OFF (leave out the geo/ readers)
# Prints per target: executions, final coverage (cov = edges, ft = features), crashes found. Exits
# non-zero if a target crashed, leaked, ran out of memory or timed out; the inputs that did are kept
# in build/fuzz/crashes/<target>/ and their paths printed. Reproduce one with
#   build/fuzz/<target> build/fuzz/crashes/<target>/crash-…
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=20
targets=()
big=1
while (($#)); do
  case $1 in
    --seconds) seconds=${2:?--seconds needs a number}; shift 2 ;;
    --target) targets+=("${2:?--target needs a name}"); shift 2 ;;
    --no-big) big=0; shift ;;
    *) echo "fuzz.sh: unknown argument '$1' (--seconds N, --target NAME, --no-big)" >&2; exit 2 ;;
  esac
done

# target | -max_len (bytes: fits the largest real seed, so seeds are read whole) | dictionary |
# reader name and seed for the 100 MB check
table=(
  "epw_fuzz|2000000|epw.dict|epw|../shared/data/weather/china/CHN_Beijing.Beijing.545110_IWEC.epw"
  "tntp_network_fuzz|200000|tntp.dict|tntp_network|../shared/data/transport/Chicago-Sketch/ChicagoSketch_net.tntp"
  "tntp_trips_fuzz|3100000|tntp.dict|tntp_trips|../shared/data/transport/Chicago-Sketch/ChicagoSketch_trips.tntp"
  "tntp_flows_fuzz|200000|tntp.dict|tntp_flows|../shared/data/transport/Chicago-Sketch/ChicagoSketch_flow.tntp"
  "scenario_json_fuzz|1000000|scenario_json.dict|scenario_json|assets/pathway/scenarios/ambitious.json"
  "building_spec_json_fuzz|1000000|building_spec_json.dict|building_spec_json|tests/data/bestest/case600.json"
  "osm_xml_fuzz|2100000|osm.dict|osm_xml|../shared/data/citymodels/osm_beijing_haidian_cau/map.osm"
  "geojson_fuzz|1000000|geojson.dict|geojson|../shared/data/citymodels/osm_shanghai_lujiazui_tilezen/buildings.geojson"
  "cityjson_fuzz|1500000|cityjson.dict|-|-"
  "shapefile_zip_fuzz|100000|shapefile_zip.dict|-|-"
)
for t in "${targets[@]}"; do
  if [[ " ${table[*]} " != *" $t|"* ]]; then
    echo "fuzz.sh: unknown target '$t' (one of: $(printf '%s ' "${table[@]%%|*}"))" >&2
    exit 2
  fi
done
rss_limit_mb=2048
build=build/fuzz
mkdir -p "$build/logs" "$build/crashes" "$build/corpus"

cxx=${CT_FUZZ_CXX:-clang++-14}
if ! command -v "$cxx" >/dev/null; then
  echo "fuzz.sh: $cxx not found (apt-get install clang-14 libclang-rt-14-dev)" >&2
  exit 2
fi
# CT_FUZZ_GEO=OFF leaves the geo/ readers out (their targets are then skipped).
configure=(-DCT_FUZZ_GEO="${CT_FUZZ_GEO:-ON}")
if [[ ! -f $build/CMakeCache.txt ]]; then
  command -v ninja >/dev/null && configure+=(-G Ninja)
  configure+=(-DCMAKE_CXX_COMPILER="$cxx")
fi
cmake -S tests/fuzz -B "$build" "${configure[@]}" >"$build/logs/configure.log" 2>&1 || {
  cat "$build/logs/configure.log" >&2
  exit 2
}
# Keep going past a failed target (a geo reader being written) so that the others are still fuzzed;
# the failure is reported and the exit status is non-zero.
build_failed=0
keep_going=(-k)
[[ -f $build/build.ninja ]] && keep_going=(-k 0)
cmake --build "$build" -j "${CT_JOBS:-1}" -- "${keep_going[@]}" >"$build/logs/build.log" 2>&1 || {
  grep -E -A12 '^FAILED:|error:' "$build/logs/build.log" | head -n 60 >&2
  echo "fuzz.sh: build failed (log: $build/logs/build.log); fuzzing what was built" >&2
  build_failed=1
}

# up_to_date TARGET: whether TARGET was built from the current sources (not a stale binary).
up_to_date() {
  if [[ -f $build/build.ninja ]]; then
    ninja -C "$build" -n "$1" 2>/dev/null | grep -q 'no work to do'
  else
    make -C "$build" -q "$1" >/dev/null 2>&1
  fi
}

# copy_seeds TARGET DIR: the files named in tests/fuzz/seeds/TARGET.txt (globs, or "head N PATH").
copy_seeds() {
  local target=$1 dir=$2 line n path f
  mkdir -p "$dir"
  while IFS= read -r line; do
    [[ -z $line || $line == \#* ]] && continue
    if [[ $line == generate\ * ]]; then
      read -r _ program f rest <<<"$line"
      [[ -f $dir/$f ]] || "$build/$program" "$dir/$f" $rest
      continue
    fi
    if [[ $line == head\ * ]]; then
      read -r _ n path <<<"$line"
      f=$dir/head${n}_$(basename "$path")
      [[ -f $path && ! -f $f ]] && head -n "$n" "$path" >"$f"
      continue
    fi
    for f in $line; do
      [[ -f $f ]] && [[ ! -f $dir/$(basename "$f") ]] && cp "$f" "$dir/"
    done
  done <"tests/fuzz/seeds/$target.txt"
  if [[ -z $(ls -A "$dir") ]]; then
    echo "fuzz.sh: no seed found for $target (tests/fuzz/seeds/$target.txt)" >&2
    return 1
  fi
}

start=$(date +%s)
failed=0
for row in "${table[@]}"; do
  IFS='|' read -r target max_len dict reader big_seed <<<"$row"
  if ((${#targets[@]})) && [[ " ${targets[*]} " != *" $target "* ]]; then continue; fi
  if [[ ! -x $build/$target ]] || { ((build_failed)) && ! up_to_date "$target"; }; then
    printf '%-24s not built (build failed, or CT_FUZZ_GEO=OFF), skipped\n' "$target"
    continue
  fi
  corpus=$build/corpus/$target crashes=$build/crashes/$target log=$build/logs/$target.log
  copy_seeds "$target" "$corpus" || { failed=$((failed + 1)); continue; }
  mkdir -p "$crashes"
  marker=$build/logs/$target.start
  touch "$marker"
  rc=0
  "$build/$target" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb="$rss_limit_mb" \
    -malloc_limit_mb="$rss_limit_mb" -max_len="$max_len" -dict="tests/fuzz/dicts/$dict" \
    -artifact_prefix="$crashes/" -print_final_stats=1 >"$log" 2>&1 || rc=$?
  # Large mutants (of the 1.6 MB weather files, the 3 MB trip table) are cheap to derive again from
  # the seeds and would fill the disk run after run: the corpus keeps only the small ones.
  find "$corpus" -type f -size +256k -regextype posix-extended -regex '.*/[0-9a-f]{40}' -delete
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
  cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -n1 || true)
  new=$(find "$crashes" -type f -newer "$marker" | sort)
  found=$(grep -c . <<<"$new" || true)
  if ((rc != 0 || found > 0)); then
    failed=$((failed + 1))
    reason=$(grep -m1 -oE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer): [^ ]+( [^ ]+)?|runtime error: .*' \
      "$log" || echo "exit $rc")
    printf '%-24s %9s runs  %-20s FAILED: %s\n' "$target" "${runs:-?}" "${cov:-cov: ?}" "$reason"
    for f in $new; do echo "    $f"; done
    echo "    log: $log"
  else
    printf '%-24s %9s runs  %-20s 0 crashes  corpus %s files\n' "$target" "${runs:-?}" "${cov:-cov: ?}" \
      "$(ls "$corpus" | wc -l)"
  fi
  if ((big)) && [[ $reader != - ]]; then
    if ! "$build/big_input" "$reader" "$big_seed" 100 "$rss_limit_mb" 2>"$build/logs/${target%_fuzz}_big.log" |
      sed 's/^/    100 MB: /'; then
      failed=$((failed + 1))
      echo "    100 MB input: FAILED (log: $build/logs/${target%_fuzz}_big.log)"
      tail -n 20 "$build/logs/${target%_fuzz}_big.log" | sed 's/^/    /'
    fi
  fi
done
failed=$((failed + build_failed))
echo "fuzz.sh: ${seconds} s per target, $(( $(date +%s) - start )) s in all; $failed failed"
((failed == 0))
