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
  const state = { module: null, ready: false, strings: [null, null], energyProgress: 0, energyMs: null,
    transportProgress: { fraction: 0, stage: '' }, transportWaiters: [],
    // The city shown: null = the embedded synthetic city; else its city file (Uint8Array), named by
    // cityKey for the transport worker. energyDone: null while the current city's energy runs.
    cityBytes: null, cityKey: 0, cityWaiters: [], energyDone: null, energyWaiters: [], energyWorker: null };
  let resolveReady, resolveEnergy, resolveTransport;
  const ready = new Promise((resolve) => { resolveReady = resolve; });
  // Resolves true once the hourly building energy is in (energy colour modes, buildingEnergy), or
  // false (with a console warning) if the energy worker could not run.
  const energyReady = new Promise((resolve) => { resolveEnergy = resolve; });
  // Resolves true once the first transport results (the base policy) are in, false (with a console
  // warning) if the transport worker could not run.
  const transportReady = new Promise((resolve) => { resolveTransport = resolve; });
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
    _call: call,  // for the page's other scripts (scenarios.js, inclusion.js)
    // A UI string of the current language (assets/i18n), '' when missing.
    _tr: (key) => tr(api.getLanguage() === 'en' ? 1 : 0, key),
    energyReady,
    energyProgress: () => state.energyProgress,
    // Resolves once the current city's hourly energy is in (true) or could not be computed (false).
    whenEnergyReady() {
      if (state.energyDone !== null) return Promise.resolve(state.energyDone);
      return new Promise((resolve) => state.energyWaiters.push(resolve));
    },
    // ---- which city is shown ----
    // Replaces the city with an imported one: source is a city file (Uint8Array or ArrayBuffer, as
    // written by `carbontwin import`) or its URL. Resolves {ok: true} once the new city is drawn (its
    // energy and transport then start again in the workers), or {ok: false, error} and keeps the city.
    async openCity(source) {
      let bytes;
      try {
        if (typeof source === 'string') bytes = await readBytes(await fetch(source), () => {});
        else if (source instanceof ArrayBuffer) bytes = new Uint8Array(source);
        else if (source instanceof Uint8Array) bytes = source;
        else return { ok: false, error: 'openCity needs a city file (Uint8Array, ArrayBuffer or URL)' };
      } catch (e) {
        return { ok: false, error: String(e && e.message ? e.message : e) };
      }
      const error = call('ctOpenCityFile', 'the page is not ready', bytes);
      if (error) {
        console.warn('CarbonTwin: openCity: ' + error);
        return { ok: false, error };
      }
      state.cityBytes = bytes;
      state.cityKey += 1;
      state.ready = false;  // until the new city's first frame
      await new Promise((resolve) => state.cityWaiters.push(resolve));
      return { ok: true };
    },
    // Back to the embedded synthetic city.
    async openDefaultCity() {
      const error = call('ctOpenDefaultCity', 'the page is not ready');
      if (error) return { ok: false, error };
      state.cityBytes = null;
      state.cityKey += 1;
      state.ready = false;
      await new Promise((resolve) => state.cityWaiters.push(resolve));
      return { ok: true };
    },
    // The bundled example cities: [{id, name, name_en, file, bytes, source}] (cities/index.json; empty
    // when the build had no example data).
    exampleCities: () => examples,
    // {name, synthetic, imported, georeferenced, origin_lon_deg, origin_lat_deg, source_crs,
    //  source_crs_label, typical_year, weather, buildings, road_links, zones, import_report}
    //  (weather: {source: 'epw'|'typical_year', label, climate_zone, warnings[], and for an EPW file,
    //  station, country, wmo, lat_deg, lon_deg, hours, distance_km})
    cityInfo: () => parse(call('ctCityInfo', '')),
    lonLatAtScreen: (x, y) => (isNumber(x) && isNumber(y) ? parse(call('ctLonLatAtScreen', '', x, y)) : null),
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
    // The whole scenario as a scenario file (docs/scenario.md) — the same JSON `carbontwin pathway
    // --scenario` reads — and back: setScenario(textOrObject) → {ok: true} or {ok: false, errors: [...]}
    // naming the JSON path of each problem (the scenario shown is then kept).
    scenarioJson: () => parse(call('ctScenarioJson', '')),
    // Only what differs from the baseline scenario (the same scenario once read): what links hold.
    scenarioChanges: () => parse(call('ctScenarioChangesJson', '')),
    setScenario(scenario) {
      let text = scenario;
      if (typeof scenario === 'object' && scenario !== null) text = JSON.stringify(scenario);
      if (typeof text !== 'string') return { ok: false, errors: ['setScenario needs a scenario (JSON text or object)'] };
      const error = call('ctSetScenarioJson', 'the page is not ready', text);
      return error ? { ok: false, errors: error.split('\n') } : { ok: true };
    },
    // The compared scenarios: {compared: [{name, peak_year, peak_t, net_t[41]}], waterfall?: {against,
    // metric, bars: [{label, delta_t}], total_t, grouped, eval_ms}} (web/scenarios.js fills them).
    comparisons: () => parse(call('ctComparisons', '')),
    // Opens or closes the scenarios panel (as its toggle does); while it is open with a comparison, the
    // waterfall of why the current scenario differs from the first compared one is computed
    // (comparisons().waterfall: Shapley values of the levers that differ, cumulative 2020–2060).
    // "Find the cheapest way": the least-cost lever settings (optimise/, COIN-OR Clp; costs of twin/cost)
    // from the current scenario that peak by peakBy (and reach neutrality by neutralBy, if given), applied
    // to the levers when found → {status, message, goals_met, objective_npv_yuan, iterations, peak_year,
    // neutrality_year, cumulative_t, levers: [{lever, base_target, share, target, cost_yuan}], eval_ms}.
    findCheapest(peakBy, neutralBy) {
      if (!Number.isInteger(peakBy) || (neutralBy !== undefined && !Number.isInteger(neutralBy))) return null;
      return parse(call('ctFindCheapest', '', peakBy, neutralBy || 0));
    },
    // The marginal abatement cost curve of a year from the current scenario (twin/cost; drawn in the scenarios
    // panel) → {year, base, entries: [{lever, abatement_t, net_cost_yuan, cost_per_t, abates}], eval_ms}.
    macCurve: (year) => (Number.isInteger(year) ? parse(call('ctMacCurve', '', year)) : null),
    setScenarioPanel: (open) => typeof open === 'boolean' && call('ctSetScenarioPanel', false, open),
    // Internal, for web/scenarios.js.
    _setSavedScenarios: (list) => call('ctSetSavedScenarios', false, JSON.stringify(list)),
    _setComparisons(list) {
      const error = call('ctSetComparisons', 'the page is not ready', JSON.stringify(list));
      return error ? { ok: false, errors: error.split('\n') } : { ok: true };
    },
    _setScenarioStatus: (text) => call('ctSetScenarioStatus', false, String(text)),
    _setShareLink: (link) => call('ctSetShareLink', 'the page is not ready', String(link)),
    // The shared link's QR code in the scenarios panel: {link, version, size, rect: {x0, y0, x1, y1}} (CSS
    // px of the code with its quiet zone, last frame), or null before shareScenario().
    shareQr: () => parse(call('ctShareQr', '')),
    setYear(year) {
      if (!Number.isInteger(year)) {
        console.warn(`CarbonTwin: setYear needs an integer year 2020-2060 (got ${String(year)})`);
        return false;
      }
      return call('ctSetYear', false, year);
    },
    getYear: () => call('ctGetYear', -1),
    chartPlotRect: () => parse(call('ctChartPlotRect', '')),
    // ---- the energy balance of the shown year (twin/energy; the energy panel) ----
    // Once the hourly building energy is in (whenEnergyReady), the year's hourly electricity balance is
    // recomputed whenever a lever or the year changes. energyBalance() → null before that, else
    //   {year, week, weeks, annual: <energy_year_json of twin/energy/energy_json.hpp: electricity, heat,
    //    emissions>, week_hours: {first_hour, hours, demand_kwh[], buildings_kwh[], ev_kwh[],
    //    heat_pump_kwh[], industry_kwh[], other_kwh[], rooftop_pv_kwh[], utility_pv_kwh[], wind_kwh[],
    //    chp_kwh[], thermal_kwh[], storage_discharge_kwh[], storage_charge_kwh[], import_kwh[],
    //    export_kwh[], curtailment_kwh[], unserved_kwh[], balance_residual_kwh[], factor_kg_per_kwh[]},
    //    inputs: {buildings_electricity_kwh, rooftop_pv_kwh, district_heat_kwh, ev_kwh, industry_kwh,
    //    heat_pump_kwh, other_kwh, grid_factor_kg_per_kwh, coal_capacity_share}, eval_ms}
    // Every array holds the 168 hours of the chosen week (the last week may be shorter).
    energyBalance: () => parse(call('ctEnergyBalance', '')),
    // The city's plants ranked as key emitters (重点排放单位) in the base year, drawn on the map:
    // [{rank, name, sector, net_t, share, energy_tce, above_ets_threshold, synthetic, screen?: {x, y}}]
    keyEmitters: () => parse(call('ctKeyEmitters', '')),
    // The city's plant list (CSV text, docs/industry-plants.md) replaces its plants in the pathway, the
    // ranking and the map (lon/lat placed through the city's georeference) → {ok, plants, errors: [{line,
    // field, message}], warnings, given_xy, placed_from_lonlat, unplaced: [{name, line, reason}]}; with
    // errors nothing changes. resetPlants() goes back to the city's own plants. A dropped plant CSV does
    // the same (web/city_import.js).
    setPlants: (csvText) => (typeof csvText === 'string' ? parse(call('ctSetPlantsCsv', '', csvText)) : null),
    resetPlants: () => call('ctResetPlants', false),
    // The sinks layer: the city's parks, forest and farmland outlined on the map, the largest labelled.
    // sinks() → {on, polygons, total_area_ha, total_removal_t (t/yr, at the pathway's rates), by_type:
    // [{type, area_ha, removal_t}], labelled: [{type, label, x, y}] (CSS px, last frame)}.
    // Uncertainty band of the pathway chart: the current scenario's ensemble (the embedded uncertain
    // inputs, assets/uncertainty) — the very samples of `carbontwin ensemble --seed S` — filled in a few
    // per frame and restarted when a lever moves. setUncertainty(on, {samples = 100, seed = 1}) → bool;
    // uncertainty() → {on, seed, samples, samples_done, complete, p10_net_t[41], p50_net_t, p90_net_t,
    // peaked_by[41]} (arrays once complete); whenUncertaintyComplete() → Promise of uncertainty().
    setUncertainty(on, options) {
      const o = Object.assign({ samples: 100, seed: 1 }, options || {});
      if (typeof on !== 'boolean' || !Number.isInteger(o.samples) || !Number.isInteger(o.seed)) return false;
      return call('ctSetUncertainty', false, on, o.samples, o.seed);
    },
    uncertainty: () => parse(call('ctUncertainty', '')),
    async whenUncertaintyComplete() {
      for (;;) {
        const u = api.uncertainty();
        if (!u || !u.on || u.complete) return u;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    // A plant picked (as a tap on its marker does; -1 clears) and its own what-if in the base year:
    // setPlantLevers({efficiency_pct, electrification_pct, coal_to_gas_pct, two_high_output_cut_pct,
    // steel_h2_dri_pct, ccus_capture_pct}) → '' or why not; plantWhatIf() → the before/after (or null).
    selectPlant: (index) => Number.isInteger(index) && call('ctSelectPlant', false, index),
    setPlantLevers: (levers) => call('ctSetPlantLevers', 'the page is not ready', JSON.stringify(levers || {})),
    plantWhatIf: () => parse(call('ctPlantWhatIf', '')),
    setSinkLayer: (on) => typeof on === 'boolean' && call('ctSetSinkLayer', false, on),
    sinkLayer: () => call('ctSinkLayer', false),
    sinks: () => parse(call('ctSinks', '')),
    // Monitoring layers (issue 11): the city's gridded base-year emissions (as `carbontwin monitor grid`),
    // the default stations and the plume of an hour (computed over a few frames, cached per hour and cell).
    // monitor() → {cell_m, layer, stations_on, hour, playing, totals_by_sector_t, inventory_scope1_t,
    // stations: [{id, x_m, y_m, kind, drawn, x?, y?}], met: {u, from_deg, stability}, plume: {ready,
    // progress, max_ppm, mean_ppm, compute_ms, max_x_m, max_y_m, largest_source, receptors, ppm[]},
    // rects: {name: [x0, y0, x1, y1]}}; setMonitor({cell_m: 250|500|1000, layer: 'off'|'total'|'plume'|
    // sector, stations, hour: 0-8759, playing}) → '' or why not; setMonitorPanel(open) as its toggle.
    monitor: () => parse(call('ctMonitor', '')),
    setMonitor: (choices) => call('ctSetMonitor', 'the page is not ready', JSON.stringify(choices || {})),
    setMonitorPanel: (open) => typeof open === 'boolean' && call('ctSetMonitorPanel', false, open),
    async whenMonitorPlumeReady() {
      for (;;) {
        const m = api.monitor();
        if (!m || !m.active || m.error || (m.plume && m.plume.ready)) return m;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    // The week shown (0 = the first 7 days of January … 52); false when out of range.
    setEnergyWeek(week) {
      if (!Number.isInteger(week)) {
        console.warn(`CarbonTwin: setEnergyWeek needs an integer week 0-52 (got ${String(week)})`);
        return false;
      }
      return call('ctSetEnergyWeek', false, week);
    },
    getEnergyWeek: () => call('ctGetEnergyWeek', -1),
    // Opens or closes the energy panel (as its toggle button does).
    setEnergyPanel: (open) => typeof open === 'boolean' && call('ctSetEnergyPanel', false, open),
    // ---- transport (web/transport_worker.js) ----
    transportReady,
    // Resolves when no transport run is pending any more: true with results in, false if a run failed.
    whenTransportReady() {
      if (!state.ready) return ready.then(() => api.whenTransportReady());
      if (!call('ctTransportBusy', false)) return Promise.resolve(call('ctTransportReady', false));
      return new Promise((resolve) => state.transportWaiters.push(resolve));
    },
    transportBusy: () => call('ctTransportBusy', false),
    transportProgress: () => Object.assign({}, state.transportProgress),
    transport: () => parse(call('ctTransport', '')),
    roadFlows: (withArrays) => parse(call('ctRoadFlows', '', withArrays === true)),
    addMetroLine(stops, name) {
      const ok = Array.isArray(stops) && stops.length >= 2 &&
        stops.every((p) => Array.isArray(p) && p.length === 2 && isNumber(p[0]) && isNumber(p[1]));
      if (!ok) {
        console.warn('CarbonTwin: addMetroLine needs at least 2 stops [[x_m, y_m], ...] of finite numbers');
        return false;
      }
      if (name !== undefined && typeof name !== 'string') {
        console.warn('CarbonTwin: addMetroLine: the name must be a string');
        return false;
      }
      return call('ctAddMetroLine', false, JSON.stringify(stops), name || '');
    },
    removeAddedLines: () => call('ctRemoveAddedLines', false),
    setTrafficLayer: (on) => typeof on === 'boolean' && call('ctSetTrafficLayer', false, on),
    trafficLayer: () => call('ctTrafficLayer', false),
    lineDraft: () => parse(call('ctLineDraft', '')),
    transportUiRects: () => parse(call('ctTransportUiRects', '')),
    worldToScreen: (x, y) => (isNumber(x) && isNumber(y) ? parse(call('ctWorldToScreen', '', x, y)) : null),
    screenToWorld: (x, y) => (isNumber(x) && isNumber(y) ? parse(call('ctScreenToWorld', '', x, y)) : null),
  };
  window.CarbonTwin = api;

  // ---- bundled example cities (cities/index.json, made at build time) ----
  const examples = fetch('cities/index.json')
    .then((r) => (r.ok ? r.json() : []))
    .then((list) => (Array.isArray(list) ? list : []))
    .catch(() => []);
  // A choice in the UI (Module.ctRequestCity): an example's file, or "default".
  function requestCity(file) {
    const done = file === 'default' ? api.openDefaultCity() : api.openCity(file);
    done.then((r) => { if (!r.ok) console.warn('CarbonTwin: could not open ' + file + ': ' + r.error); });
  }

  // ---- hourly building energy, off the UI thread (web/energy_worker.js) ----
  function energySettled(ok) {
    state.energyDone = ok;
    state.energyWaiters.splice(0).forEach((resolve) => resolve(ok));
  }
  function energyFailed(message) {
    console.warn('CarbonTwin: hourly building energy unavailable, energy colour modes stay off: ' + message);
    call('ctSetEnergyFailed', false);
    resolveEnergy(false);
    energySettled(false);
  }
  function startEnergy() {
    if (state.energyWorker) state.energyWorker.terminate();  // a previous city's run
    state.energyDone = null;
    state.energyProgress = 0;
    let worker;
    try {
      worker = state.energyWorker = new Worker('energy_worker.js');
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
        // The hourly city totals first: the results then compute the shown year's balance at once.
        if (m.hourly instanceof Float64Array &&
            !call('ctSetEnergyHourly', false, m.hourly, m.hourlyStride, m.hours)) {
          console.warn('CarbonTwin: the hourly city series did not fit; the energy balance stays off');
        }
        if (!call('ctSetEnergyResults', false, m.rows, m.stride, m.factorYear, m.simulatedUnits, m.runMs)) {
          energyFailed('the results did not fit the city');
          return;
        }
        state.energyProgress = 1;
        state.energyMs = m.runMs;
        resolveEnergy(true);
        energySettled(true);
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
    worker.postMessage({ type: 'run', factorYear: kFactorYear, city: state.cityBytes });
  }

  // ---- the transport model, off the UI thread (web/transport_worker.js) ----
  // The app asks for runs through Module.ctRunTransport(runId, seed, policyJson); the worker runs
  // them in order and the app keeps only the latest's results.
  let transportWorker = null;
  function settleTransportWaiters() {
    if (call('ctTransportBusy', false)) return;
    const ok = call('ctTransportReady', false);
    const waiters = state.transportWaiters.splice(0);
    waiters.forEach((resolve) => resolve(ok));
  }
  function transportFailed(runId, message) {
    console.warn('CarbonTwin: transport model unavailable: ' + message);
    call('ctSetTransportFailed', false, runId, String(message));
    resolveTransport(false);
    settleTransportWaiters();
  }
  function runTransport(runId, seed, policyJson) {
    if (!transportWorker) {
      try {
        transportWorker = new Worker('transport_worker.js');
      } catch (e) {
        transportFailed(runId, String(e));
        return;
      }
      transportWorker.onmessage = (event) => {
        const m = event.data || {};
        if (m.type === 'progress') {
          state.transportProgress = { fraction: m.fraction, stage: m.stage };
          call('ctSetTransportProgress', false, m.runId, m.fraction, String(m.stage || ''));
        } else if (m.type === 'log') {
          console.warn('CarbonTwin transport worker: ' + m.message);
        } else if (m.type === 'done') {
          if (!call('ctSetTransportResults', false, m.runId, m.flow, m.vc, m.loads, m.segmentCounts, m.summary)) {
            transportFailed(m.runId, 'the results did not fit the city');
            return;
          }
          state.transportProgress = { fraction: 1, stage: 'done' };
          if (call('ctTransportReady', false)) resolveTransport(true);
          settleTransportWaiters();
        } else if (m.type === 'error') {
          transportFailed(m.runId, m.message);
        }
      };
      transportWorker.onerror = (e) => {
        e.preventDefault();
        transportWorker.terminate();
        transportWorker = null;
        transportFailed(runId, e.message || 'the worker script failed to load');
      };
    }
    state.transportProgress = { fraction: 0, stage: '' };
    transportWorker.postMessage({ type: 'run', runId, seed, policy: JSON.parse(policyJson),
      cityKey: state.cityKey, city: seed === 0 ? state.cityBytes : null });
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
      ctRunTransport: (runId, seed, policyJson) => runTransport(runId, seed, policyJson),
      ctRequestCity: (file) => requestCity(file),
      // A button of the scenarios panel (web/scenarios.js handles it).
      ctScenarioAction: (action, name) => api._onScenarioAction && api._onScenarioAction(action, name),
      // Carbon inclusion (web/inclusion.js): the choices changed (their actions JSON), or the card was asked for.
      ctInclusionChanged: (actionsJson) => api._onInclusionChanged && api._onInclusionChanged(actionsJson),
      ctInclusionCard: () => api._onInclusionCard && api._onInclusionCard(),
      ctFirstFrame: () => {
        state.module = moduleArgs;  // MODULARIZE builds the module on this very object
        state.ready = true;
        if (state.cityKey > 0 && transportWorker) {
          // Another city: the old city's runs are of no use any more.
          transportWorker.terminate();
          transportWorker = null;
          state.transportProgress = { fraction: 0, stage: '' };
        }
        state.cityWaiters.splice(0).forEach((resolve) => resolve());
        el('loading').classList.add('done');
        setTimeout(() => { el('loading').style.display = 'none'; }, 450);
        if (api._onFirstFrame) api._onFirstFrame();  // web/kiosk.js: ?kiosk=1
        resolveReady(api);
        examples.then((list) => call('ctSetExampleCities', false, JSON.stringify(list)));
        startEnergy();
        call('ctStartTransport', false);
      },
    };
    await createCarbonTwinModule(moduleArgs);
  }

  el('canvas').addEventListener('contextmenu', (e) => e.preventDefault());
  // WebGL context loss (GPU reset, driver update, the browser reclaiming contexts on an unattended
  // kiosk): preventDefault asks the browser to give the context back; once it is back the page reloads
  // (from the service worker's cache when offline) with the current scenario in its link, so every GL
  // resource — buffers, programs, textures, the ImGui font atlas — is made afresh by the normal start-up.
  el('canvas').addEventListener('webglcontextlost', (e) => {
    e.preventDefault();
    console.warn('CarbonTwin: WebGL context lost; waiting for it to be restored');
  });
  el('canvas').addEventListener('webglcontextrestored', async () => {
    let link = null;
    try {
      if (state.ready && api.scenarioLink) link = await api.scenarioLink();
    } catch (e) {
      console.warn(`CarbonTwin: the scenario is not kept over the context loss (${e})`);
    }
    if (link) history.replaceState(null, '', link);
    location.reload();
  });
  start().catch((e) => fail(String(e && e.message ? e.message : e)));
})();
