// Small pieces shared by several panels: the toggle button that opens a middle panel (energy, scenarios,
// carbon inclusion, …) and a QR code drawn sharp for a phone's camera.
#pragma once

#include <imgui.h>

#include "render/mesh/qr_matrix.hpp"

namespace render {

class PanelRects;

// A window holding one finger-sized button at pos (ImGui pivot), its rectangle added to rects; true when
// pressed. window_id must be unique ("###…").
bool panel_toggle_button(const char* window_id, const char* label, ImVec2 pos, ImVec2 pivot, PanelRects* rects);

// The QR code on white with its 4-module quiet zone at the cursor, modules a whole number of px (≥ 2) so
// that a phone's camera sees sharp edges, at most max_side px; advances the cursor. Returns its screen
// rectangle in *min, *max.
void draw_qr_code(const QrMatrix& qr, float max_side, ImVec2* min, ImVec2* max);

}  // namespace render
