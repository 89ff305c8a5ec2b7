// Launches Debian's Chromium through playwright-core (never a downloaded browser), headless, with
// WebGL2 on SwiftShader. Shared by the end-to-end test and the browser benchmarks.
import { createRequire } from 'node:module';
import path from 'node:path';
import os from 'node:os';

export function loadPlaywright() {
  const deps = process.env.CT_DEPS_DIR || path.join(os.homedir(), '.cache/carbontwin/deps');
  const require = createRequire(path.join(deps, 'node', 'package.json'));
  return require('playwright-core');
}

export async function launchChromium() {
  const { chromium } = loadPlaywright();
  return chromium.launch({
    executablePath: process.env.CT_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--enable-unsafe-swiftshader', '--use-angle=swiftshader',
      '--ignore-gpu-blocklist', '--disable-dev-shm-usage'],
  });
}

// Pixel statistics of a PNG screenshot, computed by the browser itself (no PNG decoder needed):
// for each rectangle, the share of pixels that differ from the given background colour, the
// number of distinct colours (quantised to 4 bits per channel) and the mean colour.
export async function pngRegionStats(browser, png, rects) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async ({ b64, rects }) => {
      const img = new Image();
      img.src = 'data:image/png;base64,' + b64;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width; canvas.height = img.height;
      const ctx = canvas.getContext('2d');
      ctx.drawImage(img, 0, 0);
      return rects.map(({ x, y, w, h }) => {
        const data = ctx.getImageData(x, y, w, h).data;
        const colours = new Set();
        let sum = [0, 0, 0];
        for (let i = 0; i < data.length; i += 4) {
          colours.add(((data[i] >> 4) << 8) | ((data[i + 1] >> 4) << 4) | (data[i + 2] >> 4));
          sum[0] += data[i]; sum[1] += data[i + 1]; sum[2] += data[i + 2];
        }
        const n = data.length / 4;
        return { distinct_colours: colours.size, mean_rgb: sum.map((s) => s / n), width: img.width,
          height: img.height };
      });
    }, { b64: png.toString('base64'), rects });
  } finally {
    await page.close();
  }
}

// For each target colour, how many pixels of the rectangle lie within tol (per channel) of it.
export async function pngColourCounts(browser, png, rect, colours, tol = 14) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async ({ b64, rect, colours, tol }) => {
      const img = new Image();
      img.src = 'data:image/png;base64,' + b64;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width; canvas.height = img.height;
      const ctx = canvas.getContext('2d');
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(rect.x, rect.y, rect.w, rect.h).data;
      const counts = colours.map(() => 0);
      for (let i = 0; i < data.length; i += 4) {
        colours.forEach(([r, g, b], k) => {
          if (Math.abs(data[i] - r) <= tol && Math.abs(data[i + 1] - g) <= tol && Math.abs(data[i + 2] - b) <= tol) counts[k] += 1;
        });
      }
      return counts;
    }, { b64: png.toString('base64'), rect, colours, tol });
  } finally {
    await page.close();
  }
}
