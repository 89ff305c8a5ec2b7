// window.CarbonTwin: the page's JavaScript API over the WebAssembly app (wasm/js_api.cpp), and
// the loader that downloads the module, the UI font and the strings with a progress bar.
// Defined synchronously, so the API object exists as soon as the page has loaded; every call made
// before CarbonTwin.ready resolves answers null / false / -1.
(function () {
  'use strict';

  const files = {
    wasm: 'carbontwin.wasm',
    font: 'fonts/carbontwin-ui.ttf',
    zh: 'i18n/zh-CN.json',
    en: 'i18n/en.json',
  };
  const state = { module: null, ready: false, strings: [null, null], energyProgress: 0, energyMs: null };
  let resolveReady, resolveEnergy;
  const ready = new Promise((resolve) => { resolveReady = resolve; });
  // Resolves true once the hourly building energy is in (energy colour modes, buildingEnergy), or
  // false (with a console warning) if the energy worker could not run.
  const energyReady = new Promise((resolve) => { resolveEnergy = resolve; });
  const kFactorYear = 2020;  // inventory year of the emission factors (as `carbontwin buildings`)

  // Calls an Embind function; C++ never throws across, but a JS-side TypeError (wrong argument
  // type) must not escape either.
  function call(name, fallback, ...args) {
    if (!state.ready) return fallback;
    try {
      return state.module[name](...args);
    } catch (e) {
      console.warn(`CarbonTwin: ${name} failed: ${e}`);
      return fallback;
    }
  }
  function parse(text) {
    if (!text) return null;
    try {
      return JSON.parse(text);
    } catch (e) {
      console.warn(`CarbonTwin: bad JSON from the module: ${e}`);
      return null;
    }
  }
  const isId = (id) => Number.isInteger(id) && id >= 0 && id <= 0x7fffffff;
  const isNumber = (v) => typeof v === 'number' && Number.isFinite(v);

  const api = {
    ready,
    energyReady,
    energyProgress: () => state.energyProgress,
    buildingEnergy: (id) => (isId(id) ? parse(call('ctBuildingEnergy', '', id)) : null),
    cityStats: () => parse(call('ctCityStatsJson', '')),
    pickById: (id) => (isId(id) ? parse(call('ctPickById', '', id)) : null),
    pickAtScreen: (x, y) => (isNumber(x) && isNumber(y) ? call('ctPickAtScreen', -1, x, y) : -1),
    buildingScreenPosition: (id) => (isId(id) ? parse(call('ctBuildingScreenPosition', '', id)) : null),
    selectedBuilding: () => call('ctSelectedBuilding', -1),
    hoveredBuilding: () => call('ctHoveredBuilding', -1),
    clearSelection: () => call('ctClearSelection', false),
    setColorMode: (mode) => typeof mode === 'string' && call('ctSetColorMode', false, mode),
    getColorMode: () => call('ctGetColorMode', '') || null,
    setLanguage: (language) => typeof language === 'string' && call('ctSetLanguage', false, language),
    getLanguage: () => call('ctGetLanguage', '') || null,
    frameStats: () => parse(call('ctFrameStats', '')),
    getCamera: () => parse(call('ctGetCamera', '')),
    // Fields left out keep their current value.
    setCamera(camera) {
      const current = api.getCamera();
      if (!current || typeof camera !== 'object' || camera === null) return false;
      const c = Object.assign({}, current, camera);
      const keys = ['distance_m', 'yaw_rad', 'pitch_rad', 'target_x_m', 'target_y_m'];
      if (!keys.every((k) => isNumber(c[k]))) {
        console.warn('CarbonTwin: setCamera needs finite numbers for ' + keys.join(', '));
        return false;
      }
      return call('ctSetCamera', false, ...keys.map((k) => c[k]));
    },
    // Pathway levers: setLever sets a lever's target (start year and ramp keep the scenario's
    // values) and re-evaluates the 2020-2060 pathway at once.
    listLevers: () => parse(call('ctListLevers', '')),
    getLever: (key) => (typeof key === 'string' ? parse(call('ctGetLever', '', key)) : null),
    setLever(key, target) {
      if (typeof key !== 'string' || !isNumber(target)) {
        console.warn(`CarbonTwin: setLever needs a lever key and a finite number (got ${String(key)}, ${String(target)})`);
        return false;
      }
      return call('ctSetLever', false, key, target);
    },
    resetLevers: () => call('ctResetLevers', false),
    pathway: () => parse(call('ctPathway', '')),
    setYear(year) {
      if (!Number.isInteger(year)) {
        console.warn(`CarbonTwin: setYear needs an integer year 2020-2060 (got ${String(year)})`);
        return false;
      }
      return call('ctSetYear', false, year);
    },
    getYear: () => call('ctGetYear', -1),
    chartPlotRect: () => parse(call('ctChartPlotRect', '')),
  };
  window.CarbonTwin = api;

  // ---- hourly building energy, off the UI thread (web/energy_worker.js) ----
  function energyFailed(message) {
    console.warn('CarbonTwin: hourly building energy unavailable, energy colour modes stay off: ' + message);
    call('ctSetEnergyFailed', false);
    resolveEnergy(false);
  }
  function startEnergy() {
    let worker;
    try {
      worker = new Worker('energy_worker.js');
    } catch (e) {
      energyFailed(String(e));
      return;
    }
    worker.onmessage = (event) => {
      const m = event.data || {};
      if (m.type === 'progress') {
        state.energyProgress = Math.min(0.999, Math.max(state.energyProgress, m.fraction));
        call('ctSetEnergyProgress', false, state.energyProgress);
      } else if (m.type === 'log') {
        console.warn('CarbonTwin energy worker: ' + m.message);
      } else if (m.type === 'done') {
        worker.terminate();
        if (!call('ctSetEnergyResults', false, m.rows, m.stride, m.factorYear, m.simulatedUnits, m.runMs)) {
          energyFailed('the results did not fit the city');
          return;
        }
        state.energyProgress = 1;
        state.energyMs = m.runMs;
        resolveEnergy(true);
      } else if (m.type === 'error') {
        worker.terminate();
        energyFailed(m.message);
      }
    };
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      energyFailed(e.message || 'the worker script failed to load');
    };
    worker.postMessage({ type: 'run', factorYear: kFactorYear });
  }

  // ---- loading screen ----
  const el = (id) => document.getElementById(id);
  let stageKey = 'loading.download';
  function tr(langIndex, key) {
    const table = state.strings[langIndex];
    return table && typeof table[key] === 'string' ? table[key] : '';
  }
  function showProgress(fraction, key, detail) {
    if (key) stageKey = key;
    const percent = Math.round(Math.max(0, Math.min(1, fraction)) * 100);
    el('loading-fill').style.width = percent + '%';
    el('loading').setAttribute('aria-valuenow', String(percent));
    el('loading-label').textContent = tr(0, stageKey) + (detail || '');
    el('loading-label-en').textContent = tr(1, stageKey) + (detail || '');
  }
  function fail(message) {
    el('loading').classList.add('failed');
    showProgress(1, 'loading.failed', message);
    console.warn('CarbonTwin: ' + message);
  }

  // Whether WebGL runs on a software rasteriser, from a throwaway context (the app's own canvas
  // must be created with its final attributes). The unmasked name is only asked for where the
  // plain one is masked (Chromium); Firefox warns about that extension but needs no asking.
  function softwareGl() {
    try {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return false;
      let name = String(gl.getParameter(gl.RENDERER));
      if (/^WebKit/.test(name)) {
        const info = gl.getExtension('WEBGL_debug_renderer_info');
        if (info) name = String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL));
      }
      const lose = gl.getExtension('WEBGL_lose_context');
      if (lose) lose.loseContext();
      return /SwiftShader|llvmpipe|softpipe|Software/i.test(name);
    } catch (e) {
      return false;
    }
  }

  // Reads a response's body, reporting bytes as they arrive.
  async function readBytes(response, onBytes) {
    if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
    if (!response.body) {
      const bytes = new Uint8Array(await response.arrayBuffer());
      onBytes(bytes.length);
      return bytes;
    }
    const reader = response.body.getReader();
    const chunks = [];
    let length = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      length += value.length;
      onBytes(value.length);
    }
    const bytes = new Uint8Array(length);
    let at = 0;
    for (const c of chunks) { bytes.set(c, at); at += c.length; }
    return bytes;
  }
  async function fetchText(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.text();
  }

  async function start() {
    if (typeof createCarbonTwinModule !== 'function') {
      fail('carbontwin.js did not load');
      return;
    }
    const [zh, en] = await Promise.all([fetchText(files.zh), fetchText(files.en)]);
    state.strings = [parse(zh), parse(en)];
    showProgress(0.02, 'loading.download');
    // The bar covers the module and the font by bytes (Content-Length; compressed transfers can
    // overshoot, hence the clamp in showProgress).
    const [wasmResponse, fontResponse] = await Promise.all([
      fetch(files.wasm),
      fetch(files.font).catch((e) => { console.warn(`CarbonTwin: no UI font (${e})`); return null; }),
    ]);
    const size = (r) => (r && Number(r.headers.get('Content-Length'))) || 0;
    const expected = Math.max(1, size(wasmResponse) + size(fontResponse));
    let received = 0;
    const onBytes = (n) => { received += n; showProgress(0.02 + 0.58 * Math.min(1, received / expected)); };
    const [wasmBinary, font] = await Promise.all([
      readBytes(wasmResponse, onBytes),
      fontResponse && fontResponse.ok ? readBytes(fontResponse, onBytes) : Promise.resolve(null),
    ]);
    showProgress(0.62, 'loading.instantiate');
    const moduleArgs = {
      wasmBinary,
      canvas: el('canvas'),
      ctSoftwareGl: softwareGl(),
      preRun: [(Module) => {
        Module.FS.mkdir('/i18n');
        Module.FS.writeFile('/i18n/zh-CN.json', zh);
        Module.FS.writeFile('/i18n/en.json', en);
        if (font) {
          Module.FS.mkdir('/fonts');
          Module.FS.writeFile('/fonts/carbontwin-ui.ttf', font);
        }
      }],
      ctProgress: (fraction, stage) => showProgress(fraction, 'loading.' + stage),
      ctFatal: (message) => fail(message),
      ctFirstFrame: () => {
        state.module = moduleArgs;  // MODULARIZE builds the module on this very object
        state.ready = true;
        el('loading').classList.add('done');
        setTimeout(() => { el('loading').style.display = 'none'; }, 450);
        resolveReady(api);
        startEnergy();
      },
    };
    await createCarbonTwinModule(moduleArgs);
  }

  el('canvas').addEventListener('contextmenu', (e) => e.preventDefault());
  start().catch((e) => fail(String(e && e.message ? e.message : e)));
})();
