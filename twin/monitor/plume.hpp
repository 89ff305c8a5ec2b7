// The Gaussian plume of a continuous point source with ground reflection (issue 11, "Transport"):
//   C(x, y, z) = Q / (2π u σy σz) · exp(−y² / 2σy²) · [exp(−(z − H)² / 2σz²) + exp(−(z + H)² / 2σz²)]
// for a receptor x m downwind (x > 0), y m crosswind, z m above ground, release height H (stack height
// plus plume rise, given), wind speed u at the release height, σ from the stability class (dispersion.hpp).
// Upwind (x ≤ 0) the enhancement is 0. Units: Q in g/s → C in g/m³ (×10^6 for µg/m³).
#pragma once

#include <string>

#include "twin/monitor/dispersion.hpp"

namespace twin::monitor {

struct PlumeSource {
  double q_g_s = 0.0;     // emission rate, g/s (≥ 0)
  double height_m = 0.0;  // effective release height H (≥ 0)
};

struct PlumeMet {
  double u_m_s = 0.0;  // wind speed at the release height (> 0)
  Stability stability = Stability::D;
  Terrain terrain = Terrain::Urban;
};

struct Receptor {
  double x_m = 0.0, y_m = 0.0, z_m = 0.0;  // downwind, crosswind, above ground (z ≥ 0)
};

// "" when the inputs can be evaluated, else what is wrong (the field and its value).
std::string validate_plume(const PlumeSource& source, const PlumeMet& met, const Receptor& receptor);

// The concentration enhancement, g/m³. Precondition: validate_plume(...) is empty.
double plume_concentration_g_m3(const PlumeSource& source, const PlumeMet& met, const Receptor& receptor);

}  // namespace twin::monitor
