// Energy multipliers of new buildings relative to the newest vintage of the existing stock
// (2010–2020, built to JGJ 26-2010 / GB 50189-2015 era codes), by standard level:
//   0 = GB 55015-2021 (建筑节能与可再生能源利用通用规范, mandatory from 2022-04-01): §2.0.1 asks new
//       residential and public buildings to cut average design energy use by 30 % and 20 % below
//       the codes in force in 2016 → heating ×0.70 (residential) / ×0.80 (public);
//   1 = ultra-low energy building (超低能耗建筑, GB/T 51350-2019 近零能耗建筑技术标准): roughly half
//       of the current code's heating demand → ×0.35 / ×0.40, other services ×0.85;
//   2 = near-zero energy building (近零能耗建筑, GB/T 51350-2019) → heating ×0.15 / ×0.25, other
//       services ×0.75.
// Levels 1 and 2 are CarbonTwin readings of the standard's intent (its limits are absolute kWh/m²
// values by climate zone, not ratios); fractional levels interpolate linearly.
#pragma once

namespace twin::pathway {

struct NewBuildMultipliers {
  double heating = 1.0;   // × the newest vintage's space-heating demand
  double services = 1.0;  // × cooling, lighting and appliance electricity
};

NewBuildMultipliers new_build_multipliers(double level, bool residential);

}  // namespace twin::pathway
