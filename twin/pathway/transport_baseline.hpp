// The optional transport part of the pathway's baseline: the base-year travel activity from the
// transport model, and the changes that structural policies (transit headway, congestion charge,
// parking price, new lines) make to it, each from a re-run of the transport model
// (structural_runs.hpp) and phased in over the years.
//
// Activity in a year = (base + Σ phase(year) · delta) × population(year) / population(base), with
// the population from the population_change_pct lever. Empty (base.population == 0): the pathway has
// no transport and gives exactly the building-only results.
#pragma once

#include <string>
#include <vector>

#include "twin/transport/activity.hpp"

namespace twin::pathway {

struct PhasedActivityChange {
  std::string cause;                 // lever key or new line name (StructuralRun::cause)
  transport::TravelActivity delta;   // policy run − base run (daily); delta.population is ignored
  int start_year = 2021;
  int ramp_years = 0;                // 0 = a step at start_year
};

struct TransportBaseline {
  transport::TravelActivity base;    // daily, base year; base.population > 0 when present
  std::vector<PhasedActivityChange> changes;

  bool present() const { return base.population > 0.0; }
};

// Share of a change in effect in `year`: 0 before start_year, 1 from start_year + ramp_years on,
// linear between (the lever ramp rule: at start_year with a ramp still 0; a zero ramp is a step).
double change_phase(const PhasedActivityChange& change, int year);

// Daily activity in `year`, population_factor = population(year) / population(base). Negative
// results of a large negative delta are clamped at 0.
transport::TravelActivity activity_in_year(const TransportBaseline& transport, int year, double population_factor);

}  // namespace twin::pathway
