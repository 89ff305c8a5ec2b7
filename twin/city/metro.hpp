// Metro lines of the default city: an east–west line, a north–south line and a diagonal line, with
// stations about 1.2–1.4 km apart (typical of Chinese urban metro lines; design guides put urban
// station spacing at ~1 km in the centre and 2 km or more outside). Lines meet at interchange
// stations placed at exactly the same point, so statistics count each interchange once.
#pragma once

#include <cstdint>
#include <vector>

#include "twin/city/layout.hpp"

namespace twin::citygen {

std::vector<TransitLine> make_metro_lines(const Lattice& lattice, std::uint32_t line_count);

}  // namespace twin::citygen
