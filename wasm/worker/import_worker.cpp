// The import worker's module (target carbontwin_import): the core and geo/ (with PROJ), run inside a
// dedicated Web Worker by web/import_worker.js, so reading and projecting a planner's files never
// blocks the page. Plain exported C functions (no Embind), like carbontwin_worker.
//
// Calls, in order: cti_begin(); cti_add_file(name, bytes, n) for every file; cti_import(options JSON)
// → 0 done (ok or not: cti_result_json says), 2 proj.db needed but not set (the JS side fetches it,
// writes it into MEMFS, calls cti_set_proj_dir and cti_import again; the files stay staged), −1 the
// options JSON is malformed (cti_result_json has the message). Then the results: cti_result_json(),
// cti_city_bytes()/cti_city_size(), cti_preview()/cti_preview_floats(); cti_end() frees everything.
// Progress goes to Module.onImportProgress(stage, fraction) when the JS side has set it.
//
// proj.db (8.3 MB) is fetched only when needed: a layer declares or needs guessing of a CRS other than
// WGS84 lon/lat, or --crs names one, or the import itself says PROJ could not find its database.
#include <emscripten/emscripten.h>

#include <cstdint>
#include <exception>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "geo/attribute_fields.hpp"
#include "geo/attribute_map.hpp"
#include "geo/city_import.hpp"
#include "geo/import_preview.hpp"
#include "geo/proj_data_dir.hpp"
#include "twin/city/city_file.hpp"

// Progress to the page (web/import_worker.js posts it); a no-op when no handler is set.
EM_JS(void, cti_post_progress, (const char* stage, double fraction), {
  if (Module["onImportProgress"]) Module["onImportProgress"](UTF8ToString(stage), fraction);
});

namespace {

struct State {
  std::vector<geo::ImportFile> files;
  bool proj_dir_set = false;
  std::string result_json;
  std::string city;
  std::vector<float> preview;
};

// The one module-wide state of this worker (a Web Worker runs one import at a time).
State& state() {
  static State s;
  return s;
}

nlohmann::json fields_json(const geo::InputSummary& summary) {
  nlohmann::json fields = nlohmann::json::array();
  for (const geo::AttributeField& f : summary.fields)
    fields.push_back({{"name", f.name}, {"samples", f.samples}, {"count", f.count}});
  return fields;
}

// The options of web/import_worker.js ({crs, attributes, population, jobs, name}) as ImportOptions.
bool parse_options(const std::string& text, geo::ImportOptions* out, std::string* error) {
  const nlohmann::json o = nlohmann::json::parse(text, nullptr, false);
  if (o.is_discarded() || !o.is_object()) {
    *error = "the import options are not a JSON object";
    return false;
  }
  if (o.contains("crs") && o["crs"].is_string()) out->crs = o["crs"].get<std::string>();
  if (o.contains("name") && o["name"].is_string()) out->name = o["name"].get<std::string>();
  for (const char* key : {"population", "jobs"}) {
    if (!o.contains(key) || o[key].is_null()) continue;
    if (!o[key].is_number() || o[key].get<double>() < 0) {
      *error = std::string("options.") + key + " must be a number ≥ 0";
      return false;
    }
    (std::string(key) == "population" ? out->totals.population : out->totals.jobs) = o[key].get<double>();
  }
  if (o.contains("attributes") && !o["attributes"].is_null()) {
    std::string attribute_error;
    if (!geo::parse_attribute_map(o["attributes"].dump(), &out->attributes, &attribute_error)) {
      *error = "options.attributes: " + attribute_error;
      return false;
    }
  }
  return true;
}

bool mentions_proj_db(const std::vector<geo::Issue>& errors) {
  for (const geo::Issue& e : errors)
    if (e.message.find("proj.db") != std::string::npos) return true;
  return false;
}

int run_import(const std::string& options_text) {
  State& st = state();
  st.result_json.clear();
  st.city.clear();
  st.preview.clear();
  geo::ImportOptions options;
  std::string error;
  if (!parse_options(options_text, &options, &error)) {
    st.result_json = nlohmann::json{{"ok", false}, {"errors", nlohmann::json::array({error})}, {"fields", nlohmann::json::array()}}.dump();
    return -1;
  }
  cti_post_progress("reading", 0.0);
  const geo::InputSummary summary = geo::summarize_inputs(st.files);
  if (!st.proj_dir_set && geo::needs_proj_db(summary, options.crs)) return 2;
  const geo::ImportResult result = geo::import_city(st.files, options, [](const std::string& stage, double fraction) {
    cti_post_progress(stage.c_str(), fraction);
  });
  if (!st.proj_dir_set && mentions_proj_db(result.errors)) return 2;
  nlohmann::json errors = nlohmann::json::array();
  for (const geo::Issue& e : result.errors) errors.push_back(geo::to_string(e));
  st.result_json = nlohmann::json{{"ok", result.ok}, {"errors", errors}, {"fields", fields_json(summary)}}.dump();
  if (result.ok) {
    st.city = twin::write_city_file(result.city, result.report_json);
    st.preview = geo::footprint_preview(result.city.buildings).packed;
  }
  // The report also when the import failed: it says what was read and why nothing was imported.
  st.result_json.pop_back();
  st.result_json += ",\"report\":" + nlohmann::json(result.report_json).dump() + "}";
  return 0;
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void cti_begin() {
  State& st = state();
  st.files.clear();
  st.result_json.clear();
  st.city.clear();
  st.preview.clear();
}

// Copies one file (name: UTF-8, NUL-terminated).
EMSCRIPTEN_KEEPALIVE void cti_add_file(const char* name, const std::uint8_t* bytes, int size) {
  geo::ImportFile f;
  f.name = name != nullptr ? name : "";
  if (bytes != nullptr && size > 0) f.bytes.assign(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size));
  state().files.push_back(std::move(f));
}

// 1 when folder holds a readable proj.db (then every later import uses it), else 0.
EMSCRIPTEN_KEEPALIVE int cti_set_proj_dir(const char* folder) {
  const bool ok = folder != nullptr && geo::set_proj_data_dir(folder);
  if (ok) state().proj_dir_set = true;
  return ok ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE int cti_import(const char* options_json) {
  // No exception may cross into JS (STYLE.md): geo/ catches its own; this catches what is left
  // (e.g. std::bad_alloc from a copy here).
  try {
    return run_import(options_json != nullptr ? options_json : "{}");
  } catch (const std::exception& e) {
    state().result_json = nlohmann::json{{"ok", false}, {"errors", nlohmann::json::array({std::string("the import failed: ") + e.what()})},
                                         {"fields", nlohmann::json::array()}, {"report", ""}}.dump();
    return 0;
  }
}

EMSCRIPTEN_KEEPALIVE const char* cti_result_json() { return state().result_json.c_str(); }
EMSCRIPTEN_KEEPALIVE const char* cti_city_bytes() { return state().city.data(); }
EMSCRIPTEN_KEEPALIVE int cti_city_size() { return static_cast<int>(state().city.size()); }
EMSCRIPTEN_KEEPALIVE const float* cti_preview() { return state().preview.data(); }
EMSCRIPTEN_KEEPALIVE int cti_preview_floats() { return static_cast<int>(state().preview.size()); }

EMSCRIPTEN_KEEPALIVE void cti_end() {
  State& st = state();
  const bool proj_dir_set = st.proj_dir_set;
  st = State{};
  st.proj_dir_set = proj_dir_set;
}

}  // extern "C"
