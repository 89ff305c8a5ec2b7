// ensemble.hpp: sample evaluation, flat packing and order-independent statistics.
#include "twin/uncertainty/ensemble.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>

#include "twin/pathway/pathway.hpp"
#include "twin/uncertainty/sample_scenario.hpp"

namespace twin::uncertainty {

using pathway::kFirstYear;
using pathway::kYearCount;

SampleResult evaluate_sample(const pathway::Baseline& baseline, const pathway::Scenario& base,
                             std::span<const UncertainInput> inputs, std::uint64_t seed, std::uint64_t index) {
  const pathway::Scenario s = sample_scenario(base, inputs, seed, index);
  const pathway::PathwayResult r = pathway::evaluate_pathway(baseline, s);
  SampleResult out;
  out.index = index;
  for (int k = 0; k < kYearCount; ++k) {
    out.gross_t[k] = r.years[k].gross_t;
    out.net_t[k] = r.years[k].net_t;
  }
  out.peak_year = r.milestones.peak_year;
  out.peaked = r.milestones.peaked;
  out.neutrality_year = r.milestones.neutrality_year;
  out.cumulative_t = r.milestones.cumulative_t;
  return out;
}

std::vector<SampleResult> evaluate_samples(const pathway::Baseline& baseline, const pathway::Scenario& base,
                                           std::span<const UncertainInput> inputs, std::uint64_t seed,
                                           std::uint64_t first, std::uint64_t stride, std::uint64_t count,
                                           const std::function<void(std::uint64_t)>& progress) {
  assert(stride > 0 && "stride must be positive");
  std::vector<SampleResult> out;
  if (first < count) out.reserve((count - first + stride - 1) / stride);
  for (std::uint64_t i = first; i < count; i += stride) {
    out.push_back(evaluate_sample(baseline, base, inputs, seed, i));
    if (progress) progress(out.size());
  }
  return out;
}

void pack_sample(const SampleResult& s, double* out) {
  int j = 0;
  out[j++] = static_cast<double>(s.index);
  for (double v : s.gross_t) out[j++] = v;
  for (double v : s.net_t) out[j++] = v;
  out[j++] = s.peak_year;
  out[j++] = s.peaked ? 1.0 : 0.0;
  out[j++] = s.neutrality_year;
  out[j++] = s.cumulative_t;
  assert(j == kSampleDoubles);
}

SampleResult unpack_sample(const double* in) {
  SampleResult s;
  int j = 0;
  s.index = static_cast<std::uint64_t>(in[j++]);
  for (double& v : s.gross_t) v = in[j++];
  for (double& v : s.net_t) v = in[j++];
  s.peak_year = static_cast<int>(in[j++]);
  s.peaked = in[j++] != 0.0;
  s.neutrality_year = static_cast<int>(in[j++]);
  s.cumulative_t = in[j++];
  return s;
}

double percentile_type7(std::span<const double> sorted, double p) {
  assert(!sorted.empty() && p >= 0.0 && p <= 1.0);
  const double h = static_cast<double>(sorted.size() - 1) * p;
  const auto lo = static_cast<std::size_t>(std::floor(h));
  if (lo + 1 >= sorted.size()) return sorted.back();
  return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[lo + 1] - sorted[lo]);
}

EnsembleStatsResult ensemble_statistics(std::vector<SampleResult> samples) {
  EnsembleStatsResult result;
  std::sort(samples.begin(), samples.end(),
            [](const SampleResult& a, const SampleResult& b) { return a.index < b.index; });
  if (samples.empty()) {
    result.error = "no samples";
    return result;
  }
  for (std::size_t i = 0; i < samples.size(); ++i) {
    if (samples[i].index != i) {
      result.error = i > 0 && samples[i].index == samples[i - 1].index
                         ? "sample " + std::to_string(samples[i].index) + " is present twice"
                         : "sample " + std::to_string(i) + " is missing";
      return result;
    }
  }
  EnsembleStats& st = result.stats;
  const std::size_t n = samples.size();
  st.samples = n;
  const double dn = static_cast<double>(n);
  std::vector<double> col(n);
  auto fill_pct = [&](auto&& value, auto& pct) {  // pct[level] over the ascending column of value(sample)
    for (std::size_t i = 0; i < n; ++i) col[i] = value(samples[i]);
    std::sort(col.begin(), col.end());
    for (std::size_t l = 0; l < kPercentileLevels.size(); ++l) pct[l] = percentile_type7(col, kPercentileLevels[l] / 100.0);
  };
  for (int k = 0; k < kYearCount; ++k) {
    std::array<double, kPercentileLevels.size()> g{}, nt{};
    fill_pct([k](const SampleResult& s) { return s.gross_t[k]; }, g);
    fill_pct([k](const SampleResult& s) { return s.net_t[k]; }, nt);
    double gs = 0.0, ns = 0.0;
    for (const SampleResult& s : samples) {
      gs += s.gross_t[k];
      ns += s.net_t[k];
    }
    for (std::size_t l = 0; l < kPercentileLevels.size(); ++l) {
      st.gross_pct[l][k] = g[l];
      st.net_pct[l][k] = nt[l];
    }
    st.gross_mean[k] = gs / dn;
    st.net_mean[k] = ns / dn;
  }
  std::array<std::uint64_t, kYearCount> peaked_in{}, neutral_in{};
  double cum = 0.0;
  for (const SampleResult& s : samples) {
    const int pk = std::clamp(s.peak_year - kFirstYear, 0, kYearCount - 1);
    ++st.peak_year_count[pk];
    if (s.peaked) ++peaked_in[pk];
    if (s.neutrality_year != 0) ++neutral_in[std::clamp(s.neutrality_year - kFirstYear, 0, kYearCount - 1)];
    cum += s.cumulative_t;
  }
  std::uint64_t peaked = 0, neutral = 0;
  for (int k = 0; k < kYearCount; ++k) {
    peaked += peaked_in[k];
    neutral += neutral_in[k];
    st.peaked_by[k] = static_cast<double>(peaked) / dn;
    st.neutral_by[k] = static_cast<double>(neutral) / dn;
  }
  fill_pct([](const SampleResult& s) { return static_cast<double>(s.peak_year); }, st.peak_year_pct);
  fill_pct([](const SampleResult& s) { return s.cumulative_t; }, st.cumulative_pct);
  st.cumulative_mean = cum / dn;
  return result;
}

}  // namespace twin::uncertainty
