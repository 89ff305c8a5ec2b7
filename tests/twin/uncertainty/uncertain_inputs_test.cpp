// The embedded uncertain-input table equals assets/uncertainty/uncertain_inputs.csv, and bad tables
// are rejected with the line and column.
#include "twin/uncertainty/uncertain_inputs.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace twin::uncertainty {
namespace {

const char* kHeader = "input,kind,mode,distribution,p1,p2,p3,unit,source_id,source,note\n";

bool has_error(const UncertainInputsResult& r, int line, const std::string& field, const std::string& text) {
  for (const InputIssue& e : r.errors)
    if (e.line == line && e.field == field && e.message.find(text) != std::string::npos) return true;
  return false;
}

TEST(UncertaintyInputs, EmbeddedTableEqualsTheAssetCsv) {
#if defined(CT_ASSETS_DIR)
  std::ifstream in(std::string(CT_ASSETS_DIR) + "/uncertainty/uncertain_inputs.csv", std::ios::binary);
  ASSERT_TRUE(in) << "cannot read assets/uncertainty/uncertain_inputs.csv";
  std::ostringstream text;
  text << in.rdbuf();
  const UncertainInputsResult r = read_uncertain_inputs_csv(text.str());
  for (const InputIssue& e : r.errors) ADD_FAILURE() << "line " << e.line << " " << e.field << ": " << e.message;
  const std::vector<UncertainInput>& embedded = default_uncertain_inputs();
  ASSERT_EQ(r.inputs.size(), embedded.size());
  for (std::size_t i = 0; i < embedded.size(); ++i) {
    const UncertainInput& a = r.inputs[i];
    const UncertainInput& b = embedded[i];
    EXPECT_EQ(a.name, b.name) << "row " << i;
    EXPECT_EQ(a.kind, b.kind) << a.name;
    EXPECT_EQ(a.mode, b.mode) << a.name;
    EXPECT_EQ(a.lever, b.lever) << a.name;
    EXPECT_EQ(a.factor, b.factor) << a.name;
    EXPECT_EQ(a.distribution.kind, b.distribution.kind) << a.name;
    EXPECT_EQ(a.distribution.p1, b.distribution.p1) << a.name;
    EXPECT_EQ(a.distribution.p2, b.distribution.p2) << a.name;
    EXPECT_EQ(a.distribution.p3, b.distribution.p3) << a.name;
    EXPECT_EQ(a.unit, b.unit) << a.name;
    EXPECT_EQ(a.source_id, b.source_id) << a.name;
    EXPECT_EQ(a.source, b.source) << a.name;
    EXPECT_EQ(a.note, b.note) << a.name;
  }
#else
  GTEST_SKIP() << "needs CT_ASSETS_DIR";
#endif
}

TEST(UncertaintyInputs, EmbeddedTableCoversTheBriefsDriversAndFactors) {
  const std::vector<UncertainInput>& t = default_uncertain_inputs();
  int levers = 0, factors = 0;
  for (const UncertainInput& in : t) {
    EXPECT_FALSE(in.source.empty()) << in.name;
    EXPECT_EQ(validate_distribution(in.distribution), "") << in.name;
    (in.kind == InputKind::Lever ? levers : factors)++;
  }
  EXPECT_EQ(levers, 10);
  EXPECT_EQ(factors, 5);  // electricity, heat, coal, gas, oil
  // IPCC 2006 Vol. 2 Table 1.4, natural gas 56 100 (54 300–58 300) kg/TJ → 0.967914, 1.039216.
  EXPECT_EQ(t[13].name, "gas_co2_factor");
  EXPECT_NEAR(t[13].distribution.p1, 54300.0 / 56100.0, 5e-7);
  EXPECT_NEAR(t[13].distribution.p3, 58300.0 / 56100.0, 5e-7);
}

TEST(UncertaintyInputs, QuotedFieldsAndCrLfAreRead) {
  const std::string text = std::string(kHeader) +
                           "pv_yield_kwh_per_kwp,lever,multiply,uniform,0.9,1.1,,-,x,\"Someone, 2024 \"\"quoted\"\"\",\r\n";
  const UncertainInputsResult r = read_uncertain_inputs_csv(text);
  ASSERT_TRUE(r.ok()) << r.errors[0].message;
  ASSERT_EQ(r.inputs.size(), 1u);
  EXPECT_EQ(r.inputs[0].source, "Someone, 2024 \"quoted\"");
  EXPECT_EQ(r.inputs[0].lever, pathway::LeverId::PvYieldKwhPerKwp);
  EXPECT_EQ(r.inputs[0].distribution.p2, 1.1);
}

TEST(UncertaintyInputs, BadRowsAreRejectedWithLineAndField) {
  const std::string text = std::string(kHeader) +
                           "warp_drive_pct,lever,add,normal,0,1,,%,x,src,\n"              // 2: unknown lever
                           "parking_price_yuan,lever,add,normal,0,1,,yuan,x,src,\n"       // 3: structural
                           "heat_pump_scop,lever,add,normal,0,abc,,-,x,src,\n"            // 4: bad number
                           "heat_pump_scop,lever,add,normal,0,nan,,-,x,src,\n"            // 5: NaN
                           "heat_pump_scop,lever,add,normal,0,-1,,-,x,src,\n"             // 6: sd < 0
                           "coal_co2_factor,factor,add,normal,0,1,,-,x,src,\n"            // 7: factor add
                           "heat_factor,factor,multiply,gamma,1,1,,-,x,src,\n"            // 8: distribution
                           "heat_factor,factor,multiply,uniform,0.9,1.1,,-,x,,\n"         // 9: no source
                           "heat_factor,factor,multiply,uniform,0.9,1.1,,-,x\n"           // 10: field count
                           "pv_yield_kwh_per_kwp,lever,multiply,uniform,0.9,1.1,,-,x,s,\n"
                           "pv_yield_kwh_per_kwp,lever,multiply,uniform,0.9,1.1,,-,x,s,\n"  // 12: twice
                           "population_change_pct,lever,add,normal,0,1,5,-,x,s,\n";       // 13: p3 on a normal
  const UncertainInputsResult r = read_uncertain_inputs_csv(text);
  EXPECT_FALSE(r.ok());
  EXPECT_TRUE(r.inputs.empty());
  EXPECT_TRUE(has_error(r, 2, "input", "unknown lever 'warp_drive_pct'"));
  EXPECT_TRUE(has_error(r, 3, "input", "structural lever"));
  EXPECT_TRUE(has_error(r, 4, "p2", "'abc' is not a finite number"));
  EXPECT_TRUE(has_error(r, 5, "p2", "not a finite number"));
  EXPECT_TRUE(has_error(r, 6, "p1-p3", "standard deviation -1 must be > 0"));
  EXPECT_TRUE(has_error(r, 7, "mode", "must be a 'multiply'"));
  EXPECT_TRUE(has_error(r, 8, "distribution", "'gamma'"));
  EXPECT_TRUE(has_error(r, 9, "source", "needs a source"));
  EXPECT_TRUE(has_error(r, 10, "", "expected 11 fields"));
  EXPECT_TRUE(has_error(r, 12, "input", "listed twice"));
  EXPECT_TRUE(has_error(r, 13, "p3", "takes no p3"));
  EXPECT_EQ(r.errors.size(), 11u);
}

TEST(UncertaintyInputs, MissingColumnsAndEmptyTextAreErrors) {
  const UncertainInputsResult r = read_uncertain_inputs_csv("input,kind,mode\nx,lever,add\n");
  EXPECT_TRUE(has_error(r, 1, "distribution", "missing column 'distribution'"));
  EXPECT_TRUE(has_error(read_uncertain_inputs_csv(""), 1, "", "empty table"));
  EXPECT_TRUE(has_error(read_uncertain_inputs_csv(std::string(kHeader) + "a,\"b\n"), 2, "", "unterminated"));
}

}  // namespace
}  // namespace twin::uncertainty
