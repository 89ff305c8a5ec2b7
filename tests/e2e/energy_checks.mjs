// Hourly building energy: the energy worker, its progress, buildingEnergy, equality with the native
// CLI's CSV and the energy colour modes.
// Run by run_e2e.mjs, in order after the suites before it (state carries what they found).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pngRegionStats } from './browser.mjs';
import { findBuildingNearCentre, round } from './page_helpers.mjs';

export async function energyChecks({ page, browser, check, args, out, state }) {
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
    energyCount = state.stats.building_count;
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
    const target = await findBuildingNearCentre(page, state.stats.building_count, await (await page.$('canvas')).boundingBox());
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
}
