// Zip archives in memory through minizip's I/O hooks (zip_archive.hpp).
#include "geo/zip_archive.hpp"

#include <minizip/unzip.h>

#include <algorithm>
#include <deque>
#include <exception>
#include <memory>

#include "geo/feature.hpp"
#include "geo/text_encoding.hpp"

namespace geo {
namespace {

// One read cursor over the archive's bytes; minizip opens the "file" once per unzOpen, but the
// hooks allow more, so each open gets its own cursor, owned by the MemoryArchive.
struct Cursor {
  std::string_view bytes;
  std::uint64_t pos = 0;
};

struct MemoryArchive {
  std::string_view bytes;
  std::deque<Cursor> cursors;
};

voidpf ZCALLBACK open_memory(voidpf opaque, const void* /*filename*/, int mode) {
  if ((mode & ZLIB_FILEFUNC_MODE_READWRITEFILTER) != ZLIB_FILEFUNC_MODE_READ) return nullptr;  // read only
  auto* archive = static_cast<MemoryArchive*>(opaque);
  archive->cursors.push_back(Cursor{archive->bytes, 0});
  return &archive->cursors.back();
}

uLong ZCALLBACK read_memory(voidpf /*opaque*/, voidpf stream, void* buf, uLong size) {
  auto* c = static_cast<Cursor*>(stream);
  if (c->pos >= c->bytes.size()) return 0;
  const std::uint64_t n = std::min<std::uint64_t>(size, c->bytes.size() - c->pos);
  std::copy_n(c->bytes.data() + c->pos, n, static_cast<char*>(buf));
  c->pos += n;
  return static_cast<uLong>(n);
}

uLong ZCALLBACK write_memory(voidpf, voidpf, const void*, uLong) { return 0; }

ZPOS64_T ZCALLBACK tell_memory(voidpf /*opaque*/, voidpf stream) { return static_cast<Cursor*>(stream)->pos; }

long ZCALLBACK seek_memory(voidpf /*opaque*/, voidpf stream, ZPOS64_T offset, int origin) {
  auto* c = static_cast<Cursor*>(stream);
  const auto size = static_cast<std::int64_t>(c->bytes.size());
  const auto off = static_cast<std::int64_t>(offset);  // minizip passes negative CUR/END offsets wrapped
  std::int64_t base = 0;
  if (origin == ZLIB_FILEFUNC_SEEK_CUR)
    base = static_cast<std::int64_t>(c->pos);
  else if (origin == ZLIB_FILEFUNC_SEEK_END)
    base = size;
  else if (origin != ZLIB_FILEFUNC_SEEK_SET)
    return -1;
  const std::int64_t target = base + off;
  if (target < 0 || target > size) return -1;
  c->pos = static_cast<std::uint64_t>(target);
  return 0;
}

int ZCALLBACK close_memory(voidpf, voidpf) { return 0; }  // cursors die with the MemoryArchive
int ZCALLBACK error_memory(voidpf, voidpf) { return 0; }

struct UnzCloser {
  void operator()(void* f) const { unzClose(static_cast<unzFile>(f)); }
};

std::string entry_name(const std::string& raw, unsigned long flag) {
  constexpr unsigned long kUtf8NameFlag = 1ul << 11;  // APPNOTE.TXT 4.4.4 "Language encoding flag"
  if ((flag & kUtf8NameFlag) != 0 || is_valid_utf8(raw)) return sanitize_utf8(raw, nullptr);
  return gbk_to_utf8(raw, nullptr);
}

struct EntryInfo {
  std::string name;
  unz_file_info64 info{};
};

// Reads the current entry's header; false with *error on a broken central directory.
bool current_entry(unzFile zf, EntryInfo* e, std::string* error) {
  std::string raw(65536, '\0');  // the name length is a 16-bit field (APPNOTE.TXT 4.3.12)
  if (unzGetCurrentFileInfo64(zf, &e->info, raw.data(), static_cast<uLong>(raw.size()), nullptr, 0, nullptr, 0) !=
      UNZ_OK) {
    *error = "the zip's central directory is damaged";
    return false;
  }
  raw.resize(std::min<std::size_t>(e->info.size_filename, raw.size()));
  e->name = entry_name(raw, e->info.flag);
  return true;
}

bool is_directory(const std::string& name) { return !name.empty() && (name.back() == '/' || name.back() == '\\'); }

bool inflate_current(unzFile zf, const EntryInfo& e, std::uint64_t* total_bytes, std::string* data,
                     std::string* error) {
  if ((e.info.flag & 1ul) != 0) {  // APPNOTE.TXT 4.4.4 bit 0: encrypted
    *error = "zip entry '" + e.name + "' is encrypted; unzip it with its password first";
    return false;
  }
  // 0 = stored, 8 = deflated (APPNOTE.TXT 4.4.5): what minizip inflates.
  if (e.info.compression_method != 0 && e.info.compression_method != Z_DEFLATED) {
    *error = "zip entry '" + e.name + "' uses compression method " + std::to_string(e.info.compression_method) +
             " (only stored and deflated entries are read); re-zip it with standard compression";
    return false;
  }
  if (unzOpenCurrentFile(zf) != UNZ_OK) {
    *error = "zip entry '" + e.name + "' could not be opened (damaged local header)";
    return false;
  }
  const std::uint64_t declared = e.info.uncompressed_size;
  data->clear();
  data->reserve(static_cast<std::size_t>(declared));  // bounded: the caller checked the declared sum
  std::string chunk(1 << 16, '\0');
  bool ok = true;
  for (;;) {
    const int n = unzReadCurrentFile(zf, chunk.data(), static_cast<unsigned>(chunk.size()));
    if (n < 0) {
      *error = "zip entry '" + e.name + "' is damaged (inflate error " + std::to_string(n) + ")";
      ok = false;
      break;
    }
    if (n == 0) break;
    if (data->size() + static_cast<std::size_t>(n) > declared || *total_bytes + n > kMaxInputBytes) {
      *error = "zip entry '" + e.name + "' inflates past its declared size of " + std::to_string(declared) +
               " bytes; refused (damaged or a zip bomb)";
      ok = false;
      break;
    }
    data->append(chunk.data(), static_cast<std::size_t>(n));
    *total_bytes += static_cast<std::uint64_t>(n);
  }
  const int close = unzCloseCurrentFile(zf);
  if (ok && data->size() != declared) {
    *error = "zip entry '" + e.name + "' holds " + std::to_string(data->size()) + " bytes, not the " +
             std::to_string(declared) + " its header declares (damaged)";
    ok = false;
  }
  if (ok && close == UNZ_CRCERROR) {
    *error = "zip entry '" + e.name + "' fails its CRC check (damaged)";
    ok = false;
  }
  return ok;
}

bool read_zip_impl(std::string_view bytes, std::vector<ZipEntry>* entries, std::string* error,
                   const ZipEntryFilter& wanted) {
  entries->clear();
  if (bytes.size() > kMaxInputBytes) {
    *error = "the zip is " + std::to_string(bytes.size()) + " bytes, above the " + std::to_string(kMaxInputBytes) +
             "-byte limit";
    return false;
  }
  MemoryArchive archive{bytes, {}};
  zlib_filefunc64_def io{};
  io.zopen64_file = open_memory;
  io.zread_file = read_memory;
  io.zwrite_file = write_memory;
  io.ztell64_file = tell_memory;
  io.zseek64_file = seek_memory;
  io.zclose_file = close_memory;
  io.zerror_file = error_memory;
  io.opaque = &archive;
  const std::unique_ptr<void, UnzCloser> zf(unzOpen2_64("memory.zip", &io));
  if (!zf) {
    *error = "not a readable zip archive (no central directory found)";
    return false;
  }
  unz_global_info64 global{};
  if (unzGetGlobalInfo64(zf.get(), &global) != UNZ_OK) {
    *error = "the zip's central directory is damaged";
    return false;
  }
  if (global.number_entry > kMaxZipEntries) {
    *error = "the zip declares " + std::to_string(global.number_entry) + " entries, more than the " +
             std::to_string(kMaxZipEntries) + " read; refused";
    return false;
  }
  // Pass 1: list entries and add up the declared sizes of the wanted ones before inflating anything.
  std::vector<EntryInfo> infos;
  std::uint64_t declared_total = 0;
  int r = unzGoToFirstFile(zf.get());
  while (r == UNZ_OK) {
    if (infos.size() >= kMaxZipEntries) {
      *error = "the zip holds more than " + std::to_string(kMaxZipEntries) + " entries; refused";
      return false;
    }
    EntryInfo e;
    if (!current_entry(zf.get(), &e, error)) return false;
    infos.push_back(e);
    if (!is_directory(e.name) && (!wanted || wanted(e.name))) {
      declared_total += std::min<std::uint64_t>(e.info.uncompressed_size, kMaxInputBytes + 1);
      if (declared_total > kMaxInputBytes) {
        *error = "the zip's entries declare more than " + std::to_string(kMaxInputBytes) +
                 " bytes uncompressed ('" + e.name + "' alone " + std::to_string(e.info.uncompressed_size) +
                 "); refused before inflating (too large, or a zip bomb)";
        return false;
      }
    }
    r = unzGoToNextFile(zf.get());
  }
  if (r != UNZ_END_OF_LIST_OF_FILE) {
    *error = "the zip's central directory is damaged";
    return false;
  }
  // Pass 2: inflate the wanted entries.
  std::uint64_t total = 0;
  r = unzGoToFirstFile(zf.get());
  for (std::size_t k = 0; k < infos.size() && r == UNZ_OK; ++k, r = unzGoToNextFile(zf.get())) {
    const EntryInfo& e = infos[k];
    if (is_directory(e.name)) continue;
    ZipEntry out;
    out.name = e.name;
    out.uncompressed_size = e.info.uncompressed_size;
    if (!wanted || wanted(e.name)) {
      if (!inflate_current(zf.get(), e, &total, &out.data, error)) return false;
      out.read = true;
    }
    entries->push_back(std::move(out));
  }
  return true;
}

}  // namespace

bool read_zip(std::string_view bytes, std::vector<ZipEntry>* entries, std::string* error,
              const ZipEntryFilter& wanted) {
  try {
    return read_zip_impl(bytes, entries, error, wanted);
  } catch (const std::exception& e) {  // std::bad_alloc, or the filter's own exceptions
    *error = std::string("the zip could not be read: ") + e.what();
    entries->clear();
    return false;
  }
}

}  // namespace geo
