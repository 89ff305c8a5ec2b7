// differing_players(), check_structural_changes() and coalition() (players.hpp).
#include "twin/decision/players.hpp"

#include <array>
#include <cassert>

#include "twin/pathway/structural_runs.hpp"

namespace twin::decision {
namespace {

using pathway::LeverId;
using pathway::PhasedActivityChange;
using pathway::Scenario;

constexpr LeverId kStructural[] = {LeverId::TransitHeadwayChangePct, LeverId::CongestionChargeYuan,
                                   LeverId::ParkingPriceYuan};

bool same_setting(const pathway::LeverSetting& x, const pathway::LeverSetting& y) {
  return x.start_year == y.start_year && x.ramp_years == y.ramp_years && x.target == y.target;
}

// What changes travel: name (the change's cause), mode, stops, headway, opening year — not the colour.
bool same_line(const pathway::NewTransitLine& x, const pathway::NewTransitLine& y) {
  if (x.opening_year != y.opening_year || x.line.name != y.line.name || x.line.mode != y.line.mode ||
      x.line.headway_min != y.line.headway_min || x.line.stops.size() != y.line.stops.size())
    return false;
  for (std::size_t i = 0; i < x.line.stops.size(); ++i)
    if (x.line.stops[i].xy.x_m != y.line.stops[i].xy.x_m || x.line.stops[i].xy.y_m != y.line.stops[i].xy.y_m) return false;
  return true;
}

bool same_lines(const std::vector<pathway::NewTransitLine>& x, const std::vector<pathway::NewTransitLine>& y) {
  if (x.size() != y.size()) return false;
  for (std::size_t i = 0; i < x.size(); ++i)
    if (!same_line(x[i], y[i])) return false;
  return true;
}

bool same_multipliers(const pathway::FactorMultipliers& x, const pathway::FactorMultipliers& y) {
  return x.electricity == y.electricity && x.heat == y.heat && x.coal == y.coal && x.gas == y.gas && x.oil == y.oil;
}

bool same_mix_path(const std::vector<energy_mix::MixPathPoint>& x, const std::vector<energy_mix::MixPathPoint>& y) {
  if (x.size() != y.size()) return false;
  for (std::size_t i = 0; i < x.size(); ++i)
    if (x[i].year != y[i].year || x[i].nonfossil_share != y[i].nonfossil_share) return false;
  return true;
}

bool same_community(const pathway::CommunityActions& x, const pathway::CommunityActions& y) {
  return x.per_resident_kwh == y.per_resident_kwh && x.per_resident_pv_kwh == y.per_resident_pv_kwh &&
         same_setting(x.participation_pct, y.participation_pct);
}

bool same_dual_control(const drivers::DualControlTargets& x, const drivers::DualControlTargets& y) {
  for (int i = 0; i < drivers::kIndicatorCount; ++i) {
    const drivers::TargetLine& p = x.lines[i];
    const drivers::TargetLine& q = y.lines[i];
    if (p.kind != q.kind || p.cut_fraction != q.cut_fraction || p.base_year != q.base_year ||
        p.target_year != q.target_year || p.series != q.series)
      return false;
  }
  return x.budget.enabled == y.budget.enabled && x.budget.start_year == y.budget.start_year &&
         x.budget.cap_t == y.budget.cap_t;
}

// Structural levers of `s` with a run (target ≠ default): structural_runs() puts their changes first.
int lever_run_count(const Scenario& s) {
  int n = 0;
  for (LeverId id : kStructural)
    if (s.lever(id).target != pathway::lever_def(id).default_value) ++n;
  return n;
}

// The change of structural lever `id` in `changes` (of scenario `s`), or null when `s` has no run for it.
const PhasedActivityChange* lever_change(const Scenario& s, const std::vector<PhasedActivityChange>& changes,
                                         LeverId id) {
  if (s.lever(id).target == pathway::lever_def(id).default_value) return nullptr;
  const int n = lever_run_count(s);
  for (int k = 0; k < n && k < static_cast<int>(changes.size()); ++k)
    if (changes[k].cause == pathway::lever_def(id).key) return &changes[k];
  return nullptr;
}

}  // namespace

const char* to_string(SectorGroup group) {
  switch (group) {
    case SectorGroup::Buildings: return "buildings";
    case SectorGroup::Transport: return "transport";
    case SectorGroup::PowerSupply: return "power_supply";
    case SectorGroup::Industry: return "industry";
    case SectorGroup::WasteSinks: return "waste_sinks";
    case SectorGroup::EmissionFactors: return "emission_factors";
    case SectorGroup::Count: break;
  }
  return "unknown";
}

SectorGroup lever_group(LeverId lever) {
  if (lever == LeverId::GridFactorReductionPct || lever == LeverId::HeatFactorReductionPct) return SectorGroup::PowerSupply;
  if (lever >= LeverId::LocalPvAddedMw) return SectorGroup::PowerSupply;  // the local supply levers (appended last)
  if (lever < LeverId::EvSalesSharePct) return SectorGroup::Buildings;
  if (lever < LeverId::GridNonfossilAddedPts) return SectorGroup::Transport;
  if (lever < LeverId::IndustryEfficiencyPct) return SectorGroup::PowerSupply;
  if (lever < LeverId::WastePerCapitaChangePct) return SectorGroup::Industry;
  return SectorGroup::WasteSinks;
}

std::vector<Player> differing_players(const Scenario& a, const Scenario& b, std::vector<std::string>* notes) {
  std::vector<Player> players;
  for (int i = 0; i < pathway::kLeverCount; ++i) {
    const LeverId id = static_cast<LeverId>(i);
    if (same_setting(a.lever(id), b.lever(id))) continue;
    players.push_back({PlayerKind::Lever, id, pathway::lever_def(id).key, lever_group(id)});
  }
  if (a.grid_region != b.grid_region)
    players.push_back({PlayerKind::GridRegion, LeverId::PopulationChangePct, "grid_region", SectorGroup::PowerSupply});
  if (!same_lines(a.new_lines, b.new_lines))
    players.push_back({PlayerKind::NewLines, LeverId::PopulationChangePct, "new_lines", SectorGroup::Transport});
  if (a.options.weibull_scale_years != b.options.weibull_scale_years || a.options.weibull_shape != b.options.weibull_shape)
    players.push_back({PlayerKind::StockOptions, LeverId::PopulationChangePct, "options", SectorGroup::Buildings});
  if (!same_multipliers(a.factor_multipliers, b.factor_multipliers))
    players.push_back(
        {PlayerKind::FactorMultipliers, LeverId::PopulationChangePct, "factor_multipliers", SectorGroup::EmissionFactors});
  if (!same_mix_path(a.grid_mix_path, b.grid_mix_path))
    players.push_back({PlayerKind::GridMixPath, LeverId::PopulationChangePct, "grid_mix_path", SectorGroup::PowerSupply});
  if (!same_community(a.community_actions, b.community_actions))
    players.push_back(
        {PlayerKind::CommunityActions, LeverId::PopulationChangePct, "community_actions", SectorGroup::Buildings});
  if (notes != nullptr) {
    if (!same_dual_control(a.dual_control, b.dual_control))
      notes->push_back("dual_control: the targets differ, but targets do not change emissions; not a player");
    if (a.options.neutrality_threshold_pct_of_peak != b.options.neutrality_threshold_pct_of_peak)
      notes->push_back("options.neutrality_threshold_pct_of_peak differs; it moves only the neutrality year, which is "
                       "not attributed; not a player");
    if (same_lines(a.new_lines, b.new_lines))
      for (std::size_t i = 0; i < a.new_lines.size(); ++i)
        if (a.new_lines[i].line.colour_rgb != b.new_lines[i].line.colour_rgb) {
          notes->push_back("new_lines: only colours differ; not a player");
          break;
        }
  }
  return players;
}

std::string check_structural_changes(const Scenario& scenario, const std::vector<PhasedActivityChange>& changes,
                                     const char* label) {
  const std::vector<pathway::StructuralRun> runs = pathway::structural_runs(scenario);
  if (runs.size() != changes.size())
    return std::string("scenario ") + label + " needs " + std::to_string(runs.size()) +
           " transport-model change(s) (structural levers and new lines), got " + std::to_string(changes.size());
  for (std::size_t k = 0; k < runs.size(); ++k)
    if (runs[k].cause != changes[k].cause)
      return std::string("scenario ") + label + ": transport change " + std::to_string(k) + " is '" + changes[k].cause +
             "', expected '" + runs[k].cause + "'";
  return {};
}

void coalition(const Scenario& a, const Scenario& b, const std::vector<Player>& players,
               const StructuralChanges& changes, std::uint64_t members, Scenario* scenario,
               std::vector<PhasedActivityChange>* transport_changes) {
  assert(players.size() <= 64 && "coalition: at most 64 players");
  *scenario = a;
  std::array<bool, pathway::kLeverCount> lever_from_b{};
  bool lines_from_b = false;
  for (std::size_t i = 0; i < players.size(); ++i) {
    if ((members >> i & 1u) == 0) continue;
    const Player& p = players[i];
    switch (p.kind) {
      case PlayerKind::Lever:
        scenario->lever(p.lever) = b.lever(p.lever);
        lever_from_b[static_cast<int>(p.lever)] = true;
        break;
      case PlayerKind::GridRegion: scenario->grid_region = b.grid_region; break;
      case PlayerKind::NewLines:
        scenario->new_lines = b.new_lines;
        lines_from_b = true;
        break;
      case PlayerKind::StockOptions:
        scenario->options.weibull_scale_years = b.options.weibull_scale_years;
        scenario->options.weibull_shape = b.options.weibull_shape;
        break;
      case PlayerKind::FactorMultipliers: scenario->factor_multipliers = b.factor_multipliers; break;
      case PlayerKind::GridMixPath: scenario->grid_mix_path = b.grid_mix_path; break;
      case PlayerKind::CommunityActions: scenario->community_actions = b.community_actions; break;
    }
  }
  transport_changes->clear();
  if (changes.a.empty() && changes.b.empty()) return;  // no transport, or no structural run on either side
  // structural_runs() order: the structural levers with a run, then the lines in scenario order.
  for (LeverId id : kStructural) {
    const PhasedActivityChange* c = lever_from_b[static_cast<int>(id)] ? lever_change(b, changes.b, id) : lever_change(a, changes.a, id);
    if (c != nullptr) transport_changes->push_back(*c);
  }
  const Scenario& line_source = lines_from_b ? b : a;
  const std::vector<PhasedActivityChange>& line_changes = lines_from_b ? changes.b : changes.a;
  const std::size_t first = static_cast<std::size_t>(lever_run_count(line_source));
  assert(line_changes.size() == first + line_source.new_lines.size() && "coalition: changes do not match the runs");
  for (std::size_t k = first; k < line_changes.size(); ++k) transport_changes->push_back(line_changes[k]);
}

}  // namespace twin::decision
