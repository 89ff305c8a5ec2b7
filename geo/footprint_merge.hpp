// Step 4 of footprint cleaning (footprints.hpp): the pieces of one building are unioned. Pieces
// belong together when their features share a non-empty id (a building cut at tile edges, CityJSON
// BuildingParts carrying their parent's id) or are polygons of the same feature (MultiPolygon).
#pragma once

#include <cstdint>
#include <vector>

#include "geo/feature.hpp"
#include "geo/footprint_geometry.hpp"

namespace geo::fp {

// Gaps narrower than this between pieces of one building are closed when they are unioned.
// Tile clipping quantises each piece to its tile's grid: one unit of a zoom-16 tile with the
// Mapbox Vector Tile default extent of 4096 (MVT spec 2.1, §4.3.1 "extent") is
// 2π·6378137 m·cos(31.2°)/2^16/4096 ≈ 0.13 m at Shanghai, so two clipped pieces may lie a unit
// apart; 0.2 m covers that and is below any gap between two real buildings (walls are thicker).
inline constexpr double kPieceGapM = 0.2;

// One cleaned polygon of one input feature (after steps 1–2).
struct Piece {
  BgPolygon polygon;
  std::uint32_t feature = 0;  // index into the input vector
  bool repaired = false;
};

struct MergedFootprint {
  BgPolygon polygon;
  std::uint32_t representative = 0;      // the contributing feature with the most attributes (ties: first)
  std::vector<std::uint32_t> features;   // every input feature with a piece in it, ascending
  bool repaired = false;
};

struct MergeNotes {
  std::uint64_t merged_pieces = 0;        // pieces unioned into another: Σ over groups (parts in − footprints out)
  std::uint64_t gap_closed_groups = 0;    // groups that needed the gap tolerance to come out whole
  std::uint64_t split_groups = 0;         // groups still several footprints after it (each warned)
  struct GroupNote {
    std::uint32_t first_feature = 0;
    std::uint32_t pieces = 0, footprints = 0;
    bool gap_closed = false;
    std::uint32_t features = 0;           // distinct input features in the group
  };
  std::vector<GroupNote> groups;          // groups of more than one piece, in input order
};

// Groups pieces (in input order of their first piece), unions each group of more than one piece:
// a plain bg::union_ first; if that leaves several polygons, the union is closed morphologically
// (grown by kPieceGapM/2 with mitred corners, then shrunk back) so gaps under kPieceGapM join while
// straight walls and right-angled corners come back where they were (miter joins keep corners; a
// corner sharper than the miter limit of 5 loses a tip of about kPieceGapM). Groups still several
// polygons stay several footprints of the same feature(s); each piece is credited to the one it
// lies in. Vertices the closing moved by under kSameVertexM are put back on the input's vertices.
// Output order: groups by their first piece (input order), a group's polygons largest first.
std::vector<MergedFootprint> merge_pieces(const std::vector<Feature>& features, std::vector<Piece> pieces,
                                          MergeNotes* notes);

}  // namespace geo::fp
