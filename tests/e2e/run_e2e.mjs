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
  await check('pathway() describes 2020-2060 by sector', async () => {
    pathway0 = await page.evaluate(() => CarbonTwin.pathway());
    assert.ok(pathway0 && Array.isArray(pathway0.years), 'no pathway');
    assert.equal(pathway0.years.length, 41);
    assert.equal(pathway0.years[0].year, 2020);
    assert.equal(pathway0.years[40].year, 2060);
    for (const y of pathway0.years) {
      for (const k of ['residential', 'commercial', 'industry']) assert.ok(y.by_sector_t[k] >= 0, `${y.year} ${k}`);
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
        for (const k of ['residential', 'commercial', 'industry']) {
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
