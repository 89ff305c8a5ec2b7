// shapelib file I/O over byte buffers (SAHooks), so a Shapefile is read from the bytes of dropped
// files — in the browser there is no file system to write them to. shapelib's hooks carry no user
// pointer, so the buffers are found through the layer name: it encodes this object's address
// ("ctmem-<hex>"), and FOpen("ctmem-<hex>.shp") parses it back. Read-only: every write fails.
#pragma once

#include <shapefil.h>

#include <deque>
#include <string>
#include <string_view>

namespace geo {

class ShapelibMemoryFiles {
 public:
  // The views must outlive this object; an empty view is a missing file (FOpen fails for it).
  ShapelibMemoryFiles(std::string_view shp, std::string_view shx, std::string_view dbf);
  ShapelibMemoryFiles(const ShapelibMemoryFiles&) = delete;
  ShapelibMemoryFiles& operator=(const ShapelibMemoryFiles&) = delete;

  SAHooks* hooks() { return &hooks_; }
  // Pass to SHPOpenLL / DBFOpenLL as the file name (without extension).
  const char* layer_name() const { return layer_name_.c_str(); }

  // For the hooks (not for callers): the open cursor over the named part, or nullptr.
  struct Cursor {
    std::string_view bytes;
    SAOffset pos = 0;
  };
  Cursor* open(std::string_view extension);

 private:
  std::string_view shp_, shx_, dbf_;
  std::deque<Cursor> cursors_;  // all opened cursors, freed with this object (FClose is a no-op)
  std::string layer_name_;
  SAHooks hooks_{};
};

}  // namespace geo
