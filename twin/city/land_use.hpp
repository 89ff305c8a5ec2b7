// The land-use plan: which 1 km superblock holds what (a concentric city — CBD at the centre, old
// town inside the inner ring, new-town compounds between the rings and just beyond, an industrial
// park, a logistics park, a university town; farmland, forest and rural villages outside), and the
// street blocks of each construction-land superblock with the typology of each.
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
  BlockContext ctx;            // ctx.rect: buildable area inside the building set-backs
  Rect parcel;                 // land parcel inside the street red lines (for land accounting)
  BlockKind kind = BlockKind::Vacant;
  std::uint32_t zone = 0;      // superblock index
  bool optional = false;       // new-town block, built only while the housing budget lasts
  bool riverfront = false;     // too near the water to build on: riverside green (滨水绿地)
  double priority = 0.0;       // lower is built first: its superblock's distance from the centre plus noise
};

std::vector<PlannedBlock> plan_blocks(const Lattice& lattice, const std::vector<Superblock>& plan,
                                      const River& river, Rng& rng);

// Ring (Chebyshev distance in superblocks) of superblock (a, b) from the centre superblock.
int superblock_ring(const Lattice& lattice, int a, int b);

// The rural village patch of a RuralVillage superblock: a corner where two kept arterials meet.
Rect rural_village_patch(const Lattice& lattice, int a, int b);

}  // namespace twin::citygen
