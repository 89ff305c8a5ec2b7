// Exact Shapley values from the values of every coalition, for several metrics at once:
//   φ_i = Σ_{S ⊆ N∖{i}} |S|! (n − |S| − 1)! / n! · (v(S ∪ {i}) − v(S))      (Shapley 1953)
// The 2^n coalition values are computed once by the caller and shared by every metric. Each weight is
// 1 / (n · C(n−1, |S|)), one correctly rounded division of exact integers (C ≤ 92378 for n ≤ 20), and
// each φ_i is a compensated (Neumaier) sum, so Σ φ_i equals v(N) − v(∅) to a few ulps of the marginal
// differences — far inside the 1e-9 relative the tests ask. Plain doubles in a fixed order: native and
// wasm give the same bits.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

namespace twin::decision {

inline constexpr int kMaxShapleyPlayers = 20;

// values: 2^n × metrics doubles, coalition mask (bit i = player i in S) major: values[mask × metrics + k].
// Returns n × metrics doubles, φ of player i for metric k at [i × metrics + k].
// Preconditions: 0 ≤ n ≤ kMaxShapleyPlayers, metrics ≥ 1, values.size() == 2^n × metrics.
std::vector<double> shapley_values(int n, std::size_t metrics, std::span<const double> values);

}  // namespace twin::decision
