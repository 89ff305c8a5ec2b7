// The exhibition kiosk (issue 12, "Kiosk mode"): ?kiosk=1 opens the touch screen's layout; the three
// choices move the peak when touched; left alone it plays the attract loop (camera tour, the story
// switching the choices on one by one); a touch takes over and starts from the start state; portrait
// screens lay out too. Opens its own pages with touch input (the main page has a mouse), short idle and
// story times given in the URL. Run by run_e2e.mjs after the other suites.
import assert from 'node:assert/strict';
import path from 'node:path';

// The page opens with a long idle time (a slow machine may take seconds to settle) and the attract checks
// shorten it through the API, as an operator could.
const kOpenIdleS = 600;
const kIdleS = 4;
const kStepS = 2;

async function openKiosk(browser, url, viewport, consoleErrors) {
  const context = await browser.newContext({ viewport, hasTouch: true, isMobile: false });
  const page = await context.newPage();
  page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push('kiosk: ' + msg.text()); });
  page.on('pageerror', (err) => consoleErrors.push('kiosk page error: ' + err.message));
  await page.goto(`${url}?kiosk=1&idle=${kOpenIdleS}&step=${kStepS}`);
  await page.evaluate(() => CarbonTwin.ready);
  await page.evaluate(() => CarbonTwin.whenTransportReady());
  return { context, page };
}

const centre = (r) => ({ x: 0.5 * (r.x0 + r.x1), y: 0.5 * (r.y0 + r.y1) });
const kiosk = (page) => page.evaluate(() => CarbonTwin.kiosk());

// Polls the kiosk state until pred holds (or fails after timeout_ms, showing the last state).
async function waitKiosk(page, pred, timeoutMs, what) {
  const t0 = Date.now();
  let k = null;
  while (Date.now() - t0 < timeoutMs) {
    k = await kiosk(page);
    if (k && pred(k)) return k;
    await page.waitForTimeout(100);
  }
  throw new Error(`${what}: not within ${timeoutMs} ms; last state ${JSON.stringify(k)}`);
}

export async function kioskChecks({ browser, url, out, check, consoleErrors }) {
  const { context, page } = await openKiosk(browser, url, { width: 1920, height: 1080 }, consoleErrors);
  let home = null;
  try {
    await check('kiosk: ?kiosk=1 opens the exhibition screen at 1080p', async () => {
      const k = await waitKiosk(page, (k) => k.on && k.choice_rects[0].x1 > 0, 5000, 'kiosk laid out');
      assert.equal(k.attract, false);
      assert.deepEqual(k.choices, [false, false, false]);
      assert.equal(k.ui_scale, 1.5, '1080 px high → UI scale 1.5');
      assert.deepEqual(k.timing, { idle_s: kOpenIdleS, step_s: kStepS });  // from the URL
      assert.ok(k.start.peaked && k.start.peak_year >= 2020, JSON.stringify(k.start));
      assert.ok(k.caption.includes(String(k.start.peak_year)), k.caption);
      // Cards are finger-sized (≥ 1 cm ≈ 38 CSS px at 96 dpi; these are far larger) and side by side.
      for (const r of k.choice_rects) assert.ok(r.x1 - r.x0 > 150 && r.y1 - r.y0 > 100, JSON.stringify(r));
      assert.ok(k.choice_rects[0].x1 <= k.choice_rects[1].x0 && k.choice_rects[1].x1 <= k.choice_rects[2].x0);
      home = await page.evaluate(() => CarbonTwin.getCamera());
      await page.screenshot({ path: path.join(out, 'kiosk-landscape.png') });
    });

    await check('kiosk: touching the rooftop-PV and retrofit cards moves the peak', async () => {
      const k0 = await kiosk(page);
      await page.touchscreen.tap(centre(k0.choice_rects[2]).x, centre(k0.choice_rects[2]).y);
      let k = await waitKiosk(page, (k) => k.choices[2], 3000, 'PV card on');
      assert.equal((await page.evaluate(() => CarbonTwin.getLever('rooftop_pv_coverage_pct'))).target, 50);
      assert.ok(k.now.peak_t < k.start.peak_t, `PV lowers the peak: ${k.now.peak_t} vs ${k.start.peak_t}`);
      await page.touchscreen.tap(centre(k0.choice_rects[0]).x, centre(k0.choice_rects[0]).y);
      k = await waitKiosk(page, (k) => k.choices[0] && k.choices[2], 3000, 'retrofit card on');
      assert.equal((await page.evaluate(() => CarbonTwin.getLever('retrofit_rate_pct_per_yr'))).target, 4);
      assert.ok(k.now.peak_year < k.start.peak_year, `the peak comes earlier: ${k.now.peak_year} vs ${k.start.peak_year}`);
      // The caption says it in words: the new peak year and the old.
      assert.ok(k.caption.includes(String(k.now.peak_year)) && k.caption.includes(String(k.start.peak_year)), k.caption);
      // The same numbers as the pathway the planner's API reports.
      const p = await page.evaluate(() => CarbonTwin.pathway());
      assert.equal(p.peak_year, k.now.peak_year);
      console.log(`     kiosk: peak ${k.start.peak_year} → ${k.now.peak_year}; "${k.caption}"`);
      await page.screenshot({ path: path.join(out, 'kiosk-choices.png') });
    });

    await check('kiosk: left alone it resets and plays the attract loop with a camera tour', async () => {
      // The operator's short idle time (the page opened with a long one).
      assert.equal(await page.evaluate((o) => CarbonTwin.setKiosk(true, o), { idle_s: kIdleS, step_s: kStepS }), '');
      assert.deepEqual((await kiosk(page)).timing, { idle_s: kIdleS, step_s: kStepS });
      const k = await waitKiosk(page, (k) => k.attract, (kIdleS + 3) * 1000, 'attract loop');
      assert.ok(k.idle_s >= kIdleS, `idle ${k.idle_s} s`);
      const a = await page.evaluate(() => CarbonTwin.getCamera());
      await page.waitForTimeout(600);
      const b = await page.evaluate(() => CarbonTwin.getCamera());
      assert.ok(Math.abs(b.yaw_rad - a.yaw_rad) > 0.01, `the camera tours: yaw ${a.yaw_rad} → ${b.yaw_rad}`);
      await page.screenshot({ path: path.join(out, 'kiosk-attract.png') });
    });

    await check('kiosk: the story switches the three choices on one by one', async () => {
      let k = await waitKiosk(page, (k) => k.step === 'choice1', (6 * kStepS + 2) * 1000, 'story step 1');
      assert.deepEqual(k.choices, [true, false, false]);
      assert.equal((await page.evaluate(() => CarbonTwin.getLever('retrofit_rate_pct_per_yr'))).target, 4);
      k = await waitKiosk(page, (k) => k.step === 'choice2', (kStepS + 2) * 1000, 'story step 2');
      assert.deepEqual(k.choices, [true, true, false]);
      const lines = await page.evaluate(() => CarbonTwin.scenarioJson().new_lines || []);
      assert.equal(lines.length, 1, 'the story draws a new metro line');
      k = await waitKiosk(page, (k) => k.step === 'choice3', (kStepS + 2) * 1000, 'story step 3');
      assert.deepEqual(k.choices, [true, true, true]);
      assert.ok(k.caption.length > 10, k.caption);
    });

    await check('kiosk: a touch takes over and starts from the start state', async () => {
      const before = await kiosk(page);
      assert.ok(before.attract && before.choices.some((c) => c), JSON.stringify(before.choices));
      // A tap on the city itself (the middle of the screen, between the cards).
      await page.touchscreen.tap(960, 420);
      const k = await waitKiosk(page, (k) => !k.attract, 2000, 'attract loop ended');
      assert.deepEqual(k.choices, [false, false, false]);
      const state = await page.evaluate(() => ({
        retrofit: CarbonTwin.getLever('retrofit_rate_pct_per_yr'),
        pv: CarbonTwin.getLever('rooftop_pv_coverage_pct'),
        lines: (CarbonTwin.scenarioJson().new_lines || []).length,
        camera: CarbonTwin.getCamera(),
      }));
      assert.equal(state.retrofit.target, state.retrofit.default);  // the baseline scenario's target
      assert.equal(state.pv.target, state.pv.default);
      assert.equal(state.lines, 0);
      assert.ok(Math.abs(state.camera.yaw_rad - home.yaw_rad) < 0.05, `camera back home: ${state.camera.yaw_rad} vs ${home.yaw_rad}`);
      assert.equal(k.now.peak_year, k.start.peak_year);
    });
  } finally {
    await context.close();
  }

  await check('kiosk: a portrait 1080 × 1920 screen lays the cards out inside it', async () => {
    const portrait = await openKiosk(browser, url, { width: 1080, height: 1920 }, consoleErrors);
    try {
      const k = await waitKiosk(portrait.page, (k) => k.on && k.choice_rects[2].x1 > 0, 5000, 'portrait laid out');
      assert.equal(k.ui_scale, 1.5);
      for (const r of k.choice_rects) {
        assert.ok(r.x0 >= 0 && r.x1 <= 1080 && r.y0 >= 0 && r.y1 <= 1920, JSON.stringify(r));
        assert.ok(r.x1 - r.x0 > 150 && r.y1 - r.y0 > 100, JSON.stringify(r));
      }
      await portrait.page.screenshot({ path: path.join(out, 'kiosk-portrait.png') });
    } finally {
      await portrait.context.close();
    }
  });
}
