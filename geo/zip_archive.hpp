// Reading a zip archive held in memory (a zipped Shapefile dropped on the page or given to the CLI),
// with minizip over the buffer: no temporary files, so the same code runs in the browser. Guarded
// against zip bombs: at most kMaxZipEntries entries, and no more than kMaxInputBytes inflated in
// all — refused from the declared sizes before anything is inflated, and inflation stops at an
// entry's declared size (a lying header then fails its CRC/length check instead of filling memory).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace geo {

// More entries than any Shapefile export needs (a layer is 3–8 files); refusing more bounds the work
// a hostile central directory can ask for.
inline constexpr std::size_t kMaxZipEntries = 1000;

struct ZipEntry {
  // Path inside the archive as UTF-8. Names flagged UTF-8 (APPNOTE.TXT 4.4.4, bit 11) or valid
  // UTF-8 are kept; others are read as GBK, the code page Chinese Windows writes zip names in.
  std::string name;
  std::string data;                     // the inflated bytes; empty when the filter left it out
  std::uint64_t uncompressed_size = 0;  // as declared in the central directory
  bool read = false;                    // true when data holds the entry
};

// Which entries to inflate (by UTF-8 name); an empty filter means all. Entries left out are still
// listed (name and declared size) so callers can report them, but count against no size limit.
using ZipEntryFilter = std::function<bool(const std::string& name)>;

// Lists the archive's file entries (directories are left out) in central-directory order and
// inflates the wanted ones. On failure returns false with *error saying why (not a zip, too many
// entries, too large, encrypted, unsupported compression, CRC mismatch) and entries unspecified.
// Never throws.
bool read_zip(std::string_view bytes, std::vector<ZipEntry>* entries, std::string* error,
              const ZipEntryFilter& wanted = {});

}  // namespace geo
