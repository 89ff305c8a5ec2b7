// The city: loading, statistics against the native CLI, picking by mouse and touch, colour modes,
// the language switch and the screenshot of the drawn city.
// Run by run_e2e.mjs, in order after the suites before it (state carries what they found).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pngRegionStats } from './browser.mjs';
import { findBuildingNearCentre, round } from './page_helpers.mjs';

export async function cityChecks({ page, browser, check, args, out, url, state }) {
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
    state.stats = await page.evaluate(() => CarbonTwin.cityStats());
    assert.equal(state.stats.synthetic, true);
    assert.ok(state.stats.population > 8e5 && state.stats.population < 1.2e6, `population ${state.stats.population}`);
    assert.ok(state.stats.building_count > 1000, `buildings ${state.stats.building_count}`);
    assert.ok(state.stats.metro_line_count >= 2 && state.stats.metro_line_count <= 3);
    for (const k of ['residential', 'office', 'industrial']) assert.ok(state.stats.floor_area_by_use_m2[k] > 0, k);
    for (const k of ['expressway', 'arterial', 'collector', 'local']) assert.ok(state.stats.road_length_by_class_km[k] > 0, k);
  });

  if (args['native-cli']) {
    await check('browser statistics equal the native CLI\'s, bit for bit', async () => {
      const native = JSON.parse(execFileSync(args['native-cli'], ['city', '--json', '-'], { encoding: 'utf8' }));
      assert.deepStrictEqual(state.stats, native);
    });
  }

  await check('pickById returns attributes and rejects bad ids', async () => {
    const b = await page.evaluate(() => CarbonTwin.pickById(0));
    assert.ok(b && b.id === 0, JSON.stringify(b));
    for (const k of ['use', 'floors', 'height_m', 'footprint_area_m2', 'floor_area_m2', 'construction_year',
      'heating_system', 'heating_fuel', 'zone']) assert.ok(k in b, `missing ${k}`);
    assert.equal(await page.evaluate(() => CarbonTwin.selectedBuilding()), 0);
    assert.equal(await page.evaluate(() => CarbonTwin.pickById(-1)), null);
    assert.equal(await page.evaluate((n) => CarbonTwin.pickById(n), state.stats.building_count), null);
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
    }, { w: box.width, h: box.height, n: state.stats.building_count });
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
    const target = await findBuildingNearCentre(page, state.stats.building_count, box);
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
    const target = await findBuildingNearCentre(page, state.stats.building_count, box);
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
}
