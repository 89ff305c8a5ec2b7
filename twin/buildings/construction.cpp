#include "twin/buildings/construction.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace twin::buildings {

namespace {

double layer_resistance(const MaterialLayer& layer) {
  return layer.thickness_m > 0 ? layer.thickness_m / layer.conductivity_w_per_mk
                               : layer.resistance_m2k_per_w;
}

// ISO 52016-1:2017 §6.5.7.2, eqs. (69)–(72): five nodes, conductances 6/R_c, 3/R_c, 3/R_c, 6/R_c;
// capacities by mass class (Table B.13).
NodeChain five_node_chain(const Construction& c) {
  const double r_c = construction_resistance_m2k_per_w(c);
  const double kappa = c.areal_heat_capacity_j_per_m2k;
  NodeChain chain;
  chain.link_conductance_w_per_m2k = {6.0 / r_c, 3.0 / r_c, 3.0 / r_c, 6.0 / r_c};
  switch (c.mass_class) {
    case MassClass::kInternal: chain.node_capacity_j_per_m2k = {0, 0, 0, 0, kappa}; break;
    case MassClass::kExternal: chain.node_capacity_j_per_m2k = {kappa, 0, 0, 0, 0}; break;
    case MassClass::kSplit: chain.node_capacity_j_per_m2k = {kappa / 2, 0, 0, 0, kappa / 2}; break;
    case MassClass::kDistributed:
      chain.node_capacity_j_per_m2k = {kappa / 8, kappa / 4, kappa / 4, kappa / 4, kappa / 8};
      break;
    case MassClass::kCentral: chain.node_capacity_j_per_m2k = {0, 0, kappa, 0, 0}; break;
  }
  return chain;
}

}  // namespace

double construction_resistance_m2k_per_w(const Construction& c) {
  if (c.layers.empty()) {
    return 1.0 / c.u_value_w_per_m2k - kIso6946InternalSurfaceResistance_m2k_per_w -
           kIso6946ExternalSurfaceResistance_m2k_per_w;
  }
  double r = 0;
  for (const MaterialLayer& layer : c.layers) r += layer_resistance(layer);
  return r;
}

double construction_heat_capacity_j_per_m2k(const Construction& c) {
  if (c.layers.empty()) return c.areal_heat_capacity_j_per_m2k;
  double kappa = 0;
  for (const MaterialLayer& layer : c.layers)
    kappa += layer.thickness_m * layer.density_kg_per_m3 * layer.specific_heat_j_per_kgk;
  return kappa;
}

NodeChain discretise_construction(const Construction& c, double time_step_s) {
  assert(time_step_s > 0 && "time step must be positive");
  if (c.layers.empty()) return five_node_chain(c);
  NodeChain chain;
  chain.node_capacity_j_per_m2k.push_back(0.0);  // external surface node
  for (const MaterialLayer& layer : c.layers) {
    int sublayers = 1;
    const double volumetric_capacity = layer.density_kg_per_m3 * layer.specific_heat_j_per_kgk;
    if (layer.thickness_m > 0 && volumetric_capacity > 0) {
      const double diffusivity_m2_s = layer.conductivity_w_per_mk / volumetric_capacity;
      const double dx_m = std::sqrt(kSpaceDiscretisationConstant * diffusivity_m2_s * time_step_s);
      sublayers = std::clamp(static_cast<int>(std::ceil(layer.thickness_m / dx_m)), 1,
                             kMaxSublayersPerLayer);
    }
    const double sub_resistance = layer_resistance(layer) / sublayers;
    const double sub_capacity = layer.thickness_m * volumetric_capacity / sublayers;
    for (int s = 0; s < sublayers; ++s) {
      chain.node_capacity_j_per_m2k.back() += sub_capacity / 2;
      chain.link_conductance_w_per_m2k.push_back(1.0 / sub_resistance);
      chain.node_capacity_j_per_m2k.push_back(sub_capacity / 2);
    }
  }
  return chain;
}

double roughness_multiplier(SurfaceRoughness roughness) {
  switch (roughness) {
    case SurfaceRoughness::kVeryRough: return 2.17;
    case SurfaceRoughness::kRough: return 1.67;
    case SurfaceRoughness::kMediumRough: return 1.52;
    case SurfaceRoughness::kMediumSmooth: return 1.13;
    case SurfaceRoughness::kSmooth: return 1.11;
    case SurfaceRoughness::kVerySmooth: return 1.00;
  }
  return 1.67;
}

}  // namespace twin::buildings
