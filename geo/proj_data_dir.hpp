// Where PROJ finds its database proj.db. Natively PROJ looks in PROJ_DATA and its install prefix
// (Debian: /usr/share/proj). A WebAssembly build has neither: the tests under Node (NODERAWFS) point it
// at the real /usr/share/proj, the page's import worker at the MEMFS folder it wrote proj.db into.
// PROJ copies the search paths of its default context into every context made later with
// proj_context_create() (PROJ 9.1 src/4D_api.cpp: proj_context_create copies pj_get_default_ctx();
// src/ctx.cpp: the copy calls set_search_paths(other.search_paths)), so setting them there once reaches
// every PJ_CONTEXT that crs.cpp and local_frame.cpp create afterwards; no hook in them is needed.
#pragma once

#include <string>

namespace geo {

// Makes `folder` the only place PROJ searches for proj.db and its grids, for every PROJ context
// created after the call. Call it at start-up, before any import, from one thread. Returns false
// (and changes nothing) when folder is empty or holds no readable proj.db.
bool set_proj_data_dir(const std::string& folder);

}  // namespace geo
