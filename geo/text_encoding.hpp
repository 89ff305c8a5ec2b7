// Text encodings of planners' attribute tables. Chinese Shapefiles often carry GBK text in their
// .dbf (ArcGIS on a Chinese Windows writes the system code page, 936); everything the twin keeps is
// UTF-8. This module names the encodings a .cpg or a DBF header may declare, detects one when
// nothing is declared, and converts to UTF-8 without ever dropping a byte: an invalid sequence
// becomes U+FFFD and is counted, so the caller can report it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace geo {

enum class TextEncoding : std::uint8_t {
  Unknown = 0,  // not declared, or declared as something this module does not convert
  Utf8,
  Gbk,          // GBK / CP936 / GB2312 / GB18030: all read as GB18030, a superset of the others
};
const char* to_string(TextEncoding encoding);  // "unknown", "UTF-8", "GBK"

// True when the bytes are well-formed UTF-8 (RFC 3629 §4: no overlong forms, no surrogates, nothing
// above U+10FFFF). Pure ASCII is valid UTF-8.
bool is_valid_utf8(std::string_view bytes);

// GBK (read as GB18030) → UTF-8. Each byte that does not start a valid sequence, and an incomplete
// sequence at the end, becomes U+FFFD; *replaced (when not null) receives how many.
std::string gbk_to_utf8(std::string_view bytes, std::uint32_t* replaced);

// UTF-8 with every ill-formed byte replaced by U+FFFD (counted in *replaced when not null).
std::string sanitize_utf8(std::string_view bytes, std::uint32_t* replaced);

// The encoding a Shapefile .cpg names: "UTF-8", "UTF8", "65001" → Utf8; "GBK", "CP936", "936",
// "GB2312", "GB18030", "ANSI 936" (also "CP 936", "MS936", "Windows-936", "20936", "54936") → Gbk;
// case-insensitive, surrounding white space and a UTF-8 BOM ignored; anything else → Unknown.
TextEncoding encoding_from_cpg(std::string_view cpg_text);

// The encoding of a dBASE language driver id (DBF header byte 29). Code page 936 is 0x4D ("Chinese
// GBK (PRC)", dBASE language driver list) and 0x7A ("Codepage 936 Chinese (PRC, Singapore) Windows",
// ESRI ArcPad reference, "Code pages"); shapelib reports the byte as DBFGetCodePage() "LDID/77" or
// "LDID/122". Every other id → Unknown (0x57 "ANSI", what shapelib's DBFCreate and ArcGIS write,
// means the writer's system code page, which the file does not name).
TextEncoding encoding_from_dbf_ldid(std::uint8_t language_driver_id);

// Converts many strings of one encoding; keeps the iconv descriptor open between calls (opening
// one per field would dominate the time of a large table). Unknown is read as UTF-8.
class TextDecoder {
 public:
  explicit TextDecoder(TextEncoding encoding);
  ~TextDecoder();
  TextDecoder(const TextDecoder&) = delete;
  TextDecoder& operator=(const TextDecoder&) = delete;

  // The bytes as UTF-8; *replaced (when not null) is increased by the number of U+FFFD inserted.
  std::string decode(std::string_view bytes, std::uint32_t* replaced);

 private:
  TextEncoding encoding_;
  void* iconv_ = nullptr;  // iconv_t, opened lazily for Gbk
  bool iconv_failed_ = false;
};

}  // namespace geo
