// The city's energy balance table (能源平衡表 of a statistical yearbook, final consumption part) as
// the user gives it: rows are sectors, columns are carriers in physical units, converted to delivered
// energy in kWh (net calorific values of GB/T 2589-2020, twin/emissions). The layout is documented in
// docs/calibration.md. The reader takes text (no file I/O in the core) and never drops a value
// silently: every bad line or cell gives an error naming the line, the column and the reason.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "twin/emissions/carrier.hpp"

namespace twin::calibration {

// Rows of the table. EnergySupply (能源加工转换: power plants' and heat plants' own use and losses) is
// read and reported but not compared: the twin's sectors are the final consumers.
enum class BalanceSector : std::uint8_t { Residential = 0, Commercial, Industry, Transport, EnergySupply, Count };
inline constexpr int kBalanceSectorCount = static_cast<int>(BalanceSector::Count);
const char* to_string(BalanceSector sector);  // "residential", …, "energy_supply"

// The twin's inventory sector of a balance row; false for EnergySupply (no twin sector).
bool twin_sector_of(BalanceSector sector, emissions::Sector* out);

// Units a column may be given in. The multiplier turns a value into the base physical unit of its
// carrier (kWh, GJ, kg, m³, kgce).
struct BalanceUnit {
  const char* name;         // canonical spelling shown in reports, e.g. "10^4 t"
  double to_base = 1.0;     // value × to_base = base quantity
  enum class Base : std::uint8_t { Kwh, Gj, Kg, M3, Kgce } base = Base::Kwh;
};

struct BalanceCell {
  bool reported = false;    // false: empty, "-" or absent (not the same as a reported 0)
  double value = 0.0;       // as written, in `unit`
  const char* unit = "";    // canonical unit name (a static string)
  double energy_kwh = 0.0;  // delivered energy (NCV for fuels)
};

struct EnergyBalance {
  // cells[sector][carrier]; carriers the table has no column for are not reported.
  std::array<std::array<BalanceCell, emissions::kCarrierCount>, kBalanceSectorCount> cells{};
  std::array<bool, kBalanceSectorCount> has_row{};
  std::array<bool, emissions::kCarrierCount> has_column{};

  const BalanceCell& at(BalanceSector s, emissions::Carrier c) const {
    return cells[static_cast<int>(s)][static_cast<int>(c)];
  }
};

// Largest energy a single cell may hold: 10^13 kWh (10 000 TWh, more than China's whole electricity
// use of a year, ~9.2×10^12 kWh in 2023): a larger value is a unit mistake. CarbonTwin assumption.
inline constexpr double kMaxCellKwh = 1.0e13;

// Parses the table. On success returns true and fills *out; otherwise returns false and appends one
// message per problem to *errors ("line 4, column 'coal': …"), reading on to report them all.
bool read_energy_balance(std::string_view text, EnergyBalance* out, std::vector<std::string>* errors);

// Parsing helpers shared with the meter reader (energy_balance.cpp).
namespace text {
// Strips a UTF-8 BOM; false (with a message) for UTF-16/32 BOMs or bytes that are not UTF-8 (e.g. GBK).
bool check_utf8(std::string_view text, std::string_view* body, std::string* error);
std::vector<std::string> split_csv_line(std::string_view line, bool* ok);
std::string_view trim(std::string_view s);
// A plain non-negative decimal number ("12", "3.5", "1e4"); false for NaN, inf, signs, hex, text.
bool parse_number(std::string_view s, double* out);
}  // namespace text

}  // namespace twin::calibration
