// Embedded default plant list (default_plants.hpp). Edit assets/industry/default_plants.csv and this
// text together: tests/twin/industry/default_plants_test.cpp checks they are equal.
#include "twin/industry/default_plants.hpp"

#include <cassert>

#include "twin/industry/plant_csv.hpp"

namespace twin::industry {
namespace {

constexpr std::string_view kDefaultPlantsCsv = R"CSV(name,sector,route,output,output_unit,x_m,y_m,electricity_mwh,coal_t,coke_t,natural_gas_km3,oil_t,heat_gj,hydrogen_t,process_co2_t,synthetic,note
东郊水泥粉磨站 East cement grinding plant,cement,cement_grinding,1200000,t cement,5200,-5200,,,,,,,,,1,"SYNTHETIC: 1.2 Mt cement a year from bought-in clinker (no kiln, no calcination); route default 38 kWh/t"
云谷数据中心 Cloud Valley data centre,data_centre,data_centre,87600,MWh IT load,3400,-3300,,,,,,,,,1,"SYNTHETIC: 10 MW average IT load × 8760 h; route default PUE 1.50"
滨河精密制造 Riverside precision manufacturing,other_manufacturing,other_manufacturing,80000,10^4 yuan value added,6300,-3900,,,,,,,,,1,"SYNTHETIC: 0.8 billion yuan value added a year; route default 0.35 tce/10^4 yuan"
南港新材料 South Port new materials,chemicals,chemicals_other,60000,10^4 yuan value added,6600,-6400,70000,25000,,8000,,150000,,,1,"SYNTHETIC: measured energy given (overrides the route's intensity) to show the column use"
汽配产业园 Auto parts park,other_manufacturing,other_manufacturing,40000,10^4 yuan value added,2600,-6100,,,,,,,,,1,"SYNTHETIC: a cluster of small suppliers entered as one row"
)CSV";

}  // namespace

std::string_view default_plants_csv() { return kDefaultPlantsCsv; }

std::vector<Plant> default_plants() {
  PlantCsvResult read = read_plants_csv(kDefaultPlantsCsv);
  assert(read.ok() && "the embedded default plant list must read without errors");
  return std::move(read.plants);
}

}  // namespace twin::industry
