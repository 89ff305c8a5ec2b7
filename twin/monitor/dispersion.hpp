// Dispersion coefficients of the Gaussian plume (issue 11, "Transport"): Pasquill–Gifford stability
// classes A (very unstable) … F (stable) and Briggs's (1973) σy, σz of the downwind distance, open-country
// (rural) and urban sets — σ = k · x · (1 + c · x)^p, x in m. Embedded, equal to
// assets/monitor/briggs_sigma.csv (which the tests check against ../shared/data/dispersion).
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace twin::monitor {

enum class Stability : std::uint8_t { A = 0, B, C, D, E, F, Count };
inline constexpr int kStabilityCount = static_cast<int>(Stability::Count);
enum class Terrain : std::uint8_t { Rural = 0, Urban };

struct SigmaCoefficients {
  double k = 0.0;         // m per m
  double c_per_m = 0.0;   // 1/m
  double exponent = 0.0;  // p: −1, −0.5, 0.5 or 0 (then σ = k x)
};

struct BriggsRow {
  Terrain terrain;
  char sigma;  // 'y' or 'z'
  Stability stability;
  SigmaCoefficients coefficients;
};
// The 24 rows (2 terrains × 2 sigmas × 6 classes), in the CSV's order.
const BriggsRow* briggs_rows(int* count);

// σy and σz (m) at downwind distance x_m > 0.
struct Sigmas {
  double y_m = 0.0, z_m = 0.0;
};
Sigmas briggs_sigmas(Terrain terrain, Stability stability, double x_m);

std::optional<Stability> stability_from_letter(std::string_view letter);  // "A" … "F" (case-insensitive)
char stability_letter(Stability stability);

}  // namespace twin::monitor
