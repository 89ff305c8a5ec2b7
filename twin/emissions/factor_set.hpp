// The emission factor of every carrier for one inventory year and grid region, each with the id
// of its source so that a figure can be traced ("how was this computed").
#pragma once

#include <array>

#include "twin/emissions/carrier.hpp"
#include "twin/emissions/factor_tables.hpp"

namespace twin::emissions {

struct Factor {
  double kg_per_kwh = 0.0;      // kgCO2 per kWh of delivered energy (NCV for fuels)
  const char* source_id = "";   // see source_citation()
  int source_year = 0;          // year of the published factor actually used (0: not year-bound)
};

struct FactorSet {
  int year = 2020;                                   // inventory year asked for
  GridRegion region = GridRegion::National;
  std::array<Factor, kCarrierCount> carrier{};      // indexed by Carrier

  const Factor& of(Carrier c) const { return carrier[static_cast<int>(c)]; }
  Factor& of(Carrier c) { return carrier[static_cast<int>(c)]; }
};

// Factors for an inventory year:
//  - electricity: the MEE/NBS average factor of `region` for `year`; a year before the first
//    published one takes the first (2020 → 2021 national, → 2022 regional), a later year the latest
//    (2024+ → 2023); Factor::source_year says which was used;
//  - district heat: 0.11 tCO2/GJ = 0.396 kgCO2/kWh (NDRC enterprise accounting guidelines);
//  - fuels: IPCC 2006 default kgCO2/TJ × 3.6e-6 TJ/kWh (energy on a net calorific value basis).
FactorSet factors_for_year(int year, GridRegion region);

// Energy (kWh, NCV) of a physical quantity of a fuel: kg for coal, oil, gasoline and LPG, normal m³
// for natural gas, by the GB/T 2589-2020 NCVs. Returns 0 for electricity and heat (already energy).
double energy_kwh_of_quantity(Carrier carrier, double quantity);

}  // namespace twin::emissions
