#!/usr/bin/env bash
# Installs what is missing, builds natively and to WebAssembly, and runs every test:
#   1. native unit tests (GoogleTest) and CLI tests, through ctest in build/native;
#   2. the same unit tests compiled to wasm and run under Node, the native-vs-wasm fingerprint
#      comparison, and the browser end-to-end test (Playwright driving Debian's Chromium), through
#      ctest in build/wasm.
# Usage: bash scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
start=$(date +%s)
logs=build/test-logs
mkdir -p "$logs"

passed=0 failed=0
run_ctest() {  # run_ctest NAME BUILD_DIR
  local name=$1 dir=$2 status=0
  echo "== $name tests ($dir)" >&2
  ctest --test-dir "$dir" --output-on-failure -j"$CT_JOBS" --timeout 900 2>&1 | tee "$logs/$name.log" || status=1
  local line
  line=$(grep -E 'tests passed, [0-9]+ tests? failed out of [0-9]+' "$logs/$name.log" | tail -n1 || true)
  if [[ -z $line ]]; then
    echo "test.sh: ctest in $dir reported no result" >&2
    failed=$((failed + 1))
    return
  fi
  local bad total
  bad=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$line")
  total=$(sed -E 's/.* failed out of ([0-9]+).*/\1/' <<<"$line")
  passed=$((passed + total - bad))
  failed=$((failed + bad))
  (( status == 0 )) || (( bad > 0 )) || failed=$((failed + 1))
}

echo "== building natively" >&2
bash scripts/build.sh native
run_ctest native "$CT_BUILD_NATIVE"

echo "== building for WebAssembly (core tests, fingerprint, browser app)" >&2
bash scripts/build.sh web
run_ctest wasm "$CT_BUILD_WASM"

# 3. Every reader fuzzed for a short, bounded time (libFuzzer, ASan + UBSan; scripts/fuzz.sh runs them
#    longer and also hands each a 100 MB input).
echo "== fuzzing every reader (${CT_FUZZ_SECONDS:-8} s each)" >&2
if bash scripts/fuzz.sh --seconds "${CT_FUZZ_SECONDS:-8}" --no-big > "$logs/fuzz.log" 2>&1; then
  passed=$((passed + 1))
  grep -E '^[a-z_]+_fuzz' "$logs/fuzz.log" >&2 || true
else
  failed=$((failed + 1))
  tail -n 40 "$logs/fuzz.log" >&2
fi

echo "test.sh: finished in $(( $(date +%s) - start )) s; logs in $logs" >&2
echo "test.sh: $passed passed, $failed failed"
(( failed == 0 ))
