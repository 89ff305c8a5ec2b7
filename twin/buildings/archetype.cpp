#include "twin/buildings/archetype.hpp"

#include <cassert>

namespace twin::buildings {

const char* to_string(ArchetypeVintage vintage) {
  static constexpr const char* kNames[] = {"before_1986", "1986_1999", "2000_2009", "2010_2018", "from_2019"};
  const int i = static_cast<int>(vintage);
  return i < kArchetypeVintageCount ? kNames[i] : "unknown";
}

const char* to_string(ScheduleKind kind) {
  static constexpr const char* kNames[] = {"residential", "office", "retail", "hotel", "school", "hospital",
                                           "industrial", "warehouse"};
  const int i = static_cast<int>(kind);
  return i < kScheduleKindCount ? kNames[i] : "unknown";
}

const char* csv_key(climate::ClimateZone zone) {
  switch (zone) {
    case climate::ClimateZone::SevereCold: return "severe_cold";
    case climate::ClimateZone::Cold: return "cold";
    case climate::ClimateZone::HotSummerColdWinter: return "hot_summer_cold_winter";
    case climate::ClimateZone::HotSummerWarmWinter: return "hot_summer_warm_winter";
    case climate::ClimateZone::Mild: return "mild";
  }
  return "unknown";
}

ArchetypeCategory archetype_category_of(BuildingUse use, ResidentialType type) {
  return building_category_of(use, type);
}

ArchetypeVintage archetype_vintage_of(int year) {
  using V = ArchetypeVintage;
  if (year < 1986) return V::Before1986;
  if (year < 2000) return V::From1986To1999;
  if (year < 2010) return V::From2000To2009;
  if (year < 2019) return V::From2010To2018;
  return V::From2019;
}

std::uint32_t archetype_index(climate::ClimateZone zone, ArchetypeCategory category, ArchetypeVintage vintage) {
  const auto i = static_cast<std::uint32_t>(
      (static_cast<int>(zone) * kArchetypeCategoryCount + static_cast<int>(category)) * kArchetypeVintageCount +
      static_cast<int>(vintage));
  assert(i < archetype_rows().size() && archetype_rows()[i].zone == zone &&
         archetype_rows()[i].category == category && archetype_rows()[i].vintage == vintage &&
         "archetype table is not zone × category × vintage ordered");
  return i;
}

Seasons seasons_of(climate::ClimateZone zone) {
  // Day numbers of a non-leap year, 0 = 1 January.
  switch (zone) {
    case climate::ClimateZone::SevereCold:  // Harbin: 20 Oct – 20 Apr (哈尔滨市城市供热办法); cooling Jul–Aug
      return {292, 109, 181, 242};
    case climate::ClimateZone::Cold:  // Beijing: 15 Nov – 15 Mar; cooling 1 Jun – 15 Sep
      return {318, 73, 151, 257};
    case climate::ClimateZone::HotSummerColdWinter:  // no district heat: individual heating 1 Dec – 28 Feb; cooling Jun–Sep
      return {334, 58, 151, 272};
    case climate::ClimateZone::HotSummerWarmWinter:  // no heating; cooling 1 May – 31 Oct
      return {-1, -1, 120, 303};
    case climate::ClimateZone::Mild:  // Kunming: occasional heating Dec–Feb, no cooling
      return {334, 58, -1, -1};
  }
  return {};
}

namespace {
bool in_range(int first, int last, int day) {
  if (first < 0) return false;
  return first <= last ? (day >= first && day <= last) : (day >= first || day <= last);
}
int day_of(std::uint32_t hour_of_year) { return static_cast<int>((hour_of_year / 24) % 365); }
}  // namespace

bool in_heating_season(const Seasons& s, std::uint32_t hour_of_year) {
  return in_range(s.heating_first_day, s.heating_last_day, day_of(hour_of_year));
}
bool in_cooling_season(const Seasons& s, std::uint32_t hour_of_year) {
  return in_range(s.cooling_first_day, s.cooling_last_day, day_of(hour_of_year));
}

}  // namespace twin::buildings
