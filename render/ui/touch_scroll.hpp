// Drag-to-scroll for Dear ImGui windows on touch screens: ImGui 1.86 scrolls only by wheel or scrollbar,
// and a kiosk has neither a wheel nor fingers small enough for a scrollbar. Call inside a scrolling
// window (or child) after its items: a drag that starts on the window's background (not on a widget)
// scrolls it by the finger's movement.
#pragma once

namespace render {

void touch_drag_scroll();

}  // namespace render
