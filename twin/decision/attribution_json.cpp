// attribution_json() (attribution_json.hpp).
#include "twin/decision/attribution_json.hpp"

#include <cstdio>

namespace twin::decision {
namespace {

std::string num(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

std::string str(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string key(const std::string& k) { return str(k) + ":"; }

std::string metrics_object(const MetricValues& v, bool peaked) {
  std::string j = "{";
  for (int k = 0; k < kMetricCount; ++k) j += key(metric_key(static_cast<Metric>(k))) + num(v[k]) + ",";
  return j + key("peaked") + (peaked ? "true" : "false") + "}";
}

}  // namespace

std::string attribution_json(const Attribution& r) {
  std::string j = "{";
  j += key("a") + str(r.name_a) + "," + key("b") + str(r.name_b) + ",";
  j += key("method") + str(to_string(r.method)) + ",";
  j += key("max_exact_players") + std::to_string(r.max_exact_players) + ",";
  j += key("evaluations") + std::to_string(r.evaluations) + ",";
  j += key("players") + "[";
  for (std::size_t i = 0; i < r.players.size(); ++i)
    j += (i ? "," : "") + std::string("{") + key("key") + str(r.players[i].key) + "," + key("group") +
         str(to_string(r.players[i].group)) + "}";
  j += "],";
  j += key("metrics") + "{" + key("a") + metrics_object(r.a, r.peaked_a) + "," + key("b") +
       metrics_object(r.b, r.peaked_b) + "},";
  j += key("contributions") + "[";
  for (std::size_t i = 0; i < r.contributions.size(); ++i) {
    const Contribution& c = r.contributions[i];
    j += (i ? "," : "") + std::string("{") + key("lever") + str(c.key);
    if (r.method == AttributionMethod::ShapleyGroups) {
      j += "," + key("members") + "[";
      for (std::size_t m = 0; m < c.members.size(); ++m) j += (m ? "," : "") + str(c.members[m]);
      j += "]";
    }
    for (int k = 0; k < kMetricCount; ++k) j += "," + key(delta_key(static_cast<Metric>(k))) + num(c.delta[k]);
    j += "}";
  }
  j += "],";
  for (int k = 0; k < kMetricCount; ++k)
    j += key(std::string("total_") + delta_key(static_cast<Metric>(k))) + num(r.total_delta[k]) + ",";
  j += key("notes") + "[";
  for (std::size_t i = 0; i < r.notes.size(); ++i) j += (i ? "," : "") + str(r.notes[i]);
  j += "],";
  j += key("definitions") + "{" +
       key("contributions") +
       str("exact Shapley values over the players that differ (method shapley) or over the sector groups that have "
           "differing players (shapley_groups, when more than max_exact_players differ); a coalition takes its "
           "players' settings from b and the rest from a; the contributions sum to the total") + "," +
       key("peak") + str("the year and tCO2 of the largest gross emissions (scope 1 + 2 of the emitting sectors)") + "," +
       key("delta_peak_year") + str("fractional years: Shapley averages of whole-year moves; they sum to the change") + "," +
       key("delta_2030_t") + str("gross emissions of 2030; delta_2030_net_t: net (gross - PV export credit + sinks)") + "," +
       key("delta_2060_t") + str("gross emissions of 2060; delta_2060_net_t: net") + "," +
       key("delta_cumulative_t") + str("sum of net emissions 2020-2060") + "}";
  return j + "}";
}

}  // namespace twin::decision
