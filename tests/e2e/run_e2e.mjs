// End-to-end test of the browser app: serves the built site, drives Debian's Chromium headless with
// playwright-core, and checks the CarbonTwin JS API, picking by a real mouse click, the language
// switch, the colour modes, and — from the screenshot's pixels — that the city and the panel were
// drawn. Any console error fails the test. Screenshots stay in --out for people to look at.
//   node tests/e2e/run_e2e.mjs --site build/wasm/web --out build/wasm/tests/e2e [--native-cli build/native/cli/carbontwin]
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from '../../scripts/static_server.mjs';
import { launchChromium, pngRegionStats } from './browser.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => {
  if (a.startsWith('--')) pairs.push([a.slice(2), all[i + 1]]);
  return pairs;
}, []));
const site = args.site;
const out = args.out || 'e2e-out';
assert.ok(site && fs.existsSync(path.join(site, 'index.html')), `no built site at ${site}`);
fs.mkdirSync(out, { recursive: true });

const checks = [];
async function check(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    checks.push({ name, ok: true });
    console.log(`ok   ${name} (${Date.now() - t0} ms)`);
  } catch (err) {
    checks.push({ name, ok: false, error: String(err && err.stack || err) });
    console.log(`FAIL ${name}: ${err && err.message || err}`);
  }
}

const server = await startServer(site, 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launchChromium();
const consoleErrors = [];
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(msg.text()); });
page.on('pageerror', (err) => consoleErrors.push('page error: ' + err.message));
page.on('requestfailed', (req) => consoleErrors.push('request failed: ' + req.url()));

let stats;
try {
  await check('page loads and CarbonTwin.ready resolves', async () => {
    await page.goto(url, { waitUntil: 'load', timeout: 60000 });
    await page.waitForFunction(() => window.CarbonTwin && window.CarbonTwin.ready, null, { timeout: 10000 });
    await page.evaluate(() => window.CarbonTwin.ready);
    const frames = await page.evaluate(() => CarbonTwin.frameStats());
    assert.ok(frames.frames >= 1, 'no frame drawn');
    assert.ok(frames.first_frame_ms > 0, 'first frame time missing');
    const loader = await page.evaluate(() => {
      const el = document.getElementById('loading');
      return el ? getComputedStyle(el).display !== 'none' && getComputedStyle(el).visibility !== 'hidden'
        && Number(getComputedStyle(el).opacity) > 0.01 : false;
    });
    await page.waitForFunction(() => {
      const el = document.getElementById('loading');
      return !el || getComputedStyle(el).display === 'none' || Number(getComputedStyle(el).opacity) < 0.01;
    }, null, { timeout: 5000 });
    console.log(`     first frame at ${frames.first_frame_ms.toFixed(0)} ms; loader visible at ready: ${loader}`);
  });

  await check('cityStats() describes the default synthetic city', async () => {
    stats = await page.evaluate(() => CarbonTwin.cityStats());
    assert.equal(stats.synthetic, true);
    assert.ok(stats.population > 8e5 && stats.population < 1.2e6, `population ${stats.population}`);
    assert.ok(stats.building_count > 1000, `buildings ${stats.building_count}`);
    assert.ok(stats.metro_line_count >= 2 && stats.metro_line_count <= 3);
    for (const k of ['residential', 'office', 'industrial']) assert.ok(stats.floor_area_by_use_m2[k] > 0, k);
    for (const k of ['expressway', 'arterial', 'collector', 'local']) assert.ok(stats.road_length_by_class_km[k] > 0, k);
  });

  if (args['native-cli']) {
    await check('browser statistics equal the native CLI\'s, bit for bit', async () => {
      const native = JSON.parse(execFileSync(args['native-cli'], ['city', '--json', '-'], { encoding: 'utf8' }));
      assert.deepStrictEqual(stats, native);
    });
  }

  await check('pickById returns attributes and rejects bad ids', async () => {
    const b = await page.evaluate(() => CarbonTwin.pickById(0));
    assert.ok(b && b.id === 0, JSON.stringify(b));
    for (const k of ['use', 'floors', 'height_m', 'footprint_area_m2', 'floor_area_m2', 'construction_year',
      'heating_system', 'heating_fuel', 'zone']) assert.ok(k in b, `missing ${k}`);
    assert.equal(await page.evaluate(() => CarbonTwin.selectedBuilding()), 0);
    assert.equal(await page.evaluate(() => CarbonTwin.pickById(-1)), null);
    assert.equal(await page.evaluate((n) => CarbonTwin.pickById(n), stats.building_count), null);
  });

  await check('a mouse click on a building picks it', async () => {
    const canvas = await page.$('canvas');
    const box = await canvas.boundingBox();
    // Look for a building whose roof centre is on screen, away from the panels at the edges.
    const target = await page.evaluate(({ w, h, n }) => {
      for (let id = 0; id < n; id += 97) {
        const p = CarbonTwin.buildingScreenPosition(id);
        if (p && p.x > w * 0.4 && p.x < w * 0.6 && p.y > h * 0.4 && p.y < h * 0.7) {
          if (CarbonTwin.pickAtScreen(p.x, p.y) >= 0) return p;
        }
      }
      return null;
    }, { w: box.width, h: box.height, n: stats.building_count });
    assert.ok(target, 'no building found near the centre of the view');
    await page.evaluate(() => CarbonTwin.pickById(-1));  // clear: the click must select it anew
    await page.mouse.move(box.x + target.x, box.y + target.y);
    await page.mouse.down();
    await page.mouse.up();
    await page.waitForTimeout(300);
    const selected = await page.evaluate(() => CarbonTwin.selectedBuilding());
    const under = await page.evaluate(({ x, y }) => CarbonTwin.pickAtScreen(x, y), target);
    assert.ok(selected >= 0, 'click selected nothing');
    assert.equal(selected, under, 'click selected another building than the one under the cursor');
  });

  await check('hovering a building highlights it', async () => {
    const box = await (await page.$('canvas')).boundingBox();
    const target = await findBuildingNearCentre(box);
    await page.mouse.move(box.x + target.x, box.y + target.y);
    await page.waitForFunction((id) => CarbonTwin.hoveredBuilding() === id, target.id, { timeout: 5000 });
    await page.mouse.move(box.x + 2, box.y + box.height - 2);  // off the city: hover clears
    await page.waitForFunction((id) => CarbonTwin.hoveredBuilding() !== id, target.id, { timeout: 5000 });
  });

  await check('touch: pinch zooms, two fingers pan, a tap picks', async () => {
    const cdp = await page.context().newCDPSession(page);
    const box = await (await page.$('canvas')).boundingBox();
    const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', {
      type, touchPoints: points.map(([x, y], id) => ({ x: box.x + x, y: box.y + y, id })),
    });
    const cx = box.width / 2, cy = box.height / 2;
    const before = await page.evaluate(() => CarbonTwin.getCamera());
    await touch('touchStart', [[cx - 40, cy], [cx + 40, cy]]);
    for (let k = 1; k <= 8; ++k) {
      await touch('touchMove', [[cx - 40 - 15 * k, cy], [cx + 40 + 15 * k, cy]]);
      await page.waitForTimeout(40);
    }
    await touch('touchEnd', []);
    await page.waitForTimeout(200);
    const zoomed = await page.evaluate(() => CarbonTwin.getCamera());
    assert.ok(zoomed.distance_m < before.distance_m * 0.8,
      `pinch out did not zoom in: ${before.distance_m} -> ${zoomed.distance_m}`);
    await touch('touchStart', [[cx - 40, cy], [cx + 40, cy]]);
    for (let k = 1; k <= 8; ++k) {
      await touch('touchMove', [[cx - 40 + 12 * k, cy + 10 * k], [cx + 40 + 12 * k, cy + 10 * k]]);
      await page.waitForTimeout(40);
    }
    await touch('touchEnd', []);
    await page.waitForTimeout(200);
    const panned = await page.evaluate(() => CarbonTwin.getCamera());
    const moved = Math.hypot(panned.target_x_m - zoomed.target_x_m, panned.target_y_m - zoomed.target_y_m);
    assert.ok(moved > 1, `two-finger drag did not pan (target moved ${moved} m)`);
    await page.evaluate((c) => CarbonTwin.setCamera(c), before);
    await page.waitForTimeout(300);
    const target = await findBuildingNearCentre(box);
    await page.evaluate(() => CarbonTwin.pickById(-1));
    await touch('touchStart', [[target.x, target.y]]);
    await page.waitForTimeout(60);
    await touch('touchEnd', []);
    await page.waitForFunction((id) => CarbonTwin.selectedBuilding() === id, target.id, { timeout: 5000 });
    await page.evaluate(() => CarbonTwin.pickById(-1));
    await cdp.detach();
  });

  await check('colour modes switch and reject unknown names', async () => {
    assert.equal(await page.evaluate(() => CarbonTwin.setColorMode('height')), true);
    assert.equal(await page.evaluate(() => CarbonTwin.getColorMode()), 'height');
    assert.equal(await page.evaluate(() => CarbonTwin.setColorMode('nonsense')), false);
    assert.equal(await page.evaluate(() => CarbonTwin.getColorMode()), 'height');
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, 'city-by-height.png') });
    assert.equal(await page.evaluate(() => CarbonTwin.setColorMode('use')), true);
  });

  let shotZh, shotEn;
  await check('language switches between zh-CN (default) and en', async () => {
    assert.equal(await page.evaluate(() => CarbonTwin.getLanguage()), 'zh-CN');
    await page.waitForTimeout(300);
    shotZh = await page.screenshot({ path: path.join(out, 'city-zh-CN.png') });
    assert.equal(await page.evaluate(() => CarbonTwin.setLanguage('en')), true);
    assert.equal(await page.evaluate(() => CarbonTwin.getLanguage()), 'en');
    assert.equal(await page.evaluate(() => CarbonTwin.setLanguage('xx')), false);
    await page.waitForTimeout(300);
    shotEn = await page.screenshot({ path: path.join(out, 'city-en.png') });
    assert.equal(await page.evaluate(() => CarbonTwin.setLanguage('zh-CN')), true);
  });

  await check('the screenshot shows a drawn city and panels', async () => {
    assert.ok(shotZh && shotEn, 'screenshots missing');
    const W = 1280, H = 800;
    const city = { x: W * 0.3, y: H * 0.3, w: W * 0.4, h: H * 0.4 };
    const whole = { x: 0, y: 0, w: W, h: H };
    const [zhCity, zhWhole] = await pngRegionStats(browser, shotZh, [city, whole].map(round));
    const [enCity, enWhole] = await pngRegionStats(browser, shotEn, [city, whole].map(round));
    console.log(`     distinct colours: city region ${zhCity.distinct_colours}, whole ${zhWhole.distinct_colours}`);
    // A lit, coloured city has many shades; an empty or failed canvas has a handful.
    assert.ok(zhCity.distinct_colours >= 40, `city region has only ${zhCity.distinct_colours} colours`);
    assert.ok(zhWhole.distinct_colours >= 80, `screen has only ${zhWhole.distinct_colours} colours`);
    // Same view, other language: the panels' text must change the picture.
    const panelsDiffer = JSON.stringify(zhWhole.mean_rgb) !== JSON.stringify(enWhole.mean_rgb);
    assert.ok(panelsDiffer, 'switching language did not change the drawn panels');
    assert.ok(enCity.distinct_colours >= 40);
  });

  await check('no console errors', async () => {
    assert.deepEqual(consoleErrors, []);
  });
} finally {
  await browser.close();
  server.close();
}

async function findBuildingNearCentre(box) {
  const target = await page.evaluate(({ w, h, n }) => {
    for (let id = 0; id < n; id += 37) {
      const p = CarbonTwin.buildingScreenPosition(id);
      if (p && p.x > w * 0.4 && p.x < w * 0.6 && p.y > h * 0.35 && p.y < h * 0.7) return { id, x: p.x, y: p.y };
    }
    return null;
  }, { w: box.width, h: box.height, n: stats.building_count });
  assert.ok(target, 'no building found near the centre of the view');
  return target;
}

function round(r) { return { x: Math.round(r.x), y: Math.round(r.y), w: Math.round(r.w), h: Math.round(r.h) }; }

const failed = checks.filter((c) => !c.ok);
fs.writeFileSync(path.join(out, 'e2e-result.json'), JSON.stringify({ checks, consoleErrors }, null, 2));
console.log(`screenshots in ${path.resolve(out)}`);
console.log(`e2e: ${checks.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
