// encode_qr(): the matrix has the QR code's fixed structure (ISO/IEC 18004: three 7×7 finder patterns,
// timing patterns, size 17 + 4 × version), the version grows with the text, and a text beyond version 40
// is refused. That the code decodes back to the text is checked end to end: the page's QR is read by
// zbarimg in tests/e2e/scenario_checks.mjs.
#include "render/mesh/qr_matrix.hpp"

#include <gtest/gtest.h>

namespace render {
namespace {

// A finder pattern with its top-left module at (r, c): dark 7×7 ring, light 5×5 ring, dark 3×3 core.
bool finder_at(const QrMatrix& m, int r, int c) {
  for (int i = 0; i < 7; ++i)
    for (int j = 0; j < 7; ++j) {
      const int ring = std::max(std::abs(i - 3), std::abs(j - 3));  // 3 outer, 2 light, ≤ 1 core
      if (m.at(r + i, c + j) != (ring != 2)) return false;
    }
  return true;
}

TEST(QrMatrix, VersionOneHasTheFixedPatterns) {
  QrMatrix m;
  std::string error;
  ASSERT_TRUE(encode_qr("CarbonTwin", &m, &error)) << error;
  EXPECT_EQ(m.version, 1);  // 10 bytes fit version 1-M (14 bytes)
  EXPECT_EQ(m.size, 21);
  EXPECT_TRUE(finder_at(m, 0, 0));
  EXPECT_TRUE(finder_at(m, 0, m.size - 7));
  EXPECT_TRUE(finder_at(m, m.size - 7, 0));
  EXPECT_FALSE(finder_at(m, m.size - 7, m.size - 7));
  // Timing patterns: row 6 and column 6 alternate dark/light between the finders.
  for (int k = 8; k < m.size - 8; ++k) {
    EXPECT_EQ(m.at(6, k), k % 2 == 0) << k;
    EXPECT_EQ(m.at(k, 6), k % 2 == 0) << k;
  }
  // The dark module beside the lower-left finder (always dark, at (4V + 9, 8)).
  EXPECT_TRUE(m.at(4 * m.version + 9, 8));
}

TEST(QrMatrix, LongerTextsTakeLargerVersionsUpToTheLimit) {
  QrMatrix m;
  std::string error;
  // A scenario link of two levers is about 190 characters: version 10-M holds 213 bytes.
  const std::string link = "http://127.0.0.1:8080/#scenario=" + std::string(160, 'A');
  ASSERT_TRUE(encode_qr(link, &m, &error)) << error;
  EXPECT_LE(m.version, 10);
  EXPECT_EQ(m.size, 17 + 4 * m.version);
  EXPECT_TRUE(finder_at(m, m.size - 7, 0));
  EXPECT_FALSE(encode_qr(std::string(3000, 'x'), &m, &error));
  EXPECT_NE(error.find("too long"), std::string::npos) << error;
  EXPECT_FALSE(encode_qr("", &m, &error));
}

}  // namespace
}  // namespace render
