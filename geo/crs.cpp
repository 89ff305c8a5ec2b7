// CRS parsing (PROJ-validated) and resolution: override, declaration, or guess (crs.hpp).
#include "geo/crs.hpp"

#include <algorithm>
#include <cctype>
#include <exception>
#include <functional>

#include "geo/crs_guess.hpp"
#include "geo/crs_proj.hpp"

namespace geo {
namespace {

using crs_detail::ContextPtr;
using crs_detail::PjPtr;

std::string lower(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && lower(s.substr(0, prefix.size())) == lower(prefix);
}

bool all_digits(std::string_view s) {
  return !s.empty() && s.size() <= 10 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string_view trim(std::string_view s) {
  if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);  // UTF-8 BOM of a .prj
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// Shortened text for messages (a WKT can be kilobytes).
std::string quoted(std::string_view s) {
  constexpr std::size_t kMax = 80;
  return "'" + std::string(s.substr(0, kMax)) + (s.size() > kMax ? "…'" : "'");
}

// WKT: a keyword (letters, digits, '_') followed by '[' or '(' — PROJCS[, GEOGCRS[, COMPD_CS[ …
bool looks_like_wkt(std::string_view s) {
  std::size_t k = 0;
  while (k < s.size() && (std::isalnum(static_cast<unsigned char>(s[k])) || s[k] == '_')) ++k;
  return k > 0 && k < s.size() && (s[k] == '[' || s[k] == '(') && std::isalpha(static_cast<unsigned char>(s[0]));
}

// Text → the definition handed to PROJ, or Gcj02/Bd09. False with *error on an unknown form.
bool normalise(std::string_view s, CrsSpec* out, std::string* error) {
  const std::string l = lower(s);
  if (l == "gcj02" || l == "gcj-02" || l == "gcj_02") {
    out->kind = CrsSpec::Kind::Gcj02;
    out->definition = "gcj02";
    return true;
  }
  if (l == "bd09" || l == "bd-09" || l == "bd_09") {
    out->kind = CrsSpec::Kind::Bd09;
    out->definition = "bd09";
    return true;
  }
  out->kind = CrsSpec::Kind::Proj;
  if (l == "ogc:crs84" || l == "crs84" || l == "urn:ogc:def:crs:ogc:1.3:crs84" || l == "urn:ogc:def:crs:ogc::crs84" ||
      l == "http://www.opengis.net/def/crs/ogc/1.3/crs84" || l == "https://www.opengis.net/def/crs/ogc/1.3/crs84") {
    out->definition = "OGC:CRS84";
    return true;
  }
  std::string_view code;
  if (starts_with_ci(s, "epsg:")) {
    code = s.substr(5);
  } else if (starts_with_ci(s, "urn:ogc:def:crs:epsg:")) {
    // urn:ogc:def:crs:EPSG:<version>:<code>, the version often empty.
    std::string_view rest = s.substr(21);
    const std::size_t colon = rest.find(':');
    code = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
  } else if (starts_with_ci(s, "http://www.opengis.net/def/crs/epsg/0/")) {
    code = s.substr(38);
  } else if (starts_with_ci(s, "https://www.opengis.net/def/crs/epsg/0/")) {
    code = s.substr(39);
  } else if (looks_like_wkt(s)) {
    out->definition = std::string(s);
    return true;
  } else if (starts_with_ci(s, "+proj=") || starts_with_ci(s, "proj=")) {
    out->definition = std::string(s);
    if (l.find("type=crs") == std::string::npos) out->definition += " +type=crs";
    return true;
  } else {
    *error = "not a coordinate reference system I can read: " + quoted(s) +
             " (expected EPSG:N, urn:ogc:def:crs:EPSG::N, an opengis.net EPSG URL, OGC:CRS84, WKT, a PROJ string, "
             "gcj02 or bd09)";
    return false;
  }
  if (!all_digits(code)) {
    *error = "the EPSG code in " + quoted(s) + " is not a number";
    return false;
  }
  out->definition = "EPSG:" + std::string(code);
  return true;
}

std::string type_name(PJ_TYPE type) {
  switch (type) {
    case PJ_TYPE_GEOCENTRIC_CRS: return "geocentric";
    case PJ_TYPE_VERTICAL_CRS: return "vertical";
    case PJ_TYPE_ENGINEERING_CRS: return "engineering (local)";
    case PJ_TYPE_TEMPORAL_CRS: return "temporal";
    default: return "non-horizontal";
  }
}

// Label from PROJ: "AUTH:CODE name", else "name (matches EPSG:N)" when PROJ identifies it with ≥ 90 %
// confidence (an ESRI .prj usually carries no id), else the bare name.
std::string make_label(PJ_CONTEXT* ctx, PJ* crs) {
  const char* name = proj_get_name(crs);
  const std::string n = name != nullptr ? name : "unnamed CRS";
  const char* auth = proj_get_id_auth_name(crs, 0);
  const char* code = proj_get_id_code(crs, 0);
  if (auth != nullptr && code != nullptr) return std::string(auth) + ":" + code + " " + n;
  int* confidence = nullptr;
  PJ_OBJ_LIST* list = proj_identify(ctx, crs, "EPSG", nullptr, &confidence);
  std::string label = n;
  if (list != nullptr && proj_list_get_count(list) > 0 && confidence != nullptr && confidence[0] >= 90) {
    PjPtr best(proj_list_get(ctx, list, 0));
    const char* bcode = best ? proj_get_id_code(best.get(), 0) : nullptr;
    if (bcode != nullptr) label += " (matches EPSG:" + std::string(bcode) + ")";
  }
  proj_int_list_destroy(confidence);
  proj_list_destroy(list);
  return label;
}

bool validate_with_proj(std::string_view original, CrsSpec* out, std::string* error) {
  ContextPtr ctx = crs_detail::new_context();
  if (!ctx) {
    *error = "PROJ could not create a context (out of memory?)";
    return false;
  }
  PjPtr crs(proj_create(ctx.get(), out->definition.c_str()));
  if (!crs) {
    const std::string reason = crs_detail::proj_error(ctx.get());
    if (PjPtr probe(proj_create(ctx.get(), "EPSG:4326")); !probe) {
      *error = "PROJ cannot read " + quoted(original) + " because it cannot open its database (" + reason + "). " +
               crs_detail::proj_db_hint();
      return false;
    }
    const bool epsg = out->definition.rfind("EPSG:", 0) == 0;
    *error = "PROJ does not know " + quoted(original) + (epsg ? ": no such EPSG code in proj.db" : "") + " (" +
             reason + ")";
    return false;
  }
  if (!proj_is_crs(crs.get())) {
    *error = quoted(original) + " is a coordinate operation, not a coordinate reference system";
    return false;
  }
  PjPtr horizontal = crs_detail::horizontal_crs(ctx.get(), crs.get());
  const PJ_TYPE type = horizontal ? proj_get_type(horizontal.get()) : PJ_TYPE_UNKNOWN;
  if (type != PJ_TYPE_GEOGRAPHIC_2D_CRS && type != PJ_TYPE_GEOGRAPHIC_3D_CRS && type != PJ_TYPE_PROJECTED_CRS) {
    *error = quoted(original) + " is a " + type_name(type) +
             " CRS; a geographic (lon/lat) or projected (metres) one is needed to place features on the map";
    return false;
  }
  out->geographic = crs_detail::is_geographic(horizontal.get());
  out->label = make_label(ctx.get(), crs.get());
  return true;
}

// Same CRS for the purpose of an override warning: same kind and, for PROJ ones, equivalent up to the
// axis order of a geographic CRS (EPSG:4326 ≡ OGC:CRS84 here: files put lon first anyway).
bool same_crs(const CrsSpec& a, const CrsSpec& b) {
  if (a.kind != b.kind) return false;
  if (a.kind != CrsSpec::Kind::Proj || lower(a.definition) == lower(b.definition)) return true;
  if (is_wgs84_lonlat(a) && is_wgs84_lonlat(b)) return true;
  ContextPtr ctx = crs_detail::new_context();
  if (!ctx) return false;
  PjPtr pa(proj_create(ctx.get(), a.definition.c_str()));
  PjPtr pb(proj_create(ctx.get(), b.definition.c_str()));
  return pa && pb && proj_is_equivalent_to(pa.get(), pb.get(), PJ_COMP_EQUIVALENT_EXCEPT_AXIS_ORDER_GEOGCRS) != 0;
}

bool looks_metric(RangeLook look) {
  return look == RangeLook::GaussKrugerZone3 || look == RangeLook::WebMercatorChina ||
         look == RangeLook::ProjectedMetres || look == RangeLook::NotOnEarth;
}

// The values against the CRS. A geographic CRS holding (lat, lon) → axes_swapped, warned; a projected
// one holding degrees → warned. Returns false (with *problem) when a geographic CRS holds values that
// cannot be degrees: nothing could be projected.
bool check_values(CrsSpec* spec, const CoordinateRanges& ranges, const RangeGuess& guess,
                  const std::function<void(const std::string&)>& warn, std::string* problem) {
  if (ranges.finite == 0) return true;
  if (spec->geographic) {
    if (looks_metric(guess.look)) {
      *problem = spec->label + " is geographic (degrees) but the coordinates are not degrees: " + describe(ranges) +
                 (guess.definition.empty() ? std::string()
                                           : "; they look like " + guess.definition + " (" + guess.why + ")");
      return false;
    }
    if (guess.look == RangeLook::LatLonSwapped && !spec->axes_swapped) {
      spec->axes_swapped = true;
      warn("the coordinates look like latitude first: " + describe(ranges) + ": " + guess.why +
           "; read as (lat, lon) and swapped back — give the right CRS with --crs if this is wrong");
    }
    return true;
  }
  if (guess.look == RangeLook::LonLat || guess.look == RangeLook::LatLonSwapped) {
    warn(spec->label + " is projected (metres) but the coordinates look like lon/lat degrees: " + describe(ranges) +
         "; they are read as metres as declared — give --crs EPSG:4326 if they are degrees");
  } else if (guess.look == RangeLook::NotOnEarth) {
    warn("coordinates in " + spec->label + " reach absurd magnitudes: " + describe(ranges) +
         "; features with such points will fail to project");
  }
  return true;
}

const char* declared_how(DeclaredCrs::Source source) {
  switch (source) {
    case DeclaredCrs::Source::Member: return "declared in the file (crs member)";
    case DeclaredCrs::Source::PrjFile: return "declared in the file (.prj)";
    case DeclaredCrs::Source::Implicit: return "implied by the file format (WGS84 lon/lat: RFC 7946 GeoJSON, OSM)";
    case DeclaredCrs::Source::None: break;
  }
  return "not declared";
}

}  // namespace

bool parse_crs_text(std::string_view text, CrsSpec* out, std::string* error) {
  std::string local_error;
  std::string* err = error != nullptr ? error : &local_error;
  if (out == nullptr) {
    *err = "parse_crs_text: no output given";
    return false;
  }
  try {
    const std::string_view s = trim(text);
    if (s.empty()) {
      *err = "empty CRS text";
      return false;
    }
    CrsSpec spec = *out;
    if (!normalise(s, &spec, err)) return false;
    if (spec.kind == CrsSpec::Kind::Gcj02) {
      spec.label = "GCJ-02 (lon/lat of Chinese web maps: Amap, Tencent, Google China)";
      spec.geographic = true;
    } else if (spec.kind == CrsSpec::Kind::Bd09) {
      spec.label = "BD-09 (lon/lat of Baidu Maps)";
      spec.geographic = true;
    } else if (is_wgs84_lonlat(spec)) {
      // PROJ 9.1's own names for these two, so that labels do not depend on whether proj.db is loaded.
      spec.label = spec.definition == "EPSG:4326" ? "EPSG:4326 WGS 84" : "OGC:CRS84 WGS 84 (CRS84)";
      spec.geographic = true;
    } else if (!validate_with_proj(s, &spec, err)) {
      return false;
    }
    *out = std::move(spec);
    return true;
  } catch (const std::exception& e) {
    *err = std::string("internal error while reading a CRS: ") + e.what();
    return false;
  }
}

bool is_wgs84_lonlat(const CrsSpec& spec) {
  return spec.kind == CrsSpec::Kind::Proj && (spec.definition == "EPSG:4326" || spec.definition == "OGC:CRS84");
}

bool proj_database_ready(std::string* error) {
  CrsSpec spec;
  std::string e;
  if (parse_crs_text("EPSG:4490", &spec, &e)) return true;  // any code that only the database knows
  if (error != nullptr) *error = e;
  return false;
}

CrsSpec resolve_crs(const DeclaredCrs& declared, const std::vector<Point>& sample, const std::string* override_text,
                    std::vector<Issue>* errors, std::vector<Issue>* warnings, const std::string& file_name, bool* ok) {
  bool local_ok = false;
  bool* done = ok != nullptr ? ok : &local_ok;
  *done = false;
  std::vector<Issue> sink;
  auto fail = [&](const std::string& m) {
    (errors != nullptr ? errors : &sink)->push_back(Issue{file_name, "crs", m});
  };
  const std::function<void(const std::string&)> warn = [&](const std::string& m) {
    (warnings != nullptr ? warnings : &sink)->push_back(Issue{file_name, "crs", m});
  };
  try {
    const CoordinateRanges ranges = coordinate_ranges(sample);
    const RangeGuess guess = guess_from_ranges(ranges);

    CrsSpec declared_spec;
    std::string declared_error;
    bool have_declared = false;
    if (declared.source != DeclaredCrs::Source::None) {
      const std::string text =
          declared.source == DeclaredCrs::Source::Implicit && trim(declared.text).empty() ? "EPSG:4326" : declared.text;
      have_declared = parse_crs_text(text, &declared_spec, &declared_error);
      declared_spec.how = declared_how(declared.source);
    }

    std::string problem;
    if (override_text != nullptr) {
      CrsSpec spec;
      std::string e;
      if (!parse_crs_text(*override_text, &spec, &e)) {
        fail("--crs " + quoted(*override_text) + ": " + e);
        return {};
      }
      spec.how = "given by --crs";
      if (declared.source != DeclaredCrs::Source::None) {
        if (!have_declared)
          warn("--crs " + spec.label + " is used; the file's own CRS " + quoted(declared.text) +
               " could not be read anyway (" + declared_error + ")");
        else if (!same_crs(spec, declared_spec))
          warn("--crs " + spec.label + " overrides the CRS " + declared_how(declared.source) + ", " +
               declared_spec.label + ": check which one is right");
      }
      if (!check_values(&spec, ranges, guess, warn, &problem)) {
        fail("--crs: " + problem);
        return {};
      }
      *done = true;
      return spec;
    }

    const bool explicit_decl =
        declared.source == DeclaredCrs::Source::Member || declared.source == DeclaredCrs::Source::PrjFile;
    if (explicit_decl || declared.source == DeclaredCrs::Source::Implicit) {
      if (!have_declared) {
        fail(std::string("the CRS ") + declared_how(declared.source) + ", " + quoted(declared.text) +
             ", cannot be used: " + declared_error + "; give the right one with --crs");
        return {};
      }
      if (check_values(&declared_spec, ranges, guess, warn, &problem)) {
        *done = true;
        return declared_spec;
      }
      if (explicit_decl) {
        fail(problem + "; give the right CRS with --crs");
        return {};
      }
      // An Implicit lon/lat (GeoJSON without `crs`) holding metres: files exported by GIS tools often
      // break RFC 7946 this way; fall through to the guess, saying so.
      warn("the file format implies WGS84 lon/lat but " + problem + "; guessing from the ranges instead");
    }

    if (guess.definition.empty()) {
      fail("no usable CRS is declared and none can be guessed from the coordinate ranges: " + describe(ranges) + ": " +
           guess.why + "; give it with --crs EPSG:N (or gcj02 / bd09)");
      return {};
    }
    CrsSpec spec;
    std::string e;
    if (!parse_crs_text(guess.definition, &spec, &e)) {
      fail("the guessed CRS " + guess.definition + " cannot be set up: " + e + ". " + crs_detail::proj_db_hint());
      return {};
    }
    spec.axes_swapped = guess.axes_swapped;
    spec.how = "guessed from the coordinate ranges: " + describe(ranges) + ": " + guess.why;
    const char* lead = declared.source == DeclaredCrs::Source::None ? "no CRS declared: " : "CRS replaced by a guess: ";
    warn(lead + spec.how + " — give --crs if this is wrong");
    *done = true;
    return spec;
  } catch (const std::exception& ex) {
    fail(std::string("internal error while resolving the CRS: ") + ex.what());
    return {};
  }
}

}  // namespace geo
