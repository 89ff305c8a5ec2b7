// `carbontwin monitor grid --tif OUT`: the emission grid as a GeoTIFF through GDAL (native CLI only): one
// Float32 band per grid sector (in GridSector order, band descriptions = the sector names) and a last
// band "total", tCO2/yr per cell, north up (row 0 is the northern edge), georeferenced in the city's
// local frame: its local_crs (a transverse Mercator centred on the city) when the city has one, else a
// transverse Mercator on WGS 84 at the city's origin; a city without a georeference gets no CRS (*note
// says so).
#pragma once

#include <string>

#include "twin/city/city.hpp"
#include "twin/monitor/emission_grid.hpp"

namespace cli {

bool write_grid_geotiff(const std::string& path, const twin::monitor::EmissionGrid& grid,
                        const twin::CityLocation& location, std::string* error, std::string* note);

}  // namespace cli
