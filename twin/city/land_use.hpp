// The land-use plan: which 1 km superblock holds what (a concentric city — CBD at the centre, old
// town inside the inner ring, new-town compounds between the rings, an industrial park, villages
// and country parks outside), and the street blocks of each superblock with the typology of each.
#pragma once

#include <cstdint>
#include <vector>

#include "twin/city/blocks.hpp"
#include "twin/city/layout.hpp"
#include "twin/city/river.hpp"

namespace twin::citygen {

// Row-major from the south-west: index b * n + a, a = column (x), b = row (y).
std::vector<Superblock> plan_superblocks(const Lattice& lattice, const River& river, Rng& rng);

struct PlannedBlock {
  BlockContext ctx;
  BlockKind kind = BlockKind::Vacant;
  std::uint32_t zone = 0;      // superblock index
  bool optional = false;       // new-town block, built only while the housing budget lasts
  double priority = 0.0;       // lower is built first: its superblock's distance from the centre plus noise
};

std::vector<PlannedBlock> plan_blocks(const Lattice& lattice, const std::vector<Superblock>& plan, Rng& rng);

}  // namespace twin::citygen
