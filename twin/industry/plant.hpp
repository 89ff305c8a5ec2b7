// One industrial plant (or a statistical "rest of sector" entry) of the city: where it is, what it
// makes in the base year and, optionally, the energy and process CO2 it reported, which override the
// route's default intensities (industry_tables.hpp).
#pragma once

#include <array>
#include <string>

#include "twin/industry/industry_types.hpp"

namespace twin::industry {

struct Plant {
  std::string name;                      // unique within a plant list
  Sector sector = Sector::OtherManufacturing;
  Route route = Route::OtherManufacturing;  // sector_of(route) == sector
  bool has_lonlat = false;               // WGS84 degrees
  double lon_deg = 0.0, lat_deg = 0.0;
  bool has_xy = false;                   // the city's local metric frame
  double x_m = 0.0, y_m = 0.0;
  double output = 0.0;                   // base-year output per year, in output_unit(route); > 0
  // Measured base-year energy by carrier (kWh, NCV for fuels): when has_energy, the plant's own
  // intensity (energy / output) replaces the route's default for every carrier.
  bool has_energy = false;
  std::array<double, kCarrierCount> energy_kwh{};
  // Measured base-year process CO2 (t): when has_process, replaces output × the route's factor.
  bool has_process = false;
  double process_co2_t = 0.0;
  bool synthetic = false;                // made up for the default city, not a real plant
  int line = 0;                          // CSV line it was read from (0: not from a file)
};

}  // namespace twin::industry
