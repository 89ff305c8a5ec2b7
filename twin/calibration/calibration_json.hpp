// The one serialiser of a calibration (for `carbontwin calibrate` and, through the wasm API, the
// page): the gap by cell, sector, carrier and in total, the factors with the rule that made each, the
// modelled and calibrated emissions, the energy supply row, and the meter comparisons. A string only;
// the caller writes it where it wants. Layout in docs/calibration.md, "Report".
#pragma once

#include <string>
#include <vector>

#include "twin/calibration/calibration.hpp"
#include "twin/calibration/meters.hpp"

namespace twin::calibration {

// A JSON object (no surrounding braces' caller context needed): {"cells": […], "gap_by_sector": {…},
// "gap_by_carrier": {…}, "gap_total": GAP, "factors": {sector: {carrier: f}}, "added_kwh": {…},
// "emissions_t": {"modelled": {sector: t}, "calibrated": {…}, "modelled_total", "calibrated_total"},
// "energy_supply_kwh": {carrier: kWh} | null, "meters": {…}}. Numbers with the fewest digits that
// read back to the same double; undefined values (a relative gap over zero model energy) are null.
std::string calibration_json(const CalibrationResult& result, const EnergyBalance& balance,
                             const std::vector<MeterComparison>& meters);

}  // namespace twin::calibration
