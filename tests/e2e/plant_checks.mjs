// A key emitter's own what-if in the page (issue 9, "ranked as key emitters with their share and their own
// what-if"): a click on the largest plant's marker opens its panel; its own CCUS lever lowers its net and the
// city's plants by the same tonnes, and it drops in the ranking. Run by run_e2e.mjs on the main page.
import assert from 'node:assert/strict';
import path from 'node:path';

export async function plantChecks({ page, check, out }) {
  await check('plant what-if: a click on the largest emitter opens its panel and its CCUS moves it down', async () => {
    // Earlier suites moved the camera: centre it on the largest plant, so its marker is clear of the panels.
    const first = await page.evaluate(() => CarbonTwin.keyEmitters());
    assert.ok(first.length >= 2 && first[0].xy_m, 'the default city has placed plants');
    await page.evaluate((p) => CarbonTwin.setCamera({ target_x_m: p.x, target_y_m: p.y }), first[0].xy_m);
    await page.waitForTimeout(300);
    const emitters = await page.evaluate(() => CarbonTwin.keyEmitters());
    const top = emitters[0];
    assert.ok(top.screen && top.drawn, `the largest plant's marker is drawn: ${JSON.stringify(top)}`);
    // A click on its marker (a tap: press and release without moving).
    await page.mouse.click(top.screen.x, top.screen.y);
    let w = null;
    for (let i = 0; i < 20 && !w; ++i) {
      await page.waitForTimeout(50);
      w = await page.evaluate(() => CarbonTwin.plantWhatIf());
    }
    assert.ok(w, 'a plant is picked');
    assert.equal(w.name, top.name);
    assert.equal(w.rank_before, 1);
    assert.equal(w.net_before_t, top.net_t);  // the same base-year figure as the ranking
    assert.equal(w.net_after_t, w.net_before_t, 'no levers of its own yet');
    const error = await page.evaluate(() => CarbonTwin.setPlantLevers({ ccus_capture_pct: 90 }));
    assert.equal(error, '');
    w = await page.evaluate(() => CarbonTwin.plantWhatIf());
    // 90 % of its combustion and process CO2 captured; its purchased electricity and heat (scope 2) stay.
    assert.ok(w.net_after_t < 0.9 * w.net_before_t, `${w.net_after_t} vs ${w.net_before_t}`);
    assert.ok(Math.abs(w.delta_t - (w.net_after_t - w.net_before_t)) < 1e-6 * w.net_before_t);
    assert.ok(Math.abs((w.industry_after_t - w.industry_before_t) - w.delta_t) < 1e-6 * w.industry_before_t);
    assert.ok(w.rank_after > 1, `rank after ${w.rank_after}`);
    console.log(`     plant what-if: ${w.name} ${(w.net_before_t / 1e3).toFixed(1)} → ${(w.net_after_t / 1e3).toFixed(1)} kt, rank 1 → ${w.rank_after}`);
    await page.waitForTimeout(200);
    await page.screenshot({ path: path.join(out, 'plant-whatif.png') });
    const bad = await page.evaluate(() => [CarbonTwin.setPlantLevers({ ccus_capture_pct: 120 }), CarbonTwin.setPlantLevers({ magic: 1 })]);
    assert.match(bad[0], /ccus_capture_pct/);
    assert.match(bad[1], /\$\.magic: unknown lever/);
    await page.evaluate(() => CarbonTwin.selectPlant(-1));
    assert.equal(await page.evaluate(() => CarbonTwin.plantWhatIf()), null);
  });
}
