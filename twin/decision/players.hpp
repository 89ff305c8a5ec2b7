// The players of an attribution between two scenarios A and B: every lever whose setting differs
// (start year, ramp or target) and the scenario-level differences that change emissions (the grid
// region, the list of new transit lines, the stock-survival options, the emission-factor
// multipliers). A coalition takes its players' settings from B and everything else from A.
// Differences that cannot change the attributed metrics (the name, the dual-control targets, the
// neutrality threshold, a new line's colour) are not players; differing_players() names them in notes.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "twin/pathway/scenario.hpp"
#include "twin/pathway/transport_baseline.hpp"

namespace twin::decision {

// The sector groups of lever.hpp's enum comments, used when too many players differ for an exact
// Shapley value over all of them. The grid and heat factor reductions sit in the enum's first block but
// act on the supply side's factors, so they join the power supply with the grid region; the stock
// options (building survival) join the buildings; the factor multipliers are a group of their own.
enum class SectorGroup : std::uint8_t { Buildings = 0, Transport, PowerSupply, Industry, WasteSinks, EmissionFactors, Count };
inline constexpr int kSectorGroupCount = static_cast<int>(SectorGroup::Count);
const char* to_string(SectorGroup group);  // "buildings", "transport", "power_supply", "industry", "waste_sinks",
                                           // "emission_factors"
SectorGroup lever_group(pathway::LeverId lever);

enum class PlayerKind : std::uint8_t {
  Lever = 0,
  GridRegion,
  NewLines,
  StockOptions,
  FactorMultipliers,
  GridMixPath,       // the user's own non-fossil path of the grid (scenario.grid_mix_path)
  CommunityActions,  // residents' actions (carbon inclusion, scenario.community_actions)
};

struct Player {
  PlayerKind kind = PlayerKind::Lever;
  pathway::LeverId lever = pathway::LeverId::PopulationChangePct;  // kind == Lever only
  std::string key;  // the lever's key, or "grid_region", "new_lines", "options", "factor_multipliers",
                   // "grid_mix_path", "community_actions"
  SectorGroup group = SectorGroup::Buildings;
};

// The players in a fixed order (lever order, then grid_region, new_lines, options, factor_multipliers,
// grid_mix_path, community_actions),
// so the result never depends on the order of keys in a scenario file. `notes` (may be null) receives
// one line per difference that is not a player.
std::vector<Player> differing_players(const pathway::Scenario& a, const pathway::Scenario& b,
                                      std::vector<std::string>* notes = nullptr);

// The transport-model changes of each scenario, one per structural run (structural_runs.hpp) in the
// same order: what fill_transport_baseline() puts into Baseline::transport.changes for A and for B.
struct StructuralChanges {
  std::vector<pathway::PhasedActivityChange> a, b;
};

// "" when `changes` matches structural_runs(scenario) run for run (count and cause), else what is wrong,
// naming the scenario `label` ("A" or "B").
std::string check_structural_changes(const pathway::Scenario& scenario,
                                     const std::vector<pathway::PhasedActivityChange>& changes, const char* label);

// The coalition `members` (bit i = players[i] taken from B): the scenario (A with the members' settings
// of B) and its transport changes — each structural lever's change and the new lines' changes from the
// scenario the player comes from, in structural_runs() order, exactly what running the transport model
// for the coalition scenario would give, since each run changes one thing against the same base run.
// Preconditions: players = differing_players(a, b); changes checked by check_structural_changes.
void coalition(const pathway::Scenario& a, const pathway::Scenario& b, const std::vector<Player>& players,
               const StructuralChanges& changes, std::uint64_t members, pathway::Scenario* scenario,
               std::vector<pathway::PhasedActivityChange>* transport_changes);

}  // namespace twin::decision
