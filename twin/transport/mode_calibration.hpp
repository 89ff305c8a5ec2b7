// Calibration of the mode-choice constants to base-year mode shares (the usual last step of a
// logit model transferred to a new city: keep the time and cost coefficients, adjust the ASCs).
//
// Each round runs the whole demand model (so distribution reacts to the logsum) and updates
//   ASC_m ← ASC_m + ln(target_m / model_m)   for every mode but walk (the reference, ASC = 0),
// which is the standard fixed-point iteration (Ortúzar & Willumsen, Modelling Transport, §9.4
// "Calibration of the ASCs"). Stops when every share is within `tolerance` (absolute) of its target.
// The stored ASCs in assets/transport/mode_choice_parameters.csv came from this function on the
// default city (tests/twin/transport/mode_calibration_test.cpp reproduces them).
#pragma once

#include <array>
#include <string>

#include "twin/transport/demand.hpp"

namespace twin::transport {

struct ModeConstantCalibration {
  std::string error;
  std::array<double, kModeCount> asc{};    // final constants
  std::array<double, kModeCount> share{};  // shares with them
  int rounds = 0;
  double max_abs_share_error = 0.0;
  bool converged = false;
};

ModeConstantCalibration calibrate_mode_constants(const DemandInputs& in, const DemandParameters& p, int max_rounds,
                                                 double tolerance);

}  // namespace twin::transport
