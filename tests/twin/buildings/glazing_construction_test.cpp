// Glazing optics and construction discretisation against closed forms and ASHRAE 140 data.
#include <gtest/gtest.h>

#include <cmath>

#include "twin/buildings/construction.hpp"
#include "twin/buildings/glazing.hpp"
#include "twin/buildings/zone_network.hpp"
#include "twin/buildings/zone_spec.hpp"

namespace twin::buildings {
namespace {

TEST(ZoneGlazing, SinglePaneReproducesItsNormalProperties) {
  Glazing g;
  g.pane_count = 1;
  const GlazingOptics o = glazing_optics(g, 0);
  EXPECT_NEAR(o.transmittance, 0.86156, 1e-9);  // the input, recovered through τ_a
  EXPECT_NEAR(o.reflectance, 0.07846, 2e-4);     // the IDF's measured value, from n = 1.526
  EXPECT_NEAR(o.transmittance + o.reflectance + o.absorbed_outer, 1.0, 1e-12);
}

TEST(ZoneGlazing, DoublePaneMatchesAshrae140Window) {
  // ASHRAE 140 double-pane clear window at normal incidence: τ 0.747, panes absorb 0.064, 0.052.
  const GlazingOptics o = glazing_optics(Glazing{}, 0);
  EXPECT_NEAR(o.transmittance, 0.747, 5e-4);
  EXPECT_NEAR(o.absorbed_outer, 0.064, 5e-4);
  EXPECT_NEAR(o.absorbed_inner, 0.052, 5e-4);
  EXPECT_NEAR(o.transmittance + o.reflectance + o.absorbed_outer + o.absorbed_inner, 1.0, 1e-12);
  const GlazingOptics inside = glazing_optics(Glazing{}, 0, true);  // reversed: panes swap
  EXPECT_NEAR(inside.absorbed_outer, o.absorbed_inner, 1e-12);
  double previous = 1;
  for (double angle = 0; angle <= 90; angle += 5) {  // transmittance falls monotonically to 0
    const double tau = glazing_optics(Glazing{}, angle).transmittance;
    EXPECT_LE(tau, previous + 1e-12);
    previous = tau;
  }
  EXPECT_EQ(glazing_optics(Glazing{}, 90).transmittance, 0.0);
}

TEST(ZoneConstruction, LayeredChainConservesResistanceAndCapacity) {
  const ZoneSpec spec = bestest_case900_spec();
  for (const Construction* c : {&spec.walls[0], &spec.roof, &spec.floor}) {
    for (double dt_s : {3600.0, 900.0, 60.0}) {
      const NodeChain chain = discretise_construction(*c, dt_s);
      double r = 0, kappa = 0;
      for (double g : chain.link_conductance_w_per_m2k) r += 1 / g;
      for (double k : chain.node_capacity_j_per_m2k) kappa += k;
      EXPECT_NEAR(r, construction_resistance_m2k_per_w(*c), 1e-12 * r);
      EXPECT_NEAR(kappa, construction_heat_capacity_j_per_m2k(*c), 1e-9 * kappa);
      EXPECT_EQ(chain.node_capacity_j_per_m2k.size(), chain.link_conductance_w_per_m2k.size() + 1);
    }
  }
  // 100 mm concrete block at 15-minute steps: split finer than one node per layer.
  EXPECT_GT(discretise_construction(spec.walls[0], 900).node_capacity_j_per_m2k.size(), 5u);
}

TEST(ZoneConstruction, SimplifiedFiveNodeElementFollowsIso52016) {
  Construction c;
  c.u_value_w_per_m2k = 0.5;
  c.areal_heat_capacity_j_per_m2k = 80000;
  const double r_c = 1 / 0.5 - 0.17;  // ISO 52016-1 eq. (69) with ISO 6946 R_si + R_se
  for (MassClass m : {MassClass::kInternal, MassClass::kExternal, MassClass::kSplit, MassClass::kDistributed,
                      MassClass::kCentral}) {
    c.mass_class = m;
    const NodeChain chain = discretise_construction(c, 900);
    ASSERT_EQ(chain.node_capacity_j_per_m2k.size(), 5u);
    EXPECT_NEAR(chain.link_conductance_w_per_m2k[0], 6 / r_c, 1e-12);
    EXPECT_NEAR(chain.link_conductance_w_per_m2k[1], 3 / r_c, 1e-12);
    double kappa = 0;
    for (double k : chain.node_capacity_j_per_m2k) kappa += k;
    EXPECT_NEAR(kappa, 80000, 1e-9);
  }
  c.mass_class = MassClass::kDistributed;
  EXPECT_NEAR(discretise_construction(c, 900).node_capacity_j_per_m2k[0], 10000, 1e-9);  // κ/8
}

TEST(ZoneGlazing, Iso15099GapConductanceAtRestIsConductionPlusRadiation) {
  Glazing g;  // ASHRAE 140 double pane
  EXPECT_DOUBLE_EQ(glazing_conductance_w_per_m2k(g, 0, 20, 2), g.conductance_w_per_m2k);  // gap_width_m 0: fixed
  g.gap_width_m = 0.013;
  // Equal pane temperatures: Ra = 0, Nu = 1; k(283.15 K) = 2.873e-3 + 7.76e-5·T (ISO 15099 Annex B),
  // h_r = 4σT³/(2/0.84 − 1); two 3.175 mm panes of k 1.06 in series.
  const double t = 283.15, sigma = 5.670374419e-8;
  const double h_gap = (2.873e-3 + 7.76e-5 * t) / 0.013 + 4 * sigma * t * t * t / (2 / 0.84 - 1);
  EXPECT_NEAR(glazing_conductance_w_per_m2k(g, 10, 10, 2), 1 / (2 * 0.003175 / 1.06 + 1 / h_gap), 1e-9);
  // Cold night (−5 °C outside pane, 15 °C inside): below the specification's 6.068; a hot summer
  // window (35/45 °C) above it: radiation ∝ T³ and convection grows with ΔT.
  const double cold = glazing_conductance_w_per_m2k(g, -5, 15, 2), hot = glazing_conductance_w_per_m2k(g, 35, 45, 2);
  EXPECT_LT(cold, 6.068);
  EXPECT_GT(cold, 5.0);
  EXPECT_GT(hot, 6.068);
  EXPECT_LT(hot, 7.5);
  EXPECT_GT(glazing_conductance_w_per_m2k(g, 0, 20, 2), glazing_conductance_w_per_m2k(g, 9.9, 10.1, 2));
}

TEST(ZoneViewFactors, ClosedFormsMatchTheCubeAndSumToOneInTheBestestBox) {
  EXPECT_NEAR(view_factor_parallel(1, 1, 1), 0.19982, 1e-5);       // Incropera Fig. 13.4 / Howell C-11
  EXPECT_NEAR(view_factor_perpendicular(1, 1, 1), 0.20004, 1e-5);  // Howell C-14
  const double l = 8, d = 6, h = 2.7;  // ASHRAE 140 box
  EXPECT_NEAR(view_factor_parallel(l, d, h) + 2 * view_factor_perpendicular(l, d, h) + 2 * view_factor_perpendicular(d, l, h),
              1.0, 1e-12);  // floor → ceiling + four walls
  EXPECT_NEAR(view_factor_parallel(l, h, d) + 2 * view_factor_perpendicular(h, l, d) + 2 * view_factor_perpendicular(l, h, d),
              1.0, 1e-12);  // south wall → north + east/west + floor/ceiling
  // Reciprocity A_1 F_12 = A_2 F_21 for floor (l × d) and south wall (l × h).
  EXPECT_NEAR(l * d * view_factor_perpendicular(l, d, h), l * h * view_factor_perpendicular(l, h, d), 1e-12);
}

TEST(ZoneExteriorConvection, Doe2ModelLimits) {
  SurfaceCoefficients h;
  ExteriorConvectionFilm wall;  // south wall, rough
  wall.tilt_deg = 90;
  wall.azimuth_deg = 180;
  wall.height_m = 10;  // at the met height the wind profile is the identity
  wall.roughness_multiplier = 1.67;
  EXPECT_DOUBLE_EQ(exterior_convective_coefficient(h, wall, 5, 180, 2), h.exterior_convective);  // kFixed
  h.exterior_convection = ExteriorConvection::kDoe2;
  // Calm: natural convection only, Walton vertical 1.31 |ΔT|^⅓.
  EXPECT_NEAR(exterior_convective_coefficient(h, wall, 0, 0, -8), 1.31 * 2, 1e-12);
  // Windward (wind from the south): h_n + R_f(√(h_n² + (3.26 V^0.89)²) − h_n).
  const double hn = 1.31 * 2, forced = 3.26 * std::pow(5.0, 0.89);
  EXPECT_NEAR(exterior_convective_coefficient(h, wall, 5, 170, 8), hn + 1.67 * (std::hypot(hn, forced) - hn), 1e-12);
  const double leeward = exterior_convective_coefficient(h, wall, 5, 350, 8);
  EXPECT_NEAR(leeward, hn + 1.67 * (std::hypot(hn, 3.55 * std::pow(5.0, 0.617)) - hn), 1e-12);
  EXPECT_LT(leeward, exterior_convective_coefficient(h, wall, 5, 170, 8));
  ExteriorConvectionFilm glass = wall;
  glass.roughness_multiplier = 1.0;
  EXPECT_LT(exterior_convective_coefficient(h, glass, 5, 170, 8), exterior_convective_coefficient(h, wall, 5, 170, 8));
  // Lower on the surface than at 10 m: (z/10)^0.14 for the "country" profile.
  ExteriorConvectionFilm low = wall;
  low.height_m = 1.35;
  EXPECT_NEAR(exterior_convective_coefficient(h, low, 5, 170, 8),
              exterior_convective_coefficient(h, wall, 5 * std::pow(0.135, 0.14), 170, 8), 1e-9);
}

}  // namespace
}  // namespace twin::buildings
