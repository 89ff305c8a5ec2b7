// The one serialiser of a resident's result (personal.hpp) and its community wedge (community_wedge.hpp),
// for the CLI and the page alike: per action kgCO2/yr saved, points, energy change by sector and carrier,
// and the "how computed" steps with their sources; the total, the points scheme, the wedge.
#pragma once

#include <string>

#include "twin/inclusion/community_wedge.hpp"
#include "twin/inclusion/personal.hpp"

namespace twin::inclusion {

// JSON text (UTF-8, numbers with 17 significant digits). `wedge` may be null (not computed).
std::string inclusion_json(const PersonalResult& result, const InclusionContext& context, const CommunityWedge* wedge);

}  // namespace twin::inclusion
