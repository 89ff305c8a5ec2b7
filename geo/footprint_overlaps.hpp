// Step 5 of footprint cleaning (footprints.hpp): duplicates and overlaps between footprints of
// different buildings, found with an R-tree over their bounding boxes.
#pragma once

#include <cstdint>
#include <vector>

#include "geo/feature.hpp"
#include "geo/footprint_geometry.hpp"
#include "geo/footprint_merge.hpp"

namespace geo::fp {

// An overlap larger than this share of the smaller footprint makes it a copy of, or a part inside,
// the other (90 %: tiled and re-digitised copies of one building differ by their outline's
// quantisation, a few decimetres around, which is well under 10 % of any footprint over ~50 m²).
inline constexpr double kSameBuildingShare = 0.9;
// Overlaps up to this area are left as they are: digitising noise along a shared wall (a 0.1 m
// sliver along a 10 m party wall); trimming them would only add vertices.
inline constexpr double kIgnoredOverlapM2 = 1.0;

struct OverlapEvent {
  std::uint32_t footprint = 0;  // index in the vector given to resolve_overlaps
  std::uint32_t other = 0;      // the footprint it met
  StepNote note;                // Error: skipped ("duplicate", "inside_another", "too_small"); Warning: "overlap_trimmed"
};

// Walks the footprints in their order (input order). For each, a query of one packed R-tree of all
// bounding boxes gives the earlier kept footprints whose boxes meet its box; pairs whose boxes
// overlap by at most 1 m² are passed over (their polygons cannot overlap by more); the others, in
// ascending index order: overlap area > 90 % of the
// smaller → if both areas are within 90 % of each other, a "duplicate": the one whose representative
// feature has more attributes stays (ties: the earlier); else the smaller is "inside_another" and is
// skipped. Overlap > 1 m² otherwise → the overlap is cut from the later footprint, which keeps its
// largest remaining part (warned, with the area cut and any parts dropped); if that part is under
// kMinFootprintAreaM2 the footprint is skipped as "too_small". `kept` (one flag per footprint, all
// true on entry) says what survives; polygons of trimmed footprints are replaced. Only R-tree hits
// are compared, so the work grows with the number of neighbours, not with n².
// *small_overlaps_kept counts pairs whose computed overlap was > 0 and ≤ 1 m².
void resolve_overlaps(const std::vector<Feature>& features, std::vector<MergedFootprint>* footprints,
                      std::vector<bool>* kept, std::vector<OverlapEvent>* events, std::uint64_t* small_overlaps_kept);

}  // namespace geo::fp
