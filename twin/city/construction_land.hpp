// Urban construction land (城市建设用地) of a generated city, split by the land classes of the
// national standard GB 50137-2011 (城市用地分类与规划建设用地标准), §3.3 and Table 4.3.5. The City
// model holds only each zone's total (Zones::construction_land_m2); the generator reports the split
// so tests can hold it to the standard's composition bands.
#pragma once

namespace twin {

struct ConstructionLand {
  double total_m2 = 0.0;            // developed 1 km superblocks less the water in them
  double residential_m2 = 0.0;      // R: compounds, walk-up estates, urban villages (parcels)
  double public_services_m2 = 0.0;  // A: schools, hospitals, university campuses
  double commercial_m2 = 0.0;       // B: CBD, offices, malls, hotels
  double industrial_m2 = 0.0;       // M: factories
  double logistics_m2 = 0.0;        // W: warehouses, logistics parks
  double roads_m2 = 0.0;            // S: inside the street red lines (total less all parcels)
  double green_m2 = 0.0;            // G: parks, riverside and protective green
  double other_m2 = 0.0;            // parcels of no class above (unbuilt)

  double share(double part_m2) const { return total_m2 > 0.0 ? part_m2 / total_m2 : 0.0; }
};

}  // namespace twin
