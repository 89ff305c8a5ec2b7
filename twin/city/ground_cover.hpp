// Ground polygons of the generated city: the river and its riverside parks, city parks, park blocks
// and riverside green on the construction land; fields (耕地) and woods (林地) on the rest, cut
// around the river and the rural villages so no two covers and no building overlap.
#pragma once

#include <vector>

#include "twin/city/land_use.hpp"

namespace twin::citygen {

void add_ground_covers(const Lattice& lattice, const std::vector<Superblock>& plan,
                       const std::vector<PlannedBlock>& blocks, const River& river, GroundAreas& ground);

}  // namespace twin::citygen
