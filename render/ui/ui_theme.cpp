#include "render/ui/ui_theme.hpp"

#include <cstdio>

namespace render {

void apply_touch_theme(float scale) {
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  ImGui::StyleColorsLight(&style);
  style.WindowPadding = ImVec2(16, 14);
  style.FramePadding = ImVec2(16, 10);
  style.ItemSpacing = ImVec2(10, 6);
  style.ItemInnerSpacing = ImVec2(8, 6);
  style.CellPadding = ImVec2(6, 1);
  style.TouchExtraPadding = ImVec2(4, 4);  // fingers are wider than the hit box they see
  style.ScrollbarSize = 22;
  style.GrabMinSize = 24;
  style.WindowRounding = 10;
  style.FrameRounding = 8;
  style.GrabRounding = 8;
  style.WindowBorderSize = 0;
  style.WindowTitleAlign = ImVec2(0.0f, 0.5f);
  ImVec4* c = style.Colors;
  c[ImGuiCol_WindowBg] = ImVec4(0.98f, 0.98f, 0.97f, 0.90f);
  c[ImGuiCol_Text] = ImVec4(0.10f, 0.12f, 0.12f, 1.0f);
  c[ImGuiCol_Button] = ImVec4(0.86f, 0.90f, 0.88f, 1.0f);
  c[ImGuiCol_ButtonHovered] = ImVec4(0.70f, 0.84f, 0.78f, 1.0f);
  c[ImGuiCol_ButtonActive] = ImVec4(0.16f, 0.52f, 0.42f, 1.0f);
  c[ImGuiCol_Header] = ImVec4(0.80f, 0.88f, 0.85f, 1.0f);
  c[ImGuiCol_HeaderHovered] = ImVec4(0.70f, 0.84f, 0.78f, 1.0f);
  c[ImGuiCol_HeaderActive] = ImVec4(0.60f, 0.78f, 0.70f, 1.0f);
  c[ImGuiCol_Separator] = ImVec4(0.80f, 0.82f, 0.80f, 1.0f);
  // Title bars use the same dark text as the body, so they stay light (pale green).
  c[ImGuiCol_TitleBg] = c[ImGuiCol_TitleBgActive] = ImVec4(0.84f, 0.91f, 0.88f, 0.95f);
  c[ImGuiCol_TitleBgCollapsed] = ImVec4(0.84f, 0.91f, 0.88f, 0.85f);
  style.ScaleAllSizes(scale);
}

void apply_kiosk_theme(float scale) {
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  ImGui::StyleColorsDark(&style);
  style.WindowPadding = ImVec2(20, 16);
  style.FramePadding = ImVec2(20, 12);
  style.ItemSpacing = ImVec2(12, 8);
  style.ItemInnerSpacing = ImVec2(8, 6);
  style.CellPadding = ImVec2(6, 1);
  style.TouchExtraPadding = ImVec2(6, 6);
  style.ScrollbarSize = 8;  // a hint only: fingers scroll by dragging (touch_scroll.hpp)
  style.GrabMinSize = 30;
  style.WindowRounding = 18;
  style.ChildRounding = 12;
  style.FrameRounding = 14;
  style.GrabRounding = 14;
  style.WindowBorderSize = 0;
  style.FrameBorderSize = 0;
  ImVec4* c = style.Colors;
  c[ImGuiCol_WindowBg] = ImVec4(0.05f, 0.17f, 0.19f, 0.86f);
  c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_Text] = ImVec4(0.96f, 0.98f, 0.97f, 1.0f);
  c[ImGuiCol_TextDisabled] = ImVec4(0.66f, 0.78f, 0.75f, 1.0f);
  c[ImGuiCol_Button] = ImVec4(0.14f, 0.32f, 0.34f, 1.0f);
  c[ImGuiCol_ButtonHovered] = ImVec4(0.18f, 0.40f, 0.42f, 1.0f);
  c[ImGuiCol_ButtonActive] = ImVec4(0.20f, 0.62f, 0.46f, 1.0f);
  c[ImGuiCol_FrameBg] = ImVec4(0.10f, 0.26f, 0.28f, 1.0f);
  c[ImGuiCol_SliderGrab] = c[ImGuiCol_SliderGrabActive] = ImVec4(0.30f, 0.78f, 0.59f, 1.0f);
  c[ImGuiCol_Header] = ImVec4(0.14f, 0.36f, 0.36f, 1.0f);
  c[ImGuiCol_HeaderHovered] = c[ImGuiCol_HeaderActive] = ImVec4(0.18f, 0.46f, 0.44f, 1.0f);
  c[ImGuiCol_Separator] = ImVec4(0.30f, 0.45f, 0.45f, 1.0f);
  c[ImGuiCol_TitleBg] = c[ImGuiCol_TitleBgActive] = c[ImGuiCol_TitleBgCollapsed] = ImVec4(0.05f, 0.17f, 0.19f, 0.95f);
  style.ScaleAllSizes(scale);
}

bool load_ui_font(const char* font_path, float size_px, float raster_scale, const std::string& text,
                  UiFont* out) {
  ImGuiIO& io = ImGui::GetIO();
  ImFontGlyphRangesBuilder builder;
  builder.AddRanges(io.Fonts->GetGlyphRangesDefault());  // ASCII + Latin-1
  builder.AddText(text.c_str());
  out->ranges.clear();
  builder.BuildRanges(&out->ranges);

  const float scale = raster_scale > 0.5f ? raster_scale : 1.0f;
  ImFontConfig config;
  config.OversampleH = 1;  // CJK glyphs are dense; horizontal oversampling would just grow the atlas
  config.OversampleV = 1;
  config.PixelSnapH = true;
  std::FILE* probe = std::fopen(font_path, "rb");
  if (probe != nullptr) {
    std::fclose(probe);
    out->font = io.Fonts->AddFontFromFileTTF(font_path, size_px * scale, &config, out->ranges.Data);
  }
  if (out->font == nullptr) {
    std::fprintf(stderr, "CarbonTwin: UI font %s not loaded; Chinese text will not show\n", font_path);
    ImFontConfig fallback;
    fallback.SizePixels = size_px * scale;
    out->font = io.Fonts->AddFontDefault(&fallback);
  }
  return probe != nullptr && out->font != nullptr;
}

}  // namespace render
