// Glazing: thermal conductance and angle-dependent solar optics of a stack of identical clear panes.
// Optics from first principles (Duffie & Beckman, Solar Engineering of Thermal Processes, 4th ed.,
// §5.1–5.3): Fresnel reflection at each air–glass interface for both polarisations, Bouguer
// absorption along the refracted path, multiple reflections within and between panes by the
// adding method, polarisations averaged. Diffuse light uses the equivalent incidence angles of
// Brandemuehl & Beckman (1980) (Duffie & Beckman eq. 5.4.2).
#pragma once

namespace twin::buildings {

struct Glazing {
  double conductance_w_per_m2k = 6.068;  // surface to surface (panes + gaps), films excluded
  int pane_count = 2;
  double pane_solar_transmittance = 0.86156;  // one pane, normal incidence, solar spectrum
  double refractive_index = 1.526;            // Duffie & Beckman Table 5.1.1, glass
  double thermal_emissivity = 0.84;           // long-wave, both faces
  // Temperature-dependent gap conductance (ISO 15099:2003 §5.3, as EnergyPlus computes it for a
  // "WindowMaterial:Gas" layer): used when gap_width_m > 0 (every gap air-filled, this wide), then
  // conductance_w_per_m2k is only the value the matrix holds and the surface-to-surface
  // conductance follows the window temperatures each step. 0: conductance_w_per_m2k is fixed.
  double gap_width_m = 0;
  double pane_thickness_m = 0.003175;      // with gap_width_m > 0
  double glass_conductivity_w_per_mk = 1.06;
};

// Surface-to-surface conductance (W/m²K) of the glazing with its outer and inner glass surfaces at
// the given temperatures: panes in series with the gaps; each gap h = Nu·k/d (ISO 15099 eqs. 40–44,
// vertical cavity of height `height_m`, air properties of ISO 15099 Annex B at 101 325 Pa) plus the
// linearised long-wave exchange 4σT_m³/(1/ε + 1/ε − 1) between the facing panes. Returns
// conductance_w_per_m2k when gap_width_m is 0.
double glazing_conductance_w_per_m2k(const Glazing& glazing, double outer_surface_c, double inner_surface_c,
                                     double height_m);

struct GlazingOptics {
  double transmittance = 0;       // of the whole stack
  double reflectance = 0;         // seen from the side the light comes from
  double absorbed_outer = 0;      // fraction absorbed by the outermost pane
  double absorbed_inner = 0;      // by the innermost pane (0 for a single pane: all counted outer)
  double absorbed_middle = 0;     // by all panes in between (triple glazing and more)
};

// Light arriving from outside at `incidence_deg` (0 = normal). from_inside = true: light arriving
// from the room (the stack seen the other way round; outer/inner still name the same panes).
GlazingOptics glazing_optics(const Glazing& glazing, double incidence_deg, bool from_inside = false);

// Equivalent beam incidence angles for isotropic sky-diffuse and ground-reflected light on a
// surface of tilt `tilt_deg` (Brandemuehl & Beckman 1980; Duffie & Beckman eq. 5.4.2).
double sky_diffuse_equivalent_incidence_deg(double tilt_deg);
double ground_diffuse_equivalent_incidence_deg(double tilt_deg);

// Largest normal pane transmittance a non-absorbing pane of index n can have: (1-r)/(1+r).
double max_pane_transmittance(double refractive_index);

}  // namespace twin::buildings
