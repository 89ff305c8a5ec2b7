#include "twin/transport/gravity.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "twin/pathway/det_math.hpp"

namespace twin::transport {
namespace {

using pathway::det_exp;
using pathway::det_log;

bool finite_non_negative(const std::vector<double>& v) {
  for (double x : v) {
    if (!(x >= 0.0) || !std::isfinite(x)) return false;
  }
  return true;
}

double sum(const std::vector<double>& v) {
  double s = 0.0;
  for (double x : v) s += x;
  return s;
}

}  // namespace

std::string furness(const std::vector<double>& production, const std::vector<double>& attraction,
                    const std::vector<double>& deterrence, const DemandSolverSettings& settings,
                    std::vector<double>* trips, FurnessReport* report) {
  trips->clear();
  *report = {};
  const std::size_t n = production.size();
  if (attraction.size() != n || deterrence.size() != n * n) return "gravity: matrix sizes do not match the zones";
  if (!finite_non_negative(production)) return "gravity: productions must be finite and non-negative";
  if (!finite_non_negative(attraction)) return "gravity: attractions must be finite and non-negative";
  if (!finite_non_negative(deterrence)) return "gravity: deterrence must be finite and non-negative";
  const double total = sum(production);
  if (std::fabs(total - sum(attraction)) > 1e-9 * std::max(1.0, total)) {
    return "gravity: productions and attractions do not balance";
  }
  // Floor of the relative error's denominator, so that near-empty zones do not stall convergence.
  const double floor = std::max(total, 1.0) * 1e-12;

  // Structure check: every zone with trips to send must reach an attracting zone, and vice versa.
  for (std::size_t i = 0; i < n; ++i) {
    bool row_ok = production[i] == 0.0, col_ok = attraction[i] == 0.0;
    for (std::size_t j = 0; j < n && !(row_ok && col_ok); ++j) {
      if (deterrence[i * n + j] > 0.0 && attraction[j] > 0.0) row_ok = true;
      if (deterrence[j * n + i] > 0.0 && production[j] > 0.0) col_ok = true;
    }
    if (!row_ok) return "gravity: zone " + std::to_string(i) + " produces trips but reaches no attracting zone";
    if (!col_ok) return "gravity: zone " + std::to_string(i) + " attracts trips but no producing zone reaches it";
  }

  std::vector<double> a(n, 0.0), b(n, 1.0), row(n, 0.0), col(n, 0.0);
  for (int it = 1; it <= settings.furness_max_iterations; ++it) {
    // Rows to the productions.
    for (std::size_t i = 0; i < n; ++i) {
      double s = 0.0;
      const double* f = &deterrence[i * n];
      for (std::size_t j = 0; j < n; ++j) s += f[j] * b[j];
      a[i] = (production[i] > 0.0 && s > 0.0) ? production[i] / s : 0.0;
    }
    // Columns to the attractions.
    std::fill(col.begin(), col.end(), 0.0);
    for (std::size_t i = 0; i < n; ++i) {
      if (a[i] == 0.0) continue;
      const double* f = &deterrence[i * n];
      for (std::size_t j = 0; j < n; ++j) col[j] += a[i] * f[j];
    }
    for (std::size_t j = 0; j < n; ++j) b[j] = (attraction[j] > 0.0 && col[j] > 0.0) ? attraction[j] / col[j] : 0.0;
    // Row sums after the column step (column sums are now exact up to rounding).
    double err = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
      double s = 0.0;
      const double* f = &deterrence[i * n];
      for (std::size_t j = 0; j < n; ++j) s += f[j] * b[j];
      row[i] = a[i] * s;
      err = std::max(err, std::fabs(row[i] - production[i]) / std::max(production[i], floor));
    }
    report->iterations = it;
    report->max_relative_error = err;
    if (err <= settings.furness_tolerance) {
      report->converged = true;
      break;
    }
  }
  trips->assign(n * n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) (*trips)[i * n + j] = a[i] * deterrence[i * n + j] * b[j];
  }
  return {};
}

namespace {

struct Evaluation {
  double x = 0.0;     // ln β
  double g = 0.0;     // mean trip km − target
  std::string error;
  FurnessReport report;
  std::vector<double> trips;
};

Evaluation evaluate(double x, const std::vector<double>& production, const std::vector<double>& attraction,
                    const std::vector<double>& cost_min, const std::vector<double>& row_min,
                    const std::vector<double>& distance_km, double target, const DemandSolverSettings& settings) {
  Evaluation e;
  e.x = x;
  const double beta = det_exp(x);
  const std::size_t n = production.size();
  std::vector<double> f(n * n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      const double c = cost_min[i * n + j];
      f[i * n + j] = std::isfinite(c) ? det_exp(-beta * (c - row_min[i])) : 0.0;
    }
  }
  e.error = furness(production, attraction, f, settings, &e.trips, &e.report);
  if (!e.error.empty()) return e;
  double td = 0.0, t = 0.0;
  for (std::size_t k = 0; k < n * n; ++k) {
    td += e.trips[k] * distance_km[k];
    t += e.trips[k];
  }
  e.g = (t > 0.0 ? td / t : 0.0) - target;
  return e;
}

}  // namespace

std::string distribute_calibrated(const std::vector<double>& production, const std::vector<double>& attraction,
                                  const std::vector<double>& cost_min, const std::vector<double>& distance_km,
                                  double target_mean_km, double beta_guess_per_min,
                                  const DemandSolverSettings& settings, std::vector<double>* trips,
                                  GravityCalibration* cal) {
  *cal = {};
  cal->target_mean_trip_km = target_mean_km;
  trips->clear();
  const std::size_t n = production.size();
  if (cost_min.size() != n * n || distance_km.size() != n * n) return "gravity: matrix sizes do not match the zones";
  for (std::size_t k = 0; k < n * n; ++k) {
    if (std::isnan(cost_min[k]) || cost_min[k] == -std::numeric_limits<double>::infinity()) {
      return "gravity: generalised cost is NaN or −inf";
    }
    if (!(distance_km[k] >= 0.0) || !std::isfinite(distance_km[k])) {
      return "gravity: distances must be finite and non-negative";
    }
  }
  if (!(target_mean_km > 0.0) || !std::isfinite(target_mean_km)) return "gravity: target mean trip length must be > 0";
  std::vector<double> row_min(n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    double m = std::numeric_limits<double>::infinity();
    for (std::size_t j = 0; j < n; ++j) m = std::min(m, cost_min[i * n + j]);
    row_min[i] = std::isfinite(m) ? m : 0.0;
  }

  // ln β limits: β from 1e-5 (trip length indifferent to cost) to 10 per minute (nearest zone only).
  const double x_lo_limit = det_log(1e-5), x_hi_limit = det_log(10.0);
  const double tol = settings.calibration_tolerance * target_mean_km;
  auto run = [&](double x) {
    ++cal->steps;
    return evaluate(x, production, attraction, cost_min, row_min, distance_km, target_mean_km, settings);
  };
  auto finish = [&](Evaluation& e) {
    cal->beta_per_min = det_exp(e.x);
    cal->mean_trip_km = e.g + target_mean_km;
    cal->reached = std::fabs(e.g) <= tol;
    cal->furness = e.report;
    *trips = std::move(e.trips);
    return std::string{};
  };

  Evaluation a = run(std::clamp(det_log(beta_guess_per_min > 0.0 ? beta_guess_per_min : 0.05), x_lo_limit, x_hi_limit));
  if (!a.error.empty()) return a.error;
  if (std::fabs(a.g) <= tol) return finish(a);
  // Bracket: the mean trip length falls as β grows, so step ln β up while trips are too long.
  Evaluation b;
  const double step = det_log(4.0);
  for (;;) {
    const double x = std::clamp(a.x + (a.g > 0.0 ? step : -step), x_lo_limit, x_hi_limit);
    if (x == a.x) return finish(a);  // at a limit: the target cannot be reached
    b = run(x);
    if (!b.error.empty()) return b.error;
    if (std::fabs(b.g) <= tol) return finish(b);
    if ((b.g > 0.0) != (a.g > 0.0)) break;
    a = std::move(b);
    if (cal->steps >= settings.calibration_max_steps) return finish(a);
  }
  // Illinois variant of regula falsi between a and b (opposite signs of g); ga and gb are the
  // endpoint values the secant uses, halved on the side that keeps being retained.
  double ga = a.g, gb = b.g;
  int side = 0;
  while (cal->steps < settings.calibration_max_steps) {
    const double x = (a.x * gb - b.x * ga) / (gb - ga);
    Evaluation c = run(x);
    if (!c.error.empty()) return c.error;
    if (std::fabs(c.g) <= tol) return finish(c);
    if ((c.g > 0.0) == (b.g > 0.0)) {
      b = std::move(c);
      gb = b.g;
      if (side == -1) ga *= 0.5;
      side = -1;
    } else {
      a = std::move(c);
      ga = a.g;
      if (side == +1) gb *= 0.5;
      side = +1;
    }
  }
  return finish(std::fabs(a.g) < std::fabs(b.g) ? a : b);
}

}  // namespace twin::transport
