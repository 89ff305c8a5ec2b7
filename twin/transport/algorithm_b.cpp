// Algorithm B (Dial 2006), with bush updates in the spirit of Nie (2010):
//  - each origin keeps an acyclic bush (a set of links) and its own flows on those links;
//  - within a bush, in topological order, the shortest path L and the longest used path U to each
//    node are found; then, at each node in reverse topological order, one Newton step moves flow
//    from the longest used path segment to the shortest one, back to the node where they diverge;
//  - at each update the bush sheds the links that carry no flow (keeping its shortest-path tree)
//    and gains the shortcuts L_i + c_ij < L_j that cannot close a cycle (see update_bush).
// Layout: a bush is stored as its links grouped by head node, heads in topological order, with the
// origin's flow beside each link ("slots"). The label passes, which dominate the run time, then read
// the bush's links and flows as contiguous arrays. All arrays are sized once; a sweep allocates
// nothing.
#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

#include "twin/transport/assignment_problem.hpp"

namespace twin::transport::detail {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr std::uint32_t kNoSlot = 0xFFFFFFFFu;

// Passes of flow shifting per origin after its bush update, then shift-only sweeps over the bushes
// still out of balance (Dial's "inner iterations": cheaper than updating bushes every time), at
// most kShiftOnlySweeps of them.
constexpr int kShiftPassesAfterUpdate = 1;
constexpr int kShiftOnlySweeps = 30;
// A node's paths count as balanced when the longest used one exceeds the shortest by at most this
// fraction of the current relative gap (relative to the shortest), but never coarser than the
// fraction of the target gap. Early iterations then stay cheap and later ones balance as finely as
// the gap calls for. Before the first gap is known, kInitialGap stands for it.
// Tuned on Sioux Falls, Anaheim, Chicago Sketch and Chicago Sketch with doubled demand (where a
// fixed cap of 8 sweeps and the target-only tolerance needed 46 iterations and 2.8 s to reach
// 1e-8, against 13 iterations and 1.2 s with these settings).
constexpr double kToleranceFraction = 0.2;
constexpr double kInitialGap = 0.01;
// Bush flows below this fraction of the origin's trips are rounding residues (see used_flow_).
constexpr double kResidueFraction = 1e-12;

class AlgorithmB {
 public:
  AlgorithmB(const AssignmentProblem& p, double* flow, double* cost, double target_gap)
      : target_gap_(target_gap), tolerance_(kToleranceFraction * std::max(target_gap, kInitialGap)), p_(p), g_(p.graph), links_(p.link_count()),
        nodes_(p.graph.node_count), origins_(static_cast<std::uint32_t>(p.origins.size())), flow_(flow),
        cost_(cost) {
    const std::uint64_t cells = static_cast<std::uint64_t>(origins_) * links_;
    in_bush_.assign(cells, 0);
    slot_link_.assign(cells, 0);
    slot_flow_.assign(cells, 0.0);
    order_.assign(static_cast<std::uint64_t>(origins_) * nodes_, 0);
    order_size_.assign(origins_, 0);
    slot_begin_.assign(static_cast<std::uint64_t>(origins_) * (nodes_ + 1), 0);
    used_flow_.assign(origins_, 0.0);
    unbalanced_.assign(origins_, 1);
    lab_min_.assign(nodes_, kInf);
    lab_max_.assign(nodes_, -kInf);
    lab_max_all_.assign(nodes_, -kInf);
    node_flow_.assign(nodes_, 0.0);
    link_flow_scratch_.assign(links_, 0.0);
    pred_min_.assign(nodes_, kNoSlot);
    pred_max_.assign(nodes_, kNoSlot);
    pos_.assign(nodes_, 0);
    indegree_.assign(nodes_, 0);
    segment_min_.reserve(nodes_);
    segment_max_.reserve(nodes_);
    rejected_.reserve(links_);
    stack_.reserve(links_ + 1);
    visited_.assign(nodes_, 0);
  }

  // All-or-nothing at the current costs; each bush starts as its origin's shortest-path tree.
  void initialise() {
    for (std::uint32_t r = 0; r < origins_; ++r) {
      const std::uint32_t origin = p_.origins[r];
      shortest_paths_from(g_, cost_, origin, sp_ws_, sp_tree_);
      std::uint8_t* in = in_bush(r);
      for (std::uint32_t n = 0; n < nodes_; ++n)
        if (sp_tree_.pred_link[n] != kNoLink) in[sp_tree_.pred_link[n]] = 1;
      rebuild(r);  // every node but the origin has exactly one slot: its tree link
      // Load the trips on the tree: in reverse topological order each node passes what ends at it
      // or beyond it to its tree link.
      const std::uint32_t* ord = order(r);
      const std::uint32_t* begin = slot_begin(r);
      double* flow = slot_flow(r);
      std::fill(node_flow_.begin(), node_flow_.end(), 0.0);
      double origin_trips = 0.0;
      for (std::uint32_t d = 0; d < p_.zone_count; ++d)
        if (d != origin) {
          node_flow_[d] = p_.trips(origin, d);
          origin_trips += node_flow_[d];
        }
      for (std::uint32_t k = order_size_[r]; k-- > 1;) {
        const std::uint32_t j = ord[k];
        flow[begin[k]] = node_flow_[j];
        node_flow_[g_.link_from[sp_tree_.pred_link[j]]] += node_flow_[j];
      }
      used_flow_[r] = kResidueFraction * origin_trips;
    }
    total_flows();
  }

  void set_current_gap(double gap) { tolerance_ = kToleranceFraction * std::max(target_gap_, gap); }

  void sweep() {
    for (std::uint32_t r = 0; r < origins_; ++r) {
      update_bush(r);
      unbalanced_[r] = 1;
      for (int k = 0; k < kShiftPassesAfterUpdate && unbalanced_[r]; ++k) unbalanced_[r] = shift_pass(r);
    }
    // Only bushes that were still out of balance at their last pass are visited again.
    for (int s = 0; s < kShiftOnlySweeps; ++s) {
      bool any = false;
      for (std::uint32_t r = 0; r < origins_; ++r)
        if (unbalanced_[r]) any |= (unbalanced_[r] = shift_pass(r)) != 0;
      if (!any) break;
    }
    total_flows();
  }

 private:
  std::uint8_t* in_bush(std::uint32_t r) { return &in_bush_[static_cast<std::uint64_t>(r) * links_]; }
  std::uint32_t* order(std::uint32_t r) { return &order_[static_cast<std::uint64_t>(r) * nodes_]; }
  std::uint32_t* slot_begin(std::uint32_t r) { return &slot_begin_[static_cast<std::uint64_t>(r) * (nodes_ + 1)]; }
  std::uint32_t* slot_link(std::uint32_t r) { return &slot_link_[static_cast<std::uint64_t>(r) * links_]; }
  double* slot_flow(std::uint32_t r) { return &slot_flow_[static_cast<std::uint64_t>(r) * links_]; }

  // Total link flows re-summed from the bushes (origin by origin, so always in the same order),
  // so that rounding in the incremental updates cannot drift; then the costs.
  void total_flows() {
    std::fill(flow_, flow_ + links_, 0.0);
    for (std::uint32_t r = 0; r < origins_; ++r) {
      const std::uint32_t* link = slot_link(r);
      const double* flow = slot_flow(r);
      const std::uint32_t slots = slot_begin(r)[order_size_[r]];
      for (std::uint32_t m = 0; m < slots; ++m) flow_[link[m]] += flow[m];
    }
    compute_costs(p_, flow_, cost_);
  }

  // After links joined or left the bush (in_bush): a new topological order (Kahn's algorithm) and
  // new slots, each link keeping its flow (new links start at 0).
  void rebuild(std::uint32_t r) {
    const std::uint8_t* in = in_bush(r);
    std::uint32_t* ord = order(r);
    std::uint32_t* begin = slot_begin(r);
    std::uint32_t* link = slot_link(r);
    double* flow = slot_flow(r);
    const std::uint32_t old_slots = begin[order_size_[r]];
    for (std::uint32_t m = 0; m < old_slots; ++m) link_flow_scratch_[link[m]] = flow[m];

    std::fill(indegree_.begin(), indegree_.end(), 0);
    for (std::uint32_t a = 0; a < links_; ++a)
      if (in[a]) ++indegree_[g_.link_to[a]];
    std::uint32_t head = 0, tail = 0;
    ord[tail++] = p_.origins[r];
    while (head < tail) {
      const std::uint32_t i = ord[head++];
      for (std::uint32_t k = g_.out_begin[i]; k < g_.out_begin[i + 1]; ++k) {
        const std::uint32_t a = g_.out_link[k];
        if (in[a] && --indegree_[g_.link_to[a]] == 0) ord[tail++] = g_.link_to[a];
      }
    }
    order_size_[r] = tail;

    std::uint32_t count = 0;
    for (std::uint32_t k = 0; k < tail; ++k) {
      begin[k] = count;
      const std::uint32_t j = ord[k];
      for (std::uint32_t m = g_.in_begin[j]; m < g_.in_begin[j + 1]; ++m) {
        const std::uint32_t a = g_.in_link[m];
        if (!in[a]) continue;
        link[count] = a;
        flow[count++] = link_flow_scratch_[a];
        link_flow_scratch_[a] = 0.0;  // leave the scratch clean for the next bush
      }
    }
    begin[tail] = count;
  }

  // Shortest (L) and longest used (U) path labels and their last slots, in topological order; also
  // the topological positions. A link is "used" when its flow exceeds the residue threshold.
  void labels(std::uint32_t r) {
    const std::uint32_t* ord = order(r);
    const std::uint32_t* begin = slot_begin(r);
    const std::uint32_t* link = slot_link(r);
    const double* flow = slot_flow(r);
    const std::uint32_t size = order_size_[r];
    const double used_flow = used_flow_[r];
    // Nodes this bush does not reach must not keep another origin's labels.
    std::fill(lab_min_.begin(), lab_min_.end(), kInf);
    const std::uint32_t origin = ord[0];
    pos_[origin] = 0;
    lab_min_[origin] = lab_max_[origin] = 0.0;
    pred_min_[origin] = pred_max_[origin] = kNoSlot;
    for (std::uint32_t k = 1; k < size; ++k) {
      double lo = kInf, hi = -kInf;
      std::uint32_t plo = kNoSlot, phi = kNoSlot;
      for (std::uint32_t m = begin[k]; m < begin[k + 1]; ++m) {
        const std::uint32_t a = link[m];
        const std::uint32_t i = g_.link_from[a];
        const double c = cost_[a];
        const double via_lo = lab_min_[i] + c;
        if (via_lo < lo) {
          lo = via_lo;
          plo = m;
        }
        if (flow[m] > used_flow) {
          const double via_hi = lab_max_[i] + c;
          if (via_hi > hi) {
            hi = via_hi;
            phi = m;
          }
        }
      }
      const std::uint32_t j = ord[k];
      pos_[j] = k;
      lab_min_[j] = lo;
      pred_min_[j] = plo;
      // A node no flow reaches: its longest used path is its shortest, so it never triggers a shift.
      lab_max_[j] = phi == kNoSlot ? lo : hi;
      pred_max_[j] = phi;
    }
  }

  void update_bush(std::uint32_t r) {
    labels(r);
    std::uint8_t* in = in_bush(r);
    const std::uint32_t* ord = order(r);
    const std::uint32_t* begin = slot_begin(r);
    const std::uint32_t* link = slot_link(r);
    double* flow = slot_flow(r);
    const std::uint32_t origin = ord[0];
    bool changed = false;
    // Drop unused links, except the bush's shortest-path tree (which keeps every node reachable).
    // A residue left by rounding counts as unused: it must not pin a reversed link in the bush.
    for (std::uint32_t k = 1; k < order_size_[r]; ++k)
      for (std::uint32_t m = begin[k]; m < begin[k + 1]; ++m)
        if (flow[m] <= used_flow_[r] && pred_min_[ord[k]] != m) {
          in[link[m]] = 0;
          flow[m] = 0.0;
          changed = true;
        }
    longest_path_labels(r);
    // Add the shortcuts L_i + c_ij < L_j. Those that go forward in the lexicographic order of
    // (U_i, position), U the longest path over the remaining bush links, cannot close a cycle:
    // every bush link goes strictly forward in it (U_j >= U_i + c_ij, pos_j > pos_i). The others
    // (rare) are added when an explicit search finds no bush path j → i.
    rejected_.clear();
    for (std::uint32_t a = 0; a < links_; ++a) {
      if (in[a]) continue;
      const std::uint32_t i = g_.link_from[a], j = g_.link_to[a];
      if (j == origin || !g_.may_leave(i, origin) || lab_min_[i] == kInf) continue;
      if (!(lab_min_[i] + cost_[a] < lab_min_[j])) continue;
      const double ui = lab_max_all_[i], uj = lab_max_all_[j];
      if (ui < uj || (ui == uj && pos_[i] < pos_[j])) {
        in[a] = 1;
        changed = true;
      } else {
        rejected_.push_back(a);
      }
    }
    for (const std::uint32_t a : rejected_)
      if (!bush_reaches(r, g_.link_to[a], g_.link_from[a])) {
        in[a] = 1;
        changed = true;
      }
    if (changed) rebuild(r);
  }

  // U over every remaining bush link, in the (still valid) topological order, after links were
  // dropped (their slots are still there, marked out in in_bush).
  void longest_path_labels(std::uint32_t r) {
    const std::uint8_t* in = in_bush(r);
    const std::uint32_t* ord = order(r);
    const std::uint32_t* begin = slot_begin(r);
    const std::uint32_t* link = slot_link(r);
    lab_max_all_[ord[0]] = 0.0;
    for (std::uint32_t k = 1; k < order_size_[r]; ++k) {
      double hi = -kInf;
      for (std::uint32_t m = begin[k]; m < begin[k + 1]; ++m) {
        const std::uint32_t a = link[m];
        if (in[a]) hi = std::max(hi, lab_max_all_[g_.link_from[a]] + cost_[a]);
      }
      lab_max_all_[ord[k]] = hi;
    }
  }

  // Is there a path from `from` to `to` over the links of bush r? (Depth-first, stamped visits.)
  bool bush_reaches(std::uint32_t r, std::uint32_t from, std::uint32_t to) {
    const std::uint8_t* in = in_bush(r);
    if (++stamp_ == 0) {
      std::fill(visited_.begin(), visited_.end(), 0);
      stamp_ = 1;
    }
    stack_.clear();
    stack_.push_back(from);
    visited_[from] = stamp_;
    while (!stack_.empty()) {
      const std::uint32_t i = stack_.back();
      stack_.pop_back();
      if (i == to) return true;
      for (std::uint32_t k = g_.out_begin[i]; k < g_.out_begin[i + 1]; ++k) {
        const std::uint32_t a = g_.out_link[k];
        const std::uint32_t j = g_.link_to[a];
        if (in[a] && visited_[j] != stamp_) {
          visited_[j] = stamp_;
          stack_.push_back(j);
        }
      }
    }
    return false;
  }

  // One pass of Newton flow shifts over the bush of origin r, nodes in reverse topological order.
  // Returns whether some node's longest used path exceeded its shortest by more than the tolerance
  // (relative to the shortest); only such nodes get a shift.
  bool shift_pass(std::uint32_t r) {
    labels(r);
    bool unbalanced = false;
    const std::uint32_t* ord = order(r);
    const std::uint32_t* link = slot_link(r);
    double* flow = slot_flow(r);
    const double used_flow = used_flow_[r];
    for (std::uint32_t k = order_size_[r]; k-- > 1;) {
      const std::uint32_t j = ord[k];
      const std::uint32_t s_max = pred_max_[j], s_min = pred_min_[j];
      if (s_max == kNoSlot || s_max == s_min) continue;
      if (!(lab_max_[j] - lab_min_[j] > tolerance_ * lab_min_[j])) continue;
      unbalanced = true;
      // Walk both paths back to where they diverge, always stepping the later node in the order.
      segment_min_.clear();
      segment_max_.clear();
      segment_min_.push_back(s_min);
      segment_max_.push_back(s_max);
      std::uint32_t i_min = g_.link_from[link[s_min]], i_max = g_.link_from[link[s_max]];
      bool broken = false;
      while (i_min != i_max) {
        if (pos_[i_min] > pos_[i_max]) {
          const std::uint32_t s = pred_min_[i_min];
          segment_min_.push_back(s);
          i_min = g_.link_from[link[s]];
        } else {
          const std::uint32_t s = pred_max_[i_max];
          if (s == kNoSlot) {  // rounding left a used link without used inflow
            broken = true;
            break;
          }
          segment_max_.push_back(s);
          i_max = g_.link_from[link[s]];
        }
      }
      if (broken) continue;
      double c_max = 0, d_max = 0, c_min = 0, d_min = 0, movable = kInf;
      for (const std::uint32_t s : segment_max_) {
        const std::uint32_t a = link[s];
        c_max += cost_[a];
        d_max += bpr_derivative(p_.bpr[a], flow_[a]);
        movable = std::min(movable, flow[s]);
      }
      for (const std::uint32_t s : segment_min_) {
        const std::uint32_t a = link[s];
        c_min += cost_[a];
        d_min += bpr_derivative(p_.bpr[a], flow_[a]);
      }
      const double diff = c_max - c_min;
      if (!(diff > 0.0) || !(movable > 0.0)) continue;
      const double slope = d_max + d_min;
      double dx = slope > 0.0 ? std::min(diff / slope, movable) : movable;
      if (movable - dx <= used_flow) dx = movable;  // empty the path rather than leave a residue
      for (const std::uint32_t s : segment_max_) {
        const std::uint32_t a = link[s];
        flow[s] -= dx;                              // exactly 0 on the slot that limited dx
        if (flow[s] <= used_flow) flow[s] = 0.0;    // a rounding residue (see used_flow_)
        flow_[a] -= dx;
        cost_[a] = bpr_cost(p_.bpr[a], flow_[a]);
      }
      for (const std::uint32_t s : segment_min_) {
        const std::uint32_t a = link[s];
        flow[s] += dx;
        flow_[a] += dx;
        cost_[a] = bpr_cost(p_.bpr[a], flow_[a]);
      }
    }
    return unbalanced;
  }

  const double target_gap_;
  double tolerance_;  // relative excess of the longest used path that still gets a shift
  const AssignmentProblem& p_;
  const RoadGraph& g_;
  const std::uint32_t links_, nodes_, origins_;
  double* flow_;  // total link flows (sum of the bush flows), updated with every shift
  double* cost_;  // generalised cost at flow_
  // Per origin r (flat, r-major):
  std::vector<std::uint8_t> in_bush_;      // origins × links: membership by link id
  std::vector<std::uint32_t> order_;       // origins × nodes: topological order of the nodes reached
  std::vector<std::uint32_t> order_size_;  // origins
  std::vector<std::uint32_t> slot_begin_;  // origins × (nodes + 1): first slot of each order position
  std::vector<std::uint32_t> slot_link_;   // origins × links: the bush's links, grouped by head
  std::vector<double> slot_flow_;          // origins × links: the origin's flow on each slot's link
  // Bush flows at or below this are rounding residues (~1e-13 left on paths being emptied) and are
  // set to zero. Kept, a residue path would be the "longest used path" at its node and the shift
  // there would move next to nothing, and a residue on the reverse of a needed link would keep that
  // link out of the bush for ever.
  std::vector<double> used_flow_;
  std::vector<std::uint8_t> unbalanced_;  // did the origin's last shift pass find work?
  // Scratch, per node or per link, reused for every origin.
  std::vector<double> lab_min_, lab_max_, lab_max_all_, node_flow_, link_flow_scratch_;
  std::vector<std::uint32_t> pred_min_, pred_max_, pos_, indegree_;  // preds are slots
  std::vector<std::uint32_t> segment_min_, segment_max_;             // slots
  std::vector<std::uint32_t> rejected_, stack_, visited_;  // shortcut candidates; reachability search
  std::uint32_t stamp_ = 0;
  ShortestPathWorkspace sp_ws_;
  ShortestPathTree sp_tree_;
};

}  // namespace

void run_algorithm_b(const AssignmentProblem& problem, IterationMonitor& monitor, AssignmentResult& result) {
  const std::uint32_t links = problem.link_count();
  result.link_flow.assign(links, 0.0);
  std::vector<double> cost(links);
  compute_costs(problem, result.link_flow.data(), cost.data());
  AlgorithmB b(problem, result.link_flow.data(), cost.data(), monitor.target_relative_gap());
  b.initialise();
  for (;;) {
    b.sweep();
    if (!monitor.report(result.link_flow.data(), cost.data())) break;
    b.set_current_gap(result.relative_gap);
  }
}

}  // namespace twin::transport::detail
