// The energy worker's module (target carbontwin_worker): core only, no GL, no ImGui, run inside a
// dedicated Web Worker (web/energy_worker.js) so the hourly year of every building never blocks
// the page. It generates the same default city as the app (same seed ⇒ bit-identical city) — or
// reads the page's imported city from its city file —, simulates it with the batched city model
// (twin/buildings/city_energy.hpp) under the city's weather (twin/climate/city_weather.hpp: the city's
// own EPW year, in the city file's WTHR section when one was given at import, else the synthetic
// typical year nearest the city — Beijing for the default city), accounts scope 1/2 emissions with the
// factors of one inventory year (the regional grid of the city's own location), and leaves one packed
// row of doubles per building in its memory.
//
// Progress: the city is simulated in chunks that each hold every building of a set of archetypes.
// A batched group never spans archetypes, so every group is simulated with exactly the members
// (in the same order) it has in one whole-city run: per-building results are bit-identical to
// `carbontwin buildings --csv`. The JS side calls ctw_run_chunk(k) for k = 0..n-1 and posts
// progress between calls.
// The city's hourly series (CityEnergyDef::hourly = true: it only records hourly sums, the per-building
// values are the same) are the chunks' hourly totals added chunk by chunk (energy_layout::kHourly*):
// the page's energy balance scales them to each pathway year.
#include <emscripten/emscripten.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <string_view>
#include <vector>

#include "twin/buildings/city_energy.hpp"
#include "twin/city/city_file.hpp"
#include "twin/city/default_city.hpp"
#include "twin/climate/city_weather.hpp"
#include "twin/climate/climate_choice.hpp"
#include "twin/emissions/factor_set.hpp"
#include "wasm/worker/energy_layout.hpp"

namespace {

namespace tb = twin::buildings;
namespace te = twin::emissions;

struct State {
  std::unique_ptr<twin::City> city;
  twin::climate::WeatherYear weather;
  te::FactorSet factors;
  tb::CityEnergyDef def;
  std::vector<std::vector<std::uint32_t>> chunks;  // building indices, ascending within a chunk
  std::vector<double> rows;                         // building count × energy_layout::kStride
  std::vector<double> hourly;                       // hours × energy_layout::kHourlyStride, city totals
  std::uint32_t simulated_units = 0;                // 5R1C runs (batched groups), all chunks
};
State* g_state = nullptr;

// The sub-city of some buildings (only Buildings matters to the energy model), in index order.
twin::City sub_city(const twin::City& city, const std::vector<std::uint32_t>& ids) {
  const twin::Buildings& b = city.buildings;
  twin::City sub;
  twin::Buildings& s = sub.buildings;
  for (std::uint32_t i : ids) {
    for (std::uint32_t k = b.footprint_begin[i]; k < b.footprint_begin[i + 1]; ++k)
      s.footprint_xy.push_back(b.footprint_xy[k]);
    s.footprint_begin.push_back(static_cast<std::uint32_t>(s.footprint_xy.size()));
    s.height_m.push_back(b.height_m[i]);
    s.floors.push_back(b.floors[i]);
    s.use.push_back(b.use[i]);
    s.residential_type.push_back(b.residential_type[i]);
    s.construction_year.push_back(b.construction_year[i]);
    s.heating_system.push_back(b.heating_system[i]);
    s.heating_fuel.push_back(b.heating_fuel[i]);
    s.zone.push_back(b.zone[i]);
    s.access_node.push_back(b.access_node[i]);
  }
  return sub;
}

}  // namespace

extern "C" {

// Generates the default city (city_len 0) or reads the city file at city_bytes, the weather, and
// plans the chunks; returns the chunk count (≤ max_chunks), or −1 when the city file is unreadable.
EMSCRIPTEN_KEEPALIVE int ctw_prepare(int factor_year, int max_chunks, const char* city_bytes, int city_len) {
  delete g_state;
  g_state = new State;
  State& st = *g_state;
  if (city_len > 0 && city_bytes != nullptr) {
    twin::CityFileRead r = twin::read_city_file(std::string_view(city_bytes, static_cast<std::size_t>(city_len)));
    if (!r.ok) return -1;
    st.city = std::make_unique<twin::City>(std::move(r.city));
  } else {
    st.city = std::make_unique<twin::City>(twin::generate_city(twin::default_city_def()));
  }
  // Same rule and order as the CLI (cli/city_source.cpp), so rows stay bit-identical to `buildings --csv`.
  twin::climate::CityWeather weather = twin::climate::weather_for_city(*st.city);
  st.weather = std::move(weather.year);
  st.factors = te::factors_for_year(
      factor_year, twin::climate::grid_region_for(twin::climate::climate_for_city(*st.city).city));
  st.def = tb::default_city_energy_def();
  st.def.zone = weather.plan.zone;
  st.def.hourly = true;
  st.city->weather.reset();  // the hours are in st.weather; the chunks need only the buildings
  const twin::Buildings& b = st.city->buildings;
  const tb::CityEnergyDef& def = st.def;
  std::map<std::uint32_t, std::vector<std::uint32_t>> by_archetype;
  for (std::uint32_t i = 0; i < b.size(); ++i) {
    const auto cat = tb::archetype_category_of(b.use[i], b.residential_type[i]);
    by_archetype[tb::archetype_index(def.zone, cat, tb::archetype_vintage_of(b.construction_year[i]))].push_back(i);
  }
  // Whole archetypes per chunk, about equal building counts.
  const std::size_t target = std::max<std::size_t>(1, b.size() / std::max(1, max_chunks));
  std::vector<std::uint32_t> current;
  for (auto& [arch, ids] : by_archetype) {
    current.insert(current.end(), ids.begin(), ids.end());
    if (current.size() >= target) {
      std::sort(current.begin(), current.end());
      st.chunks.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) {
    std::sort(current.begin(), current.end());
    st.chunks.push_back(std::move(current));
  }
  st.rows.assign(static_cast<std::size_t>(b.size()) * energy_layout::kStride, 0.0);
  st.hourly.assign(st.weather.hours() * std::size_t{energy_layout::kHourlyStride}, 0.0);
  return static_cast<int>(st.chunks.size());
}

// Simulates chunk k and writes its buildings' rows; returns the chunk's building count, -1 if none.
EMSCRIPTEN_KEEPALIVE int ctw_run_chunk(int k) {
  if (g_state == nullptr || k < 0 || static_cast<std::size_t>(k) >= g_state->chunks.size()) return -1;
  State& st = *g_state;
  const std::vector<std::uint32_t>& ids = st.chunks[k];
  const twin::City sub = sub_city(*st.city, ids);
  const tb::CityEnergyResult r = tb::simulate_city_energy(sub, st.weather, st.def);
  st.simulated_units += r.simulated_units;
  namespace L = energy_layout;
  const std::size_t hours = st.hourly.size() / L::kHourlyStride;
  for (std::size_t h = 0; h < hours && h < r.hourly_carrier_kwh.size(); ++h) {
    double* out = st.hourly.data() + h * L::kHourlyStride;
    for (int c = 0; c < te::kCarrierCount; ++c) out[c] += r.hourly_carrier_kwh[h][c];
    if (h < r.hourly_pv_kwh.size()) out[L::kHourlyPv] += r.hourly_pv_kwh[h];
  }
  for (std::uint32_t j = 0; j < ids.size(); ++j) {
    double* row = st.rows.data() + static_cast<std::size_t>(ids[j]) * L::kStride;
    double total = 0, scope[te::kScopeCount] = {};
    for (int e = 0; e < tb::kEndUseCount; ++e)
      for (int c = 0; c < te::kCarrierCount; ++c) row[L::kDelivered + e * te::kCarrierCount + c] = r.delivered_kwh[j][e][c];
    // Same order of operations as the CLI (cli/buildings_command.cpp).
    for (int c = 0; c < te::kCarrierCount; ++c) {
      const auto carrier = static_cast<te::Carrier>(c);
      const double kwh = r.carrier_kwh(j, carrier);
      total += kwh;
      scope[static_cast<int>(te::scope_of(carrier))] += kwh * st.factors.of(carrier).kg_per_kwh / 1000.0;
    }
    const double area = r.floor_area_m2[j];
    row[L::kFloorArea] = area;
    row[L::kEui] = area > 0 ? total / area : 0.0;
    row[L::kEmissionsIntensity] = area > 0 ? (scope[0] + scope[1]) * 1000.0 / area : 0.0;
    row[L::kPvKwh] = r.pv_kwh[j];
    row[L::kScope1] = scope[0];
    row[L::kScope2] = scope[1];
    row[L::kHeatingNeed] = r.heating_need_kwh[j];
    row[L::kCoolingNeed] = r.cooling_need_kwh[j];
    row[L::kArchetype] = r.archetype[j];
  }
  return static_cast<int>(ids.size());
}

EMSCRIPTEN_KEEPALIVE double* ctw_rows() { return g_state ? g_state->rows.data() : nullptr; }
EMSCRIPTEN_KEEPALIVE int ctw_building_count() { return g_state ? static_cast<int>(g_state->city->buildings.size()) : 0; }
EMSCRIPTEN_KEEPALIVE int ctw_simulated_units() { return g_state ? static_cast<int>(g_state->simulated_units) : 0; }
EMSCRIPTEN_KEEPALIVE int ctw_stride() { return energy_layout::kStride; }
// The city's hourly totals (hours × ctw_hourly_stride() doubles) and the hour count.
EMSCRIPTEN_KEEPALIVE double* ctw_hourly() { return g_state ? g_state->hourly.data() : nullptr; }
EMSCRIPTEN_KEEPALIVE int ctw_hours() {
  return g_state ? static_cast<int>(g_state->hourly.size() / energy_layout::kHourlyStride) : 0;
}
EMSCRIPTEN_KEEPALIVE int ctw_hourly_stride() { return energy_layout::kHourlyStride; }
EMSCRIPTEN_KEEPALIVE void ctw_release() {
  delete g_state;
  g_state = nullptr;
}

}  // extern "C"
