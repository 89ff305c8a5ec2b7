// The import worker: a dedicated Web Worker that loads the core + geo/ module carbontwin_import
// (wasm/worker/import_worker.cpp, PROJ inside), imports a planner's files into a city and posts to the
// page (web/city_import.js):
//   {type: 'progress', requestId, fraction, stage}
//   {type: 'done', requestId, ok, city, report, errors, fields, preview}
//        city: Uint8Array, the city file (twin::write_city_file; transferred; null when !ok)
//        report: the import report JSON (a string), errors: [strings],
//        fields: [{name, samples, count}] (attribute keys of the buildings, for the mapping dialog),
//        preview: Float32Array [n, x0, y0, …] per footprint ring in local metres (≤ 200,000 vertices)
//   {type: 'error', requestId, message}
// The page sends {type: 'import', requestId, files: [{name, bytes: Uint8Array}],
//   options: {crs, attributes, population, jobs, name}} (attributes: geo/attribute_map.hpp's JSON object).
// PROJ's database (proj/proj.db, 8.3 MB) is fetched once, only when an import needs a CRS other than
// WGS84 lon/lat; it is kept in the module's memory file system for later imports.
'use strict';

const kProjDir = '/proj';

let modulePromise = null;
let current = null;  // {requestId} of the import running now, for progress messages

function post(message, transfer) { self.postMessage(message, transfer || []); }

function loadModule() {
  if (!modulePromise) {
    importScripts('carbontwin_import.js');
    modulePromise = createCarbonTwinImportModule({
      print: () => {},
      printErr: (text) => post({ type: 'log', message: text }),
      onImportProgress: (stage, fraction) => {
        if (current) post({ type: 'progress', requestId: current.requestId, fraction, stage });
      },
    });
  }
  return modulePromise;
}

async function fetchProjDb(module) {
  const response = await fetch('proj/proj.db');
  if (!response.ok) throw new Error(`proj/proj.db could not be loaded (HTTP ${response.status})`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  module.FS.mkdirTree(kProjDir);
  module.FS.writeFile(`${kProjDir}/proj.db`, bytes);
  const dir = cstring(module, kProjDir);
  const ok = module._cti_set_proj_dir(dir.ptr);
  dir.free();
  if (!ok) throw new Error('proj.db is not readable');
}

// A NUL-terminated UTF-8 copy in the module's heap (freed by the caller through .free()).
function cstring(module, text) {
  const size = module.lengthBytesUTF8(text) + 1;
  const ptr = module._malloc(size);
  module.stringToUTF8(text, ptr, size);
  return { ptr, free: () => module._free(ptr) };
}

// Runs one import in a loaded module; also used directly (not as a Worker) by the Node test
// tests/wasm_geo/import_worker_test.mjs, with its own fetchProjDb.
async function importInModule(module, files, options, fetchDb) {
  module._cti_begin();
  for (const f of files) {
    const bytes = f.bytes instanceof Uint8Array ? f.bytes : new Uint8Array(f.bytes);
    const name = cstring(module, String(f.name));
    const ptr = module._malloc(Math.max(bytes.length, 1));
    module.HEAPU8.set(bytes, ptr);
    module._cti_add_file(name.ptr, ptr, bytes.length);
    module._free(ptr);
    name.free();
  }
  const optionsText = cstring(module, JSON.stringify(options || {}));
  try {
    let rc = module._cti_import(optionsText.ptr);
    if (rc === 2) {  // PROJ's database is needed and not loaded yet
      await fetchDb(module);
      rc = module._cti_import(optionsText.ptr);
    }
    const result = JSON.parse(module.UTF8ToString(module._cti_result_json()));
    if (rc !== 0 && rc !== -1) throw new Error(`the import module answered ${rc}`);
    // Copies out of the module's memory, so that they can be transferred.
    const citySize = module._cti_city_size();
    const city = citySize > 0 ? new Uint8Array(module.HEAPU8.buffer, module._cti_city_bytes(), citySize).slice() : null;
    const floats = module._cti_preview_floats();
    const preview = new Float32Array(floats);
    if (floats > 0) preview.set(new Float32Array(module.HEAPF32.buffer, module._cti_preview(), floats));
    return { ok: !!result.ok && city !== null, city, report: result.report || '', errors: result.errors || [],
      fields: result.fields || [], preview };
  } finally {
    optionsText.free();
    module._cti_end();
  }
}

async function run(message) {
  const module = await loadModule();
  current = { requestId: message.requestId };
  try {
    const r = await importInModule(module, message.files || [], message.options || {}, fetchProjDb);
    const transfer = [r.preview.buffer];
    if (r.city) transfer.push(r.city.buffer);
    post(Object.assign({ type: 'done', requestId: message.requestId }, r), transfer);
  } finally {
    current = null;
  }
}

if (typeof self !== 'undefined' && typeof importScripts === 'function') {
  // One import at a time, in order: a later request waits for the one before it.
  let queue = Promise.resolve();
  self.onmessage = (event) => {
    const message = event.data || {};
    if (message.type !== 'import') return;
    queue = queue.then(() => run(message)).catch((e) =>
      post({ type: 'error', requestId: message.requestId, message: String(e && e.message ? e.message : e) }));
  };
} else if (typeof module !== 'undefined') {
  module.exports = { importInModule };
}
