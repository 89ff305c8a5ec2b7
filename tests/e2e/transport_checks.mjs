// Transport: the transport worker, the traffic layer, drawing a metro line by touch and through the
// JS API, and a structural lever re-running the model; the pathway follows.
// Run by run_e2e.mjs, in order after the suites before it (state carries what they found).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pngColourCounts } from './browser.mjs';
import { round } from './page_helpers.mjs';

export async function transportChecks({ page, browser, check, args, out, state }) {
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
    assert.equal(transport0.lines.length, state.stats.metro_line_count);
    assert.deepStrictEqual(transport0.base_mode_share, transport0.mode_share);
    const flows = await page.evaluate(() => CarbonTwin.roadFlows());
    assert.equal(flows.link_count, state.stats.road_link_count);
    assert.ok(flows.links_with_flow > 0.2 * flows.link_count, `only ${flows.links_with_flow} links carry traffic`);
    assert.ok(flows.max_flow_pcu_h > 0 && flows.mean_vc > 0);
    const arrays = await page.evaluate(() => CarbonTwin.roadFlows(true));
    assert.equal(arrays.flow_pcu_h.length, state.stats.road_link_count);
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
    assert.equal(before.cumulative_t, state.pathway0.cumulative_t, 'resetLevers did not restore the pathway');
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
      `transport 2040 ${(state.pathway0.years[20].by_sector_t.transport / 1e3).toFixed(1)} -> ${(p.years[20].by_sector_t.transport / 1e3).toFixed(1)} kt; run ${t.run_ms.toFixed(0)} ms`);
    await page.evaluate(() => CarbonTwin.resetLevers());
    assert.equal(await page.evaluate(() => CarbonTwin.whenTransportReady()), true);
    const reset = await page.evaluate(() => CarbonTwin.pathway());
    assert.equal(reset.cumulative_t, state.pathway0.cumulative_t, 'resetLevers did not restore the pathway');
  });
}
