// Scenarios (issue 10, "Scenarios"): the scenario as a file, links that reopen it, saving in IndexedDB,
// comparing side by side, and a page-saved file run unchanged by the native CLI.
// Run by run_e2e.mjs after the transport suite (transport results are in) and before the import suite.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// A target inside the lever's bounds and away from its current value: a quarter or three quarters of
// the range, rounded to the lever's step feel (2 decimals).
function otherTarget(lever) {
  const span = lever.max - lever.min;
  const a = Math.round((lever.min + 0.25 * span) * 100) / 100;
  const b = Math.round((lever.min + 0.75 * span) * 100) / 100;
  return Math.abs(lever.target - a) > 1e-9 ? a : b;
}

export async function scenarioChecks({ page, check, args, out, state }) {
  await check('a link holds the whole scenario: every lever round-trips', async () => {
    const levers = await page.evaluate(() => CarbonTwin.listLevers());
    assert.ok(Array.isArray(levers) && levers.length > 30, 'listLevers');
    for (const l of levers) assert.ok(['key', 'min', 'max', 'target'].every((k) => k in l), `lever fields: ${JSON.stringify(l)}`);
    const wanted = Object.fromEntries(levers.map((l) => [l.key, otherTarget(l)]));
    const link = await page.evaluate(async (wanted) => {
      for (const [k, v] of Object.entries(wanted)) if (!CarbonTwin.setLever(k, v)) throw new Error('setLever ' + k);
      return CarbonTwin.scenarioLink();
    }, wanted);
    assert.match(link, /#scenario=[A-Za-z0-9_-]+$/, link);
    const back = await page.evaluate(async (link) => {
      CarbonTwin.resetLevers();
      const reset = CarbonTwin.scenarioJson();
      const result = await CarbonTwin.openScenarioLink(link);
      return { reset, result, now: CarbonTwin.scenarioJson() };
    }, link);
    assert.deepEqual(back.result, { ok: true });
    for (const [k, v] of Object.entries(wanted)) {
      assert.notEqual(back.reset.levers[k].target, v, `${k} was not reset before the link was opened`);
      assert.equal(back.now.levers[k].target, v, `${k} after the link`);
    }
    // A link holds only what differs from the baseline: a typical scenario (a few levers) is short
    // enough for a QR code on the kiosk; every lever changed stays under 2 kB.
    assert.ok(link.length < 2000, `link of every lever: ${link.length} characters`);
    const short = await page.evaluate(async () => {
      CarbonTwin.resetLevers();
      CarbonTwin.setLever('coal_power_retirement_pct', 50);
      CarbonTwin.setLever('rooftop_pv_coverage_pct', 30);
      const l = await CarbonTwin.scenarioLink();
      CarbonTwin.resetLevers();
      const r = await CarbonTwin.openScenarioLink(l);
      return { l, r, coal: CarbonTwin.getLever('coal_power_retirement_pct').target, pv: CarbonTwin.getLever('rooftop_pv_coverage_pct').target };
    });
    assert.deepEqual(short.r, { ok: true });
    assert.equal(short.coal, 50);
    assert.equal(short.pv, 30);
    assert.ok(short.l.length < 400, `two-lever link: ${short.l.length} characters`);
    console.log(`     link lengths: every lever ${link.length}, two levers ${short.l.length} characters`);
    await page.evaluate(async (link) => CarbonTwin.openScenarioLink(link), link);
    // A damaged link is refused with a reason, and the scenario is kept.
    const damaged = await page.evaluate(async (link) => {
      const r = await CarbonTwin.openScenarioLink(link.slice(0, link.length - 40));
      return { r, kept: CarbonTwin.scenarioJson() };
    }, link);
    assert.equal(damaged.r.ok, false);
    assert.ok(damaged.r.errors[0].length > 10, damaged.r.errors[0]);
    assert.deepEqual(damaged.kept.levers, back.now.levers);
    await page.evaluate(() => CarbonTwin.resetLevers());
    assert.equal(await page.evaluate(() => CarbonTwin.whenTransportReady()), true);
  });

  await check('the shared link is drawn as a QR code that a reader decodes back to the link (zbarimg)', async () => {
    const link = await page.evaluate(async () => {
      CarbonTwin.resetLevers();
      CarbonTwin.setLever('coal_power_retirement_pct', 40);
      CarbonTwin.setLever('ev_sales_share_pct', 90);
      return CarbonTwin.shareScenario();
    });
    await page.waitForTimeout(300);
    const qr = await page.evaluate(() => CarbonTwin.shareQr());
    assert.ok(qr && qr.link === link && qr.rect.x1 > qr.rect.x0 + 50, JSON.stringify(qr));
    const file = path.join(out, 'scenario-qr.png');
    const r = qr.rect;
    await page.screenshot({ path: file, clip: { x: r.x0, y: r.y0, width: r.x1 - r.x0, height: r.y1 - r.y0 } });
    await page.screenshot({ path: path.join(out, 'scenario-share.png') });
    // zbarimg (Debian zbar-tools, installed by scripts/setup.sh) reads the screenshot like a phone would.
    const decoded = execFileSync('zbarimg', ['--raw', '-q', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    assert.equal(decoded, link);
    console.log(`     QR version ${qr.version} (${qr.size} modules) for a ${link.length}-character link`);
    await page.evaluate(() => CarbonTwin.resetLevers());
  });

  await check('a bad scenario file is refused with its JSON path; the scenario shown is kept', async () => {
    const r = await page.evaluate(() => {
      const before = CarbonTwin.scenarioJson();
      const bounds = CarbonTwin.setScenario({ levers: { retrofit_rate_pct_per_yr: { target: 99 } } });
      const key = CarbonTwin.setScenario({ colour: 'red' });
      const text = CarbonTwin.setScenario('{"levers": ');
      return { bounds, key, text, same: JSON.stringify(before) === JSON.stringify(CarbonTwin.scenarioJson()) };
    });
    for (const [result, where] of [[r.bounds, 'retrofit_rate_pct_per_yr'], [r.key, 'colour'], [r.text, 'not valid JSON']]) {
      assert.equal(result.ok, false);
      assert.ok(result.errors.some((e) => e.includes(where)), result.errors.join(' | '));
    }
    assert.equal(r.same, true);
  });

  await check('scenarios saved in the browser are listed, loaded, compared in the chart, deleted', async () => {
    const r = await page.evaluate(async () => {
      CarbonTwin.resetLevers();
      const base = CarbonTwin.pathway();
      CarbonTwin.setLever('coal_power_retirement_pct', 60);
      CarbonTwin.setLever('rooftop_pv_coverage_pct', 40);
      const saved = await CarbonTwin.saveScenario('e2e 低碳');
      const bold = CarbonTwin.pathway();
      CarbonTwin.resetLevers();
      const list = await CarbonTwin.listScenarios();
      const compare = await CarbonTwin.compareScenarios(['e2e 低碳']);
      const comparisons = CarbonTwin.comparisons();
      const load = await CarbonTwin.loadScenario('e2e 低碳');
      const loaded = CarbonTwin.pathway();
      const cleared = await CarbonTwin.compareScenarios([]);
      const del = await CarbonTwin.deleteScenario('e2e 低碳');
      const after = await CarbonTwin.listScenarios();
      CarbonTwin.resetLevers();
      return { base, saved, bold, list, compare, comparisons, load, loaded, cleared, del, after };
    });
    assert.deepEqual(r.saved, { ok: true, name: 'e2e 低碳' });
    assert.ok(r.list.some((s) => s.name === 'e2e 低碳'), JSON.stringify(r.list));
    assert.deepEqual(r.compare, { ok: true });
    const c = r.comparisons.compared;
    assert.equal(c.length, 1);
    assert.equal(c[0].name, 'e2e 低碳');
    // The compared pathway is the saved scenario's, evaluated on the same baseline as the page's own.
    assert.equal(c[0].peak_t, r.bold.peak_t);
    assert.deepEqual(c[0].net_t, r.bold.years.map((y) => y.net_t));
    assert.ok(r.bold.cumulative_t < r.base.cumulative_t, 'coal retirement and PV cut cumulative emissions');
    assert.deepEqual(r.load, { ok: true });
    assert.equal(r.loaded.cumulative_t, r.bold.cumulative_t);
    assert.deepEqual(r.cleared, { ok: true });
    assert.deepEqual(r.del, { ok: true });
    assert.ok(!r.after.some((s) => s.name === 'e2e 低碳'));
    state.comparedBold = r.bold;
  });

  await check('the scenarios panel draws a compared pathway and the waterfall of why it differs, equal to carbontwin compare', async () => {
    const r = await page.evaluate(async () => {
      CarbonTwin.resetLevers();
      CarbonTwin.setLever('coal_power_retirement_pct', 60);
      CarbonTwin.setLever('rooftop_pv_coverage_pct', 35);
      CarbonTwin.setLever('forest_added_ha', 2000);
      await CarbonTwin.saveScenario('对比示例');
      const saved = CarbonTwin.scenarioFileText();
      CarbonTwin.resetLevers();
      CarbonTwin.setLever('retrofit_rate_pct_per_yr', 3);
      const current = CarbonTwin.scenarioFileText();
      const p = CarbonTwin.pathway();
      CarbonTwin.setScenarioPanel(true);
      await CarbonTwin.compareScenarios(['对比示例']);
      return { saved, current, p, c: CarbonTwin.comparisons() };
    });
    const w = r.c.waterfall;
    assert.ok(w, 'no waterfall: ' + JSON.stringify(r.c).slice(0, 300));
    assert.equal(w.grouped, false);
    assert.equal(w.bars.length, 4);  // the three levers of the saved scenario and the current one's retrofit
    const sum = w.bars.reduce((a, b) => a + b.delta_t, 0);
    assert.ok(Math.abs(sum - w.total_t) <= 1e-9 * Math.abs(w.total_t), `bars ${sum} vs total ${w.total_t}`);
    const expected = r.p.cumulative_t - r.c.compared[0].net_t.reduce((a, b) => a + b, 0);
    assert.ok(Math.abs(w.total_t - expected) <= 1e-6 * Math.abs(expected), `total ${w.total_t} vs ${expected}`);
    console.log(`     waterfall of 4 levers (16 pathways) in ${w.eval_ms.toFixed(1)} ms in the page`);
    await page.waitForTimeout(300);
    const file = path.join(out, 'scenario-compare.png');
    await page.screenshot({ path: file });
    assert.ok(fs.statSync(file).size > 10000);
    if (args['native-cli']) {
      const a = path.join(out, 'compare-a.json'), b = path.join(out, 'compare-b.json');
      fs.writeFileSync(a, r.saved);
      fs.writeFileSync(b, r.current);
      const native = JSON.parse(execFileSync(args['native-cli'], ['compare', '--a', a, '--b', b, '--baseline', 'table', '--json', '-'],
        { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] }));
      // The same Shapley values: the page's wasm pathway against the native one.
      const page_values = w.attribution.contributions.map((k) => [k.lever, k.delta_cumulative_t]);
      const cli_values = native.contributions.map((k) => [k.lever, k.delta_cumulative_t]);
      assert.deepEqual(page_values, cli_values);
    }
    await page.evaluate(async () => {
      await CarbonTwin.compareScenarios([]);
      await CarbonTwin.deleteScenario('对比示例');
      CarbonTwin.setScenarioPanel(false);
      CarbonTwin.resetLevers();
    });
  });

  await check('"find the cheapest way" applies the least-cost plan for the goal; it equals carbontwin optimise', async () => {
    const r = await page.evaluate(async () => {
      CarbonTwin.resetLevers();
      CarbonTwin.setScenarioPanel(true);
      const plan = CarbonTwin.findCheapest(2024);
      const after = CarbonTwin.pathway();
      const impossible = CarbonTwin.findCheapest(2020, 2025);
      return { plan, after, impossible, levers: CarbonTwin.scenarioJson().levers };
    });
    assert.equal(r.plan.status, 'optimal', JSON.stringify(r.plan).slice(0, 400));
    assert.equal(r.plan.goals_met, true);
    assert.ok(r.after.peak_year <= 2024, `applied plan peaks in ${r.after.peak_year}`);
    for (const l of r.plan.levers) assert.equal(r.levers[l.lever].target, l.target, l.lever);  // applied
    assert.notEqual(r.impossible.status, 'optimal');
    assert.ok(r.impossible.message.length > 10);
    console.log(`     plan: ${r.plan.levers.filter((l) => l.share > 0).length} levers, NPV ${(r.plan.objective_npv_yuan / 1e8).toFixed(2)}e8 yuan, ${r.plan.eval_ms.toFixed(0)} ms in the page`);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, 'scenario-cheapest.png') });
    if (args['native-cli']) {
      const native = JSON.parse(execFileSync(args['native-cli'], ['optimise', '--peak-by', '2024', '--baseline', 'table', '--json', '-'],
        { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] }));
      assert.equal(native.objective_npv_yuan, r.plan.objective_npv_yuan);
      assert.deepEqual(native.levers.map((l) => [l.lever, l.target]), r.plan.levers.map((l) => [l.lever, l.target]));
    }
    await page.evaluate(() => { CarbonTwin.resetLevers(); CarbonTwin.setScenarioPanel(false); });
  });

  await check('the MAC curve of 2030 is drawn in the scenarios panel and equals carbontwin cost\'s', async () => {
    const m = await page.evaluate(() => {
      CarbonTwin.resetLevers();
      CarbonTwin.setScenarioPanel(true);
      return CarbonTwin.macCurve(2030);
    });
    assert.ok(m.entries.length >= 10, JSON.stringify(m).slice(0, 300));
    const costs = m.entries.filter((e) => e.abates).map((e) => e.cost_per_t);
    for (let i = 1; i < costs.length; ++i) assert.ok(costs[i - 1] <= costs[i], 'MAC curve sorted by cost per tonne');
    console.log(`     MAC curve 2030: ${costs.length} abating levers in ${m.eval_ms.toFixed(0)} ms in the page`);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, 'scenario-mac.png') });
    if (args['native-cli']) {
      const file = path.join(out, 'mac-scenario.json');
      fs.writeFileSync(file, await page.evaluate(() => CarbonTwin.scenarioFileText()));
      const native = JSON.parse(execFileSync(args['native-cli'], ['cost', '--scenario', file, '--year', '2030', '--baseline', 'table', '--json', '-'],
        { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] }));
      assert.deepEqual(m.entries.map((e) => [e.lever, e.abatement_t, e.cost_per_t]),
        native.mac_curve.entries.map((e) => [e.lever, e.abatement_t, e.cost_per_t]));
    }
    await page.evaluate(() => CarbonTwin.setScenarioPanel(false));
  });

  if (args['native-cli']) {
    await check('a scenario file from the page runs unchanged in the native CLI, with the same milestones', async () => {
      const r = await page.evaluate(() => {
        CarbonTwin.setLever('retrofit_rate_pct_per_yr', 3);
        CarbonTwin.setLever('ev_sales_share_pct', 90);
        const text = CarbonTwin.scenarioFileText();
        const p = CarbonTwin.pathway();
        CarbonTwin.resetLevers();
        return { text, p };
      });
      const file = path.join(out, 'page-scenario.json');
      fs.writeFileSync(file, r.text);
      const native = JSON.parse(execFileSync(args['native-cli'],
        ['pathway', '--baseline', 'table', '--scenario', file, '--json', '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
      assert.equal(native.milestones.peak_year, r.p.peak_year);
      assert.equal(native.milestones.peak_t, r.p.peak_t);
      assert.equal(native.milestones.cumulative_t, r.p.cumulative_t);
    });
  }
}
