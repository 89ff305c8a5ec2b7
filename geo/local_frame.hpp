// The city's local metric frame: x east, y north, metres, origin at the data's centre. It is a
// transverse Mercator on the WGS84 ellipsoid centred on the origin (+proj=tmerc +lat_0 +lon_0 +k=1 +x_0=0
// +y_0=0 +ellps=WGS84). Its point scale grows with the distance x from the central meridian as
// k ≈ 1 + x²/(2R²) (Snyder 1987, "Map Projections — A Working Manual", USGS PP 1395, ch. 8:
// k = 1/√(1 − B²) on the sphere, B = cos φ sin(λ − λ0) ≈ x/R; R ≈ 6371 km): 30 km away k − 1 ≈ 1.1e-5,
// 20 km away 4.9e-6, so over a district (< 30 km) lengths and areas are ground figures to ~1e-5 (areas 2e-5).
// Chain: source → WGS84 lon/lat → local. The first step is PROJ (proj_create_crs_to_crs to EPSG:4326 +
// proj_normalize_for_visualization, so easting/longitude always comes first; a layer read with swapped
// axes is swapped back before), or for GCJ-02/BD-09 the inverse offset of chinese_offsets.hpp.
// Each LocalFrame owns its own PJ_CONTEXT (PROJ objects are not thread-safe: use one frame per thread)
// with PROJ's logging off. Move-only.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "geo/crs.hpp"
#include "geo/feature.hpp"

namespace geo {

class LocalFrame {
 public:
  LocalFrame();
  ~LocalFrame();
  LocalFrame(LocalFrame&& other) noexcept;
  LocalFrame& operator=(LocalFrame&& other) noexcept;
  LocalFrame(const LocalFrame&) = delete;
  LocalFrame& operator=(const LocalFrame&) = delete;

  // A frame for data in `src` whose origin is centre_in_source (the bbox centre of the data, in the
  // file's own coordinates and axis order). False with *error when PROJ cannot set up the chain or the
  // centre cannot be transformed (NaN, outside the CRS).
  static bool make(const CrsSpec& src, Point centre_in_source, LocalFrame* out, std::string* error);
  // The same with the origin given in WGS84 degrees (re-opening a city file, tests).
  static bool make_at_lonlat(const CrsSpec& src, double origin_lon_deg, double origin_lat_deg, LocalFrame* out,
                             std::string* error);
  // A frame for another layer of the same city: source `src`, the city frame's origin.
  static bool make_for_city(const CrsSpec& src, const LocalFrame& city, LocalFrame* out, std::string* error);

  bool valid() const { return impl_ != nullptr; }

  // Source (file's axis order) → local metres. False (outputs untouched) on non-finite input or result.
  bool to_local(Point in_source, double* x_m, double* y_m) const;
  // Local metres → source, in the file's own axis order.
  bool to_source(double x_m, double y_m, Point* out) const;
  // Local metres → WGS84 lon/lat degrees.
  bool to_lonlat(double x_m, double y_m, double* lon_deg, double* lat_deg) const;
  // Source → WGS84 lon/lat degrees (the chain's first step).
  bool source_to_lonlat(Point in_source, double* lon_deg, double* lat_deg) const;

  // Projects many source points to local metres in place (proj_trans_generic over the array; measured
  // 1.5–2 million points/s for EPSG:4527, about a loop of to_local, far above the 50,000 footprints/s
  // import target). Points that cannot be projected become NaN and are counted in *failed (may be null).
  // True when every point was projected.
  bool transform_in_place(std::vector<Point>& points, std::size_t* failed) const;

  double origin_lon_deg() const;
  double origin_lat_deg() const;
  const CrsSpec& source() const;  // empty for a frame not set up
  // "+proj=tmerc +lat_0=40.0032 +lon_0=116.3519 +k=1 +x_0=0 +y_0=0 +ellps=WGS84" (shortest round-trip
  // decimal for the origin).
  std::string local_definition() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;  // null until made
  CrsSpec source_;
};

}  // namespace geo
