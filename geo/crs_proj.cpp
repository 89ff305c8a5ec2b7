// PROJ helpers (crs_proj.hpp).
#include "geo/crs_proj.hpp"

#include <string_view>

namespace geo::crs_detail {

ContextPtr new_context() {
  ContextPtr ctx(proj_context_create());
  if (ctx) proj_log_level(ctx.get(), PJ_LOG_NONE);
  return ctx;
}

std::string proj_error(PJ_CONTEXT* ctx) {
  const int code = proj_context_errno(ctx);
  const char* text = code != 0 ? proj_context_errno_string(ctx, code) : nullptr;
  // PROJ 9.1 words some codes only as "Unknown error (code N)": say so plainly.
  if (text == nullptr || *text == '\0' || std::string_view(text).rfind("Unknown error", 0) == 0)
    return "PROJ error code " + std::to_string(code);
  return text;
}

std::string proj_db_hint() {
  return "PROJ needs its database proj.db (Debian package proj-data installs /usr/share/proj/proj.db; "
         "set PROJ_DATA to the folder holding it)";
}

PjPtr horizontal_crs(PJ_CONTEXT* ctx, PJ* crs) {
  PjPtr current(proj_clone(ctx, crs));
  // A BoundCRS may wrap a CompoundCRS and vice versa; three rounds cover every nesting PROJ builds.
  for (int round = 0; round < 3 && current; ++round) {
    const PJ_TYPE type = proj_get_type(current.get());
    if (type == PJ_TYPE_BOUND_CRS) {
      current.reset(proj_get_source_crs(ctx, current.get()));
    } else if (type == PJ_TYPE_COMPOUND_CRS) {
      current.reset(proj_crs_get_sub_crs(ctx, current.get(), 0));
    } else {
      break;
    }
  }
  return current;
}

bool is_geographic(PJ* crs) {
  const PJ_TYPE type = proj_get_type(crs);
  return type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS;
}

}  // namespace geo::crs_detail
