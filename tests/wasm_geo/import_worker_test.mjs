// The page's import worker under Node: loads the built carbontwin_import module directly (not as a
// Worker) through web/import_worker.js's importInModule, imports real data sets and requires the city
// file to equal the native `carbontwin import` output byte for byte — every section except the
// report's "import_s" (the import's own wall time, different in every run): RPRT is compared as JSON
// without it. proj.db is "fetched" from the real file into MEMFS, as the worker does in the page, and
// the test checks when it is asked for.
// node import_worker_test.mjs --module build/wasm/web/carbontwin_import.js --worker web/import_worker.js
//      --cli build/native/cli/carbontwin --data ../shared/data --proj-db /usr/share/proj/proj.db --out DIR
//      [--time-runs N]   (also prints the median import time of N runs per case)
// Exit 0: all equal; 1: a difference or failure; 77 (ctest SKIP_RETURN_CODE): the native CLI has no
// `import` subcommand yet.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
for (const k of ['module', 'worker', 'cli', 'data', 'proj-db', 'out']) {
  if (!args[k]) { console.error(`import_worker_test: --${k} missing`); process.exit(2); }
}
fs.mkdirSync(args.out, { recursive: true });
const require = createRequire(import.meta.url);

const help = (() => {
  try { return execFileSync(args.cli, ['--help'], { encoding: 'utf8' }); } catch (e) { return String(e.stdout || ''); }
})();
if (!/^\s*import\s/m.test(help)) {
  console.log(`SKIP: ${args.cli} has no 'import' subcommand yet`);
  process.exit(77);
}

const citymodels = path.join(args.data, 'citymodels');
const cases = [
  // WGS84 lon/lat (OSM, RFC 7946 GeoJSON) needs no proj.db: the page must not fetch its 8 MB (issue 8).
  { name: 'haidian', files: ['osm_beijing_haidian_cau/map.osm'], projDb: false },
  { name: 'lujiazui', files: ['osm_shanghai_lujiazui_tilezen/buildings.geojson', 'osm_shanghai_lujiazui_tilezen/roads.geojson'],
    projDb: false },
  { name: 'delft', files: ['cityjson_cjio/delft.json'], projDb: true },  // EPSG:7415
  // An EPW among the files: the city's own weather, in the city file's WTHR section (docs/city-file.md).
  { name: 'haidian_epw', files: ['osm_beijing_haidian_cau/map.osm', '../weather/china/CHN_Beijing.Beijing.545110_IWEC.epw'],
    projDb: false, weather: true },
];

// The city file's sections (twin/city/city_file.hpp): magic (8) + u32 version, then tag (4) + u64 length + payload.
function sections(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = [];
  let at = 12;
  while (at + 12 <= bytes.length) {
    const tag = String.fromCharCode(...bytes.subarray(at, at + 4));
    const length = Number(view.getBigUint64(at + 4, true));
    out.push({ tag, payload: bytes.subarray(at + 12, at + 12 + length) });
    at += 12 + length;
  }
  return { head: bytes.subarray(0, 12), list: out, end: at };
}

function reportWithoutTime(payload) {
  // RPRT payload: the report's text as the twin writer stores strings (u64 length, bytes) — find the JSON.
  const text = Buffer.from(payload).toString('utf8');
  const json = JSON.parse(text.slice(text.indexOf('{')));
  delete json.import_s;
  return JSON.stringify(json);
}

// null when equal, else every section that differs (a city's numbers pass through PROJ, whose
// trigonometry comes from glibc's libm natively and musl's in wasm: the last bits may differ).
function compareCities(native, wasm) {
  const a = sections(native), b = sections(wasm);
  if (Buffer.compare(Buffer.from(a.head), Buffer.from(b.head)) !== 0) return 'the file heads differ';
  if (a.list.length !== b.list.length) return `section counts differ: ${a.list.length} vs ${b.list.length}`;
  const diffs = [];
  for (let i = 0; i < a.list.length; ++i) {
    const x = a.list[i], y = b.list[i];
    if (x.tag !== y.tag) return `section ${i}: ${x.tag} vs ${y.tag}`;
    if (x.tag === 'END ') continue;  // the hash covers the report's time: checked by reading the file
    if (x.tag === 'RPRT') {
      if (reportWithoutTime(x.payload) !== reportWithoutTime(y.payload)) diffs.push('RPRT (import_s aside)');
      continue;
    }
    if (Buffer.compare(Buffer.from(x.payload), Buffer.from(y.payload)) !== 0) {
      let k = 0, n = 0;
      while (k < x.payload.length && x.payload[k] === y.payload[k]) ++k;
      for (let j = 0; j < Math.min(x.payload.length, y.payload.length); ++j) n += x.payload[j] !== y.payload[j];
      diffs.push(`${x.tag} from byte ${k} (${n} bytes differ; ${x.payload.length} vs ${y.payload.length} bytes)`);
    }
  }
  return diffs.length ? diffs.join(', ') : null;
}

const moduleJs = path.resolve(args.module);
const factory = require(moduleJs);
const { importInModule } = require(path.resolve(args.worker));
const wasmBinary = fs.readFileSync(moduleJs.replace(/\.js$/, '.wasm'));
const projDbBytes = fs.readFileSync(args['proj-db']);

async function freshModule(stages) {
  return factory({ wasmBinary, print: () => {}, printErr: (t) => console.error(t),
    onImportProgress: (stage, fraction) => stages.push([stage, fraction]) });
}

let failures = 0;
const fail = (message) => { ++failures; console.log(`FAIL ${message}`); };
const timeRuns = Number(args['time-runs'] || 0);

// null when a and b agree: numbers to 1e-9 relative (1e-9 absolute near zero), everything else exactly,
// except the report's own wall time.
function closeJson(a, b, where) {
  if (typeof a === 'number' && typeof b === 'number') {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)) ? null : `${where}: ${a} vs ${b}`;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${where}: ${a.length} vs ${b.length} items`;
    for (let i = 0; i < a.length; ++i) { const d = closeJson(a[i], b[i], `${where}[${i}]`); if (d) return d; }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      if (k === 'import_s') continue;
      // The lon/lat fit's residual is rounding noise (~1e-8 m): held to a micrometre, not to 1e-9 of itself.
      if (k === 'lonlat_fit_max_error_m') {
        if (Math.abs(a[k] - b[k]) > 1e-6) return `${where}.${k}: ${a[k]} vs ${b[k]}`;
        continue;
      }
      const d = closeJson(a[k], b[k], `${where}.${k}`);
      if (d) return d;
    }
    return null;
  }
  if (typeof a === 'string' && typeof b === 'string' && a !== b) {
    // Text carrying numbers (the local frame's PROJ string): the same words, numbers to 1e-9.
    const num = /-?\d+(\.\d+)?(e[-+]?\d+)?/gi;
    if (a.replace(num, '#') !== b.replace(num, '#')) return `${where}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
    const x = a.match(num) || [], y = b.match(num) || [];
    for (let i = 0; i < x.length; ++i) { const d = closeJson(Number(x[i]), Number(y[i]), `${where}#${i}`); if (d) return d; }
    return null;
  }
  return a === b ? null : `${where}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
}
// The import report inside a city file (section RPRT: a u64 length, then the JSON text).
function nativeReport(file) {
  const s = sections(new Uint8Array(fs.readFileSync(file))).list.find((x) => x.tag === 'RPRT');
  return JSON.parse(new TextDecoder().decode(s.payload.subarray(8)));
}

for (const c of cases) {
  const inputs = c.files.map((f) => path.join(citymodels, f));
  const nativeCity = path.join(args.out, `${c.name}.native.ctcity`);
  const t0 = process.hrtime.bigint();
  execFileSync(args.cli, ['import', ...inputs.flatMap((f) => ['--in', f]), '--out', nativeCity], { stdio: 'ignore' });
  const nativeMs = Number(process.hrtime.bigint() - t0) / 1e6;

  const stages = [];
  const module = await freshModule(stages);
  let fetches = 0;
  const fetchDb = async (m) => {  // as web/import_worker.js's fetchProjDb, from the real file
    ++fetches;
    m.FS.mkdirTree('/proj');
    m.FS.writeFile('/proj/proj.db', projDbBytes);
    const dir = m._malloc(6);
    m.stringToUTF8('/proj', dir, 6);
    const ok = m._cti_set_proj_dir(dir);
    m._free(dir);
    if (!ok) throw new Error('proj.db not accepted');
  };
  const files = inputs.map((f) => ({ name: path.basename(f), bytes: new Uint8Array(fs.readFileSync(f)) }));
  const t1 = performance.now();
  const r = await importInModule(module, files, {}, fetchDb);
  const wasmMs = performance.now() - t1;
  if (!r.ok) { fail(`${c.name}: the wasm import failed: ${r.errors.slice(0, 3).join(' | ')}`); continue; }
  fs.writeFileSync(path.join(args.out, `${c.name}.wasm.ctcity`), r.city);
  // PROJ's trigonometry runs on glibc's libm natively and musl's in wasm, so coordinates may differ in
  // their last bits (~1e-10 m): the project's rule is agreement to 1e-9 relative on every figure. The
  // byte comparison is reported; the test holds the native CLI's statistics of both city files, and both
  // import reports, to that rule.
  const bytesDiff = compareCities(new Uint8Array(fs.readFileSync(nativeCity)), r.city);
  const wasmCity = path.join(args.out, `${c.name}.wasm.ctcity`);
  const stats = (file) => JSON.parse(execFileSync(args.cli, ['city', '--city', file, '--json', '-'], { encoding: 'utf8' }));
  const diff = closeJson(stats(nativeCity), stats(wasmCity), 'stats') ||
    closeJson(nativeReport(nativeCity), JSON.parse(r.report), 'report');
  if (diff) fail(`${c.name}: native and wasm imports differ beyond 1e-9: ${diff}`);
  if (bytesDiff) console.log(`     ${c.name}: not byte-identical (${bytesDiff}); equal to 1e-9`);
  if (c.weather && !sections(r.city).list.some((x) => x.tag === 'WTHR')) fail(`${c.name}: the city file has no WTHR section`);
  if (c.projDb === true && fetches !== 1) fail(`${c.name}: proj.db fetched ${fetches} times, expected once`);
  if (c.projDb === false && fetches !== 0) fail(`${c.name}: proj.db fetched ${fetches} times for WGS84 input, expected never`);
  const report = JSON.parse(r.report);
  // preview: rings × (1 + 2n) floats; one ring per imported building when under the vertex limit
  let rings = 0, vertices = 0;
  for (let i = 0; i < r.preview.length; ++rings) { const n = r.preview[i]; vertices += n; i += 1 + 2 * n; }
  if (rings !== report.buildings_imported) fail(`${c.name}: preview has ${rings} rings for ${report.buildings_imported} buildings`);
  if (vertices > 200000) fail(`${c.name}: preview has ${vertices} vertices`);
  if (r.fields.length === 0 && report.buildings_imported > 0) fail(`${c.name}: no attribute fields`);
  if (stages.length === 0) fail(`${c.name}: no progress reported`);
  let line = `${diff ? 'DIFF' : 'OK  '} ${c.name}: ${report.buildings_imported} buildings, ${r.city.length} bytes, ` +
    `${r.fields.length} fields, ${rings} preview rings / ${vertices} vertices, proj.db fetched ${fetches}×, ` +
    `${stages.length} progress messages; native CLI ${nativeMs.toFixed(0)} ms (process), wasm ${wasmMs.toFixed(0)} ms (import)`;
  if (timeRuns > 0) {
    const times = [];
    for (let k = 0; k < timeRuns; ++k) {
      const s = performance.now();
      await importInModule(module, files, {}, fetchDb);
      times.push(performance.now() - s);
    }
    times.sort((x, y) => x - y);
    line += `; wasm median of ${timeRuns}: ${times[Math.floor(timeRuns / 2)].toFixed(0)} ms`;
  }
  console.log(line);
}

// A malformed file and malformed options come back as errors, not exceptions.
{
  const module = await freshModule([]);
  const r = await importInModule(module, [{ name: 'broken.geojson', bytes: new TextEncoder().encode('{"type":') }], {},
    async () => {});
  if (r.ok || r.errors.length === 0 || !/broken\.geojson/.test(r.errors[0])) fail(`broken.geojson: ${JSON.stringify(r.errors)}`);
  const o = await importInModule(module, [{ name: 'a.geojson', bytes: new Uint8Array() }], { attributes: { height: 5 } },
    async () => {});
  if (o.ok || !/attributes/.test(o.errors.join(' '))) fail(`bad options: ${JSON.stringify(o.errors)}`);
}
console.log(failures ? `${failures} failure(s)` : 'all equal');
process.exit(failures ? 1 : 0);
