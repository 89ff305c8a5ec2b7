// Step 4: pieces of one building unioned, with a small gap tolerance (footprint_merge.hpp).
#include "geo/footprint_merge.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

namespace geo::fp {
namespace {

namespace bs = bg::strategy::buffer;

// Morphological closing of a valid multipolygon by r: buffer(+r) then buffer(−r), mitred joins.
BgMulti close_gaps(const BgMulti& in, double r) {
  const bs::side_straight side;
  const bs::join_miter join;  // default miter limit 5 (boost/geometry/strategies/cartesian/buffer_join_miter.hpp)
  const bs::end_flat end;
  const bs::point_square point;
  BgMulti grown, closed;
  bg::buffer(in, grown, bs::distance_symmetric<double>(r), side, join, end, point);
  bg::buffer(grown, closed, bs::distance_symmetric<double>(-r), side, join, end, point);
  return closed;
}

// Buffer arithmetic (boost 1.74 rescales coordinates to an integer grid for its overlay) moves
// vertices by about a micrometre; a closed vertex within kSameVertexM of an input vertex takes the
// input's exact coordinates back, so untouched corners stay where the file had them.
void snap_back(BgMulti* closed, const BgMulti& input) {
  std::vector<BgPoint> original;
  bg::for_each_point(input, [&](const BgPoint& p) { original.push_back(p); });
  bg::for_each_point(*closed, [&](BgPoint& p) {
    for (const BgPoint& q : original)
      if (std::fabs(p.x() - q.x()) < kSameVertexM && std::fabs(p.y() - q.y()) < kSameVertexM) {
        p = q;
        return;
      }
  });
}

std::uint32_t representative(const std::vector<Feature>& features, const std::vector<std::uint32_t>& members) {
  std::uint32_t best = members.front();
  for (const std::uint32_t f : members)
    if (features[f].attributes.size() > features[best].attributes.size()) best = f;
  return best;  // members ascend, so ties keep the first
}

}  // namespace

std::vector<MergedFootprint> merge_pieces(const std::vector<Feature>& features, std::vector<Piece> pieces,
                                          MergeNotes* notes) {
  std::vector<std::vector<std::size_t>> groups;
  std::map<std::string, std::size_t> group_of;  // look-up only; output follows `groups`' input order
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    const Feature& f = features[pieces[k].feature];
    const std::string key = f.id.empty() ? "#" + std::to_string(pieces[k].feature) : "id:" + f.id;
    const auto [it, inserted] = group_of.emplace(key, groups.size());
    if (inserted) groups.emplace_back();
    groups[it->second].push_back(k);
  }
  std::vector<MergedFootprint> out;
  out.reserve(groups.size());
  for (const std::vector<std::size_t>& g : groups) {
    if (g.size() == 1) {
      Piece& p = pieces[g.front()];
      out.push_back(MergedFootprint{std::move(p.polygon), p.feature, {p.feature}, p.repaired});
      continue;
    }
    BgMulti merged;
    for (const std::size_t k : g) {
      BgMulti next;
      bg::union_(merged, pieces[k].polygon, next);
      merged.swap(next);
    }
    bool gap_closed = false;
    if (merged.size() > 1) {
      BgMulti closed = close_gaps(merged, 0.5 * kPieceGapM);
      if (!closed.empty() && closed.size() < merged.size()) {
        snap_back(&closed, merged);
        merged.swap(closed);
        gap_closed = true;
      }
    }
    std::sort(merged.begin(), merged.end(),
              [](const BgPolygon& a, const BgPolygon& b) { return bg::area(a) > bg::area(b); });
    // Each piece goes to the footprint it lies in (or nearest, against rounding).
    std::vector<std::vector<std::uint32_t>> members(merged.size());
    std::vector<bool> repaired(merged.size(), false);
    for (const std::size_t k : g) {
      if (merged.size() == 1) {
        members[0].push_back(pieces[k].feature);
        repaired[0] = repaired[0] || pieces[k].repaired;
        continue;
      }
      std::size_t best = 0;
      double best_d = -1.0;
      for (std::size_t m = 0; m < merged.size(); ++m) {
        const double d = bg::distance(pieces[k].polygon, merged[m]);
        if (best_d < 0.0 || d < best_d) best = m, best_d = d;
        if (d == 0.0) break;
      }
      members[best].push_back(pieces[k].feature);
      repaired[best] = repaired[best] || pieces[k].repaired;
    }
    std::uint32_t distinct = 0;
    {
      std::vector<std::uint32_t> all;
      for (const std::size_t k : g) all.push_back(pieces[k].feature);
      std::sort(all.begin(), all.end());
      distinct = static_cast<std::uint32_t>(std::unique(all.begin(), all.end()) - all.begin());
    }
    for (std::size_t m = 0; m < merged.size(); ++m) {
      std::vector<std::uint32_t>& mem = members[m];
      std::sort(mem.begin(), mem.end());
      mem.erase(std::unique(mem.begin(), mem.end()), mem.end());
      if (mem.empty()) mem.push_back(pieces[g.front()].feature);  // a part made only by closing
      out.push_back(MergedFootprint{std::move(merged[m]), representative(features, mem), mem, repaired[m]});
    }
    const std::uint32_t made = static_cast<std::uint32_t>(merged.size());
    if (g.size() > made) notes->merged_pieces += g.size() - made;
    notes->gap_closed_groups += gap_closed ? 1 : 0;
    notes->split_groups += made > 1 ? 1 : 0;
    notes->groups.push_back(MergeNotes::GroupNote{pieces[g.front()].feature, static_cast<std::uint32_t>(g.size()), made,
                                                  gap_closed, distinct});
  }
  return out;
}

}  // namespace geo::fp
