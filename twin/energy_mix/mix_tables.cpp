#include "twin/energy_mix/mix_tables.hpp"

namespace twin::energy_mix {
namespace {

// = assets/energy_mix/current_policies_nonfossil_path.csv
constexpr MixAnchor kAnchors[] = {
    {2020, 33.9, "observed"},
    {2021, 34.5, "observed"},
    {2022, 36.2, "observed"},
    {2030, 51.7, "target-derived"},
    {2060, 90.0, "assumption"},
};

// = shared/data/emission_factors/china_grid_emission_factors.csv (fossil_electricity_co2_factor and
// electricity_average_co2_factor_excl_market_traded_nonfossil rows; 2021 residual not published).
constexpr PublishedFossilFactor kFossil[] = {
    {2021, 0.8426, 0.0},
    {2022, 0.8325, 0.5856},
    {2023, 0.8273, 0.6096},
};

}  // namespace

std::span<const MixAnchor> current_policies_anchors() { return kAnchors; }
std::span<const PublishedFossilFactor> published_fossil_factors() { return kFossil; }

}  // namespace twin::energy_mix
