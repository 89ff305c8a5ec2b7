// Real cities in the page: a bundled example city (imported at build time by the native CLI) opens,
// is drawn, picked, simulated (hourly energy and transport in the workers) and charted, and equals the
// native CLI on the same city file; then a planner's file dropped on the page goes through the import
// dialog, its attributes are mapped, and the imported city replaces the shown one.
// Run by run_e2e.mjs after the other suites (it leaves an imported city on the page).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pngRegionStats } from './browser.mjs';

export async function importChecks({ page, browser, check, args, out, state }) {
  const site = args.site;
  let haidian = null;

  await check('the bundled example cities are listed', async () => {
    const list = await page.evaluate(() => CarbonTwin.exampleCities());
    assert.ok(Array.isArray(list), 'exampleCities() is not a list');
    haidian = list.find((c) => c.id === 'haidian');
    assert.ok(haidian, `no Haidian example in ${JSON.stringify(list)}`);
    assert.ok(fs.existsSync(path.join(site, haidian.file)), haidian.file);
    console.log(`     ${list.length} examples: ${list.map((c) => c.id).join(', ')}`);
  });
  if (!haidian) return;
  const cityFile = path.join(site, haidian.file);

  await check('opening the Haidian example replaces the city; it is drawn and said to be imported', async () => {
    const t0 = Date.now();
    const r = await page.evaluate((file) => CarbonTwin.openCity(file), haidian.file);
    assert.deepEqual(r, { ok: true });
    const drawnMs = Date.now() - t0;
    const info = await page.evaluate(() => CarbonTwin.cityInfo());
    assert.equal(info.imported, true);
    assert.equal(info.synthetic, false);
    assert.equal(info.typical_year, 'beijing');
    assert.ok(Math.abs(info.origin_lon_deg - 116.35) < 0.02 && Math.abs(info.origin_lat_deg - 40.0) < 0.02, JSON.stringify(info));
    assert.equal(info.import_report.buildings_imported, 257);
    state.importedStats = await page.evaluate(() => CarbonTwin.cityStats());
    assert.equal(state.importedStats.building_count, 257);
    await page.waitForTimeout(300);
    const png = await page.screenshot({ path: path.join(out, 'imported_haidian.png') });
    const [view] = await pngRegionStats(browser, png, [{ x: 440, y: 200, w: 400, h: 300 }]);
    assert.ok(view.distinct_colours > 12, `the imported city is not drawn (${view.distinct_colours} colours)`);
    console.log(`     Haidian drawn ${drawnMs} ms after openCity; ${JSON.stringify(info.name)}`);
  });

  if (args['native-cli']) {
    await check('the imported city\'s statistics equal the native CLI\'s on the same city file', async () => {
      const native = JSON.parse(execFileSync(args['native-cli'], ['city', '--city', cityFile, '--json', '-'],
        { encoding: 'utf8' }));
      assert.deepStrictEqual(state.importedStats, native);
    });
  }

  await check('a picked imported building says which values were inferred and where it came from', async () => {
    const b = await page.evaluate(() => CarbonTwin.pickById(0));
    assert.ok(b && Array.isArray(b.inferred) && b.inferred.includes('height'), JSON.stringify(b));
    assert.ok(typeof b.source_id === 'string' && b.source_id.startsWith('way/'), JSON.stringify(b));
    await page.waitForTimeout(200);
    await page.screenshot({ path: path.join(out, 'imported_picked.png') });
    await page.evaluate(() => CarbonTwin.clearSelection());
  });

  await check('the lon/lat under the pointer follows the city\'s location', async () => {
    const p = await page.evaluate(() => CarbonTwin.worldToScreen(0, 0));
    assert.ok(p, 'the origin is not on screen');
    const ll = await page.evaluate(({ x, y }) => CarbonTwin.lonLatAtScreen(x, y), p);
    const info = await page.evaluate(() => CarbonTwin.cityInfo());
    assert.ok(ll && Math.abs(ll.lon_deg - info.origin_lon_deg) < 1e-5 && Math.abs(ll.lat_deg - info.origin_lat_deg) < 1e-5,
      `${JSON.stringify(ll)} vs ${info.origin_lon_deg}, ${info.origin_lat_deg}`);
  });

  await check('a plant list given in lon/lat lands on the imported city\'s map; what cannot be placed is named', async () => {
    const info = await page.evaluate(() => CarbonTwin.cityInfo());
    const lon = info.origin_lon_deg.toFixed(6), lat = info.origin_lat_deg.toFixed(6);
    const csv = `name,sector,route,output,lon,lat\nOrigin cement,cement,cement_clinker,800000,${lon},${lat}\n` +
      'Shanghai steel,steel,steel_bf_bof,1000000,121.47,31.23\n';
    const r = await page.evaluate((csv) => CarbonTwin.setPlants(csv), csv);
    assert.equal(r.ok, true, JSON.stringify(r));
    assert.equal(r.plants, 2);
    assert.equal(r.placed_from_lonlat, 1);
    assert.equal(r.unplaced.length, 1);
    assert.equal(r.unplaced[0].name, 'Shanghai steel');
    assert.equal(r.unplaced[0].line, 3);
    await page.waitForTimeout(200);
    const k = await page.evaluate(() => CarbonTwin.keyEmitters());
    const cement = k.find((p) => p.name === 'Origin cement');
    const origin = await page.evaluate(() => CarbonTwin.worldToScreen(0, 0));
    assert.ok(cement && cement.screen, JSON.stringify(k));
    assert.ok(Math.hypot(cement.screen.x - origin.x, cement.screen.y - origin.y) < 3, `${JSON.stringify(cement.screen)} vs ${JSON.stringify(origin)}`);
    // Both plants count in the pathway, placed or not: industry emissions appear.
    const p = await page.evaluate(() => CarbonTwin.pathway());
    assert.ok(p.years[0].by_sector_t.industry > 0 && p.years[0].by_sector_t.industrial_processes > 0, JSON.stringify(p.years[0].by_sector_t));
    await page.screenshot({ path: path.join(out, 'imported_plants.png') });
    // A bad row refuses the whole list and keeps the plants.
    const bad = await page.evaluate(() => CarbonTwin.setPlants('name,sector,route,output,lon,lat\nX,cement,cement_clinker,-5,116.3,39.9\n'));
    assert.equal(bad.ok, false);
    assert.equal(bad.errors[0].line, 2);
    assert.equal((await page.evaluate(() => CarbonTwin.keyEmitters())).length, 2);
    assert.equal(await page.evaluate(() => CarbonTwin.resetPlants()), true);
    assert.equal((await page.evaluate(() => CarbonTwin.keyEmitters())).length, 0);  // an imported city has none of its own
  });

  await check('hourly energy and the transport model run on the imported city in the workers', async () => {
    assert.equal(await page.evaluate(() => CarbonTwin.whenEnergyReady()), true);
    assert.equal(await page.evaluate(() => CarbonTwin.whenTransportReady()), true);
    const e = await page.evaluate(() => CarbonTwin.buildingEnergy(0));
    assert.ok(e && e.eui_kwh_m2 > 0, JSON.stringify(e));
    const t = await page.evaluate(() => CarbonTwin.transport());
    assert.ok(t && t.converged && t.activity.trips_per_day.car > 0, JSON.stringify(t && t.mode_share));
    const p = await page.evaluate(() => CarbonTwin.pathway());
    assert.equal(p.transport_included, true);
    assert.equal(p.synthetic_city, false);
    state.importedPathway = p;
    await page.screenshot({ path: path.join(out, 'imported_pathway.png') });
  });

  if (args['native-cli']) {
    await check('the imported city\'s energy and pathway equal the native CLI\'s', async () => {
      const csvPath = path.join(out, 'imported_buildings.csv');
      execFileSync(args['native-cli'], ['buildings', '--city', cityFile, '--csv', csvPath], { encoding: 'utf8' });
      const lines = fs.readFileSync(csvPath, 'utf8').trim().split('\n');
      const header = lines[0].split(',');
      const col = header.indexOf('scope2_t');
      const got = await page.evaluate((n) => Array.from({ length: n }, (_, i) => CarbonTwin.buildingEnergy(i).scope2_t),
        lines.length - 1);
      got.forEach((v, i) => assert.ok(Math.abs(Number(lines[i + 1].split(',')[col]) - v) <= 0.5e-4 + 1e-12, `building ${i}`));
      const native = JSON.parse(execFileSync(args['native-cli'], ['pathway', '--city', cityFile, '--baseline', 'table',
        '--json', '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
      native.years.forEach((n, i) => assert.equal(state.importedPathway.years[i].net_t, n.net_t, `net_t ${n.year}`));
      assert.equal(state.importedPathway.peak_year, native.milestones.peak_year);
    });
  }

  await check('a file dropped on the page goes through the import dialog with mapped attributes', async () => {
    // A planner's layer with Chinese field names: height in 高度, use in 用途 (GeoJSON, WGS84), around
    // Haidian; without a mapping the heights are inferred, with 高度 mapped none is.
    const features = [];
    for (let k = 0; k < 12; ++k) {
      const x = 116.3500 + (k % 4) * 0.0012, y = 40.0000 + Math.floor(k / 4) * 0.0010;
      features.push({ type: 'Feature', properties: { 编号: `B${k}`, 高度: String(12 + 3 * k), 用途: k % 3 ? '住宅' : '办公' },
        geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 0.0006, y], [x + 0.0006, y + 0.0004], [x, y + 0.0004], [x, y]]] } });
    }
    const text = JSON.stringify({ type: 'FeatureCollection', features });
    // With the city's own weather: the shared Beijing IWEC EPW dropped with it (when the data are there).
    const epwPath = fileURLToPath(new URL('../../../shared/data/weather/china/CHN_Beijing.Beijing.545110_IWEC.epw',
      import.meta.url));
    const epw = fs.existsSync(epwPath) ? fs.readFileSync(epwPath, 'utf8') : null;
    // A real drop: a DataTransfer holding the Files, dispatched on the page.
    await page.evaluate(({ content, weather }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], 'plan.geojson', { type: 'application/geo+json' }));
      if (weather) dt.items.add(new File([weather], 'beijing.epw', { type: 'text/plain' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, { content: text, weather: epw });
    await page.waitForFunction(() => { const d = CarbonTwin.importDialog(); return d.open && !d.busy && d.report; },
      null, { timeout: 30000 });
    let d = await page.evaluate(() => CarbonTwin.importDialog());
    assert.equal(d.report.buildings_imported, 12);
    if (epw) {
      assert.deepEqual(d.weather, ['beijing.epw']);
      const read = d.report.files.find((f) => f.format === 'epw');
      assert.ok(read && read.counts.hours === 8760, JSON.stringify(d.report.files));
    }
    assert.equal(d.report.heights_inferred, 12);
    assert.ok(d.fields.some((f) => f.name === '高度'), JSON.stringify(d.fields));
    await page.selectOption('#ct-import-map-height', '高度');
    await page.waitForFunction(() => { const x = CarbonTwin.importDialog(); return !x.busy && x.mapping.height === '高度'; },
      null, { timeout: 30000 });
    d = await page.evaluate(() => CarbonTwin.importDialog());
    assert.equal(d.report.heights_inferred, 0);
    assert.equal(d.report.uses_inferred, 12);  // 用途 is no standard field: still inferred
    await page.selectOption('#ct-import-map-use', '用途');
    await page.waitForFunction(() => { const x = CarbonTwin.importDialog(); return !x.busy && x.mapping.use === '用途'; },
      null, { timeout: 30000 });
    d = await page.evaluate(() => CarbonTwin.importDialog());
    assert.equal(d.report.uses_inferred, 0);  // 住宅 / 办公 are known use words
    assert.equal(d.report.heights_inferred, 0);
    await page.screenshot({ path: path.join(out, 'import_dialog.png') });
    await page.click('#ct-import-confirm');
    await page.waitForFunction(() => { const i = CarbonTwin.cityInfo(); return i && i.buildings === 12; }, null, { timeout: 30000 });
    if (epw) {
      const w = (await page.evaluate(() => CarbonTwin.cityInfo())).weather;
      assert.ok(w && w.source === 'epw' && w.wmo === '545110' && w.hours === 8760, JSON.stringify(w));
    }
    const picked = await page.evaluate(() => CarbonTwin.pickById(11));
    assert.equal(picked.height_m, 45);
    assert.equal(picked.use, 'residential');  // 用途 住宅
    assert.ok(!picked.inferred.includes('height') && !picked.inferred.includes('use'), JSON.stringify(picked));
    assert.equal(await page.evaluate(() => CarbonTwin.whenTransportReady()), false);  // no roads in that file
    const p = await page.evaluate(() => CarbonTwin.pathway());
    assert.ok(p && p.years.length === 41 && p.years[0].gross_t > 0, 'no pathway for the dropped city');
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(out, 'dropped_city.png') });
  });

  await check('a broken city file is refused and the city kept', async () => {
    const r = await page.evaluate(() => CarbonTwin.openCity(new Uint8Array([67, 84, 67, 73, 84, 89, 13, 10, 1, 0])));
    assert.equal(r.ok, false);
    assert.ok(/truncated|ends/.test(r.error), r.error);
    assert.equal((await page.evaluate(() => CarbonTwin.cityInfo())).buildings, 12);
  });
}
