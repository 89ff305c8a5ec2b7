#include "twin/city/city_hash.hpp"

#include <cstring>
#include <string>
#include <vector>

namespace twin {
namespace {

// FNV-1a 64 (Fowler–Noll–Vo), http://www.isthe.com/chongo/tech/comp/fnv/
class Fnv1a {
 public:
  void bytes(const void* data, std::uint64_t n) {
    const auto* p = static_cast<const unsigned char*>(data);
    for (std::uint64_t k = 0; k < n; ++k) {
      h_ ^= p[k];
      h_ *= 0x100000001B3ull;
    }
  }
  // Fixed-width integers byte by byte, least significant first, so the hash does not depend on
  // the host's endianness.
  void u64(std::uint64_t v) {
    for (int k = 0; k < 8; ++k) byte(static_cast<unsigned char>(v >> (8 * k)));
  }
  void u32(std::uint32_t v) {
    for (int k = 0; k < 4; ++k) byte(static_cast<unsigned char>(v >> (8 * k)));
  }
  void u16(std::uint16_t v) {
    byte(static_cast<unsigned char>(v));
    byte(static_cast<unsigned char>(v >> 8));
  }
  void byte(unsigned char v) {
    h_ ^= v;
    h_ *= 0x100000001B3ull;
  }
  void f64(double v) {
    std::uint64_t bits = 0;
    std::memcpy(&bits, &v, sizeof bits);
    u64(bits);
  }
  void vec2(const Vec2& p) {
    f64(p.x_m);
    f64(p.y_m);
  }
  void str(const std::string& s) {
    u32(static_cast<std::uint32_t>(s.size()));
    bytes(s.data(), s.size());
  }
  void count(std::uint64_t n) { u64(n); }

  std::uint64_t value() const { return h_; }

 private:
  std::uint64_t h_ = 0xCBF29CE484222325ull;
};

void column(Fnv1a& h, const std::vector<double>& v) {
  h.count(v.size());
  for (double x : v) h.f64(x);
}
void column(Fnv1a& h, const std::vector<Vec2>& v) {
  h.count(v.size());
  for (const Vec2& p : v) h.vec2(p);
}
void column(Fnv1a& h, const std::vector<std::uint32_t>& v) {
  h.count(v.size());
  for (std::uint32_t x : v) h.u32(x);
}
void column(Fnv1a& h, const std::vector<std::uint16_t>& v) {
  h.count(v.size());
  for (std::uint16_t x : v) h.u16(x);
}
template <typename Byte>
void byte_column(Fnv1a& h, const std::vector<Byte>& v) {
  static_assert(sizeof(Byte) == 1);
  h.count(v.size());
  for (Byte x : v) h.byte(static_cast<unsigned char>(x));
}

}  // namespace

std::uint64_t hash_city(const City& city) {
  Fnv1a h;
  h.str(city.name);
  h.byte(city.synthetic ? 1 : 0);
  h.u64(city.seed);
  h.vec2(city.min_corner);
  h.vec2(city.max_corner);

  const Buildings& b = city.buildings;
  column(h, b.footprint_begin);
  column(h, b.footprint_xy);
  column(h, b.height_m);
  column(h, b.floors);
  byte_column(h, b.use);
  byte_column(h, b.residential_type);
  column(h, b.construction_year);
  byte_column(h, b.heating_system);
  byte_column(h, b.heating_fuel);
  column(h, b.zone);
  column(h, b.access_node);
  // Imported cities' columns; skipped when empty so generated cities hash as before.
  if (!b.inferred.empty() || !b.source_id.empty()) {
    byte_column(h, b.inferred);
    h.count(b.source_id.size());
    for (const std::string& id : b.source_id) h.str(id);
  }
  if (city.location.georeferenced) {
    h.f64(city.location.origin_lon_deg);
    h.f64(city.location.origin_lat_deg);
    h.str(city.location.source_crs);
    h.str(city.location.source_crs_label);
    h.str(city.location.local_crs);
    h.f64(city.location.lonlat_fit.scale_m);
    for (double c : city.location.lonlat_fit.lon_deg) h.f64(c);
    for (double c : city.location.lonlat_fit.lat_deg) h.f64(c);
    h.f64(city.location.lonlat_fit.max_error_m);
  }

  const Zones& z = city.zones;
  column(h, z.centroid);
  column(h, z.min_corner);
  column(h, z.max_corner);
  column(h, z.population);
  column(h, z.jobs);
  column(h, z.construction_land_m2);

  const RoadNetwork& r = city.roads;
  column(h, r.node_xy);
  column(h, r.link_from);
  column(h, r.link_to);
  byte_column(h, r.link_class);
  column(h, r.link_length_m);
  byte_column(h, r.link_lanes);
  column(h, r.link_capacity_vph);
  column(h, r.link_free_speed_kmh);

  h.count(city.transit_lines.size());
  for (const TransitLine& line : city.transit_lines) {
    h.str(line.name);
    h.byte(static_cast<unsigned char>(line.mode));
    h.count(line.stops.size());
    for (const TransitStop& stop : line.stops) {
      h.str(stop.name);
      h.vec2(stop.xy);
    }
    h.f64(line.headway_min);
    h.u32(line.colour_rgb);
  }

  const GroundAreas& g = city.ground;
  column(h, g.polygon_begin);
  column(h, g.polygon_xy);
  byte_column(h, g.cover);
  return h.value();
}

}  // namespace twin
