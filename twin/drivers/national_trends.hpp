// The documented 2020–2024 national trends (NBS communiqués, CEC, NEA, CAAM), embedded as constant
// data: the baseline's growth rates and the grid-mix anchors are taken from these rows. The same rows,
// with the source and the page each was found on, are in assets/drivers/national_trends_2020_2024.csv;
// tests/twin/drivers checks that they are equal. Values not found in a citable page are absent (the
// asset README lists them), never filled in.
#pragma once

#include <span>
#include <string_view>

namespace twin::drivers {

struct TrendRow {
  const char* indicator;  // e.g. "gdp_growth_pct", "capacity_solar_gw"
  int year;
  double value;
  const char* unit;
};

std::span<const TrendRow> national_trend_rows();

// The value of an indicator in a year; false if no such row.
bool national_trend(std::string_view indicator, int year, double* value);

}  // namespace twin::drivers
