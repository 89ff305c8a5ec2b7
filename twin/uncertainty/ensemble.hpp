// Ensembles: evaluate the pathway of many sampled scenarios and summarise them. Each sample's result
// (41 gross + 41 net values, peak and neutrality years, cumulative) is kept; statistics are computed
// from all samples sorted by index, so however the samples were split (threads, MPI ranks, batches)
// the merged statistics are bit-identical to the serial ones.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "twin/pathway/baseline.hpp"
#include "twin/pathway/lever.hpp"
#include "twin/pathway/scenario.hpp"
#include "twin/uncertainty/uncertain_inputs.hpp"

namespace twin::uncertainty {

struct SampleResult {
  std::uint64_t index = 0;
  std::array<double, pathway::kYearCount> gross_t{};  // tCO2 per year 2020…2060
  std::array<double, pathway::kYearCount> net_t{};
  int peak_year = 0;        // Milestones::peak_year
  bool peaked = false;      // peak before the horizon
  int neutrality_year = 0;  // 0 = not reached by 2060
  double cumulative_t = 0.0;
};

// The pathway of sample `index`: evaluate_pathway(baseline, sample_scenario(base, inputs, seed, index)).
SampleResult evaluate_sample(const pathway::Baseline& baseline, const pathway::Scenario& base,
                             std::span<const UncertainInput> inputs, std::uint64_t seed, std::uint64_t index);

// Samples first, first + stride, … below count (one MPI rank's share: first = rank, stride = ranks).
// `progress` (may be empty) is called after each sample with the number done so far.
std::vector<SampleResult> evaluate_samples(const pathway::Baseline& baseline, const pathway::Scenario& base,
                                           std::span<const UncertainInput> inputs, std::uint64_t seed,
                                           std::uint64_t first, std::uint64_t stride, std::uint64_t count,
                                           const std::function<void(std::uint64_t)>& progress = {});

// Flat form for message passing (MPI_Gatherv of doubles): index, the 41 gross, the 41 net, peak year,
// peaked, neutrality year, cumulative. Every value is an integer below 2^53 or the double itself, so
// the round trip is exact.
inline constexpr int kSampleDoubles = 1 + 2 * pathway::kYearCount + 4;
void pack_sample(const SampleResult& s, double* out);  // writes kSampleDoubles values
SampleResult unpack_sample(const double* in);

// Percentile levels reported (%).
inline constexpr std::array<double, 7> kPercentileLevels = {5, 10, 25, 50, 75, 90, 95};

// Type 7 percentile (Hyndman & Fan 1996; R's default, numpy's "linear"): h = (n − 1) p,
// x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]) over the ascending values. Precondition: `sorted` ascending,
// non-empty, 0 ≤ p ≤ 1.
double percentile_type7(std::span<const double> sorted, double p);

struct EnsembleStats {
  std::uint64_t samples = 0;
  // [level][year]: kPercentileLevels of gross and net tCO2 per year.
  std::array<std::array<double, pathway::kYearCount>, kPercentileLevels.size()> gross_pct{}, net_pct{};
  std::array<double, pathway::kYearCount> gross_mean{}, net_mean{};
  // Share of samples that have peaked by each year: peaked (peak before 2060) and peak year ≤ year.
  std::array<double, pathway::kYearCount> peaked_by{};
  // Share of samples neutral by each year (neutrality year ≠ 0 and ≤ year).
  std::array<double, pathway::kYearCount> neutral_by{};
  // Samples whose peak falls in each year (2060 = not peaked by the horizon).
  std::array<std::uint64_t, pathway::kYearCount> peak_year_count{};
  std::array<double, kPercentileLevels.size()> peak_year_pct{}, cumulative_pct{};
  double cumulative_mean = 0.0;
};

struct EnsembleStatsResult {
  EnsembleStats stats;
  std::string error;  // "" when the samples are exactly the indices 0 … n−1, each once
};

// Sorts the samples by index (any order in, e.g. concatenated from ranks), checks that they are
// 0 … n−1 each once, and computes the statistics; means sum in index order.
EnsembleStatsResult ensemble_statistics(std::vector<SampleResult> samples);

}  // namespace twin::uncertainty
