// The monitoring pipeline end to end (issue 11, items 4–5): the inversion's state over the city grid, its
// Jacobian and prior, synthetic observations from a known truth (observing-system experiments), and the
// Bayesian posterior. docs/monitoring.md has the maths and the defaults.
// State x (tCO2/yr unless said), in this order:
//   sector blocks  one block of n cells per emitting sector (a sector with a non-zero prior cell): the
//                  sector's emissions in each cell; prior mean = the gridded inventory, prior sd = the
//                  sector's relative sd (prior_uncertainty.hpp) × |prior|, correlated exp(−d/L) within the
//                  sector (d between cell centres), independent across sectors;
//   unexplained    n cells, an additive source the inventory lacks: prior mean 0, sd unexplained_sd_t_per_yr,
//                  independent between cells, released at ground level with a flat profile (CarbonTwin
//                  assumption: an unknown source's height and schedule are unknown);
//   bias           per low-cost sensor an offset (ppm) and a drift slope (ppm/day): observation += offset +
//                  slope × day (day = days since the sensors' calibration), prior mean 0, sd bias_*_sd.
// The footprint of each sector uses its hourly profile (sectors with the same profile share one operator).
// Observations are enhancements over the background (ppm); R is diagonal: sigma² + model_error².
// Solver: observation space, x̂ = x_a + B Gᵀ (G B Gᵀ + R)⁻¹ (y − G x_a), B applied block by block.
// Speed and memory (issue 11 follow-up): G is kept factored, never as the dense m × N matrix. A sector's
// block of G is its profile at the observation's hour times one footprint F (m × n, the cells' release
// heights, flat), so S = G B Gᵀ + R is assembled per profile group, Σ_g P_g F_U M_g F_Uᵀ P_g with
// M_g = Σ_k D_k C D_k over the group's sectors and only the cells U where some prior sd is non-zero (lower
// triangle only), plus σ_u² F0 F0ᵀ (the unexplained block), the bias elements and R; Cholesky once; the
// posterior covariance only as the outputs need it (sector sums by wᵀAw, the unexplained cells' variances,
// diag S⁻¹ for DOFS). Default city, 3,878 observations: invert_monitoring 37.5 s / 0.89 GB → 9–11 s / ~0.3 GB
// on the shared 2-core build machine, results equal to ≤ 1e-11 relative (docs/monitoring.md, "Performance").
// The page runs the same inversion in slices (InversionJob below), bit for bit invert_monitoring's result.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include <Eigen/Dense>

#include "twin/monitor/emission_grid.hpp"
#include "twin/monitor/footprint.hpp"
#include "twin/monitor/prior_uncertainty.hpp"
#include "twin/monitor/sensor_noise.hpp"

namespace twin::monitor {

struct MonitorSetup {
  GridGeometry grid;
  std::vector<SectorValues> prior_cell_t;              // per cell (j·nx + i), tCO2/yr by sector
  std::vector<double> release_height_m = {0.0};        // per cell, or one for all
  std::vector<HourMet> met;                            // the hours the receptors index
  std::array<std::vector<double>, kGridSectorCount> profiles;  // per sector (≥ met hours; mean 1); empty = flat
  Terrain terrain = Terrain::Urban;
  SectorValues relative_sd{};                          // 0 = from prior_uncertainty.csv (set by validate/use)
  double correlation_length_m = kDefaultCorrelationLengthM;
  double unexplained_sd_t_per_yr = kDefaultUnexplainedSdTPerYr;
  // Transport-model error added to every observation in quadrature: 0.3 ppm (CarbonTwin assumption — a
  // Gaussian plume is a coarse model of urban transport; it keeps one instrument's hour from dominating).
  double model_error_ppm = 0.3;
  int lowcost_sensors = 0;                             // bias elements (offset + slope) for each
  bool bias_elements = true;                           // false: no bias elements (to show the drift's harm)
  double bias_offset_sd_ppm = 2.0;                     // CarbonTwin assumption: a field-calibrated NDIR's residual offset
  double bias_slope_sd_ppm_per_day = 0.038;            // sensors.csv lowcost.drift_ppm_per_day (Cai et al. 2025)
};

// One observation as the inversion sees it: an enhancement over the background.
struct MonitorObservation {
  FootprintReceptor receptor;   // place and hour (index into setup.met)
  double enhancement_ppm = 0.0;
  double sigma_ppm = 0.0;       // the instrument's 1σ (> 0); model_error_ppm is added in quadrature
  int lowcost_sensor = -1;      // index of its low-cost sensor (bias elements), −1 for none
  double day = 0.0;             // days since the sensors' calibration
};

struct StateLayout {
  std::vector<int> sectors;     // GridSector of each sector block, in order
  std::size_t n_cells = 0;
  std::size_t unexplained = 0;  // offset of the unexplained block
  std::size_t bias = 0;         // offset of the bias elements (2 per low-cost sensor when enabled)
  std::size_t size = 0;
};

// "" when the setup and observations are usable, else the first problem (field, index, value).
std::string validate_monitoring(const MonitorSetup& setup, const std::vector<MonitorObservation>& obs);
StateLayout state_layout(const MonitorSetup& setup);
// The Jacobian G (m × N) of the state. Empty on invalid input.
Eigen::MatrixXd state_jacobian(const MonitorSetup& setup, const StateLayout& layout,
                               const std::vector<MonitorObservation>& obs);

// --- Observing-system experiments -------------------------------------------------------------------
struct HiddenSource {           // a point source the inventory lacks
  double x_m = 0.0, y_m = 0.0, t_per_yr = 0.0, height_m = 0.0;
};
struct SimulatedSensor {        // how an observation's reading is made
  SensorModel model;            // noise and drift (sensor_noise.hpp)
  std::uint64_t sensor_id = 0;  // for the reproducible draws
};
// Fills obs[k].enhancement_ppm = (G_sectors x_prior)_k + Σ hidden plumes + drift·day + noise (a pure function
// of noise_seed, sensor_id and k) and sigma_ppm = the model's noise (the drift is not in σ: the bias
// elements are there for it). Truth = the prior inventory plus the hidden sources. "" or what is wrong.
std::string simulate_observations(const MonitorSetup& setup, const std::vector<HiddenSource>& hidden,
                                  const std::vector<SimulatedSensor>& sensors, std::uint64_t noise_seed,
                                  std::vector<MonitorObservation>* obs);
// The true enhancement of a point source at each observation (g/s from t/yr, flat in time).
Eigen::VectorXd point_source_enhancement_ppm(const MonitorSetup& setup, const HiddenSource& source,
                                              const std::vector<MonitorObservation>& obs);

// --- Inversion --------------------------------------------------------------------------------------
struct SectorEstimate {
  int sector = -1;              // GridSector, −1 for the unexplained block, −2 for the total
  double prior_t = 0.0, prior_sd_t = 0.0, posterior_t = 0.0, posterior_sd_t = 0.0;
};
struct MonitorInversion {
  std::string error;            // non-empty: nothing else is set
  StateLayout layout;
  Eigen::VectorXd x_a, x_hat, prior_sd;
  Eigen::MatrixXd correlation;  // n × n, exp(−d/L) between cell centres (identity for L = 0)
  // G (m × N) and B Gᵀ (N × m) are not kept (at 3,878 observations they took 270 MB each): state_jacobian()
  // gives G, apply_jacobian*() its products, from the factors below.
  Eigen::LLT<Eigen::MatrixXd> s_llt;  // G B Gᵀ + R
  // G in factored form: sector block b = diag(profile_factor.col(block_group[b])) · footprint; the unexplained
  // block = ground_footprint; bias columns: 1 and bias_day(r) in the two columns of bias_sensor[r] (−1: none).
  Eigen::MatrixXd footprint;         // m × n, ppm per tCO2/yr, the cells' release heights, flat in time
  Eigen::MatrixXd ground_footprint;  // m × n, the same at ground level (the unexplained block)
  Eigen::MatrixXd profile_factor;    // m × groups: each profile group's factor at the observation's hour
  std::vector<int> block_group;      // per sector block, its column of profile_factor
  std::vector<int> bias_sensor;      // per observation, its low-cost sensor when bias elements are on, else −1
  Eigen::VectorXd bias_day;          // per observation, the drift slope's multiplier (days)
  std::vector<SectorEstimate> sectors;  // each sector block, then unexplained, then the total
  Eigen::VectorXd unexplained_sd_t;     // posterior sd per cell of the unexplained block
  double dofs = 0.0;                    // trace(AK) = m − Σ R_ii (S⁻¹)_ii
};
MonitorInversion invert_monitoring(const MonitorSetup& setup, const std::vector<MonitorObservation>& obs);

// The same inversion as a job advanced in slices (the page spreads it over frames; invert_monitoring is this
// job run to the end). Each slice is either up to `rows` rows of an operator (the correlation, the footprint,
// the ground footprint) or columns of a profile group's M, or one indivisible piece (M's Cholesky, X L, a rank
// update of S, S's Cholesky, the posterior mean, a block of DOFS, the unexplained sds, the sector sums). Rows
// are independent and each Eigen operation is the same call on the same operands whatever the slicing, so
// the result equals invert_monitoring's bit for bit for any `rows` (tests/twin/monitor/osse_job_test.cpp).
// Never throws: bad input, or bad use, ends the job with result.error set.
enum class InversionPhase {
  Prior = 0, Correlation, Footprint, Ground, Factors, GroupStart, GroupM, GroupFactor, GroupProduct, GroupUpdate,
  Unexplained, Diagonal, Cholesky, Mean, Dofs, UnexplainedSd, Sectors, Done
};
struct InversionJob {
  MonitorSetup setup;                       // copies: the job owns what it reads
  std::vector<MonitorObservation> obs;
  MonitorInversion result;                  // being filled; result.error set = the job stopped
  InversionPhase phase = InversionPhase::Done;
  std::size_t slices = 0;                   // slices run so far
  // Internal state between slices.
  std::size_t next = 0;                     // next row / column of the current phase
  FootprintInputs transport;                // the observations' receptors (slices take a range of them)
  std::vector<char> elevated;               // per cell: released above ground (the ground operator's columns)
  Eigen::Index group = 0;                   // the profile group being assembled into S
  std::vector<Eigen::Index> cells;          // its cells U
  Eigen::MatrixXd X, M;                     // P_g F_U (then X L) and M_g
  Eigen::LLT<Eigen::MatrixXd> m_llt;
  Eigen::VectorXd r, y;                     // diag R and the enhancements
  bool done() const { return phase == InversionPhase::Done || !result.error.empty(); }
};
// Validates and copies the inputs (result.error on bad input: the job is then done).
InversionJob start_inversion(const MonitorSetup& setup, const std::vector<MonitorObservation>& obs);
// Runs the next slice (see above); rows ≥ 1 (0 is an error that stops the job). Returns done().
bool advance_inversion(InversionJob* job, std::size_t rows);
// 0–1 by a rough cost of the phases done (for a progress bar).
double inversion_progress(const InversionJob& job);
// Moves the result out: error "not finished" if the job is not done; the failed inversion (only error set)
// if it stopped.
MonitorInversion finish_inversion(InversionJob* job);
// B v (block diagonal, see the top).
Eigen::VectorXd apply_state_prior(const MonitorInversion& inv, const Eigen::VectorXd& v);
// G v (m) and Gᵀ z (N) from the factored Jacobian of a successful inversion.
Eigen::VectorXd apply_jacobian(const MonitorInversion& inv, const Eigen::VectorXd& v);
Eigen::VectorXd apply_jacobian_transpose(const MonitorInversion& inv, const Eigen::VectorXd& z);
// Posterior covariance times v: A v = B v − B Gᵀ S⁻¹ G B v.
Eigen::VectorXd apply_posterior(const MonitorInversion& inv, const Eigen::VectorXd& v);
// Prior and posterior mean and sd of wᵀx.
SectorEstimate aggregate(const MonitorInversion& inv, const Eigen::VectorXd& w);
// The weights of the city total: every sector block and the unexplained block (not the bias elements).
Eigen::VectorXd total_weights(const StateLayout& layout);

}  // namespace twin::monitor
