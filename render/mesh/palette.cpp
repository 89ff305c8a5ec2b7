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

// ColorBrewer 6-class sequential ramps: YlOrBr (energy), PuRd (emissions), YlGn (solar).
constexpr Rgb kEuiColours[kValueBinCount] = {
    {1.000f, 1.000f, 0.831f}, {0.996f, 0.890f, 0.569f}, {0.996f, 0.769f, 0.310f},
    {0.996f, 0.600f, 0.161f}, {0.851f, 0.373f, 0.055f}, {0.600f, 0.204f, 0.016f},
};
constexpr Rgb kEmissionsColours[kValueBinCount] = {
    {0.945f, 0.933f, 0.965f}, {0.831f, 0.725f, 0.855f}, {0.788f, 0.580f, 0.780f},
    {0.875f, 0.396f, 0.690f}, {0.867f, 0.110f, 0.467f}, {0.596f, 0.000f, 0.263f},
};
constexpr Rgb kPvColours[kValueBinCount] = {
    {1.000f, 1.000f, 0.800f}, {0.851f, 0.941f, 0.639f}, {0.678f, 0.867f, 0.557f},
    {0.471f, 0.776f, 0.475f}, {0.192f, 0.639f, 0.329f}, {0.000f, 0.408f, 0.216f},
};
// Bins from the default city's spread (10th–90th percentiles: EUI 86–206 kWh/m², emissions
// 36–87 kgCO2/m², PV 9–153 MWh/yr).
constexpr double kEuiLower[kValueBinCount] = {0, 60, 90, 120, 160, 200};
constexpr double kEmissionsLower[kValueBinCount] = {0, 30, 45, 60, 75, 90};
constexpr double kPvLower_mwh[kValueBinCount] = {0, 10, 25, 50, 100, 200};

const Rgb* value_palette(ColorMode mode) {
  switch (mode) {
    case ColorMode::ByEui: return kEuiColours;
    case ColorMode::ByEmissions: return kEmissionsColours;
    case ColorMode::ByPv: return kPvColours;
    default: return kHeightColours;
  }
}

}  // namespace

bool is_energy_mode(ColorMode mode) {
  return mode == ColorMode::ByEui || mode == ColorMode::ByEmissions || mode == ColorMode::ByPv;
}

const double* value_bin_lower(ColorMode mode) {
  switch (mode) {
    case ColorMode::ByEui: return kEuiLower;
    case ColorMode::ByEmissions: return kEmissionsLower;
    case ColorMode::ByPv: return kPvLower_mwh;
    default: return kHeightBinLower_m;
  }
}

int value_bin(ColorMode mode, double value) {
  const double* lower = value_bin_lower(mode);
  int bin = 0;
  for (int k = 1; k < kValueBinCount; ++k) {
    if (value >= lower[k]) bin = k;
  }
  return bin;
}

std::vector<Rgb> value_colours(const std::vector<double>& values, ColorMode mode) {
  const Rgb* palette = value_palette(mode);
  std::vector<Rgb> colours(values.size());
  for (std::size_t i = 0; i < values.size(); ++i) colours[i] = palette[value_bin(mode, values[i])];
  return colours;
}

const char* legend_range_key(ColorMode mode) {
  switch (mode) {
    case ColorMode::ByEui: return "legend.eui_range";
    case ColorMode::ByEmissions: return "legend.emissions_range";
    case ColorMode::ByPv: return "legend.pv_range";
    default: return "legend.height_range";
  }
}

const char* legend_above_key(ColorMode mode) {
  switch (mode) {
    case ColorMode::ByEui: return "legend.eui_above";
    case ColorMode::ByEmissions: return "legend.emissions_above";
    case ColorMode::ByPv: return "legend.pv_above";
    default: return "legend.height_above";
  }
}

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
  static_assert(kHeightBinCount == kValueBinCount);
  if (mode != ColorMode::ByUse) {
    const double* lower = value_bin_lower(mode);
    const Rgb* palette = value_palette(mode);
    for (int k = 0; k < kValueBinCount; ++k) {
      const double upper = k + 1 < kValueBinCount ? lower[k + 1] : std::numeric_limits<double>::infinity();
      entries.push_back({palette[k], mode == ColorMode::ByHeight ? "height.bin" : "value.bin", lower[k], upper});
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
    case ColorMode::ByEui: return "eui";
    case ColorMode::ByEmissions: return "emissions";
    case ColorMode::ByPv: return "pv";
    case ColorMode::Count: break;
  }
  return "unknown";
}

const char* i18n_key(ColorMode mode) {
  switch (mode) {
    case ColorMode::ByHeight: return "color.height";
    case ColorMode::ByEui: return "color.eui";
    case ColorMode::ByEmissions: return "color.emissions";
    case ColorMode::ByPv: return "color.pv";
    default: return "color.use";
  }
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
