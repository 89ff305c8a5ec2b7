// A QR code of a text (the scenario link, for visitors' phones at the kiosk) as a matrix of dark
// modules, encoded by libqrencode (LGPL-2.1+; Debian's libqrencode-dev natively, its Debian source
// compiled for wasm: render/CMakeLists.txt). Byte mode, error correction M (15 % of the code may be
// damaged or covered), the smallest version that holds the text.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace render {

struct QrMatrix {
  int size = 0;                     // modules per side (21 for version 1 … 177 for version 40)
  int version = 0;
  std::vector<std::uint8_t> dark;   // size × size, row-major from the top-left; 1 = dark module
  bool at(int row, int column) const { return dark[static_cast<std::size_t>(row) * size + column] != 0; }
};

// False (with `error` set) for an empty text or one too long for version 40 at level M (2,331 bytes).
bool encode_qr(const std::string& text, QrMatrix* out, std::string* error);

}  // namespace render
