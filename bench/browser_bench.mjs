// Browser benchmarks of the built app in headless Chromium (SwiftShader WebGL2):
//   - time from navigation start to the first drawn city (CarbonTwin.frameStats().first_frame_ms),
//     median over fresh page loads;
//   - frame time of the default city: median interval between requestAnimationFrame callbacks
//     while the camera orbits slowly (so every frame really redraws);
//   - download size of the site, raw and gzip (what a visitor fetches).
// Prints one JSON object. Usage: node bench/browser_bench.mjs SITE_DIR [LOADS]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { startServer } from '../scripts/static_server.mjs';
import { launchChromium } from '../tests/e2e/browser.mjs';

const site = process.argv[2];
const loads = Number(process.argv[3] || 5);
if (!site || !fs.existsSync(path.join(site, 'index.html'))) {
  console.error(`browser_bench: no built site at '${site}'`);
  process.exit(2);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function downloadSize(dir) {
  let raw = 0, gzip = 0;
  const files = [];
  for (const name of fs.readdirSync(dir, { recursive: true })) {
    const file = path.join(dir, name);
    if (!fs.statSync(file).isFile()) continue;
    const bytes = fs.readFileSync(file);
    const gz = zlib.gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length; gzip += gz;
    files.push({ file: String(name), raw_bytes: bytes.length, gzip_bytes: gz });
  }
  return { raw_bytes: raw, gzip_bytes: gzip, files };
}

const server = await startServer(site, 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launchChromium();
const firstFrame = [];
let frameIntervals = [];
try {
  for (let i = 0; i < loads; ++i) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });  // cold cache
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 60000 });
    await page.waitForFunction(() => window.CarbonTwin && window.CarbonTwin.ready, null, { timeout: 10000 });
    await page.evaluate(() => CarbonTwin.ready);
    firstFrame.push(await page.evaluate(() => CarbonTwin.frameStats().first_frame_ms));
    if (i === loads - 1) {
      frameIntervals = await page.evaluate(() => new Promise((resolve) => {
        const cam = CarbonTwin.getCamera();
        const stamps = [];
        function tick(t) {
          stamps.push(t);
          CarbonTwin.setCamera({ ...cam, yaw_rad: cam.yaw_rad + stamps.length * 0.01 });
          if (stamps.length < 60) requestAnimationFrame(tick);
          else resolve(stamps.slice(1).map((s, k) => s - stamps[k]));
        }
        requestAnimationFrame(tick);
      }));
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
const size = downloadSize(site);
console.log(JSON.stringify({
  first_drawn_city_ms: { median: median(firstFrame), all: firstFrame.map((x) => Math.round(x)) },
  frame_time_ms: { median: median(frameIntervals), frames: frameIntervals.length },
  download: size,
}, null, 1));
