// Look of the Dear ImGui panels: large, touch-friendly widgets for exhibition screens, and the
// CJK UI font (a build-time subset of WenQuanYi Micro Hei) covering exactly the UI's characters.
#pragma once

#include <imgui.h>

#include <string>

namespace render {

// Rounded, light panels with padding and sizes a finger can hit (about 44 CSS px per button at
// scale 1), every size multiplied by scale. Replaces the whole style, so it can be called again.
void apply_touch_theme(float scale);

// The exhibition kiosk's look (issue 12, "Look and feel"): deep teal glass panels with white text and a
// green accent, larger rounding and padding, so the cards read from a few metres and the city shows
// through them. Also replaces the whole style.
void apply_kiosk_theme(float scale);

// Glyph ranges must outlive the font atlas build, so the caller keeps this alive.
struct UiFont {
  ImVector<ImWchar> ranges;
  ImFont* font = nullptr;
};

// Loads font_path rasterised at size_px × raster_scale pixels (raster_scale = device pixel ratio
// × UI scale, for crisp text; set io.FontGlobalScale = ui_scale / raster_scale), with glyphs for
// ASCII plus every character of text. Falls back to ImGui's built-in font (logged) when the file
// is missing or unreadable, and then returns false.
bool load_ui_font(const char* font_path, float size_px, float raster_scale, const std::string& text,
                  UiFont* out);

}  // namespace render
