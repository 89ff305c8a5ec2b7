// Ensemble statistics: type 7 percentiles by hand, peak probabilities by hand, exact packing, and the
// merge property — per-sample results split in any way and concatenated in any order give statistics
// bit-identical to the serial run.
#include "twin/uncertainty/ensemble.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>

#include "tests/twin/pathway/pathway_test_util.hpp"

namespace twin::uncertainty {
namespace {

using pathway::kYearCount;

TEST(UncertaintyEnsemble, Type7PercentilesByHand) {
  const std::vector<double> x = {1.0, 2.0, 3.0, 4.0};
  // h = (n − 1) p = 3p: p = 0.1 → h = 0.3 → 1 + 0.3 × (2 − 1) = 1.3; p = 0.5 → 2.5; p = 0.95 → h = 2.85 → 3.85.
  EXPECT_DOUBLE_EQ(percentile_type7(x, 0.1), 1.3);
  EXPECT_DOUBLE_EQ(percentile_type7(x, 0.5), 2.5);
  EXPECT_DOUBLE_EQ(percentile_type7(x, 0.95), 3.85);
  EXPECT_EQ(percentile_type7(x, 0.0), 1.0);
  EXPECT_EQ(percentile_type7(x, 1.0), 4.0);
  const std::vector<double> one = {7.0};
  EXPECT_EQ(percentile_type7(one, 0.9), 7.0);
}

SampleResult synthetic(std::uint64_t index, int peak_year, bool peaked, int neutral_year, double level) {
  SampleResult s;
  s.index = index;
  for (int k = 0; k < kYearCount; ++k) {
    s.gross_t[k] = level + k;
    s.net_t[k] = level - k;
  }
  s.peak_year = peak_year;
  s.peaked = peaked;
  s.neutrality_year = neutral_year;
  s.cumulative_t = 10.0 * level;
  return s;
}

TEST(UncertaintyEnsemble, PeakAndNeutralityProbabilitiesByHand) {
  // Four samples: peaks 2025, 2030, 2030 and the horizon (2060, not peaked); neutral 2050, 2055, never, never.
  std::vector<SampleResult> s = {synthetic(3, 2060, false, 0, 400.0), synthetic(0, 2025, true, 2050, 100.0),
                                 synthetic(2, 2030, true, 0, 300.0), synthetic(1, 2030, true, 2055, 200.0)};
  const EnsembleStatsResult r = ensemble_statistics(s);
  ASSERT_EQ(r.error, "");
  const EnsembleStats& st = r.stats;
  EXPECT_EQ(st.samples, 4u);
  EXPECT_EQ(st.peaked_by[2024 - 2020], 0.0);
  EXPECT_EQ(st.peaked_by[2025 - 2020], 0.25);
  EXPECT_EQ(st.peaked_by[2029 - 2020], 0.25);
  EXPECT_EQ(st.peaked_by[2030 - 2020], 0.75);
  EXPECT_EQ(st.peaked_by[2060 - 2020], 0.75);  // the horizon sample never counts as peaked
  EXPECT_EQ(st.neutral_by[2049 - 2020], 0.0);
  EXPECT_EQ(st.neutral_by[2050 - 2020], 0.25);
  EXPECT_EQ(st.neutral_by[2060 - 2020], 0.5);
  EXPECT_EQ(st.peak_year_count[2030 - 2020], 2u);
  EXPECT_EQ(st.peak_year_count[2060 - 2020], 1u);
  // Peak years sorted 2025, 2030, 2030, 2060: median h = 1.5 → 2030; 95 %: h = 2.85 → 2030 + 0.85 × 30 = 2055.5.
  EXPECT_DOUBLE_EQ(st.peak_year_pct[3], 2030.0);
  EXPECT_DOUBLE_EQ(st.peak_year_pct[6], 2055.5);
  // Gross of 2020 = 100, 200, 300, 400: 10 % → h = 0.3 → 130; mean 250; cumulative mean 2500.
  EXPECT_DOUBLE_EQ(st.gross_pct[1][0], 130.0);
  EXPECT_DOUBLE_EQ(st.gross_mean[0], 250.0);
  EXPECT_DOUBLE_EQ(st.net_pct[3][40], 250.0 - 40.0);
  EXPECT_DOUBLE_EQ(st.cumulative_mean, 2500.0);
  EXPECT_DOUBLE_EQ(st.cumulative_pct[0], 1000.0 + 0.15 * 1000.0);  // 5 %: h = 0.15
}

TEST(UncertaintyEnsemble, MissingOrDuplicateSamplesAreErrors) {
  EXPECT_NE(ensemble_statistics({}).error, "");
  EXPECT_EQ(ensemble_statistics({synthetic(0, 2030, true, 0, 1), synthetic(2, 2030, true, 0, 1)}).error,
            "sample 1 is missing");
  EXPECT_EQ(ensemble_statistics({synthetic(0, 2030, true, 0, 1), synthetic(0, 2030, true, 0, 1)}).error,
            "sample 0 is present twice");
}

TEST(UncertaintyEnsemble, PackingRoundTripsExactly) {
  SampleResult s = synthetic(123456789, 2033, true, 2058, 1.0 / 3.0);
  s.gross_t[5] = -0.0;
  std::vector<double> buf(kSampleDoubles);
  pack_sample(s, buf.data());
  const SampleResult t = unpack_sample(buf.data());
  EXPECT_EQ(t.index, s.index);
  EXPECT_EQ(t.peak_year, s.peak_year);
  EXPECT_EQ(t.peaked, s.peaked);
  EXPECT_EQ(t.neutrality_year, s.neutrality_year);
  EXPECT_EQ(std::memcmp(t.gross_t.data(), s.gross_t.data(), sizeof(s.gross_t)), 0);
  EXPECT_EQ(std::memcmp(t.net_t.data(), s.net_t.data(), sizeof(s.net_t)), 0);
  EXPECT_EQ(t.cumulative_t, s.cumulative_t);
}

bool bit_equal(const EnsembleStats& a, const EnsembleStats& b) {
  // Field by field (no padding compared): every array of doubles or counts, byte for byte.
  return a.samples == b.samples && std::memcmp(&a.gross_pct, &b.gross_pct, sizeof(a.gross_pct)) == 0 &&
         std::memcmp(&a.net_pct, &b.net_pct, sizeof(a.net_pct)) == 0 &&
         std::memcmp(&a.gross_mean, &b.gross_mean, sizeof(a.gross_mean)) == 0 &&
         std::memcmp(&a.net_mean, &b.net_mean, sizeof(a.net_mean)) == 0 &&
         std::memcmp(&a.peaked_by, &b.peaked_by, sizeof(a.peaked_by)) == 0 &&
         std::memcmp(&a.neutral_by, &b.neutral_by, sizeof(a.neutral_by)) == 0 &&
         std::memcmp(&a.peak_year_count, &b.peak_year_count, sizeof(a.peak_year_count)) == 0 &&
         std::memcmp(&a.peak_year_pct, &b.peak_year_pct, sizeof(a.peak_year_pct)) == 0 &&
         std::memcmp(&a.cumulative_pct, &b.cumulative_pct, sizeof(a.cumulative_pct)) == 0 &&
         std::memcmp(&a.cumulative_mean, &b.cumulative_mean, sizeof(a.cumulative_mean)) == 0;
}

TEST(UncertaintyEnsemble, AnySplitMergesToTheSerialStatisticsBitForBit) {
  const pathway::Baseline& b = pathway::test::default_baseline();
  const pathway::Scenario base = pathway::default_scenario();
  const std::vector<UncertainInput>& inputs = default_uncertain_inputs();
  constexpr std::uint64_t kN = 30, kSeed = 2026;
  std::uint64_t calls = 0;
  const std::vector<SampleResult> serial =
      evaluate_samples(b, base, inputs, kSeed, 0, 1, kN, [&calls](std::uint64_t done) { calls = done; });
  EXPECT_EQ(calls, kN);
  const EnsembleStatsResult ref = ensemble_statistics(serial);
  ASSERT_EQ(ref.error, "");
  // The samples differ (the inputs do vary the pathway) …
  EXPECT_LT(ref.stats.gross_pct[0][40], ref.stats.gross_pct[6][40]);
  EXPECT_LE(ref.stats.gross_pct[0][40], ref.stats.gross_mean[40]);
  // … and each index's result equals a lone evaluation of that index.
  const SampleResult lone = evaluate_sample(b, base, inputs, kSeed, 17);
  EXPECT_EQ(std::memcmp(lone.net_t.data(), serial[17].net_t.data(), sizeof(lone.net_t)), 0);

  for (std::uint64_t ranks : {2u, 3u, 7u}) {
    // Strided shares as MPI ranks take them, gathered rank after rank (not in index order).
    std::vector<SampleResult> merged;
    for (std::uint64_t r = ranks; r-- > 0;) {
      const std::vector<SampleResult> part = evaluate_samples(b, base, inputs, kSeed, r, ranks, kN);
      merged.insert(merged.end(), part.begin(), part.end());
    }
    const EnsembleStatsResult m = ensemble_statistics(merged);
    ASSERT_EQ(m.error, "");
    EXPECT_TRUE(bit_equal(m.stats, ref.stats)) << ranks << " ranks";
  }
  // Contiguous batches, shuffled deterministically.
  std::vector<SampleResult> shuffled = serial;
  std::rotate(shuffled.begin(), shuffled.begin() + 11, shuffled.end());
  std::reverse(shuffled.begin(), shuffled.begin() + 13);
  EXPECT_TRUE(bit_equal(ensemble_statistics(shuffled).stats, ref.stats));
}

}  // namespace
}  // namespace twin::uncertainty
