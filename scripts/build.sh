#!/usr/bin/env bash
# Builds CarbonTwin. Usage: bash scripts/build.sh native|web [cmake --build args...]
#   native → build/native (core library, carbontwin CLI, unit tests, benchmarks)
#   web    → build/wasm   (the same core + tests for Node, and the browser app in build/wasm/web)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
what=${1:?usage: build.sh native|web}
shift || true
case $what in
  native)
    [[ -f $CT_BUILD_NATIVE/CMakeCache.txt ]] || \
      cmake -S . -B "$CT_BUILD_NATIVE" -DCMAKE_BUILD_TYPE=Release -DCT_DEPS_DIR="$CT_DEPS_DIR" >/dev/null
    cmake --build "$CT_BUILD_NATIVE" -j"$CT_JOBS" "$@"
    ;;
  web)
    [[ -f $CT_BUILD_WASM/CMakeCache.txt ]] || \
      emcmake cmake -S . -B "$CT_BUILD_WASM" -DCMAKE_BUILD_TYPE=Release -DCT_DEPS_DIR="$CT_DEPS_DIR" \
        -DCMAKE_CROSSCOMPILING_EMULATOR="$(command -v node);--no-experimental-fetch" \
        -DCT_NATIVE_FINGERPRINT="$PWD/$CT_BUILD_NATIVE/tests/ct_fingerprint" \
        -DCT_NATIVE_CLI="$PWD/$CT_BUILD_NATIVE/cli/carbontwin" \
        -DCT_NATIVE_WASM_GEO_SMOKE="$PWD/$CT_BUILD_NATIVE/tests/wasm_geo/ct_wasm_geo_smoke" >/dev/null
    cmake --build "$CT_BUILD_WASM" -j"$CT_JOBS" "$@"
    ;;
  *) echo "build.sh: unknown target '$what' (native|web)" >&2; exit 2 ;;
esac
