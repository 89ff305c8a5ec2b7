#!/usr/bin/env bash
# Installs what is missing, builds the web app and serves it on the embedded default city.
# Usage: bash scripts/start.sh        (then open http://127.0.0.1:8080)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
echo "[start] building the web app (first build takes a few minutes)" >&2
# The native CLI imports the bundled example cities (real data, ../shared/data) at build time.
bash scripts/build.sh native --target carbontwin
bash scripts/build.sh web --target carbontwin_web
port=${CT_PORT:-8080}
echo "[start] open http://127.0.0.1:$port/ in a browser" >&2
exec node scripts/static_server.mjs "$CT_BUILD_WASM/web" "$port" 127.0.0.1
