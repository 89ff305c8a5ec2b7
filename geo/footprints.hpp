// Building footprints cleaned for twin::City: features whose coordinates are already in local
// metres (x east, y north) → simple counter-clockwise open rings, each with the input feature(s) it
// came from, and a report of everything repaired, merged or skipped, with reasons and counts.
//
// The steps (Boost.Geometry 1.74, header-only; details in each step's header):
//  1. per polygon (footprint_ring.hpp): non-finite vertices dropped, consecutive vertices < 1 mm
//     apart dropped, rings closed, oriented (outer counter-clockwise) and stripped of spikes;
//  2. validity (bg::is_valid): a self-intersecting or otherwise invalid polygon is repaired by
//     splitting its rings into simple loops at their crossing points, or rejected with the
//     failure in words and its place;
//  3. holes (courtyards, footprint_keyhole.hpp) bridged to the outer ring by zero-width keyhole
//     cuts: twin footprints have no holes; the area stays exact, the ring is weakly simple;
//  4. pieces sharing a non-empty id, and the polygons of one MultiPolygon feature, unioned with a
//     0.2 m gap tolerance (footprint_merge.hpp); still apart → several footprints, warned;
//  5. duplicates, footprints inside others and overlaps resolved in input order with an R-tree
//     (footprint_overlaps.hpp).
// Footprints under 2 m² after step 4 (kMinFootprintAreaM2) are skipped as "too_small".
// Step 3 runs last, on the polygons that survive step 5.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "geo/feature.hpp"
#include "twin/city/city.hpp"

namespace geo {

struct CleanFootprint {
  std::vector<twin::Vec2> ring;                // counter-clockwise, open (last ≠ first), simple; weakly
                                               // simple when courtyards were bridged (holes_bridged > 0)
  std::uint32_t feature = 0;                   // index into the input vector of the representative
                                               // feature (most attributes of those merged; ties: first)
  std::vector<std::uint32_t> merged_features;  // every input feature that went in, ascending
  double area_m2 = 0.0;                        // twin::polygon_signed_area_m2 of ring (> 0)
  bool repaired = false;                       // geometry changed beyond closing/orienting: vertices
                                               // dropped, spikes, self-intersection split, overlap cut
  std::uint32_t holes_bridged = 0;
};

struct FootprintResult {
  std::vector<CleanFootprint> footprints;  // in input order of their representative's first piece
  std::vector<Issue> errors;               // one per skipped piece or footprint, naming feature index and id
  std::vector<Issue> warnings;             // repairs, merges and overlap cuts
  std::uint64_t read = 0;                  // features given
  std::uint64_t imported = 0;              // footprints out (== footprints.size())
  std::uint64_t merged_pieces = 0;         // pieces unioned into another: Σ over groups (pieces − footprints)
  std::uint64_t repaired = 0;              // footprints out with repaired == true
  // Skipped pieces (steps 1–2: one feature polygon each) and footprints (after step 4) by reason:
  // "not_building", "no_polygon", "non_finite", "degenerate", "self_intersection", "too_small",
  // "duplicate", "inside_another". Sorted by reason; reasons with a zero count are absent.
  std::vector<std::pair<std::string, std::uint64_t>> skipped;
  // Every count by name, sorted by name: "read", "pieces" (polygons of the building features; a
  // feature skipped whole — not a building, no polygon — counts as one), "imported",
  // "merged_pieces", "repaired", "skipped", and what steps did: "closed", "reoriented",
  // "duplicate_points", "spikes", "non_finite_vertices", "self_intersection_repaired",
  // "holes_repaired", "holes_bridged", "holes_unbridged", "holes_left_out", "split_loops",
  // "gap_closed_groups", "split_groups", "overlap_trimmed", "overlap_unresolved",
  // "small_overlaps_kept". Books balance: pieces + split_loops = imported + merged_pieces + skipped.
  std::vector<std::pair<std::string, std::uint64_t>> counts;
  double merged_area_m2 = 0.0;  // total area after step 4 (pieces unioned, before overlaps), m²
  double area_m2 = 0.0;         // total area of the footprints out, m²
};

// Cleans the building footprints of `features` (coordinates in local metres); `file_name` names
// the file in issues. Never throws: a Boost.Geometry failure on one polygon skips that polygon
// with an error; anything else unexpected ends the run with one error and what was done so far.
FootprintResult clean_footprints(const std::vector<Feature>& features, const std::string& file_name);

// Value of counts[name], 0 when absent.
std::uint64_t footprint_count(const FootprintResult& result, const std::string& name);

}  // namespace geo
