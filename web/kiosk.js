// Kiosk mode in the page (issue 12; wasm/app_kiosk.cpp): its JS API and ?kiosk=1 on the page's address.
// JS API added to window.CarbonTwin: setKiosk(on, {idle_s, step_s}), kiosk(), setKioskChoice(index, on).
(function () {
  'use strict';
  const api = window.CarbonTwin;
  const call = api._call;
  const parse = (text) => (text ? JSON.parse(text) : null);

  Object.assign(api, {
    // The exhibition screen, its idle timer and attract loop. Options: idle_s
    // (seconds without a touch before the attract loop; default 60) and step_s (seconds per story step;
    // default 7). Returns '' when applied, else why not. The page starts in it with ?kiosk=1
    // (&idle=S&step=S), as `bash scripts/start.sh --kiosk` opens it.
    setKiosk(on, options) {
      const o = Object.assign({ idle_s: 60, step_s: 7 }, options || {});
      if (typeof on !== 'boolean' || !Number.isFinite(o.idle_s) || !Number.isFinite(o.step_s)) return 'bad arguments';
      const answer = call('ctSetKiosk', 'the page is not ready', on, o.idle_s, o.step_s);
      if (answer === '') document.body.classList.toggle('kiosk', on);
      return answer;
    },
    kiosk: () => parse(call('ctKiosk', '')),
    // A choice of the kiosk, as a visitor's touch does: 0 retrofit, 1 a new metro line, 2 rooftop PV.
    setKioskChoice: (index, on) => Number.isInteger(index) && typeof on === 'boolean' &&
      call('ctSetKioskChoice', false, index, on),
  });

  // ?kiosk=1 (&idle=S&step=S): the exhibition screen from the first frame. A kiosk runs full screen; the
  // browser allows that only from a user gesture, so the first touch asks for it (a kiosk browser
  // started with --kiosk is full screen already).
  api._onFirstFrame = function startKioskFromUrl() {
    const params = new URLSearchParams(window.location.search);
    if (params.get('kiosk') !== '1') return;
    const number = (key, fallback) => (params.has(key) ? Number(params.get(key)) : fallback);
    const answer = api.setKiosk(true, { idle_s: number('idle', 60), step_s: number('step', 7) });
    if (answer !== '') {
      console.warn(`CarbonTwin: kiosk mode not started: ${answer}`);
      return;
    }
    const goFullscreen = () => {
      const root = document.documentElement;
      if (!document.fullscreenElement && root.requestFullscreen) root.requestFullscreen().catch(() => {});
    };
    window.addEventListener('pointerdown', goFullscreen, { once: true });
  };
})();
