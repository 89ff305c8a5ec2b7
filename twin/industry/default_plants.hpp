// The default city's industrial park: a few SYNTHETIC plants (a cement grinding plant, a data centre,
// manufacturers) placed in the default city's south-east industrial superblocks (twin/city land use:
// x 1.5–7.5 km, y −7.5 to −2.5 km). Not real plants: every row has synthetic = 1.
#pragma once

#include <string_view>
#include <vector>

#include "twin/industry/plant.hpp"

namespace twin::industry {

// The embedded text, byte for byte equal to assets/industry/default_plants.csv (tested).
std::string_view default_plants_csv();
// The plants read from it (the reader is asserted to accept it).
std::vector<Plant> default_plants();

}  // namespace twin::industry
