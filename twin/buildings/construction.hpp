// Opaque constructions and their discretisation into a chain of thermal nodes.
//  - Layered form (preferred): the element's real layers, outside → inside, each split into
//    finite-difference sublayers; nodes sit on sublayer boundaries and each carries half the heat
//    capacity of the sublayers beside it (lumped-capacitance finite volumes, as in EnergyPlus
//    CondFD and ISO 52016-1 §6.5.7, which also puts nodes on the two surfaces).
//  - Simplified form (layers empty): U-value + areal heat capacity, discretised into the five
//    nodes of ISO 52016-1:2017 §6.5.7.2 with the mass distribution class of its Table B.13.
#pragma once

#include <string>
#include <vector>

namespace twin::buildings {

struct MaterialLayer {
  std::string name;
  double thickness_m = 0;             // 0 for a massless resistance layer (air gap, "R-25" board)
  double conductivity_w_per_mk = 0;   // used when thickness_m > 0
  double density_kg_per_m3 = 0;
  double specific_heat_j_per_kgk = 0;
  double resistance_m2k_per_w = 0;    // used when thickness_m == 0
};

// ISO 52016-1:2017 Table B.13 (and §6.5.7.2): where the areal heat capacity of a simplified
// element sits among its five nodes.
enum class MassClass {
  kInternal,     // class I: all at the internal surface node
  kExternal,     // class E: all at the external surface node
  kSplit,        // class IE: half at each surface node
  kDistributed,  // class D: 1/8, 1/4, 1/4, 1/4, 1/8
  kCentral,      // class M: all at the middle node
};

// Exterior surface roughness (EnergyPlus Material "Roughness"; ASHRAE 140 opaque materials are
// "Rough"). Scales the wind-driven part of exterior convection in the DOE-2 model (zone_spec.hpp).
enum class SurfaceRoughness { kVeryRough, kRough, kMediumRough, kMediumSmooth, kSmooth, kVerySmooth };
// R_f of the DOE-2 model, EnergyPlus Engineering Reference "Outside Surface Heat Balance →
// DOE-2 model", Table "Surface roughness multipliers" (Walton 1981): 2.17 … 1.00.
double roughness_multiplier(SurfaceRoughness roughness);

struct Construction {
  std::string name;
  std::vector<MaterialLayer> layers;       // outside → inside; empty = simplified form below
  double u_value_w_per_m2k = 0;            // simplified form: air-to-air U incl. R_si 0.13, R_se 0.04
  double areal_heat_capacity_j_per_m2k = 0;  // simplified form: κ_m
  MassClass mass_class = MassClass::kDistributed;
  double solar_absorptance_exterior = 0.6;
  double solar_absorptance_interior = 0.6;
  double thermal_emissivity_exterior = 0.9;
  double thermal_emissivity_interior = 0.9;
  SurfaceRoughness roughness_exterior = SurfaceRoughness::kRough;
};

// Per unit area: node_capacity[i] (J/m²K) for nodes 0..n-1 from the external surface (0) to the
// internal surface (n-1); link_conductance[i] (W/m²K) between node i and i+1 (size n-1).
struct NodeChain {
  std::vector<double> node_capacity_j_per_m2k;
  std::vector<double> link_conductance_w_per_m2k;
};

// Conventional surface resistances of ISO 6946:2017 Table 7 used to turn an air-to-air U-value
// into the surface-to-surface resistance R_c of ISO 52016-1 eq. (69).
inline constexpr double kIso6946InternalSurfaceResistance_m2k_per_w = 0.13;
inline constexpr double kIso6946ExternalSurfaceResistance_m2k_per_w = 0.04;

// Surface-to-surface thermal resistance of the element (m²K/W).
double construction_resistance_m2k_per_w(const Construction& construction);
// Areal heat capacity of the element (J/m²K).
double construction_heat_capacity_j_per_m2k(const Construction& construction);

// Layers are split into ceil(L / sqrt(kSpace·α·Δt)) sublayers (EnergyPlus CondFD's criterion with
// its default space discretisation constant 3), at least one, at most kMaxSublayersPerLayer.
inline constexpr double kSpaceDiscretisationConstant = 3.0;
inline constexpr int kMaxSublayersPerLayer = 12;
NodeChain discretise_construction(const Construction& construction, double time_step_s);

}  // namespace twin::buildings
