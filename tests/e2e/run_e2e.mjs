// End-to-end test of the browser app: serves the built site, drives Debian's Chromium headless with
// playwright-core, and checks the CarbonTwin JS API, picking by a real mouse click, the language
// switch, the colour modes, and — from the screenshot's pixels — that the city and the panel were
// drawn, then the pathway, the hourly energy and transport. The checks live in one file per area
// (*_checks.mjs), run in this order on the same page. Any console error fails the test. Screenshots
// stay in --out for people to look at.
//   node tests/e2e/run_e2e.mjs --site build/wasm/web --out build/wasm/tests/e2e [--native-cli build/native/cli/carbontwin]
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from '../../scripts/static_server.mjs';
import { launchChromium } from './browser.mjs';
import { cityChecks } from './city_checks.mjs';
import { energyBalanceChecks } from './energy_balance_checks.mjs';
import { energyChecks } from './energy_checks.mjs';
import { importChecks } from './import_checks.mjs';
import { inclusionChecks } from './inclusion_checks.mjs';
import { kioskChecks } from './kiosk_checks.mjs';
import { mixPathChecks } from './mixpath_checks.mjs';
import { monitorChecks } from './monitor_checks.mjs';
import { offlineChecks } from './offline_checks.mjs';
import { plantChecks } from './plant_checks.mjs';
import { pathwayChecks } from './pathway_checks.mjs';
import { scenarioChecks } from './scenario_checks.mjs';
import { transportChecks } from './transport_checks.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => {
  if (a.startsWith('--')) pairs.push([a.slice(2), all[i + 1]]);
  return pairs;
}, []));
const site = args.site;
const out = args.out || 'e2e-out';
assert.ok(site && fs.existsSync(path.join(site, 'index.html')), `no built site at ${site}`);
fs.mkdirSync(out, { recursive: true });

const checks = [];
async function check(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    checks.push({ name, ok: true });
    console.log(`ok   ${name} (${Date.now() - t0} ms)`);
  } catch (err) {
    checks.push({ name, ok: false, error: String(err && err.stack || err) });
    console.log(`FAIL ${name}: ${err && err.message || err}`);
  }
}

const server = await startServer(site, 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await launchChromium();
const consoleErrors = [];
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(msg.text()); });
page.on('pageerror', (err) => consoleErrors.push('page error: ' + err.message));
page.on('requestfailed', (req) => consoleErrors.push('request failed: ' + req.url()));

// What earlier suites found that later ones need: the city's statistics, the first pathway.
const state = {};
const suite = { page, browser, url, args, out, check, consoleErrors, state };
try {
  await cityChecks(suite);
  await pathwayChecks(suite);
  await energyChecks(suite);
  await energyBalanceChecks(suite);
  await transportChecks(suite);
  await scenarioChecks(suite);
  await mixPathChecks(suite);
  await inclusionChecks(suite);
  await monitorChecks(suite);
  await plantChecks(suite);
  await importChecks(suite);
  await kioskChecks(suite);
  await offlineChecks(suite);
  await check('no console errors', async () => {
    assert.deepEqual(consoleErrors, []);
  });
} finally {
  await browser.close();
  server.close();
}

const failed = checks.filter((c) => !c.ok);
fs.writeFileSync(path.join(out, 'e2e-result.json'), JSON.stringify({ checks, consoleErrors }, null, 2));
console.log(`screenshots in ${path.resolve(out)}`);
console.log(`e2e: ${checks.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
