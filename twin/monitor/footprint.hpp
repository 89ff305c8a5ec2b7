// The footprint operator H (issue 11, "Jacobian"): from gridded emissions x (tCO2/yr per cell) to CO2
// enhancements y (ppm) at receptors, y = H x. Each cell emits at rate_g_s(cell, hour) = x · 1e6 / 8760 /
// 3600 · profile(cell, hour) from its release height; transport is the Gaussian plume (plume.hpp) in the
// hour's wind frame with Briggs urban σ. g/m³ → ppm with the hour's T and p (ideal gas).
//  * Area source: a cell is n × n sub-points (default 4 × 4), each 1/n² of the rate, when its centre is
//    within 4 cells downwind of the receptor; ⌈n/2⌉ per side within 16 cells; its centre alone beyond (there
//    the plume is wide against the cell; with it the 10,000-cell Jacobian takes 0.26–0.64 s natively in
//    ct_bench_monitor_inversion). A sub-point less than half a sub-spacing downwind of the receptor is
//    evaluated at that half spacing, so a receptor inside a cell sees a finite value (the plume of the
//    nearest sub-sources, not a singularity).
//  * Truncation (dense and sparse alike): a cell whose centre is more than 0.75 cell upwind, or more than
//    6 σy (+0.75 cell) off the centreline, contributes 0 (exp(−18) ≈ 1.5e-8 of the centreline value).
//  * Column receptors (z_m < 0): the plume integrated over z (∫ C dz = Q/(√(2π) u σy) e^(−y²/2σy²)) over the
//    dry-air column p / (g · M_air) → column-average ppm (XCO2 enhancement).
//  * Sparse H drops entries below relative_drop × the row's largest |entry| (default 1e-6).
#pragma once

#include <string>
#include <vector>

#include <Eigen/Dense>
#include <Eigen/Sparse>

#include "twin/monitor/grid_geometry.hpp"
#include "twin/monitor/met.hpp"

namespace twin::monitor {

// Molar masses (g/mol): engineeringtoolbox.com/air-composition-d_212.html (dry air 28.9647, CO2 44.010);
// R and g: exact SI-defined values (R = N_A·k since 2019; standard gravity by definition).
inline constexpr double kMolarMassCO2_g_mol = 44.010;
inline constexpr double kMolarMassDryAir_g_mol = 28.9647;
inline constexpr double kGasConstant_J_mol_K = 8.314462618;
inline constexpr double kGravity_m_s2 = 9.80665;

struct FootprintReceptor {
  double x_m = 0.0, y_m = 0.0, z_m = 0.0;  // local frame; z_m < 0 = satellite column
  int hour = 0;                            // index into the HourMet vector
};

struct FootprintInputs {
  GridGeometry grid;
  std::vector<double> release_height_m;          // per cell, or one value for all cells
  std::vector<HourMet> met;
  std::vector<FootprintReceptor> receptors;
  std::vector<std::vector<double>> profiles;     // hourly profiles (mean 1); empty = flat 1
  std::vector<int> cell_profile;                 // per cell, index into profiles (empty = profile 0)
  int subpoints_per_side = 4;
  Terrain terrain = Terrain::Urban;
};

// "" when the inputs are usable, else what is wrong (field, index, value).
std::string validate_footprint(const FootprintInputs& in);

// One entry of H: ppm at receptor r per tCO2/yr in cell c. Precondition: validate_footprint is empty.
double footprint_entry(const FootprintInputs& in, std::size_t r, std::size_t c);

// Empty (0 × 0) when validate_footprint(in) is not (or relative_drop is outside [0, 1)): no exceptions, the
// page's wasm cannot catch them; callers validate first to say why.
Eigen::MatrixXd build_footprint_dense(const FootprintInputs& in);
// Several dense footprints of the same receptors and cells in one pass, one per hourly profile (nullptr: flat;
// in.profiles and in.cell_profile are not used), at most 8: the plume's geometry and exponentials are shared,
// and each matrix equals build_footprint_dense with that profile bit for bit. `columns` (empty = all, else one
// flag per cell): cells left out stay 0. Empty on invalid input (as build_footprint_dense).
std::vector<Eigen::MatrixXd> build_footprints_dense(const FootprintInputs& in,
                                                   const std::vector<const std::vector<double>*>& profiles,
                                                   const std::vector<char>& columns = {});
Eigen::SparseMatrix<double, Eigen::RowMajor> build_footprint_sparse(const FootprintInputs& in,
                                                                    double relative_drop = 1e-6);

// Matrix-free H: entries computed on the fly (for the dot-product test and for memory-bound cases).
class FootprintOperator {
 public:
  explicit FootprintOperator(FootprintInputs in);
  // "" when the inputs were valid (validate_footprint's message otherwise; the operator then gives empty vectors).
  const std::string& error() const { return error_; }
  std::size_t rows() const { return in_.receptors.size(); }
  std::size_t cols() const { return cell_count(in_.grid); }
  Eigen::VectorXd apply_forward(const Eigen::VectorXd& x) const;  // y = H x
  Eigen::VectorXd apply_adjoint(const Eigen::VectorXd& y) const;  // x = Hᵀ y
  // Both return an empty vector when error() is set or the argument has the wrong length.

 private:
  FootprintInputs in_;
  std::string error_;
};

}  // namespace twin::monitor
