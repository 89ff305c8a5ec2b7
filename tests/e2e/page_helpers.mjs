// Small helpers over the page shared by the e2e suites.
import assert from 'node:assert/strict';

// A building whose screen position is near the middle of the canvas box (for clicks and taps).
export async function findBuildingNearCentre(page, buildingCount, box) {
  const target = await page.evaluate(({ w, h, n }) => {
    for (let id = 0; id < n; id += 37) {
      const p = CarbonTwin.buildingScreenPosition(id);
      if (p && p.x > w * 0.4 && p.x < w * 0.6 && p.y > h * 0.35 && p.y < h * 0.7) return { id, x: p.x, y: p.y };
    }
    return null;
  }, { w: box.width, h: box.height, n: buildingCount });
  assert.ok(target, 'no building found near the centre of the view');
  return target;
}

export function round(r) { return { x: Math.round(r.x), y: Math.round(r.y), w: Math.round(r.w), h: Math.round(r.h) }; }
