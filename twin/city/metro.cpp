#include "twin/city/metro.hpp"

#include <string>

namespace twin::citygen {
namespace {

// Station names, assigned to distinct station positions in order of first appearance. Common
// Chinese place-name patterns; any resemblance to a particular city is incidental (synthetic city).
const char* const kStationNames[] = {
    "西郊", "苹果园", "八里庄", "建设路", "解放路", "中山路", "人民广场", "市政府",
    "体育中心", "会展中心", "科技园", "东风路", "东站", "南湖", "工业园", "长江路",
    "文化宫", "和平路", "图书馆", "滨江路", "北湖公园", "大学城", "北站", "火车站",
    "胜利街", "新华路", "黄河路", "博物馆", "鼓楼", "钟楼", "桃园", "柳林",
    "金桥", "光明路", "幸福里", "红旗路", "望江楼", "新城", "高新区", "梧桐里",
    "银河湾", "朝阳门", "丰收路", "青年路", "迎宾大道", "北辰", "南门", "石桥"};
constexpr int kNameCount = static_cast<int>(sizeof(kStationNames) / sizeof(kStationNames[0]));

struct NameBook {
  std::vector<Vec2> positions;
  std::vector<int> names;
  int next = 0;
  std::string name_at(const Vec2& p) {
    for (std::size_t k = 0; k < positions.size(); ++k) {
      if (positions[k].x_m == p.x_m && positions[k].y_m == p.y_m) return kStationNames[names[k]];
    }
    positions.push_back(p);
    names.push_back(next % kNameCount);
    return kStationNames[next++ % kNameCount];
  }
};

bool inside(const Lattice& L, const Vec2& p, double margin_m) {
  const double h = L.half_extent_m() - margin_m;
  return p.x_m >= -h && p.x_m <= h && p.y_m >= -h && p.y_m <= h;
}

}  // namespace

std::vector<TransitLine> make_metro_lines(const Lattice& L, std::uint32_t line_count) {
  // Station lattices chosen so the lines cross exactly at stations: Line 1 along y = −500 with
  // stations at x = −H + 500 + 1250 k; Line 2 along x = 500 with stations at y = −H + 750 + 1250 k;
  // Line 3 along y = x + 1500 with stations every 2500/3 m in x (≈ 1.18 km along the line), which
  // meets Line 1 at (−2000, −500) and Line 2 at (500, 2000) for the default 15 km district.
  const double H = L.half_extent_m();
  std::vector<std::vector<Vec2>> paths(3);
  for (double x = -H + 500.0; x <= H - 500.0; x += 1250.0) paths[0].push_back({x, -500.0});
  for (double y = -H + 750.0; y <= H - 500.0; y += 1250.0) paths[1].push_back({500.0, y});
  for (int k = -12; k <= 12; ++k) {
    const double x = -2000.0 + (2500.0 * k) / 3.0;
    const Vec2 p{x, x + 1500.0};
    if (inside(L, p, 500.0)) paths[2].push_back(p);
  }
  const char* names[3] = {"Line 1", "Line 2", "Line 3"};
  const std::uint32_t colours[3] = {0xC23A30, 0x2E6FBF, 0x3C9A46};
  const double headways[3] = {3.0, 4.0, 5.0};

  std::vector<TransitLine> lines;
  NameBook book;
  for (std::uint32_t l = 0; l < line_count && l < 3; ++l) {
    TransitLine line;
    line.name = names[l];
    line.mode = TransitMode::Metro;
    line.headway_min = headways[l];
    line.colour_rgb = colours[l];
    for (const Vec2& p : paths[l]) line.stops.push_back({book.name_at(p), p});
    lines.push_back(line);
  }
  return lines;
}

}  // namespace twin::citygen
