// Mouse, wheel and touch input from the browser (emscripten/html5.h callbacks on the canvas), turned
// into camera moves, hover, picks and Dear ImGui's mouse state. GLFW is not used for input: in
// Emscripten it delivers no touches, and the exhibition screens are touch screens.
//   mouse: left-drag orbit, right/middle- or shift-drag pan, wheel zoom about the cursor, click = tap
//   touch: one finger orbit, two fingers pinch-zoom and pan; a tap picks a building, or places a
//   station while a new metro line is being drawn (App::tap)
// A press that starts on a panel belongs to the UI for its whole gesture.
#pragma once

#include <emscripten/html5.h>
#include <imgui.h>

#include <deque>
#include <vector>

namespace app {

class App;

class PointerInput {
 public:
  explicit PointerInput(App& app) : app_(app) {}
  bool install(const char* canvas_selector);
  // Once per frame before ImGui::NewFrame: at most one button change per frame, so a press and
  // release arriving between two frames (a quick tap or a scripted click) still make a click.
  void feed_imgui(ImGuiIO& io);

 private:
  enum class Gesture { None, Ui, Orbit, Pan, Pinch };
  struct UiEvent {
    float x, y;
    int button_change;  // -1 none (a move), 0 release, 1 press
  };
  struct Touch {
    long id;
    double x, y;
  };

  static EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* e, void* self);
  static EM_BOOL on_wheel(int type, const EmscriptenWheelEvent* e, void* self);
  static EM_BOOL on_touch(int type, const EmscriptenTouchEvent* e, void* self);
  void mouse(int type, const EmscriptenMouseEvent& e);
  void wheel(const EmscriptenWheelEvent& e);
  void touch(int type, const EmscriptenTouchEvent& e);
  void drag_to(Gesture gesture, double x, double y);
  void start_pinch();
  void ui_event(double x, double y, int button_change) {
    ui_events_.push_back({static_cast<float>(x), static_cast<float>(y), button_change});
  }

  App& app_;
  std::deque<UiEvent> ui_events_;
  float ui_wheel_ = 0.0f;
  Gesture gesture_ = Gesture::None;
  double press_x_ = 0, press_y_ = 0, last_x_ = 0, last_y_ = 0;
  bool moved_ = false;  // past the click/tap slop since the press
  std::vector<Touch> touches_;
  double pinch_distance_ = 0, pinch_mid_x_ = 0, pinch_mid_y_ = 0;
};

}  // namespace app
