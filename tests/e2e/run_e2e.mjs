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
import { launchChromium, pngColourCounts, pngRegionStats } from './browser.mjs';

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
    assert.equal(await page.evaluate(() => CarbonTwin.clearSelection()), true);  // the click must select anew
    assert.equal(await page.evaluate(() => CarbonTwin.selectedBuilding()), -1);
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
    await page.evaluate(() => CarbonTwin.clearSelection());
    await touch('touchStart', [[target.x, target.y]]);
    await page.waitForTimeout(60);
    await touch('touchEnd', []);
    await page.waitForFunction((id) => CarbonTwin.selectedBuilding() === id, target.id, { timeout: 5000 });
    await page.evaluate(() => CarbonTwin.clearSelection());
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

  // ---- pathway: lever panel, chart and the JS API over twin/pathway ----
  let pathway0;
  await check('pathway() describes 2020-2060 by sector, transport included once its worker is done', async () => {
    // The pathway's transport comes from the transport worker's base run (wasm/app_transport.cpp).
    assert.equal(await page.evaluate(() => CarbonTwin.whenTransportReady()), true, 'transport failed');
    pathway0 = await page.evaluate(() => CarbonTwin.pathway());
    assert.equal(pathway0.transport_included, true, 'the pathway has no transport');
    assert.ok(pathway0 && Array.isArray(pathway0.years), 'no pathway');
    assert.equal(pathway0.years.length, 41);
    assert.equal(pathway0.years[0].year, 2020);
    assert.equal(pathway0.years[40].year, 2060);
    for (const y of pathway0.years) {
      for (const k of ['residential', 'commercial', 'industry', 'transport']) {
        assert.ok(y.by_sector_t[k] >= 0, `${y.year} ${k}`);
      }
      assert.ok(y.by_sector_t.transport > 0, `${y.year}: no transport emissions`);
      for (const k of ['scope1_t', 'scope2_t', 'net_t']) assert.ok(Number.isFinite(y[k]), `${y.year} ${k}`);
    }
    assert.ok(pathway0.peak_year >= 2020 && pathway0.peak_year <= 2060);
    assert.ok(pathway0.peak_t > 0 && pathway0.cumulative_t > 0);
    assert.ok(pathway0.neutrality_year === null || Number.isInteger(pathway0.neutrality_year));
  });

  if (args['native-cli']) {
    await check('browser pathway milestones equal the native CLI\'s exactly', async () => {
      const native = JSON.parse(execFileSync(args['native-cli'], ['pathway', '--baseline', 'table', '--json', '-'],
        { encoding: 'utf8', maxBuffer: 64 << 20 }));
      const m = native.milestones;
      assert.deepStrictEqual(
        { peak_year: pathway0.peak_year, peak_t: pathway0.peak_t, neutrality_year: pathway0.neutrality_year,
          cumulative_t: pathway0.cumulative_t },
        { peak_year: m.peak_year, peak_t: m.peak_t, neutrality_year: m.neutrality_year, cumulative_t: m.cumulative_t });
      assert.equal(native.years.length, pathway0.years.length);
      native.years.forEach((n, i) => {
        const b = pathway0.years[i];
        assert.equal(b.year, n.year);
        assert.equal(b.net_t, n.net_t, `net_t ${n.year}`);
        assert.equal(b.scope1_t, n.scope1_t, `scope1_t ${n.year}`);
        assert.equal(b.scope2_t, n.scope2_t, `scope2_t ${n.year}`);
        // The CLI runs the same transport model natively; the page ran it in its worker (wasm).
        for (const k of ['residential', 'commercial', 'industry', 'transport']) {
          const want = n.emissions_t[k].scope1 + n.emissions_t[k].scope2;
          assert.ok(Math.abs(b.by_sector_t[k] - want) <= 1e-9 * Math.max(1, Math.abs(want)), `${k} ${n.year}`);
        }
      });
    });
  }

  await check('levers: listLevers, setLever moves cumulative down, bad input returns false', async () => {
    const levers = await page.evaluate(() => CarbonTwin.listLevers());
    assert.ok(Array.isArray(levers) && levers.length >= 10, 'too few levers');
    for (const l of levers) {
      for (const k of ['key', 'unit', 'min', 'max', 'default', 'target']) assert.ok(k in l, `${l.key}: no ${k}`);
      assert.ok(l.min <= l.target && l.target <= l.max, l.key);
    }
    const grid = levers.find((l) => l.key === 'grid_factor_reduction_pct');
    const retrofit = levers.find((l) => l.key === 'retrofit_rate_pct_per_yr');
    assert.ok(grid && retrofit, 'grid / retrofit levers missing');
    const base = pathway0.cumulative_t;
    assert.equal(await page.evaluate(() => CarbonTwin.setLever('grid_factor_reduction_pct', 95)), true);
    assert.equal((await page.evaluate(() => CarbonTwin.getLever('grid_factor_reduction_pct'))).target, 95);
    const afterGrid = (await page.evaluate(() => CarbonTwin.pathway())).cumulative_t;
    assert.ok(afterGrid < base, `grid lever: cumulative ${base} -> ${afterGrid}`);
    assert.equal(await page.evaluate(() => CarbonTwin.setLever('retrofit_rate_pct_per_yr', 4)), true);
    const afterRetrofit = (await page.evaluate(() => CarbonTwin.pathway())).cumulative_t;
    assert.ok(afterRetrofit < afterGrid, `retrofit lever: cumulative ${afterGrid} -> ${afterRetrofit}`);
    // Bad input: false, a warning, nothing thrown, nothing changed.
    const bad = await page.evaluate(() => [
      CarbonTwin.setLever('no_such_lever', 1),
      CarbonTwin.setLever('retrofit_rate_pct_per_yr', 1e9),
      CarbonTwin.setLever('retrofit_rate_pct_per_yr', -1),
      CarbonTwin.setLever('retrofit_rate_pct_per_yr', NaN),
      CarbonTwin.setLever('retrofit_rate_pct_per_yr', '3'),
      CarbonTwin.setLever(undefined, 3),
      CarbonTwin.getLever('no_such_lever'),
    ]);
    assert.deepStrictEqual(bad, [false, false, false, false, false, false, null]);
    assert.equal((await page.evaluate(() => CarbonTwin.pathway())).cumulative_t, afterRetrofit);
    assert.equal(await page.evaluate(() => CarbonTwin.resetLevers()), true);
    assert.equal((await page.evaluate(() => CarbonTwin.pathway())).cumulative_t, base);
  });

  await check('setYear / getYear drive the scrubber; dragging the chart picks a year', async () => {
    assert.equal(await page.evaluate(() => CarbonTwin.setYear(2045)), true);
    assert.equal(await page.evaluate(() => CarbonTwin.getYear()), 2045);
    assert.equal(await page.evaluate(() => CarbonTwin.setYear(2019)), false);
    assert.equal(await page.evaluate(() => CarbonTwin.setYear(2035.5)), false);
    assert.equal(await page.evaluate(() => CarbonTwin.getYear()), 2045);
    const rect = await page.evaluate(() => CarbonTwin.chartPlotRect());
    assert.ok(rect && rect.width > 100 && rect.height > 50, `plot rect ${JSON.stringify(rect)}`);
    const box = await (await page.$('canvas')).boundingBox();
    const at = (year) => box.x + rect.x + (year - 2020) / 40 * rect.width;
    const yMid = box.y + rect.y + rect.height / 2;
    const camera = await page.evaluate(() => CarbonTwin.getCamera());
    await page.mouse.move(at(2045), yMid);
    await page.mouse.down();
    for (let k = 1; k <= 6; ++k) {
      await page.mouse.move(at(2045 - 2.5 * k), yMid);
      await page.waitForTimeout(60);
    }
    await page.mouse.up();
    await page.waitForFunction(() => CarbonTwin.getYear() === 2030, null, { timeout: 5000 })
      .catch(async () => assert.fail(`dragged to 2030, year is ${await page.evaluate(() => CarbonTwin.getYear())}`));
    assert.deepStrictEqual(await page.evaluate(() => CarbonTwin.getCamera()), camera, 'the drag moved the camera');
  });

  await check('the pathway chart is drawn and follows the levers (pathway.png)', async () => {
    const rect = await page.evaluate(() => CarbonTwin.chartPlotRect());
    const region = round({ x: rect.x, y: rect.y, w: rect.width, h: rect.height });
    await page.waitForTimeout(300);
    const shot = await page.screenshot({ path: path.join(out, 'pathway.png') });
    assert.equal(await page.evaluate(() => CarbonTwin.setLever('grid_factor_reduction_pct', 100)), true);
    assert.equal(await page.evaluate(() => CarbonTwin.setLever('heat_pump_share_pct', 80)), true);
    await page.waitForTimeout(300);
    const shotLow = await page.screenshot({ path: path.join(out, 'pathway-ambitious.png') });
    await page.evaluate(() => CarbonTwin.setLanguage('en'));
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, 'pathway-ambitious-en.png') });
    await page.evaluate(() => { CarbonTwin.setLanguage('zh-CN'); CarbonTwin.resetLevers(); });
    const [chart] = await pngRegionStats(browser, shot, [region]);
    const [chartLow] = await pngRegionStats(browser, shotLow, [region]);
    console.log(`     chart region ${region.w}x${region.h}: ${chart.distinct_colours} colours, mean ${chart.mean_rgb.map(Math.round)}`);
    assert.ok(chart.distinct_colours >= 12, `chart has only ${chart.distinct_colours} colours`);
    // Stacked areas cover much of the plot: it is darker than the light panel background.
    assert.ok(chart.mean_rgb.reduce((a, b) => a + b) / 3 < 225, `chart looks empty: ${chart.mean_rgb}`);
    assert.notDeepStrictEqual(chart.mean_rgb, chartLow.mean_rgb, 'the chart did not change with the levers');
    const frames = await page.evaluate(() => CarbonTwin.frameStats());
    console.log(`     pathway evaluation in the page: ${frames.pathway_eval_ms.toFixed(2)} ms`);
  });

  // ---- hourly building energy: the energy worker (web/energy_worker.js), colour modes, buildingEnergy ----
  await check('the hourly energy runs in a worker with progress; the page stays responsive meanwhile', async () => {
    // Test-side log of the worker's messages, with the page's frame count and camera at each.
    await page.addInitScript(() => {
      window.__energyLog = [];
      window.__transportLog = [];
      const Base = window.Worker;
      window.Worker = class extends Base {
        constructor(...a) {
          super(...a);
          const log = String(a[0]).includes('transport') ? window.__transportLog : window.__energyLog;
          this.addEventListener('message', (e) => {
            const m = e.data || {};
            const api = window.CarbonTwin, f = api && api.frameStats(), c = api && api.getCamera();
            log.push({ type: m.type, p: m.fraction, stage: m.stage, runId: m.runId,
              frames: f ? f.frames : -1, yaw: c ? c.yaw_rad : null });
          });
        }
      };
    });
    await page.reload({ waitUntil: 'load', timeout: 60000 });
    await page.waitForFunction(() => window.CarbonTwin && window.CarbonTwin.ready, null, { timeout: 10000 });
    // Orbit with a mouse drag from the moment the page is ready (events dispatched by the page
    // itself every 30 ms, so the drag runs while the worker does, however slow the driver is).
    const first = await page.evaluate(async () => {
      await window.CarbonTwin.ready;
      const canvas = document.getElementById('canvas');
      const r = canvas.getBoundingClientRect();
      const x0 = r.width * 0.5, y0 = r.height * 0.3;
      const mouse = (type, x) => canvas.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y0, button: 0, bubbles: true }));
      mouse('mousedown', x0);
      let k = 0;
      window.__drag = setInterval(() => { k += 1; mouse('mousemove', x0 + 60 * Math.sin(k / 3)); }, 30);
      window.__dragEnd = () => { clearInterval(window.__drag); mouse('mouseup', x0); };
      return CarbonTwin.energyProgress();
    });
    assert.ok(first < 1, 'the simulation finished before the page was ready: nothing to observe');
    assert.equal(await page.evaluate(() => CarbonTwin.setColorMode('eui')), false, 'eui accepted before the results');
    assert.equal(await page.evaluate(() => CarbonTwin.buildingEnergy(0)), null);
    let shot = false;
    for (let k = 0; k < 2000; ++k) {
      const p = await page.evaluate(() => CarbonTwin.energyProgress());
      if (p >= 1) break;
      if (!shot && p > 0.3) {
        await page.screenshot({ path: path.join(out, 'city-energy-progress.png') });
        shot = true;
      }
      await page.waitForTimeout(30);
    }
    await page.evaluate(() => window.__dragEnd());
    const log = await page.evaluate(() => window.__energyLog);
    const running = log.filter((m) => m.type === 'progress' && m.frames >= 0);
    console.log(`     ${running.length} progress messages: ${running.map((m) => m.p.toFixed(2)).join(' ')}; ` +
      `frames ${running.length ? running[0].frames : '-'} -> ${running.length ? running[running.length - 1].frames : '-'}`);
    assert.ok(running.length >= 3, 'too few progress messages');
    const last = running[running.length - 1];
    assert.ok(last.frames > running[0].frames, 'no frame was drawn while the simulation ran');
    assert.ok(running.some((m) => m.yaw !== running[0].yaw), 'the drag did not orbit the camera while the simulation ran');
    assert.ok(log.some((m) => m.type === 'done'), 'no results message');
  });

  let energyCount = 0;
  await check('energyReady resolves within 60 s and energyProgress() is 1', async () => {
    const t0 = Date.now();
    const result = await page.evaluate(() => Promise.race([CarbonTwin.energyReady,
      new Promise((resolve) => setTimeout(() => resolve('timeout'), 60000))]));
    assert.equal(result, true, `energyReady gave ${result}`);
    assert.equal(await page.evaluate(() => CarbonTwin.energyProgress()), 1);
    energyCount = stats.building_count;
    const runMs = (await page.evaluate(() => CarbonTwin.frameStats())).energy_run_ms;
    console.log(`     resolved ${Date.now() - t0} ms after the responsiveness check; worker run ${runMs.toFixed(0)} ms`);
  });

  await check('buildingEnergy(id): a residential building heats, with a plausible EUI', async () => {
    const b = await page.evaluate((n) => {
      for (let id = 0; id < n; ++id) {
        const e = CarbonTwin.buildingEnergy(id);
        if (e && e.archetype.category.startsWith('residential') && e.by_end_use_kwh.space_heating > 0) return e;
      }
      return null;
    }, energyCount);
    assert.ok(b, 'no residential building with space heating');
    for (const k of ['space_heating', 'cooling', 'hot_water', 'lighting', 'appliances', 'cooking']) {
      assert.ok(b.by_end_use_kwh[k] >= 0, k);
    }
    for (const k of ['electricity', 'district_heat', 'natural_gas', 'coal', 'lpg']) assert.ok(b.by_carrier_kwh[k] >= 0, k);
    assert.ok(b.eui_kwh_m2 >= 20 && b.eui_kwh_m2 <= 400, `EUI ${b.eui_kwh_m2}`);
    assert.ok(b.pv_kwh > 0 && b.scope2_t > 0 && b.scope1_t >= 0, JSON.stringify(b));
    for (const k of ['category', 'vintage', 'climate_zone', 'u_wall_w_m2k', 'window_to_wall']) assert.ok(k in b.archetype, k);
    assert.ok(b.factors.by_carrier.electricity.kg_per_kwh > 0 && b.factors.by_carrier.electricity.source_id);
    console.log(`     building ${b.id} (${b.archetype.category}, ${b.archetype.vintage}): EUI ${b.eui_kwh_m2.toFixed(1)} kWh/m², ` +
      `heating ${(b.by_end_use_kwh.space_heating / 1000).toFixed(1)} MWh`);
    assert.deepStrictEqual(await page.evaluate((n) => [CarbonTwin.buildingEnergy(-1), CarbonTwin.buildingEnergy(n),
      CarbonTwin.buildingEnergy('1')], energyCount), [null, null, null]);
  });

  if (args['native-cli']) {
    await check('every building\'s energy equals the native CLI\'s (carbontwin buildings --csv)', async () => {
      const csvPath = path.join(out, 'buildings.csv');
      execFileSync(args['native-cli'], ['buildings', '--csv', csvPath], { encoding: 'utf8' });
      const lines = fs.readFileSync(csvPath, 'utf8').trim().split('\n');
      const header = lines[0].split(',');
      const carriers = ['electricity', 'district_heat', 'natural_gas', 'coal', 'oil', 'gasoline', 'lpg'];
      const browser = await page.evaluate(({ n, carriers }) => {
        const rows = [];
        for (let id = 0; id < n; ++id) {
          const e = CarbonTwin.buildingEnergy(id);
          rows.push([...carriers.map((c) => e.by_carrier_kwh[c]), e.pv_kwh, e.scope1_t, e.scope2_t]);
        }
        return rows;
      }, { n: energyCount, carriers });
      assert.equal(lines.length - 1, browser.length, 'building count');
      const columns = [...carriers.map((c) => c + '_kwh'), 'pv_kwh', 'scope1_t', 'scope2_t'];
      const at = columns.map((c) => header.indexOf(c));
      assert.ok(at.every((i) => i >= 0), 'CSV columns missing');
      // The CSV prints %.6g (energy) and %.4f (tonnes): the browser's exact value must round to it,
      // i.e. lie within half a unit of its last digit (≈ 5e-6 relative).
      const sums = columns.map(() => [0, 0]);
      let worst = 0;
      for (let i = 0; i < browser.length; ++i) {
        const cells = lines[i + 1].split(',');
        at.forEach((col, k) => {
          const text = cells[col], csv = Number(text), got = browser[i][k];
          const half = columns[k].endsWith('_t') ? 0.5e-4
            : (csv === 0 ? 0 : 0.5 * 10 ** (Math.floor(Math.log10(Math.abs(csv))) - 5));
          const tol = half * (1 + 1e-9) + 1e-12;
          assert.ok(Math.abs(csv - got) <= tol, `building ${i} ${columns[k]}: CSV ${text}, browser ${got}`);
          sums[k][0] += csv;
          sums[k][1] += got;
          if (csv !== 0) worst = Math.max(worst, Math.abs(csv - got) / Math.abs(csv));
        });
      }
      columns.forEach((c, k) => {
        const [csv, got] = sums[k];
        assert.ok(Math.abs(csv - got) <= 1e-5 * Math.max(1, Math.abs(csv)), `total ${c}: CSV ${csv}, browser ${got}`);
      });
      console.log(`     ${browser.length} buildings × ${columns.length} columns agree to the CSV's digits ` +
        `(largest relative difference ${worst.toExponential(1)}); totals: ` +
        columns.slice(0, 4).map((c, k) => `${c} ${(sums[k][1] / 1e6).toFixed(1)} GWh`).join(', '));
    });
  }

  await check('energy colour modes after energyReady: city-eui.png differs from by-use', async () => {
    const W = 1280, H = 800;
    const city = round({ x: W * 0.3, y: H * 0.25, w: W * 0.4, h: H * 0.35 });
    await page.evaluate(() => CarbonTwin.setCamera({ yaw_rad: -0.5 }));
    assert.equal(await page.evaluate(() => CarbonTwin.setColorMode('use')), true);
    await page.waitForTimeout(300);
    const byUse = await page.screenshot({ path: path.join(out, 'city-by-use.png') });
    const shots = {};
    for (const mode of ['eui', 'emissions', 'pv']) {
      assert.equal(await page.evaluate((m) => CarbonTwin.setColorMode(m), mode), true, mode);
      assert.equal(await page.evaluate(() => CarbonTwin.getColorMode()), mode);
      await page.waitForTimeout(300);
      shots[mode] = await page.screenshot({ path: path.join(out, `city-${mode}.png`) });
    }
    const [use] = await pngRegionStats(browser, byUse, [city]);
    const [eui] = await pngRegionStats(browser, shots.eui, [city]);
    const [pv] = await pngRegionStats(browser, shots.pv, [city]);
    console.log(`     city region mean rgb: use ${use.mean_rgb.map(Math.round)}, eui ${eui.mean_rgb.map(Math.round)}, ` +
      `pv ${pv.mean_rgb.map(Math.round)}; eui colours ${eui.distinct_colours}`);
    const diff = use.mean_rgb.reduce((a, v, k) => a + Math.abs(v - eui.mean_rgb[k]), 0);
    assert.ok(diff > 3, `eui looks like by-use (mean rgb differs by ${diff})`);
    assert.ok(eui.distinct_colours >= 40, `eui city region has only ${eui.distinct_colours} colours`);
    // The picked building's panel with its energy (the legend shows the eui bins).
    assert.equal(await page.evaluate(() => CarbonTwin.setColorMode('eui')), true);
    const target = await findBuildingNearCentre(await (await page.$('canvas')).boundingBox());
    await page.evaluate((id) => CarbonTwin.pickById(id), target.id);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, 'building-energy.png') });
    await page.evaluate(() => CarbonTwin.setLanguage('en'));
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, 'building-energy-en.png') });
    await page.evaluate(() => { CarbonTwin.setLanguage('zh-CN'); CarbonTwin.clearSelection(); CarbonTwin.setColorMode('use'); });
  });

  await check('energy colours follow the year and levers: emissions 2060 + clean grid below 2030 default', async () => {
    const W = 1280, H = 800;
    const city = round({ x: W * 0.3, y: H * 0.25, w: W * 0.4, h: H * 0.35 });
    const pick = await page.evaluate((n) => {
      CarbonTwin.resetLevers();
      CarbonTwin.setYear(2020);
      for (let id = 0; id < n; ++id) {
        const e = CarbonTwin.buildingEnergy(id);
        if (e && e.by_carrier_kwh.electricity > 0 && e.emissions_kg_m2 > 0) return e;
      }
      return null;
    }, energyCount);
    assert.ok(pick, 'no building using electricity');
    assert.equal(pick.year, 2020);
    assert.ok(Math.abs(pick.emissions_kg_m2_year - pick.emissions_kg_m2) <= 1e-9 * pick.emissions_kg_m2,
      `2020: ${pick.emissions_kg_m2_year} vs simulated ${pick.emissions_kg_m2}`);
    assert.ok(Math.abs(pick.eui_kwh_m2_year - pick.eui_kwh_m2) <= 1e-9 * pick.eui_kwh_m2, '2020 EUI');
    assert.equal(await page.evaluate(() => CarbonTwin.setColorMode('emissions')), true);
    assert.equal(await page.evaluate(() => CarbonTwin.setYear(2030)), true);
    await page.waitForTimeout(300);
    const shot2030 = await page.screenshot({ path: path.join(out, 'city-emissions-2030.png') });
    const b2030 = await page.evaluate((id) => CarbonTwin.buildingEnergy(id), pick.id);
    const max = (await page.evaluate(() => CarbonTwin.getLever('grid_factor_reduction_pct'))).max;
    assert.equal(await page.evaluate(() => CarbonTwin.setYear(2060)), true);
    assert.equal(await page.evaluate((m) => CarbonTwin.setLever('grid_factor_reduction_pct', m), max), true);
    await page.waitForTimeout(300);
    const shot2060 = await page.screenshot({ path: path.join(out, 'city-emissions-2060.png') });
    const b2060 = await page.evaluate((id) => CarbonTwin.buildingEnergy(id), pick.id);
    assert.equal(b2030.year, 2030);
    assert.equal(b2060.year, 2060);
    assert.ok(b2060.emissions_kg_m2_year < b2030.emissions_kg_m2_year,
      `building ${pick.id}: ${b2030.emissions_kg_m2_year} kg/m² (2030) -> ${b2060.emissions_kg_m2_year} (2060, clean grid)`);
    assert.equal(b2060.emissions_kg_m2, b2030.emissions_kg_m2, 'the simulated 2020 value stays');
    const [a] = await pngRegionStats(browser, shot2030, [city]);
    const [b] = await pngRegionStats(browser, shot2060, [city]);
    const diff = a.mean_rgb.reduce((acc, v, k) => acc + Math.abs(v - b.mean_rgb[k]), 0);
    console.log(`     building ${pick.id}: ${b2030.emissions_kg_m2_year.toFixed(1)} kg/m² (2030) -> ` +
      `${b2060.emissions_kg_m2_year.toFixed(1)} (2060, grid -${max}%); city mean rgb ${a.mean_rgb.map(Math.round)} -> ` +
      `${b.mean_rgb.map(Math.round)} (differ by ${diff.toFixed(1)})`);
    assert.ok(diff > 3, `city-emissions-2060.png looks like 2030 (mean rgb differs by ${diff})`);
    await page.evaluate(() => { CarbonTwin.resetLevers(); CarbonTwin.setYear(2030); CarbonTwin.setColorMode('use'); });
  });

  // ---- transport: the transport worker, the traffic layer, drawing a metro line, the JS API ----
  let transport0;
  await check('transport results arrive from the worker with progress', async () => {
    const result = await page.evaluate(() => Promise.race([CarbonTwin.transportReady,
      new Promise((resolve) => setTimeout(() => resolve('timeout'), 180000))]));
    assert.equal(result, true, `transportReady gave ${result}`);
    assert.equal(await page.evaluate(() => CarbonTwin.whenTransportReady()), true);
    const log = await page.evaluate(() => window.__transportLog);
    const progress = log.filter((m) => m.type === 'progress');
    console.log(`     ${progress.length} progress messages, stages: ${[...new Set(progress.map((m) => m.stage))].join(', ')}`);
    assert.ok(progress.length >= 2, 'too few transport progress messages');
    assert.ok(progress.every((m) => typeof m.stage === 'string' && m.p >= 0 && m.p <= 1), 'progress without stage/fraction');
    assert.ok(log.some((m) => m.type === 'done'), 'no transport results message');
    transport0 = await page.evaluate(() => CarbonTwin.transport());
    assert.ok(transport0, 'transport() is null');
    const shares = Object.values(transport0.mode_share);
    assert.equal(shares.length, 6);
    assert.ok(Math.abs(shares.reduce((a, b) => a + b, 0) - 1) < 1e-6, `mode shares sum to ${shares.reduce((a, b) => a + b, 0)}`);
    assert.ok(transport0.mode_share.car > 0 && transport0.activity.vehicle_km_per_day.car > 0);
    assert.ok(transport0.run_ms > 0, 'run_ms missing');
    assert.equal(transport0.lines.length, stats.metro_line_count);
    assert.deepStrictEqual(transport0.base_mode_share, transport0.mode_share);
    const flows = await page.evaluate(() => CarbonTwin.roadFlows());
    assert.equal(flows.link_count, stats.road_link_count);
    assert.ok(flows.links_with_flow > 0.2 * flows.link_count, `only ${flows.links_with_flow} links carry traffic`);
    assert.ok(flows.max_flow_pcu_h > 0 && flows.mean_vc > 0);
    const arrays = await page.evaluate(() => CarbonTwin.roadFlows(true));
    assert.equal(arrays.flow_pcu_h.length, stats.road_link_count);
    const frames = await page.evaluate(() => CarbonTwin.frameStats());
    console.log(`     model run ${transport0.run_ms.toFixed(0)} ms, ${transport0.iterations} iterations, gap ${transport0.gap}; ` +
      `car share ${(100 * transport0.mode_share.car).toFixed(1)}%, ${flows.links_with_flow}/${flows.link_count} links with flow, ` +
      `max ${flows.max_flow_pcu_h.toFixed(0)} pcu/h, ${flows.congested_links} congested; frame ${frames.mean_frame_ms && frames.mean_frame_ms.toFixed(1)} ms`);
  });

  const vcColours = [[46, 160, 67], [242, 201, 40], [214, 39, 40]];
  await check('the traffic layer shows coloured flows on the map (traffic.png)', async () => {
    const W = 1280, H = 800;
    const city = round({ x: W * 0.3, y: H * 0.1, w: W * 0.4, h: H * 0.5 });
    await page.evaluate(() => { CarbonTwin.setColorMode('use'); CarbonTwin.setLanguage('zh-CN'); });
    assert.equal(await page.evaluate(() => CarbonTwin.trafficLayer()), true, 'the traffic layer is not on by default');
    assert.equal(await page.evaluate(() => CarbonTwin.setTrafficLayer(false)), true);
    await page.waitForTimeout(300);
    const off = await page.screenshot({ path: path.join(out, 'traffic-off.png') });
    assert.equal(await page.evaluate(() => CarbonTwin.setTrafficLayer(true)), true);
    await page.waitForTimeout(300);
    const on = await page.screenshot({ path: path.join(out, 'traffic.png') });
    await page.evaluate(() => CarbonTwin.setLanguage('en'));
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, 'traffic-en.png') });
    await page.evaluate(() => CarbonTwin.setLanguage('zh-CN'));
    // Closer, as a visitor would zoom in on the centre.
    const camera = await page.evaluate(() => CarbonTwin.getCamera());
    await page.evaluate((c) => CarbonTwin.setCamera({ distance_m: c.distance_m * 0.35, pitch_rad: 0.9 }), camera);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, 'traffic-zoom.png') });
    await page.evaluate((c) => CarbonTwin.setCamera(c), camera);
    await page.waitForTimeout(300);
    const [cOn, cOff] = [await pngColourCounts(browser, on, city, vcColours), await pngColourCounts(browser, off, city, vcColours)];
    console.log(`     green/yellow/red pixels: traffic on ${cOn.join('/')}, off ${cOff.join('/')}`);
    const added = cOn.map((n, k) => n - cOff[k]);
    assert.ok(added[0] > 200, `too few green road pixels (${added[0]})`);
    assert.ok(added[1] + added[2] > 50, `no yellow or red road pixels (${added[1]}, ${added[2]})`);
    const frames = await page.evaluate(() => CarbonTwin.frameStats());
    // Frame time while orbiting, without and with the overlay (frames drawn over a ~1.2 s drag).
    const orbitFrameMs = () => page.evaluate(async () => {
      const canvas = document.getElementById('canvas');
      const r = canvas.getBoundingClientRect();
      const x0 = r.width * 0.5, y0 = r.height * 0.3;
      const mouse = (type, x) => canvas.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y0, button: 0, bubbles: true }));
      const camera = CarbonTwin.getCamera();
      mouse('mousedown', x0);
      const f0 = CarbonTwin.frameStats().frames, t0 = performance.now();
      for (let k = 1; k <= 40; ++k) {
        mouse('mousemove', x0 + 40 * Math.sin(k / 4));
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      const ms = (performance.now() - t0) / Math.max(1, CarbonTwin.frameStats().frames - f0);
      mouse('mouseup', x0);
      CarbonTwin.setCamera(camera);
      return ms;
    });
    await page.evaluate(() => CarbonTwin.setTrafficLayer(false));
    const msOff = await orbitFrameMs();
    await page.evaluate(() => CarbonTwin.setTrafficLayer(true));
    const msOn = await orbitFrameMs();
    console.log(`     triangles with the overlay: ${frames.triangle_count}; frame while orbiting: ` +
      `${msOff.toFixed(1)} ms without, ${msOn.toFixed(1)} ms with the traffic layer`);
  });

  // Screen points of chosen ground points well inside the free middle of the view (no panels there).
  async function mapPoints(fractions) {
    return page.evaluate((fr) => fr.map(([fx, fy]) => {
      const x = 1280 * fx, y = 800 * fy;
      const w = CarbonTwin.screenToWorld(x, y);
      const p = { x_m: Math.round(w.x_m / 10) * 10, y_m: Math.round(w.y_m / 10) * 10 };
      const s = CarbonTwin.worldToScreen(p.x_m, p.y_m);
      return { world: [p.x_m, p.y_m], x: s.x, y: s.y };
    }), fractions);
  }

  await check('drawing a metro line by tapping the map, then building it, lowers car use', async () => {
    const cdp = await page.context().newCDPSession(page);
    const box = await (await page.$('canvas')).boundingBox();
    const tap = async (x, y) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: box.x + x, y: box.y + y, id: 0 }] });
      await page.waitForTimeout(60);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await page.waitForTimeout(150);
    };
    const tapButton = async (name) => {
      const rects = await page.evaluate(() => CarbonTwin.transportUiRects());
      const r = rects && rects[name];
      assert.ok(r, `no ${name} button on screen: ${JSON.stringify(rects)}`);
      await tap(r.x + r.width / 2, r.y + r.height / 2);
    };
    await page.evaluate(() => CarbonTwin.setCamera({ yaw_rad: -0.5 }));
    await page.waitForTimeout(300);
    await tapButton('draw');
    await page.waitForFunction(() => CarbonTwin.lineDraft().active, null, { timeout: 5000 });
    const points = await mapPoints([[0.40, 0.33], [0.48, 0.40], [0.56, 0.47], [0.64, 0.55]]);
    for (let k = 0; k < points.length; ++k) {
      await tap(points[k].x, points[k].y);
      await page.waitForFunction((n) => CarbonTwin.lineDraft().stations.length === n, k + 1, { timeout: 5000 })
        .catch(async () => assert.fail(`tap ${k} placed no station: ${JSON.stringify(await page.evaluate(() => CarbonTwin.lineDraft()))}`));
    }
    const draft = await page.evaluate(() => CarbonTwin.lineDraft());
    draft.stations.forEach(([x, y], k) => {
      // A station lies where it was tapped, or on an existing station within 300 m of it.
      const d = Math.hypot(x - points[k].world[0], y - points[k].world[1]);
      assert.ok(d < 301, `station ${k} is ${d.toFixed(0)} m from the tapped point`);
    });
    await page.screenshot({ path: path.join(out, 'draw-line.png') });
    await tapButton('undo');
    await page.waitForFunction(() => CarbonTwin.lineDraft().stations.length === 3, null, { timeout: 5000 });
    await tap(points[3].x, points[3].y);
    await page.waitForFunction(() => CarbonTwin.lineDraft().stations.length === 4, null, { timeout: 5000 });
    await tapButton('build');
    await page.waitForFunction(() => !CarbonTwin.lineDraft().active, null, { timeout: 5000 });
    assert.ok(await page.evaluate(() => CarbonTwin.transportBusy() || CarbonTwin.transport().lines.length > 0));
    // The panel's progress bar while the model re-runs.
    for (let k = 0; k < 100 && await page.evaluate(() => CarbonTwin.transportBusy()); ++k) {
      if ((await page.evaluate(() => CarbonTwin.transportProgress())).fraction > 0.2) {
        await page.screenshot({ path: path.join(out, 'transport-progress.png') });
        break;
      }
      await page.waitForTimeout(50);
    }
    assert.equal(await page.evaluate(() => CarbonTwin.whenTransportReady()), true);
    const t = await page.evaluate(() => CarbonTwin.transport());
    const added = t.lines.filter((l) => l.added);
    assert.equal(added.length, 1);
    assert.equal(added[0].stops.length, 4);
    assert.equal(added[0].loads_pax_h.length, 3);
    assert.ok(added[0].loads_pax_h.some((v) => v > 0), `the new line carries nobody: ${added[0].loads_pax_h}`);
    console.log(`     car share ${(100 * t.base_mode_share.car).toFixed(2)}% -> ${(100 * t.mode_share.car).toFixed(2)}%, ` +
      `car vkm ${(t.base_activity.vehicle_km_per_day.car / 1e4).toFixed(1)} -> ${(t.activity.vehicle_km_per_day.car / 1e4).toFixed(1)} 万; ` +
      `new line loads ${added[0].loads_pax_h.map((v) => v.toFixed(0)).join(', ')} pax/h; run ${t.run_ms.toFixed(0)} ms`);
    assert.ok(t.mode_share.car < t.base_mode_share.car, 'car share did not fall');
    assert.ok(t.activity.vehicle_km_per_day.car < t.base_activity.vehicle_km_per_day.car, 'car vehicle-km did not fall');
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, 'metro-built.png') });
    await page.evaluate(() => CarbonTwin.setLanguage('en'));
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, 'metro-built-en.png') });
    await page.evaluate(() => CarbonTwin.setLanguage('zh-CN'));
    await cdp.detach();
  });

  await check('addMetroLine / removeAddedLines through the JS API; bad input returns false', async () => {
    assert.equal(await page.evaluate(() => CarbonTwin.removeAddedLines()), true);
    assert.equal(await page.evaluate(() => CarbonTwin.whenTransportReady()), true);
    const base = await page.evaluate(() => CarbonTwin.transport());
    assert.equal(base.lines.filter((l) => l.added).length, 0);
    assert.equal(base.mode_share.car, transport0.mode_share.car, 'removing the lines did not restore the base');
    const bad = await page.evaluate(() => [
      CarbonTwin.addMetroLine([[0, 0]]),
      CarbonTwin.addMetroLine([[NaN, 0], [1000, 0]]),
      CarbonTwin.addMetroLine('0,0;1000,0'),
      CarbonTwin.addMetroLine([[0, 0], [1e7, 0]]),
      CarbonTwin.addMetroLine([[0, 0], [1000]]),
      CarbonTwin.addMetroLine(),
      CarbonTwin.worldToScreen(NaN, 0),
      CarbonTwin.screenToWorld('a', 0),
    ]);
    assert.deepStrictEqual(bad, [false, false, false, false, false, false, null, null]);
    assert.equal(await page.evaluate(() => CarbonTwin.transportBusy()), false, 'bad input started a run');
    const pathwayBefore = await page.evaluate(() => CarbonTwin.pathway());  // the levers as earlier checks left them
    const stops = [[-5000, 1500], [-3000, 1500], [-1000, 1500], [1000, 1500], [3000, 1500], [5000, 1500]];
    assert.equal(await page.evaluate((s) => CarbonTwin.addMetroLine(s, 'API line'), stops), true);
    assert.equal(await page.evaluate(() => CarbonTwin.whenTransportReady()), true);
    const t = await page.evaluate(() => CarbonTwin.transport());
    const line = t.lines.find((l) => l.added);
    assert.ok(line && line.name === 'API line' && line.stops.length === 6 && line.loads_pax_h.length === 5);
    assert.ok(line.loads_pax_h.some((v) => v > 0), 'the new line carries nobody');
    assert.ok(t.mode_share.car < base.mode_share.car, `car share ${base.mode_share.car} -> ${t.mode_share.car}`);
    assert.ok(t.activity.vehicle_km_per_day.car < base.activity.vehicle_km_per_day.car, 'car vehicle-km did not fall');
    console.log(`     API line: car share ${(100 * base.mode_share.car).toFixed(2)}% -> ${(100 * t.mode_share.car).toFixed(2)}%`);
    // The pathway: the line opens in 2030. From then on the city burns less petrol and diesel
    // (scope 1: every scope-1 change here is transport's), while the line's trains draw grid
    // electricity (scope 2). Whether the sum falls depends on the line's ridership against its
    // train-km; both parts are printed.
    const p = await page.evaluate(() => CarbonTwin.pathway());
    const before = pathwayBefore.years, after = p.years;
    assert.equal(p.transport_changes, 1, 'the line is not in the pathway');
    assert.equal(after[5].by_sector_t.transport, before[5].by_sector_t.transport, '2025 should not change');
    assert.ok(after[20].scope1_t < before[20].scope1_t, '2040 tailpipe (scope 1) emissions did not fall');
    assert.ok(after[20].scope2_t > before[20].scope2_t, '2040: the new trains use no electricity');
    console.log(`     pathway 2040: tailpipe ${((after[20].scope1_t - before[20].scope1_t) / 1e3).toFixed(2)} kt, ` +
      `electricity ${((after[20].scope2_t - before[20].scope2_t) / 1e3).toFixed(2)} kt, transport ` +
      `${(before[20].by_sector_t.transport / 1e3).toFixed(1)} -> ${(after[20].by_sector_t.transport / 1e3).toFixed(1)} kt`);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, 'metro-api-line.png') });
    assert.equal(await page.evaluate(() => CarbonTwin.removeAddedLines()), true);
    assert.equal(await page.evaluate(() => CarbonTwin.whenTransportReady()), true);
  });

  await check('a structural lever (parking price) re-runs the model in the worker and lowers transport emissions', async () => {
    await page.evaluate(() => CarbonTwin.resetLevers());
    assert.equal(await page.evaluate(() => CarbonTwin.whenTransportReady()), true);
    const before = await page.evaluate(() => CarbonTwin.pathway());
    assert.equal(before.cumulative_t, pathway0.cumulative_t, 'resetLevers did not restore the pathway');
    assert.equal(await page.evaluate(() => CarbonTwin.setLever('parking_price_yuan', 10)), true);
    assert.equal(await page.evaluate(() => CarbonTwin.transportBusy()), true, 'no re-run started');
    assert.equal(await page.evaluate(() => CarbonTwin.whenTransportReady()), true);
    const t = await page.evaluate(() => CarbonTwin.transport());
    assert.ok(t.mode_share.car < t.base_mode_share.car, `car share ${t.base_mode_share.car} -> ${t.mode_share.car}`);
    assert.equal(t.policy.parking_price_yuan, 10);
    const p = await page.evaluate(() => CarbonTwin.pathway());
    assert.equal(p.transport_changes, 1);
    assert.ok(p.years[20].by_sector_t.transport < before.years[20].by_sector_t.transport, '2040 transport did not fall');
    // The same scenario through the native CLI, which runs the same model natively: the same numbers.
    const levers = await page.evaluate(() => CarbonTwin.listLevers());
    const parking = levers.find((l) => l.key === 'parking_price_yuan');
    const scenarioFile = path.join(out, 'parking_scenario.json');
    fs.writeFileSync(scenarioFile, JSON.stringify({ name: 'parking', levers: { parking_price_yuan: {
      start_year: parking.start_year, ramp_years: parking.ramp_years, target: 10 } } }));
    if (args['native-cli']) {
      const native = JSON.parse(execFileSync(args['native-cli'],
        ['pathway', '--baseline', 'table', '--scenario', scenarioFile, '--json', '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
      assert.equal(p.cumulative_t, native.milestones.cumulative_t, 'browser and CLI differ with the parking lever');
    }
    console.log(`     parking 10 yuan: car share ${(100 * t.base_mode_share.car).toFixed(2)}% -> ${(100 * t.mode_share.car).toFixed(2)}%, ` +
      `transport 2040 ${(pathway0.years[20].by_sector_t.transport / 1e3).toFixed(1)} -> ${(p.years[20].by_sector_t.transport / 1e3).toFixed(1)} kt; run ${t.run_ms.toFixed(0)} ms`);
    await page.evaluate(() => CarbonTwin.resetLevers());
    assert.equal(await page.evaluate(() => CarbonTwin.whenTransportReady()), true);
    const reset = await page.evaluate(() => CarbonTwin.pathway());
    assert.equal(reset.cumulative_t, pathway0.cumulative_t, 'resetLevers did not restore the pathway');
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
