// The monitoring pipeline (osse.hpp): state, Jacobian, synthetic observations, inversion.
#include "twin/monitor/osse.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "twin/pathway/det_math.hpp"

namespace twin::monitor {
namespace {

double rel_sd(const MonitorSetup& s, int sector) {
  const double v = s.relative_sd[static_cast<std::size_t>(sector)];
  return v > 0.0 ? v : sector_relative_sd(static_cast<GridSector>(sector));
}

FootprintInputs transport(const MonitorSetup& s, const std::vector<MonitorObservation>& obs) {
  FootprintInputs in;
  in.grid = s.grid;
  in.release_height_m = s.release_height_m;
  in.met = s.met;
  in.terrain = s.terrain;
  in.receptors.reserve(obs.size());
  for (const MonitorObservation& o : obs) in.receptors.push_back(o.receptor);
  return in;
}

// Sector blocks grouped by profile, by value (nullptr: flat), in the order first met.
void profile_groups(const MonitorSetup& s, const StateLayout& l, std::vector<const std::vector<double>*>* profiles,
                    std::vector<int>* block_group) {
  for (const int k : l.sectors) {
    const std::vector<double>& prof = s.profiles[static_cast<std::size_t>(k)];
    const std::vector<double>* p = prof.empty() ? nullptr : &prof;
    std::size_t g = 0;
    for (; g < profiles->size(); ++g)
      if ((*profiles)[g] == nullptr ? p == nullptr : (p != nullptr && *(*profiles)[g] == *p)) break;
    if (g == profiles->size()) profiles->push_back(p);
    block_group->push_back(static_cast<int>(g));
  }
}

// The unexplained block's operator (ground level, flat) from the flat operator at the cells' release heights:
// in the cells released at 0 m the two are the same evaluation (bit for bit), so only the others are computed.
// Empty on invalid input.
Eigen::MatrixXd ground_operator(const MonitorSetup& s, FootprintInputs in, const Eigen::MatrixXd& flat) {
  const std::size_t n = cell_count(s.grid);
  std::vector<char> elevated(n);
  for (std::size_t c = 0; c < n; ++c)
    elevated[c] = (s.release_height_m.size() == 1 ? s.release_height_m[0] : s.release_height_m[c]) != 0.0;
  in.release_height_m = {0.0};
  std::vector<Eigen::MatrixXd> ground = build_footprints_dense(in, {nullptr}, elevated);
  if (ground.size() != 1 || flat.rows() != ground[0].rows() || flat.cols() != ground[0].cols()) return {};
  for (std::size_t c = 0; c < n; ++c)
    if (!elevated[c]) ground[0].col(static_cast<Eigen::Index>(c)) = flat.col(static_cast<Eigen::Index>(c));
  return std::move(ground[0]);
}

}  // namespace

std::string validate_monitoring(const MonitorSetup& s, const std::vector<MonitorObservation>& obs) {
  const std::size_t n = cell_count(s.grid);
  if (n == 0) return "grid: no cells";
  if (s.prior_cell_t.size() != n)
    return "prior_cell_t: " + std::to_string(s.prior_cell_t.size()) + " cells, expected " + std::to_string(n);
  for (std::size_t c = 0; c < n; ++c)
    for (int k = 0; k < kGridSectorCount; ++k)
      if (!std::isfinite(s.prior_cell_t[c][static_cast<std::size_t>(k)]))
        return "prior_cell_t[" + std::to_string(c) + "][" + to_string(static_cast<GridSector>(k)) + "] is not finite";
  for (int k = 0; k < kGridSectorCount; ++k) {
    const double v = s.relative_sd[static_cast<std::size_t>(k)];
    if (!(v >= 0.0 && v <= 10.0)) return std::string("relative_sd[") + to_string(static_cast<GridSector>(k)) + "] must be in [0, 10]";
    const auto& p = s.profiles[static_cast<std::size_t>(k)];
    if (!p.empty() && p.size() < s.met.size())
      return std::string("profiles[") + to_string(static_cast<GridSector>(k)) + "] is shorter than the met hours";
  }
  if (!(s.correlation_length_m >= 0.0 && s.correlation_length_m < 1e6)) return "correlation_length_m must be in [0, 1e6)";
  if (!(s.unexplained_sd_t_per_yr > 0.0 && s.unexplained_sd_t_per_yr < 1e9)) return "unexplained_sd_t_per_yr must be > 0";
  if (!(s.model_error_ppm >= 0.0 && s.model_error_ppm < 100.0)) return "model_error_ppm must be in [0, 100)";
  if (s.lowcost_sensors < 0) return "lowcost_sensors must be ≥ 0";
  if (!(s.bias_offset_sd_ppm > 0.0) || !(s.bias_slope_sd_ppm_per_day > 0.0)) return "bias sds must be > 0";
  if (obs.empty()) return "no observations";
  for (std::size_t k = 0; k < obs.size(); ++k) {
    const MonitorObservation& o = obs[k];
    const std::string at = "observations[" + std::to_string(k) + "]";
    if (!std::isfinite(o.enhancement_ppm)) return at + ".enhancement_ppm is not finite";
    if (!(o.sigma_ppm > 0.0 && o.sigma_ppm <= 100.0)) return at + ".sigma_ppm must be in (0, 100]";
    if (o.lowcost_sensor < -1 || o.lowcost_sensor >= s.lowcost_sensors)
      return at + ".lowcost_sensor = " + std::to_string(o.lowcost_sensor) + " (there are " +
             std::to_string(s.lowcost_sensors) + " low-cost sensors)";
    if (!(o.day >= 0.0 && o.day < 3650.0)) return at + ".day must be in [0, 3650)";
  }
  FootprintInputs in = transport(s, obs);
  const std::string e = validate_footprint(in);
  return e.empty() ? "" : "transport: " + e;
}

StateLayout state_layout(const MonitorSetup& s) {
  StateLayout l;
  l.n_cells = cell_count(s.grid);
  for (int k = 0; k < kGridSectorCount; ++k) {
    bool any = false;
    for (const SectorValues& v : s.prior_cell_t) any = any || v[static_cast<std::size_t>(k)] != 0.0;
    if (any) l.sectors.push_back(k);
  }
  l.unexplained = l.sectors.size() * l.n_cells;
  l.bias = l.unexplained + l.n_cells;
  l.size = l.bias + (s.bias_elements ? 2 * static_cast<std::size_t>(s.lowcost_sensors) : 0);
  return l;
}

Eigen::MatrixXd state_jacobian(const MonitorSetup& s, const StateLayout& l, const std::vector<MonitorObservation>& obs) {
  if (!validate_monitoring(s, obs).empty()) return {};
  const Eigen::Index m = static_cast<Eigen::Index>(obs.size()), n = static_cast<Eigen::Index>(l.n_cells);
  Eigen::MatrixXd G = Eigen::MatrixXd::Zero(m, static_cast<Eigen::Index>(l.size));
  // Sectors with the same profile share one operator; all of them and the flat one in one pass
  // (build_footprints_dense: each equal to its own build_footprint_dense bit for bit).
  std::vector<const std::vector<double>*> profiles;
  std::vector<int> block_group;
  profile_groups(s, l, &profiles, &block_group);
  const std::size_t flat = static_cast<std::size_t>(std::find(profiles.begin(), profiles.end(), nullptr) - profiles.begin());
  if (flat == profiles.size()) profiles.push_back(nullptr);
  const FootprintInputs in = transport(s, obs);
  const std::vector<Eigen::MatrixXd> ops = build_footprints_dense(in, profiles);
  if (ops.size() != profiles.size()) return {};
  for (std::size_t b = 0; b < l.sectors.size(); ++b)
    G.block(0, static_cast<Eigen::Index>(b) * n, m, n) = ops[static_cast<std::size_t>(block_group[b])];
  const Eigen::MatrixXd ground = ground_operator(s, in, ops[flat]);
  if (ground.size() == 0) return {};
  G.block(0, static_cast<Eigen::Index>(l.unexplained), m, n) = ground;
  if (s.bias_elements)
    for (Eigen::Index r = 0; r < m; ++r) {
      const MonitorObservation& o = obs[static_cast<std::size_t>(r)];
      if (o.lowcost_sensor < 0) continue;
      const Eigen::Index c = static_cast<Eigen::Index>(l.bias) + 2 * o.lowcost_sensor;
      G(r, c) = 1.0;
      G(r, c + 1) = o.day;
    }
  return G;
}

Eigen::VectorXd point_source_enhancement_ppm(const MonitorSetup& s, const HiddenSource& src,
                                              const std::vector<MonitorObservation>& obs) {
  // A 10 m cell centred on the source: its 4 × 4 sub-points are a point at the scale of the receptors.
  FootprintInputs in = transport(s, obs);
  in.grid = {src.x_m - 5.0, src.y_m - 5.0, 10.0, 1, 1};
  in.release_height_m = {src.height_m};
  const Eigen::MatrixXd H = build_footprint_dense(in);
  if (H.size() == 0) return {};
  return H.col(0) * src.t_per_yr;
}

std::string simulate_observations(const MonitorSetup& s, const std::vector<HiddenSource>& hidden,
                                  const std::vector<SimulatedSensor>& sensors, std::uint64_t noise_seed,
                                  std::vector<MonitorObservation>* obs) {
  if (sensors.size() != obs->size()) return "sensors: one per observation expected";
  for (MonitorObservation& o : *obs) o.sigma_ppm = 1.0;  // placeholders so that validation passes
  if (const std::string e = validate_monitoring(s, *obs); !e.empty()) return e;
  for (std::size_t h = 0; h < hidden.size(); ++h)
    if (!std::isfinite(hidden[h].x_m) || !std::isfinite(hidden[h].y_m) || !(hidden[h].t_per_yr >= 0.0) ||
        !(hidden[h].height_m >= 0.0 && hidden[h].height_m < 1000.0))
      return "hidden[" + std::to_string(h) + "]: coordinates must be finite, t_per_yr ≥ 0, height in [0, 1000)";
  MonitorSetup truth_setup = s;
  truth_setup.lowcost_sensors = 0;
  truth_setup.bias_elements = false;
  std::vector<MonitorObservation> plain = *obs;
  for (MonitorObservation& o : plain) o.lowcost_sensor = -1;
  const StateLayout l = state_layout(truth_setup);
  const Eigen::MatrixXd G = state_jacobian(truth_setup, l, plain);
  Eigen::VectorXd x = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(l.size));
  for (std::size_t b = 0; b < l.sectors.size(); ++b)
    for (std::size_t c = 0; c < l.n_cells; ++c)
      x(static_cast<Eigen::Index>(b * l.n_cells + c)) = s.prior_cell_t[c][static_cast<std::size_t>(l.sectors[b])];
  Eigen::VectorXd y = G * x;
  for (const HiddenSource& h : hidden) y += point_source_enhancement_ppm(s, h, plain);
  for (std::size_t k = 0; k < obs->size(); ++k) {
    MonitorObservation& o = (*obs)[k];
    const SimulatedSensor& sn = sensors[k];
    o.enhancement_ppm = sensor_reading_ppm(sn.model, y(static_cast<Eigen::Index>(k)), o.day, noise_seed, sn.sensor_id, k);
    o.sigma_ppm = sn.model.noise_ppm > 0.0 ? sn.model.noise_ppm : 1e-3;
  }
  return "";
}

Eigen::VectorXd apply_state_prior(const MonitorInversion& inv, const Eigen::VectorXd& v) {
  const StateLayout& l = inv.layout;
  if (v.size() != inv.prior_sd.size() || l.bias < l.sectors.size() * l.n_cells) return {};
  const Eigen::Index n = static_cast<Eigen::Index>(l.n_cells), k = static_cast<Eigen::Index>(l.sectors.size());
  Eigen::VectorXd out = inv.prior_sd.cwiseProduct(v);
  // The sector blocks side by side (n × k): one product reads the correlation once for all of them.
  if (k > 0) {
    Eigen::Map<Eigen::MatrixXd> blocks(out.data(), n, k);
    blocks = inv.correlation * blocks;  // evaluated into a temporary first (no aliasing)
  }
  return inv.prior_sd.cwiseProduct(out);
}

Eigen::VectorXd apply_jacobian(const MonitorInversion& inv, const Eigen::VectorXd& v) {
  const StateLayout& l = inv.layout;
  const Eigen::Index m = inv.footprint.rows(), n = static_cast<Eigen::Index>(l.n_cells);
  if (v.size() != static_cast<Eigen::Index>(l.size) || m == 0 || inv.footprint.cols() != n ||
      inv.bias_sensor.size() != static_cast<std::size_t>(m))
    return {};
  Eigen::VectorXd out = inv.ground_footprint * v.segment(static_cast<Eigen::Index>(l.unexplained), n);
  // Blocks of one profile group share F and the factor: their cells summed per group, then one product with F
  // for all groups (F is read once: these products are memory-bound).
  const Eigen::Index groups = inv.profile_factor.cols();
  if (groups > 0) {
    Eigen::MatrixXd sums = Eigen::MatrixXd::Zero(n, groups);
    for (std::size_t b = 0; b < inv.block_group.size(); ++b)
      sums.col(inv.block_group[b]) += v.segment(static_cast<Eigen::Index>(b) * n, n);
    const Eigen::MatrixXd f = inv.footprint * sums;
    out += inv.profile_factor.cwiseProduct(f).rowwise().sum();
  }
  for (Eigen::Index r = 0; r < m; ++r) {
    const int k = inv.bias_sensor[static_cast<std::size_t>(r)];
    if (k < 0) continue;
    const Eigen::Index c = static_cast<Eigen::Index>(l.bias) + 2 * k;
    out(r) += v(c) + inv.bias_day(r) * v(c + 1);
  }
  return out;
}

Eigen::VectorXd apply_jacobian_transpose(const MonitorInversion& inv, const Eigen::VectorXd& z) {
  const StateLayout& l = inv.layout;
  const Eigen::Index m = inv.footprint.rows(), n = static_cast<Eigen::Index>(l.n_cells);
  if (z.size() != m || m == 0 || inv.footprint.cols() != n || inv.bias_sensor.size() != static_cast<std::size_t>(m)) return {};
  Eigen::VectorXd out = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(l.size));
  out.segment(static_cast<Eigen::Index>(l.unexplained), n) = inv.ground_footprint.transpose() * z;
  if (inv.profile_factor.cols() > 0) {  // every group's Fᵀ (P_g z) in one product (F read once)
    const Eigen::MatrixXd t = inv.footprint.transpose() * (inv.profile_factor.array().colwise() * z.array()).matrix();
    for (std::size_t b = 0; b < inv.block_group.size(); ++b)
      out.segment(static_cast<Eigen::Index>(b) * n, n) = t.col(inv.block_group[b]);
  }
  for (Eigen::Index r = 0; r < m; ++r) {
    const int k = inv.bias_sensor[static_cast<std::size_t>(r)];
    if (k < 0) continue;
    const Eigen::Index c = static_cast<Eigen::Index>(l.bias) + 2 * k;
    out(c) += z(r);
    out(c + 1) += inv.bias_day(r) * z(r);
  }
  return out;
}

Eigen::VectorXd apply_posterior(const MonitorInversion& inv, const Eigen::VectorXd& v) {
  const Eigen::VectorXd bv = apply_state_prior(inv, v);
  const Eigen::VectorXd gbv = apply_jacobian(inv, bv);
  if (gbv.size() == 0) return {};
  return bv - apply_state_prior(inv, apply_jacobian_transpose(inv, inv.s_llt.solve(gbv)));
}

SectorEstimate aggregate(const MonitorInversion& inv, const Eigen::VectorXd& w) {
  SectorEstimate e;
  e.prior_t = w.dot(inv.x_a);
  e.posterior_t = w.dot(inv.x_hat);
  const Eigen::VectorXd bw = apply_state_prior(inv, w);
  const double prior_var = w.dot(bw);
  const Eigen::VectorXd gbw = apply_jacobian(inv, bw);
  const double post_var = gbw.size() == 0 ? prior_var : prior_var - gbw.dot(inv.s_llt.solve(gbw));
  e.prior_sd_t = std::sqrt(std::fmax(prior_var, 0.0));
  e.posterior_sd_t = std::sqrt(std::fmax(post_var, 0.0));
  return e;
}

Eigen::VectorXd total_weights(const StateLayout& l) {
  Eigen::VectorXd w = Eigen::VectorXd::Zero(static_cast<Eigen::Index>(l.size));
  w.head(static_cast<Eigen::Index>(l.bias)).setOnes();
  return w;
}

// --- The inversion as a job (osse.hpp): the steps of the former one-call invert_monitoring, in slices. ---
namespace {

using Phase = InversionPhase;

// Stops the job: result keeps only the error (as invert_monitoring returned it).
void fail(InversionJob* job, std::string error) {
  job->result = MonitorInversion{};
  job->result.error = std::move(error);
}

// x_a, the prior sds and the layout.
void prior_piece(InversionJob* job) {
  const MonitorSetup& s = job->setup;
  MonitorInversion& inv = job->result;
  const StateLayout l = state_layout(s);
  inv.layout = l;
  const Eigen::Index N = static_cast<Eigen::Index>(l.size), n = static_cast<Eigen::Index>(l.n_cells);
  inv.x_a = Eigen::VectorXd::Zero(N);
  inv.prior_sd = Eigen::VectorXd::Zero(N);
  for (std::size_t b = 0; b < l.sectors.size(); ++b) {
    const int k = l.sectors[b];
    for (std::size_t c = 0; c < l.n_cells; ++c) {
      const double v = s.prior_cell_t[c][static_cast<std::size_t>(k)];
      inv.x_a(static_cast<Eigen::Index>(b * l.n_cells + c)) = v;
      inv.prior_sd(static_cast<Eigen::Index>(b * l.n_cells + c)) = rel_sd(s, k) * std::fabs(v);
    }
  }
  inv.prior_sd.segment(static_cast<Eigen::Index>(l.unexplained), n).setConstant(s.unexplained_sd_t_per_yr);
  for (std::size_t b = l.bias; b < l.size; b += 2) {
    inv.prior_sd(static_cast<Eigen::Index>(b)) = s.bias_offset_sd_ppm;
    inv.prior_sd(static_cast<Eigen::Index>(b) + 1) = s.bias_slope_sd_ppm_per_day;
  }
  inv.correlation = Eigen::MatrixXd::Identity(n, n);
}

// Rows [a0, a1) of the correlation exp(−d/L) (each element its own evaluation: any slicing gives the same matrix).
void correlation_rows(InversionJob* job, Eigen::Index a0, Eigen::Index a1) {
  const MonitorSetup& s = job->setup;
  Eigen::MatrixXd& C = job->result.correlation;
  for (Eigen::Index a = a0; a < a1; ++a)
    for (Eigen::Index b = 0; b < a; ++b) {
      const double dx = static_cast<double>(a % s.grid.nx - b % s.grid.nx) * s.grid.cell_m;
      const double dy = static_cast<double>(a / s.grid.nx - b / s.grid.nx) * s.grid.cell_m;
      C(a, b) = C(b, a) = pathway::det_exp(-std::sqrt(dx * dx + dy * dy) / s.correlation_length_m);
    }
}

// Rows [r0, r1) of the flat footprint (ground = false) or of the ground one: a footprint row depends only on its
// receptor, so the rows built from a slice of the receptors equal those of the whole build bit for bit.
bool footprint_rows(InversionJob* job, std::size_t r0, std::size_t r1, bool ground) {
  FootprintInputs in = job->transport;  // the receptors' slice; met and grid as the whole build's
  in.receptors.assign(job->transport.receptors.begin() + static_cast<std::ptrdiff_t>(r0),
                      job->transport.receptors.begin() + static_cast<std::ptrdiff_t>(r1));
  MonitorInversion& inv = job->result;
  const Eigen::Index rows = static_cast<Eigen::Index>(r1 - r0), at = static_cast<Eigen::Index>(r0);
  if (!ground) {
    std::vector<Eigen::MatrixXd> flat = build_footprints_dense(in, {nullptr});
    if (flat.size() != 1 || flat[0].rows() != rows || flat[0].cols() != inv.footprint.cols()) return false;
    inv.footprint.middleRows(at, rows) = flat[0];
    return true;
  }
  // As ground_operator: cells released at 0 m are the flat operator's own evaluation; only the others are built.
  in.release_height_m = {0.0};
  std::vector<Eigen::MatrixXd> g = build_footprints_dense(in, {nullptr}, job->elevated);
  if (g.size() != 1 || g[0].rows() != rows || g[0].cols() != inv.ground_footprint.cols()) return false;
  for (std::size_t c = 0; c < job->elevated.size(); ++c)
    if (!job->elevated[c]) g[0].col(static_cast<Eigen::Index>(c)) = inv.footprint.block(at, static_cast<Eigen::Index>(c), rows, 1);
  inv.ground_footprint.middleRows(at, rows) = g[0];
  return true;
}

// The profile factors, the bias columns, and S's storage (in the LLT: compute() then factors it in place,
// saving an m × m copy, 120 MB at 3,878 observations).
void factors_piece(InversionJob* job) {
  const MonitorSetup& s = job->setup;
  const std::vector<MonitorObservation>& obs = job->obs;
  MonitorInversion& inv = job->result;
  const Eigen::Index m = static_cast<Eigen::Index>(obs.size());
  std::vector<const std::vector<double>*> group_profile;  // nullptr: flat
  profile_groups(s, inv.layout, &group_profile, &inv.block_group);
  const Eigen::Index groups = static_cast<Eigen::Index>(group_profile.size());
  inv.profile_factor.resize(m, groups);
  for (Eigen::Index r = 0; r < m; ++r)
    for (Eigen::Index g = 0; g < groups; ++g) {
      const std::vector<double>* p = group_profile[static_cast<std::size_t>(g)];
      inv.profile_factor(r, g) = p == nullptr ? 1.0 : (*p)[static_cast<std::size_t>(obs[static_cast<std::size_t>(r)].receptor.hour)];
    }
  inv.bias_sensor.assign(static_cast<std::size_t>(m), -1);
  inv.bias_day = Eigen::VectorXd::Zero(m);
  for (Eigen::Index r = 0; r < m; ++r) {
    const MonitorObservation& o = obs[static_cast<std::size_t>(r)];
    if (s.bias_elements) inv.bias_sensor[static_cast<std::size_t>(r)] = o.lowcost_sensor;
    inv.bias_day(r) = o.day;
  }
  inv.s_llt.compute(Eigen::MatrixXd::Identity(1, 1));  // initialised, so that its storage can be reached
  const_cast<Eigen::MatrixXd&>(inv.s_llt.matrixLLT()).setZero(m, m);
}

Eigen::MatrixXd& s_storage(InversionJob* job) { return const_cast<Eigen::MatrixXd&>(job->result.s_llt.matrixLLT()); }

// Group g's cells U (where one of its sectors has a non-zero prior sd) and X = P_g F_U; false: U is empty.
bool group_start(InversionJob* job) {
  const MonitorInversion& inv = job->result;
  const StateLayout& l = inv.layout;
  const Eigen::Index n = static_cast<Eigen::Index>(l.n_cells), m = inv.footprint.rows(), g = job->group;
  job->cells.clear();
  for (Eigen::Index c = 0; c < n; ++c) {
    bool nonzero = false;
    for (std::size_t b = 0; b < l.sectors.size(); ++b)
      nonzero = nonzero || (inv.block_group[b] == g && inv.prior_sd(static_cast<Eigen::Index>(b) * n + c) != 0.0);
    if (nonzero) job->cells.push_back(c);
  }
  const Eigen::Index u = static_cast<Eigen::Index>(job->cells.size());
  if (u == 0) return false;
  job->X.resize(m, u);
  for (Eigen::Index a = 0; a < u; ++a) job->X.col(a) = inv.profile_factor.col(g).cwiseProduct(inv.footprint.col(job->cells[static_cast<std::size_t>(a)]));
  job->M = Eigen::MatrixXd::Zero(u, u);
  return true;
}

// Columns [a20, a21) of M_g = Σ_k D_k C D_k over the group's sectors (each element sums its sectors in order).
void group_m_columns(InversionJob* job, Eigen::Index a20, Eigen::Index a21) {
  const MonitorInversion& inv = job->result;
  const StateLayout& l = inv.layout;
  const Eigen::Index n = static_cast<Eigen::Index>(l.n_cells), u = job->M.rows();
  for (std::size_t b = 0; b < l.sectors.size(); ++b) {
    if (inv.block_group[b] != job->group) continue;
    const Eigen::Index o = static_cast<Eigen::Index>(b) * n;
    for (Eigen::Index a2 = a20; a2 < a21; ++a2) {
      const Eigen::Index c2 = job->cells[static_cast<std::size_t>(a2)];
      const double d2 = inv.prior_sd(o + c2);
      if (d2 == 0.0) continue;
      for (Eigen::Index a = 0; a < u; ++a) {
        const Eigen::Index c = job->cells[static_cast<std::size_t>(a)];
        job->M(a, a2) += inv.prior_sd(o + c) * inv.correlation(c, c2) * d2;
      }
    }
  }
}

// X M Xᵀ = (X L)(X L)ᵀ with M = L Lᵀ (M is positive definite on U): half the flops of X M, then a symmetric
// rank update. Should M's Cholesky fail to rounding, X M Xᵀ directly, by chunks of M's columns (one slice).
void group_fallback(InversionJob* job) {
  Eigen::MatrixXd& S = s_storage(job);
  const Eigen::MatrixXd& X = job->X;
  const Eigen::Index u = job->M.rows();
  constexpr Eigen::Index kChunk = 256;
  for (Eigen::Index a0 = 0; a0 < u; a0 += kChunk) {
    const Eigen::Index w = std::min(kChunk, u - a0);
    const Eigen::MatrixXd Y = X * job->M.middleCols(a0, w);
    S.triangularView<Eigen::Lower>() += Y * X.middleCols(a0, w).transpose();
  }
}

// The bias elements (offset + slope × day of one sensor: σ_o² + σ_s² day_i day_j between its observations), R, y.
void diagonal_piece(InversionJob* job) {
  const MonitorSetup& s = job->setup;
  MonitorInversion& inv = job->result;
  Eigen::MatrixXd& S = s_storage(job);
  const Eigen::Index m = S.rows();
  if (s.bias_elements) {
    std::vector<std::vector<Eigen::Index>> by_sensor(static_cast<std::size_t>(s.lowcost_sensors));
    for (Eigen::Index r = 0; r < m; ++r)
      if (inv.bias_sensor[static_cast<std::size_t>(r)] >= 0) by_sensor[static_cast<std::size_t>(inv.bias_sensor[static_cast<std::size_t>(r)])].push_back(r);
    const double so2 = s.bias_offset_sd_ppm * s.bias_offset_sd_ppm, ss2 = s.bias_slope_sd_ppm_per_day * s.bias_slope_sd_ppm_per_day;
    for (const std::vector<Eigen::Index>& rows : by_sensor)
      for (std::size_t a = 0; a < rows.size(); ++a)
        for (std::size_t b = 0; b <= a; ++b) S(rows[a], rows[b]) += so2 + ss2 * inv.bias_day(rows[a]) * inv.bias_day(rows[b]);
  }
  job->r.resize(m);
  job->y.resize(m);
  for (Eigen::Index k = 0; k < m; ++k) {
    const MonitorObservation& o = job->obs[static_cast<std::size_t>(k)];
    job->r(k) = o.sigma_ppm * o.sigma_ppm + s.model_error_ppm * s.model_error_ppm;
    job->y(k) = o.enhancement_ppm;
  }
  S.diagonal() += job->r;
}

constexpr Eigen::Index kDofsBlock = 256;

// DOFS = m − Σ R_ii (S⁻¹)_ii, (S⁻¹)_ii = ‖L⁻¹ e_i‖²: one block of L⁻¹'s columns, only below its diagonal.
void dofs_block(InversionJob* job, Eigen::Index i0) {
  const Eigen::MatrixXd& llt = job->result.s_llt.matrixLLT();
  const Eigen::Index m = llt.rows(), bw = std::min(kDofsBlock, m - i0), len = m - i0;
  Eigen::MatrixXd E = Eigen::MatrixXd::Identity(len, bw);
  llt.bottomRightCorner(len, len).triangularView<Eigen::Lower>().solveInPlace(E);
  for (Eigen::Index k = 0; k < bw; ++k) job->result.dofs -= job->r(i0 + k) * E.col(k).squaredNorm();
}

// Unexplained posterior variances: B_kk − ‖L⁻¹ (G B)_k‖², (G B) of the unexplained block = σ_u² F0.
void unexplained_sd_piece(InversionJob* job) {
  const MonitorSetup& s = job->setup;
  MonitorInversion& inv = job->result;
  const Eigen::Index n = static_cast<Eigen::Index>(inv.layout.n_cells);
  Eigen::MatrixXd Z = (s.unexplained_sd_t_per_yr * s.unexplained_sd_t_per_yr) * inv.ground_footprint;
  inv.s_llt.matrixLLT().triangularView<Eigen::Lower>().solveInPlace(Z);
  inv.unexplained_sd_t.resize(n);
  for (Eigen::Index c = 0; c < n; ++c) {
    const double v = s.unexplained_sd_t_per_yr * s.unexplained_sd_t_per_yr - Z.col(c).squaredNorm();
    inv.unexplained_sd_t(c) = std::sqrt(std::fmax(v, 0.0));
  }
}

void sectors_piece(InversionJob* job) {
  MonitorInversion& inv = job->result;
  const StateLayout& l = inv.layout;
  const Eigen::Index N = static_cast<Eigen::Index>(l.size), n = static_cast<Eigen::Index>(l.n_cells);
  for (std::size_t b = 0; b <= l.sectors.size(); ++b) {
    Eigen::VectorXd w = Eigen::VectorXd::Zero(N);
    w.segment(static_cast<Eigen::Index>(b) * n, n).setOnes();
    SectorEstimate e = aggregate(inv, w);
    e.sector = b < l.sectors.size() ? l.sectors[b] : -1;
    inv.sectors.push_back(e);
  }
  SectorEstimate total = aggregate(inv, total_weights(l));
  total.sector = -2;
  inv.sectors.push_back(total);
}

// The rows [next, next + rows) of a phase of `count` rows; moves to `then` after the last.
std::pair<std::size_t, std::size_t> take_rows(InversionJob* job, std::size_t rows, std::size_t count, Phase then) {
  const std::size_t r0 = job->next, r1 = count - r0 > rows ? r0 + rows : count;
  job->next = r1;
  if (r1 >= count) {
    job->next = 0;
    job->phase = then;
  }
  return {r0, r1};
}

}  // namespace

InversionJob start_inversion(const MonitorSetup& s, const std::vector<MonitorObservation>& obs) {
  InversionJob job;
  job.phase = Phase::Prior;
  if (std::string e = validate_monitoring(s, obs); !e.empty()) {
    fail(&job, std::move(e));
    return job;
  }
  job.setup = s;
  job.obs = obs;
  job.transport = transport(s, obs);
  const std::size_t n = cell_count(s.grid);
  job.elevated.resize(n);
  for (std::size_t c = 0; c < n; ++c)
    job.elevated[c] = (s.release_height_m.size() == 1 ? s.release_height_m[0] : s.release_height_m[c]) != 0.0;
  return job;
}

bool advance_inversion(InversionJob* job, std::size_t rows) {
  if (job == nullptr) return true;
  if (job->done()) return true;
  if (rows == 0) {
    fail(job, "advance_inversion: rows must be ≥ 1");
    return true;
  }
  ++job->slices;
  MonitorInversion& inv = job->result;
  const std::size_t m = job->obs.size(), n = inv.layout.n_cells;
  switch (job->phase) {
    case Phase::Prior:
      prior_piece(job);
      inv.footprint = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(m), static_cast<Eigen::Index>(inv.layout.n_cells));
      inv.ground_footprint = inv.footprint;
      job->phase = job->setup.correlation_length_m > 0.0 ? Phase::Correlation : Phase::Footprint;
      break;
    case Phase::Correlation: {
      const auto [a0, a1] = take_rows(job, rows, n, Phase::Footprint);
      correlation_rows(job, static_cast<Eigen::Index>(a0), static_cast<Eigen::Index>(a1));
      break;
    }
    case Phase::Footprint:
    case Phase::Ground: {
      const bool ground = job->phase == Phase::Ground;
      const auto [r0, r1] = take_rows(job, rows, m, ground ? Phase::Factors : Phase::Ground);
      if (!footprint_rows(job, r0, r1, ground)) fail(job, "transport: the footprint operator could not be built");  // not after validation; never a crash
      break;
    }
    case Phase::Factors:
      factors_piece(job);
      job->group = 0;
      job->phase = inv.profile_factor.cols() > 0 ? Phase::GroupStart : Phase::Unexplained;
      break;
    case Phase::GroupStart:
      job->next = 0;
      if (group_start(job)) job->phase = Phase::GroupM;
      else job->phase = ++job->group < inv.profile_factor.cols() ? Phase::GroupStart : Phase::Unexplained;
      break;
    case Phase::GroupM: {
      const auto [a0, a1] = take_rows(job, rows, static_cast<std::size_t>(job->M.cols()), Phase::GroupFactor);
      group_m_columns(job, static_cast<Eigen::Index>(a0), static_cast<Eigen::Index>(a1));
      break;
    }
    case Phase::GroupFactor:
      job->m_llt.compute(job->M);
      job->phase = Phase::GroupProduct;
      break;
    case Phase::GroupProduct:
      if (job->m_llt.info() == Eigen::Success) {
        job->X = job->X * job->m_llt.matrixL();
        job->phase = Phase::GroupUpdate;
      } else {
        group_fallback(job);
        job->phase = ++job->group < inv.profile_factor.cols() ? Phase::GroupStart : Phase::Unexplained;
      }
      break;
    case Phase::GroupUpdate:
      s_storage(job).selfadjointView<Eigen::Lower>().rankUpdate(job->X);
      job->X.resize(0, 0);
      job->M.resize(0, 0);
      job->phase = ++job->group < inv.profile_factor.cols() ? Phase::GroupStart : Phase::Unexplained;
      break;
    case Phase::Unexplained:
      s_storage(job).selfadjointView<Eigen::Lower>().rankUpdate(inv.ground_footprint, job->setup.unexplained_sd_t_per_yr * job->setup.unexplained_sd_t_per_yr);
      job->phase = Phase::Diagonal;
      break;
    case Phase::Diagonal:
      diagonal_piece(job);
      job->phase = Phase::Cholesky;
      break;
    case Phase::Cholesky:
      inv.s_llt.compute(s_storage(job));  // reads the lower triangle
      if (inv.s_llt.info() != Eigen::Success) fail(job, "the observation-space system G B Gᵀ + R is not positive definite");
      else job->phase = Phase::Mean;
      break;
    case Phase::Mean:
      inv.x_hat = inv.x_a + apply_state_prior(inv, apply_jacobian_transpose(inv, inv.s_llt.solve(job->y - apply_jacobian(inv, inv.x_a))));
      inv.dofs = static_cast<double>(m);
      job->next = 0;
      job->phase = Phase::Dofs;
      break;
    case Phase::Dofs:
      dofs_block(job, static_cast<Eigen::Index>(job->next));
      job->next += static_cast<std::size_t>(kDofsBlock);
      if (job->next >= m) {
        job->next = 0;
        job->phase = Phase::UnexplainedSd;
      }
      break;
    case Phase::UnexplainedSd:
      unexplained_sd_piece(job);
      job->phase = Phase::Sectors;
      break;
    case Phase::Sectors:
      sectors_piece(job);
      job->phase = Phase::Done;
      break;
    case Phase::Done: break;
  }
  return job->done();
}

double inversion_progress(const InversionJob& job) {
  if (job.done()) return 1.0;
  // Rough shares of the native cost at the page's size (256 cells, 252 observations): the footprints ~45 %,
  // S's assembly per group ~40 %, the rest (Cholesky, posterior pieces) ~15 %. Grows with every slice.
  const double m = static_cast<double>(job.obs.size()), n = static_cast<double>(job.result.layout.n_cells);
  const double next = static_cast<double>(job.next);
  const double groups = static_cast<double>(job.result.profile_factor.cols());
  const auto in_group = [&](double sub) { return 0.46 + 0.39 * (static_cast<double>(job.group) + sub / 5.0) / groups; };
  switch (job.phase) {
    case Phase::Prior: return 0.0;
    case Phase::Correlation: return 0.01 + 0.04 * next / n;
    case Phase::Footprint: return 0.05 + 0.3 * next / m;
    case Phase::Ground: return 0.35 + 0.1 * next / m;
    case Phase::Factors: return 0.45;
    case Phase::GroupStart: return in_group(0.0);
    case Phase::GroupM: return in_group(1.0 + next / static_cast<double>(job.M.cols() > 0 ? job.M.cols() : 1));
    case Phase::GroupFactor: return in_group(2.0);
    case Phase::GroupProduct: return in_group(3.0);
    case Phase::GroupUpdate: return in_group(4.0);
    case Phase::Unexplained: return 0.86;
    case Phase::Diagonal: return 0.87;
    case Phase::Cholesky: return 0.88;
    case Phase::Mean: return 0.9;
    case Phase::Dofs: return 0.91 + 0.03 * next / m;
    case Phase::UnexplainedSd: return 0.94;
    case Phase::Sectors: return 0.97;
    case Phase::Done: return 1.0;
  }
  return 0.0;
}

MonitorInversion finish_inversion(InversionJob* job) {
  MonitorInversion out;
  if (job == nullptr) {
    out.error = "finish_inversion: no job";
    return out;
  }
  if (!job->done()) {
    out.error = "finish_inversion: the job is not finished";
    return out;
  }
  if (job->result.error.empty() && job->result.x_hat.size() == 0) {  // a default-constructed job: never started
    out.error = "finish_inversion: the job was never started (start_inversion)";
    return out;
  }
  out = std::move(job->result);
  job->result = MonitorInversion{};
  job->result.error = "finish_inversion: the result was taken";
  return out;
}

MonitorInversion invert_monitoring(const MonitorSetup& s, const std::vector<MonitorObservation>& obs) {
  InversionJob job = start_inversion(s, obs);
  while (!advance_inversion(&job, static_cast<std::size_t>(-1))) {}
  return finish_inversion(&job);
}

}  // namespace twin::monitor
