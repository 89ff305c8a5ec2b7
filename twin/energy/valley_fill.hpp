// Valley filling ("water filling"): place an energy E into the hours of a window so that the lowest
// values of a load curve are raised to one common level L, Σ_h max(0, L − load_h) = E. This is the
// dispatch rule of smart EV charging and of demand response: flexible energy goes to the hours of
// lowest net load (load − local renewables − must-run), which are also the hours of PV surplus.
// Deterministic: the level comes from the sorted values; every hour's addition from its own value.
#pragma once

#include <span>

namespace twin::energy {

// add[h] = max(0, L − load[h]) with Σ add = energy_kwh (to rounding); energy_kwh ≥ 0.
// Precondition: add.size() == load.size() ≤ 24·7 (asserted), finite values.
void fill_valleys(std::span<const double> load, double energy_kwh, std::span<double> add);

}  // namespace twin::energy
