// solve_lp (Clp) against LPs solved by hand, and its handling of infeasible, unbounded and malformed input.
#include <gtest/gtest.h>

#include <limits>

#include "optimise/lp.hpp"

namespace optimise {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

TEST(OptimiseLp, TwoVariableLpEqualsItsHandSolution) {
  // maximise 3x + 2y  s.t.  x + y ≤ 4,  x + 3y ≤ 6,  0 ≤ x ≤ 3,  y ≥ 0   (minimise −3x − 2y).
  // Vertices of the feasible polygon: (0,0) → 0, (3,0) → 9, (3,1) → 11, (1.5,1.5) → 7.5, (0,2) → 4.
  // The best is (3, 1) with 3·3 + 2·1 = 11: x + y = 4 binds, x + 3y = 6 does not (3 + 3 = 6: binds too,
  // a degenerate vertex where x ≤ 3 also binds).
  LpProblem p;
  p.objective = {-3.0, -2.0};
  p.column_lower = {0.0, 0.0};
  p.column_upper = {3.0, kInf};
  p.rows = {{"x+y<=4", {1.0, 1.0}, -kInf, 4.0}, {"x+3y<=6", {1.0, 3.0}, -kInf, 6.0}};
  const LpSolution s = solve_lp(p);
  ASSERT_EQ(s.status, LpStatus::Optimal) << s.message;
  EXPECT_NEAR(s.x[0], 3.0, 1e-9);
  EXPECT_NEAR(s.x[1], 1.0, 1e-9);
  EXPECT_NEAR(s.objective, -11.0, 1e-9);
}

TEST(OptimiseLp, CheapestMixMeetingAnAbatementTarget) {
  // Two measures abate 4 t and 1 t per unit at 10 and 2 yuan per unit (2.5 and 2 yuan/t), each at most 1 unit;
  // abate ≥ 4.5 t at least cost. The cheaper per tonne goes first: b = 1 (1 t, 2 yuan), then a = 3.5/4 = 0.875
  // (3.5 t, 8.75 yuan); total 10.75 yuan.
  LpProblem p;
  p.objective = {10.0, 2.0};
  p.column_lower = {0.0, 0.0};
  p.column_upper = {1.0, 1.0};
  p.rows = {{"abatement>=4.5", {4.0, 1.0}, 4.5, kInf}};
  const LpSolution s = solve_lp(p);
  ASSERT_EQ(s.status, LpStatus::Optimal) << s.message;
  EXPECT_NEAR(s.x[0], 0.875, 1e-9);
  EXPECT_NEAR(s.x[1], 1.0, 1e-9);
  EXPECT_NEAR(s.objective, 10.75, 1e-9);
}

TEST(OptimiseLp, InfeasibleAndUnboundedAreReported) {
  LpProblem p;  // x ≤ 1 as a bound, x ≥ 2 as a row: no solution
  p.objective = {1.0};
  p.column_lower = {0.0};
  p.column_upper = {1.0};
  p.rows = {{"x>=2", {1.0}, 2.0, kInf}};
  EXPECT_EQ(solve_lp(p).status, LpStatus::Infeasible);
  LpProblem u;  // minimise −x with x ≥ 0 unbounded above
  u.objective = {-1.0};
  u.column_lower = {0.0};
  u.column_upper = {kInf};
  EXPECT_EQ(solve_lp(u).status, LpStatus::Unbounded);
}

TEST(OptimiseLp, MalformedProblemsNameThePlace) {
  LpProblem p;
  p.objective = {1.0, 2.0};
  p.column_lower = {0.0, 0.0};
  p.column_upper = {1.0, 1.0};
  p.rows = {{"short", {1.0}, 0.0, 1.0}};
  LpSolution s = solve_lp(p);
  EXPECT_EQ(s.status, LpStatus::Failed);
  EXPECT_NE(s.message.find("row 0 (short)"), std::string::npos) << s.message;
  p.rows = {{"nan", {1.0, std::numeric_limits<double>::quiet_NaN()}, 0.0, 1.0}};
  s = solve_lp(p);
  EXPECT_EQ(s.status, LpStatus::Failed);
  EXPECT_NE(s.message.find("not finite"), std::string::npos) << s.message;
  p.rows.clear();
  p.column_lower[1] = 2.0;
  s = solve_lp(p);
  EXPECT_EQ(s.status, LpStatus::Failed);
  EXPECT_NE(s.message.find("column 1"), std::string::npos) << s.message;
}

}  // namespace
}  // namespace optimise
