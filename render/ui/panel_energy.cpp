#include "render/ui/panel_energy.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "render/mesh/sankey_layout.hpp"
#include "render/ui/panel_format.hpp"
#include "render/ui/panel_widgets.hpp"
#include "render/ui/panels.hpp"

namespace render {
namespace {

namespace te = twin::emissions;

constexpr ImU32 kDemandColour = IM_COL32(20, 24, 24, 255);
// Above the demand line: storage charging, exports, curtailment (translucent over the supply stack).
constexpr ImU32 kChargeColour = IM_COL32(255, 255, 255, 150);
constexpr ImU32 kExportColour = IM_COL32(250, 210, 60, 170);
constexpr ImU32 kCurtailColour = IM_COL32(215, 40, 40, 190);

const char* const kSupplyKeys[kEnergySupplyLayers] = {"ebal.rooftop_pv", "ebal.utility_pv", "ebal.wind",
                                                      "ebal.thermal",    "ebal.discharge",  "ebal.import"};

// Carriers in the Sankey: electricity in the supply colours' grey-blue, heat red, fuels browns.
ImU32 carrier_colour(int c) {
  static const ImU32 colours[te::kCarrierCount] = {
      IM_COL32(70, 130, 200, 255),   // electricity
      IM_COL32(220, 90, 70, 255),    // district heat
      IM_COL32(90, 170, 200, 255),   // natural gas
      IM_COL32(80, 80, 80, 255),     // coal
      IM_COL32(150, 110, 60, 255),   // oil
      IM_COL32(200, 140, 50, 255),   // gasoline
      IM_COL32(160, 120, 190, 255),  // LPG
  };
  return c >= 0 && c < te::kCarrierCount ? colours[c] : IM_COL32(128, 128, 128, 255);
}

ImU32 with_alpha(ImU32 colour, int alpha) {
  return (colour & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha) << IM_COL32_A_SHIFT);
}

std::string percent(double share) { return format_number(100.0 * share, 1) + " %"; }

// The week's layers (kW = kWh per hour) from the year's result.
void rebuild_layers(const EnergyBalanceView& v, EnergyUiState* ui) {
  const twin::energy::EnergyYearResult& r = *v.result;
  const twin::energy::EnergyHourly& hr = r.hourly;
  const twin::energy::Dispatch& d = r.dispatch;
  const std::size_t hours = hr.demand_kwh.size();
  const std::size_t h0 = std::min(hours, static_cast<std::size_t>(v.week) * kWeekHours);
  const std::size_t n = std::min<std::size_t>(kWeekHours, hours - h0);
  ui->layers.assign(kEnergySupplyLayers, std::vector<double>(n, 0.0));
  ui->demand_kw.assign(n, 0.0);
  ui->demand_charge_kw.assign(n, 0.0);
  ui->demand_charge_export_kw.assign(n, 0.0);
  ui->top_kw.assign(n, 0.0);
  double top = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t h = h0 + i;
    const double layer[kEnergySupplyLayers] = {hr.rooftop_pv_kwh[h], hr.utility_pv_kwh[h], hr.wind_kwh[h],
                                               d.thermal_kwh[h] + hr.chp_kwh[h], d.storage_discharge_kwh[h],
                                               d.grid_import_kwh[h]};
    double sum = 0;
    for (int k = 0; k < kEnergySupplyLayers; ++k) {
      ui->layers[k][i] = layer[k];
      sum += layer[k];
    }
    ui->top_kw[i] = sum;
    ui->demand_kw[i] = hr.demand_kwh[h] - d.unserved_kwh[h];  // served demand
    ui->demand_charge_kw[i] = ui->demand_kw[i] + d.storage_charge_kwh[h];
    ui->demand_charge_export_kw[i] = ui->demand_charge_kw[i] + d.grid_export_kwh[h];
    top = std::max({top, sum, ui->demand_charge_export_kw[i]});
  }
  ui->y_top_kw = nice_ticks(top / 1000.0, 4).top * 1000.0;
  ui->layers_version = v.version;
  ui->layers_week = v.week;
}

// A band between two series over the chart's x axis, as convex quads.
void draw_band(ImDrawList* dl, const StackedAreaChart& chart, const std::vector<double>& lower,
               const std::vector<double>& upper, ImU32 colour) {
  for (std::size_t i = 0; i + 1 < lower.size(); ++i) {
    if (upper[i] - lower[i] < 1e-6 && upper[i + 1] - lower[i + 1] < 1e-6) continue;
    const ImVec2 q[4] = {chart.to_screen(double(i), upper[i]), chart.to_screen(double(i + 1), upper[i + 1]),
                         chart.to_screen(double(i + 1), lower[i + 1]), chart.to_screen(double(i), lower[i])};
    dl->AddConvexPolyFilled(q, 4, colour);
  }
}

void legend_swatch(ImU32 colour, const char* label) {
  const float h = ImGui::GetTextLineHeight();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + 0.15f * h), ImVec2(p.x + 0.8f * h, p.y + 0.85f * h),
                                            colour);
  ImGui::Dummy(ImVec2(h, h));
  ImGui::SameLine(0.0f, 0.2f * h);
  ImGui::TextUnformatted(label);
}

// Lays items out left to right, wrapping when the next would not fit.
void legend_row(const std::vector<std::pair<ImU32, std::string>>& items) {
  const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  const float h = ImGui::GetTextLineHeight();
  for (std::size_t k = 0; k < items.size(); ++k) {
    const float w = 1.2f * h + ImGui::CalcTextSize(items[k].second.c_str()).x;
    if (k > 0) {
      ImGui::SameLine(0.0f, 0.8f * h);
      if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
    }
    legend_swatch(items[k].first, items[k].second.c_str());
  }
}

void draw_week_chart(const Strings& s, const EnergyBalanceView& v, EnergyUiState* ui, ImVec2 size) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::Dummy(size);
  const float fs = ImGui::GetFontSize();
  const ImVec2 plot_min(origin.x + 3.2f * fs, origin.y + 0.6f * fs);
  const ImVec2 plot_max(origin.x + size.x - 0.6f * fs, origin.y + size.y - 1.4f * fs);
  ui->plot_min = plot_min;
  ui->plot_max = plot_max;
  const std::size_t n = ui->demand_kw.size();
  if (n < 2 || !(plot_max.x > plot_min.x + 10 && plot_max.y > plot_min.y + 10)) return;
  // The chart's x axis is the hour index of the week; its version mixes the result and the week.
  ui->chart.update({v.version * 64u + static_cast<std::uint64_t>(v.week), plot_min, plot_max, 0.0,
                    static_cast<double>(n - 1), ui->y_top_kw, &ui->layers});
  const AxisTicks ticks = nice_ticks(ui->y_top_kw / 1000.0, 4);
  for (double t : ticks.values) {
    const ImVec2 a = ui->chart.to_screen(0.0, t * 1000.0);
    dl->AddLine(ImVec2(plot_min.x, a.y), ImVec2(plot_max.x, a.y), kChartGridColour);
    const std::string label = format_number(t, ticks.step < 1 ? 1 : 0);
    const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
    dl->AddText(ImVec2(plot_min.x - ts.x - 0.3f * fs, a.y - 0.5f * ts.y), kChartTextColour, label.c_str());
  }
  dl->AddText(ImVec2(origin.x, origin.y - 0.2f * fs), kChartAxisColour, "MW");
  std::vector<ImU32> colours;
  for (int k = 0; k < kEnergySupplyLayers; ++k) colours.push_back(energy_supply_colour(k));
  ui->chart.draw(dl, colours);
  draw_band(dl, ui->chart, ui->demand_kw, ui->demand_charge_kw, kChargeColour);
  draw_band(dl, ui->chart, ui->demand_charge_kw, ui->demand_charge_export_kw, kExportColour);
  draw_band(dl, ui->chart, ui->demand_charge_export_kw, ui->top_kw, kCurtailColour);
  std::vector<ImVec2> line(n);
  for (std::size_t i = 0; i < n; ++i) line[i] = ui->chart.to_screen(double(i), ui->demand_kw[i]);
  dl->AddPolyline(line.data(), static_cast<int>(n), kDemandColour, 0, 2.0f);
  // Day boundaries and labels: day of the year, 1-based; every other day when they would touch.
  const float day_px = ui->chart.to_screen(24.0, 0.0).x - ui->chart.to_screen(0.0, 0.0).x;
  const float label_px = ImGui::CalcTextSize(s.format("ebal.day", {{"d", "365"}}).c_str()).x + 0.6f * fs;
  const std::size_t label_every = label_px > day_px ? 2 : 1;
  for (std::size_t i = 0; i < n; i += 24) {
    const ImVec2 a = ui->chart.to_screen(double(i), 0.0);
    dl->AddLine(ImVec2(a.x, plot_min.y), ImVec2(a.x, plot_max.y), kChartGridColour);
    if ((i / 24) % label_every != 0) continue;
    const int day = v.week * 7 + static_cast<int>(i / 24) + 1;
    const std::string label = s.format("ebal.day", {{"d", std::to_string(day)}});
    dl->AddText(ImVec2(a.x + 0.2f * fs, plot_max.y + 0.15f * fs), kChartTextColour, label.c_str());
  }
  dl->AddLine(ImVec2(plot_min.x, plot_max.y), ImVec2(plot_max.x, plot_max.y), kChartAxisColour);
  dl->AddLine(plot_min, ImVec2(plot_min.x, plot_max.y), kChartAxisColour);
}

void draw_figures(const Strings& s, const EnergyBalanceView& v) {
  const twin::energy::EnergyYearSummary& m = v.result->summary;
  if (!ImGui::BeginTable("energy_figures", 2, ImGuiTableFlags_SizingStretchProp)) return;
  table_row(s.tr("ebal.self_sufficiency"), percent(m.self_sufficiency));
  table_row(s.tr("ebal.curtailment"), percent(m.curtailment_share));
  table_row(s.tr("ebal.peak_import"), format_number(m.peak_import_kw / 1000.0, 1) + " MW");
  table_row(s.tr("ebal.factor"), format_number(m.electricity_factor_kg_per_kwh, 3) + " kg/kWh");
  table_row(s.tr("ebal.grid_factor"), format_number(m.grid_factor_kg_per_kwh, 3) + " kg/kWh");
  table_row(s.tr("ebal.demand"), format_number(m.demand_kwh / 1e6, 1) + " GWh");
  table_row(s.tr("ebal.local_generation"), format_number(m.local_generation_kwh / 1e6, 1) + " GWh");
  ImGui::EndTable();
}

// Delivered energy of the year from carrier (left) to sector (right), bands as smooth ribbons: each
// band is cut into thin vertical slices whose top and bottom follow a smoothstep from its source to its
// target, one convex quad per slice (ImDrawList fills convex polygons only).
void draw_sankey(const Strings& s, const twin::pathway::PathwayYear& y, ImVec2 size) {
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::Dummy(size);
  const float fs = ImGui::GetFontSize();
  std::vector<SankeyNode> nodes;
  std::vector<SankeyLink> links;
  std::vector<int> node_carrier;  // carrier of a column-0 node, −1 for sectors
  std::array<int, te::kCarrierCount> carrier_node;
  carrier_node.fill(-1);
  std::array<int, te::kSectorCount> sector_node;
  sector_node.fill(-1);
  for (int c = 0; c < te::kCarrierCount; ++c) {
    double total = 0;
    for (int k = 0; k < te::kSectorCount; ++k) total += std::max(0.0, y.energy.energy_kwh[k][c]);
    if (!(total > 0)) continue;
    carrier_node[c] = static_cast<int>(nodes.size());
    nodes.push_back({s.tr((std::string("carrier.") + te::to_string(static_cast<te::Carrier>(c))).c_str()), 0});
    node_carrier.push_back(c);
  }
  for (int k = 0; k < te::kSectorCount; ++k) {
    double total = 0;
    for (int c = 0; c < te::kCarrierCount; ++c) total += std::max(0.0, y.energy.energy_kwh[k][c]);
    if (!(total > 0)) continue;
    sector_node[k] = static_cast<int>(nodes.size());
    nodes.push_back({s.tr((std::string("sector.") + te::to_string(static_cast<te::Sector>(k))).c_str()), 1});
    node_carrier.push_back(-1);
  }
  std::vector<int> link_carrier;
  for (int c = 0; c < te::kCarrierCount; ++c)
    for (int k = 0; k < te::kSectorCount; ++k) {
      const double v = y.energy.energy_kwh[k][c];
      if (!(v > 0) || carrier_node[c] < 0 || sector_node[k] < 0) continue;
      links.push_back({static_cast<std::uint32_t>(carrier_node[c]), static_cast<std::uint32_t>(sector_node[k]), v});
      link_carrier.push_back(c);
    }
  if (links.empty()) {
    ImGui::TextDisabled("%s", s.tr("ebal.no_flows"));
    return;
  }
  // Labels sit outside the bars: room on both sides.
  float left_label = 0, right_label = 0;
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const float w = ImGui::CalcTextSize(nodes[i].label.c_str()).x;
    (nodes[i].column == 0 ? left_label : right_label) = std::max(nodes[i].column == 0 ? left_label : right_label, w);
  }
  const float pad = 0.3f * fs;
  const float width = size.x - left_label - right_label - 2 * pad, height = size.y - 0.4f * fs;
  if (width < 4 * fs || height < 2 * fs) return;
  const SankeyLayout layout = layout_sankey(nodes, links, width, height, 0.5f * fs, 0.25f * fs);
  if (!layout.error.empty()) {
    ImGui::TextDisabled("%s", layout.error.c_str());
    return;
  }
  const ImVec2 o(origin.x + left_label + pad, origin.y + 0.2f * fs);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImDrawListFlags flags = dl->Flags;
  dl->Flags &= ~ImDrawListFlags_AntiAliasedFill;  // adjacent slices: no seams
  constexpr int kSlices = 24;
  for (std::size_t b = 0; b < layout.bands.size(); ++b) {
    const SankeyBand& band = layout.bands[b];
    if (band.y0_bottom - band.y0_top < 0.05f) continue;
    const ImU32 colour = with_alpha(carrier_colour(link_carrier[b]), 150);
    ImVec2 prev_top, prev_bottom;
    for (int i = 0; i <= kSlices; ++i) {
      const float t = static_cast<float>(i) / kSlices;
      const float e = t * t * (3.0f - 2.0f * t);  // smoothstep
      const float x = o.x + band.x0 + t * (band.x1 - band.x0);
      const ImVec2 top(x, o.y + band.y0_top + e * (band.y1_top - band.y0_top));
      const ImVec2 bottom(x, o.y + band.y0_bottom + e * (band.y1_bottom - band.y0_bottom));
      if (i > 0) {
        const ImVec2 q[4] = {prev_top, top, bottom, prev_bottom};
        dl->AddConvexPolyFilled(q, 4, colour);
      }
      prev_top = top;
      prev_bottom = bottom;
    }
  }
  dl->Flags = flags;
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const SankeyRect& r = layout.nodes[i];
    const ImU32 colour = node_carrier[i] >= 0 ? carrier_colour(node_carrier[i]) : kChartAxisColour;
    dl->AddRectFilled(ImVec2(o.x + r.x0, o.y + r.y0), ImVec2(o.x + r.x1, o.y + std::max(r.y1, r.y0 + 1.0f)), colour);
    const ImVec2 ts = ImGui::CalcTextSize(nodes[i].label.c_str());
    if (r.y1 - r.y0 < 0.7f * ts.y) continue;  // too thin to carry a label without overlapping
    const float cy = o.y + 0.5f * (r.y0 + r.y1) - 0.5f * ts.y;
    const float x = nodes[i].column == 0 ? o.x + r.x0 - pad - ts.x : o.x + r.x1 + pad;
    dl->AddText(ImVec2(x, cy), kChartTextColour, nodes[i].label.c_str());
  }
}

}  // namespace

ImU32 energy_supply_colour(int layer) {
  static const ImU32 colours[kEnergySupplyLayers] = {
      IM_COL32(250, 190, 40, 255),   // rooftop PV
      IM_COL32(240, 140, 30, 255),   // utility PV
      IM_COL32(80, 180, 160, 255),   // wind
      IM_COL32(120, 110, 105, 255),  // local thermal and CHP
      IM_COL32(150, 100, 200, 255),  // storage discharge
      IM_COL32(110, 150, 210, 255),  // imports
  };
  return layer >= 0 && layer < kEnergySupplyLayers ? colours[layer] : IM_COL32(128, 128, 128, 255);
}

void draw_energy_toggle(const Strings& s, ImVec2 pos, ImVec2 pivot, const EnergyUiState& state,
                        EnergyActions* actions, PanelRects* rects) {
  const std::string label =
      std::string(s.tr(state.open ? "ebal.close" : "ebal.open")) + "###energy_toggle_button";
  if (panel_toggle_button("###energy_toggle", label.c_str(), pos, pivot, rects)) actions->set_open = !state.open;
}

void draw_energy_panel(const Strings& s, const EnergyBalanceView& v, ImVec2 pos, ImVec2 size, EnergyUiState* ui,
                       EnergyActions* actions, PanelRects* rects) {
  ImGui::SetNextWindowPos(pos, ImGuiCond_Always);
  ImGui::SetNextWindowSize(size, ImGuiCond_Always);
  const std::string title = s.format("ebal.title", {{"year", std::to_string(v.year)}}) + "###energy";
  const bool open = ImGui::Begin(title.c_str(), nullptr,
                                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                     ImGuiWindowFlags_NoSavedSettings);
  rects->add_current_window();
  ui->panel_min = ImGui::GetWindowPos();
  ui->panel_max = ImVec2(ui->panel_min.x + ImGui::GetWindowSize().x, ui->panel_min.y + ImGui::GetWindowSize().y);
  if (!open) {
    ImGui::End();
    return;
  }
  if (v.result == nullptr || v.pathway_year == nullptr) {
    if (v.failed)
      ImGui::TextWrapped("%s", s.tr("ebal.unavailable"));
    else
      ImGui::TextWrapped("%s", s.format("ebal.waiting", {{"p", format_number(100.0 * v.progress, 0)}}).c_str());
    ImGui::End();
    return;
  }
  if (ui->layers_version != v.version || ui->layers_week != v.week) rebuild_layers(v, ui);
  const float fs = ImGui::GetFontSize();
  // Two tabs, so that each view gets the whole panel (the Sankey beside the figures was too small to
  // read at 1280 × 800): the hourly balance of a week, and the year's energy flows. Finger-sized tabs.
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(0.9f * fs, 0.4f * fs));
  const bool tabs = ImGui::BeginTabBar("##energy_tabs", ImGuiTabBarFlags_FittingPolicyScroll);  // never shrink labels
  ImGui::PopStyleVar();
  if (!tabs) {
    ImGui::End();
    return;
  }
  // The tab's size and its drawing both happen in BeginTabItem: the same finger-sized padding for both.
  const auto tab = [fs](const char* label) {
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(0.9f * fs, 0.4f * fs));
    const bool selected = ImGui::BeginTabItem(label);
    ImGui::PopStyleVar();
    return selected;
  };
  if (tab(s.tr("ebal.tab_hourly"))) {
    // Week slider, finger-sized.
    ImGui::TextUnformatted(s.tr("ebal.week"));
    ImGui::SameLine();
    int week = v.week + 1;
    ImGui::PushItemWidth(-1.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(0.6f * fs, 0.45f * fs));
    ImGui::PushStyleVar(ImGuiStyleVar_GrabMinSize, 1.6f * fs);
    if (ImGui::SliderInt("##energy_week", &week, 1, v.weeks, "%d", ImGuiSliderFlags_AlwaysClamp))
      actions->set_week = week - 1;
    ImGui::PopStyleVar(2);
    ImGui::PopItemWidth();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float legend_h = 2.6f * ImGui::GetTextLineHeightWithSpacing();
    const float chart_h = std::max(6.0f * fs, 0.62f * (avail.y - legend_h));
    draw_week_chart(s, v, ui, ImVec2(avail.x, chart_h));
    std::vector<std::pair<ImU32, std::string>> legend;
    for (int k = 0; k < kEnergySupplyLayers; ++k) legend.emplace_back(energy_supply_colour(k), s.tr(kSupplyKeys[k]));
    legend.emplace_back(kDemandColour, s.tr("ebal.demand_line"));
    legend.emplace_back(IM_COL32(225, 228, 226, 255), s.tr("ebal.charge"));
    legend.emplace_back(kExportColour, s.tr("ebal.export"));
    legend.emplace_back(kCurtailColour, s.tr("ebal.curtailed"));
    legend_row(legend);
    const ImVec2 rest = ImGui::GetContentRegionAvail();
    ImGui::BeginChild("energy_figures_child", ImVec2(rest.x, std::max(4.0f * fs, rest.y)), false);
    draw_figures(s, v);
    ImGui::EndChild();
    ImGui::EndTabItem();
  }
  if (tab(s.tr("ebal.tab_flows"))) {
    ImGui::TextUnformatted(s.tr("ebal.sankey"));
    const ImVec2 sankey_avail = ImGui::GetContentRegionAvail();
    draw_sankey(s, *v.pathway_year, ImVec2(sankey_avail.x, std::max(3.0f * fs, sankey_avail.y - 0.2f * fs)));
    ImGui::EndTabItem();
  }
  ImGui::EndTabBar();
  ImGui::End();
}

}  // namespace render
