// Ranking of plants by net emissions and the per-plant what-if (key_emitters.hpp).
#include "twin/industry/key_emitters.hpp"

#include <algorithm>
#include <cassert>

#include "twin/industry/industry_tables.hpp"

namespace twin::industry {

std::vector<KeyEmitter> rank_key_emitters(const IndustryYear& year) {
  const double threshold_t = lever_parameter(kEtsThresholdTKey);
  const double threshold_tce = lever_parameter(kEtsThresholdTceKey);
  double total_t = 0.0;
  for (const PlantYear& p : year.plants) total_t += p.account.net_t;

  std::vector<KeyEmitter> ranked(year.plants.size());
  for (std::size_t i = 0; i < year.plants.size(); ++i) {
    const IndustryAccount& a = year.plants[i].account;
    KeyEmitter& k = ranked[i];
    k.plant = i;
    k.net_t = a.net_t;
    k.share = total_t > 0.0 ? a.net_t / total_t : 0.0;
    k.energy_tce = a.energy_tce;
    k.above_ets_threshold = a.net_t >= threshold_t;
    k.above_energy_threshold = a.energy_tce >= threshold_tce;
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const KeyEmitter& a, const KeyEmitter& b) { return a.net_t > b.net_t; });
  for (std::size_t r = 0; r < ranked.size(); ++r) ranked[r].rank = static_cast<int>(r) + 1;
  return ranked;
}

namespace {

void rank_and_share(const IndustryYear& year, std::size_t plant, int* rank, double* share) {
  for (const KeyEmitter& k : rank_key_emitters(year)) {
    if (k.plant != plant) continue;
    *rank = k.rank;
    *share = k.share;
  }
}

}  // namespace

PlantWhatIf plant_what_if(std::span<const Plant> plants, std::size_t plant, const IndustryDrivers& drivers,
                          const IndustryLevers& city_levers, const IndustryLevers& plant_levers,
                          const IndustryFactors& factors) {
  assert(plant < plants.size() && "plant_what_if: plant index out of range");
  PlantWhatIf w;
  w.plant = plant;
  IndustryYear year = evaluate_industry_year(plants, drivers, city_levers, factors);
  w.before = year.plants[plant];
  w.industry_before_t = year.total.net_t;
  rank_and_share(year, plant, &w.rank_before, &w.share_before);

  // Only this plant changes: replace its row and recompute the sum in plant order (the same order of
  // additions as evaluate_industry_year, so an unchanged plant gives an identical total).
  w.after = evaluate_plant(plants[plant], drivers, plant_levers, factors);
  year.plants[plant] = w.after;
  IndustryAccount total;
  for (const PlantYear& p : year.plants) total.add(p.account);
  w.industry_after_t = total.net_t;
  w.delta_t = w.after.account.net_t - w.before.account.net_t;
  rank_and_share(year, plant, &w.rank_after, &w.share_after);
  return w;
}

}  // namespace twin::industry
