// The Gaussian plume (twin/monitor/plume.hpp) and its Briggs coefficients (dispersion.hpp): the embedded
// table equals assets/monitor/briggs_sigma.csv, which equals the shared reference table
// (../shared/data/dispersion, transcribed from GasDispersion.jl); σ and the concentration equal hand
// calculations (python's math module, shown); the plume conserves mass across a crosswind plane.
#include "twin/monitor/plume.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace twin::monitor {
namespace {

std::vector<std::vector<std::string>> read_csv(const std::string& path) {
  std::ifstream in(path);
  EXPECT_TRUE(in.good()) << path;
  std::vector<std::vector<std::string>> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::vector<std::string> fields;
    std::string field;
    bool quoted = false;
    for (char c : line) {
      if (c == '"') quoted = !quoted;
      else if (c == ',' && !quoted) fields.push_back(field), field.clear();
      else field += c;
    }
    fields.push_back(field);
    rows.push_back(fields);
  }
  return rows;
}

// "0.16*x*(1+0.0004*x)^-0.5" or "0.20*x" → k, c, p.
SigmaCoefficients parse_expression(const std::string& e) {
  SigmaCoefficients s;
  s.k = std::stod(e.substr(0, e.find('*')));
  const std::size_t open = e.find("(1+");
  if (open == std::string::npos) return s;
  s.c_per_m = std::stod(e.substr(open + 3, e.find('*', open) - open - 3));
  s.exponent = std::stod(e.substr(e.find('^') + 1));
  return s;
}

TEST(MonitorDispersion, EmbeddedTableEqualsTheAssetsAndTheSharedReference) {
  int n = 0;
  const BriggsRow* rows = briggs_rows(&n);
  const auto assets = read_csv(CT_ASSETS_DIR "/monitor/briggs_sigma.csv");
  const auto shared = read_csv(CT_SHARED_DATA_DIR "/dispersion/briggs1973_sigma_formulas.csv");
  ASSERT_EQ(n, 24);
  ASSERT_EQ(assets.size(), 24u);
  ASSERT_EQ(shared.size(), 24u);
  for (int i = 0; i < n; ++i) {
    const BriggsRow& r = rows[i];
    const std::string terrain = r.terrain == Terrain::Rural ? "rural" : "urban";
    EXPECT_EQ(assets[i][0], terrain) << i;
    EXPECT_EQ(assets[i][1], std::string(1, r.sigma)) << i;
    EXPECT_EQ(assets[i][2], std::string(1, stability_letter(r.stability))) << i;
    EXPECT_EQ(std::stod(assets[i][3]), r.coefficients.k) << i;
    EXPECT_EQ(std::stod(assets[i][4]), r.coefficients.c_per_m) << i;
    EXPECT_EQ(std::stod(assets[i][5]), r.coefficients.exponent) << i;
    EXPECT_EQ(shared[i][0], terrain) << i;
    const SigmaCoefficients ref = parse_expression(shared[i][3]);
    EXPECT_EQ(ref.k, r.coefficients.k) << shared[i][3];
    EXPECT_EQ(ref.c_per_m, r.coefficients.c_per_m) << shared[i][3];
    EXPECT_EQ(ref.exponent, r.coefficients.exponent) << shared[i][3];
  }
}

TEST(MonitorDispersion, SigmasEqualHandValues) {
  // Urban D at 1 km: σy = 0.16 · 1000 / √1.4 = 135.22468075656266, σz = 0.14 · 1000 / √1.3 = 122.78812270298408.
  const Sigmas s = briggs_sigmas(Terrain::Urban, Stability::D, 1000.0);
  EXPECT_NEAR(s.y_m, 135.22468075656266, 1e-12);
  EXPECT_NEAR(s.z_m, 122.78812270298408, 1e-12);
  // Rural E at 500 m: σz = 0.03 · 500 / 1.15 = 13.043478…; urban A: σz = 0.24 · 500 · √1.5 = 146.969…
  EXPECT_NEAR(briggs_sigmas(Terrain::Rural, Stability::E, 500.0).z_m, 15.0 / 1.15, 1e-12);
  EXPECT_NEAR(briggs_sigmas(Terrain::Urban, Stability::A, 500.0).z_m, 120.0 * std::sqrt(1.5), 1e-12);
  EXPECT_EQ(stability_from_letter("d"), Stability::D);
  EXPECT_FALSE(stability_from_letter("G").has_value());
}

TEST(MonitorPlume, GroundLevelCentrelineEqualsTheClosedForm) {
  // Q = 100 g/s, u = 5 m/s, urban D, H = 50 m, receptor 1 km downwind on the ground on the axis:
  // C = Q / (π u σy σz) exp(−H² / 2σz²) = 352.907786620976 µg/m³ (python).
  const PlumeSource source{100.0, 50.0};
  const PlumeMet met{5.0, Stability::D, Terrain::Urban};
  ASSERT_EQ(validate_plume(source, met, {1000.0, 0.0, 0.0}), "");
  EXPECT_NEAR(1e6 * plume_concentration_g_m3(source, met, {1000.0, 0.0, 0.0}), 352.907786620976, 1e-9);
  // 100 m off the axis at the release height: Q/(2π u σy σz) e^(−y²/2σy²) (1 + e^(−(2H)²/2σz²)) = 250.52184412699341.
  EXPECT_NEAR(1e6 * plume_concentration_g_m3(source, met, {1000.0, 100.0, 50.0}), 250.52184412699341, 1e-9);
  EXPECT_EQ(plume_concentration_g_m3(source, met, {-10.0, 0.0, 0.0}), 0.0);  // upwind
}

TEST(MonitorPlume, MassIsConservedAcrossACrosswindPlane) {
  // ∫∫ u C dy dz over the crosswind plane (z ≥ 0, reflection at the ground) = Q, for every class and distance.
  for (Stability st : {Stability::A, Stability::D, Stability::F}) {
    for (double x : {200.0, 2000.0}) {
      const PlumeSource source{10.0, 30.0};
      const PlumeMet met{4.0, st, Terrain::Urban};
      const Sigmas s = briggs_sigmas(met.terrain, st, x);
      // The plume is a product f(y) g(z), so the double integral is (∫ C(y, H) dy)(∫ C(0, z) dz) / C(0, H):
      // two lines of the function itself (trapezoid rule over ±10 σ), not a re-derivation of it.
      const int n = 8001;
      const double y0 = -10.0 * s.y_m, dy = 20.0 * s.y_m / (n - 1);
      const double dz = (source.height_m + 10.0 * s.z_m) / (n - 1);
      double along_y = 0.0, along_z = 0.0;
      for (int i = 0; i < n; ++i) {
        const double w = (i == 0 || i == n - 1) ? 0.5 : 1.0;
        along_y += w * dy * plume_concentration_g_m3(source, met, {x, y0 + i * dy, source.height_m});
        along_z += w * dz * plume_concentration_g_m3(source, met, {x, 0.0, i * dz});
      }
      const double flux = met.u_m_s * along_y * along_z / plume_concentration_g_m3(source, met, {x, 0.0, source.height_m});
      EXPECT_NEAR(flux, source.q_g_s, 1e-6 * source.q_g_s) << stability_letter(st) << " x = " << x;
    }
  }
}

TEST(MonitorPlume, BadInputIsNamed) {
  const PlumeMet met{5.0, Stability::D, Terrain::Urban};
  EXPECT_NE(validate_plume({-1.0, 10.0}, met, {100, 0, 0}).find("q_g_s"), std::string::npos);
  EXPECT_NE(validate_plume({1.0, 10.0}, {0.0, Stability::D, Terrain::Urban}, {100, 0, 0}).find("u_m_s"), std::string::npos);
  EXPECT_NE(validate_plume({1.0, 10.0}, met, {100, 0, -2}).find("z_m"), std::string::npos);
  EXPECT_NE(validate_plume({1.0, std::nan("")}, met, {100, 0, 0}).find("h_m"), std::string::npos);
}

}  // namespace
}  // namespace twin::monitor
