// Time from dropping a planner's file on the page to the imported city drawn, and to its first pathway
// with transport, in Chromium (Debian's, headless, through playwright-core): the real Haidian OSM extract
// (2 MB) dropped as a File, the import dialog confirmed as a user would.
//   node bench/browser_import_bench.mjs SITE_DIR OSM_FILE [RUNS]
// Prints one JSON line per moment of the drop: 'at_ready' (the moment CarbonTwin.ready resolves, while
// the page is still starting its workers: the worst case) and 'settled' (after the default city's
// hourly energy year is in, as when a planner drags a file onto a page already open): medians (ms) of
// drop → dialog ready, confirm → city drawn, drop → drawn, drop → first pathway with transport.
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from '../scripts/static_server.mjs';
import { launchChromium } from '../tests/e2e/browser.mjs';

const [site, osm, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 3);
const text = fs.readFileSync(osm, 'latin1');  // passed through as bytes
const server = await startServer(site, 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launchChromium();
const median = (v) => v.slice().sort((a, b) => a - b)[Math.floor(v.length / 2)];
try {
  for (const moment of ['at_ready', 'settled']) {
    const figures = { dialog_ms: [], confirm_to_drawn_ms: [], drop_to_drawn_ms: [], drop_to_pathway_ms: [] };
    for (let r = 0; r < runs; ++r) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(url);
      await page.evaluate(() => CarbonTwin.ready);
      if (moment === 'settled') await page.evaluate(() => CarbonTwin.whenEnergyReady());
      const t = await page.evaluate(async ({ content, name }) => {
        const bytes = Uint8Array.from(content, (c) => c.charCodeAt(0));
        const t0 = performance.now();
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], name));
        window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
        const until = (f) => new Promise((resolve) => { const tick = () => (f() ? resolve() : setTimeout(tick, 5)); tick(); });
        await until(() => { const d = CarbonTwin.importDialog(); return d.open && !d.busy && d.report; });
        const t1 = performance.now();
        const opened = CarbonTwin.confirmImport();
        await opened;
        const t2 = performance.now();
        await CarbonTwin.whenTransportReady();
        const t3 = performance.now();
        return { dialog: t1 - t0, confirm: t2 - t1, drawn: t2 - t0, pathway: t3 - t0 };
      }, { content: text, name: path.basename(osm) });
      figures.dialog_ms.push(t.dialog);
      figures.confirm_to_drawn_ms.push(t.confirm);
      figures.drop_to_drawn_ms.push(t.drawn);
      figures.drop_to_pathway_ms.push(t.pathway);
      await page.close();
    }
    const out = { file: path.basename(osm), bytes: fs.statSync(osm).size, runs, moment };
    for (const [k, v] of Object.entries(figures)) out[k] = Math.round(median(v));
    console.log(JSON.stringify(out));
  }
} finally {
  await browser.close();
  server.close();
}
