// The exhibition kiosk left alone (issue 12): frame time during the attract loop, and memory over many
// loops — the JS heap (after a forced garbage collection, CDP Runtime.getHeapUsage) and the wasm heap and
// malloc's bytes in use (CarbonTwin.frameStats()) — sampled every SAMPLE_S seconds for MINUTES minutes.
// The story runs at 1 s per step (6 s a loop, every step switching levers and the metro line), so a few
// minutes here replay as many loops as about an hour at the default 7 s per step (42 s a loop): the
// output says how many loops ran and the equivalent hours. Prints one JSON object.
// Usage: node bench/kiosk_bench.mjs SITE_DIR [MINUTES=3] [SAMPLE_S=15]
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from '../scripts/static_server.mjs';
import { launchChromium } from '../tests/e2e/browser.mjs';

const site = process.argv[2];
const minutes = Number(process.argv[3] || 3);
const sampleS = Number(process.argv[4] || 15);
if (!site || !fs.existsSync(path.join(site, 'index.html'))) {
  console.error(`kiosk_bench: no built site at '${site}'`);
  process.exit(2);
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const server = await startServer(site, 0);
const url = `http://127.0.0.1:${server.address().port}/?kiosk=1&idle=1&step=1`;
const browser = await launchChromium();
let result;
try {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 60000 });
  await page.evaluate(() => CarbonTwin.ready);
  await page.evaluate(() => CarbonTwin.whenTransportReady());
  await page.waitForFunction(() => CarbonTwin.kiosk() && CarbonTwin.kiosk().attract, null, { timeout: 20000 });
  // Frame time while the tour and the story play (every frame redraws in the attract loop).
  const intervals = await page.evaluate(() => new Promise((resolve) => {
    const stamps = [];
    function tick(t) {
      stamps.push(t);
      if (stamps.length < 121) requestAnimationFrame(tick);
      else resolve(stamps.slice(1).map((s, k) => s - stamps[k]));
    }
    requestAnimationFrame(tick);
  }));
  const cdp = await context.newCDPSession(page);
  const sample = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const s = await page.evaluate(() => ({ f: CarbonTwin.frameStats(), k: CarbonTwin.kiosk() }));
    return { t_s: 0, js_heap_used_bytes: heap.usedSize, wasm_heap_bytes: s.f.wasm_heap_bytes,
      wasm_in_use_bytes: s.f.wasm_in_use_bytes, loops: s.k.loops, attract: s.k.attract };
  };
  const samples = [];
  const t0 = Date.now();
  for (;;) {
    const s = await sample();
    s.t_s = Math.round((Date.now() - t0) / 1000);
    samples.push(s);
    console.error(`kiosk_bench: ${s.t_s} s, loops ${s.loops}, JS heap ${(s.js_heap_used_bytes / 1e6).toFixed(2)} MB, ` +
      `wasm in use ${(s.wasm_in_use_bytes / 1e6).toFixed(2)} MB`);
    if (Date.now() - t0 >= minutes * 60000) break;
    await page.waitForTimeout(sampleS * 1000);
  }
  await context.close();
  // Growth: the last third's median against the first third's (after the first loops warmed caches).
  const third = Math.max(1, Math.floor(samples.length / 3));
  const first = samples.slice(0, third), last = samples.slice(-third);
  const growth = (key) => median(last.map((s) => s[key])) - median(first.map((s) => s[key]));
  const loops = samples[samples.length - 1].loops - samples[0].loops;
  result = {
    attract_frame_time_ms: { median: median(intervals), frames: intervals.length },
    minutes, loops, equivalent_hours_at_default_step: (loops * 42) / 3600,
    js_heap_growth_bytes: growth('js_heap_used_bytes'),
    wasm_in_use_growth_bytes: growth('wasm_in_use_bytes'),
    wasm_heap_growth_bytes: growth('wasm_heap_bytes'),
    samples,
  };
} finally {
  await browser.close();
  server.close();
}
console.log(JSON.stringify(result, null, 1));
