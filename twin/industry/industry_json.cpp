// Industry year → JSON (industry_json.hpp). A hand-written writer: the twin core has no JSON library.
#include "twin/industry/industry_json.hpp"

#include <cassert>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <vector>

#include "twin/industry/key_emitters.hpp"
#include "twin/json_text/json_text.hpp"

namespace twin::industry {
namespace {

void append_number(std::string* out, double value) { out->append(json_text::shortest_number(value)); }

void append_string(std::string* out, const std::string& text) { out->append(json_text::quote(text)); }

void key(std::string* out, const char* name) {
  append_string(out, name);
  out->push_back(':');
}

void number_field(std::string* out, const char* name, double value, bool comma = true) {
  key(out, name);
  append_number(out, value);
  if (comma) out->push_back(',');
}

void append_account(std::string* out, const IndustryAccount& a) {
  out->push_back('{');
  key(out, "energy_kwh");
  out->push_back('{');
  for (int c = 0; c < kCarrierCount; ++c)
    number_field(out, to_string(static_cast<Carrier>(c)), a.energy_kwh[c], c + 1 < kCarrierCount);
  out->append("},");
  key(out, "emissions_t");
  out->push_back('{');
  for (int c = 0; c < kCarrierCount; ++c)
    number_field(out, to_string(static_cast<Carrier>(c)), a.emissions_t[c], c + 1 < kCarrierCount);
  out->append("},");
  number_field(out, "energy_tce", a.energy_tce);
  number_field(out, "combustion_t", a.combustion_t);
  number_field(out, "process_t", a.process_t);
  number_field(out, "scope2_t", a.scope2_t);
  number_field(out, "captured_t", a.captured_t);
  number_field(out, "gross_t", a.gross_t);
  number_field(out, "net_t", a.net_t, false);
  out->push_back('}');
}

}  // namespace

std::string industry_year_json(std::span<const Plant> plants, const IndustryYear& year) {
  assert(plants.size() == year.plants.size() && "industry_year_json: plant list and year differ");
  std::vector<const KeyEmitter*> by_plant(year.plants.size(), nullptr);
  const std::vector<KeyEmitter> ranked = rank_key_emitters(year);
  for (const KeyEmitter& k : ranked) by_plant[k.plant] = &k;

  std::string out;
  out.push_back('{');
  key(&out, "total");
  append_account(&out, year.total);
  out.push_back(',');
  key(&out, "by_sector");
  out.push_back('{');
  for (int s = 0; s < kSectorCount; ++s) {
    key(&out, to_string(static_cast<Sector>(s)));
    append_account(&out, year.sectors[s]);
    if (s + 1 < kSectorCount) out.push_back(',');
  }
  out.append("},");
  key(&out, "plants");
  out.push_back('[');
  for (std::size_t i = 0; i < plants.size(); ++i) {
    const Plant& p = plants[i];
    const PlantYear& y = year.plants[i];
    const KeyEmitter& k = *by_plant[i];
    if (i) out.push_back(',');
    out.push_back('{');
    key(&out, "name");
    append_string(&out, p.name);
    out.push_back(',');
    key(&out, "sector");
    append_string(&out, to_string(p.sector));
    out.push_back(',');
    key(&out, "sector_zh");
    append_string(&out, name_zh(p.sector));
    out.push_back(',');
    key(&out, "route");
    append_string(&out, to_string(p.route));
    out.push_back(',');
    number_field(&out, "output", y.output);
    key(&out, "output_unit");
    append_string(&out, output_unit(p.route));
    out.push_back(',');
    number_field(&out, "output_h2_dri", y.output_h2_dri);
    key(&out, "synthetic");
    out.append(p.synthetic ? "true," : "false,");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    number_field(&out, "lon", p.has_lonlat ? p.lon_deg : nan);
    number_field(&out, "lat", p.has_lonlat ? p.lat_deg : nan);
    number_field(&out, "x_m", p.has_xy ? p.x_m : nan);
    number_field(&out, "y_m", p.has_xy ? p.y_m : nan);
    key(&out, "rank");
    out.append(std::to_string(k.rank));
    out.push_back(',');
    number_field(&out, "share", k.share);
    key(&out, "above_ets_threshold");
    out.append(k.above_ets_threshold ? "true," : "false,");
    key(&out, "above_energy_threshold");
    out.append(k.above_energy_threshold ? "true," : "false,");
    key(&out, "account");
    append_account(&out, y.account);
    out.push_back('}');
  }
  out.append("]}");
  return out;
}

}  // namespace twin::industry
