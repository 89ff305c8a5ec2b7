// Small RAII helpers over PROJ's C API (<proj.h>), shared by crs.cpp and local_frame.cpp; not for other
// modules (they use CrsSpec and LocalFrame). Each holder owns exactly one PROJ object; PJ objects must be
// destroyed before the PJ_CONTEXT they were made in, so declare the context first (destroyed last).
#pragma once

#include <memory>
#include <string>

#include <proj.h>

namespace geo::crs_detail {

struct ContextDeleter {
  void operator()(PJ_CONTEXT* ctx) const { proj_context_destroy(ctx); }
};
struct PjDeleter {
  void operator()(PJ* pj) const { proj_destroy(pj); }
};
using ContextPtr = std::unique_ptr<PJ_CONTEXT, ContextDeleter>;
using PjPtr = std::unique_ptr<PJ, PjDeleter>;

// A fresh context with PROJ's own logging to stderr turned off (errors are read with proj_error);
// nullptr only when PROJ cannot allocate one.
ContextPtr new_context();

// The last error on the context, as PROJ words it ("crs not found", "cannot open proj.db" …), or
// "unknown PROJ error".
std::string proj_error(PJ_CONTEXT* ctx);

// The hint appended to errors that could come from a missing database.
std::string proj_db_hint();

// The horizontal CRS of a CRS: the source of a BoundCRS (WKT with TOWGS84), the first component of a
// CompoundCRS (e.g. EPSG:7415 = RD New + NAP height → EPSG:28992), else the CRS itself (a new reference).
PjPtr horizontal_crs(PJ_CONTEXT* ctx, PJ* crs);

// True for geographic 2D/3D CRSs.
bool is_geographic(PJ* crs);

}  // namespace geo::crs_detail
