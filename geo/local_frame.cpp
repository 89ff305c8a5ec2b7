// The local metric frame (local_frame.hpp): source → WGS84 lon/lat (PROJ, or the GCJ-02/BD-09 inverse
// offset) → transverse Mercator on WGS84 at the origin.
#include "geo/local_frame.hpp"

#include "geo/number_text.hpp"

#include <charconv>
#include <cmath>
#include <exception>

#include "geo/chinese_offsets.hpp"
#include "geo/crs_proj.hpp"

namespace geo {

using crs_detail::ContextPtr;
using crs_detail::PjPtr;

struct LocalFrame::Impl {
  ContextPtr ctx;  // declared first: destroyed after the PJ objects made in it
  PjPtr to_wgs84;  // source → EPSG:4326, lon first; null for GCJ-02/BD-09 and WGS84 itself
  PjPtr tmerc;     // lon/lat degrees → local metres
  CrsSpec source;
  double lon0_deg = 0.0;
  double lat0_deg = 0.0;
  std::string local_definition;

  bool init_source(const CrsSpec& src, std::string* error);
  bool init_local(double lon0, double lat0, std::string* error);
  bool source_to_wgs84(Point p, double* lon, double* lat) const;
  bool wgs84_to_source(double lon, double lat, Point* out) const;
};

namespace {

// The shortest text that reads back to v (Emscripten 3.1.6 has no std::to_chars for double).
std::string shortest(double v) { return double_to_text(v); }

// proj_trans on one 2D point; false when PROJ fails (HUGE_VAL) or the result is not finite. Clears the
// object's error state so that one bad point does not taint the next.
bool trans2(PJ* pj, PJ_DIRECTION dir, double in_x, double in_y, double* out_x, double* out_y) {
  PJ_COORD c = proj_coord(in_x, in_y, 0.0, 0.0);
  c = proj_trans(pj, dir, c);
  if (!std::isfinite(c.xy.x) || !std::isfinite(c.xy.y)) {
    proj_errno_reset(pj);
    return false;
  }
  *out_x = c.xy.x;
  *out_y = c.xy.y;
  return true;
}

}  // namespace

bool LocalFrame::Impl::init_source(const CrsSpec& src, std::string* error) {
  source = src;
  ctx = crs_detail::new_context();
  if (!ctx) {
    *error = "PROJ could not create a context (out of memory?)";
    return false;
  }
  // WGS84 lon/lat needs no transformation to WGS84 (nor PROJ's database): only the local tmerc.
  if (src.kind != CrsSpec::Kind::Proj || is_wgs84_lonlat(src)) return true;
  PjPtr crs(proj_create(ctx.get(), src.definition.c_str()));
  if (!crs) {
    *error = "PROJ cannot create the source CRS " + src.definition.substr(0, 80) + ": " +
             crs_detail::proj_error(ctx.get()) + ". " + crs_detail::proj_db_hint();
    return false;
  }
  // Horizontal part only: the features are 2D, and a compound CRS's vertical datum (EPSG:7415's NAP)
  // would make PROJ look for a geoid grid it does not need here.
  PjPtr horizontal = crs_detail::horizontal_crs(ctx.get(), crs.get());
  PjPtr wgs84(proj_create(ctx.get(), "EPSG:4326"));
  if (!horizontal || !wgs84) {
    *error = "PROJ cannot create EPSG:4326: " + crs_detail::proj_error(ctx.get()) + ". " + crs_detail::proj_db_hint();
    return false;
  }
  PjPtr op(proj_create_crs_to_crs_from_pj(ctx.get(), horizontal.get(), wgs84.get(), nullptr, nullptr));
  if (!op) {
    *error = "PROJ finds no transformation from " + src.label + " to WGS84: " + crs_detail::proj_error(ctx.get());
    return false;
  }
  to_wgs84.reset(proj_normalize_for_visualization(ctx.get(), op.get()));
  if (!to_wgs84) {
    *error = "PROJ cannot normalise the axis order of " + src.label + ": " + crs_detail::proj_error(ctx.get());
    return false;
  }
  return true;
}

bool LocalFrame::Impl::init_local(double lon0, double lat0, std::string* error) {
  if (!std::isfinite(lon0) || !std::isfinite(lat0) || std::fabs(lat0) >= 90.0 || std::fabs(lon0) > 180.0) {
    *error = "the frame's origin (" + shortest(lon0) + ", " + shortest(lat0) + ") is not a WGS84 lon/lat";
    return false;
  }
  lon0_deg = lon0;
  lat0_deg = lat0;
  local_definition =
      "+proj=tmerc +lat_0=" + shortest(lat0) + " +lon_0=" + shortest(lon0) + " +k=1 +x_0=0 +y_0=0 +ellps=WGS84";
  // A bare +proj=tmerc operation takes radians: convert degrees in the pipeline.
  const std::string pipeline =
      "+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step " + local_definition;
  tmerc.reset(proj_create(ctx.get(), pipeline.c_str()));
  if (!tmerc) {
    *error = "PROJ cannot create the local frame " + local_definition + ": " + crs_detail::proj_error(ctx.get());
    return false;
  }
  return true;
}

bool LocalFrame::Impl::source_to_wgs84(Point p, double* lon, double* lat) const {
  if (!std::isfinite(p.x) || !std::isfinite(p.y)) return false;
  if (source.axes_swapped) p = {p.y, p.x};
  switch (source.kind) {
    case CrsSpec::Kind::Gcj02: {
      const LonLat w = gcj02_to_wgs84({p.x, p.y});
      *lon = w.lon_deg;
      *lat = w.lat_deg;
      return std::isfinite(*lon) && std::isfinite(*lat);
    }
    case CrsSpec::Kind::Bd09: {
      const LonLat w = bd09_to_wgs84({p.x, p.y});
      *lon = w.lon_deg;
      *lat = w.lat_deg;
      return std::isfinite(*lon) && std::isfinite(*lat);
    }
    case CrsSpec::Kind::Proj: break;
  }
  if (!to_wgs84) {  // WGS84 lon/lat already
    *lon = p.x;
    *lat = p.y;
    return true;
  }
  return trans2(to_wgs84.get(), PJ_FWD, p.x, p.y, lon, lat);
}

bool LocalFrame::Impl::wgs84_to_source(double lon, double lat, Point* out) const {
  Point p;
  switch (source.kind) {
    case CrsSpec::Kind::Gcj02: {
      const LonLat g = wgs84_to_gcj02({lon, lat});
      p = {g.lon_deg, g.lat_deg};
      break;
    }
    case CrsSpec::Kind::Bd09: {
      const LonLat b = wgs84_to_bd09({lon, lat});
      p = {b.lon_deg, b.lat_deg};
      break;
    }
    case CrsSpec::Kind::Proj: {
      if (!to_wgs84) {  // WGS84 lon/lat
        p = {lon, lat};
        break;
      }
      if (!trans2(to_wgs84.get(), PJ_INV, lon, lat, &p.x, &p.y)) return false;
      // Some chains are not exactly invertible in 2D: a Helmert shift through geocentric coordinates
      // changes the ellipsoidal height, which a 2D point drops (RD New → WGS84 came back 0.4 mm off).
      // Refine so that the forward transformation of the result hits (lon, lat):
      // p ← p + (inv(target) − inv(fwd(p))).
      const Point first = p;
      for (int k = 0; k < 3; ++k) {
        double flon = 0.0, flat = 0.0;
        Point again;
        if (!trans2(to_wgs84.get(), PJ_FWD, p.x, p.y, &flon, &flat) ||
            !trans2(to_wgs84.get(), PJ_INV, flon, flat, &again.x, &again.y))
          break;
        const Point step{first.x - again.x, first.y - again.y};
        p = {p.x + step.x, p.y + step.y};
        if (!(std::fmax(std::fabs(step.x), std::fabs(step.y)) > 1e-10)) break;
      }
      break;
    }
  }
  if (!std::isfinite(p.x) || !std::isfinite(p.y)) return false;
  *out = source.axes_swapped ? Point{p.y, p.x} : p;
  return true;
}

LocalFrame::LocalFrame() = default;
LocalFrame::~LocalFrame() = default;
LocalFrame::LocalFrame(LocalFrame&& other) noexcept = default;
LocalFrame& LocalFrame::operator=(LocalFrame&& other) noexcept = default;

bool LocalFrame::make_at_lonlat(const CrsSpec& src, double origin_lon_deg, double origin_lat_deg, LocalFrame* out,
                                std::string* error) {
  std::string local_error;
  std::string* err = error != nullptr ? error : &local_error;
  try {
    auto impl = std::make_unique<Impl>();
    if (!impl->init_source(src, err) || !impl->init_local(origin_lon_deg, origin_lat_deg, err)) return false;
    if (out != nullptr) {
      out->source_ = impl->source;
      out->impl_ = std::move(impl);
    }
    return true;
  } catch (const std::exception& e) {
    *err = std::string("internal error while setting up the local frame: ") + e.what();
    return false;
  }
}

bool LocalFrame::make(const CrsSpec& src, Point centre_in_source, LocalFrame* out, std::string* error) {
  std::string local_error;
  std::string* err = error != nullptr ? error : &local_error;
  try {
    auto impl = std::make_unique<Impl>();
    if (!impl->init_source(src, err)) return false;
    double lon = 0.0, lat = 0.0;
    if (!impl->source_to_wgs84(centre_in_source, &lon, &lat)) {
      *err = "the data's centre (" + shortest(centre_in_source.x) + ", " + shortest(centre_in_source.y) +
             ") cannot be transformed from " + src.label + " to WGS84" +
             (src.kind == CrsSpec::Kind::Proj ? ": " + crs_detail::proj_error(impl->ctx.get()) : std::string());
      return false;
    }
    if (!impl->init_local(lon, lat, err)) return false;
    if (out != nullptr) {
      out->source_ = impl->source;
      out->impl_ = std::move(impl);
    }
    return true;
  } catch (const std::exception& e) {
    *err = std::string("internal error while setting up the local frame: ") + e.what();
    return false;
  }
}

bool LocalFrame::make_for_city(const CrsSpec& src, const LocalFrame& city, LocalFrame* out, std::string* error) {
  if (!city.valid()) {
    if (error != nullptr) *error = "the city's frame is not set up";
    return false;
  }
  return make_at_lonlat(src, city.origin_lon_deg(), city.origin_lat_deg(), out, error);
}

bool LocalFrame::to_local(Point in_source, double* x_m, double* y_m) const {
  if (!impl_) return false;
  double lon = 0.0, lat = 0.0;
  if (!impl_->source_to_wgs84(in_source, &lon, &lat)) return false;
  return trans2(impl_->tmerc.get(), PJ_FWD, lon, lat, x_m, y_m);
}

bool LocalFrame::to_lonlat(double x_m, double y_m, double* lon_deg, double* lat_deg) const {
  if (!impl_ || !std::isfinite(x_m) || !std::isfinite(y_m)) return false;
  return trans2(impl_->tmerc.get(), PJ_INV, x_m, y_m, lon_deg, lat_deg);
}

bool LocalFrame::to_source(double x_m, double y_m, Point* out) const {
  double lon = 0.0, lat = 0.0;
  if (!to_lonlat(x_m, y_m, &lon, &lat)) return false;
  return impl_->wgs84_to_source(lon, lat, out);
}

bool LocalFrame::source_to_lonlat(Point in_source, double* lon_deg, double* lat_deg) const {
  return impl_ && impl_->source_to_wgs84(in_source, lon_deg, lat_deg);
}

bool LocalFrame::transform_in_place(std::vector<Point>& points, std::size_t* failed) const {
  std::size_t bad = 0;
  if (!impl_) {
    bad = points.size();
    for (Point& p : points) p = {std::nan(""), std::nan("")};
  } else if (!points.empty()) {
    const Impl& f = *impl_;
    // Step 1 → lon/lat in place; failures marked NaN so that step 2 cannot turn them into numbers.
    if (f.source.kind == CrsSpec::Kind::Proj) {
      if (f.source.axes_swapped)
        for (Point& p : points) p = {p.y, p.x};
      constexpr std::size_t kStride = sizeof(Point);
      proj_trans_generic(f.to_wgs84.get(), PJ_FWD, &points[0].x, kStride, points.size(), &points[0].y, kStride,
                         points.size(), nullptr, 0, 0, nullptr, 0, 0);
      proj_errno_reset(f.to_wgs84.get());
      for (Point& p : points)
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) p = {std::nan(""), std::nan("")};
    } else {
      for (Point& p : points) {
        double lon = 0.0, lat = 0.0;
        p = f.source_to_wgs84(p, &lon, &lat) ? Point{lon, lat} : Point{std::nan(""), std::nan("")};
      }
    }
    std::vector<std::size_t> nan_at;
    for (std::size_t k = 0; k < points.size(); ++k)
      if (std::isnan(points[k].x)) nan_at.push_back(k);
    constexpr std::size_t kStride = sizeof(Point);
    proj_trans_generic(f.tmerc.get(), PJ_FWD, &points[0].x, kStride, points.size(), &points[0].y, kStride,
                       points.size(), nullptr, 0, 0, nullptr, 0, 0);
    proj_errno_reset(f.tmerc.get());
    for (std::size_t k : nan_at) points[k] = {std::nan(""), std::nan("")};
    for (Point& p : points) {
      if (!std::isfinite(p.x) || !std::isfinite(p.y)) {  // PROJ's failure value HUGE_VAL is infinite
        p = {std::nan(""), std::nan("")};
        ++bad;
      }
    }
  }
  if (failed != nullptr) *failed = bad;
  return bad == 0;
}

double LocalFrame::origin_lon_deg() const { return impl_ ? impl_->lon0_deg : std::nan(""); }
double LocalFrame::origin_lat_deg() const { return impl_ ? impl_->lat0_deg : std::nan(""); }

const CrsSpec& LocalFrame::source() const { return source_; }

std::string LocalFrame::local_definition() const { return impl_ ? impl_->local_definition : std::string(); }

}  // namespace geo
