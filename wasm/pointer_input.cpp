#include "wasm/pointer_input.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "wasm/app.hpp"

namespace app {
namespace {

constexpr double kOrbitRadPerPx = 0.005;
constexpr double kClickSlopPx = 5.0;        // more movement than this is a drag, not a click/tap
constexpr double kWheelZoomPerPx = 0.0015;  // zoom factor = exp(-deltaY × this)

}  // namespace

bool PointerInput::install(const char* canvas) {
  bool ok = true;
  ok &= emscripten_set_mousedown_callback(canvas, this, true, on_mouse) == EMSCRIPTEN_RESULT_SUCCESS;
  ok &= emscripten_set_mousemove_callback(canvas, this, true, on_mouse) == EMSCRIPTEN_RESULT_SUCCESS;
  ok &= emscripten_set_mouseleave_callback(canvas, this, true, on_mouse) == EMSCRIPTEN_RESULT_SUCCESS;
  // Release on the window, so a drag that ends outside the canvas still ends.
  ok &= emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, this, true, on_mouse) ==
        EMSCRIPTEN_RESULT_SUCCESS;
  ok &= emscripten_set_wheel_callback(canvas, this, true, on_wheel) == EMSCRIPTEN_RESULT_SUCCESS;
  ok &= emscripten_set_touchstart_callback(canvas, this, true, on_touch) == EMSCRIPTEN_RESULT_SUCCESS;
  ok &= emscripten_set_touchmove_callback(canvas, this, true, on_touch) == EMSCRIPTEN_RESULT_SUCCESS;
  ok &= emscripten_set_touchend_callback(canvas, this, true, on_touch) == EMSCRIPTEN_RESULT_SUCCESS;
  ok &= emscripten_set_touchcancel_callback(canvas, this, true, on_touch) == EMSCRIPTEN_RESULT_SUCCESS;
  return ok;
}

void PointerInput::feed_imgui(ImGuiIO& io) {
  // Moves up to and including the next button change; whatever follows it waits a frame, so
  // ImGui sees the press or release at the position it happened.
  while (!ui_events_.empty()) {
    const UiEvent ev = ui_events_.front();
    ui_events_.pop_front();
    io.MousePos = ImVec2(ev.x, ev.y);
    if (ev.button_change >= 0) {
      io.MouseDown[0] = ev.button_change == 1;
      break;
    }
  }
  if (!ui_events_.empty()) app_.invalidate();  // drain the rest on the next frames
  io.MouseWheel += ui_wheel_;
  ui_wheel_ = 0.0f;
}

EM_BOOL PointerInput::on_mouse(int type, const EmscriptenMouseEvent* e, void* self) {
  static_cast<PointerInput*>(self)->mouse(type, *e);
  // Only the press is swallowed (no text selection, no focus change); moves and releases still
  // reach the page.
  return type == EMSCRIPTEN_EVENT_MOUSEDOWN;
}

EM_BOOL PointerInput::on_wheel(int, const EmscriptenWheelEvent* e, void* self) {
  static_cast<PointerInput*>(self)->wheel(*e);
  return true;  // the page must not scroll
}

EM_BOOL PointerInput::on_touch(int type, const EmscriptenTouchEvent* e, void* self) {
  static_cast<PointerInput*>(self)->touch(type, *e);
  return true;  // no emulated mouse events, no page scroll or zoom
}

void PointerInput::drag_to(Gesture gesture, double x, double y) {
  const double dx = x - last_x_, dy = y - last_y_;
  if (std::hypot(x - press_x_, y - press_y_) > kClickSlopPx) moved_ = true;
  if (gesture == Gesture::Orbit) {
    app_.camera().orbit(-dx * kOrbitRadPerPx, dy * kOrbitRadPerPx);
  } else if (gesture == Gesture::Pan) {
    app_.camera().pan_screen(last_x_, last_y_, x, y, app_.css_width(), app_.css_height());
  }
  last_x_ = x;
  last_y_ = y;
}

void PointerInput::mouse(int type, const EmscriptenMouseEvent& e) {
  app_.invalidate();  // the view or the panels' hover state may change
  // A press, or a move while pressed, is someone at the screen (the kiosk's idle timer); a mouse merely
  // passing over is not.
  if (type == EMSCRIPTEN_EVENT_MOUSEDOWN || (type == EMSCRIPTEN_EVENT_MOUSEMOVE && gesture_ != Gesture::None))
    app_.user_input();
  // The canvas fills the window from its top-left corner, so window-level (client) coordinates of
  // the release are canvas coordinates too.
  const double x = type == EMSCRIPTEN_EVENT_MOUSEUP ? e.clientX : e.targetX;
  const double y = type == EMSCRIPTEN_EVENT_MOUSEUP ? e.clientY : e.targetY;
  switch (type) {
    case EMSCRIPTEN_EVENT_MOUSEDOWN:
      if (gesture_ != Gesture::None) return;
      press_x_ = last_x_ = x;
      press_y_ = last_y_ = y;
      moved_ = false;
      if (app_.over_panel(x, y)) {
        gesture_ = Gesture::Ui;
        if (e.button == 0) ui_event(x, y, 1);
      } else {
        gesture_ = (e.button == 0 && !e.shiftKey) ? Gesture::Orbit : Gesture::Pan;
        app_.clear_hover();
      }
      return;
    case EMSCRIPTEN_EVENT_MOUSEMOVE:
      ui_event(x, y, -1);
      if (gesture_ == Gesture::Orbit || gesture_ == Gesture::Pan) {
        drag_to(gesture_, x, y);
      } else if (gesture_ == Gesture::None && !app_.over_panel(x, y)) {
        app_.request_hover(x, y);
      } else {
        app_.clear_hover();
      }
      return;
    case EMSCRIPTEN_EVENT_MOUSEUP:
      if (gesture_ == Gesture::Ui) {
        ui_event(x, y, 0);
      } else if (gesture_ == Gesture::Orbit && !moved_) {
        app_.tap(press_x_, press_y_);
      }
      gesture_ = Gesture::None;
      return;
    case EMSCRIPTEN_EVENT_MOUSELEAVE:
      app_.clear_hover();
      ui_event(-FLT_MAX, -FLT_MAX, -1);
      return;
    default:
      return;
  }
}

void PointerInput::wheel(const EmscriptenWheelEvent& e) {
  app_.invalidate();
  app_.user_input();
  const double x = e.mouse.targetX, y = e.mouse.targetY;
  // deltaMode: 0 pixels, 1 lines, 2 pages; bring all to pixels.
  const double scale = e.deltaMode == DOM_DELTA_LINE ? 40.0 : e.deltaMode == DOM_DELTA_PAGE ? 800.0 : 1.0;
  const double delta_px = e.deltaY * scale;
  if (app_.over_panel(x, y)) {
    ui_wheel_ -= static_cast<float>(delta_px / 100.0);
    return;
  }
  app_.camera().zoom(std::exp(-delta_px * kWheelZoomPerPx), app_.css_width(), app_.css_height(), x, y);
}

void PointerInput::start_pinch() {
  const Touch& a = touches_[0];
  const Touch& b = touches_[1];
  pinch_distance_ = std::max(1.0, std::hypot(b.x - a.x, b.y - a.y));
  pinch_mid_x_ = 0.5 * (a.x + b.x);
  pinch_mid_y_ = 0.5 * (a.y + b.y);
}

void PointerInput::touch(int type, const EmscriptenTouchEvent& e) {
  app_.invalidate();
  app_.user_input();
  const bool ending = type == EMSCRIPTEN_EVENT_TOUCHEND || type == EMSCRIPTEN_EVENT_TOUCHCANCEL;
  for (int i = 0; i < e.numTouches; ++i) {
    const EmscriptenTouchPoint& p = e.touches[i];
    if (!p.isChanged) continue;
    auto it = std::find_if(touches_.begin(), touches_.end(), [&](const Touch& t) { return t.id == p.identifier; });
    if (ending) {
      if (it != touches_.end()) touches_.erase(it);
    } else if (it == touches_.end()) {
      touches_.push_back({p.identifier, static_cast<double>(p.targetX), static_cast<double>(p.targetY)});
    } else {
      it->x = p.targetX;
      it->y = p.targetY;
    }
  }

  if (type == EMSCRIPTEN_EVENT_TOUCHSTART) {
    if (gesture_ == Gesture::None && touches_.size() == 1) {
      const Touch& t = touches_[0];
      press_x_ = last_x_ = t.x;
      press_y_ = last_y_ = t.y;
      moved_ = false;
      if (app_.over_panel(t.x, t.y)) {
        gesture_ = Gesture::Ui;
        ui_event(t.x, t.y, -1);  // hover first, so ImGui sees the press on the right widget
        ui_event(t.x, t.y, 1);
      } else {
        gesture_ = Gesture::Orbit;
      }
    } else if (gesture_ != Gesture::Ui && touches_.size() >= 2) {
      gesture_ = Gesture::Pinch;
      moved_ = true;  // a two-finger gesture is never a tap
      start_pinch();
    }
    return;
  }

  if (type == EMSCRIPTEN_EVENT_TOUCHMOVE) {
    if (gesture_ == Gesture::Ui && !touches_.empty()) {
      last_x_ = touches_[0].x;
      last_y_ = touches_[0].y;
      ui_event(last_x_, last_y_, -1);
    } else if (gesture_ == Gesture::Orbit && touches_.size() == 1) {
      drag_to(Gesture::Orbit, touches_[0].x, touches_[0].y);
    } else if (gesture_ == Gesture::Pinch && touches_.size() >= 2) {
      const double old_mid_x = pinch_mid_x_, old_mid_y = pinch_mid_y_, old_distance = pinch_distance_;
      start_pinch();
      const double w = app_.css_width(), h = app_.css_height();
      app_.camera().zoom(pinch_distance_ / old_distance, w, h, pinch_mid_x_, pinch_mid_y_);
      app_.camera().pan_screen(old_mid_x, old_mid_y, pinch_mid_x_, pinch_mid_y_, w, h);
    }
    return;
  }

  // End or cancel.
  if (gesture_ == Gesture::Ui) {
    if (touches_.empty()) {
      ui_event(last_x_, last_y_, 0);
      ui_event(-FLT_MAX, -FLT_MAX, -1);  // a lifted finger hovers nothing
      gesture_ = Gesture::None;
    }
    return;
  }
  if (gesture_ == Gesture::Orbit && touches_.empty() && !moved_ && type == EMSCRIPTEN_EVENT_TOUCHEND) {
    app_.tap(press_x_, press_y_);
  }
  if (touches_.empty()) {
    gesture_ = Gesture::None;
  } else if (gesture_ == Gesture::Pinch && touches_.size() == 1) {
    // One finger lifted: carry on orbiting with the other, from where it is now (no jump).
    gesture_ = Gesture::Orbit;
    last_x_ = touches_[0].x;
    last_y_ = touches_[0].y;
  } else if (gesture_ == Gesture::Pinch) {
    start_pinch();
  }
}

}  // namespace app
