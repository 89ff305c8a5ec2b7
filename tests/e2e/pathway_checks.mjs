// The pathway: pathway() with transport, equality with the native CLI, the lever panel, the
// scrubber and the chart.
// Run by run_e2e.mjs, in order after the suites before it (state carries what they found).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pngRegionStats } from './browser.mjs';
import { round } from './page_helpers.mjs';

export async function pathwayChecks({ page, browser, check, args, out, state }) {
  await check('pathway() describes 2020-2060 by sector, transport included once its worker is done', async () => {
    // The pathway's transport comes from the transport worker's base run (wasm/app_transport.cpp).
    assert.equal(await page.evaluate(() => CarbonTwin.whenTransportReady()), true, 'transport failed');
    state.pathway0 = await page.evaluate(() => CarbonTwin.pathway());
    assert.equal(state.pathway0.transport_included, true, 'the pathway has no transport');
    assert.ok(state.pathway0 && Array.isArray(state.pathway0.years), 'no pathway');
    assert.equal(state.pathway0.years.length, 41);
    assert.equal(state.pathway0.years[0].year, 2020);
    assert.equal(state.pathway0.years[40].year, 2060);
    for (const y of state.pathway0.years) {
      for (const k of ['residential', 'commercial', 'industry', 'transport']) {
        assert.ok(y.by_sector_t[k] >= 0, `${y.year} ${k}`);
      }
      assert.ok(y.by_sector_t.transport > 0, `${y.year}: no transport emissions`);
      for (const k of ['scope1_t', 'scope2_t', 'net_t']) assert.ok(Number.isFinite(y[k]), `${y.year} ${k}`);
    }
    assert.ok(state.pathway0.peak_year >= 2020 && state.pathway0.peak_year <= 2060);
    assert.ok(state.pathway0.peak_t > 0 && state.pathway0.cumulative_t > 0);
    assert.ok(state.pathway0.neutrality_year === null || Number.isInteger(state.pathway0.neutrality_year));
  });

  if (args['native-cli']) {
    await check('browser pathway milestones equal the native CLI\'s exactly', async () => {
      const native = JSON.parse(execFileSync(args['native-cli'], ['pathway', '--baseline', 'table', '--json', '-'],
        { encoding: 'utf8', maxBuffer: 64 << 20 }));
      const m = native.milestones;
      assert.deepStrictEqual(
        { peak_year: state.pathway0.peak_year, peak_t: state.pathway0.peak_t, neutrality_year: state.pathway0.neutrality_year,
          cumulative_t: state.pathway0.cumulative_t },
        { peak_year: m.peak_year, peak_t: m.peak_t, neutrality_year: m.neutrality_year, cumulative_t: m.cumulative_t });
      assert.equal(native.years.length, state.pathway0.years.length);
      native.years.forEach((n, i) => {
        const b = state.pathway0.years[i];
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

  await check('plants ranked as key emitters, placed on the map, equal to the CLI', async () => {
    const k = await page.evaluate(() => CarbonTwin.keyEmitters());
    assert.ok(Array.isArray(k) && k.length === 5, `expected the default park's 5 plants, got ${k && k.length}`);
    k.forEach((p, i) => assert.equal(p.rank, i + 1));
    const share = k.reduce((a, p) => a + p.share, 0);
    assert.ok(Math.abs(share - 1) < 1e-12, `shares sum to ${share}`);
    for (let i = 1; i < k.length; ++i) assert.ok(k[i].net_t <= k[i - 1].net_t, 'not ranked');
    assert.ok(k.every((p) => p.synthetic), 'the default park is synthetic');
    assert.ok(k.some((p) => p.screen && Number.isFinite(p.screen.x)), 'no plant placed on the map');
    if (args['native-cli']) {
      const native = JSON.parse(execFileSync(args['native-cli'], ['pathway', '--baseline', 'table', '--transport', 'none',
        '--json', '-'], { encoding: 'utf8', maxBuffer: 64 << 20 })).key_emitters;
      assert.deepStrictEqual(k.map((p) => [p.name, p.net_t]), native.map((p) => [p.name, p.net_t]));
    }
  });

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
    const base = state.pathway0.cumulative_t;
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

  await check('the sinks layer outlines the city\'s green space, forest and farmland with the pathway\'s removals', async () => {
    const r = await page.evaluate(async () => {
      const off = CarbonTwin.sinks();
      CarbonTwin.setSinkLayer(true);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return { off, on: CarbonTwin.sinks(), pathway: CarbonTwin.pathway() };
    });
    assert.equal(r.off.on, false);
    assert.equal(r.on.on, true);
    assert.ok(r.on.polygons > 0 && r.on.total_area_ha > 0, JSON.stringify(r.on).slice(0, 300));
    assert.ok(r.on.labelled.length > 0, 'no sink labelled on screen');
    // The same areas and rates as the pathway's base-year sinks (LandUse, negative; no lever adds area in 2020).
    const sinks2020 = -r.pathway.years[0].sinks_t;
    assert.ok(Math.abs(r.on.total_removal_t - sinks2020) <= 1e-6 * sinks2020,
      `layer ${r.on.total_removal_t} t vs pathway 2020 ${sinks2020} t`);
    const sum = r.on.by_type.reduce((a, t) => a + t.removal_t, 0);
    assert.ok(Math.abs(sum - r.on.total_removal_t) <= 1e-9 * sum);
    await page.screenshot({ path: path.join(out, 'sinks-layer.png') });
    await page.evaluate(() => CarbonTwin.setSinkLayer(false));
  });

  await check('the uncertainty band fills in a few samples per frame and equals `carbontwin ensemble` with the same seed', async () => {
    const r = await page.evaluate(async () => {
      CarbonTwin.resetLevers();
      const ok = CarbonTwin.setUncertainty(true, { samples: 24, seed: 3 });
      const first = CarbonTwin.uncertainty();
      const done = await CarbonTwin.whenUncertaintyComplete();
      return { ok, first, done, scenario: CarbonTwin.scenarioFileText(), frames: CarbonTwin.frameStats() };
    });
    assert.equal(r.ok, true);
    assert.equal(r.done.complete, true);
    assert.equal(r.done.samples_done, 24);
    for (let k = 0; k < 41; ++k) {
      assert.ok(r.done.p10_net_t[k] <= r.done.p50_net_t[k] && r.done.p50_net_t[k] <= r.done.p90_net_t[k], `band order in ${2020 + k}`);
    }
    await page.screenshot({ path: path.join(out, 'uncertainty-band.png') });
    if (args['native-cli']) {
      const file = path.join(out, 'uncertainty-scenario.json');
      fs.writeFileSync(file, r.scenario);
      const native = JSON.parse(execFileSync(args['native-cli'],
        ['ensemble', '--scenario', file, '--samples', '24', '--seed', '3', '--baseline', 'table', '--json', '-'],
        { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] }));
      // The same samples on the same baseline, wasm in the page against native: bit for bit.
      assert.deepEqual(r.done.p10_net_t, native.net_t.p10);
      assert.deepEqual(r.done.p50_net_t, native.net_t.p50);
      assert.deepEqual(r.done.p90_net_t, native.net_t.p90);
      assert.deepEqual(r.done.peaked_by, native.peaked_by_probability);
    }
    // A lever move restarts the band; off hides it.
    const restarted = await page.evaluate(() => {
      CarbonTwin.setLever('coal_power_retirement_pct', 50);
      return CarbonTwin.uncertainty();
    });
    assert.equal(restarted.complete, false);
    await page.evaluate(() => { CarbonTwin.setUncertainty(false); CarbonTwin.resetLevers(); });
  });
}
