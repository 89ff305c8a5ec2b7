// Embedded copy of assets/geo/import_defaults.csv (import_defaults.hpp).
#include "geo/import_defaults.hpp"

namespace geo {
namespace {

using twin::BuildingUse;
constexpr UseDefaults kDefaults[] = {
    {BuildingUse::Residential, 2.9, 6}, {BuildingUse::Office, 3.8, 8},      {BuildingUse::Retail, 4.5, 3},
    {BuildingUse::Hotel, 3.5, 10},      {BuildingUse::School, 3.9, 4},      {BuildingUse::Hospital, 4.2, 6},
    {BuildingUse::Industrial, 6.0, 1},  {BuildingUse::Warehouse, 11.0, 1},
};
static_assert(sizeof kDefaults / sizeof kDefaults[0] == static_cast<int>(BuildingUse::Count));

}  // namespace

const UseDefaults& use_defaults(BuildingUse use) { return kDefaults[static_cast<int>(use)]; }

}  // namespace geo
