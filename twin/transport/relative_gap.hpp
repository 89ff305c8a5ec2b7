// The relative gap of a road assignment (definition in assignment.hpp):
//   (Σ_a v_a c_a − Σ_od d_od π_od) / Σ_a v_a c_a
// total_cost = Σ v·c at the current flows; shortest_path_cost = Σ d·π at the same link costs.
#pragma once

namespace twin::transport {

// Returns 0 when there is no travel at all (total_cost == 0).
inline double relative_gap(double total_cost, double shortest_path_cost) {
  if (total_cost == 0.0) return 0.0;
  return (total_cost - shortest_path_cost) / total_cost;
}

}  // namespace twin::transport
