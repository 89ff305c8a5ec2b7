// Building footprints cleaned for twin::City: the five steps in order, counts and issues (footprints.hpp).
#include "geo/footprints.hpp"

#include <algorithm>
#include <cstdio>
#include <exception>
#include <map>

#include "geo/footprint_geometry.hpp"
#include "geo/footprint_keyhole.hpp"
#include "geo/footprint_merge.hpp"
#include "geo/footprint_overlaps.hpp"
#include "geo/footprint_ring.hpp"

namespace geo {
namespace {

using fp::StepNote;
using Level = StepNote::Level;

std::string feature_place(const Feature& f) {
  return "feature " + std::to_string(f.index) + (f.id.empty() ? "" : " (id " + f.id + ")");
}

std::string m2(double a) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.2f m²", a);
  return buf;
}

class Books {
 public:
  Books(std::string file, FootprintResult* out) : file_(std::move(file)), out_(out) {}
  void add(const std::string& name, std::uint64_t n = 1) { counts_[name] += n; }
  void skip(const std::string& place, const std::string& reason, const std::string& message) {
    ++skipped_[reason];
    out_->errors.push_back(Issue{file_, place, message + " [" + reason + "]"});
  }
  void warn(const std::string& place, const std::string& message) { out_->warnings.push_back(Issue{file_, place, message}); }
  // Notes of one piece: Info counted, Warnings issued and counted, the Error (if any) skips it.
  bool take(const std::string& place, const std::vector<StepNote>& notes) {
    bool repaired = false;
    for (const StepNote& n : notes) {
      if (n.level == Level::Error) {
        skip(place, n.reason, n.message);
        continue;
      }
      add(n.reason == "non_finite" ? "non_finite_vertices" : n.reason);
      if (n.level == Level::Warning) {
        warn(place, n.message);
        repaired = true;
      }
    }
    return repaired;
  }
  void finish() {
    for (const auto& [reason, n] : skipped_) {
      out_->skipped.emplace_back(reason, n);
      counts_["skipped"] += n;
    }
    counts_["read"] = out_->read;
    counts_["imported"] = out_->imported;
    counts_["merged_pieces"] = out_->merged_pieces;
    counts_["repaired"] = out_->repaired;
    counts_.emplace("skipped", 0);
    out_->counts.assign(counts_.begin(), counts_.end());
  }

 private:
  std::string file_;
  FootprintResult* out_;
  std::map<std::string, std::uint64_t> counts_;   // sorted: deterministic report order
  std::map<std::string, std::uint64_t> skipped_;
};

void run(const std::vector<Feature>& features, FootprintResult* result, Books* books) {
  result->read = features.size();
  // Steps 1–2, piece by piece.
  std::vector<fp::Piece> pieces;
  pieces.reserve(features.size());
  std::vector<StepNote> notes;
  for (std::uint32_t i = 0; i < features.size(); ++i) {
    const Feature& f = features[i];
    if (f.kind != FeatureKind::Building) {
      books->add("pieces");
      books->skip(feature_place(f), "not_building", std::string("a ") + to_string(f.kind) + " feature, not a building; skipped");
      continue;
    }
    if (f.polygons.empty()) {
      books->add("pieces");
      books->skip(feature_place(f), "no_polygon", "building without an area geometry (no polygon); skipped");
      continue;
    }
    for (std::size_t p = 0; p < f.polygons.size(); ++p) {
      books->add("pieces");
      notes.clear();
      fp::BgMulti parts = fp::clean_polygon(f.polygons[p], &notes);
      const std::string place =
          feature_place(f) + (f.polygons.size() > 1 ? ", polygon " + std::to_string(p) : std::string());
      const bool repaired = books->take(place, notes);
      if (parts.size() > 1) books->add("split_loops", parts.size() - 1);
      for (fp::BgPolygon& poly : parts) pieces.push_back(fp::Piece{std::move(poly), i, repaired});
    }
  }
  // Step 4: pieces of one building unioned.
  fp::MergeNotes merge;
  std::vector<fp::MergedFootprint> merged = fp::merge_pieces(features, std::move(pieces), &merge);
  result->merged_pieces = merge.merged_pieces;
  books->add("gap_closed_groups", merge.gap_closed_groups);
  books->add("split_groups", merge.split_groups);
  for (const fp::MergeNotes::GroupNote& g : merge.groups) {
    const Feature& f = features[g.first_feature];
    std::string what = std::to_string(g.pieces) + " pieces " +
                       (f.id.empty() ? "of this feature" : "sharing id " + f.id + " (" + std::to_string(g.features) + " feature(s))");
    if (g.footprints == 1)
      books->warn(feature_place(f), what + " unioned into one footprint" + (g.gap_closed ? " after closing gaps under 0.2 m" : ""));
    else
      books->warn(feature_place(f), what + " stay " + std::to_string(g.footprints) +
                                        " separate footprints (their union, gaps under 0.2 m closed, is that many polygons)");
  }
  std::vector<bool> kept(merged.size(), true);
  for (std::size_t k = 0; k < merged.size(); ++k) {
    const double a = fp::bg::area(merged[k].polygon);
    if (a < fp::kMinFootprintAreaM2) {
      kept[k] = false;
      books->skip(feature_place(features[merged[k].representative]), "too_small",
                  "footprint of " + m2(a) + " is under " + m2(fp::kMinFootprintAreaM2) +
                      " (a sliver or artefact, not a building); skipped");
      continue;
    }
    result->merged_area_m2 += a;
  }
  // Step 5: duplicates and overlaps.
  std::vector<fp::OverlapEvent> events;
  std::uint64_t small_overlaps = 0;
  fp::resolve_overlaps(features, &merged, &kept, &events, &small_overlaps);
  books->add("small_overlaps_kept", small_overlaps);
  std::vector<bool> trimmed(merged.size(), false);
  for (const fp::OverlapEvent& e : events) {
    const std::string place = feature_place(features[merged[e.footprint].representative]);
    if (e.note.level == Level::Error) {
      books->skip(place, e.note.reason, e.note.message);
      continue;
    }
    books->add(e.note.reason);
    books->warn(place, e.note.message);
    trimmed[e.footprint] = trimmed[e.footprint] || e.note.reason == "overlap_trimmed";
  }
  // Step 3 on what survives, and the output.
  for (std::size_t k = 0; k < merged.size(); ++k) {
    if (!kept[k]) continue;
    const fp::MergedFootprint& m = merged[k];
    std::uint32_t bridged = 0, unbridged = 0;
    CleanFootprint c;
    c.ring = fp::keyhole_ring(m.polygon, &bridged, &unbridged);
    c.feature = m.representative;
    c.merged_features = m.features;
    c.area_m2 = twin::polygon_signed_area_m2(c.ring.data(), static_cast<std::uint32_t>(c.ring.size()));
    c.repaired = m.repaired || trimmed[k];
    c.holes_bridged = bridged;
    books->add("holes_bridged", bridged);
    if (unbridged > 0) {
      books->add("holes_unbridged", unbridged);
      books->warn(feature_place(features[m.representative]),
                  std::to_string(unbridged) + " hole(s) could not be bridged to the outer ring and were filled");
    }
    result->repaired += c.repaired ? 1 : 0;
    result->area_m2 += c.area_m2;
    result->footprints.push_back(std::move(c));
  }
  result->imported = result->footprints.size();
}

}  // namespace

FootprintResult clean_footprints(const std::vector<Feature>& features, const std::string& file_name) {
  FootprintResult result;
  Books books(file_name, &result);
  try {
    run(features, &result, &books);
  } catch (const std::exception& e) {
    result.errors.push_back(Issue{file_name, "", std::string("footprint cleaning stopped: ") + e.what()});
    result.imported = result.footprints.size();
  }
  books.finish();
  return result;
}

std::uint64_t footprint_count(const FootprintResult& result, const std::string& name) {
  for (const auto& [k, v] : result.counts)
    if (k == name) return v;
  return 0;
}

}  // namespace geo
