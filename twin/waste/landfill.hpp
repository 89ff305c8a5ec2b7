// Landfill methane, IPCC 2006 Vol. 5 Ch. 3. First-order decay (Eq. 3.4–3.6 with the default reaction
// start M = 13: waste deposited in year T starts to decay on 1 January of T+1):
//   DDOCm_d(T)  = W(T) × DOC × DOCf × MCF                      decomposable DOC deposited, t
//   D(T)        = DDOCma(T−1) × (1 − e^(−k))                   decomposed in year T, t
//   DDOCma(T)   = DDOCma(T−1) × e^(−k) + DDOCm_d(T)            left at the end of year T, t
//   CH4_gen(T)  = D(T) × F × 16/12
//   CH4_emit(T) = (CH4_gen − R) × (1 − OX),  R = recovery share × CH4_gen
// Mass balance (IPCC 1996 default, the 2011 provincial guideline's method): D(T) = DDOCm_d(T), no stock.
// The stock is the state carried from one pathway year to the next; landfill_stock_from_history()
// gives the base year's stock from past deposits, since without history the FOD model would start
// at zero emissions. e^(−k) uses det_exp so native and wasm agree bit for bit.
#pragma once

#include "twin/waste/waste_params.hpp"

namespace twin::waste {

struct LandfillParams {
  double doc = 0.0, docf = 0.0, mcf = 0.0, f_ch4 = 0.0, ox = 0.0, k_per_yr = 0.0;
  double recovery_share = 0.0;
  LandfillMethod method = LandfillMethod::FirstOrderDecay;
};

// The decomposable degradable organic carbon (DDOCm) still in the city's landfills at the start of a
// year, t C.
struct LandfillState {
  double ddocm_stock_t = 0.0;
};

struct LandfillYear {
  double deposited_t = 0.0;         // wet waste landfilled this year
  double ddocm_deposited_t = 0.0;
  double ddocm_decomposed_t = 0.0;  // the activity of the CH4 row
  double ch4_generated_t = 0.0;
  double ch4_recovered_t = 0.0;
  double ch4_oxidised_t = 0.0;
  double ch4_emitted_t = 0.0;
  double emitted_ch4_per_ddocm = 0.0;  // F × 16/12 × (1 − R) × (1 − OX): the row's factor
};

// Advances `state` by one year in which `deposited_t` of wet waste is landfilled. Preconditions
// (asserted; validate inputs first): finite, non-negative amounts and parameters, shares in [0, 1].
LandfillYear landfill_year(LandfillState& state, double deposited_t, const LandfillParams& params);

// The stock at the start of the base year after `history_years` years of deposits that grew by
// `growth_per_yr` a year up to `base_year_deposit_t` (so the deposit j years before the base year is
// base_year_deposit_t / (1 + growth)^j). Zero for the mass-balance method.
LandfillState landfill_stock_from_history(double base_year_deposit_t, int history_years, double growth_per_yr,
                                          const LandfillParams& params);

// CH4 per t of decomposed DDOCm, before recovery and oxidation: F × 16/12.
double ch4_t_per_ddocm_t(const LandfillParams& params);

}  // namespace twin::waste
