#!/usr/bin/env bash
# Installs what CarbonTwin needs on Debian 12 and leaves alone what is already there; prepares the
# third-party sources the WebAssembly build compiles (Dear ImGui, earcut) in a cache outside the
# clone, so a second run costs seconds. Idempotent. Usage: bash scripts/setup.sh
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
source "$here/scripts/env.sh"

say() { printf '[setup] %s\n' "$*" >&2; }
as_root() { if [[ $(id -u) == 0 ]]; then "$@"; else sudo "$@"; fi; }

# Debian packages: build tools, header-only libraries, MPI, Emscripten, test tools, the font, the LP
# solver (COIN-OR Clp, EPL-2.0: optimise/).
packages=(
  ca-certificates build-essential cmake git python3 dpkg-dev pkg-config
  googletest libgtest-dev libbenchmark-dev
  libeigen3-dev libglm-dev nlohmann-json3-dev libcli11-dev libboost-dev libimgui-dev libstb-dev
  libproj-dev proj-data proj-bin libpugixml-dev libshp-dev libsimdjson-dev libminizip-dev zlib1g-dev
  libfast-float-dev libgdal-dev gdal-bin
  libopenmpi-dev openmpi-bin
  emscripten
  clang-14 libclang-rt-14-dev
  python3-fonttools fonts-wqy-microhei
  chromium
  libqrencode-dev zbar-tools
  coinor-libclp-dev coinor-libcoinutils-dev
)
# Node: use one that is there (e.g. Node 20 from elsewhere, with its own npm); else Debian's.
if ! command -v node >/dev/null; then packages+=(nodejs); fi
if ! command -v npm >/dev/null; then packages+=(npm); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
need_src=0
[[ -f $CT_DEPS_DIR/imgui/imgui.cpp && -f $CT_DEPS_DIR/include/mapbox/earcut.hpp ]] || need_src=1
srcs=/etc/apt/sources.list.d/carbontwin-src.sources
if [[ $need_src == 1 ]] && ! grep -rqsE "^(Types:.*deb-src|deb-src )" /etc/apt/sources.list /etc/apt/sources.list.d/; then
  say "adding Debian source-package lines ($srcs) for apt-get source"
  # Copy the machine's own binary stanzas as deb-src, so the same mirror serves both.
  if [[ -f /etc/apt/sources.list.d/debian.sources ]]; then
    sed 's/^Types:.*/Types: deb-src/' /etc/apt/sources.list.d/debian.sources | as_root tee "$srcs" >/dev/null
  else
    grep -h '^deb ' /etc/apt/sources.list 2>/dev/null | sed 's/^deb /deb-src /' | as_root tee "${srcs%.sources}.list" >/dev/null
  fi
  updated=0
else
  updated=1
fi
if (( ${#missing[@]} )) || [[ ${updated:-1} == 0 ]]; then
  say "apt-get update"
  as_root apt-get update -qq
fi
if (( ${#missing[@]} )); then
  say "installing: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Third-party sources from Debian source packages, unpacked once into the cache.
if [[ $need_src == 1 ]]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  say "fetching Debian source packages imgui, python-mapbox-earcut"
  (cd "$work" && apt-get source -qq imgui python-mapbox-earcut >/dev/null 2>&1) || {
    say "apt-get source failed; retrying after apt-get update"; as_root apt-get update -qq
    (cd "$work" && apt-get source -qq imgui python-mapbox-earcut >/dev/null)
  }
  rm -rf "$CT_DEPS_DIR/imgui" && mkdir -p "$CT_DEPS_DIR/include/mapbox"
  mkdir -p "$CT_DEPS_DIR/imgui" && cp -r "$work"/imgui-1.86*/. "$CT_DEPS_DIR/imgui/"
  cp "$work"/python-mapbox-earcut-*/include/mapbox/earcut.hpp "$CT_DEPS_DIR/include/mapbox/"
fi
# libqrencode's sources for the page's QR codes (render/CMakeLists.txt compiles them for wasm; natively
# the same version comes from libqrencode-dev). Its own check, so that an existing cache gets it too.
if [[ ! -f $CT_DEPS_DIR/qrencode/qrencode.c ]]; then
  qr_work=$(mktemp -d)
  say "fetching Debian source package qrencode"
  # Only the upstream tarball is needed. Debian's mirror here has lacked some packages' .debian.tar.xz
  # (404), which fails apt-get after the tarball has arrived: judge by the tarball, not the exit status.
  (cd "$qr_work" && apt-get source -qq --download-only qrencode >/dev/null 2>&1) || true
  if ! compgen -G "$qr_work/qrencode_*.orig.tar.*" >/dev/null; then
    as_root apt-get update -qq
    (cd "$qr_work" && apt-get source -qq --download-only qrencode >/dev/null 2>&1) || true
  fi
  compgen -G "$qr_work/qrencode_*.orig.tar.*" >/dev/null || { say "cannot fetch qrencode's source tarball"; exit 1; }
  rm -rf "$CT_DEPS_DIR/qrencode" && mkdir -p "$CT_DEPS_DIR/qrencode"
  tar -C "$CT_DEPS_DIR/qrencode" --strip-components=1 -xf "$qr_work"/qrencode_*.orig.tar.*
  rm -rf "$qr_work"
fi
# A folder of links to just the header-only libraries, for the wasm include path
# (never /usr/include itself, which would pull glibc headers into an Emscripten build).
mkdir -p "$CT_DEPS_DIR/include"
ln -sfn /usr/include/eigen3/Eigen "$CT_DEPS_DIR/include/Eigen"
ln -sfn /usr/include/glm "$CT_DEPS_DIR/include/glm"
ln -sfn /usr/include/nlohmann "$CT_DEPS_DIR/include/nlohmann"
ln -sfn /usr/include/boost "$CT_DEPS_DIR/include/boost"
# fast_float (geo/number_text.cpp: Emscripten 3.1.6's libc++ has no std::from_chars for double).
ln -sfn /usr/include/fast_float "$CT_DEPS_DIR/include/fast_float"

# geo/'s C/C++ libraries (PROJ, SQLite, pugixml, shapelib, simdjson, minizip, zlib) and optimise/'s
# (CoinUtils, Clp) for the wasm build,
# from Debian source packages (idempotent: seconds when they are built; about 5 minutes from scratch).
bash "$here/scripts/setup_wasm_libs.sh"

# playwright-core for the browser tests, from npm, into the cache (the browser is Debian's).
if [[ ! -f $CT_DEPS_DIR/node/node_modules/playwright-core/package.json ]] || \
   ! cmp -s "$here/tests/e2e/package.json" "$CT_DEPS_DIR/node/package.json"; then
  say "npm install playwright-core"
  mkdir -p "$CT_DEPS_DIR/node"
  cp "$here/tests/e2e/package.json" "$here/tests/e2e/package-lock.json" "$CT_DEPS_DIR/node/"
  (cd "$CT_DEPS_DIR/node" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
say "ready (deps in $CT_DEPS_DIR)"
