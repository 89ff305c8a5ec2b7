// Carbon price path, allowances of key emitters, sink credits (carbon_value.hpp).
#include "twin/cost/carbon_value.hpp"

#include <cassert>
#include <cmath>
#include <string_view>

namespace twin::cost {
namespace {

constexpr int kLastCitedYear = 2024;  // the last CEA price of carbon_prices.csv that is not a default path

double interpolate(const std::vector<PricePoint>& points, int year) {
  if (points.empty() || year < points.front().year) return 0.0;
  for (std::size_t i = 1; i < points.size(); ++i) {
    if (year <= points[i].year) {
      const PricePoint& a = points[i - 1];
      const PricePoint& b = points[i];
      return a.yuan_per_t + (b.yuan_per_t - a.yuan_per_t) * (year - a.year) / (b.year - a.year);
    }
  }
  return points.back().yuan_per_t;
}

const BenchmarkRow* benchmark_of(industry::Route route) {
  for (const BenchmarkRow& b : allowance_benchmark_rows())
    if (std::string_view(b.route) == industry::to_string(route)) return &b;
  return nullptr;
}

}  // namespace

CarbonPricePath default_carbon_price_path() {
  CarbonPricePath path;
  for (const CarbonPriceRow& r : carbon_price_rows())
    (r.market == Market::Cea ? path.cea : path.ccer).push_back({r.year, r.yuan_per_t});
  return path;
}

std::string with_user_cea_points(const std::vector<PricePoint>& points, CarbonPricePath* path) {
  int last = kLastCitedYear;
  for (std::size_t i = 0; i < points.size(); ++i) {
    const PricePoint& p = points[i];
    const std::string where = "carbon price point " + std::to_string(i + 1) + " (" + std::to_string(p.year) + "): ";
    if (p.year <= last || p.year > 2100)
      return where + "years must increase, after " + std::to_string(kLastCitedYear) + " and up to 2100";
    if (!std::isfinite(p.yuan_per_t) || p.yuan_per_t < 0.0 || p.yuan_per_t > 10000.0)
      return where + "price must be a number from 0 to 10000 yuan/t";
    last = p.year;
  }
  std::vector<PricePoint> cea;
  for (const PricePoint& p : path->cea)
    if (p.year <= kLastCitedYear) cea.push_back(p);
  cea.insert(cea.end(), points.begin(), points.end());
  path->cea = cea;
  return "";
}

double carbon_price(const CarbonPricePath& path, Market market, int year) {
  if (market == Market::Cea) return interpolate(path.cea, year);
  if (!path.ccer.empty() && year > path.ccer.back().year) return interpolate(path.cea, year) * ccer_discount_to_cea();
  return interpolate(path.ccer, year);
}

std::vector<EmitterAllowance> allowance_values(const pathway::Baseline& baseline, const std::vector<PlantsYear>& plants,
                                               int year, const CarbonPricePath& path) {
  std::vector<EmitterAllowance> out;
  if (baseline.plants.empty() || plants.empty()) return out;
  const std::size_t k = static_cast<std::size_t>(year - pathway::kFirstYear);
  assert(k < plants.size() && "allowance_values: year outside the pathway");
  const double price = carbon_price(path, Market::Cea, year);
  for (std::size_t i = 0; i < baseline.plants.size(); ++i) {
    const industry::PlantYear& now = plants[k].actual.plants[i];
    const industry::PlantYear& base = plants[0].actual.plants[i];
    EmitterAllowance a;
    a.plant = i;
    a.output = now.output;
    a.net_t = now.account.net_t;
    const BenchmarkRow* b = benchmark_of(baseline.plants[i].route);
    a.covered = b != nullptr && year >= b->covered_since;
    if (a.covered) {
      a.method = "national_benchmark";
      a.benchmark_t_per_unit = b->t_per_unit;
    } else {
      a.method = "base_year_intensity";
      a.benchmark_t_per_unit = base.output > 0.0 ? base.account.net_t / base.output : 0.0;
    }
    a.allowance_t = a.benchmark_t_per_unit * a.output;
    a.surplus_t = a.allowance_t - a.net_t;
    a.price_yuan_per_t = price;
    a.value_yuan = a.surplus_t * price;
    out.push_back(a);
  }
  return out;
}

SinkCredit sink_credit(const pathway::PathwayResult& reference, const pathway::PathwayResult& result, int year,
                       const CarbonPricePath& path) {
  const std::size_t k = static_cast<std::size_t>(year - pathway::kFirstYear);
  assert(k < result.years.size() && k < reference.years.size() && "sink_credit: year outside the pathway");
  SinkCredit c;
  c.added_removal_t = reference.years[k].sinks_t - result.years[k].sinks_t;
  c.price_yuan_per_t = carbon_price(path, Market::Ccer, year);
  c.value_yuan = c.added_removal_t * c.price_yuan_per_t;
  return c;
}

}  // namespace twin::cost
