#!/usr/bin/env bash
# Installs what is missing, builds the web app and serves it on the embedded default city.
# Usage: bash scripts/start.sh           (then open http://127.0.0.1:8080)
#        bash scripts/start.sh --kiosk   the exhibition kiosk: opens http://127.0.0.1:8080/?kiosk=1 in
#                                        Chromium's full-screen kiosk mode when a display is there
set -euo pipefail
kiosk=0
case "${1:-}" in
  "") ;;
  --kiosk) kiosk=1 ;;
  *) echo "usage: bash scripts/start.sh [--kiosk]" >&2; exit 2 ;;
esac
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
echo "[start] building the web app (first build takes a few minutes)" >&2
# The native CLI imports the bundled example cities (real data, ../shared/data) at build time.
bash scripts/build.sh native --target carbontwin
bash scripts/build.sh web --target carbontwin_web
port=${CT_PORT:-8080}
if [ "$kiosk" = 1 ]; then
  url="http://127.0.0.1:$port/?kiosk=1"
  echo "[start] kiosk: $url (idle 60 s before the attract loop; &idle=S&step=S change it)" >&2
  if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && command -v chromium >/dev/null; then
    # Started once the server answers; --kiosk is full screen with no browser UI, touch as the input.
    (for _ in $(seq 100); do
       node -e "fetch('http://127.0.0.1:$port/').then(()=>process.exit(0),()=>process.exit(1))" 2>/dev/null && break
       sleep 0.2
     done
     exec chromium --kiosk --noerrdialogs --disable-pinch --overscroll-history-navigation=0 "$url" >/dev/null 2>&1) &
  else
    echo "[start] no display or no chromium here: open $url on the kiosk's browser (full screen)" >&2
  fi
else
  echo "[start] open http://127.0.0.1:$port/ in a browser" >&2
fi
exec node scripts/static_server.mjs "$CT_BUILD_WASM/web" "$port" 127.0.0.1
