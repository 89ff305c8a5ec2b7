#include "twin/transport/mode_calibration.hpp"

#include <algorithm>
#include <cmath>

#include "twin/pathway/det_math.hpp"

namespace twin::transport {

ModeConstantCalibration calibrate_mode_constants(const DemandInputs& in, const DemandParameters& p, int max_rounds,
                                                 double tolerance) {
  ModeConstantCalibration cal;
  DemandParameters q = p;
  DemandInputs run_in = in;
  for (int round = 1; round <= max_rounds; ++round) {
    const DemandResult r = run_travel_demand(run_in, q);
    if (!r.error.empty()) {
      cal.error = r.error;
      return cal;
    }
    cal.rounds = round;
    cal.asc = q.mode.asc;
    cal.share = r.mode_share;
    cal.max_abs_share_error = 0.0;
    for (int m = 0; m < kModeCount; ++m) {
      cal.max_abs_share_error = std::max(cal.max_abs_share_error, std::fabs(r.mode_share[m] - q.mode.target_share[m]));
    }
    if (cal.max_abs_share_error <= tolerance) {
      cal.converged = true;
      return cal;
    }
    for (int m = 1; m < kModeCount; ++m) {  // mode 0 (walk) is the reference
      if (q.mode.target_share[m] > 0.0 && r.mode_share[m] > 0.0) {
        q.mode.asc[m] += pathway::det_log(q.mode.target_share[m] / r.mode_share[m]) -
                         pathway::det_log(q.mode.target_share[0] / r.mode_share[0]);
      }
    }
    for (int k = 0; k < kPurposeCount; ++k) run_in.beta_guess_per_min[k] = r.purpose[k].beta_per_min;
  }
  return cal;
}

}  // namespace twin::transport
