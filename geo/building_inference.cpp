// Inference of missing building attributes from neighbours and defaults (building_inference.hpp).
#include "geo/building_inference.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "geo/import_defaults.hpp"
#include "geo/point_grid.hpp"
#include "twin/city/building_systems.hpp"

namespace geo {
namespace {

using twin::BuildingUse;

// Radius queries over the centroids (a district has 10^3–10^5 buildings).
class CentroidGrid {
 public:
  CentroidGrid(const std::vector<BuildingDraft>& drafts, double cell_m)
      : drafts_(drafts), grid_(centroids(drafts), cell_m) {}
  // Calls visit(j) for every building within radius_m of building i (i itself excluded). The order
  // is the grid's; callers only count votes and take medians, which do not depend on it.
  template <typename F>
  void within(std::uint32_t i, double radius_m, F visit) const {
    const twin::Vec2 c = drafts_[i].centroid;
    grid_.near(c.x_m, c.y_m, radius_m, [&](std::uint32_t j) {
      if (j == i) return;
      const double ex = drafts_[j].centroid.x_m - c.x_m, ey = drafts_[j].centroid.y_m - c.y_m;
      if (ex * ex + ey * ey <= radius_m * radius_m) visit(j);
    });
  }

 private:
  static std::vector<twin::Vec2> centroids(const std::vector<BuildingDraft>& drafts) {
    std::vector<twin::Vec2> out(drafts.size());
    for (std::size_t i = 0; i < drafts.size(); ++i) out[i] = drafts[i].centroid;
    return out;
  }
  const std::vector<BuildingDraft>& drafts_;
  PointGrid grid_;
};

template <typename T>
T median(std::vector<T> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];  // upper median: an actual value of a neighbour, never an average
}

constexpr std::size_t kMinNeighbours = 3;

twin::ResidentialType residential_type(BuildingUse use, std::uint16_t floors) {
  if (use != BuildingUse::Residential) return twin::ResidentialType::Nonresidential;
  if (floors >= 10) return twin::ResidentialType::HighRiseTower;
  if (floors >= 4) return twin::ResidentialType::WalkUp;
  return twin::ResidentialType::UrbanVillage;
}

void choose_heating(twin::climate::ClimateZone zone, std::uint32_t index, InferredBuilding* b) {
  using twin::climate::ClimateZone;
  switch (zone) {
    case ClimateZone::SevereCold:
    case ClimateZone::Cold: {
      twin::citygen::Rng rng(0x6E6F727468ull ^ (static_cast<std::uint64_t>(index) * 0x9E3779B97F4A7C15ull));
      const twin::citygen::Heating h = twin::citygen::choose_heating(b->use, b->residential_type, b->year, rng);
      b->heating_system = h.system;
      b->heating_fuel = h.fuel;
      return;
    }
    case ClimateZone::HotSummerColdWinter:
      b->heating_system = twin::HeatingSystem::HeatPump;
      b->heating_fuel = twin::Fuel::Electricity;
      return;
    case ClimateZone::HotSummerWarmWinter:
    case ClimateZone::Mild:
      b->heating_system = twin::HeatingSystem::None;
      b->heating_fuel = twin::Fuel::Electricity;
      return;
  }
}

}  // namespace

std::vector<InferredBuilding> infer_buildings(const std::vector<BuildingDraft>& drafts,
                                              twin::climate::ClimateZone zone, InferenceCounts* counts) {
  const std::uint32_t n = static_cast<std::uint32_t>(drafts.size());
  std::vector<InferredBuilding> out(n);
  const CentroidGrid grid(drafts, 100.0);

  // 1. Use: own tags → land-use area → neighbours' majority (of stated uses only) → residential.
  for (std::uint32_t i = 0; i < n; ++i) {
    InferredBuilding& b = out[i];
    if (drafts[i].read.use) {
      b.use = *drafts[i].read.use;
      ++counts->uses_read;
      continue;
    }
    b.inferred |= twin::kInferredUse;
    if (drafts[i].area_use) {
      b.use = *drafts[i].area_use;
      ++counts->uses_from_area;
      continue;
    }
    std::array<std::uint32_t, static_cast<int>(BuildingUse::Count)> votes{};
    std::uint32_t total = 0;
    grid.within(i, 150.0, [&](std::uint32_t j) {
      if (drafts[j].read.use) {
        ++votes[static_cast<int>(*drafts[j].read.use)];
        ++total;
      }
    });
    if (total >= kMinNeighbours) {
      b.use = static_cast<BuildingUse>(std::max_element(votes.begin(), votes.end()) - votes.begin());
      ++counts->uses_from_neighbours;
    } else {
      b.use = BuildingUse::Residential;
      ++counts->uses_default;
    }
  }

  // 2. Floors and height.
  for (std::uint32_t i = 0; i < n; ++i) {
    InferredBuilding& b = out[i];
    const BuildingAttributes& a = drafts[i].read;
    const double storey_m = use_defaults(b.use).storey_height_m;
    if (a.floors) {
      b.floors = *a.floors;
      ++counts->floors_read;
    }
    if (a.height_m) {
      b.height_m = *a.height_m;
      ++counts->heights_read;
      if (!a.floors) {
        b.floors = static_cast<std::uint16_t>(std::max(1.0, std::round(b.height_m / storey_m)));
        b.inferred |= twin::kInferredFloors;
        ++counts->floors_from_height;
      }
      continue;
    }
    b.inferred |= twin::kInferredHeight;
    if (a.floors) {
      ++counts->heights_from_floors;
    } else {
      b.inferred |= twin::kInferredFloors;
      std::vector<std::uint16_t> known;
      grid.within(i, 300.0, [&](std::uint32_t j) {
        const BuildingAttributes& o = drafts[j].read;
        if (out[j].use != b.use || (out[j].inferred & twin::kInferredUse)) return;
        if (o.floors) known.push_back(*o.floors);
        else if (o.height_m)
          known.push_back(static_cast<std::uint16_t>(std::max(1.0, std::round(*o.height_m / storey_m))));
      });
      if (known.size() >= kMinNeighbours) {
        b.floors = median(known);
        ++counts->heights_from_neighbours;
      } else {
        b.floors = use_defaults(b.use).default_floors;
        ++counts->heights_default;
      }
    }
    b.height_m = static_cast<double>(b.floors) * storey_m;
  }

  // 3. Construction year, typology and heating.
  for (std::uint32_t i = 0; i < n; ++i) {
    InferredBuilding& b = out[i];
    if (drafts[i].read.year) {
      b.year = *drafts[i].read.year;
      ++counts->years_read;
    } else {
      b.inferred |= twin::kInferredYear;
      std::vector<std::uint16_t> known;
      grid.within(i, 500.0, [&](std::uint32_t j) {
        if (drafts[j].read.year) known.push_back(*drafts[j].read.year);
      });
      if (known.size() >= kMinNeighbours) {
        b.year = median(known);
        ++counts->years_from_neighbours;
      } else {
        b.year = kDefaultConstructionYear;
        ++counts->years_default;
      }
    }
    b.residential_type = residential_type(b.use, b.floors);
    choose_heating(zone, i, &b);
    b.inferred |= twin::kInferredHeating;
  }
  return out;
}

}  // namespace geo
