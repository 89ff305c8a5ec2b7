// PROJ's data folder (proj_data_dir.hpp).
#include "geo/proj_data_dir.hpp"

#include <cstdio>

#include <proj.h>

namespace geo {

bool set_proj_data_dir(const std::string& folder) {
  if (folder.empty()) return false;
  const std::string db = folder + "/proj.db";
  std::FILE* f = std::fopen(db.c_str(), "rb");
  if (f == nullptr) return false;
  std::fclose(f);
  const char* paths[] = {folder.c_str()};
  proj_context_set_search_paths(PJ_DEFAULT_CTX, 1, paths);  // PROJ copies the strings
  return true;
}

}  // namespace geo
