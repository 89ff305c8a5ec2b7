// Block fillers: each turns one street block (a rectangle inside the streets' set-backs) into
// buildings of one typology. Every filler divides its block into disjoint cells at least a few
// metres apart and draws each building inside its own cell, so buildings never overlap.
//
// Rule for every filler: at most one random draw per full expression that is a function call's
// arguments or an operator's operands — draw into named variables first. C++ leaves the order of
// evaluating function arguments unspecified (GCC goes right to left, clang left to right), and two
// draws in one call made the native and wasm cities differ.
#pragma once

#include <cstdint>

#include "twin/city/geometry.hpp"
#include "twin/city/rng.hpp"
#include "twin/city/stock_writer.hpp"

namespace twin::citygen {

enum class BlockKind : std::uint8_t {
  Vacant = 0,  // farmland, construction sites, planned but unbuilt land
  Park,
  Compound,    // gated high-rise residential compound (小区), 18–33 floors
  WalkUps,     // 1980s–2000s 5–7 floor slab blocks
  Village,     // urban village (城中村) houses, 3–6 floors
  CbdTowers,   // office and hotel towers, malls
  Commercial,  // mid-rise offices, malls, hotels outside the CBD
  School,
  Hospital,
  Industrial,  // factory sheds
  Logistics,   // warehouses
  University,  // university campus: teaching blocks, dormitories, sports grounds
  RuralVillage,  // terraced rows of 2–3 floor village houses, outside the construction land
};

struct BlockContext {
  Rect rect;                      // buildable area, inside the street set-backs
  double centre_distance_m = 0;   // from the city centre, drives CBD tower heights
  bool landmark = false;          // the CBD block that gets the ~400 m landmark tower
};

void fill_block(BlockKind kind, const BlockContext& ctx, Rng& rng, StockWriter& out);

// Per-typology fillers (blocks_housing.cpp, blocks_public.cpp, blocks_industry.cpp).
void fill_compound(const BlockContext& ctx, Rng& rng, StockWriter& out);
void fill_walkups(const BlockContext& ctx, Rng& rng, StockWriter& out);
void fill_village(const BlockContext& ctx, Rng& rng, StockWriter& out);
void fill_cbd(const BlockContext& ctx, Rng& rng, StockWriter& out);
void fill_commercial(const BlockContext& ctx, Rng& rng, StockWriter& out);
void fill_school(const BlockContext& ctx, Rng& rng, StockWriter& out);
void fill_hospital(const BlockContext& ctx, Rng& rng, StockWriter& out);
void fill_industrial(const BlockContext& ctx, Rng& rng, StockWriter& out);
void fill_logistics(const BlockContext& ctx, Rng& rng, StockWriter& out);
void fill_university(const BlockContext& ctx, Rng& rng, StockWriter& out);
void fill_rural_village(const BlockContext& ctx, Rng& rng, StockWriter& out);

// Shared helpers for fillers.
BuildingSpec make_spec(BuildingUse use, ResidentialType type, std::uint16_t floors, double floor_to_floor_m,
                       std::uint16_t year, Rng& rng);
// Largest rotation t (see rotated_rect_polygon) ≤ wanted that keeps a w × d rectangle centred in
// the cell inside the cell; 0 when even a small rotation does not fit.
double fitting_rotation(const Rect& cell, double w_m, double d_m, double wanted_t);

}  // namespace twin::citygen
