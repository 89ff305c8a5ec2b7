// Gap and calibration factors (calibration.hpp; the rules in docs/calibration.md).
#include "twin/calibration/calibration.hpp"

namespace twin::calibration {

using emissions::Carrier;
using emissions::kCarrierCount;
using emissions::kSectorCount;

const char* to_string(CellRule rule) {
  switch (rule) {
    case CellRule::NotObserved: return "not_observed";
    case CellRule::Scaled: return "scaled";
    case CellRule::Zeroed: return "zeroed";
    case CellRule::Unmodelled: return "unmodelled";
    case CellRule::BothZero: return "both_zero";
    case CellRule::Count: break;
  }
  return "unknown";
}

CalibrationFactors::CalibrationFactors() {
  for (auto& row : factor) row.fill(1.0);
}

namespace {

void add_to(GapTotal* t, const CellComparison& c) {
  if (!c.observed) return;
  t->observed_kwh += c.observed_kwh;
  t->modelled_kwh += c.modelled_kwh;
}

void finish(GapTotal* t) {
  t->gap_kwh = t->observed_kwh - t->modelled_kwh;
  t->has_relative_gap = t->modelled_kwh > 0.0;
  t->relative_gap = t->has_relative_gap ? t->gap_kwh / t->modelled_kwh : 0.0;
}

}  // namespace

CalibrationResult calibrate(const EnergyBalance& balance, const emissions::EnergyBySectorCarrier& modelled,
                            const emissions::FactorSet& factors) {
  CalibrationResult r;
  r.modelled = modelled;
  r.calibrated = modelled;
  for (int bs = 0; bs < kBalanceSectorCount; ++bs) {
    const auto bsector = static_cast<BalanceSector>(bs);
    emissions::Sector sector;
    if (!twin_sector_of(bsector, &sector)) {
      for (int c = 0; c < kCarrierCount; ++c) r.energy_supply_kwh[c] = balance.cells[bs][c].energy_kwh;
      continue;
    }
    const int s = static_cast<int>(sector);
    for (int c = 0; c < kCarrierCount; ++c) {
      const BalanceCell& cell = balance.cells[bs][c];
      CellComparison cmp;
      cmp.sector = bsector;
      cmp.carrier = static_cast<Carrier>(c);
      cmp.modelled_kwh = modelled.energy_kwh[s][c];
      cmp.observed = cell.reported;
      if (!cell.reported) {
        cmp.rule = CellRule::NotObserved;
      } else {
        cmp.observed_kwh = cell.energy_kwh;
        cmp.gap_kwh = cmp.observed_kwh - cmp.modelled_kwh;
        cmp.has_relative_gap = cmp.modelled_kwh > 0.0;
        cmp.relative_gap = cmp.has_relative_gap ? cmp.gap_kwh / cmp.modelled_kwh : 0.0;
        if (cmp.modelled_kwh > 0.0) {
          cmp.rule = cmp.observed_kwh > 0.0 ? CellRule::Scaled : CellRule::Zeroed;
          cmp.factor = cmp.observed_kwh / cmp.modelled_kwh;
        } else {
          cmp.rule = cmp.observed_kwh > 0.0 ? CellRule::Unmodelled : CellRule::BothZero;
          if (cmp.rule == CellRule::Unmodelled) r.factors.added_kwh[s][c] = cmp.observed_kwh;
        }
      }
      r.factors.factor[s][c] = cmp.factor;
      cmp.calibrated_kwh = cmp.factor * cmp.modelled_kwh + r.factors.added_kwh[s][c];
      r.calibrated.energy_kwh[s][c] = cmp.calibrated_kwh;
      add_to(&r.by_sector[bs], cmp);
      add_to(&r.by_carrier[c], cmp);
      add_to(&r.total, cmp);
      r.cells.push_back(cmp);
    }
  }
  for (GapTotal& t : r.by_sector) finish(&t);
  for (GapTotal& t : r.by_carrier) finish(&t);
  finish(&r.total);
  r.modelled_emissions = emissions::account(r.modelled, factors);
  r.calibrated_emissions = emissions::account(r.calibrated, factors);
  return r;
}

emissions::EnergyBySectorCarrier apply_calibration(const CalibrationFactors& factors,
                                                   const emissions::EnergyBySectorCarrier& energy) {
  emissions::EnergyBySectorCarrier out;
  for (int s = 0; s < kSectorCount; ++s)
    for (int c = 0; c < kCarrierCount; ++c)
      out.energy_kwh[s][c] = factors.factor[s][c] * energy.energy_kwh[s][c] + factors.added_kwh[s][c];
  return out;
}

}  // namespace twin::calibration
