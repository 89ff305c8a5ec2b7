// Offline and unattended (issue 12, item 2): the page installs its service worker (web/sw.js.in), which
// precaches the whole built site; with the server gone and the browser offline, a reload still starts
// the app and the pathway still answers a lever. Every request of the visit stays on the page's own
// origin. A new build (a changed file → a new version hashed by wasm/pwa/make_service_worker.cmake)
// replaces the cache: after the new worker activates only its cache is left.
// Opens its own browser context and servers (the SW and its caches belong to one origin and context).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/static_server.mjs';
import { pngRegionStats } from './browser.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function stopServer(server) {
  server.closeAllConnections();  // keep-alive sockets too: nothing left to answer the browser
  return new Promise((resolve) => server.close(resolve));
}

// Asks the controlling service worker for its version and how many precached files are missing.
async function precacheStatus(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const sw = navigator.serviceWorker.controller;
    if (!sw) { resolve(null); return; }
    const onMessage = (e) => {
      if (e.data && e.data.type === 'carbontwin-precache-status') {
        navigator.serviceWorker.removeEventListener('message', onMessage);
        resolve(e.data);
      }
    };
    navigator.serviceWorker.addEventListener('message', onMessage);
    sw.postMessage({ type: 'carbontwin-precache-status' });
    setTimeout(() => resolve(null), 2000);
  }));
}

async function waitPrecached(page, pred, timeoutMs, what) {
  const t0 = Date.now();
  let s = null;
  while (Date.now() - t0 < timeoutMs) {
    s = await precacheStatus(page);
    if (s && pred(s)) return s;
    await page.waitForTimeout(200);
  }
  throw new Error(`${what}: not within ${timeoutMs} ms; last status ${JSON.stringify(s)}`);
}

async function appStarts(page) {
  await page.waitForFunction(() => window.CarbonTwin && window.CarbonTwin.ready, null, { timeout: 20000 });
  await page.evaluate(() => CarbonTwin.ready);
  assert.equal(await page.evaluate(() => CarbonTwin.whenTransportReady()), true, 'transport failed');
}

// The version sw.js was generated with (its const VERSION line).
function swVersion(site) {
  const m = /const VERSION = '([0-9a-f]{16})';/.exec(fs.readFileSync(path.join(site, 'sw.js'), 'utf8'));
  assert.ok(m, `no VERSION in ${site}/sw.js`);
  return m[1];
}

export async function offlineChecks({ browser, args, out, check, consoleErrors }) {
  const site = path.resolve(args.site);
  let server = await startServer(site, 0);
  const port = server.address().port;
  const url = `http://127.0.0.1:${port}/`;
  const origin = new URL(url).origin;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  // The one failure the suite asks for (an uncached file while offline) is not an error of the page.
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !msg.location().url.endsWith('/not-in-the-build.txt')) consoleErrors.push('offline: ' + msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push('offline page error: ' + err.message));
  if (process.env.CT_OFFLINE_DEBUG) {
    page.on('response', (r) => { if (r.status() >= 400) console.log('     debug', r.status(), r.url()); });
    page.on('requestfailed', (r) => console.log('     debug failed', r.url(), r.failure() && r.failure().errorText));
    page.on('console', (msg) => console.log('     debug console', msg.type(), msg.text(), JSON.stringify(msg.location())));
  }
  let bumpDir = null;
  const version0 = swVersion(site);
  try {
    await check('offline: the manifest and the service worker are served, the precache completes', async () => {
      await page.goto(url, { waitUntil: 'load', timeout: 60000 });
      await appStarts(page);
      const manifest = await page.evaluate(async () => {
        const href = document.querySelector('link[rel=manifest]').href;
        return (await fetch(href)).json();
      });
      assert.equal(manifest.lang, 'zh-CN');
      assert.ok(manifest.name.includes('碳中和数字孪生'), manifest.name);
      assert.equal(manifest.short_name, 'CarbonTwin');
      assert.ok(['fullscreen', 'standalone'].includes(manifest.display));
      for (const icon of manifest.icons) {
        const ok = await page.evaluate(async (src) => {
          const img = new Image();
          img.src = src;
          await img.decode();
          return [img.naturalWidth, img.naturalHeight];
        }, icon.src);
        assert.equal(`${ok[0]}x${ok[1]}`, icon.sizes, icon.src);
      }
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
      // Chromium's own verdict on installing the page as an app (manifest, icons, service worker).
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      await cdp.detach();
      // Playwright's contexts are off the record, which alone keeps Chromium from offering the install.
      assert.deepEqual(installabilityErrors.filter((e) => e.errorId !== 'in-incognito'), []);
      const s = await waitPrecached(page, (s) => s.missing === 0, 60000, 'precache complete');
      assert.equal(s.version, version0);
      // Everything the page needs is listed: module, wasm, workers, font, strings, example cities.
      const list = await page.evaluate((name) => caches.open(name).then((c) => c.keys()).then((k) => k.map((r) => new URL(r.url).pathname)), s.cache);
      for (const f of ['/index.html', '/carbontwin.js', '/carbontwin.wasm', '/carbontwin_api.js', '/energy_worker.js',
        '/transport_worker.js', '/carbontwin_worker.js', '/carbontwin_worker.wasm', '/import_worker.js',
        '/carbontwin_import.js', '/carbontwin_import.wasm', '/fonts/carbontwin-ui.ttf', '/i18n/zh-CN.json', '/i18n/en.json',
        '/cities/index.json', '/manifest.webmanifest']) {
        assert.ok(list.includes(f), `${f} not precached`);
      }
      assert.equal(list.length, s.files);
      assert.deepEqual(await page.evaluate(() => caches.keys()), [`carbontwin-${version0}`]);
    });

    await check('offline: server gone and browser offline, a reload starts the app and the pathway answers a lever', async () => {
      await stopServer(server);
      server = null;
      await context.setOffline(true);
      await page.reload({ waitUntil: 'load', timeout: 60000 });
      await appStarts(page);
      assert.equal(await page.evaluate(() => navigator.onLine), false);
      const base = (await page.evaluate(() => CarbonTwin.pathway())).cumulative_t;
      assert.ok(base > 0);
      assert.equal(await page.evaluate(() => CarbonTwin.setLever('grid_factor_reduction_pct', 95)), true);
      const after = (await page.evaluate(() => CarbonTwin.pathway())).cumulative_t;
      assert.ok(after < base, `grid lever offline: cumulative ${base} -> ${after}`);
      await page.waitForTimeout(500);
      const png = await page.screenshot({ path: path.join(out, 'offline-reload.png') });
      const [stats] = await pngRegionStats(browser, png, [{ x: 0, y: 0, w: 1280, h: 800 }]);
      assert.ok(stats.distinct_colours > 50, `offline screenshot looks blank: ${stats.distinct_colours} colours`);
      assert.equal(await page.evaluate(() => CarbonTwin.resetLevers()), true);
      // Same origin but not part of the build: network only, so it fails offline (not a stale answer).
      const uncached = await page.evaluate(() => fetch('not-in-the-build.txt').then((r) => r.status, () => 'failed'));
      assert.equal(uncached, 'failed');
    });

    await check('offline: a new build replaces the cache; the old one is deleted when the new worker activates', async () => {
      bumpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ct-offline-'));
      fs.cpSync(site, bumpDir, { recursive: true });
      fs.appendFileSync(path.join(bumpDir, 'scenarios.js'), '\n// offline_checks: a changed build\n');
      execFileSync(process.env.CMAKE || 'cmake', [`-DWEB=${bumpDir}`, `-DTEMPLATE=${path.join(repo, 'web/sw.js.in')}`,
        '-P', path.join(repo, 'wasm/pwa/make_service_worker.cmake')]);
      const version1 = swVersion(bumpDir);
      assert.notEqual(version1, version0, 'a changed file must change the version');
      server = await startServer(bumpDir, port);
      await context.setOffline(false);
      await page.reload({ waitUntil: 'load', timeout: 60000 });  // the navigation checks sw.js for updates
      await appStarts(page);
      await waitPrecached(page, (s) => s.version === version1 && s.missing === 0, 60000, 'new worker active');
      await page.waitForFunction((name) => caches.keys().then((k) => k.length === 1 && k[0] === name),
        `carbontwin-${version1}`, { timeout: 10000, polling: 200 });
      await page.reload({ waitUntil: 'load', timeout: 60000 });
      await appStarts(page);
      const text = await page.evaluate(() => fetch('scenarios.js').then((r) => r.text()));
      assert.ok(text.includes('offline_checks: a changed build'), 'the page still gets the old build');
    });

    await check('context loss: WEBGL_lose_context lose + restore, the page restores itself with its scenario', async () => {
      assert.equal(await page.evaluate(() => CarbonTwin.setLever('retrofit_rate_pct_per_yr', 4)), true);
      const before = (await page.evaluate(() => CarbonTwin.pathway())).cumulative_t;
      const reloaded = page.waitForEvent('load', { timeout: 60000 });
      const lost = await page.evaluate(async () => {
        // The app's own WebGL2 context (getContext of the same type returns the existing one).
        const gl = document.getElementById('canvas').getContext('webgl2');
        const ext = gl && gl.getExtension('WEBGL_lose_context');
        if (!ext) return 'no WEBGL_lose_context';
        ext.loseContext();
        await new Promise((r) => setTimeout(r, 300));
        const wasLost = gl.isContextLost();
        ext.restoreContext();
        return wasLost;
      });
      assert.equal(lost, true);
      await reloaded;
      await appStarts(page);
      assert.equal((await page.evaluate(() => CarbonTwin.getLever('retrofit_rate_pct_per_yr'))).target, 4, 'lever not kept');
      assert.equal((await page.evaluate(() => CarbonTwin.pathway())).cumulative_t, before);
      await page.waitForTimeout(500);
      const png = await page.screenshot({ path: path.join(out, 'context-restored.png') });
      const [stats] = await pngRegionStats(browser, png, [{ x: 0, y: 0, w: 1280, h: 800 }]);
      assert.ok(stats.distinct_colours > 50, `restored screenshot looks blank: ${stats.distinct_colours} colours`);
      // A lever move still redraws: the chart's pixels change and frames keep coming.
      const r = await page.evaluate(() => CarbonTwin.chartPlotRect());
      const clip = { x: r.x, y: r.y, width: r.width, height: r.height };
      const chart0 = await page.screenshot({ clip });
      const frames0 = (await page.evaluate(() => CarbonTwin.frameStats())).frames;
      assert.equal(await page.evaluate(() => CarbonTwin.setLever('grid_factor_reduction_pct', 95)), true);
      await page.waitForTimeout(1000);
      const chart1 = await page.screenshot({ clip });
      assert.ok((await page.evaluate(() => CarbonTwin.frameStats())).frames > frames0, 'no frames after the restore');
      assert.ok(!chart0.equals(chart1), 'the chart did not redraw after a lever move');
      assert.equal(await page.evaluate(() => CarbonTwin.resetLevers()), true);
    });

    await check('offline: no request of the whole visit left the page\'s origin', async () => {
      assert.ok(requests.length > 20, `only ${requests.length} requests recorded`);
      const foreign = requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
      assert.deepEqual(foreign, []);
    });
  } finally {
    await context.close();
    if (server) await stopServer(server);
    if (bumpDir) fs.rmSync(bumpDir, { recursive: true, force: true });
  }
}
