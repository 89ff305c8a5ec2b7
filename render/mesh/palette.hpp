// Colours of buildings by attribute, and the legend that explains them. The legend's labels are
// i18n keys (assets/i18n), not display text.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "twin/city/city.hpp"

namespace render {

// ByEui, ByEmissions and ByPv need the energy worker's per-building results (wasm/app_energy.cpp).
enum class ColorMode : std::uint8_t { ByUse = 0, ByHeight, ByEui, ByEmissions, ByPv, Count };
bool is_energy_mode(ColorMode mode);

struct Rgb {
  float r, g, b;  // 0..1, linear-ish sRGB
};

struct LegendEntry {
  Rgb colour;
  std::string label_key;  // i18n key, e.g. "use.residential" or "height.bin"
  double lower = 0, upper = 0;  // for numeric bins (in the mode's unit), else 0; the top bin's upper is +inf
};

// Numeric bins of the energy modes: energy use intensity (delivered, all end uses, kWh/m² floor),
// emissions intensity (scope 1+2, kgCO2/m² floor) and rooftop PV potential (MWh/yr per building).
inline constexpr int kValueBinCount = 6;
const double* value_bin_lower(ColorMode mode);  // kValueBinCount lower bounds; height bins for ByHeight
int value_bin(ColorMode mode, double value);     // 0 .. kValueBinCount-1; NaN → 0
// Colours of per-building values (same order as City::buildings) for a numeric mode.
std::vector<Rgb> value_colours(const std::vector<double>& values, ColorMode mode);
// i18n keys of a numeric mode's legend labels, with {lower}/{upper}: "legend.eui_range", "legend.eui_above"…
const char* legend_range_key(ColorMode mode);
const char* legend_above_key(ColorMode mode);

// Height bins (metres): [0,12), [12,24), [24,50), [50,100), [100,200), [200,inf).
inline constexpr int kHeightBinCount = 6;
inline constexpr double kHeightBinLower_m[kHeightBinCount] = {0, 12, 24, 50, 100, 200};

Rgb use_colour(twin::BuildingUse use);
int height_bin(double height_m);  // 0 .. kHeightBinCount-1; NaN and negative heights → bin 0
Rgb height_colour(double height_m);
// Colour of a hovered or selected building: lifted towards a warm white so it reads on any hue.
Rgb highlight_colour(Rgb base);

// Per-building colour for the use and height modes (the energy modes: value_colours); size = building count.
std::vector<Rgb> building_colours(const twin::City& city, ColorMode mode);
std::vector<LegendEntry> legend(ColorMode mode);

const char* to_string(ColorMode mode);  // "use", "height", "eui", "emissions", "pv"
const char* i18n_key(ColorMode mode);   // "color.use", …
bool color_mode_from_string(const std::string& name, ColorMode* mode);

}  // namespace render
