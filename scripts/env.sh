# Shared settings for the scripts; sourced, not run.
# Cache outside the clone so that a fresh clone on the same machine reuses it.
export CT_DEPS_DIR=${CT_DEPS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/carbontwin/deps}
# The Emscripten JS optimiser (used at -O2 and above) needs Debian's acorn.
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}
# Build folders inside the clone (ignored by git).
export CT_BUILD_NATIVE=${CT_BUILD_NATIVE:-build/native}
export CT_BUILD_WASM=${CT_BUILD_WASM:-build/wasm}
export CT_JOBS=${CT_JOBS:-$(nproc)}
