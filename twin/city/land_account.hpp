// Land accounting of the generated plan: the urban construction land of each zone and its split
// by GB 50137-2011 class, from the superblock plan, the block parcels and the river.
#pragma once

#include <vector>

#include "twin/city/construction_land.hpp"
#include "twin/city/land_use.hpp"

namespace twin::citygen {

// Fills zone_land_m2 (one entry per superblock, 0 for non-construction land) and returns the split.
ConstructionLand account_construction_land(const Lattice& lattice, const std::vector<Superblock>& plan,
                                           const std::vector<PlannedBlock>& blocks, const River& river,
                                           std::vector<double>& zone_land_m2);

}  // namespace twin::citygen
