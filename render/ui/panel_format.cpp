#include "render/ui/panel_format.hpp"

#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace render {

std::string format_number(double value, int decimals) {
  if (!std::isfinite(value)) return "–";
  char digits[64];
  std::snprintf(digits, sizeof digits, "%.*f", decimals, std::fabs(value));
  std::string s(digits);
  const std::size_t dot = s.find('.');
  std::size_t end = dot == std::string::npos ? s.size() : dot;
  for (std::size_t i = end; i > 3; i -= 3) s.insert(i - 3, ",");
  return value < 0 ? "-" + s : s;
}

std::string format_big(const Strings& strings, const char* key, double value) {
  double scale = std::atof(strings.tr("num.big_scale"));
  if (!(scale > 0)) scale = 1.0;
  const double scaled = value / scale;
  // Two significant decimals for small multiples ("1.02 million"), one for larger ("100.2 万").
  return strings.format(key, {{"v", format_number(scaled, scaled < 10 ? 2 : 1)}});
}

std::string format_with_unit(const Strings& strings, const char* key, double value, int decimals) {
  return strings.format(key, {{"v", format_number(value, decimals)}});
}

void table_row(const char* label, const std::string& value) {
  ImGui::TableNextRow();
  ImGui::TableSetColumnIndex(0);
  ImGui::TextUnformatted(label);
  ImGui::TableSetColumnIndex(1);
  // Right-align figures so digits line up.
  const float width = ImGui::CalcTextSize(value.c_str()).x;
  const float avail = ImGui::GetContentRegionAvail().x;
  if (avail > width) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + avail - width);
  ImGui::TextUnformatted(value.c_str());
}

}  // namespace render
