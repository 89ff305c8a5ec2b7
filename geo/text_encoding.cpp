// Encoding names, UTF-8 validation and GBK → UTF-8 through iconv (text_encoding.hpp).
#include "geo/text_encoding.hpp"

#include <cerrno>
#include <iconv.h>

namespace geo {
namespace {

// U+FFFD REPLACEMENT CHARACTER in UTF-8 (Unicode 15, §3.9 "U+FFFD Substitution").
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

bool in_range(unsigned char c, unsigned char lo, unsigned char hi) { return c >= lo && c <= hi; }

// Length of the well-formed UTF-8 sequence starting at s[i], or 0 when ill-formed. The ranges are
// RFC 3629 §4's UTF8-octets grammar (which excludes overlong forms and surrogates).
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const unsigned char c = b(0);
  if (c <= 0x7F) return 1;
  const std::size_t left = s.size() - i;
  auto cont = [&](std::size_t k) { return in_range(b(k), 0x80, 0xBF); };
  if (in_range(c, 0xC2, 0xDF)) return left >= 2 && cont(1) ? 2 : 0;
  if (in_range(c, 0xE0, 0xEF)) {
    if (left < 3 || !cont(2)) return 0;
    const unsigned char c1 = b(1);
    const bool ok = c == 0xE0 ? in_range(c1, 0xA0, 0xBF) : c == 0xED ? in_range(c1, 0x80, 0x9F) : cont(1);
    return ok ? 3 : 0;
  }
  if (in_range(c, 0xF0, 0xF4)) {
    if (left < 4 || !cont(2) || !cont(3)) return 0;
    const unsigned char c1 = b(1);
    const bool ok = c == 0xF0 ? in_range(c1, 0x90, 0xBF) : c == 0xF4 ? in_range(c1, 0x80, 0x8F) : cont(1);
    return ok ? 4 : 0;
  }
  return 0;
}

// Upper case, without white space, '-' and '_': "utf-8" and "UTF8" compare equal, as do "ANSI 936"
// and "ansi936".
std::string normalized_name(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // UTF-8 BOM some editors add
  std::string n;
  for (const char ch : text) {
    if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n' || ch == '-' || ch == '_') continue;
    n += (ch >= 'a' && ch <= 'z') ? static_cast<char>(ch - 'a' + 'A') : ch;
  }
  return n;
}

}  // namespace

const char* to_string(TextEncoding encoding) {
  switch (encoding) {
    case TextEncoding::Utf8: return "UTF-8";
    case TextEncoding::Gbk: return "GBK";
    case TextEncoding::Unknown: break;
  }
  return "unknown";
}

bool is_valid_utf8(std::string_view bytes) {
  for (std::size_t i = 0; i < bytes.size();) {
    const std::size_t n = utf8_sequence_length(bytes, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::string sanitize_utf8(std::string_view bytes, std::uint32_t* replaced) {
  std::string out;
  out.reserve(bytes.size());
  for (std::size_t i = 0; i < bytes.size();) {
    const std::size_t n = utf8_sequence_length(bytes, i);
    if (n == 0) {
      out += kReplacement;  // one U+FFFD per ill-formed byte: simple, and never loses a position
      if (replaced) ++*replaced;
      ++i;
    } else {
      out.append(bytes.substr(i, n));
      i += n;
    }
  }
  return out;
}

std::string gbk_to_utf8(std::string_view bytes, std::uint32_t* replaced) {
  TextDecoder decoder(TextEncoding::Gbk);
  std::uint32_t n = 0;
  std::string out = decoder.decode(bytes, &n);
  if (replaced) *replaced = n;
  return out;
}

TextEncoding encoding_from_cpg(std::string_view cpg_text) {
  const std::string n = normalized_name(cpg_text);
  // Windows code page numbers: 65001 = UTF-8, 936 = GBK, 54936 = GB18030, 20936 = GB2312
  // (Microsoft, "Code Page Identifiers"); ESRI writes "ANSI 936" in some .cpg files.
  if (n == "UTF8" || n == "65001") return TextEncoding::Utf8;
  for (const char* gbk : {"GBK", "CP936", "936", "GB2312", "GB18030", "ANSI936", "MS936", "WINDOWS936",
                          "20936", "54936", "EUCCN"})
    if (n == gbk) return TextEncoding::Gbk;
  return TextEncoding::Unknown;
}

TextEncoding encoding_from_dbf_ldid(std::uint8_t language_driver_id) {
  // dBASE language driver ids for code page 936: 0x4D (dBASE "DbfLangId_CHS_936") and 0x7A (ESRI
  // ArcPad reference, "Code pages": 122 = 936 Chinese (PRC, Singapore) Windows).
  if (language_driver_id == 0x4D || language_driver_id == 0x7A) return TextEncoding::Gbk;
  return TextEncoding::Unknown;
}

TextDecoder::TextDecoder(TextEncoding encoding) : encoding_(encoding) {}

TextDecoder::~TextDecoder() {
  if (iconv_) iconv_close(static_cast<iconv_t>(iconv_));
}

std::string TextDecoder::decode(std::string_view bytes, std::uint32_t* replaced) {
  std::uint32_t local = 0;
  std::uint32_t* count = replaced ? replaced : &local;
  if (encoding_ != TextEncoding::Gbk) return sanitize_utf8(bytes, count);
  if (!iconv_ && !iconv_failed_) {
    // GB18030 is a superset of GBK and GB2312 (GB 18030-2005 §1), so one converter reads all three.
    const iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == reinterpret_cast<iconv_t>(-1))
      iconv_failed_ = true;
    else
      iconv_ = cd;
  }
  if (iconv_failed_) {
    // No converter on this platform: keep ASCII, mark every other byte, never drop it silently.
    std::string out;
    for (const char ch : bytes) {
      if (static_cast<unsigned char>(ch) < 0x80) {
        out += ch;
      } else {
        out += kReplacement;
        ++*count;
      }
    }
    return out;
  }
  const iconv_t cd = static_cast<iconv_t>(iconv_);
  iconv(cd, nullptr, nullptr, nullptr, nullptr);  // reset the shift state between strings
  std::string out(bytes.size() * 2 + 16, '\0');  // GB18030 → UTF-8 grows at most 2× (2 → 3, 4 → 4 bytes)
  std::size_t used = 0;
  char* in = const_cast<char*>(bytes.data());  // iconv's signature; it does not write the input
  std::size_t in_left = bytes.size();
  while (in_left > 0) {
    char* out_ptr = out.data() + used;
    std::size_t out_left = out.size() - used;
    const std::size_t r = iconv(cd, &in, &in_left, &out_ptr, &out_left);
    used = out.size() - out_left;
    if (r != static_cast<std::size_t>(-1)) break;
    if (errno == E2BIG) {
      out.resize(out.size() * 2);
      continue;
    }
    // EILSEQ (invalid sequence) or EINVAL (incomplete sequence at the end): replace the first byte
    // and resynchronise on the next one, so an ASCII byte after a broken lead byte survives.
    if (out.size() - used < kReplacement.size()) out.resize(out.size() * 2);
    out.replace(used, kReplacement.size(), kReplacement);
    used += kReplacement.size();
    ++*count;
    ++in;
    --in_left;
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
  }
  out.resize(used);
  return out;
}

}  // namespace geo
