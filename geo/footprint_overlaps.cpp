// Step 5: duplicates, footprints inside others and overlaps, with an R-tree (footprint_overlaps.hpp).
#include "geo/footprint_overlaps.hpp"

#include <algorithm>
#include <cstdio>
#include <exception>
#include <iterator>
#include <string>
#include <utility>


namespace geo::fp {
namespace {

namespace bgi = bg::index;
using Entry = std::pair<BgBox, std::uint32_t>;
using Level = StepNote::Level;

std::string m2(double a) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.2f m²", a);
  return buf;
}

std::string name(const std::vector<Feature>& features, const MergedFootprint& f) {
  const Feature& r = features[f.representative];
  return "feature " + std::to_string(r.index) + (r.id.empty() ? "" : " (id " + r.id + ")");
}

}  // namespace

void resolve_overlaps(const std::vector<Feature>& features, std::vector<MergedFootprint>* footprints,
                      std::vector<bool>* kept, std::vector<OverlapEvent>* events, std::uint64_t* small_overlaps_kept) {
  std::vector<MergedFootprint>& fps = *footprints;
  std::vector<double> area(fps.size());
  for (std::size_t i = 0; i < fps.size(); ++i) area[i] = bg::area(fps[i].polygon);
  // One packed (bulk-loaded, sort-tile-recursive) tree of all boxes: a footprint only ever
  // shrinks, so its first box still covers it; earlier/kept is checked on each hit.
  std::vector<Entry> entries;
  entries.reserve(fps.size());
  for (std::uint32_t i = 0; i < fps.size(); ++i)
    if ((*kept)[i]) entries.emplace_back(bg::return_envelope<BgBox>(fps[i].polygon), i);
  const bgi::rtree<Entry, bgi::quadratic<16>> tree(entries.begin(), entries.end());
  std::vector<Entry> hits;
  for (std::uint32_t i = 0; i < fps.size(); ++i) {
    if (!(*kept)[i]) continue;
    const BgBox box_i = bg::return_envelope<BgBox>(fps[i].polygon);
    hits.clear();
    tree.query(bgi::intersects(box_i), std::back_inserter(hits));
    std::sort(hits.begin(), hits.end(), [](const Entry& a, const Entry& b) { return a.second < b.second; });
    for (const Entry& hit : hits) {
      const std::uint32_t j = hit.second;
      if (j >= i) break;
      if (!(*kept)[j]) continue;
      // Boxes overlapping by at most 1 m² cannot hold an overlap that matters (footprints are
      // ≥ 2 m², so 90 % of the smaller is > 1 m²): no polygon overlay for them.
      BgBox common_box;
      if (!bg::intersection(box_i, bg::return_envelope<BgBox>(fps[j].polygon), common_box) ||
          bg::area(common_box) <= kIgnoredOverlapM2)
        continue;
      BgMulti common;
      try {
        bg::intersection(fps[j].polygon, fps[i].polygon, common);
      } catch (const std::exception& e) {
        events->push_back({i, j, {Level::Warning, "overlap_unresolved",
                                  "overlap with " + name(features, fps[j]) + " could not be computed (" + e.what() +
                                      "); both kept as they are"}});
        continue;
      }
      const double overlap = bg::area(common);
      if (overlap <= 0.0) continue;
      const double smaller = std::min(area[i], area[j]), larger = std::max(area[i], area[j]);
      if (overlap > kSameBuildingShare * smaller) {
        std::uint32_t drop = area[i] <= area[j] ? i : j;
        std::string reason = "inside_another";
        if (smaller > kSameBuildingShare * larger) {
          reason = "duplicate";
          const std::size_t ai = features[fps[i].representative].attributes.size();
          const std::size_t aj = features[fps[j].representative].attributes.size();
          drop = ai > aj ? j : i;  // more attributes stay; ties keep the earlier (j)
        }
        const std::uint32_t keep = drop == i ? j : i;
        char share[32];
        std::snprintf(share, sizeof share, "%.1f %%", 100.0 * overlap / area[drop]);
        (*kept)[drop] = false;
        events->push_back({drop, keep, {Level::Error, reason,
                                        (reason == "duplicate" ? "duplicate of " : "inside ") + name(features, fps[keep]) +
                                            " (" + share + " of its " + m2(area[drop]) + " overlaps, " +
                                            std::to_string(features[fps[drop].representative].attributes.size()) + " vs " +
                                            std::to_string(features[fps[keep].representative].attributes.size()) +
                                            " attributes); skipped"}});
        if (drop == i) break;
        continue;
      }
      if (overlap <= kIgnoredOverlapM2) {
        ++*small_overlaps_kept;
        continue;
      }
      BgMulti rest;
      try {
        bg::difference(fps[i].polygon, fps[j].polygon, rest);
      } catch (const std::exception& e) {
        events->push_back({i, j, {Level::Warning, "overlap_unresolved",
                                  "overlap of " + m2(overlap) + " with " + name(features, fps[j]) +
                                      " could not be cut (" + e.what() + "); both kept as they are"}});
        continue;
      }
      std::sort(rest.begin(), rest.end(), [](const BgPolygon& a, const BgPolygon& b) { return bg::area(a) > bg::area(b); });
      const double before = area[i];
      const double left = rest.empty() ? 0.0 : bg::area(rest.front());
      const double dropped = bg::area(rest) - left;
      if (left < kMinFootprintAreaM2) {
        (*kept)[i] = false;
        events->push_back({i, j, {Level::Error, "too_small",
                                  "after cutting its overlap of " + m2(overlap) + " with " + name(features, fps[j]) +
                                      " only " + m2(left) + " is left (under " + m2(kMinFootprintAreaM2) + "); skipped"}});
        break;
      }
      fps[i].polygon = std::move(rest.front());
      area[i] = left;
      std::string msg = "overlapped " + name(features, fps[j]) + " by " + m2(overlap) + " of its " + m2(before) +
                        ": overlap cut from this (later) footprint";
      if (dropped > 0.0)
        msg += ", kept its largest part; " + std::to_string(rest.size() - 1) + " smaller part(s) of " + m2(dropped) + " dropped";
      events->push_back({i, j, {Level::Warning, "overlap_trimmed", msg}});
    }
  }
}

}  // namespace geo::fp
