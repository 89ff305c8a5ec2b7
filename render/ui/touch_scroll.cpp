#include "render/ui/touch_scroll.hpp"

#include <imgui.h>

namespace render {

void touch_drag_scroll() {
  // A widget held (a slider being dragged) keeps the drag; only the background scrolls.
  if (ImGui::IsAnyItemActive()) return;
  if (!ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows | ImGuiHoveredFlags_AllowWhenBlockedByActiveItem)) return;
  if (!ImGui::IsMouseDragging(ImGuiMouseButton_Left, 0.0f)) return;
  const float dy = ImGui::GetIO().MouseDelta.y;
  if (dy != 0.0f) ImGui::SetScrollY(ImGui::GetScrollY() - dy);
}

}  // namespace render
