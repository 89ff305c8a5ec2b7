// Pathway panels: the lever panel (one big slider per lever of twin/pathway's lever table, setting
// the lever's target) and the pathway chart (stacked emissions by sector 2020–2060, peak and
// neutrality markers, a draggable year scrubber). Like every panel they never change the model:
// they report what the user asked for in PathwayActions and the app applies it after the frame.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "render/ui/chart.hpp"
#include "render/ui/i18n.hpp"
#include "render/ui/panel_mix_path.hpp"
#include "twin/pathway/pathway.hpp"
#include "twin/pathway/scenario.hpp"

namespace render {

// A saved scenario drawn beside the current one in the chart (issue 10, "Scenarios"): its net
// emissions per year and its peak; the chart shades the gap to the current net line.
struct ComparedPathway {
  std::string name;
  std::vector<double> net_t;  // kFirstYear … kLastYear
  int peak_year = 0;
  double peak_t = 0;
};

// The uncertainty band of the current scenario's net emissions (twin/uncertainty, sampled in slices of
// the main loop): the 10–90 % range per year, and how many of the wanted samples are in.
struct UncertaintyBand {
  std::vector<double> p10_t, p50_t, p90_t;  // kFirstYear … kLastYear, empty until the first samples
  std::uint64_t samples_done = 0, samples_wanted = 0;
};

struct PathwayView {
  const twin::pathway::Scenario& scenario;
  const twin::pathway::PathwayResult& result;
  std::uint64_t result_version;  // changes whenever result changes (for the chart's cache)
  double reference_max_t;        // the y axis covers at least this (the baseline's largest year)
  int year;                      // the scrubber's year
  bool synthetic_city;
  const std::vector<ComparedPathway>* compared = nullptr;  // ≤ 2; null or empty: none
  const UncertaintyBand* band = nullptr;                    // null: the band is off
};

struct PathwayActions {
  struct LeverChange {
    twin::pathway::LeverId id;
    double target;
  };
  std::optional<LeverChange> set_lever;
  bool reset_levers = false;
  std::optional<int> set_year;
  bool animating = false;  // the chart is easing to a new pathway: draw the next frames too
};

// Lives as long as the app: the chart's cached geometry and the plot's last screen rectangle.
struct PathwayUiState {
  StackedAreaChart chart;
  std::vector<std::vector<double>> layers;  // by sector, Mt, as drawn this frame (eased to the result's)
  std::vector<double> net;                  // net emissions, Mt, as drawn this frame
  std::vector<ImVec2> net_line;             // net emissions polyline on screen
  std::uint64_t layers_version = ~std::uint64_t{0};
  // Smooth transitions when levers move: the drawn series ease from what was shown to the new result
  // over kChartEase_s (a visitor sees the wedge open rather than a jump).
  std::vector<std::vector<double>> from_layers, to_layers;
  std::vector<double> from_net, to_net;
  double ease_start_s = -1.0;
  std::uint64_t drawn_version = 0;  // changes whenever the drawn series change (the chart's cache key)
  ImVec2 plot_min{0, 0}, plot_max{0, 0};    // CSS px, last frame
  MixPathUiState mix;                       // the grid mix path editor, opened from the legend row
};

// The stacked bands, bottom to top: the emitting sectors (the city legend's colours of the same uses;
// transport in the red of the traffic layer's congestion), then agriculture — its own line of the
// pathway (PathwayYear::agriculture_t: fertiliser N2O, livestock CH4), not a sector of `emissions` — so
// that the stack's top is the year's gross emissions. Transport is 0 until the transport worker's first
// results arrive. The sinks (negative) are not stacked: the net line is below the stack by them (and the
// PV export credit), and the legend names them.
inline constexpr twin::emissions::Sector kChartSectors[] = {
    twin::emissions::Sector::Residential, twin::emissions::Sector::Commercial, twin::emissions::Sector::Industry,
    twin::emissions::Sector::Transport,   twin::emissions::Sector::IndustrialProcesses,
    twin::emissions::Sector::Waste};
inline constexpr int kChartSectorCount = 6;
inline constexpr int kChartBandCount = kChartSectorCount + 1;  // + agriculture
// tCO2e of band k (0 … kChartBandCount − 1) in year y; the bands add up to y.gross_t.
double chart_band_t(const twin::pathway::PathwayYear& y, int band);
// The band's key: the sector's key of the pathway JSON's by_sector_t, or "agriculture".
const char* chart_band_key(int band);
inline constexpr double kChartEase_s = 0.25;

// Both panels take the screen rectangle they may use (CSS px); the chart also feeds `rects`.
class PanelRects;
void draw_lever_panel(const Strings& strings, const PathwayView& view, ImVec2 pos, ImVec2 size,
                      PathwayActions* actions, PanelRects* rects);
void draw_pathway_chart_panel(const Strings& strings, const PathwayView& view, ImVec2 pos, ImVec2 size,
                              PathwayUiState* state, PathwayActions* actions, PanelRects* rects);

}  // namespace render
