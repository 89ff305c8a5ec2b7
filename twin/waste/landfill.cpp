// First-order decay and mass balance of landfill methane (see landfill.hpp).
#include "twin/waste/landfill.hpp"

#include <cassert>
#include <cmath>

#include "twin/pathway/det_math.hpp"

namespace twin::waste {
namespace {

constexpr double kCh4PerC = 16.0 / 12.0;  // molecular weight ratio CH4/C (IPCC Eq. 3.3)

bool valid(const LandfillParams& p) {
  auto share = [](double v) { return std::isfinite(v) && v >= 0.0 && v <= 1.0; };
  return share(p.doc) && share(p.docf) && share(p.mcf) && share(p.f_ch4) && share(p.ox) &&
         share(p.recovery_share) && std::isfinite(p.k_per_yr) && p.k_per_yr >= 0.0;
}

double ddocm_of(double deposited_t, const LandfillParams& p) { return deposited_t * p.doc * p.docf * p.mcf; }

}  // namespace

double ch4_t_per_ddocm_t(const LandfillParams& params) { return params.f_ch4 * kCh4PerC; }

LandfillYear landfill_year(LandfillState& state, double deposited_t, const LandfillParams& params) {
  assert(valid(params) && "landfill_year: parameters out of range");
  assert(std::isfinite(deposited_t) && deposited_t >= 0.0 && "landfill_year: bad deposit");
  LandfillYear y;
  y.deposited_t = deposited_t;
  y.ddocm_deposited_t = ddocm_of(deposited_t, params);
  if (params.method == LandfillMethod::MassBalance) {
    y.ddocm_decomposed_t = y.ddocm_deposited_t;
  } else {
    const double decay = pathway::det_exp(-params.k_per_yr);
    y.ddocm_decomposed_t = state.ddocm_stock_t * (1.0 - decay);
    state.ddocm_stock_t = state.ddocm_stock_t * decay + y.ddocm_deposited_t;
  }
  y.emitted_ch4_per_ddocm = ch4_t_per_ddocm_t(params) * (1.0 - params.recovery_share) * (1.0 - params.ox);
  y.ch4_generated_t = y.ddocm_decomposed_t * ch4_t_per_ddocm_t(params);
  y.ch4_recovered_t = y.ch4_generated_t * params.recovery_share;
  y.ch4_oxidised_t = (y.ch4_generated_t - y.ch4_recovered_t) * params.ox;
  // The emitted CH4 is the row's activity × factor, so that the row and this figure are one number.
  y.ch4_emitted_t = y.ddocm_decomposed_t * y.emitted_ch4_per_ddocm;
  return y;
}

LandfillState landfill_stock_from_history(double base_year_deposit_t, int history_years, double growth_per_yr,
                                          const LandfillParams& params) {
  assert(valid(params) && "landfill_stock_from_history: parameters out of range");
  assert(history_years >= 0 && growth_per_yr > -1.0 && "landfill_stock_from_history: bad history");
  LandfillState state;
  if (params.method == LandfillMethod::MassBalance || history_years == 0) return state;
  const double decay = pathway::det_exp(-params.k_per_yr);
  // Oldest deposit first: year base − history_years … base − 1; each enters the stock at the end of
  // its year and decays in every later year before the base year.
  double deposit_t = base_year_deposit_t;
  for (int j = 0; j < history_years; ++j) deposit_t /= (1.0 + growth_per_yr);  // base − history_years
  for (int j = history_years; j >= 1; --j) {
    state.ddocm_stock_t = state.ddocm_stock_t * decay + ddocm_of(deposit_t, params);
    deposit_t *= (1.0 + growth_per_yr);
  }
  return state;
}

}  // namespace twin::waste
