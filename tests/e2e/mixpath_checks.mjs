// The pathway chart's agriculture band and the grid mix path (issue 9): agriculture stacked as its own band,
// so the bands add up to the gross line, with the CLI's agriculture_t; the grid region and the user's own
// non-fossil path chosen through the JS API and by touch in the page's editor, each giving the very grid
// factor and net emissions of `carbontwin pathway --scenario FILE --json` with the same scenario file; the
// choice kept in the share link. Opens its own touch page for the touch checks (the main page has a mouse).
// Run by run_e2e.mjs after the scenario suite.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const centre = (r) => ({ x: 0.5 * (r.x0 + r.x1), y: 0.5 * (r.y0 + r.y1) });
const pathway = (page) => page.evaluate(() => CarbonTwin.pathway());
const gridMix = (page) => page.evaluate(() => CarbonTwin.gridMix());

// The native CLI's pathway of the page's current scenario (written as the page writes it).
async function nativePathway(page, cli, file) {
  fs.writeFileSync(file, await page.evaluate(() => CarbonTwin.scenarioFileText()));
  return JSON.parse(execFileSync(cli, ['pathway', '--baseline', 'table', '--scenario', file, '--json', '-'],
    { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] }));
}

// Every year's grid factor, non-fossil share, net and gross: the page's equal to the CLI's, bit for bit.
function assertSameAsNative(p, native, what) {
  assert.equal(p.years.length, native.years.length);
  native.years.forEach((n, i) => {
    const y = p.years[i];
    assert.equal(y.grid_factor_kg_per_kwh, n.grid_factor_kg_per_kwh, `${what}: grid factor ${n.year}`);
    assert.equal(y.grid.nonfossil_share, n.grid.nonfossil_share, `${what}: non-fossil share ${n.year}`);
    assert.equal(y.net_t, n.net_t, `${what}: net ${n.year}`);
    assert.equal(y.gross_t, n.gross_t, `${what}: gross ${n.year}`);
  });
  assert.equal(p.peak_year, native.milestones.peak_year, `${what}: peak year`);
}

// Polls pathway() until pred holds, then lets the panels settle a few frames (a window resizing to new
// content) and answers the settled state: where the next touch goes.
async function waitPathway(page, pred, what, timeoutMs = 5000) {
  const t0 = Date.now();
  let p = null;
  while (Date.now() - t0 < timeoutMs) {
    p = await pathway(page);
    if (p && pred(p)) {
      await page.waitForTimeout(250);
      return pathway(page);
    }
    await page.waitForTimeout(60);
  }
  throw new Error(`${what}: not within ${timeoutMs} ms; mix_ui ${JSON.stringify(p && p.mix_ui).slice(0, 600)}`);
}

export async function mixPathChecks({ page, browser, url, check, args, out, consoleErrors }) {
  const cli = args['native-cli'];
  await page.evaluate(() => CarbonTwin.whenTransportReady());

  await check('mix path: agriculture is its own band of the chart and the bands add up to the gross line', async () => {
    await page.evaluate(() => { CarbonTwin.resetLevers(); CarbonTwin.setGridMix({ region: 'national', path: [] }); });
    await page.waitForTimeout(400);  // the chart eases to a new result over 0.25 s
    const p = await pathway(page);
    assert.deepEqual(p.chart.bands, ['residential', 'commercial', 'industry', 'transport', 'industrial_processes', 'waste',
      'agriculture']);
    p.years.forEach((y, i) => {
      const bands = p.chart.bands.map((k) => y.chart_bands_t[k]);
      for (const v of bands) assert.ok(v >= 0, `${y.year}: a negative band cannot be stacked: ${JSON.stringify(y.chart_bands_t)}`);
      const sum = bands.reduce((a, b) => a + b, 0);
      // gross_t sums the same terms in another order: equal to rounding (1e-12 relative).
      assert.ok(Math.abs(sum - y.gross_t) <= 1e-12 * y.gross_t, `${y.year}: bands ${sum} vs gross ${y.gross_t}`);
      assert.equal(y.chart_bands_t.agriculture, y.agriculture_t);
      assert.ok(y.agriculture_t > 0, `${y.year}: the default city has agriculture`);
      // What the chart draws (Mt, settled: from + 1 × (to − from), so to rounding): agriculture on top.
      const drawn = p.chart.drawn_mt[6][i], want = y.agriculture_t / 1e6;
      assert.ok(Math.abs(drawn - want) <= 1e-12 * want, `${y.year}: drawn agriculture band ${drawn} vs ${want}`);
    });
    console.log(`     agriculture ${(p.years[0].agriculture_t / 1e3).toFixed(2)} kt of gross ${(p.years[0].gross_t / 1e6).toFixed(3)} Mt in 2020`);
    await page.screenshot({ path: path.join(out, 'mixpath-agriculture-band.png') });
    if (cli) {
      const native = await nativePathway(page, cli, path.join(out, 'mixpath-baseline.json'));
      native.years.forEach((n, i) => assert.equal(p.years[i].agriculture_t, n.agriculture_t, `agriculture_t ${n.year}`));
      assertSameAsNative(p, native, 'baseline');
    }
  });

  const ownPath = [{ year: 2020, nonfossil_share: 0.339 }, { year: 2030, nonfossil_share: 0.6 },
    { year: 2045, nonfossil_share: 0.85 }, { year: 2060, nonfossil_share: 0.97 }];

  await check('mix path: a regional grid and an own path through the API give the CLI\'s grid factor and net', async () => {
    const base = await gridMix(page);
    assert.equal(base.region, 'national');
    assert.deepEqual(base.path, []);
    assert.equal(base.regions.length, 8);
    for (const choice of [{ region: 'north_china' }, { region: 'south', path: ownPath }, { region: 'national', path: ownPath }]) {
      const r = await page.evaluate((c) => CarbonTwin.setGridMix(c), choice);
      assert.deepEqual(r, { ok: true }, JSON.stringify(choice));
      const m = await gridMix(page);
      assert.equal(m.region, choice.region);
      assert.deepEqual(m.path, choice.path || []);
      // The choice moves the grid factor of every year after 2020 away from the national baseline path's.
      const moved = m.years.filter((y, i) => y.grid_factor_kg_per_kwh !== base.years[i].grid_factor_kg_per_kwh).length;
      assert.ok(moved >= 40, `${JSON.stringify(choice)}: only ${moved} years' factors changed`);
      if (choice.path) {
        // Between anchors the share is linear: 2025 is halfway from 0.339 to 0.6.
        assert.ok(Math.abs(m.years[5].nonfossil_share - 0.4695) < 1e-12, String(m.years[5].nonfossil_share));
        assert.ok(Math.abs(m.years[40].nonfossil_share - 0.97) < 1e-12);
      }
      if (cli) {
        const file = path.join(out, `mixpath-api-${choice.region}${choice.path ? '-own' : ''}.json`);
        assertSameAsNative(await pathway(page), await nativePathway(page, cli, file), JSON.stringify(choice));
      }
    }
  });

  await check('mix path: bad paths and regions are refused with the JSON path named, the scenario kept', async () => {
    const before = await page.evaluate(() => CarbonTwin.scenarioJson());
    const bad = [
      [{ path: [{ year: 2030, nonfossil_share: 0.5 }, { year: 2025, nonfossil_share: 0.6 }] }, /\$\.grid_mix_path\[1\]\.year/],
      [{ path: [{ year: 2030, nonfossil_share: 1.2 }] }, /\$\.grid_mix_path\[0\]\.nonfossil_share/],
      [{ path: [{ year: 2030, nonfossil_share: -0.1 }] }, /\$\.grid_mix_path\[0\]\.nonfossil_share/],
      [{ path: [{ year: 2070, nonfossil_share: 0.5 }] }, /\$\.grid_mix_path\[0\]\.year/],
      [{ path: [{ year: 2030 }] }, /grid_mix_path\[0\]\.nonfossil_share: missing/],
      [{ path: 'soon' }, /grid_mix_path: expected an array/],
      [{ region: 'mars' }, /grid_region: expected one of national/],
      [{ colour: 'green' }, /unknown key colour/],
    ];
    for (const [choice, pattern] of bad) {
      const r = await page.evaluate((c) => CarbonTwin.setGridMix(c), choice);
      assert.equal(r.ok, false, JSON.stringify(choice));
      assert.ok(r.errors.some((e) => pattern.test(e)), `${JSON.stringify(choice)}: ${JSON.stringify(r.errors)}`);
    }
    assert.deepEqual(await page.evaluate(() => CarbonTwin.scenarioJson()), before);
  });

  await check('mix path: the share link keeps the grid region and the own path', async () => {
    const link = await page.evaluate(async (p) => {
      CarbonTwin.setGridMix({ region: 'east_china', path: p });
      return CarbonTwin.scenarioLink();
    }, ownPath);
    const back = await page.evaluate(async (link) => {
      CarbonTwin.setGridMix({ region: 'national', path: [] });
      const reset = CarbonTwin.gridMix();
      const result = await CarbonTwin.openScenarioLink(link);
      return { reset, result, now: CarbonTwin.gridMix(), changes: CarbonTwin.scenarioChanges() };
    }, link);
    assert.deepEqual(back.result, { ok: true });
    assert.equal(back.reset.region, 'national');
    assert.equal(back.now.region, 'east_china');
    assert.deepEqual(back.now.path, ownPath);
    assert.deepEqual(back.changes.grid_mix_path, ownPath);
    await page.evaluate(() => CarbonTwin.setGridMix({ region: 'national', path: [] }));
  });

  // ---- by touch, on a page of its own ----
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, hasTouch: true, isMobile: false });
  const touchPage = await context.newPage();
  touchPage.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push('mix path: ' + msg.text()); });
  touchPage.on('pageerror', (err) => consoleErrors.push('mix path page error: ' + err.message));
  const tap = async (r) => { const c = centre(r); await touchPage.touchscreen.tap(c.x, c.y); };
  try {
    await touchPage.goto(url);
    await touchPage.evaluate(() => CarbonTwin.ready);
    await touchPage.evaluate(() => CarbonTwin.whenTransportReady());

    await check('mix path by touch: the legend\'s toggle opens the editor; a region button chooses the grid', async () => {
      let p = await waitPathway(touchPage, (x) => x.mix_ui.toggle.x1 > 0, 'the toggle drawn');
      const t = p.mix_ui.toggle;
      assert.ok(t.y1 - t.y0 >= 32, `finger-sized toggle: ${JSON.stringify(t)}`);
      await tap(t);
      p = await waitPathway(touchPage, (x) => x.mix_ui.open && x.mix_ui.region_buttons[3].x1 > 0, 'the editor open');
      for (const r of p.mix_ui.region_buttons) assert.ok(r.y1 - r.y0 >= 32 && r.x1 - r.x0 >= 60, `finger-sized: ${JSON.stringify(r)}`);
      const baseFactor2030 = p.years[10].grid_factor_kg_per_kwh;
      await tap(p.mix_ui.region_buttons[3]);  // east_china (GridRegion order)
      p = await waitPathway(touchPage, (x) => x.grid_region === 'east_china', 'east_china chosen');
      assert.notEqual(p.years[10].grid_factor_kg_per_kwh, baseFactor2030);
      await touchPage.waitForTimeout(300);
      await touchPage.screenshot({ path: path.join(out, 'mixpath-touch-region.png') });
      if (cli) assertSameAsNative(p, await nativePathway(touchPage, cli, path.join(out, 'mixpath-touch-region.json')), 'touch region');
    });

    await check('mix path by touch: an own path edited anchor by anchor is applied live, a bad one is refused', async () => {
      let p = await pathway(touchPage);
      await tap(p.mix_ui.own_button);
      p = await waitPathway(touchPage, (x) => x.grid_mix_path.length === 5, 'own path from the current-policies anchors');
      assert.deepEqual(p.grid_mix_path.map((a) => a.year), [2020, 2021, 2022, 2030, 2060]);
      // Starting from the baseline anchors gives the baseline's shares (the factor may differ by rounding only).
      await tap(p.mix_ui.add_button);  // last anchor is 2060: a new one halfway between 2030 and 2060
      p = await waitPathway(touchPage, (x) => x.grid_mix_path.length === 6, 'an anchor added');
      assert.equal(p.grid_mix_path[4].year, 2045);
      const net2050 = p.years[30].net_t;
      // The 2045 anchor's share slider touched at 90 % of its width: a higher share from 2031 on.
      const s = p.mix_ui.share_sliders[4];
      await touchPage.touchscreen.tap(s.x0 + 0.9 * (s.x1 - s.x0), 0.5 * (s.y0 + s.y1));
      p = await waitPathway(touchPage, (x) => x.grid_mix_path[4].nonfossil_share > 0.8, 'the 2045 share raised');
      assert.ok(p.years[30].net_t < net2050, `2050 net ${p.years[30].net_t} vs ${net2050}`);
      assert.ok(p.years[25].grid.nonfossil_share > 0.8, String(p.years[25].grid.nonfossil_share));
      await touchPage.waitForTimeout(300);
      await touchPage.screenshot({ path: path.join(out, 'mixpath-touch-own.png') });
      if (cli) assertSameAsNative(p, await nativePathway(touchPage, cli, path.join(out, 'mixpath-touch-own.json')), 'touch own path');
      const applied = p.grid_mix_path;
      // The 2022 anchor's year slider touched at its left end (2020): years no longer increase → refused.
      const y = p.mix_ui.year_sliders[2];
      await touchPage.touchscreen.tap(y.x0 + 2, 0.5 * (y.y0 + y.y1));
      p = await waitPathway(touchPage, (x) => x.mix_ui.errors.length > 0, 'the error shown');
      assert.equal(p.mix_ui.errors[0].field, 'year');
      assert.equal(p.mix_ui.draft[2].year, 2020);
      assert.deepEqual(p.grid_mix_path, applied, 'an invalid draft is not applied');
      await touchPage.waitForTimeout(200);
      await touchPage.screenshot({ path: path.join(out, 'mixpath-touch-error.png') });
      // Removing the bad anchor makes the path valid again: applied at once.
      await tap(p.mix_ui.remove_buttons[2]);
      p = await waitPathway(touchPage, (x) => x.mix_ui.errors.length === 0 && x.grid_mix_path.length === 5, 'fixed');
      assert.deepEqual(p.grid_mix_path.map((a) => a.year), [2020, 2021, 2030, 2045, 2060]);
      // The share link holds what was touched.
      const link = await touchPage.evaluate(() => CarbonTwin.scenarioLink());
      const back = await touchPage.evaluate(async (link) => {
        CarbonTwin.setGridMix({ region: 'national', path: [] });
        await CarbonTwin.openScenarioLink(link);
        return CarbonTwin.gridMix();
      }, link);
      assert.equal(back.region, 'east_china');
      assert.deepEqual(back.path, p.grid_mix_path);
      await touchPage.evaluate(() => CarbonTwin.setLanguage('en'));
      await touchPage.waitForTimeout(300);
      await touchPage.screenshot({ path: path.join(out, 'mixpath-touch-en.png') });
      // Back to the current-policies path by touch.
      p = await pathway(touchPage);
      await tap(p.mix_ui.baseline_button);
      await waitPathway(touchPage, (x) => x.grid_mix_path.length === 0, 'baseline path again');
    });
  } finally {
    await context.close();
  }
}
