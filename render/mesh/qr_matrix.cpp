// encode_qr() (qr_matrix.hpp) over libqrencode.
#include "render/mesh/qr_matrix.hpp"

#include <qrencode.h>

#include <cerrno>
#include <memory>

namespace render {

bool encode_qr(const std::string& text, QrMatrix* out, std::string* error) {
  if (text.empty()) {
    *error = "nothing to encode";
    return false;
  }
  // 8-bit mode takes the bytes as they are (UTF-8 links, no Kanji-mode guessing).
  std::unique_ptr<QRcode, void (*)(QRcode*)> code(
      QRcode_encodeData(static_cast<int>(text.size()), reinterpret_cast<const unsigned char*>(text.data()), 0, QR_ECLEVEL_M),
      QRcode_free);
  if (!code) {
    *error = errno == ERANGE ? "the text is too long for a QR code (" + std::to_string(text.size()) + " bytes)"
                             : "libqrencode could not encode the text";
    return false;
  }
  out->size = code->width;
  out->version = code->version;
  out->dark.resize(static_cast<std::size_t>(code->width) * code->width);
  // libqrencode's module byte: bit 0 is the colour (1 = dark); the other bits say what the module is.
  for (std::size_t i = 0; i < out->dark.size(); ++i) out->dark[i] = code->data[i] & 1u;
  return true;
}

}  // namespace render
