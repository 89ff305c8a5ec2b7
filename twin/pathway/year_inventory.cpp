// pathway_year_inventory() (see year_inventory.hpp): the rows mirror, term by term, how
// evaluate_pathway() books the year (pathway.cpp), so their sums reproduce its figures.
#include "twin/pathway/year_inventory.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <string_view>

#include "twin/industry/industry_model.hpp"
#include "twin/industry/industry_tables.hpp"
#include "twin/inventory/sources.hpp"

namespace twin::pathway {
namespace {

using emissions::Carrier;
using emissions::Sector;
using inventory::Gas;
using inventory::InventorySector;
using inventory::make_row;

struct Place {
  InventorySector sector;
  const char* subsector;
};

// As twin/inventory's rows_from_energy (energy_rows.cpp): the provincial guideline's sector of a
// pathway sector's energy use.
Place place_of(Sector s) {
  switch (s) {
    case Sector::Residential: return {InventorySector::Buildings, "residential"};
    case Sector::Commercial: return {InventorySector::Buildings, "commercial"};
    case Sector::Industry: return {InventorySector::Industry, "factory_buildings"};
    case Sector::Transport: return {InventorySector::Transport, "road_and_rail"};
    case Sector::IndustrialProcesses: return {InventorySector::IndustrialProcesses, "energy"};
    case Sector::Waste: return {InventorySector::Waste, "energy"};
    case Sector::LandUse: return {InventorySector::LandUseForestry, "energy"};
    case Sector::Count: break;
  }
  return {InventorySector::EnergySupply, "unknown"};
}

const char* industry_factor_source(industry::Carrier c) {
  for (const industry::CarrierFactorRow& r : industry::carrier_factor_rows())
    if (r.carrier == c) return r.source_id;
  Carrier mapped;
  if (industry::map_to_emissions_carrier(c, &mapped)) return emissions::factors_for_year(kFirstYear, {}).of(mapped).source_id;
  return "carbontwin_assumption";
}

const char* process_source(industry::Route route) {
  for (const industry::ProcessRow& r : industry::process_rows())
    if (r.route == route) return r.source_id;
  return "carbontwin_assumption";
}

class Rows {
 public:
  explicit Rows(YearInventory* out) : out_(out) {}
  void add(Sector pathway_sector, inventory::InventoryRow row) { add_line(static_cast<int>(pathway_sector), std::move(row)); }
  void add_line(int line, inventory::InventoryRow row) {
    out_->rows.push_back(std::move(row));
    out_->pathway_line.push_back(line);
  }
  // kWh × kgCO2/kWh (CO2, the carrier's scope).
  void energy(Sector pathway_sector, InventorySector sector, const std::string& subsector, emissions::Scope scope,
              double kwh, double kg_per_kwh, const char* source_id) {
    add(pathway_sector, make_row(sector, subsector, Gas::Co2, scope, kwh, "kWh", kg_per_kwh, "kgCO2/kWh", 1.0e-3,
                                 source_id, inventory::kDefaultGwpSet));
  }

 private:
  YearInventory* out_;
};

// The building stock's and transport's energy (PathwayYear::stock_energy) at the year's factors.
void stock_rows(const PathwayYear& y, Rows& rows) {
  const bool local = y.local_supply.present;
  const int el = static_cast<int>(Carrier::Electricity);
  const double grid_kg = y.factors.of(Carrier::Electricity).kg_per_kwh;
  for (int s = 0; s < emissions::kSectorCount; ++s) {
    const auto sector = static_cast<Sector>(s);
    const Place p = place_of(sector);
    for (int c = 0; c < emissions::kCarrierCount; ++c) {
      const double kwh = y.stock_energy.energy_kwh[s][c];
      if (kwh == 0.0) continue;
      const auto carrier = static_cast<Carrier>(c);
      const std::string sub = std::string(p.subsector) + "/" + emissions::to_string(carrier);
      const emissions::Scope scope = emissions::scope_of(carrier);
      if (c != el) {
        rows.energy(sector, p.sector, sub, scope, kwh, y.factors.of(carrier).kg_per_kwh, y.factors.of(carrier).source_id);
      } else if (!local) {
        rows.energy(sector, p.sector, sub, scope, kwh, grid_kg, "pathway_grid_supply");
      } else if (sector != Sector::Transport) {
        rows.energy(sector, p.sector, sub, scope, kwh, y.local_supply.buildings_factor_kg_per_kwh, "pathway_local_balance");
      } else {
        // As pathway.cpp: EV charging at the EVs' factor, metro at the rest's, anything else in transport's
        // electricity (e.g. residents' actions) at the grid factor.
        double metro_kwh = 0.0, ev_kwh = 0.0;
        if (y.transport.present) {
          metro_kwh = y.transport.metro_electricity_kwh;
          ev_kwh = std::max(0.0, y.transport.energy_kwh[el] - metro_kwh);
        }
        if (ev_kwh != 0.0)
          rows.energy(sector, p.sector, sub + "/ev_charging", scope, ev_kwh, y.local_supply.ev_factor_kg_per_kwh,
                      "pathway_local_balance");
        if (metro_kwh != 0.0)
          rows.energy(sector, p.sector, sub + "/metro", scope, metro_kwh, y.local_supply.rest_factor_kg_per_kwh,
                      "pathway_local_balance");
        const double other_kwh = kwh - ev_kwh - metro_kwh;
        if (other_kwh != 0.0) rows.energy(sector, p.sector, sub + "/other", scope, other_kwh, grid_kg, "pathway_grid_supply");
      }
    }
  }
}

// The plants: energy by carrier, process CO2 per plant, CCUS capture (pathway.cpp add_industry()).
void plant_rows(const Baseline& base, const PathwayYear& y, Rows& rows) {
  if (base.plants.empty()) return;
  const industry::IndustryYear iy = industry::evaluate_industry_year(base.plants, y.plant_drivers, y.plant_levers,
                                                                     industry::industry_factors(y.factors));
  const industry::IndustryAccount& a = iy.total;
  for (int c = 0; c < industry::kCarrierCount; ++c) {
    const double kwh = a.energy_kwh[c];
    if (kwh == 0.0) continue;
    const auto carrier = static_cast<industry::Carrier>(c);
    const std::string sub = std::string("plants/") + industry::to_string(carrier);
    if (carrier == industry::Carrier::Electricity) {
      const bool local = y.local_supply.present;
      rows.energy(Sector::Industry, InventorySector::Industry, sub, emissions::Scope::Scope2, kwh,
                  local ? y.local_supply.rest_factor_kg_per_kwh : y.factors.of(Carrier::Electricity).kg_per_kwh,
                  local ? "pathway_local_balance" : "pathway_grid_supply");
    } else if (carrier == industry::Carrier::Heat) {
      rows.energy(Sector::Industry, InventorySector::Industry, sub, emissions::Scope::Scope2, kwh,
                  y.factors.of(Carrier::DistrictHeat).kg_per_kwh, y.factors.of(Carrier::DistrictHeat).source_id);
    } else {
      rows.energy(Sector::Industry, InventorySector::Industry, sub, emissions::Scope::Scope1, kwh,
                  industry::direct_kg_per_kwh(carrier), industry_factor_source(carrier));
    }
  }
  // Process CO2: output × t CO2 per unit, the steel made by H2-DRI at that route's factor (industry_model.cpp).
  const double h2_per_unit = industry::route_process_t_per_unit(industry::Route::SteelH2Dri);
  for (std::size_t i = 0; i < base.plants.size(); ++i) {
    const industry::Plant& plant = base.plants[i];
    const industry::PlantYear& py = iy.plants[i];
    const double per_unit = plant.has_process ? plant.process_co2_t / plant.output
                                              : industry::route_process_t_per_unit(plant.route);
    const std::string sub = std::string(industry::to_string(plant.route)) + "/" + plant.name;
    const std::string unit = industry::output_unit(plant.route);
    const double main_output = py.output - py.output_h2_dri;
    if (per_unit != 0.0)
      rows.add(Sector::IndustrialProcesses,
               make_row(InventorySector::IndustrialProcesses, sub, Gas::Co2, emissions::Scope::Scope1, main_output, unit,
                        per_unit, "tCO2/" + unit, 1.0,
                        plant.has_process ? "industry_plant_measured" : process_source(plant.route),
                        inventory::kDefaultGwpSet));
    if (py.output_h2_dri != 0.0 && h2_per_unit != 0.0)
      rows.add(Sector::IndustrialProcesses,
               make_row(InventorySector::IndustrialProcesses, sub + "/h2_dri", Gas::Co2, emissions::Scope::Scope1,
                        py.output_h2_dri, unit, h2_per_unit, "tCO2/" + unit, 1.0,
                        process_source(industry::Route::SteelH2Dri), inventory::kDefaultGwpSet));
  }
  // CCUS: the same share of combustion and of process CO2, netted from each sector (add_industry()).
  const double share = y.plant_levers.ccus_capture_pct / 100.0;
  if (a.captured_t != 0.0) {
    const std::string cap = inventory::kCcusCaptureSuffix;
    rows.add(Sector::Industry, make_row(InventorySector::Industry, "plants/combustion/" + cap, Gas::Co2,
                                        emissions::Scope::Scope1, a.combustion_t, "tCO2 (combustion)", -share,
                                        "tCO2 captured/tCO2", 1.0, "scenario_industry_ccus_lever",
                                        inventory::kDefaultGwpSet));
    rows.add(Sector::IndustrialProcesses,
             make_row(InventorySector::IndustrialProcesses, "plants/process/" + cap, Gas::Co2, emissions::Scope::Scope1,
                      a.process_t, "tCO2 (process)", -share, "tCO2 captured/tCO2", 1.0,
                      "scenario_industry_ccus_lever", inventory::kDefaultGwpSet));
  }
}

}  // namespace

YearInventory pathway_year_inventory(const Baseline& base, const PathwayYear& y) {
  YearInventory out;
  out.year = y.year;
  Rows rows(&out);
  stock_rows(y, rows);
  plant_rows(base, y, rows);
  for (const inventory::InventoryRow& r : y.waste_sinks.waste_rows) rows.add(Sector::Waste, r);
  for (const inventory::InventoryRow& r : y.waste_sinks.sink_rows) rows.add(Sector::LandUse, r);
  if (base.has_agriculture)
    for (inventory::InventoryRow& r : inventory::agriculture_rows(base.agriculture, inventory::kDefaultGwpSet).rows)
      rows.add_line(kLineAgriculture, std::move(r));
  if (y.pv_export_kwh != 0.0)
    rows.add_line(kLineExportCredit,
             make_row(InventorySector::EnergySupply,
                      std::string(y.local_supply.present ? "local_balance/" : "rooftop_pv/") +
                          inventory::kExportCreditSuffix,
                      Gas::Co2, emissions::Scope::Scope2, y.pv_export_kwh, "kWh exported",
                      -y.grid_factor_kg_per_kwh, "kgCO2/kWh", 1.0e-3, "pathway_rooftop_pv_export",
                      inventory::kDefaultGwpSet));
  return out;
}

std::vector<std::string> check_year_inventory(const YearInventory& inv, const PathwayYear& y, double rel_tol) {
  std::vector<std::string> out;
  const std::string at = "year " + std::to_string(y.year) + ": ";
  if (inv.rows.size() != inv.pathway_line.size()) {
    out.push_back(at + "rows and pathway sectors differ in number");
    return out;
  }
  for (const inventory::RowError& e : inventory::validate_rows(inv.rows))
    out.push_back(at + "row " + std::to_string(e.row) + " (" + inv.rows[e.row].subsector + ") " + e.field + ": " + e.message);
  std::array<double, kLineCount> by{};
  double all = 0.0;
  for (std::size_t i = 0; i < inv.rows.size(); ++i) {
    by[inv.pathway_line[i]] += inv.rows[i].co2e_t;
    all += inv.rows[i].co2e_t;
    if (std::string_view(inventory::source_citation(inv.rows[i].source_id)) == "unknown source")
      out.push_back(at + "row " + std::to_string(i) + " (" + inv.rows[i].subsector + "): source id '" +
                    inv.rows[i].source_id + "' has no citation");
  }
  auto compare = [&](const std::string& what, double rows_t, double pathway_t) {
    if (std::abs(rows_t - pathway_t) > rel_tol * std::max({std::abs(rows_t), std::abs(pathway_t), 1.0}))
      out.push_back(at + what + ": rows sum to " + std::to_string(rows_t) + " tCO2e, the pathway has " +
                    std::to_string(pathway_t));
  };
  for (int s = 0; s < emissions::kSectorCount; ++s)
    compare(emissions::to_string(static_cast<Sector>(s)), by[s], y.emissions.sector_t(static_cast<Sector>(s)));
  compare("agriculture", by[kLineAgriculture], y.agriculture_t);
  compare("export credit", by[kLineExportCredit], -y.pv_export_credit_t);
  compare("net", all, y.net_t);
  return out;
}

}  // namespace twin::pathway
