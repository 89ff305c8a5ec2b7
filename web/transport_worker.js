// The transport worker: a dedicated Web Worker that loads the core-only module carbontwin_worker
// (wasm/worker/transport_worker.cpp) once, keeps it (and the city it generated) between runs, and
// runs the transport model for each request. Messages from the page:
//   {type: 'run', runId, seed, cityKey, city, policy: {headway_factor, congestion_charge_yuan,
//        parking_price_yuan, extra_lines: [{stops: [[x_m, y_m], ...], headway_min}, ...]}}
//   seed 0 with city (a Uint8Array city file) and cityKey (a number naming it): an imported city,
//   read once per cityKey and kept for the runs after.
// Messages to the page:
//   {type: 'progress', runId, fraction, stage}        during a run (stage: a short name)
//   {type: 'done', runId, flow, vc, loads, segmentCounts, summary, runMs}
//        flow, vc: Float64Array per city road link; loads: Float64Array, every line's segment loads
//        in line order; segmentCounts: Int32Array per line; summary: Float64Array
//        (wasm/worker/transport_layout.hpp); all transferred. runMs: the model's own run time.
//   {type: 'error', runId, message}
'use strict';

let modulePromise = null;
let loadedCityKey = null;
function post(message, transfer) { self.postMessage(message, transfer || []); }

function loadModule() {
  if (!modulePromise) {
    importScripts('carbontwin_worker.js');
    modulePromise = createCarbonTwinWorkerModule({
      print: () => {},
      printErr: (text) => post({ type: 'log', message: text }),
    });
  }
  return modulePromise;
}

function cString(module, ptr) {
  if (!ptr) return '';
  let end = ptr;
  while (module.HEAPU8[end] !== 0) ++end;
  return new TextDecoder().decode(module.HEAPU8.slice(ptr, end));
}

async function run(message) {
  const module = await loadModule();
  const runId = message.runId;
  const policy = message.policy || {};
  const lines = Array.isArray(policy.extra_lines) ? policy.extra_lines : [];
  const stops = lines.flatMap((l) => l.stops);
  const num = (v, d) => (typeof v === 'number' && Number.isFinite(v) ? v : d);
  module.cttProgress = (fraction, stage) => post({ type: 'progress', runId, fraction, stage });
  if (message.seed === 0 && message.cityKey !== loadedCityKey) {
    const city = message.city;
    if (!(city instanceof Uint8Array) || city.length === 0) throw new Error('no city file for an imported city');
    const ptr = module._malloc(city.length);
    module.HEAPU8.set(city, ptr);
    const status = module._ctt_load_city(ptr, city.length);
    module._free(ptr);
    if (status !== 0) throw new Error(cString(module, module._ctt_error()) || 'the city file could not be read');
    loadedCityKey = message.cityKey;
  }
  const xy = module._malloc(8 * Math.max(1, 2 * stops.length));
  const counts = module._malloc(4 * Math.max(1, lines.length));
  const headways = module._malloc(8 * Math.max(1, lines.length));
  try {
    stops.forEach(([x, y], i) => { module.HEAPF64[xy / 8 + 2 * i] = x; module.HEAPF64[xy / 8 + 2 * i + 1] = y; });
    lines.forEach((l, k) => {
      module.HEAP32[counts / 4 + k] = l.stops.length;
      module.HEAPF64[headways / 8 + k] = num(l.headway_min, 5);
    });
    const status = module._ctt_run(message.seed, num(policy.headway_factor, 1), num(policy.congestion_charge_yuan, 0),
      num(policy.parking_price_yuan, 0), xy, counts, headways, lines.length);
    if (status === 2) throw new Error('bad arguments for the transport model');
    if (status !== 0) throw new Error(cString(module, module._ctt_error()) || 'the transport model failed');
  } finally {
    module._free(xy);
    module._free(counts);
    module._free(headways);
  }
  // Copies out of the module's memory, so that they can be transferred.
  const f64 = (ptr, n) => new Float64Array(module.HEAPF64.buffer, ptr, n).slice();
  const links = module._ctt_link_count();
  const flow = f64(module._ctt_link_flow(), links);
  const vc = f64(module._ctt_link_vc(), links);
  const lineCount = module._ctt_line_count();
  const segmentCounts = new Int32Array(module.HEAP32.buffer, module._ctt_segment_counts(), lineCount).slice();
  const loads = f64(module._ctt_segment_loads(), segmentCounts.reduce((a, b) => a + b, 0));
  const summary = f64(module._ctt_summary(), module._ctt_summary_size());
  const runMs = summary[summary.length - 1];
  post({ type: 'done', runId, flow, vc, loads, segmentCounts, summary, runMs },
    [flow.buffer, vc.buffer, loads.buffer, segmentCounts.buffer, summary.buffer]);
}

// Runs one at a time, in order; the page only ever needs the latest, and says so by its runId.
let queue = Promise.resolve();
self.onmessage = (event) => {
  const message = event.data || {};
  if (message.type !== 'run') return;
  queue = queue.then(() => run(message))
    .catch((e) => post({ type: 'error', runId: message.runId, message: String(e && e.message ? e.message : e) }));
};
