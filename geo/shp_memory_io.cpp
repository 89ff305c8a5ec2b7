// shapelib SAHooks over byte buffers (shp_memory_io.hpp).
#include "geo/shp_memory_io.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "geo/number_text.hpp"

namespace geo {
namespace {

constexpr std::string_view kPrefix = "ctmem-";

SAFile mem_open(const char* filename, const char* access) {
  // Read access only ("rb"; shapelib's DBF code also asks for "r" for the .cpg, which we serve
  // ourselves, so that fails here as a missing file).
  if (std::strchr(access, 'w') || std::strchr(access, '+') || std::strchr(access, 'a')) return nullptr;
  const std::string_view name(filename);
  if (name.substr(0, kPrefix.size()) != kPrefix) return nullptr;
  const std::size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot <= kPrefix.size()) return nullptr;
  std::uintptr_t address = 0;
  const char* first = name.data() + kPrefix.size();
  const char* last = name.data() + dot;
  const auto [end, ec] = std::from_chars(first, last, address, 16);
  if (ec != std::errc() || end != last || address == 0) return nullptr;
  auto* files = reinterpret_cast<ShapelibMemoryFiles*>(address);
  return reinterpret_cast<SAFile>(files->open(name.substr(dot + 1)));
}

ShapelibMemoryFiles::Cursor* cursor(SAFile file) { return reinterpret_cast<ShapelibMemoryFiles::Cursor*>(file); }

SAOffset mem_read(void* p, SAOffset size, SAOffset nmemb, SAFile file) {
  auto* c = cursor(file);
  if (size == 0 || nmemb == 0 || c->pos >= c->bytes.size()) return 0;
  const SAOffset available = c->bytes.size() - c->pos;
  const SAOffset items = std::min<SAOffset>(nmemb, available / size);  // whole items, as fread counts
  std::memcpy(p, c->bytes.data() + c->pos, items * size);
  c->pos += items * size;
  return items;
}

SAOffset mem_write(void*, SAOffset, SAOffset, SAFile) { return 0; }

SAOffset mem_seek(SAFile file, SAOffset offset, int whence) {
  auto* c = cursor(file);
  // SAOffset is unsigned: a negative SEEK_CUR offset arrives wrapped, so compute in signed 64 bits.
  const auto off = static_cast<std::int64_t>(offset);
  std::int64_t base = 0;
  if (whence == SEEK_CUR)
    base = static_cast<std::int64_t>(c->pos);
  else if (whence == SEEK_END)
    base = static_cast<std::int64_t>(c->bytes.size());
  else if (whence != SEEK_SET)
    return static_cast<SAOffset>(-1);
  const std::int64_t target = base + off;
  if (target < 0) return static_cast<SAOffset>(-1);
  c->pos = static_cast<SAOffset>(target);  // past the end is allowed, as with fseek; reads then return 0
  return 0;
}

SAOffset mem_tell(SAFile file) { return cursor(file)->pos; }
int mem_flush(SAFile) { return 0; }
int mem_close(SAFile) { return 0; }  // the cursor is owned by ShapelibMemoryFiles
int mem_remove(const char*) { return -1; }
// shapelib's messages have no context pointer to travel with; the reader checks the bytes itself
// and words its own errors, so these are dropped rather than printed to stderr.
void mem_error(const char*) {}

// Locale-independent (C's atof follows LC_NUMERIC, e.g. a decimal comma).
double mem_atof(const char* text) {
  while (*text == ' ') ++text;
  double v = 0.0;
  const char* end = text + std::strlen(text);
  if (*text == '+') ++text;
  double_from_chars(text, end, v);
  return v;
}

}  // namespace

ShapelibMemoryFiles::ShapelibMemoryFiles(std::string_view shp, std::string_view shx, std::string_view dbf)
    : shp_(shp), shx_(shx), dbf_(dbf) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%s%jx", kPrefix.data(), static_cast<std::uintmax_t>(reinterpret_cast<std::uintptr_t>(this)));
  layer_name_ = buf;
  hooks_.FOpen = mem_open;
  hooks_.FRead = mem_read;
  hooks_.FWrite = mem_write;
  hooks_.FSeek = mem_seek;
  hooks_.FTell = mem_tell;
  hooks_.FFlush = mem_flush;
  hooks_.FClose = mem_close;
  hooks_.Remove = mem_remove;
  hooks_.Error = mem_error;
  hooks_.Atof = mem_atof;
}

ShapelibMemoryFiles::Cursor* ShapelibMemoryFiles::open(std::string_view extension) {
  // shapelib tries the lower-case extension first, then the upper-case one; answer the first.
  const std::string_view bytes = extension == "shp" ? shp_ : extension == "shx" ? shx_ : extension == "dbf" ? dbf_
                                                                                                         : std::string_view();
  if (bytes.empty()) return nullptr;
  cursors_.push_back(Cursor{bytes, 0});
  return &cursors_.back();
}

}  // namespace geo
