// The uncertain inputs of an ensemble: which lever target or emission factor varies, how (an offset
// added to the scenario's own lever target, or a multiplier), by which distribution, and where that
// distribution comes from. The embedded table equals assets/uncertainty/uncertain_inputs.csv (a test
// checks it); read_uncertain_inputs_csv() reads a planner's own table from text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "twin/pathway/lever.hpp"
#include "twin/uncertainty/distributions.hpp"

namespace twin::uncertainty {

enum class InputKind { Lever, Factor };
enum class ApplyMode { Add, Multiply };
// The factors a sample can scale (twin/pathway/factor_multipliers.hpp).
enum class FactorId { Electricity, Heat, Coal, Gas, Oil };

const char* to_string(InputKind kind);   // "lever", "factor"
const char* to_string(ApplyMode mode);   // "add", "multiply"
const char* factor_key(FactorId id);     // "electricity_factor", "heat_factor", "coal_co2_factor",
                                         // "gas_co2_factor", "oil_co2_factor"

struct UncertainInput {
  std::string name;                 // a lever key (lever_defs()) or a factor key (factor_key())
  InputKind kind = InputKind::Lever;
  ApplyMode mode = ApplyMode::Add;  // factors: multiply only
  Distribution distribution;        // of the offset (add, in the lever's unit) or of the multiplier
  pathway::LeverId lever = pathway::LeverId::PopulationChangePct;  // when kind == Lever
  FactorId factor = FactorId::Electricity;                         // when kind == Factor
  std::string unit;                 // unit of the sampled quantity ("%", "pts", "-" for a multiplier…)
  std::string source_id;
  std::string source;               // citation, or "CarbonTwin assumption: <reason>"
  std::string note;
};

struct InputIssue {
  int line = 0;        // 1-based line of the CSV (1 = header)
  std::string field;   // column name, "" for the whole line
  std::string message;
};

struct UncertainInputsResult {
  std::vector<UncertainInput> inputs;  // in file order: the order fixes each input's random stream
  std::vector<InputIssue> errors;      // every problem, not only the first; inputs is empty if any
  bool ok() const { return errors.empty(); }
};

// Columns (by name, any order; extra columns ignored): input, kind, mode, distribution, p1, p2, p3,
// unit, source_id, source, note. Quoted fields may hold commas and "" for a quote. Rejected with the
// line and column: unknown lever or factor, a structural lever (transit headway, congestion charge,
// parking price: their effect comes from transport-model re-runs the ensemble does not make), an input
// listed twice, a factor not a multiplier, bad numbers or distribution parameters, an empty source.
UncertainInputsResult read_uncertain_inputs_csv(std::string_view text);

// The embedded table (= assets/uncertainty/uncertain_inputs.csv).
const std::vector<UncertainInput>& default_uncertain_inputs();

}  // namespace twin::uncertainty
