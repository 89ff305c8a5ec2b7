// What the page's monitoring layers draw (issue 11 item 6), computed without any drawing so that it is
// tested and benchmarked natively: the city's gridded emissions exactly as `carbontwin monitor grid`
// builds them (the pathway base year's scope 1 on buildings, road links, plants, zones and sinks; the
// same extent, energy-supply site and default station network), and the ground-level CO2 enhancement of
// one hour at receptors on the grid's cell centres (z = 2 m) through twin/monitor's footprint operator.
#pragma once

#include <string>
#include <vector>

#include "twin/city/city.hpp"
#include "twin/monitor/emission_grid.hpp"
#include "twin/monitor/emission_profiles.hpp"
#include "twin/monitor/footprint.hpp"
#include "twin/monitor/met.hpp"
#include "twin/monitor/stations.hpp"
#include "twin/pathway/baseline.hpp"
#include "twin/pathway/pathway.hpp"

namespace render {

inline constexpr double kPlumeReceptorHeightM = 2.0;  // breathing height (the "z = 2 m")

struct MonitorCityInputs {
  const twin::City* city = nullptr;
  const twin::pathway::Baseline* baseline = nullptr;
  const twin::pathway::PathwayYear* base_year = nullptr;  // the pathway's years[0]
  const std::vector<double>* link_flow_pcu_h = nullptr;   // the base transport run's flows; null: capacity proxy
  double cell_m = 500.0;
};

struct MonitorCity {
  std::string error;  // non-empty: nothing else is usable
  twin::monitor::EmissionGrid grid;
  std::vector<twin::monitor::Station> stations;  // default_network over the grid's extent
  twin::Vec2 extent_min, extent_max;              // the city's and its sources' extent
  twin::Vec2 energy_supply_xy;
  std::vector<std::string> unplaced_plants;
  double scope2_excluded_t = 0.0;
};

// The grid (twin::monitor::build_city_grid, as the CLI builds it) and the default stations over its extent.
MonitorCity build_monitor_city(const MonitorCityInputs& in);

// One hour's emissions per cell as an annual rate (t/yr): Σ over sectors of cell_t × profile(hour).
std::vector<double> hour_emissions_t_per_yr(const twin::monitor::EmissionGrid& grid,
                                            const twin::monitor::SectorProfiles& profiles, int hour);

struct PlumeField {
  std::string error;
  int hour = 0;
  twin::monitor::GridGeometry receptors;  // receptor (i, j) at its cell's centre; stride × the emission grid's cells
  int stride = 1;
  std::vector<double> ppm;                // per receptor cell
  double max_ppm = 0.0, mean_ppm = 0.0;
  int max_cell = -1;                      // receptor cell of the maximum
  int largest_source_cell = -1;           // emission cell with the largest hourly rate
  double largest_source_t_per_yr = 0.0;
};

// The ground-level enhancement (ppm) of `hour` from the gridded emissions of that hour (sinks included,
// negative), with the hour's wind and stability (urban Briggs σ), at the centres of receptor cells of
// stride × stride emission cells (stride 1: every cell centre).
PlumeField plume_field(const twin::monitor::EmissionGrid& grid, const twin::monitor::SectorProfiles& profiles,
                       const std::vector<twin::monitor::HourMet>& met, int hour, int stride = 1);

// The same, computed a slice of receptors at a time (the page spreads it over frames: one hour's field
// of the default city takes ~0.07 s at 1000 m and ~0.5 s at 500 m natively, far over a 16-ms frame).
struct PlumeJob {
  PlumeField field;          // ppm filled receptor by receptor; the statistics once done
  twin::monitor::FootprintInputs inputs;  // every receptor
  std::vector<double> hour_t_per_yr;
  std::size_t next = 0;      // first receptor not computed yet
  bool done() const { return !field.error.empty() || next >= field.ppm.size(); }
};
// Sets the job up (field.error on bad input); nothing computed yet.
PlumeJob start_plume(const twin::monitor::EmissionGrid& grid, const twin::monitor::SectorProfiles& profiles,
                     const std::vector<twin::monitor::HourMet>& met, int hour, int stride = 1);
// Computes up to `receptors` more receptors; the statistics when the last is done.
void advance_plume(PlumeJob* job, std::size_t receptors);

// The receptor stride the page uses: every cell centre at 1000 and 500 m, every 500 m on the 250-m grid
// (a full 250-m field is ~14 M receptor × cell pairs: seconds even spread over frames).
inline int monitor_plume_stride(double cell_m) { return cell_m < 400.0 ? 2 : 1; }

}  // namespace render
