// Station reader, writer and default network (stations.hpp).
#include "twin/monitor/stations.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

#include "twin/monitor/monitor_csv.hpp"

namespace twin::monitor {

namespace {
constexpr const char* kKinds[] = {"tower", "rooftop", "lowcost", "mobile"};
constexpr double kMaxCoordM = 1.0e6;  // ±1000 km: larger is not a city's local frame

}  // namespace

const char* to_string(StationKind kind) {
  const int k = static_cast<int>(kind);
  return k >= 0 && k < static_cast<int>(StationKind::Count) ? kKinds[k] : "?";
}

std::optional<StationKind> station_kind_from_string(std::string_view name) {
  for (int k = 0; k < static_cast<int>(StationKind::Count); ++k)
    if (name == kKinds[k]) return static_cast<StationKind>(k);
  return std::nullopt;
}

std::string to_string(const StationError& e) {
  return (e.line > 0 ? "line " + std::to_string(e.line) + ", " : std::string()) + e.field + ": " + e.message;
}

StationCsv read_stations_csv(std::string_view text) {
  StationCsv out;
  const std::vector<const char*> names = {"id", "x_m", "y_m", "height_m", "kind"};
  std::vector<csv::FieldError> errors;
  const std::vector<csv::TableRow> rows = csv::read_table(text, names, &errors);
  for (const csv::FieldError& e : errors) out.errors.push_back({e.line, e.field, e.message});
  std::set<std::string> seen;
  for (const csv::TableRow& row : rows) {
    const int line = row.line;
    const std::vector<std::string>& f = row.fields;
    Station s;
    bool ok = true;
    auto bad = [&](const char* field, std::string message) {
      out.errors.push_back({line, field, std::move(message)});
      ok = false;
    };
    s.id = f[0];
    if (s.id.empty()) bad("id", "empty");
    else if (!seen.insert(s.id).second) bad("id", "'" + s.id + "' is used by an earlier line");
    for (int c : {1, 2}) {
      double v = 0.0;
      const std::string& field = f[static_cast<std::size_t>(c)];
      if (!csv::number(field, &v)) bad(names[c], "'" + field + "' is not a finite number");
      else if (std::fabs(v) > kMaxCoordM) bad(names[c], csv::exact(v) + " m is more than 1000 km from the city's origin");
      else (c == 1 ? s.x_m : s.y_m) = v;
    }
    {
      const std::string& field = f[3];
      double v = 0.0;
      if (!csv::number(field, &v)) bad("height_m", "'" + field + "' is not a finite number");
      else if (v < 0.0 || v > 1000.0) bad("height_m", csv::exact(v) + " m is outside 0–1000 m");
      else s.height_m = v;
    }
    {
      const std::string& field = f[4];
      const auto kind = station_kind_from_string(field);
      if (!kind) bad("kind", "'" + field + "' is not one of tower, rooftop, lowcost, mobile");
      else s.kind = *kind;
    }
    if (ok) out.stations.push_back(std::move(s));
  }
  return out;
}

std::string write_stations_csv(const std::vector<Station>& stations) {
  std::string out = "id,x_m,y_m,height_m,kind\n";
  for (const Station& s : stations)
    out += csv::quote(s.id) + "," + csv::exact(s.x_m) + "," + csv::exact(s.y_m) + "," + csv::exact(s.height_m) + "," + to_string(s.kind) + "\n";
  return out;
}

std::vector<Station> default_network(Vec2 min, Vec2 max, int lowcost_per_side) {
  constexpr double kTowerOffsetM = 2000.0, kTowerM = 100.0, kRooftopM = 30.0, kLowcostM = 10.0;
  const double cx = 0.5 * (min.x_m + max.x_m), cy = 0.5 * (min.y_m + max.y_m);
  const double wx = max.x_m - min.x_m, wy = max.y_m - min.y_m;
  std::vector<Station> out = {
      {"T-N", cx, max.y_m + kTowerOffsetM, kTowerM, StationKind::Tower},
      {"T-E", max.x_m + kTowerOffsetM, cy, kTowerM, StationKind::Tower},
      {"T-S", cx, min.y_m - kTowerOffsetM, kTowerM, StationKind::Tower},
      {"T-W", min.x_m - kTowerOffsetM, cy, kTowerM, StationKind::Tower},
      {"R-C", cx, cy, kRooftopM, StationKind::Rooftop},
      {"R-1", cx + 0.25 * wx, cy + 0.25 * wy, kRooftopM, StationKind::Rooftop},
      {"R-2", cx - 0.25 * wx, cy + 0.25 * wy, kRooftopM, StationKind::Rooftop},
      {"R-3", cx - 0.25 * wx, cy - 0.25 * wy, kRooftopM, StationKind::Rooftop},
      {"R-4", cx + 0.25 * wx, cy - 0.25 * wy, kRooftopM, StationKind::Rooftop},
  };
  const int n = std::max(0, lowcost_per_side);
  for (int j = 0; j < n; ++j)
    for (int i = 0; i < n; ++i)  // cell centres of an n × n lattice over the extent
      out.push_back({"L-" + std::to_string(i) + "-" + std::to_string(j), min.x_m + (i + 0.5) * wx / n,
                     min.y_m + (j + 0.5) * wy / n, kLowcostM, StationKind::Lowcost});
  return out;
}

bool city_extent(const City& city, Vec2* min, Vec2* max) {
  bool any = false;
  auto take = [&](const Vec2& v) {
    if (!any) {
      *min = *max = v;
      any = true;
    }
    min->x_m = std::min(min->x_m, v.x_m);
    min->y_m = std::min(min->y_m, v.y_m);
    max->x_m = std::max(max->x_m, v.x_m);
    max->y_m = std::max(max->y_m, v.y_m);
  };
  for (const Vec2& v : city.buildings.footprint_xy) take(v);
  for (const Vec2& v : city.roads.node_xy) take(v);
  return any;
}

}  // namespace twin::monitor
