// The energy worker: a dedicated Web Worker that loads the core-only module carbontwin_worker
// (wasm/worker/energy_worker.cpp), simulates the hourly year of every building of the default
// city — or of the imported city whose city file the page sends — in chunks, and posts to the page:
//   {type: 'progress', fraction}                       after each chunk (0..1)
//   {type: 'done', rows, stride, count, simulatedUnits, factorYear, runMs, hourly, hourlyStride, hours}
//        rows: Float64Array, count × stride doubles (layout: wasm/worker/energy_layout.hpp), transferred
//        hourly: Float64Array, hours × hourlyStride doubles: the city's delivered kWh by carrier and the
//        rooftop PV potential per hour (energy_layout::kHourly*), transferred
//   {type: 'error', message}
// The page starts it with {type: 'run', factorYear, city} (city: a Uint8Array city file, or null for the
// default city).
'use strict';

const kChunks = 16;

function post(message, transfer) { self.postMessage(message, transfer || []); }

async function run(factorYear, city) {
  importScripts('carbontwin_worker.js');
  const module = await createCarbonTwinWorkerModule({
    print: () => {},
    printErr: (text) => post({ type: 'log', message: text }),
  });
  const t0 = performance.now();
  let chunks;
  if (city instanceof Uint8Array && city.length > 0) {
    const ptr = module._malloc(city.length);
    module.HEAPU8.set(city, ptr);
    chunks = module._ctw_prepare(factorYear, kChunks, ptr, city.length);
    module._free(ptr);
    if (chunks < 0) throw new Error('the city file could not be read');
  } else {
    chunks = module._ctw_prepare(factorYear, kChunks, 0, 0);
  }
  const count = module._ctw_building_count();
  if (chunks <= 0 && count > 0) throw new Error('the worker planned no chunks');  // a roads-only city has none
  post({ type: 'progress', fraction: 0.02 });
  let done = 0;
  for (let k = 0; k < chunks; ++k) {
    const n = module._ctw_run_chunk(k);
    if (n < 0) throw new Error(`chunk ${k} failed`);
    done += n;
    post({ type: 'progress', fraction: 0.02 + 0.97 * done / count });
  }
  const stride = module._ctw_stride();
  const ptr = module._ctw_rows();
  // A copy out of the module's memory, so that it can be transferred.
  const rows = new Float64Array(module.HEAPF64.buffer, ptr, count * stride).slice();
  const hours = module._ctw_hours();
  const hourlyStride = module._ctw_hourly_stride();
  const hourly = new Float64Array(module.HEAPF64.buffer, module._ctw_hourly(), hours * hourlyStride).slice();
  const simulatedUnits = module._ctw_simulated_units();
  const runMs = performance.now() - t0;
  module._ctw_release();
  post({ type: 'done', rows, stride, count, simulatedUnits, factorYear, runMs, hourly, hourlyStride, hours },
    [rows.buffer, hourly.buffer]);
}

self.onmessage = (event) => {
  const message = event.data || {};
  if (message.type !== 'run') return;
  run(Number.isInteger(message.factorYear) ? message.factorYear : 2020, message.city || null)
    .catch((e) => post({ type: 'error', message: String(e && e.message ? e.message : e) }));
};
