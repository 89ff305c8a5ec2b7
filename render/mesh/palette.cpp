// Building colours. Use: a categorical palette in the spirit of ColorBrewer "Set2"/Tableau 10,
// with the conventions map readers expect (homes warm, offices blue, industry grey). Height: a
// sequential light-to-dark ramp (ColorBrewer "YlOrRd", 6 classes) so taller reads as stronger.
#include "render/mesh/palette.hpp"

#include <cmath>
#include <limits>

namespace render {
namespace {

constexpr Rgb kUseColours[static_cast<int>(twin::BuildingUse::Count)] = {
    {0.929f, 0.741f, 0.533f},  // residential: warm sand
    {0.337f, 0.549f, 0.847f},  // office: blue
    {0.878f, 0.431f, 0.596f},  // retail: rose
    {0.635f, 0.486f, 0.831f},  // hotel: violet
    {0.478f, 0.749f, 0.373f},  // school: green
    {0.878f, 0.310f, 0.282f},  // hospital: red
    {0.561f, 0.573f, 0.592f},  // industrial: grey
    {0.404f, 0.643f, 0.639f},  // warehouse: slate teal
};

constexpr const char* kUseKeys[static_cast<int>(twin::BuildingUse::Count)] = {
    "use.residential", "use.office",   "use.retail",     "use.hotel",
    "use.school",      "use.hospital", "use.industrial", "use.warehouse",
};

constexpr Rgb kHeightColours[kHeightBinCount] = {
    {1.000f, 0.929f, 0.627f}, {0.996f, 0.851f, 0.463f}, {0.996f, 0.698f, 0.298f},
    {0.992f, 0.553f, 0.235f}, {0.890f, 0.102f, 0.110f}, {0.694f, 0.000f, 0.149f},
};

}  // namespace

Rgb use_colour(twin::BuildingUse use) {
  const auto i = static_cast<int>(use);
  return i < static_cast<int>(twin::BuildingUse::Count) ? kUseColours[i]
                                                        : kUseColours[static_cast<int>(twin::BuildingUse::Industrial)];
}

int height_bin(double height_m) {
  int bin = 0;
  for (int k = 1; k < kHeightBinCount; ++k) {
    if (height_m >= kHeightBinLower_m[k]) bin = k;
  }
  return bin;
}

Rgb height_colour(double height_m) { return kHeightColours[height_bin(height_m)]; }

Rgb highlight_colour(Rgb base) {
  // Halfway to a warm white keeps the hue recognisable while standing out from neighbours.
  const Rgb warm_white{1.0f, 0.96f, 0.80f};
  return {0.5f * (base.r + warm_white.r), 0.5f * (base.g + warm_white.g),
          0.5f * (base.b + warm_white.b)};
}

std::vector<Rgb> building_colours(const twin::City& city, ColorMode mode) {
  const twin::Buildings& b = city.buildings;
  std::vector<Rgb> colours(b.size());
  for (std::uint32_t i = 0; i < b.size(); ++i) {
    colours[i] = mode == ColorMode::ByHeight ? height_colour(b.height_m[i]) : use_colour(b.use[i]);
  }
  return colours;
}

std::vector<LegendEntry> legend(ColorMode mode) {
  std::vector<LegendEntry> entries;
  if (mode == ColorMode::ByHeight) {
    for (int k = 0; k < kHeightBinCount; ++k) {
      const double upper = k + 1 < kHeightBinCount ? kHeightBinLower_m[k + 1]
                                                   : std::numeric_limits<double>::infinity();
      entries.push_back({kHeightColours[k], "height.bin", kHeightBinLower_m[k], upper});
    }
  } else {
    for (int u = 0; u < static_cast<int>(twin::BuildingUse::Count); ++u) {
      entries.push_back({kUseColours[u], kUseKeys[u], 0.0, 0.0});
    }
  }
  return entries;
}

const char* to_string(ColorMode mode) {
  switch (mode) {
    case ColorMode::ByUse: return "use";
    case ColorMode::ByHeight: return "height";
    case ColorMode::Count: break;
  }
  return "unknown";
}

bool color_mode_from_string(const std::string& name, ColorMode* mode) {
  for (int m = 0; m < static_cast<int>(ColorMode::Count); ++m) {
    if (name == to_string(static_cast<ColorMode>(m))) {
      *mode = static_cast<ColorMode>(m);
      return true;
    }
  }
  return false;
}

}  // namespace render
