// Calibration → JSON (calibration_json.hpp). Hand-written: the twin core has no JSON library.
#include "twin/calibration/calibration_json.hpp"

#include "twin/json_text/json_text.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace twin::calibration {
namespace {

using emissions::Carrier;
using emissions::kCarrierCount;
using emissions::kSectorCount;

void num(std::string* out, double v) { *out += json_text::shortest_number(v); }

void str(std::string* out, const std::string& s) { *out += json_text::quote(s); }

void key(std::string* out, const std::string& k) {
  str(out, k);
  *out += ':';
}

void gap(std::string* out, const GapTotal& g) {
  *out += "{\"observed_kwh\":";
  num(out, g.observed_kwh);
  *out += ",\"modelled_kwh\":";
  num(out, g.modelled_kwh);
  *out += ",\"gap_kwh\":";
  num(out, g.gap_kwh);
  *out += ",\"relative_gap\":";
  if (g.has_relative_gap) num(out, g.relative_gap);
  else *out += "null";
  *out += '}';
}

void by_sector_t(std::string* out, const emissions::EmissionsBySectorScope& e) {
  *out += '{';
  for (int s = 0; s < kSectorCount; ++s) {
    if (s) *out += ',';
    key(out, emissions::to_string(static_cast<emissions::Sector>(s)));
    num(out, e.sector_t(static_cast<emissions::Sector>(s)));
  }
  *out += '}';
}

void matrix(std::string* out, const std::array<std::array<double, kCarrierCount>, kSectorCount>& m) {
  *out += '{';
  for (int s = 0; s < kSectorCount; ++s) {
    if (s) *out += ',';
    key(out, emissions::to_string(static_cast<emissions::Sector>(s)));
    *out += '{';
    for (int c = 0; c < kCarrierCount; ++c) {
      if (c) *out += ',';
      key(out, emissions::to_string(static_cast<Carrier>(c)));
      num(out, m[s][c]);
    }
    *out += '}';
  }
  *out += '}';
}

void meter(std::string* out, const MeterComparison& m) {
  *out += "{\"building_key\":";
  str(out, m.building_key);
  *out += ",\"building_index\":" + std::to_string(m.building);
  *out += ",\"carrier\":";
  str(out, emissions::to_string(m.carrier));
  *out += ",\"hours_read\":" + std::to_string(m.hours_read);
  *out += ",\"hours_compared\":" + std::to_string(m.hours_compared);
  *out += ",\"empty_hours\":" + std::to_string(m.empty_hours);
  *out += ",\"feb29_hours_skipped\":" + std::to_string(m.feb29_hours);
  *out += ",\"measured_kwh\":";
  num(out, m.measured_kwh);
  *out += ",\"simulated_kwh\":";
  num(out, m.simulated_kwh);
  *out += ",\"cv_rmse_pct\":";
  if (m.stats.valid) num(out, m.stats.cv_rmse_pct);
  else *out += "null";
  *out += ",\"nmbe_pct\":";
  if (m.stats.valid) num(out, m.stats.nmbe_pct);
  else *out += "null";
  *out += ",\"passes\":";
  *out += m.stats.valid ? (m.stats.passes ? "true" : "false") : "null";
  *out += '}';
}

}  // namespace

std::string calibration_json(const CalibrationResult& r, const EnergyBalance& balance,
                             const std::vector<MeterComparison>& meters) {
  std::string o = "{\"cells\":[";
  for (std::size_t i = 0; i < r.cells.size(); ++i) {
    const CellComparison& c = r.cells[i];
    if (i) o += ',';
    o += "{\"sector\":";
    str(&o, to_string(c.sector));
    o += ",\"carrier\":";
    str(&o, emissions::to_string(c.carrier));
    o += ",\"observed\":";
    o += c.observed ? "true" : "false";
    const BalanceCell& cell = balance.at(c.sector, c.carrier);
    o += ",\"table_value\":";
    if (cell.reported) num(&o, cell.value);
    else o += "null";
    o += ",\"table_unit\":";
    if (cell.reported) str(&o, cell.unit);
    else o += "null";
    o += ",\"observed_kwh\":";
    if (c.observed) num(&o, c.observed_kwh);
    else o += "null";
    o += ",\"modelled_kwh\":";
    num(&o, c.modelled_kwh);
    o += ",\"gap_kwh\":";
    if (c.observed) num(&o, c.gap_kwh);
    else o += "null";
    o += ",\"relative_gap\":";
    if (c.has_relative_gap) num(&o, c.relative_gap);
    else o += "null";
    o += ",\"rule\":";
    str(&o, to_string(c.rule));
    o += ",\"factor\":";
    num(&o, c.factor);
    o += ",\"calibrated_kwh\":";
    num(&o, c.calibrated_kwh);
    o += '}';
  }
  o += "],\"gap_by_sector\":{";
  bool first = true;
  for (int s = 0; s < kBalanceSectorCount; ++s) {
    emissions::Sector twin_sector;
    if (!twin_sector_of(static_cast<BalanceSector>(s), &twin_sector)) continue;
    if (!first) o += ',';
    first = false;
    key(&o, to_string(static_cast<BalanceSector>(s)));
    gap(&o, r.by_sector[s]);
  }
  o += "},\"gap_by_carrier\":{";
  for (int c = 0; c < kCarrierCount; ++c) {
    if (c) o += ',';
    key(&o, emissions::to_string(static_cast<Carrier>(c)));
    gap(&o, r.by_carrier[c]);
  }
  o += "},\"gap_total\":";
  gap(&o, r.total);
  o += ",\"factors\":";
  matrix(&o, r.factors.factor);
  o += ",\"added_kwh\":";
  matrix(&o, r.factors.added_kwh);
  o += ",\"emissions_t\":{\"modelled\":";
  by_sector_t(&o, r.modelled_emissions);
  o += ",\"calibrated\":";
  by_sector_t(&o, r.calibrated_emissions);
  o += ",\"modelled_total\":";
  num(&o, r.modelled_emissions.total_t());
  o += ",\"calibrated_total\":";
  num(&o, r.calibrated_emissions.total_t());
  o += "},\"energy_supply_kwh\":";
  if (balance.has_row[static_cast<int>(BalanceSector::EnergySupply)]) {
    o += '{';
    for (int c = 0; c < kCarrierCount; ++c) {
      if (c) o += ',';
      key(&o, emissions::to_string(static_cast<Carrier>(c)));
      if (balance.at(BalanceSector::EnergySupply, static_cast<Carrier>(c)).reported) num(&o, r.energy_supply_kwh[c]);
      else o += "null";
    }
    o += '}';
  } else {
    o += "null";
  }
  o += ",\"meters\":{\"statistics\":\"ASHRAE Guideline 14-2014 §5.2.11.3, p = 0\",\"cv_rmse_limit_pct\":";
  num(&o, kHourlyCvRmseLimitPct);
  o += ",\"nmbe_limit_pct\":";
  num(&o, kHourlyNmbeLimitPct);
  o += ",\"buildings\":[";
  for (std::size_t i = 0; i < meters.size(); ++i) {
    if (i) o += ',';
    meter(&o, meters[i]);
  }
  o += "]}}";
  return o;
}

}  // namespace twin::calibration
