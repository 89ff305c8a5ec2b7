// Shapefile attribute tables (shp_dbf.hpp).
#include "geo/shp_dbf.hpp"

#include <cstdio>

namespace geo {
namespace {

std::uint32_t le_u32(std::string_view b, std::size_t at) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(b[at])) |
         static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 1])) << 8 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 2])) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 3])) << 24;
}
std::uint32_t le_u16(std::string_view b, std::size_t at) {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(b[at])) |
         static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 1])) << 8;
}

bool all_ascii(std::string_view s) {
  for (const char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

std::string hex_byte(unsigned v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", v & 0xFFu);
  return buf;
}

// dBASE III+ table file header (dBASE "Table File Header", also the Shapefile Technical
// Description's attribute file): byte 4–7 record count, 8–9 header length, 10–11 record length
// (little-endian), 29 language driver id; 32-byte field descriptors follow.
constexpr std::size_t kDbfHeaderBytes = 32;
constexpr std::size_t kLanguageDriverByte = 29;

}  // namespace

DbfTable::DbfTable(std::string_view dbf, std::string_view cpg, const std::string& file, std::vector<Issue>* errors,
                   std::vector<Issue>* warnings)
    : files_({}, {}, dbf) {
  if (dbf.empty()) return;
  auto error = [&](const std::string& what) { errors->push_back(Issue{file, "", what}); };
  if (dbf.size() < kDbfHeaderBytes + 1) {
    error("the .dbf is " + std::to_string(dbf.size()) + " bytes, too short for a dBASE header; attributes not read");
    return;
  }
  const std::uint32_t declared = le_u32(dbf, 4) & 0x7FFFFFFFu;  // shapelib reads 31 bits too
  const std::uint32_t header_len = le_u16(dbf, 8);
  const std::uint32_t record_len = le_u16(dbf, 10);
  if (header_len <= kDbfHeaderBytes || header_len > dbf.size() || record_len == 0) {
    error("the .dbf header is damaged (header length " + std::to_string(header_len) + ", record length " +
          std::to_string(record_len) + ", file " + std::to_string(dbf.size()) + " bytes); attributes not read");
    return;
  }
  const std::uint64_t present = (dbf.size() - header_len) / record_len;
  records_ = static_cast<int>(std::min<std::uint64_t>(declared, present));
  if (present < declared)
    error("the .dbf header declares " + std::to_string(declared) + " records but the file holds " +
          std::to_string(present) + " (truncated); the rest have no attributes");

  handle_ = DBFOpenLL(files_.layer_name(), "rb", files_.hooks());
  if (!handle_) {
    records_ = 0;
    error("the .dbf could not be opened (damaged field descriptors); attributes not read");
    return;
  }
  const auto h = static_cast<DBFHandle>(handle_);

  // Encoding: .cpg, then the language driver id, then the bytes.
  std::string why_undeclared;
  if (!cpg.empty()) {
    encoding_ = encoding_from_cpg(cpg);
    if (encoding_ == TextEncoding::Unknown) {
      std::string shown(cpg.substr(0, 40));
      while (!shown.empty() && (shown.back() == '\n' || shown.back() == '\r' || shown.back() == ' ')) shown.pop_back();
      why_undeclared = " (the .cpg names '" + sanitize_utf8(shown, nullptr) + "', not UTF-8 or GBK)";
    }
  } else {
    encoding_ = TextEncoding::Unknown;
  }
  const auto ldid = static_cast<std::uint8_t>(dbf[kLanguageDriverByte]);
  if (encoding_ == TextEncoding::Unknown) {
    encoding_ = encoding_from_dbf_ldid(ldid);
    if (encoding_ == TextEncoding::Unknown && ldid != 0 && why_undeclared.empty())
      why_undeclared = " (language driver " + hex_byte(ldid) + " names no code page read here)";
  }
  if (encoding_ == TextEncoding::Unknown) {
    // Field descriptors and records: everything that may hold text.
    const std::string_view text = dbf.substr(kDbfHeaderBytes, header_len - kDbfHeaderBytes +
                                                                  static_cast<std::uint64_t>(records_) * record_len);
    if (all_ascii(text)) {
      encoding_ = TextEncoding::Utf8;  // ASCII reads the same in every candidate: nothing to report
    } else {
      encoding_ = is_valid_utf8(text) ? TextEncoding::Utf8 : TextEncoding::Gbk;
      warnings->push_back(Issue{file, "", std::string("DBF text encoding not declared; detected ") +
                                              to_string(encoding_) + " from the bytes" + why_undeclared});
    }
  }
  decoder_ = std::make_unique<TextDecoder>(encoding_);

  const int fields = DBFGetFieldCount(h);
  for (int k = 0; k < fields; ++k) {
    char name[XBASE_FLDNAME_LEN_READ + 1] = {};
    DBFGetFieldInfo(h, k, name, nullptr, nullptr);
    names_.push_back(decoder_->decode(name, &replaced_));
  }
  for (const char* key : {"id", "osm_id", "objectid", "fid"}) {
    for (const std::string& n : names_)
      if (lower_ascii(n) == key) {
        id_field_ = n;
        break;
      }
    if (!id_field_.empty()) break;
  }
}

DbfTable::~DbfTable() {
  if (handle_) DBFClose(static_cast<DBFHandle>(handle_));
}

bool DbfTable::is_deleted(int record) const {
  return handle_ && record >= 0 && record < records_ && DBFIsRecordDeleted(static_cast<DBFHandle>(handle_), record);
}

std::vector<std::pair<std::string, std::string>> DbfTable::attributes(int record) {
  std::vector<std::pair<std::string, std::string>> out;
  if (!handle_ || record < 0 || record >= records_) return out;
  const auto h = static_cast<DBFHandle>(handle_);
  for (int k = 0; k < static_cast<int>(names_.size()); ++k) {
    if (DBFIsAttributeNULL(h, record, k)) continue;
    // shapelib trims leading and trailing blanks (TRIM_DBF_WHITESPACE in shapefil.h); GBK trail
    // bytes are ≥ 0x40, so trimming 0x20 never cuts a character.
    const char* value = DBFReadStringAttribute(h, record, k);
    if (!value) continue;
    out.emplace_back(names_[static_cast<std::size_t>(k)], decoder_->decode(value, &replaced_));
  }
  return out;
}

}  // namespace geo
