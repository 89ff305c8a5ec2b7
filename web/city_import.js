// Importing a planner's own files in the page: drop them on the page (or call
// CarbonTwin.importFiles) → the import worker (web/import_worker.js, the core + geo/ module with PROJ)
// reads them → a dialog shows a map preview, the coordinate system found, what will be skipped and
// why, and which attribute holds height, floors, use and year (changing one re-runs the import) →
// "Import" replaces the city (CarbonTwin.openCity) and the whole twin runs on it.
// A dropped .ctcity (a city file from `carbontwin import`) opens at once, without the dialog. A dropped
// .epw (EnergyPlus weather) goes with the map files: the dialog lists it as the city's weather, the
// import reads it (geo/weather_input.hpp) and the city file carries it to the energy worker.
// JS API added to window.CarbonTwin:
//   importFiles(files)           files: a FileList, File[] or [{name, bytes: Uint8Array}] → Promise of
//                                importDialog() once the first import is in
//   importDialog()               {open, busy, error, report, fields, mapping, files: [names],
//                                weather: [names of the .epw files among them]}
//   setImportMapping(mapping)    {height, floors, use, year}: field names ('' = the standard fields);
//                                re-imports → Promise of importDialog()
//   confirmImport()              → Promise {ok, error?}: the imported city replaces the shown one
//   cancelImport()               closes the dialog, keeps the city
(function () {
  'use strict';
  const api = window.CarbonTwin;
  const kMapped = ['height', 'floors', 'use', 'year'];
  const st = { open: false, busy: false, error: null, report: null, fields: [], mapping: {}, files: [],
    city: null, preview: null, worker: null, requestId: 0, waiters: new Map(), strings: {}, lang: 'zh-CN' };

  const el = (tag, attrs, ...children) => {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => (k === 'text' ? (e.textContent = v) : e.setAttribute(k, v)));
    children.forEach((c) => c && e.appendChild(c));
    return e;
  };
  // fallback: {'zh-CN': …, en: …} for keys the i18n tables may not have yet.
  function t(key, fallback) {
    const table = st.strings[st.lang] || {};
    if (typeof table[key] === 'string') return table[key];
    return (fallback && fallback[st.lang]) || key;
  }
  const kWeatherLabel = { 'zh-CN': '气象数据', en: 'Weather' };
  const kTypicalYearLabel = { 'zh-CN': '内置典型气象年', en: 'built-in typical year' };
  // As geo/input_format.cpp: an .epw name, or text that starts with the EPW LOCATION header.
  const isEpw = (f) => /\.epw$/i.test(f.name) ||
    (f.bytes && f.bytes.length >= 9 && String.fromCharCode(...f.bytes.subarray(0, 9)) === 'LOCATION,');
  async function loadStrings() {
    for (const lang of ['zh-CN', 'en']) {
      try {
        st.strings[lang] = await (await fetch(`i18n/${lang}.json`)).json();
      } catch (e) {
        st.strings[lang] = {};
      }
    }
  }

  // ---- the worker ----
  function worker() {
    if (st.worker) return st.worker;
    st.worker = new Worker('import_worker.js');
    st.worker.onmessage = (event) => {
      const m = event.data || {};
      const waiter = st.waiters.get(m.requestId);
      if (m.type === 'progress') {
        render();
        return;
      }
      if (!waiter) return;
      st.waiters.delete(m.requestId);
      if (m.type === 'done') waiter.resolve(m);
      else waiter.reject(new Error(m.message || 'the import failed'));
    };
    st.worker.onerror = (e) => {
      e.preventDefault();
      const message = e.message || 'the import worker failed to load';
      st.waiters.forEach((w) => w.reject(new Error(message)));
      st.waiters.clear();
      st.worker = null;
    };
    return st.worker;
  }
  function runImport() {
    const requestId = ++st.requestId;
    const attributes = {};
    kMapped.forEach((k) => { if (st.mapping[k]) attributes[k] = st.mapping[k]; });
    const files = st.files.map((f) => ({ name: f.name, bytes: f.bytes }));
    st.busy = true;
    render();
    return new Promise((resolve, reject) => {
      st.waiters.set(requestId, { resolve, reject });
      worker().postMessage({ type: 'import', requestId, files, options: { attributes } });
    }).then((m) => {
      if (requestId !== st.requestId) return;  // a later mapping superseded this run
      st.busy = false;
      st.error = m.ok ? null : (m.errors && m.errors[0]) || 'the import failed';
      st.report = m.report ? JSON.parse(m.report) : null;
      if (m.fields) st.fields = m.fields;
      st.city = m.ok ? m.city : null;
      st.preview = m.preview || null;
      render();
    }, (e) => {
      if (requestId !== st.requestId) return;
      st.busy = false;
      st.error = String(e && e.message ? e.message : e);
      st.city = null;
      render();
    });
  }

  // ---- the dialog (plain DOM over the canvas; finger-sized controls) ----
  let root = null;
  function render() {
    if (!root) return;
    root.style.display = st.open ? 'flex' : 'none';
    if (!st.open) return;
    st.lang = (api.getLanguage && api.getLanguage()) || 'zh-CN';
    const box = root.querySelector('.ct-import-box');
    box.textContent = '';
    box.appendChild(el('h2', { text: t('import.title') }));
    box.appendChild(el('p', { class: 'ct-import-files', text: st.files.map((f) => f.name).join(' · ') }));
    const canvas = el('canvas', { width: '560', height: '300', id: 'ct-import-preview' });
    box.appendChild(canvas);
    drawPreview(canvas);
    const r = st.report;
    const rows = [];
    if (st.busy) rows.push([t('import.status'), t('import.busy')]);
    if (st.error) rows.push([t('import.error'), st.error]);
    const epw = st.files.filter(isEpw);
    if (epw.length) {
      const read = ((r && r.files) || []).filter((f) => f.format === 'epw' && f.counts && f.counts.hours);
      const zone = r && r.climate ? ` · ${r.climate.zone}` : '';
      rows.push([t('import.weather', kWeatherLabel), epw.map((f) => f.name).join(' · ') +
        (read.length ? ` (${read[0].counts.hours} h${zone})` : '')]);
    } else if (r && r.climate) {
      rows.push([t('import.weather', kWeatherLabel), `${t('import.typical_year', kTypicalYearLabel)}: ` +
        `${r.climate.typical_year} (${Math.round(r.climate.distance_km)} km) · ${r.climate.zone}`]);
    }
    if (r) {
      rows.push([t('import.crs'), `${r.crs.label} — ${r.crs.how}`]);
      rows.push([t('import.buildings'), `${r.buildings_imported} / ${r.buildings_read}`]);
      for (const s of r.buildings_skipped || []) rows.push([t('import.skipped'), `${s.reason}: ${s.count}`]);
      rows.push([t('import.inferred'), `${t('import.height')} ${r.heights_inferred} · ${t('import.use')} ${r.uses_inferred} · ` +
        `${t('import.year')} ${r.years_inferred}`]);
      rows.push([t('import.roads'), `${r.road_links} · ${Object.values(r.road_length_km_by_class || {}).reduce((a, b) => a + b, 0).toFixed(1)} km`]);
      rows.push([t('import.people'), `${Math.round(r.population)} / ${Math.round(r.jobs)}`]);
      rows.push([t('import.issues'), `${r.error_count} / ${r.warning_count}`]);
    }
    const table = el('table', { class: 'ct-import-table' });
    rows.forEach(([k, v]) => table.appendChild(el('tr', {}, el('th', { text: k }), el('td', { text: String(v) }))));
    box.appendChild(table);
    const mapping = el('div', { class: 'ct-import-mapping' });
    for (const key of kMapped) {
      const select = el('select', { 'data-key': key, id: `ct-import-map-${key}` });
      select.appendChild(el('option', { value: '', text: t('import.standard') }));
      for (const f of st.fields) {
        const option = el('option', { value: f.name, text: `${f.name} (${(f.samples || []).slice(0, 3).join(', ')})` });
        if (st.mapping[key] === f.name) option.selected = true;
        select.appendChild(option);
      }
      select.onchange = () => api.setImportMapping(Object.assign({}, st.mapping, { [key]: select.value }));
      mapping.appendChild(el('label', {}, el('span', { text: t('import.' + key) }), select));
    }
    box.appendChild(mapping);
    const buttons = el('div', { class: 'ct-import-buttons' });
    const ok = el('button', { id: 'ct-import-confirm', text: t('import.confirm') });
    if (!st.city || st.busy) ok.disabled = true;
    ok.onclick = () => api.confirmImport();
    const cancel = el('button', { id: 'ct-import-cancel', text: t('import.cancel') });
    cancel.onclick = () => api.cancelImport();
    buttons.appendChild(cancel);
    buttons.appendChild(ok);
    box.appendChild(buttons);
  }
  function drawPreview(canvas) {
    const g = canvas.getContext('2d');
    g.fillStyle = '#eef3f5';
    g.fillRect(0, 0, canvas.width, canvas.height);
    const p = st.preview;
    if (!p || p.length < 3) return;
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (let i = 0; i < p.length;) {
      const n = p[i++];
      for (let k = 0; k < n; ++k, i += 2) {
        x0 = Math.min(x0, p[i]); x1 = Math.max(x1, p[i]);
        y0 = Math.min(y0, p[i + 1]); y1 = Math.max(y1, p[i + 1]);
      }
    }
    const s = 0.92 * Math.min(canvas.width / Math.max(1, x1 - x0), canvas.height / Math.max(1, y1 - y0));
    const ox = canvas.width / 2 - s * (x0 + x1) / 2, oy = canvas.height / 2 + s * (y0 + y1) / 2;
    g.fillStyle = '#5b8db8';
    g.strokeStyle = '#2e5373';
    g.lineWidth = 0.5;
    for (let i = 0; i < p.length;) {
      const n = p[i++];
      g.beginPath();
      for (let k = 0; k < n; ++k, i += 2) {
        const x = ox + s * p[i], y = oy - s * p[i + 1];
        if (k === 0) g.moveTo(x, y); else g.lineTo(x, y);
      }
      g.closePath();
      g.fill();
      g.stroke();
    }
  }
  function makeRoot() {
    const style = el('style', {});
    style.textContent = `
      #ct-import { position: fixed; inset: 0; display: none; align-items: center; justify-content: center;
        background: #0006; z-index: 2; }
      .ct-import-box { background: #f7fafb; border-radius: 14px; padding: 18px 22px; width: min(620px, 94vw);
        max-height: 94vh; overflow: auto; box-shadow: 0 8px 30px #0005; color: #1d2b2a; font-size: 16px; }
      .ct-import-box h2 { margin: 0 0 6px; font-size: 22px; }
      .ct-import-files { margin: 0 0 8px; color: #4a5a58; font-size: 14px; word-break: break-all; }
      #ct-import-preview { width: 100%; border-radius: 8px; }
      .ct-import-table { width: 100%; border-collapse: collapse; margin: 8px 0; font-size: 15px; }
      .ct-import-table th { text-align: left; padding: 3px 8px 3px 0; font-weight: 500; color: #4a5a58; vertical-align: top; }
      .ct-import-mapping { display: grid; grid-template-columns: 1fr 1fr; gap: 8px 14px; margin: 8px 0; }
      .ct-import-mapping label { display: flex; flex-direction: column; gap: 3px; font-size: 14px; }
      .ct-import-mapping select { min-height: 40px; font-size: 15px; border-radius: 8px; }
      .ct-import-buttons { display: flex; justify-content: flex-end; gap: 12px; margin-top: 10px; }
      .ct-import-buttons button { min-height: 48px; min-width: 120px; font-size: 17px; border-radius: 10px;
        border: 1px solid #2a8a6e; background: #fff; }
      #ct-import-confirm { background: #2a8a6e; color: #fff; }
      #ct-import-confirm:disabled { background: #9bbdb2; border-color: #9bbdb2; }`;
    document.head.appendChild(style);
    root = el('div', { id: 'ct-import', role: 'dialog', 'aria-modal': 'true' }, el('div', { class: 'ct-import-box' }));
    document.body.appendChild(root);
  }

  // ---- files in ----
  async function toEntries(files) {
    const list = Array.from(files || []);
    return Promise.all(list.map(async (f) => {
      if (f && f.bytes instanceof Uint8Array && typeof f.name === 'string') return { name: f.name, bytes: f.bytes };
      if (f && typeof f.arrayBuffer === 'function') return { name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) };
      throw new Error('importFiles needs File objects or {name, bytes: Uint8Array}');
    }));
  }
  // A plant list: a .csv whose header names the required plant columns name, sector, output
  // (docs/industry-plants.md; case-insensitive, any order).
  const isPlantCsv = (f) => {
    if (!/\.csv$/i.test(f.name)) return false;
    const header = new TextDecoder().decode(f.bytes.subarray(0, 1000)).replace(/^\uFEFF/, '').split(/\r?\n/)[0];
    const columns = header.split(',').map((c) => c.trim().toLowerCase());
    return ['name', 'sector', 'output'].every((c) => columns.includes(c));
  };
  // A scenario file: JSON with "levers" near its start (docs/scenario.md), not GeoJSON or CityJSON.
  const isScenarioJson = (f) => /\.json$/i.test(f.name) && (() => {
    const head = new TextDecoder().decode(f.bytes.subarray(0, 2000));
    return /"levers"\s*:/.test(head) && !/"type"\s*:\s*"(FeatureCollection|CityJSON)"/.test(head);
  })();
  const isCityFile = (bytes) => bytes.length >= 8 &&
    String.fromCharCode(...bytes.subarray(0, 6)) === 'CTCITY' && bytes[6] === 13 && bytes[7] === 10;

  api.importFiles = async (files) => {
    const entries = await toEntries(files);
    if (entries.length === 0) return api.importDialog();
    // A lone plant list (CSV with the plant columns) or scenario file (JSON with levers) is applied
    // directly, without the import dialog.
    if (entries.length === 1 && isPlantCsv(entries[0])) {
      const r = api.setPlants(new TextDecoder().decode(entries[0].bytes));
      if (!r || !r.ok) console.warn('CarbonTwin: the plant list was not applied:\n' + (r ? r.errors.map((e) => `line ${e.line} ${e.field}: ${e.message}`).join('\n') : 'page not ready'));
      else if (r.unplaced.length) console.warn('CarbonTwin: plants not on the map:\n' + r.unplaced.map((u) => `${u.name}: ${u.reason}`).join('\n'));
      return api.importDialog();
    }
    if (entries.length === 1 && isScenarioJson(entries[0])) {
      const r = api.setScenario(new TextDecoder().decode(entries[0].bytes));
      if (!r.ok) console.warn('CarbonTwin: the scenario was not applied:\n' + r.errors.join('\n'));
      return api.importDialog();
    }
    if (entries.length === 1 && isCityFile(entries[0].bytes)) {
      const r = await api.openCity(entries[0].bytes);
      if (!r.ok) console.warn('CarbonTwin: the city file was not opened: ' + r.error);
      return api.importDialog();
    }
    if (!root) makeRoot();
    if (!st.strings['zh-CN']) await loadStrings();
    Object.assign(st, { open: true, error: null, report: null, fields: [], mapping: {}, files: entries, city: null, preview: null });
    await runImport();
    return api.importDialog();
  };
  api.importDialog = () => ({
    open: st.open, busy: st.busy, error: st.error, report: st.report, fields: st.fields.slice(),
    mapping: Object.assign({}, st.mapping), files: st.files.map((f) => f.name),
    weather: st.files.filter(isEpw).map((f) => f.name),
  });
  api.setImportMapping = async (mapping) => {
    if (!st.open || typeof mapping !== 'object' || mapping === null) return api.importDialog();
    st.mapping = {};
    kMapped.forEach((k) => { if (typeof mapping[k] === 'string' && mapping[k]) st.mapping[k] = mapping[k]; });
    await runImport();
    return api.importDialog();
  };
  api.confirmImport = async () => {
    if (!st.open || !st.city) return { ok: false, error: st.error || 'nothing imported yet' };
    const city = st.city;
    st.open = false;
    render();
    return api.openCity(city);
  };
  api.cancelImport = () => {
    st.open = false;
    st.requestId += 1;  // any run in flight is ignored
    render();
    return true;
  };

  // Drop anywhere on the page.
  window.addEventListener('dragover', (e) => { e.preventDefault(); });
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files.length) {
      api.importFiles(e.dataTransfer.files).catch((err) => console.warn('CarbonTwin: import failed: ' + err));
    }
  });
})();
