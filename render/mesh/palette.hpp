// Colours of buildings by attribute, and the legend that explains them. The legend's labels are
// i18n keys (assets/i18n), not display text.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "twin/city/city.hpp"

namespace render {

enum class ColorMode : std::uint8_t { ByUse = 0, ByHeight, Count };

struct Rgb {
  float r, g, b;  // 0..1, linear-ish sRGB
};

struct LegendEntry {
  Rgb colour;
  std::string label_key;  // i18n key, e.g. "use.residential" or "height.bin"
  double lower = 0, upper = 0;  // for numeric bins (metres), else 0; the top bin's upper is +inf
};

// Height bins (metres): [0,12), [12,24), [24,50), [50,100), [100,200), [200,inf).
inline constexpr int kHeightBinCount = 6;
inline constexpr double kHeightBinLower_m[kHeightBinCount] = {0, 12, 24, 50, 100, 200};

Rgb use_colour(twin::BuildingUse use);
int height_bin(double height_m);  // 0 .. kHeightBinCount-1; NaN and negative heights → bin 0
Rgb height_colour(double height_m);
// Colour of a hovered or selected building: lifted towards a warm white so it reads on any hue.
Rgb highlight_colour(Rgb base);

// Per-building colour for the mode; size = building count.
std::vector<Rgb> building_colours(const twin::City& city, ColorMode mode);
std::vector<LegendEntry> legend(ColorMode mode);

const char* to_string(ColorMode mode);  // "use", "height"
bool color_mode_from_string(const std::string& name, ColorMode* mode);

}  // namespace render
