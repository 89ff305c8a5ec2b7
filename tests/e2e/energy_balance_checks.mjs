// The energy panel and CarbonTwin.energyBalance() (issue 9, "On screen"): the shown year's hourly
// electricity balance closes every hour of the week, more rooftop PV raises the week's PV and lowers its
// imports, coal-power retirement lowers the electricity factor and the pathway's cumulative and peak;
// screenshots of the panel before and after.
// Run by run_e2e.mjs after energyChecks (the hourly building energy must be in).
import assert from 'node:assert/strict';
import path from 'node:path';

const sum = (a) => a.reduce((s, x) => s + x, 0);

export async function energyBalanceChecks({ page, check, out }) {
  // A summer week at noon-heavy PV, in 2035, with the default levers.
  const setup = async () => page.evaluate(async () => {
    await CarbonTwin.whenEnergyReady();
    CarbonTwin.resetLevers();
    CarbonTwin.setYear(2035);
    CarbonTwin.setEnergyWeek(25);
    CarbonTwin.setEnergyPanel(true);
    await new Promise((r) => setTimeout(r, 300));
    return CarbonTwin.energyBalance();
  });
  const frames = async (n) => page.evaluate(async (k) => {
    const f0 = CarbonTwin.frameStats().frames;
    for (let i = 0; i < 200 && CarbonTwin.frameStats().frames < f0 + k; ++i) await new Promise((r) => setTimeout(r, 50));
  }, n);

  let before = null;
  await check('energyBalance(): the shown year\'s balance closes every hour of the week', async () => {
    before = await setup();
    assert.ok(before, 'energyBalance() is null after energyReady');
    assert.equal(before.year, 2035);
    assert.equal(before.week, 25);
    assert.equal(before.weeks, 53);
    const w = before.week_hours;
    assert.equal(w.first_hour, 25 * 168);
    assert.equal(w.hours, 168);
    for (const k of ['demand_kwh', 'rooftop_pv_kwh', 'import_kwh', 'balance_residual_kwh', 'factor_kg_per_kwh'])
      assert.equal(w[k].length, 168, k);
    for (let h = 0; h < 168; ++h) {
      const supply = w.rooftop_pv_kwh[h] + w.utility_pv_kwh[h] + w.wind_kwh[h] + w.chp_kwh[h] + w.thermal_kwh[h] +
        w.storage_discharge_kwh[h] + w.import_kwh[h];
      const use = w.demand_kwh[h] - w.unserved_kwh[h] + w.storage_charge_kwh[h] + w.export_kwh[h] + w.curtailment_kwh[h];
      const tol = 1e-9 * Math.max(1, w.demand_kwh[h]);
      assert.ok(Math.abs(supply - use) <= tol, `hour ${h}: supply ${supply} vs use ${use}`);
      assert.ok(Math.abs(w.balance_residual_kwh[h]) <= tol, `hour ${h}: residual ${w.balance_residual_kwh[h]}`);
    }
    const e = before.annual.electricity;
    assert.ok(e.self_sufficiency >= 0 && e.self_sufficiency <= 1, `self-sufficiency ${e.self_sufficiency}`);
    assert.ok(e.electricity_factor_kg_per_kwh > 0, 'no electricity factor');
    // The year's grid factor is the pathway's.
    const p = await page.evaluate(() => CarbonTwin.pathway());
    const y = p.years.find((r) => r.year === 2035);
    assert.ok(Math.abs(before.inputs.grid_factor_kg_per_kwh - y.grid_factor_kg_per_kwh) < 1e-12);
    assert.ok(before.inputs.buildings_electricity_kwh > 0 && before.inputs.rooftop_pv_kwh > 0);
    assert.ok(before.eval_ms < 200, `balance took ${before.eval_ms} ms`);
    console.log(`     2035 week 26: PV ${(sum(w.rooftop_pv_kwh) / 1e3).toFixed(0)} MWh, imports ` +
      `${(sum(w.import_kwh) / 1e3).toFixed(0)} MWh; self-sufficiency ${(100 * e.self_sufficiency).toFixed(1)} %, ` +
      `factor ${e.electricity_factor_kg_per_kwh.toFixed(3)} kg/kWh, eval ${before.eval_ms.toFixed(2)} ms`);
    await frames(4);
    await page.screenshot({ path: path.join(out, 'energy-panel-before.png') });
    assert.ok(before.panel_rect === undefined || before.panel_rect.width > 100);
  });

  await check('more rooftop PV raises the week\'s PV and lowers its imports', async () => {
    assert.ok(before, 'no balance before');
    const after = await page.evaluate(async () => {
      CarbonTwin.setLever('rooftop_pv_coverage_pct', 50);
      return CarbonTwin.energyBalance();
    });
    const w0 = before.week_hours, w1 = after.week_hours;
    assert.ok(sum(w1.rooftop_pv_kwh) > 2 * sum(w0.rooftop_pv_kwh), 'the week\'s PV did not rise');
    assert.ok(sum(w1.import_kwh) < sum(w0.import_kwh), 'the week\'s imports did not fall');
    assert.ok(after.annual.electricity.self_sufficiency > before.annual.electricity.self_sufficiency);
    await frames(4);
    await page.screenshot({ path: path.join(out, 'energy-panel-more-pv.png') });
  });

  await check('coal power retirement lowers the factor and the pathway\'s cumulative and peak', async () => {
    const r = await page.evaluate(async () => {
      CarbonTwin.resetLevers();
      const b = CarbonTwin.energyBalance(), p0 = CarbonTwin.pathway();
      CarbonTwin.setLever('coal_power_retirement_pct', 80);
      const a = CarbonTwin.energyBalance(), p1 = CarbonTwin.pathway();
      return { b, a, p0, p1 };
    });
    assert.ok(r.a.inputs.grid_factor_kg_per_kwh < r.b.inputs.grid_factor_kg_per_kwh, 'grid factor not lower');
    assert.ok(r.a.annual.electricity.electricity_factor_kg_per_kwh < r.b.annual.electricity.electricity_factor_kg_per_kwh,
      'the city\'s electricity factor did not fall');
    assert.ok(r.p1.cumulative_t < r.p0.cumulative_t, 'cumulative did not fall');
    assert.ok(r.p1.peak_t <= r.p0.peak_t, 'peak rose');
    await frames(4);
    await page.screenshot({ path: path.join(out, 'energy-panel-coal-retired.png') });
  });

  await check('setEnergyWeek refuses out-of-range weeks; the panel closes again', async () => {
    const r = await page.evaluate(() => ({
      bad: [CarbonTwin.setEnergyWeek(-1), CarbonTwin.setEnergyWeek(53), CarbonTwin.setEnergyWeek(1.5)],
      ok: CarbonTwin.setEnergyWeek(0), week: CarbonTwin.getEnergyWeek(),
      last: CarbonTwin.setEnergyWeek(52) && CarbonTwin.energyBalance().week_hours.hours,
    }));
    assert.deepEqual(r.bad, [false, false, false]);
    assert.equal(r.ok, true);
    assert.equal(r.week, 0);
    assert.equal(r.last, 8760 - 52 * 168);  // the last week is one day long
    await page.evaluate(() => { CarbonTwin.resetLevers(); CarbonTwin.setEnergyWeek(0); CarbonTwin.setEnergyPanel(false); });
  });
}
