// One pathway year of municipal solid waste with the default (2020 China urban) parameters, by hand;
// the levers; input errors; rows = totals.
#include "twin/waste/waste_year.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "twin/inventory/totals.hpp"

namespace twin::waste {
namespace {

using inventory::Gas;
using inventory::GwpSet;

WasteYearInput base_input() {
  std::vector<WasteError> errors;
  WasteYearInput in = waste_input_for_year(2021, 1.0e6, default_waste_params(), WasteLevers{}, &errors);
  EXPECT_TRUE(errors.empty());
  return in;
}

TEST(WasteYear, DefaultCityYearByHand) {
  const WasteParams p = default_waste_params();
  const WasteYearInput in = base_input();
  EXPECT_EQ(in.days, 365.0);
  LandfillState state;  // no history: the landfill row is 0 in the first year (tested in landfill_test)
  const WasteYearResult r = evaluate_waste_year(in, p, state, GwpSet::Ar5);
  ASSERT_TRUE(r.errors.empty());
  // 1e6 persons × 1.45 kg/d × 365 d = 529 250 t; × 0.3314 / 0.6229 / 0.0457.
  EXPECT_NEAR(r.generated_t, 529250.0, 1e-6);
  EXPECT_NEAR(r.landfilled_t, 175393.45, 1e-6);
  EXPECT_NEAR(r.incinerated_t, 329669.825, 1e-6);
  EXPECT_NEAR(r.composted_t, 24186.725, 1e-6);
  // Incineration fossil CO2: 0.20 × 0.39 × 0.95 × 44/12 = 0.2717 t/t → 329 669.825 × 0.2717 = 89 571.291 t.
  EXPECT_NEAR(r.incineration_fossil_co2_t, 89571.29145250002, 1e-6);
  // Electricity: 329 669.825 t × 532.6 kWh/t = 175 582 148.8 kWh.
  EXPECT_NEAR(r.electricity_kwh, 175582148.795, 1e-3);
  // Composting: 24 186.725 × 0.004 = 96.7469 tCH4; × 0.0003 = 7.2560 tN2O.
  EXPECT_NEAR(r.composting_ch4_t, 96.7469, 1e-9);
  EXPECT_NEAR(r.composting_n2o_t, 7.2560175, 1e-9);
  // Incineration N2O 329 669.825 × 5e-5 = 16.4835 t; CH4 × 2e-7 = 0.0659 t.
  EXPECT_NEAR(r.incineration_n2o_t, 16.48349125, 1e-9);
  // All waste rows are scope 1 in the waste sector, and Σ rows = the result's total.
  const inventory::InventoryTotals t = inventory::sum_rows(r.rows);
  EXPECT_NEAR(t.sector_co2e_t(inventory::InventorySector::Waste), r.co2e_t, 1e-9);
  EXPECT_NEAR(t.total_co2e_t(), r.co2e_t, 1e-9);
  EXPECT_EQ(t.scope_co2e_t(inventory::Scope::Scope2), 0.0);
  EXPECT_TRUE(inventory::validate_rows(r.rows).empty());
  // CO2e by hand (AR5): 89 571.291 + 28 × (0.0659 + 96.7469) + 265 × (16.4835 + 7.2560).
  const double expected = 89571.29145250002 + 28.0 * (329669.825 * 2e-7 + 96.7469) +
                          265.0 * (16.48349125 + 7.2560175);
  EXPECT_NEAR(r.co2e_t, expected, 1e-6);
}

TEST(WasteYear, LandfillRowUsesTheHistoryStock) {
  const WasteParams p = default_waste_params();
  const WasteYearInput in = base_input();
  LandfillState state = initial_landfill_state(in, p);
  EXPECT_GT(state.ddocm_stock_t, 0.0);
  const double stock = state.ddocm_stock_t;
  const WasteYearResult r = evaluate_waste_year(in, p, state, GwpSet::Ar5);
  ASSERT_TRUE(r.errors.empty());
  // decomposed = stock × (1 − e^−0.09); emitted CH4 = × 0.5 × 16/12 × (1 − 0) × (1 − 0.1).
  const double decomposed = stock * (1.0 - 0.9139311852712282);
  EXPECT_NEAR(r.landfill.ddocm_decomposed_t, decomposed, 1e-9 * decomposed);
  EXPECT_NEAR(r.landfill.ch4_emitted_t, decomposed * 0.5 * 16.0 / 12.0 * 0.9, 1e-9 * decomposed);
  EXPECT_EQ(r.rows[0].subsector, "landfill");
  EXPECT_EQ(r.rows[0].gas, Gas::Ch4);
  EXPECT_NEAR(r.rows[0].gas_t, r.landfill.ch4_emitted_t, 1e-12 * r.landfill.ch4_emitted_t);
  // A second evaluation with the same inputs and state is bit-identical (deterministic).
  LandfillState again = initial_landfill_state(in, p);
  EXPECT_EQ(evaluate_waste_year(in, p, again, GwpSet::Ar5).co2e_t, r.co2e_t);
}

TEST(WasteYear, LeversShiftTheShares) {
  const WasteParams p = default_waste_params();
  std::vector<WasteError> errors;
  WasteLevers ban;
  ban.landfill_ban = 1.0;
  const WasteYearInput a = waste_input_for_year(2030, 1.0e6, p, ban, &errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(a.shares.landfill, 0.0);
  EXPECT_NEAR(a.shares.incineration, 0.3314 + 0.6229, 1e-12);

  WasteLevers sorting;
  sorting.added_recycling_share = 0.10;
  sorting.added_composting_share = 0.05;
  sorting.per_capita_change = -0.2;
  sorting.methane_recovery_share = 0.5;
  const WasteYearInput b = waste_input_for_year(2030, 1.0e6, p, sorting, &errors);
  EXPECT_TRUE(errors.empty());
  // Residual 0.9543 − 0.15 = 0.8043 split pro rata: landfill 0.3314 × 0.8043 / 0.9543.
  EXPECT_NEAR(b.shares.landfill, 0.3314 * 0.8043 / 0.9543, 1e-12);
  EXPECT_NEAR(b.shares.recycling, 0.10, 1e-15);
  EXPECT_NEAR(b.shares.composting, 0.0957, 1e-15);
  EXPECT_NEAR(b.shares.recycling + b.shares.landfill + b.shares.incineration + b.shares.composting, 1.0, 1e-12);
  EXPECT_NEAR(b.msw_kg_per_person_day, 1.45 * 0.8, 1e-12);
  EXPECT_EQ(b.methane_recovery_share, 0.5);
  EXPECT_TRUE(validate_waste_input(b).empty());

  WasteLevers too_much;
  too_much.added_recycling_share = 0.99;
  waste_input_for_year(2030, 1.0e6, p, too_much, &errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "added_recycling_share");
}

TEST(WasteYear, BadInputGivesErrorsAndLeavesTheStock) {
  const WasteParams p = default_waste_params();
  WasteYearInput in = base_input();
  in.population = std::nan("");
  in.msw_kg_per_person_day = 1450.0;  // grams typed as kilograms
  in.shares.landfill += 0.1;          // shares sum to 1.1
  LandfillState state;
  state.ddocm_stock_t = 123.0;
  const WasteYearResult r = evaluate_waste_year(in, p, state, GwpSet::Ar5);
  auto has = [&](const char* field) {
    for (const WasteError& e : r.errors)
      if (e.field == field) return true;
    return false;
  };
  EXPECT_TRUE(has("population"));
  EXPECT_TRUE(has("msw_kg_per_person_day"));
  EXPECT_TRUE(has("shares"));
  EXPECT_TRUE(r.rows.empty());
  EXPECT_EQ(state.ddocm_stock_t, 123.0);

  WasteParams bad = p;
  bad.docf = 1.5;
  const WasteYearResult rp = evaluate_waste_year(base_input(), bad, state, GwpSet::Ar5);
  ASSERT_FALSE(rp.errors.empty());
  EXPECT_EQ(rp.errors[0].field, "docf");
}

TEST(WasteYear, PathwayLoopLandfillBanDecaysAtTheFirstOrderRate) {
  // The way a pathway calls the part: one state, advanced once per year 2020…2060; full landfill ban
  // from 2026. Landfill CH4 does not stop: from 2027 on each year is the previous one × e^−0.09, since
  // no new waste enters the stock (hand result of the FOD recursion with zero deposits).
  const WasteParams p = default_waste_params();
  std::vector<WasteError> errors;
  LandfillState state = initial_landfill_state(waste_input_for_year(2020, 1.0e6, p, {}, &errors), p);
  std::vector<double> landfill_ch4_t;
  for (int year = 2020; year <= 2060; ++year) {
    WasteLevers levers;
    levers.landfill_ban = year >= 2026 ? 1.0 : 0.0;
    const WasteYearInput in = waste_input_for_year(year, 1.0e6 * (1.0 + 0.005 * (year - 2020)), p, levers, &errors);
    const WasteYearResult r = evaluate_waste_year(in, p, state, GwpSet::Ar5);
    ASSERT_TRUE(r.errors.empty()) << year;
    landfill_ch4_t.push_back(r.landfill.ch4_emitted_t);
    if (year >= 2026) {
      EXPECT_EQ(r.landfilled_t, 0.0) << year;
    }
  }
  EXPECT_TRUE(errors.empty());
  EXPECT_GT(landfill_ch4_t[2026 - 2020], 0.0);  // the ban year still emits from the stock
  for (int year = 2027; year <= 2060; ++year) {
    const double ratio = landfill_ch4_t[year - 2020] / landfill_ch4_t[year - 2021];
    EXPECT_NEAR(ratio, 0.9139311852712282, 1e-12) << year;
  }
}

}  // namespace
}  // namespace twin::waste
