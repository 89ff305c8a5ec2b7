// Carbon inclusion in the page (issue 12 item 3): a resident's fixed choices give the same kgCO2 and
// points as `carbontwin inclusion` on the same actions file (the same twin/inclusion code, natively);
// the community wedge moves the city's pathway; a link and its QR code reopen the choices; the personal
// card is a PNG. Run by run_e2e.mjs on the main page after the scenario suite (transport results are in).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// Choices without rooftop PV (the CLI prices PV on the weather of its --epw; the page on the same rule,
// but the pathway baseline of the wedge differs: the page's is built from the worker's runs).
const kActions = {
  household_persons: 3,
  commutes: [{ from: 'car_petrol', to: 'metro', one_way_km: 10, days_per_yr: 250 }],
  setpoints: { dwelling_area_m2: 80, heating: 'district_heat', vintage: '2000_2009', heating_lower_c: 2, cooling_raise_c: 1 },
  appliances: [{ appliance: 'air_conditioner', units: 2 }],
  waste_sorted_kg_per_yr: 100,
  secondhand_items_per_yr: 10,
};

export async function inclusionChecks({ page, check, args, out }) {
  let year = 2030;
  await check('inclusion: fixed choices give the CLI\'s kgCO2 and points, action by action', async () => {
    const r = await page.evaluate((actions) => {
      CarbonTwin.setYear(2030);
      const error = CarbonTwin.setInclusionActions(actions);
      return { error, r: CarbonTwin.inclusion() };
    }, kActions);
    assert.equal(r.error, '');
    assert.equal(r.r.open, true, 'the panel opens on the choices');
    year = r.r.year;
    const file = path.join(out, 'inclusion-actions.json');
    fs.writeFileSync(file, JSON.stringify(kActions));
    const cliOut = path.join(out, 'inclusion-cli.json');
    execFileSync(args['native-cli'], ['inclusion', '--actions', file, '--json', cliOut, '--year', String(year),
      '--participation-pct', '0', '--baseline', 'table', '--transport', 'none'], { stdio: 'pipe' });
    const cli = JSON.parse(fs.readFileSync(cliOut, 'utf8'));
    assert.equal(r.r.actions.length, cli.actions.length);
    for (let i = 0; i < cli.actions.length; ++i) {
      assert.equal(r.r.actions[i].key, cli.actions[i].key);
      assert.equal(r.r.actions[i].kg_co2_per_yr, cli.actions[i].kg_co2_per_yr, cli.actions[i].key);
      assert.equal(r.r.actions[i].points, cli.actions[i].points, cli.actions[i].key);
    }
    assert.equal(r.r.total_kg_co2_per_yr, cli.total_kg_co2_per_yr);
    assert.ok(r.r.total_kg_co2_per_yr > 100, `total ${r.r.total_kg_co2_per_yr}`);
    console.log(`     inclusion: ${r.r.total_kg_co2_per_yr.toFixed(2)} kgCO2/yr, ${Math.round(r.r.points)} points (= CLI), ${r.r.eval_ms.toFixed(1)} ms`);
  });

  await check('inclusion: the community wedge lowers the city\'s pathway', async () => {
    const w = await page.evaluate(() => {
      CarbonTwin.setInclusionParticipation(30);
      return CarbonTwin.inclusion();
    });
    assert.equal(w.participation_pct, 30);
    assert.ok(w.community_wedge, 'a wedge');
    assert.equal(w.community_wedge.participation_share, 0.3);
    assert.ok(w.community_wedge.cumulative_t_change < 0, `cumulative change ${w.community_wedge.cumulative_t_change}`);
    assert.ok(w.community_wedge.peak_t_change <= 0, `peak change ${w.community_wedge.peak_t_change}`);
    // Twice the share, about twice the cumulative saving (the actions are linear in participation).
    const w60 = await page.evaluate(() => { CarbonTwin.setInclusionParticipation(60); return CarbonTwin.inclusion(); });
    const ratio = w60.community_wedge.cumulative_t_change / w.community_wedge.cumulative_t_change;
    assert.ok(Math.abs(ratio - 2) < 0.05, `60 % vs 30 %: ratio ${ratio}`);
    await page.evaluate(() => CarbonTwin.setInclusionParticipation(30));
  });

  await check('inclusion: a link and its QR code reopen the same choices', async () => {
    const link = await page.evaluate(() => CarbonTwin.inclusionLink());
    assert.match(link, /#inclusion=[A-Za-z0-9_-]+$/, link);
    const back = await page.evaluate(async (link) => {
      CarbonTwin.setInclusionActions({});
      const emptied = CarbonTwin.inclusion().actions_json;
      const r = await CarbonTwin.openInclusionLink(link);
      return { emptied, r, now: CarbonTwin.inclusion().actions_json };
    }, link);
    assert.equal(back.emptied, '{}');
    assert.deepEqual(back.r, { ok: true });
    assert.deepEqual(JSON.parse(back.now), kActions);
    // The QR code in the panel holds that link (read back from a screenshot with zbarimg); a taller window
    // shows the panel's QR code whole (at 800 px it scrolls).
    await page.setViewportSize({ width: 1280, height: 1000 });
    let q = null;
    for (let i = 0; i < 50 && !(q && q.qr_rect && q.link === link); ++i) {
      await page.waitForTimeout(100);
      q = await page.evaluate(() => CarbonTwin.inclusion());
    }
    assert.ok(q.qr_rect, 'a QR code is drawn');
    const shot = path.join(out, 'inclusion-panel.png');
    await page.screenshot({ path: shot });
    const r = q.qr_rect;
    const qrShot = path.join(out, 'inclusion-qr.png');
    await page.screenshot({ path: qrShot, clip: { x: r.x0, y: r.y0, width: r.x1 - r.x0, height: r.y1 - r.y0 } });
    await page.setViewportSize({ width: 1280, height: 800 });
    const decoded = execFileSync('zbarimg', ['--quiet', '--raw', qrShot], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    assert.equal(decoded, link);
    const bad = await page.evaluate((link) => CarbonTwin.openInclusionLink(link.slice(0, -20)), link);
    assert.equal(bad.ok, false);
    assert.ok(bad.error.length > 10, bad.error);
  });

  await check('inclusion: the personal card is a PNG', async () => {
    const modules = await page.evaluate(() => CarbonTwin._call('ctInclusionQrModules', ''));
    assert.ok(modules.length > 400, `the QR code's modules: ${modules.length} characters`);
    const card = await page.evaluate(async () => {
      const blob = await CarbonTwin.inclusionCardPng();
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(binary);
    });
    const png = Buffer.from(card, 'base64');
    assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47], 'PNG signature');
    assert.equal(png.readUInt32BE(16), 1080);
    assert.equal(png.readUInt32BE(20), 1350);
    fs.writeFileSync(path.join(out, 'inclusion-card.png'), png);
    // The card's QR code holds the same link.
    const decoded = execFileSync('zbarimg', ['--quiet', '--raw', path.join(out, 'inclusion-card.png')],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    assert.match(decoded, /#inclusion=/);
    await page.evaluate(() => CarbonTwin.setInclusionPanel(false));
  });
}
