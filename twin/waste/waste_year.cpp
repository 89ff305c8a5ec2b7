// evaluate_waste_year() and its input helpers (see waste_year.hpp).
#include "twin/waste/waste_year.hpp"

#include <cmath>

#include "twin/waste/waste_params.hpp"

namespace twin::waste {
namespace {

using inventory::Gas;
using inventory::InventorySector;
using inventory::Scope;

constexpr double kCo2PerC = 44.0 / 12.0;
constexpr double kMaxKgPerPersonDay = 10.0;  // ~7× China's urban mean: beyond it the input is a unit slip
constexpr double kShareTolerance = 1e-9;

bool managed(LandfillType t) {
  return t == LandfillType::ManagedAnaerobic || t == LandfillType::ManagedSemiAerobic;
}

void check(std::vector<WasteError>& errors, bool ok, const char* field, const std::string& message) {
  if (!ok) errors.push_back({field, message});
}

bool finite_nonneg(double v) { return std::isfinite(v) && v >= 0.0; }

}  // namespace

LandfillParams landfill_params_of(const WasteParams& p, double recovery_share) {
  LandfillParams lp;
  lp.doc = p.doc;
  lp.docf = p.docf;
  lp.mcf = mcf_of(p.landfill_type);
  lp.f_ch4 = p.f_ch4;
  lp.ox = managed(p.landfill_type) ? p.ox : 0.0;  // IPCC: OX only for managed, covered sites
  lp.k_per_yr = k_per_yr_of(p.climate);
  lp.recovery_share = recovery_share;
  lp.method = p.method;
  return lp;
}

WasteYearInput waste_input_for_year(int year, double population, const WasteParams& params,
                                    const WasteLevers& levers, std::vector<WasteError>* errors) {
  WasteYearInput in;
  in.year = year;
  in.population = population;
  in.days = (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 366.0 : 365.0;
  in.msw_kg_per_person_day = params.msw_kg_per_person_day * (1.0 + levers.per_capita_change);
  in.methane_recovery_share =
      levers.methane_recovery_share >= 0.0 ? levers.methane_recovery_share : params.methane_recovery_share;
  in.incineration_kwh_per_t =
      levers.incineration_kwh_per_t >= 0.0 ? levers.incineration_kwh_per_t : params.incineration_kwh_per_t;
  std::vector<WasteError> local;
  check(local, std::isfinite(levers.per_capita_change) && levers.per_capita_change >= -1.0, "per_capita_change",
        "must be finite and ≥ −1");
  check(local, finite_nonneg(levers.added_recycling_share), "added_recycling_share", "must be finite and ≥ 0");
  check(local, finite_nonneg(levers.added_composting_share), "added_composting_share", "must be finite and ≥ 0");
  check(local, std::isfinite(levers.landfill_ban) && levers.landfill_ban >= 0.0 && levers.landfill_ban <= 1.0,
        "landfill_ban", "must be in [0, 1]");
  if (local.empty()) {
    const TreatmentShares& b = params.shares;
    const double residual = b.landfill + b.incineration;
    const double diverted = levers.added_recycling_share + levers.added_composting_share;
    if (diverted > residual + kShareTolerance) {
      local.push_back({"added_recycling_share", "recycling + composting added (" + std::to_string(diverted) +
                                                    ") exceed the landfilled and incinerated share (" +
                                                    std::to_string(residual) + ")"});
    } else {
      // Sorting takes waste from landfill and incineration in proportion to their shares.
      const double keep = residual > 0.0 ? (residual - diverted) / residual : 0.0;
      double landfill = b.landfill * keep;
      double incineration = b.incineration * keep;
      const double banned = landfill * levers.landfill_ban;
      landfill -= banned;
      incineration += banned;
      in.shares = {b.recycling + levers.added_recycling_share, landfill, incineration,
                   b.composting + levers.added_composting_share};
    }
  }
  if (errors) errors->insert(errors->end(), local.begin(), local.end());
  return in;
}

std::vector<WasteError> validate_waste_input(const WasteYearInput& in) {
  std::vector<WasteError> e;
  check(e, finite_nonneg(in.population), "population", "must be a finite number ≥ 0");
  check(e, finite_nonneg(in.msw_kg_per_person_day) && in.msw_kg_per_person_day <= kMaxKgPerPersonDay,
        "msw_kg_per_person_day", "must be in [0, 10] kg/(person·d), got " + std::to_string(in.msw_kg_per_person_day));
  check(e, in.days >= 365.0 && in.days <= 366.0, "days", "must be 365 or 366");
  const double shares[] = {in.shares.recycling, in.shares.landfill, in.shares.incineration, in.shares.composting};
  const char* names[] = {"shares.recycling", "shares.landfill", "shares.incineration", "shares.composting"};
  double sum = 0.0;
  bool shares_ok = true;
  for (int i = 0; i < 4; ++i) {
    const bool ok = std::isfinite(shares[i]) && shares[i] >= 0.0 && shares[i] <= 1.0;
    check(e, ok, names[i], "must be in [0, 1], got " + std::to_string(shares[i]));
    shares_ok = shares_ok && ok;
    sum += shares[i];
  }
  if (shares_ok) check(e, std::fabs(sum - 1.0) <= kShareTolerance, "shares", "must sum to 1, got " + std::to_string(sum));
  check(e, std::isfinite(in.methane_recovery_share) && in.methane_recovery_share >= 0.0 &&
               in.methane_recovery_share <= 1.0,
        "methane_recovery_share", "must be in [0, 1]");
  check(e, finite_nonneg(in.incineration_kwh_per_t) && in.incineration_kwh_per_t <= 2000.0, "incineration_kwh_per_t",
        "must be in [0, 2000] kWh/t (MSW holds ~2 000–2 800 kWh/t of heat)");
  return e;
}

std::vector<WasteError> validate_waste_params(const WasteParams& p) {
  std::vector<WasteError> e;
  auto fraction = [&](double v, const char* field) {
    check(e, std::isfinite(v) && v >= 0.0 && v <= 1.0, field, "must be a fraction in [0, 1], got " + std::to_string(v));
  };
  fraction(p.doc, "doc");
  fraction(p.docf, "docf");
  fraction(p.f_ch4, "f_ch4");
  fraction(p.ox, "ox");
  fraction(p.incineration_carbon_wet, "incineration_carbon_wet");
  fraction(p.incineration_fossil_share, "incineration_fossil_share");
  fraction(p.incineration_efficiency, "incineration_efficiency");
  fraction(p.incineration_ch4_t_per_t, "incineration_ch4_t_per_t");
  fraction(p.incineration_n2o_t_per_t, "incineration_n2o_t_per_t");
  fraction(p.composting_ch4_t_per_t, "composting_ch4_t_per_t");
  fraction(p.composting_n2o_t_per_t, "composting_n2o_t_per_t");
  check(e, p.landfill_type < LandfillType::Count, "landfill_type", "not a landfill type");
  check(e, p.climate < LandfillClimate::Count, "climate", "not a climate zone");
  check(e, p.method == LandfillMethod::FirstOrderDecay || p.method == LandfillMethod::MassBalance, "method",
        "not a landfill method");
  check(e, p.history_years >= 0 && p.history_years <= 200, "history_years", "must be in [0, 200]");
  check(e, std::isfinite(p.history_growth_per_yr) && p.history_growth_per_yr > -1.0, "history_growth_per_yr",
        "must be finite and > −1");
  return e;
}

LandfillState initial_landfill_state(const WasteYearInput& base, const WasteParams& params) {
  const double landfilled_t = base.population * base.msw_kg_per_person_day * base.days / 1000.0 * base.shares.landfill;
  return landfill_stock_from_history(landfilled_t, params.history_years, params.history_growth_per_yr,
                                     landfill_params_of(params, base.methane_recovery_share));
}

WasteYearResult evaluate_waste_year(const WasteYearInput& in, const WasteParams& p, LandfillState& state,
                                    inventory::GwpSet gwp_set) {
  WasteYearResult r;
  r.errors = validate_waste_params(p);
  const std::vector<WasteError> input_errors = validate_waste_input(in);
  r.errors.insert(r.errors.end(), input_errors.begin(), input_errors.end());
  if (!r.errors.empty()) return r;

  r.generated_t = in.population * in.msw_kg_per_person_day * in.days / 1000.0;
  r.recycled_t = r.generated_t * in.shares.recycling;
  r.landfilled_t = r.generated_t * in.shares.landfill;
  r.incinerated_t = r.generated_t * in.shares.incineration;
  r.composted_t = r.generated_t * in.shares.composting;

  const LandfillParams lp = landfill_params_of(p, in.methane_recovery_share);
  r.landfill = landfill_year(state, r.landfilled_t, lp);

  const double incineration_co2_per_t =
      p.incineration_carbon_wet * p.incineration_fossil_share * p.incineration_efficiency * kCo2PerC;
  r.electricity_kwh = r.incinerated_t * in.incineration_kwh_per_t;

  auto add = [&](const char* subsector, Gas gas, double activity, const char* activity_unit, double factor,
                 const char* factor_unit, const char* source_id) {
    r.rows.push_back(inventory::make_row(InventorySector::Waste, subsector, gas, Scope::Scope1, activity,
                                         activity_unit, factor, factor_unit, 1.0, source_id, gwp_set));
    r.co2e_t += r.rows.back().co2e_t;
    return r.rows.back().gas_t;
  };
  add("landfill", Gas::Ch4, r.landfill.ddocm_decomposed_t, "t DDOCm decomposed", r.landfill.emitted_ch4_per_ddocm,
      "tCH4/t DDOCm", "ipcc2006_v5_ch3");
  r.incineration_fossil_co2_t = add("incineration", Gas::Co2, r.incinerated_t, "t wet waste", incineration_co2_per_t,
                                    "tCO2/t wet waste", waste_param_source("incineration_carbon_wet"));
  r.incineration_ch4_t = add("incineration", Gas::Ch4, r.incinerated_t, "t wet waste", p.incineration_ch4_t_per_t,
                             "tCH4/t wet waste", waste_param_source("incineration_ch4_t_per_t"));
  r.incineration_n2o_t = add("incineration", Gas::N2o, r.incinerated_t, "t wet waste", p.incineration_n2o_t_per_t,
                             "tN2O/t wet waste", waste_param_source("incineration_n2o_t_per_t"));
  r.composting_ch4_t = add("composting", Gas::Ch4, r.composted_t, "t wet waste", p.composting_ch4_t_per_t,
                           "tCH4/t wet waste", waste_param_source("composting_ch4_t_per_t"));
  r.composting_n2o_t = add("composting", Gas::N2o, r.composted_t, "t wet waste", p.composting_n2o_t_per_t,
                           "tN2O/t wet waste", waste_param_source("composting_n2o_t_per_t"));
  return r;
}

}  // namespace twin::waste
