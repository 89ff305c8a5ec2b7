// Named scenarios in the page: saved in the browser (IndexedDB), downloaded and opened as files, shared
// in a link that holds the whole scenario, and compared side by side in the pathway chart.
// A scenario is the scenario file of docs/scenario.md (CarbonTwin.scenarioJson()), so a file saved here
// runs unchanged in `carbontwin pathway --scenario`.
// Link: <page>#scenario=<base64url of the deflate-raw compressed JSON> (CompressionStream, built into
// the browser); a browser without it writes #scenario-json=<base64url of the JSON>. Opening such a link
// applies the scenario once the page is ready.
// JS API added to window.CarbonTwin:
//   saveScenario(name)        → Promise {ok, name, error?}: the current scenario under that name
//                               (replaces one of the same name)
//   listScenarios()           → Promise [{name, saved_at}] (newest first)
//   loadScenario(name)        → Promise {ok, errors?}: applies a saved scenario
//   deleteScenario(name)      → Promise {ok}
//   scenarioLink()            → Promise of the link (string) that reopens the current scenario
//   shareScenario()           → the same, also drawn as a QR code in the scenarios panel (shareQr())
//   openScenarioLink(url)     → Promise {ok, errors?}: applies the scenario a link holds
//   scenarioFileText()        → the current scenario as file text (pretty JSON)
//   downloadScenario(name)    downloads the current scenario as <name>.json
//   compareScenarios(names)   → Promise {ok, errors?}: up to two saved scenarios drawn beside the current
//                               one in the pathway chart ([] clears)
//   gridMix()                 → {region, path, regions, years, ui}: the scenario's grid region (whose
//                               published factor starts the grid path), its own non-fossil path
//                               ([{year, nonfossil_share}]; [] = the current-policies path), the regions
//                               offered, every year's {year, nonfossil_share, grid_factor_kg_per_kwh}, and
//                               the page's editor as drawn (pathway().mix_ui)
//   setGridMix({region?, path?}) → {ok, errors?}: sets either or both (path [] or null: back to the
//                               current-policies path) and re-evaluates the pathway; errors name the JSON
//                               path of each problem (e.g. "$.grid_mix_path[1].year: …") and change nothing
(function () {
  'use strict';
  const api = window.CarbonTwin;
  const kDb = 'carbontwin';
  const kStore = 'scenarios';
  const kLinkKey = 'scenario';

  // ---- IndexedDB: one object store keyed by name ----
  let dbPromise = null;
  function db() {
    if (!dbPromise) {
      dbPromise = new Promise((resolve, reject) => {
        if (!window.indexedDB) {
          reject(new Error('this browser has no IndexedDB: scenarios cannot be saved here (download them as files)'));
          return;
        }
        const request = indexedDB.open(kDb, 1);
        request.onupgradeneeded = () => request.result.createObjectStore(kStore, { keyPath: 'name' });
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error || new Error('IndexedDB could not be opened'));
      });
    }
    return dbPromise;
  }
  async function withStore(mode, action) {
    const database = await db();
    return new Promise((resolve, reject) => {
      const tx = database.transaction(kStore, mode);
      const result = action(tx.objectStore(kStore));
      tx.oncomplete = () => resolve(result && 'result' in result ? result.result : undefined);
      tx.onerror = () => reject(tx.error || new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error || new Error('IndexedDB transaction aborted (storage full?)'));
    });
  }
  const message = (e) => String(e && e.message ? e.message : e);

  // ---- base64url and compression ----
  function toBase64Url(bytes) {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  function fromBase64Url(text) {
    if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('the link is damaged: it holds characters that base64url does not use');
    const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4);
    const binary = atob(padded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; ++i) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }
  async function pipe(bytes, stream) {
    const out = new Response(new Blob([bytes]).stream().pipeThrough(stream));
    return new Uint8Array(await out.arrayBuffer());
  }
  const canCompress = typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

  // A link of this page holding jsonText under `key` (deflate-raw, base64url), or under `${key}-json`
  // uncompressed where the browser cannot compress. Shared with web/inclusion.js (api._links).
  async function linkFor(jsonText, key = kLinkKey) {
    const bytes = new TextEncoder().encode(jsonText);
    const base = location.href.split('#')[0];
    if (!canCompress) return `${base}#${key}-json=${toBase64Url(bytes)}`;
    return `${base}#${key}=${toBase64Url(await pipe(bytes, new CompressionStream('deflate-raw')))}`;
  }
  // The JSON text a link holds under `key`, or null when it holds none; throws with the reason when it
  // holds a damaged one.
  async function jsonTextOfLink(url, key = kLinkKey) {
    const hash = String(url).split('#')[1] || '';
    const params = new URLSearchParams(hash);
    if (params.has(key)) {
      if (!canCompress) throw new Error('this browser cannot decompress these links (no DecompressionStream)');
      let bytes;
      try {
        bytes = await pipe(fromBase64Url(params.get(key)), new DecompressionStream('deflate-raw'));
      } catch (e) {
        throw new Error(`the link could not be decompressed (cut short when copied?): ${message(e)}`);
      }
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    if (params.has(`${key}-json`)) return new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(params.get(`${key}-json`)));
    return null;
  }
  api._links = { linkFor, jsonTextOfLink };

  // ---- the app's scenario UI (render/ui: Module.ctScenarioAction) is told the saved names ----
  async function pushSavedList() {
    try {
      const list = await api.listScenarios();
      api._setSavedScenarios?.(list);
    } catch (e) {
      console.warn('CarbonTwin: saved scenarios: ' + message(e));
    }
  }

  Object.assign(api, {
    async saveScenario(name) {
      if (typeof name !== 'string' || !name.trim()) return { ok: false, error: 'a scenario needs a name' };
      const scenario = api.scenarioJson();
      if (!scenario) return { ok: false, error: 'the page is not ready' };
      name = name.trim().slice(0, 80);
      scenario.name = name;
      try {
        await withStore('readwrite', (s) => s.put({ name, saved_at: new Date().toISOString(), scenario }));
      } catch (e) {
        return { ok: false, error: message(e) };
      }
      await pushSavedList();
      return { ok: true, name };
    },
    async listScenarios() {
      const all = (await withStore('readonly', (s) => s.getAll())) || [];
      return all.map((r) => ({ name: r.name, saved_at: r.saved_at }))
        .sort((a, b) => (a.saved_at < b.saved_at ? 1 : a.saved_at > b.saved_at ? -1 : 0));
    },
    async savedScenario(name) {
      const record = await withStore('readonly', (s) => s.get(name));
      return record ? record.scenario : null;
    },
    async loadScenario(name) {
      let scenario;
      try {
        scenario = await api.savedScenario(name);
      } catch (e) {
        return { ok: false, errors: [message(e)] };
      }
      if (!scenario) return { ok: false, errors: [`no saved scenario named '${name}'`] };
      return api.setScenario(scenario);
    },
    async deleteScenario(name) {
      try {
        await withStore('readwrite', (s) => s.delete(name));
      } catch (e) {
        return { ok: false, error: message(e) };
      }
      await pushSavedList();
      return { ok: true };
    },
    async scenarioLink() {
      const scenario = api.scenarioChanges();  // the link stays short enough for a QR code
      return scenario ? linkFor(JSON.stringify(scenario)) : null;
    },
    async openScenarioLink(url) {
      let text;
      try {
        text = await jsonTextOfLink(url);
      } catch (e) {
        return { ok: false, errors: [message(e)] };
      }
      if (text === null) return { ok: false, errors: ['the link holds no scenario (#scenario=…)'] };
      return api.setScenario(text);
    },
    // The link of the current scenario, also shown as a QR code in the scenarios panel (which opens) for
    // a visitor's phone → Promise of the link.
    async shareScenario() {
      const link = await api.scenarioLink();
      if (!link) return null;
      const error = api._setShareLink(link);
      if (error) console.warn('CarbonTwin: no QR code for the link: ' + error);
      return link;
    },
    scenarioFileText() {
      const scenario = api.scenarioJson();
      return scenario ? JSON.stringify(scenario, null, 2) + '\n' : null;
    },
    downloadScenario(name) {
      const text = api.scenarioFileText();
      if (!text) return false;
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      a.download = `${(name || 'scenario').replace(/[\\/:*?"<>|]/g, '_')}.json`;
      document.body.appendChild(a);
      a.click();
      setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 0);
      return true;
    },
    async compareScenarios(names) {
      if (!Array.isArray(names) || names.length > 2) return { ok: false, errors: ['compareScenarios takes up to two saved names'] };
      const list = [];
      for (const name of names) {
        const scenario = await api.savedScenario(name).catch(() => null);
        if (!scenario) return { ok: false, errors: [`no saved scenario named '${name}'`] };
        list.push({ name, scenario });
      }
      return api._setComparisons ? api._setComparisons(list) : { ok: false, errors: ['the page is not ready'] };
    },
  });

  // ---- the grid mix path (scenario keys grid_region and grid_mix_path, docs/scenario.md) ----
  const kGridRegions = ['national', 'north_china', 'northeast', 'east_china', 'central_china', 'northwest', 'south',
    'southwest'];
  Object.assign(api, {
    gridMix() {
      const p = api.pathway();
      if (!p) return null;
      return {
        region: p.grid_region,
        path: p.grid_mix_path,
        regions: kGridRegions.slice(),
        years: p.years.map((y) => ({ year: y.year, nonfossil_share: y.grid.nonfossil_share,
          grid_factor_kg_per_kwh: y.grid_factor_kg_per_kwh })),
        ui: p.mix_ui,
      };
    },
    // Through the scenario file, so the page checks it exactly as `carbontwin pathway --scenario` does.
    setGridMix(choice) {
      if (typeof choice !== 'object' || choice === null || Array.isArray(choice))
        return { ok: false, errors: ['setGridMix takes an object {region?, path?}'] };
      const unknown = Object.keys(choice).filter((k) => k !== 'region' && k !== 'path');
      if (unknown.length) return { ok: false, errors: [`setGridMix: unknown key ${unknown.join(', ')} (expected region, path)`] };
      const scenario = api.scenarioJson();
      if (!scenario) return { ok: false, errors: ['the page is not ready'] };
      if ('region' in choice) scenario.grid_region = choice.region;
      if ('path' in choice) {
        if (choice.path === null || (Array.isArray(choice.path) && choice.path.length === 0)) delete scenario.grid_mix_path;
        else scenario.grid_mix_path = choice.path;
      }
      return api.setScenario(scenario);
    },
  });

  // ---- the scenarios panel's buttons (render/ui/panel_scenarios.cpp → Module.ctScenarioAction) ----
  const kStatus = {
    saved: { 'zh-CN': '已保存：', en: 'Saved: ' },
    loaded: { 'zh-CN': '已载入：', en: 'Loaded: ' },
    linkCopied: { 'zh-CN': '链接已复制到剪贴板（打开它即恢复当前方案）', en: 'Link copied to the clipboard (opening it restores this scenario)' },
    link: { 'zh-CN': '分享链接：', en: 'Share link: ' },
    failed: { 'zh-CN': '未成功：', en: 'Failed: ' },
  };
  const say = (key, extra) => {
    const lang = api.getLanguage() === 'en' ? 'en' : 'zh-CN';
    api._setScenarioStatus(kStatus[key][lang] + (extra || ''));
  };
  let compared = [];
  function pickFile() {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.onchange = async () => {
      const file = input.files && input.files[0];
      if (!file) return;
      const result = api.setScenario(await file.text());
      if (result.ok) say('loaded', file.name);
      else say('failed', `${file.name}: ${result.errors.join('; ')}`);
    };
    input.click();
  }
  api._onScenarioAction = async (action, name) => {
    try {
      if (action === 'save') {
        const r = await api.saveScenario(name);
        r.ok ? say('saved', r.name) : say('failed', r.error);
      } else if (action === 'load') {
        const r = await api.loadScenario(name);
        r.ok ? say('loaded', name) : say('failed', r.errors.join('; '));
      } else if (action === 'delete') {
        compared = compared.filter((n) => n !== name);
        await api.compareScenarios(compared);
        const r = await api.deleteScenario(name);
        if (!r.ok) say('failed', r.error);
      } else if (action === 'compare') {
        const next = compared.includes(name) ? compared.filter((n) => n !== name) : compared.concat([name]).slice(-2);
        const r = await api.compareScenarios(next);
        if (r.ok) compared = next;
        else say('failed', r.errors.join('; '));
      } else if (action === 'share') {
        const link = await api.shareScenario();
        try {
          await navigator.clipboard.writeText(link);
          say('linkCopied');
        } catch (e) {
          say('link', link);  // no clipboard permission (e.g. not a secure context): show it instead
        }
      } else if (action === 'download') {
        api.downloadScenario((api.scenarioJson() || {}).name);
      } else if (action === 'open-file') {
        pickFile();
      }
    } catch (e) {
      say('failed', message(e));
    }
  };

  // A link opened: apply its scenario once the page is up (after the city's first frame).
  api.ready.then(async () => {
    pushSavedList();
    if (!/#scenario(-json)?=/.test(location.href)) return;
    const result = await api.openScenarioLink(location.href);
    if (!result.ok) console.warn('CarbonTwin: the scenario in the link was not applied:\n' + result.errors.join('\n'));
  });
})();
