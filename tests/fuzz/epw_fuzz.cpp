// libFuzzer target: twin::climate::parse_epw on arbitrary bytes. Invariants: every issue has a
// message and a field name when it names a field; an accepted file has 8760 or 8784 hours of finite
// values in every column and no error; a refused one has no weather.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "tests/fuzz/fuzz_check.hpp"
#include "twin/climate/epw_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using ct_fuzz::check;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const twin::climate::EpwReadResult r = twin::climate::parse_epw(bytes, "fuzz.epw");
  for (const auto* issues : {&r.errors, &r.warnings}) {
    for (const twin::climate::EpwIssue& issue : *issues) {
      check(!issue.message.empty());
      check(issue.field == 0 || !issue.field_name.empty());
      check(!twin::climate::to_string(issue, "fuzz.epw").empty());
    }
  }
  const twin::climate::WeatherYear& w = r.weather;
  if (!r.ok()) {
    check(w.hours() == 0);
    return 0;
  }
  check(w.hours() == (r.leap_year ? 8784u : 8760u));
  for (const auto* column : {&w.dry_bulb_c, &w.dew_point_c, &w.relative_humidity_pct, &w.pressure_pa,
                             &w.global_horizontal_wh_m2, &w.direct_normal_wh_m2, &w.diffuse_horizontal_wh_m2,
                             &w.wind_speed_m_s, &w.wind_direction_deg, &w.sky_temperature_c,
                             &w.ground_reflectance}) {
    check(column->size() == w.hours());
    ct_fuzz::check_finite(*column);
  }
  return 0;
}
