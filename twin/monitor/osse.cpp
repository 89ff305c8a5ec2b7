// The monitoring pipeline (osse.hpp): state, Jacobian, synthetic observations, inversion.
#include "twin/monitor/osse.hpp"

#include <cmath>
#include <map>

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
  // Sectors sharing a profile share one operator (flat: the key −1).
  std::map<int, Eigen::MatrixXd> by_profile;
  for (std::size_t b = 0; b < l.sectors.size(); ++b) {
    const int k = l.sectors[b];
    const auto& prof = s.profiles[static_cast<std::size_t>(k)];
    const int key = prof.empty() ? -1 : k;
    auto it = by_profile.find(key);
    if (it == by_profile.end()) {
      FootprintInputs in = transport(s, obs);
      if (!prof.empty()) in.profiles = {prof};
      it = by_profile.emplace(key, build_footprint_dense(in)).first;
    }
    G.block(0, static_cast<Eigen::Index>(b) * n, m, n) = it->second;
  }
  FootprintInputs ground = transport(s, obs);
  ground.release_height_m = {0.0};
  G.block(0, static_cast<Eigen::Index>(l.unexplained), m, n) = build_footprint_dense(ground);
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
  const Eigen::Index n = static_cast<Eigen::Index>(l.n_cells);
  Eigen::VectorXd out = inv.prior_sd.cwiseProduct(v);
  for (std::size_t b = 0; b < l.sectors.size(); ++b) {
    const Eigen::Index o = static_cast<Eigen::Index>(b) * n;
    out.segment(o, n) = inv.correlation * out.segment(o, n);
  }
  return inv.prior_sd.cwiseProduct(out);
}

Eigen::VectorXd apply_posterior(const MonitorInversion& inv, const Eigen::VectorXd& v) {
  const Eigen::VectorXd bv = apply_state_prior(inv, v);
  const Eigen::VectorXd gbv = inv.BGt.transpose() * v;  // G B v (B symmetric)
  return bv - inv.BGt * inv.s_llt.solve(gbv);
}

SectorEstimate aggregate(const MonitorInversion& inv, const Eigen::VectorXd& w) {
  SectorEstimate e;
  e.prior_t = w.dot(inv.x_a);
  e.posterior_t = w.dot(inv.x_hat);
  const double prior_var = w.dot(apply_state_prior(inv, w));
  const Eigen::VectorXd gbw = inv.BGt.transpose() * w;
  const double post_var = prior_var - gbw.dot(inv.s_llt.solve(gbw));
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
  inv.G = state_jacobian(s, l, obs);
  // B Gᵀ column by column is B applied to each row of G: blockwise products.
  inv.BGt = inv.prior_sd.asDiagonal() * inv.G.transpose();
  for (std::size_t b = 0; b < l.sectors.size(); ++b) {
    const Eigen::Index o = static_cast<Eigen::Index>(b) * n;
    inv.BGt.middleRows(o, n) = inv.correlation * inv.BGt.middleRows(o, n);
  }
  inv.BGt = inv.prior_sd.asDiagonal() * inv.BGt;
  Eigen::VectorXd r(m);
  Eigen::VectorXd y(m);
  for (Eigen::Index k = 0; k < m; ++k) {
    const MonitorObservation& o = obs[static_cast<std::size_t>(k)];
    r(k) = o.sigma_ppm * o.sigma_ppm + s.model_error_ppm * s.model_error_ppm;
    y(k) = o.enhancement_ppm;
  }
  Eigen::MatrixXd S = inv.G * inv.BGt;
  S.diagonal() += r;
  inv.s_llt.compute(S);
  if (inv.s_llt.info() != Eigen::Success) {
    MonitorInversion bad;
    bad.error = "the observation-space system G B Gᵀ + R is not positive definite";
    return bad;
  }
  inv.x_hat = inv.x_a + inv.BGt * inv.s_llt.solve(y - inv.G * inv.x_a);
  // DOFS = m − Σ R_ii (S⁻¹)_ii; unexplained posterior variances: B_kk − ‖L⁻¹ (G B)_k‖².
  const Eigen::MatrixXd Linv = inv.s_llt.matrixL().solve(Eigen::MatrixXd::Identity(m, m));
  inv.dofs = static_cast<double>(m);
  for (Eigen::Index k = 0; k < m; ++k) inv.dofs -= r(k) * Linv.col(k).squaredNorm();
  const Eigen::MatrixXd Z = Linv * inv.BGt.middleRows(static_cast<Eigen::Index>(l.unexplained), n).transpose();
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
