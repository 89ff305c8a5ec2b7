// The footprint operator (twin/monitor/footprint.hpp): one cell far downwind equals the point-source plume
// of the same rate; upwind gives 0; a receptor inside its cell is finite; the column form equals the
// closed-form crosswind integral; ⟨Hx, y⟩ = ⟨x, Hᵀy⟩ for the dense and matrix-free forms; the sparse H
// equals the dense H on the kept entries.
#include "twin/monitor/footprint.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <stdexcept>

#include "twin/monitor/plume.hpp"

namespace twin::monitor {
namespace {

constexpr double kQ1 = 1e6 / 8760.0 / 3600.0;  // 1 tCO2/yr in g/s = 0.0317097… g/s

// g/m³ → ppm at T, p: C / M_CO2 / (p / R T) · 1e6.
double to_ppm(double c_g_m3, double t_k, double p_pa) {
  return c_g_m3 / 44.010 / (p_pa / (8.314462618 * t_k)) * 1e6;
}

FootprintInputs one_cell(int sub) {
  FootprintInputs in;
  in.grid = {-50.0, -50.0, 100.0, 1, 1};  // one 100 m cell centred on the origin
  in.release_height_m = {0.0};
  HourMet m;
  m.u10_m_s = 5.0;
  m.wind_from_deg = 270.0;  // from the west: downwind is +x
  m.stability = Stability::D;
  m.temperature_k = 288.15;
  m.pressure_pa = 101325.0;
  in.met = {m};
  in.subpoints_per_side = sub;
  return in;
}

TEST(MonitorFootprint, SingleCellFarDownwindEqualsPointPlume) {
  PlumeMet pm{5.0, Stability::D, Terrain::Urban};  // h = 0 → the 10-m wind
  const double point = plume_concentration_g_m3({kQ1, 0.0}, pm, {5000.0, 30.0, 2.0});
  const double expected = to_ppm(point, 288.15, 101325.0);
  FootprintInputs in = one_cell(1);  // one sub-point at the centre: the point source exactly
  in.receptors = {{5000.0, 30.0, 2.0, 0}};
  EXPECT_NEAR(footprint_entry(in, 0, 0), expected, 1e-12 * expected);
  // With 4 × 4 sub-points: beyond 16 cells downwind the cell is its centre (footprint.hpp), so equal again.
  FootprintInputs in4 = one_cell(4);
  in4.receptors = in.receptors;
  EXPECT_NEAR(footprint_entry(in4, 0, 0), expected, 1e-12 * expected);
  // At 1 km (10 cells: 2 × 2 sub-points at ±25 m; σy = 0.16·1000/√1.4 = 135.2 m) the crosswind offsets
  // alone give e^(−25²/(2·135.2²)) = 0.983 of the centreline: the area source is 1–3 % below the point.
  const double point_1km = to_ppm(plume_concentration_g_m3({kQ1, 0.0}, pm, {1000.0, 0.0, 2.0}), 288.15, 101325.0);
  in4.receptors = {{1000.0, 0.0, 2.0, 0}};
  const double area_1km = footprint_entry(in4, 0, 0);
  EXPECT_LT(area_1km, 0.99 * point_1km);
  EXPECT_GT(area_1km, 0.97 * point_1km);
  EXPECT_GT(expected, 0.0);
}

TEST(MonitorFootprint, UpwindIsZeroInsideIsFinite) {
  FootprintInputs in = one_cell(4);
  in.receptors = {{-5000.0, 0.0, 2.0, 0}, {-60.0, 0.0, 2.0, 0}, {10.0, 10.0, 2.0, 0}, {60.0, 0.0, 2.0, 0}};
  EXPECT_EQ(footprint_entry(in, 0, 0), 0.0);
  EXPECT_EQ(footprint_entry(in, 1, 0), 0.0);
  const double inside = footprint_entry(in, 2, 0), edge = footprint_entry(in, 3, 0);
  EXPECT_TRUE(std::isfinite(inside));
  EXPECT_GT(inside, 0.0);
  EXPECT_GT(edge, 0.0);
}

TEST(MonitorFootprint, ColumnEqualsClosedFormCrosswindIntegral) {
  FootprintInputs in = one_cell(1);
  in.receptors = {{3000.0, 100.0, -1.0, 0}};
  // ∫ C dz = Q / (√(2π) u σy) e^(−y²/2σy²); air column = p / (g M_air) mol/m².
  const Sigmas s = briggs_sigmas(Terrain::Urban, Stability::D, 3000.0);
  const double col_g_m2 = kQ1 / (std::sqrt(2.0 * 3.14159265358979323846) * 5.0 * s.y_m) * std::exp(-100.0 * 100.0 / (2.0 * s.y_m * s.y_m));
  const double air = 101325.0 / (9.80665 * 0.0289647);
  const double expected = col_g_m2 / 44.010 / air * 1e6;
  EXPECT_NEAR(footprint_entry(in, 0, 0), expected, 1e-12 * expected);
}

FootprintInputs small_city() {
  FootprintInputs in;
  in.grid = {0.0, 0.0, 500.0, 6, 5};
  in.release_height_m.assign(30, 0.0);
  in.release_height_m[7] = 60.0;  // one stack
  const double dirs[3] = {270.0, 200.0, 45.0};
  const Stability st[3] = {Stability::D, Stability::B, Stability::F};
  for (int h = 0; h < 3; ++h) {
    HourMet m;
    m.u10_m_s = 2.0 + h;
    m.wind_from_deg = dirs[h];
    m.stability = st[h];
    in.met.push_back(m);
  }
  in.profiles = {std::vector<double>{1.0, 1.5, 0.5}, std::vector<double>{1.0, 1.0, 1.0}};
  in.cell_profile.assign(30, 1);
  for (int c = 0; c < 10; ++c) in.cell_profile[c] = 0;
  for (int r = 0; r < 12; ++r)
    in.receptors.push_back({250.0 + 230.0 * r, 300.0 + 170.0 * (r % 5), r % 4 == 3 ? -1.0 : 3.0, r % 3});
  return in;
}

TEST(MonitorFootprint, AdjointIsTheTransposeDenseAndOperator) {
  const FootprintInputs in = small_city();
  const Eigen::MatrixXd H = build_footprint_dense(in);
  ASSERT_EQ(H.rows(), 12);
  ASSERT_EQ(H.cols(), 30);
  EXPECT_GT(H.maxCoeff(), 0.0);
  std::mt19937_64 rng(11);
  std::uniform_real_distribution<double> u(-1.0, 1.0);
  Eigen::VectorXd x(30), y(12);
  for (auto& v : x) v = 1e5 * u(rng);
  for (auto& v : y) v = u(rng);
  const double lhs = (H * x).dot(y), rhs = x.dot(H.transpose() * y);
  EXPECT_NEAR(lhs, rhs, 1e-12 * std::fabs(lhs));
  const FootprintOperator op(in);
  const Eigen::VectorXd hx = op.apply_forward(x), hty = op.apply_adjoint(y);
  EXPECT_NEAR(hx.dot(y), x.dot(hty), 1e-12 * std::fabs(lhs));
  EXPECT_LE((hx - H * x).cwiseAbs().maxCoeff(), 1e-12 * (H * x).cwiseAbs().maxCoeff());
  EXPECT_LE((hty - H.transpose() * y).cwiseAbs().maxCoeff(), 1e-12 * (H.transpose() * y).cwiseAbs().maxCoeff());
}

TEST(MonitorFootprint, SparseEqualsDenseOnKeptEntries) {
  const FootprintInputs in = small_city();
  const Eigen::MatrixXd H = build_footprint_dense(in);
  const double drop = 1e-3;
  const auto S = build_footprint_sparse(in, drop);
  const Eigen::MatrixXd Sd = Eigen::MatrixXd(S);
  int kept = 0;
  for (Eigen::Index r = 0; r < H.rows(); ++r) {
    const double row_max = H.row(r).cwiseAbs().maxCoeff();
    for (Eigen::Index c = 0; c < H.cols(); ++c) {
      if (std::fabs(H(r, c)) >= drop * row_max && H(r, c) != 0.0) {
        EXPECT_EQ(Sd(r, c), H(r, c)) << r << "," << c;
        ++kept;
      } else {
        EXPECT_EQ(Sd(r, c), 0.0) << r << "," << c;
      }
    }
  }
  EXPECT_EQ(kept, S.nonZeros());
  EXPECT_GT(kept, 0);
}

TEST(MonitorFootprint, BadInputNamesTheField) {
  FootprintInputs in = small_city();
  in.receptors[2].hour = 7;
  const std::string e = validate_footprint(in);
  EXPECT_NE(e.find("receptors[2].hour = 7"), std::string::npos) << e;
  EXPECT_EQ(build_footprint_dense(in).size(), 0);  // no exception, no partial matrix
  in = small_city();
  in.release_height_m[3] = std::nan("");
  EXPECT_NE(validate_footprint(in), "");
  EXPECT_EQ(build_footprint_sparse(in).nonZeros(), 0);
  EXPECT_EQ(build_footprint_sparse(in).rows(), 0);
  EXPECT_EQ(build_footprint_sparse(small_city(), 1.5).rows(), 0);  // relative_drop outside [0, 1)
  in = small_city();
  in.profiles[1][2] = -1.0;
  const FootprintOperator op{in};
  EXPECT_NE(op.error(), "");
  EXPECT_EQ(op.apply_forward(Eigen::VectorXd::Ones(static_cast<Eigen::Index>(op.cols()))).size(), 0);
  const FootprintOperator good{small_city()};
  EXPECT_EQ(good.error(), "");
  EXPECT_EQ(good.apply_forward(Eigen::VectorXd::Ones(3)).size(), 0);  // wrong length
}

}  // namespace
}  // namespace twin::monitor
