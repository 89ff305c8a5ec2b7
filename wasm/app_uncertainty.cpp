// Uncertainty bands in the page (see app.hpp). The samples are those of `carbontwin ensemble` with the
// same seed (sample i depends only on the seed and i: twin/uncertainty), evaluated on the page's own
// baseline; a few per frame on the main loop, so the city keeps drawing while the band fills in. (Not in
// a worker: the samples need the whole pathway baseline, transport-model runs included, which lives here.)
#include <emscripten.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

#include "wasm/app.hpp"

namespace app {
namespace {

constexpr double kUncertaintySliceMs = 4.0;    // of a 16.7 ms frame
constexpr std::uint64_t kMaxUncertaintySamples = 2000;
constexpr std::size_t kP10 = 1, kP50 = 3, kP90 = 5;  // indices into twin::uncertainty::kPercentileLevels
static_assert(twin::uncertainty::kPercentileLevels[kP10] == 10 && twin::uncertainty::kPercentileLevels[kP50] == 50 &&
              twin::uncertainty::kPercentileLevels[kP90] == 90);

}  // namespace

bool App::set_uncertainty(bool on, int samples, double seed) {
  if (samples < 2 || static_cast<std::uint64_t>(samples) > kMaxUncertaintySamples || !(seed >= 0) ||
      seed != std::floor(seed) || seed > 9007199254740991.0)
    return false;
  uncertainty_on_ = on;
  uncertainty_wanted_ = static_cast<std::uint64_t>(samples);
  uncertainty_seed_ = static_cast<std::uint64_t>(seed);
  uncertainty_pathway_version_ = ~std::uint64_t{0};  // start over
  invalidate();
  return true;
}

bool App::advance_uncertainty() {
  if (!uncertainty_on_ || !city_ || pathway_.years.empty()) return false;
  bool changed = false;
  if (uncertainty_pathway_version_ != pathway_version_) {  // a lever, the year's baseline, the city moved
    uncertainty_pathway_version_ = pathway_version_;
    uncertainty_samples_.clear();
    uncertainty_band_ = render::UncertaintyBand{};
    changed = true;
  }
  uncertainty_band_.samples_wanted = uncertainty_wanted_;
  if (uncertainty_samples_.size() >= uncertainty_wanted_) return changed;
  const double start = emscripten_get_now();
  const auto& inputs = twin::uncertainty::default_uncertain_inputs();
  do {
    uncertainty_samples_.push_back(twin::uncertainty::evaluate_sample(baseline_, scenario_, inputs, uncertainty_seed_,
                                                                      uncertainty_samples_.size()));
  } while (uncertainty_samples_.size() < uncertainty_wanted_ && emscripten_get_now() - start < kUncertaintySliceMs);
  // Statistics of the samples so far (a band that firms up as they come in); sorting 100 × 41 values is
  // far below the slice.
  const twin::uncertainty::EnsembleStatsResult r = twin::uncertainty::ensemble_statistics(uncertainty_samples_);
  if (!r.error.empty()) return changed;
  uncertainty_stats_ = r.stats;
  auto row = [](const auto& a) { return std::vector<double>(a.begin(), a.end()); };
  uncertainty_band_.p10_t = row(r.stats.net_pct[kP10]);
  uncertainty_band_.p50_t = row(r.stats.net_pct[kP50]);
  uncertainty_band_.p90_t = row(r.stats.net_pct[kP90]);
  uncertainty_band_.samples_done = uncertainty_samples_.size();
  return true;
}

std::string App::uncertainty_json() const {
  const bool complete = uncertainty_on_ && uncertainty_samples_.size() >= uncertainty_wanted_ &&
                        uncertainty_pathway_version_ == pathway_version_;
  nlohmann::ordered_json j = {{"on", uncertainty_on_},
                              {"seed", uncertainty_seed_},
                              {"samples", uncertainty_wanted_},
                              {"samples_done", uncertainty_samples_.size()},
                              {"complete", complete}};
  auto arr = [&](const auto& a) { return complete ? nlohmann::ordered_json(a) : nlohmann::ordered_json::array(); };
  j["p10_net_t"] = arr(uncertainty_stats_.net_pct[kP10]);
  j["p50_net_t"] = arr(uncertainty_stats_.net_pct[kP50]);
  j["p90_net_t"] = arr(uncertainty_stats_.net_pct[kP90]);
  j["peaked_by"] = arr(uncertainty_stats_.peaked_by);
  return j.dump();
}

}  // namespace app
