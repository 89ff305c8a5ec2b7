// Prints a fingerprint of the core's results for a few seeds: the statistics JSON (numbers in
// shortest round-trip form), a hash of every column of the generated city and a hash of the render
// mesh built from it. scripts/test.sh runs the native and the wasm build of this program and
// requires byte-identical output: the proof that native and wasm figures are bit-identical.
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "render/mesh/city_mesh.hpp"
#include "twin/city/city_hash.hpp"
#include "twin/city/city_stats.hpp"
#include "twin/city/city_stats_json.hpp"
#include "twin/city/default_city.hpp"
#include "twin/pathway/pathway.hpp"
#include "twin/transport/transport_model.hpp"

namespace {

// FNV-1a over raw bytes; the mesh structs have no padding-dependent fields we hash (we hash fields).
std::uint64_t fnv1a(std::uint64_t hash, const void* data, std::uint32_t bytes) {
  const auto* p = static_cast<const unsigned char*>(data);
  for (std::uint32_t i = 0; i < bytes; ++i) {
    hash ^= p[i];
    hash *= 0x100000001b3ull;
  }
  return hash;
}

std::uint64_t hash_mesh(const render::CityMesh& mesh) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (const auto& v : mesh.buildings.vertices) {
    h = fnv1a(h, v.position, sizeof v.position);
    h = fnv1a(h, v.normal, sizeof v.normal);
    h = fnv1a(h, &v.building, sizeof v.building);
  }
  h = fnv1a(h, mesh.buildings.indices.data(),
            static_cast<std::uint32_t>(mesh.buildings.indices.size() * sizeof(std::uint32_t)));
  for (const auto& v : mesh.ground.vertices) {
    h = fnv1a(h, v.position, sizeof v.position);
    h = fnv1a(h, &v.cover, sizeof v.cover);
  }
  h = fnv1a(h, mesh.ground.indices.data(),
            static_cast<std::uint32_t>(mesh.ground.indices.size() * sizeof(std::uint32_t)));
  for (const auto* lines : {&mesh.roads, &mesh.metro}) {
    for (const auto& v : lines->vertices) {
      h = fnv1a(h, v.position, sizeof v.position);
      h = fnv1a(h, &v.kind, sizeof v.kind);
    }
  }
  return h;
}

}  // namespace

int main() {
  const std::uint64_t default_seed = twin::default_city_def().seed;
  for (std::uint64_t seed : {default_seed, std::uint64_t{7}, std::uint64_t{424242}}) {
    twin::CityGeneratorDef def = twin::default_city_def();
    def.seed = seed;
    const twin::City city = twin::generate_city(def);
    const twin::CityStats stats = twin::compute_city_stats(city);
    const render::CityMesh mesh = render::build_city_mesh(city);
    std::printf("seed %llu\n", static_cast<unsigned long long>(seed));
    std::printf("city_hash %016llx\n", static_cast<unsigned long long>(twin::hash_city(city)));
    std::printf("mesh_hash %016llx vertices %u triangles %u\n",
                static_cast<unsigned long long>(hash_mesh(mesh)),
                static_cast<unsigned>(mesh.buildings.vertices.size()),
                static_cast<unsigned>(mesh.buildings.indices.size() / 3));
    std::printf("stats %s\n", twin::city_stats_json(stats, city).c_str());
  }
  {  // Building-stock pathway of the default city, baseline scenario: milestones and a hash of every year.
    const twin::pathway::PathwayResult pathway = twin::pathway::evaluate_pathway(
        twin::pathway::baseline_from_city(twin::generate_city(twin::default_city_def())),
        twin::pathway::default_scenario());
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (const auto& y : pathway.years) {
      h = fnv1a(h, &y.emissions.emissions_t, sizeof y.emissions.emissions_t);
      h = fnv1a(h, &y.energy.energy_kwh, sizeof y.energy.energy_kwh);
      h = fnv1a(h, &y.net_t, sizeof y.net_t);
    }
    std::printf("pathway peak %d %.17g neutrality %d cumulative %.17g hash %016llx\n",
                pathway.milestones.peak_year, pathway.milestones.peak_t, pathway.milestones.neutrality_year,
                pathway.milestones.cumulative_t, static_cast<unsigned long long>(h));
  }
  {  // The same with transport: a synthetic base-year activity through the fleet model.
    twin::pathway::Baseline base = twin::pathway::baseline_from_city(twin::generate_city(twin::default_city_def()));
    base.transport.base.population = 1.0e6;
    base.transport.base.vehicle_km_per_day = {0.0, 0.0, 3.0e5, 2.0e4, 5.0e6, 1.0e6};  // bus, metro, car, taxi
    const twin::pathway::PathwayResult pathway = twin::pathway::evaluate_pathway(base, twin::pathway::default_scenario());
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (const auto& y : pathway.years) {
      h = fnv1a(h, &y.energy.energy_kwh, sizeof y.energy.energy_kwh);
      h = fnv1a(h, &y.transport.stock, sizeof y.transport.stock);
      h = fnv1a(h, &y.transport.car_nev_stock_share, sizeof y.transport.car_nev_stock_share);
      h = fnv1a(h, &y.net_t, sizeof y.net_t);
    }
    std::printf("pathway_transport cumulative %.17g hash %016llx\n", pathway.milestones.cumulative_t,
                static_cast<unsigned long long>(h));
  }
  {  // The transport model of the default city (demand, assignment, feedback): every link flow,
     // line load and mode share, and a run with a new line.
    const twin::City city = twin::generate_city(twin::default_city_def());
    twin::transport::TransportPolicy with_line;
    twin::TransitLine line;
    line.name = "fingerprint line";
    for (int k = 0; k <= 6; ++k) line.stops.push_back({"s", {-4500.0 + 1500.0 * k, -1500.0}});
    with_line.extra_lines.push_back(line);
    for (const twin::transport::TransportPolicy& policy : {twin::transport::TransportPolicy{}, with_line}) {
      const twin::transport::TransportResult r = twin::transport::run_transport_model(city, policy);
      std::uint64_t h = 0xcbf29ce484222325ull;
      h = fnv1a(h, r.road_link_flow_pcu_h.data(), static_cast<std::uint32_t>(r.road_link_flow_pcu_h.size() * sizeof(double)));
      for (const auto& loads : r.line_segment_load_pax_h)
        h = fnv1a(h, loads.data(), static_cast<std::uint32_t>(loads.size() * sizeof(double)));
      h = fnv1a(h, r.mode_share.data(), sizeof r.mode_share);
      h = fnv1a(h, &r.activity.vehicle_km_per_day, sizeof r.activity.vehicle_km_per_day);
      std::printf("transport lines %u error '%s' iterations %u gap %.17g car_share %.17g hash %016llx\n",
                  static_cast<unsigned>(r.line_segment_load_pax_h.size()), r.error.c_str(),
                  static_cast<unsigned>(r.assignment.iterations.size()), r.assignment.relative_gap,
                  r.mode_share[static_cast<int>(twin::transport::Mode::Car)], static_cast<unsigned long long>(h));
    }
  }
  return 0;
}
