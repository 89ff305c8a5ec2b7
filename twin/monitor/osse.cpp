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

MonitorInversion invert_monitoring(const MonitorSetup& s, const std::vector<MonitorObservation>& obs) {
  MonitorInversion inv;
  if (std::string e = validate_monitoring(s, obs); !e.empty()) {
    inv.error = e;
    return inv;
  }
  const StateLayout l = state_layout(s);
  inv.layout = l;
  const Eigen::Index N = static_cast<Eigen::Index>(l.size), n = static_cast<Eigen::Index>(l.n_cells);
  const Eigen::Index m = static_cast<Eigen::Index>(obs.size());
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
  if (s.correlation_length_m > 0.0)
    for (Eigen::Index a = 0; a < n; ++a)
      for (Eigen::Index b = 0; b < a; ++b) {
        const double dx = static_cast<double>(a % s.grid.nx - b % s.grid.nx) * s.grid.cell_m;
        const double dy = static_cast<double>(a / s.grid.nx - b / s.grid.nx) * s.grid.cell_m;
        inv.correlation(a, b) = inv.correlation(b, a) = pathway::det_exp(-std::sqrt(dx * dx + dy * dy) / s.correlation_length_m);
      }
  // The Jacobian, factored (osse.hpp): the flat footprint at the release heights, the ground one, the profiles.
  {
    const FootprintInputs in = transport(s, obs);
    std::vector<Eigen::MatrixXd> flat = build_footprints_dense(in, {nullptr});
    if (flat.size() == 1) inv.footprint = std::move(flat[0]);
    inv.ground_footprint = ground_operator(s, in, inv.footprint);
  }
  if (inv.footprint.rows() != m || inv.ground_footprint.rows() != m) {  // not after validation; never a crash
    MonitorInversion bad;
    bad.error = "transport: the footprint operator could not be built";
    return bad;
  }
  std::vector<const std::vector<double>*> group_profile;  // nullptr: flat
  profile_groups(s, l, &group_profile, &inv.block_group);
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
  // S = G B Gᵀ + R, lower triangle. Per profile group g (factor P_g): P_g F_U M_g F_Uᵀ P_g, M_g = Σ_k D_k C D_k
  // over the group's sectors, U the cells where some of them has a non-zero prior sd (the others add 0).
  // Assembled in the LLT's own storage: compute() sees the same matrix (Eigen checks is_same_dense) and factors
  // it in place, saving an m × m copy (120 MB at 3,878 observations).
  inv.s_llt.compute(Eigen::MatrixXd::Identity(1, 1));  // initialised, so that its storage can be reached
  Eigen::MatrixXd& S = const_cast<Eigen::MatrixXd&>(inv.s_llt.matrixLLT());
  S.setZero(m, m);
  for (Eigen::Index g = 0; g < groups; ++g) {
    std::vector<Eigen::Index> cells;
    for (Eigen::Index c = 0; c < n; ++c) {
      bool nonzero = false;
      for (std::size_t b = 0; b < l.sectors.size(); ++b)
        nonzero = nonzero || (inv.block_group[b] == g && inv.prior_sd(static_cast<Eigen::Index>(b) * n + c) != 0.0);
      if (nonzero) cells.push_back(c);
    }
    const Eigen::Index u = static_cast<Eigen::Index>(cells.size());
    if (u == 0) continue;
    Eigen::MatrixXd X(m, u);
    for (Eigen::Index a = 0; a < u; ++a) X.col(a) = inv.profile_factor.col(g).cwiseProduct(inv.footprint.col(cells[static_cast<std::size_t>(a)]));
    Eigen::MatrixXd M = Eigen::MatrixXd::Zero(u, u);
    for (std::size_t b = 0; b < l.sectors.size(); ++b) {
      if (inv.block_group[b] != g) continue;
      const Eigen::Index o = static_cast<Eigen::Index>(b) * n;
      for (Eigen::Index a2 = 0; a2 < u; ++a2) {
        const Eigen::Index c2 = cells[static_cast<std::size_t>(a2)];
        const double d2 = inv.prior_sd(o + c2);
        if (d2 == 0.0) continue;
        for (Eigen::Index a = 0; a < u; ++a) {
          const Eigen::Index c = cells[static_cast<std::size_t>(a)];
          M(a, a2) += inv.prior_sd(o + c) * inv.correlation(c, c2) * d2;
        }
      }
    }
    // X M Xᵀ = (X L)(X L)ᵀ with M = L Lᵀ (M is positive definite on U): half the flops of X M, then a
    // symmetric rank update. Should M's Cholesky fail to rounding, X M Xᵀ directly, by chunks of M's columns.
    const Eigen::LLT<Eigen::MatrixXd> m_llt(M);
    if (m_llt.info() == Eigen::Success) {
      X = X * m_llt.matrixL();
      S.selfadjointView<Eigen::Lower>().rankUpdate(X);
    } else {
      constexpr Eigen::Index kChunk = 256;
      for (Eigen::Index a0 = 0; a0 < u; a0 += kChunk) {
        const Eigen::Index w = std::min(kChunk, u - a0);
        const Eigen::MatrixXd Y = X * M.middleCols(a0, w);
        S.triangularView<Eigen::Lower>() += Y * X.middleCols(a0, w).transpose();
      }
    }
  }
  S.selfadjointView<Eigen::Lower>().rankUpdate(inv.ground_footprint, s.unexplained_sd_t_per_yr * s.unexplained_sd_t_per_yr);
  if (s.bias_elements) {  // offset + slope × day of one sensor: σ_o² + σ_s² day_i day_j between its observations
    std::vector<std::vector<Eigen::Index>> by_sensor(static_cast<std::size_t>(s.lowcost_sensors));
    for (Eigen::Index r = 0; r < m; ++r)
      if (inv.bias_sensor[static_cast<std::size_t>(r)] >= 0) by_sensor[static_cast<std::size_t>(inv.bias_sensor[static_cast<std::size_t>(r)])].push_back(r);
    const double so2 = s.bias_offset_sd_ppm * s.bias_offset_sd_ppm, ss2 = s.bias_slope_sd_ppm_per_day * s.bias_slope_sd_ppm_per_day;
    for (const std::vector<Eigen::Index>& rows : by_sensor)
      for (std::size_t a = 0; a < rows.size(); ++a)
        for (std::size_t b = 0; b <= a; ++b) S(rows[a], rows[b]) += so2 + ss2 * inv.bias_day(rows[a]) * inv.bias_day(rows[b]);
  }
  Eigen::VectorXd r(m);
  Eigen::VectorXd y(m);
  for (Eigen::Index k = 0; k < m; ++k) {
    const MonitorObservation& o = obs[static_cast<std::size_t>(k)];
    r(k) = o.sigma_ppm * o.sigma_ppm + s.model_error_ppm * s.model_error_ppm;
    y(k) = o.enhancement_ppm;
  }
  S.diagonal() += r;
  inv.s_llt.compute(S);  // reads the lower triangle
  if (inv.s_llt.info() != Eigen::Success) {
    MonitorInversion bad;
    bad.error = "the observation-space system G B Gᵀ + R is not positive definite";
    return bad;
  }
  inv.x_hat = inv.x_a + apply_state_prior(inv, apply_jacobian_transpose(inv, inv.s_llt.solve(y - apply_jacobian(inv, inv.x_a))));
  // DOFS = m − Σ R_ii (S⁻¹)_ii, (S⁻¹)_ii = ‖L⁻¹ e_i‖²: L⁻¹ by blocks of columns, each only below its diagonal.
  const Eigen::MatrixXd& llt = inv.s_llt.matrixLLT();
  inv.dofs = static_cast<double>(m);
  constexpr Eigen::Index kBlock = 256;
  for (Eigen::Index i0 = 0; i0 < m; i0 += kBlock) {
    const Eigen::Index bw = std::min(kBlock, m - i0), len = m - i0;
    Eigen::MatrixXd E = Eigen::MatrixXd::Identity(len, bw);
    llt.bottomRightCorner(len, len).triangularView<Eigen::Lower>().solveInPlace(E);
    for (Eigen::Index k = 0; k < bw; ++k) inv.dofs -= r(i0 + k) * E.col(k).squaredNorm();
  }
  // Unexplained posterior variances: B_kk − ‖L⁻¹ (G B)_k‖², (G B) of the unexplained block = σ_u² F0.
  Eigen::MatrixXd Z = (s.unexplained_sd_t_per_yr * s.unexplained_sd_t_per_yr) * inv.ground_footprint;
  llt.triangularView<Eigen::Lower>().solveInPlace(Z);
  inv.unexplained_sd_t.resize(n);
  for (Eigen::Index c = 0; c < n; ++c) {
    const double v = s.unexplained_sd_t_per_yr * s.unexplained_sd_t_per_yr - Z.col(c).squaredNorm();
    inv.unexplained_sd_t(c) = std::sqrt(std::fmax(v, 0.0));
  }
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
  return inv;
}

}  // namespace twin::monitor
