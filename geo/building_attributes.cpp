// Reading a building's own attributes (building_attributes.hpp).
#include "geo/building_attributes.hpp"

#include <cctype>
#include <cmath>
#include <cstdlib>

namespace geo {
namespace {

using twin::BuildingUse;

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string trim(const std::string& s) {
  std::size_t a = 0, b = s.size();
  while (a < b && std::isspace(static_cast<unsigned char>(s[a]))) ++a;
  while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1]))) --b;
  return s.substr(a, b - a);
}

std::optional<double> parse_number(const std::string& text, std::string* rest) {
  const std::string t = trim(text);
  if (t.empty()) return std::nullopt;
  char* end = nullptr;
  const double v = std::strtod(t.c_str(), &end);
  if (end == t.c_str() || !std::isfinite(v)) return std::nullopt;
  *rest = trim(std::string(end));
  return v;
}

std::string place_of(const Feature& f) {
  return f.id.empty() ? "feature " + std::to_string(f.index) : "feature " + std::to_string(f.index) + " (" + f.id + ")";
}

// The vocabulary: OSM building=* / amenity=* / shop / office / tourism values and landuse values
// (https://wiki.openstreetmap.org/wiki/Key:building, Key:amenity, Key:landuse), Tilezen kind_detail
// (the same OSM values), and the Chinese words of 城市用地分类与规划建设用地标准 GB 50137-2011 and
// common planning attribute tables.
struct UseWord {
  const char* word;
  BuildingUse use;
};
constexpr UseWord kUseWords[] = {
    {"residential", BuildingUse::Residential}, {"apartments", BuildingUse::Residential},
    {"house", BuildingUse::Residential},       {"detached", BuildingUse::Residential},
    {"semidetached_house", BuildingUse::Residential}, {"terrace", BuildingUse::Residential},
    {"dormitory", BuildingUse::Residential},   {"bungalow", BuildingUse::Residential},
    {"farm", BuildingUse::Residential},        {"cabin", BuildingUse::Residential},
    {"commercial", BuildingUse::Office},       {"office", BuildingUse::Office},
    {"government", BuildingUse::Office},       {"public", BuildingUse::Office},
    {"civic", BuildingUse::Office},            {"townhall", BuildingUse::Office},
    {"bank", BuildingUse::Office},             {"retail", BuildingUse::Retail},
    {"supermarket", BuildingUse::Retail},      {"kiosk", BuildingUse::Retail},
    {"mall", BuildingUse::Retail},             {"shop", BuildingUse::Retail},
    {"marketplace", BuildingUse::Retail},      {"restaurant", BuildingUse::Retail},
    {"hotel", BuildingUse::Hotel},             {"motel", BuildingUse::Hotel},
    {"hostel", BuildingUse::Hotel},            {"guest_house", BuildingUse::Hotel},
    {"school", BuildingUse::School},           {"university", BuildingUse::School},
    {"college", BuildingUse::School},          {"kindergarten", BuildingUse::School},
    {"education", BuildingUse::School},        {"hospital", BuildingUse::Hospital},
    {"clinic", BuildingUse::Hospital},         {"healthcare", BuildingUse::Hospital},
    {"industrial", BuildingUse::Industrial},   {"manufacture", BuildingUse::Industrial},
    {"factory", BuildingUse::Industrial},      {"works", BuildingUse::Industrial},
    {"warehouse", BuildingUse::Warehouse},     {"storage", BuildingUse::Warehouse},
    {"hangar", BuildingUse::Warehouse},        {"logistics", BuildingUse::Warehouse},
    {"住宅", BuildingUse::Residential},        {"居住", BuildingUse::Residential},
    {"宿舍", BuildingUse::Residential},        {"办公", BuildingUse::Office},
    {"行政", BuildingUse::Office},             {"商务", BuildingUse::Office},
    {"商业", BuildingUse::Retail},             {"商场", BuildingUse::Retail},
    {"零售", BuildingUse::Retail},             {"酒店", BuildingUse::Hotel},
    {"宾馆", BuildingUse::Hotel},              {"旅馆", BuildingUse::Hotel},
    {"学校", BuildingUse::School},             {"教育", BuildingUse::School},
    {"教学", BuildingUse::School},             {"医院", BuildingUse::Hospital},
    {"医疗", BuildingUse::Hospital},           {"工业", BuildingUse::Industrial},
    {"厂房", BuildingUse::Industrial},         {"仓库", BuildingUse::Warehouse},
    {"仓储", BuildingUse::Warehouse},          {"物流", BuildingUse::Warehouse},
};

const std::string* first_of(const Feature& f, std::initializer_list<const char*> keys, std::string* key_out) {
  for (const char* k : keys)
    if (const std::string* v = f.attribute(k)) {
      *key_out = k;
      return v;
    }
  return nullptr;
}

}  // namespace

std::optional<double> parse_length_m(const std::string& text) {
  std::string rest;
  const auto v = parse_number(text, &rest);
  if (!v) return std::nullopt;
  const std::string unit = lower(rest);
  double metres = *v;
  if (unit.empty() || unit == "m" || unit == "meter" || unit == "meters" || unit == "metre" || unit == "米") {
  } else if (unit == "ft" || unit == "feet" || unit == "'") {
    metres *= 0.3048;  // international foot (1959)
  } else {
    return std::nullopt;
  }
  return metres;
}

std::optional<int> parse_year(const std::string& text) {
  std::string t = trim(text);
  if (!t.empty() && (t[0] == '~' || t[0] == '<' || t[0] == '>')) t = t.substr(1);
  if (t.size() < 4) return std::nullopt;
  for (int k = 0; k < 4; ++k)
    if (!std::isdigit(static_cast<unsigned char>(t[k]))) return std::nullopt;
  if (t.size() > 4 && std::isdigit(static_cast<unsigned char>(t[4]))) return std::nullopt;
  if (t.size() > 4 && t[4] == '.' && !(t.size() > 5 && t[5] == '.')) {
    // "1998.0" from a numeric DBF field is a year; "1998..2001" is a range (first year taken).
    for (std::size_t k = 5; k < t.size(); ++k)
      if (t[k] != '0') return std::nullopt;
  }
  const int y = std::atoi(t.substr(0, 4).c_str());
  if (y < 1000 || y > 2100) return std::nullopt;
  return y;
}

std::optional<BuildingUse> use_from_word(const std::string& word) {
  const std::string w = lower(trim(word));
  if (w.empty()) return std::nullopt;
  for (const UseWord& u : kUseWords)
    if (w == u.word) return u.use;
  // Chinese descriptions are often longer ("商业办公", "住宅楼"): take the first word they contain.
  for (const UseWord& u : kUseWords)
    if (static_cast<unsigned char>(u.word[0]) >= 0x80 && w.find(u.word) != std::string::npos) return u.use;
  return std::nullopt;
}

std::optional<BuildingUse> use_from_area(const Feature& area) {
  for (const char* key : {"landuse", "amenity", "kind", "kind_detail"})
    if (const std::string* v = area.attribute(key))
      if (auto use = use_from_word(*v)) return use;
  return std::nullopt;
}

BuildingAttributes read_building_attributes(const Feature& f, const AttributeMap& map, const std::string& file,
                                            std::vector<Issue>* warnings) {
  BuildingAttributes a;
  auto warn = [&](const std::string& what) { warnings->push_back(Issue{file, place_of(f), what}); };

  // Height: the mapped field, then the standard fields, then a 3D source's z range.
  std::string key;
  const std::string* h = !map.height.empty() ? (key = map.height, f.attribute(map.height))
                                             : first_of(f, {"height", "building:height", "measuredHeight"}, &key);
  if (h) {
    const auto metres = parse_length_m(*h);
    double base_m = 0.0;
    std::string min_key;
    if (const std::string* m = first_of(f, {"min_height", "building:min_height"}, &min_key))
      if (const auto mh = parse_length_m(*m); mh && *mh >= 0.0) base_m = *mh;
    if (!metres || *metres <= base_m || *metres > kMaxHeightM)
      warn("height '" + *h + "' in '" + key + "' is not a usable height in metres; inferred instead");
    else {
      // Tilezen/OSM parts raised off the ground (min_height) are only their height above it.
      a.height_m = *metres - base_m;
      a.height_from = key;
    }
  } else if (std::isfinite(f.ground_z) && std::isfinite(f.roof_z) && f.roof_z - f.ground_z > 1.0 &&
             f.roof_z - f.ground_z <= kMaxHeightM) {
    a.height_m = f.roof_z - f.ground_z;
    a.height_from = "geometry z range";
  }

  const std::string* fl = !map.floors.empty()
                              ? (key = map.floors, f.attribute(map.floors))
                              : first_of(f, {"building:levels", "levels", "storeysAboveGround", "floors"}, &key);
  if (fl) {
    std::string rest;
    const auto n = parse_number(*fl, &rest);
    if (!n || !rest.empty() || *n < 1.0 || *n > kMaxFloors)
      warn("floors '" + *fl + "' in '" + key + "' is not a number of storeys; inferred instead");
    else
      a.floors = static_cast<std::uint16_t>(std::lround(*n));
  }

  // Use: the mapped field (through the user's value map first), then the format's own tags.
  if (!map.use.empty()) {
    if (const std::string* u = f.attribute(map.use)) {
      for (const auto& [value, use] : map.use_values)
        if (*u == value) a.use = use;
      if (!a.use) a.use = use_from_word(*u);
      if (!a.use) warn("use '" + *u + "' in '" + map.use + "' is not a known use; inferred instead");
    }
  }
  if (!a.use) {
    for (const char* k : {"building", "amenity", "shop", "office", "tourism", "kind_detail", "function", "usage"}) {
      const std::string* v = f.attribute(k);
      if (!v) continue;
      if (std::string(k) == "shop") a.use = BuildingUse::Retail;
      else if (std::string(k) == "office") a.use = BuildingUse::Office;
      else a.use = use_from_word(*v);
      if (a.use) break;
    }
  }

  const std::string* y = !map.year.empty()
                             ? (key = map.year, f.attribute(map.year))
                             : first_of(f, {"start_date", "building:start_date", "construction_year",
                                            "yearOfConstruction", "oorspronkelijk_bouwjaar"}, &key);
  if (y) {
    if (const auto year = parse_year(*y))
      a.year = static_cast<std::uint16_t>(*year);
    else
      warn("construction year '" + *y + "' in '" + key + "' is not a year; inferred instead");
  }

  const std::string* n = !map.name.empty() ? f.attribute(map.name) : first_of(f, {"name", "name:zh", "NAME"}, &key);
  if (n) a.name = *n;
  return a;
}

}  // namespace geo
