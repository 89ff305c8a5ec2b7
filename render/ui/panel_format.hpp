// Number formatting for the panels: thousands separators, and large figures in the language's
// customary unit (万 in Chinese, million in English; the scale comes from the i18n file).
#pragma once

#include <string>

#include "render/ui/i18n.hpp"

namespace render {

// 1234567.8 with decimals = 1 → "1,234,567.8".
std::string format_number(double value, int decimals);
// tr(key) with {v} = value / num.big_scale, e.g. "100.2 万人" or "1.00 million".
std::string format_big(const Strings& strings, const char* key, double value);
// tr(key) with {v} = format_number(value, decimals).
std::string format_with_unit(const Strings& strings, const char* key, double value, int decimals);
// A two-column "label  value" row inside an ImGui table with two columns.
void table_row(const char* label, const std::string& value);

}  // namespace render
