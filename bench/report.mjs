// Summarises build/bench: wasm/native ratios per kernel, identical state hashes, browser figures
// against the targets of issue #2 (first drawn city ≤ 3 s, wasm + data ≤ 5 MB gzip).
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
const lines = (f) => fs.readFileSync(path.join(dir, f), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const native = lines('core-native.jsonl').filter((l) => l.kernel);
const nativeFigures = lines('core-native.jsonl').filter((l) => l.figure);
const wasm = lines('core-wasm.jsonl').filter((l) => l.kernel);
const wasmFigures = lines('core-wasm.jsonl').filter((l) => l.figure);
const browser = JSON.parse(fs.readFileSync(path.join(dir, 'browser.json'), 'utf8'));
console.log('kernel                    native ms   wasm ms   wasm/native');
for (const n of native) {
  const w = wasm.find((x) => x.kernel === n.kernel);
  console.log(`${n.kernel.padEnd(24)} ${n.median_ms.toFixed(2).padStart(10)} ${w.median_ms.toFixed(2).padStart(9)}` +
    `   ${(w.median_ms / n.median_ms).toFixed(2)}`);
}
for (const f of nativeFigures) {
  const w = wasmFigures.find((x) => x.figure === f.figure);
  console.log(`${f.figure}: native ${f.value}, wasm ${w.value} (wasm/native ${(w.value / f.value).toFixed(2)}); ` +
    `pathway cumulative native ${f.pathway_cumulative_t} t, wasm ${w.pathway_cumulative_t} t; ` +
    `zone heating native ${f.zone_heating_kwh} kWh, wasm ${w.zone_heating_kwh} kWh`);
}
const same = native.every((n, i) => n.city_hash === wasm[i].city_hash && n.triangles === wasm[i].triangles);
console.log(`state hash native ${native[0].city_hash}, wasm ${wasm[0].city_hash}: ${same ? 'identical' : 'DIFFERENT'}`);
console.log(`buildings ${native[0].buildings}, triangles ${native[0].triangles}`);
const ff = browser.first_drawn_city_ms.median;
console.log(`first drawn city (headless Chromium, SwiftShader): median ${ff.toFixed(0)} ms over ` +
  `${browser.first_drawn_city_ms.all.length} loads [target ≤ 3000 ms: ${ff <= 3000 ? 'met' : 'NOT met'}]`);
console.log(`frame time: median ${browser.frame_time_ms.median.toFixed(1)} ms over ${browser.frame_time_ms.frames} frames`);
const mb = (b) => (b / 1048576).toFixed(2);
console.log(`download: ${mb(browser.download.raw_bytes)} MiB raw, ${mb(browser.download.gzip_bytes)} MiB gzip ` +
  `[target ≤ 5 MB gzip: ${browser.download.gzip_bytes <= 5e6 ? 'met' : 'NOT met'}]`);
for (const f of browser.download.files) console.log(`  ${f.file.padEnd(28)} ${String(f.raw_bytes).padStart(10)} B raw ${String(f.gzip_bytes).padStart(10)} B gzip`);
// Road assignment: time to gap per problem, native against wasm, and the same iterations/objective.
if (fs.existsSync(path.join(dir, 'assign-native.jsonl')) && fs.existsSync(path.join(dir, 'assign-wasm.jsonl'))) {
  const an = lines('assign-native.jsonl');
  const aw = lines('assign-wasm.jsonl');
  console.log('assignment kernel                 iters  native ms   wasm ms   wasm/native  same Beckmann');
  for (const n of an) {
    const w = aw.find((x) => x.kernel === n.kernel);
    if (!w) continue;
    console.log(`${n.kernel.padEnd(32)} ${String(n.iterations ?? "-").padStart(5)} ${n.median_ms.toFixed(2).padStart(10)} ` +
      `${w.median_ms.toFixed(2).padStart(9)}   ${(w.median_ms / n.median_ms).toFixed(2).padStart(9)}  ` +
      `${n.kernel.startsWith('transport_model') ? (n.car_share === w.car_share ? 'yes (car share)' : 'NO')
        : n.beckmann === w.beckmann && n.iterations === w.iterations ? 'yes' : 'NO'}`);
  }
}
