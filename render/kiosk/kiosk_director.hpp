// The exhibition kiosk's timing (issue 12, "Kiosk mode"): when the screen has been left alone for a
// while it resets to the start state and plays the attract loop (a camera tour and a short story of
// the pathway told through the three choices); any touch takes over, and the visitor starts from the
// start state. Pure logic over a clock the caller passes in (ms), so it is tested natively without a
// browser; the app (wasm/app_kiosk.cpp) applies what it says.
#pragma once

#include <array>
#include <cstdint>

namespace render {

// The guided story's steps: the start state, then each choice added in turn, the three together,
// and an invitation to touch. The loop repeats until someone touches the screen.
enum class StoryStep : std::uint8_t { Intro = 0, Choice1, Choice2, Choice3, Summary, Invite, Count };
inline constexpr int kStoryStepCount = static_cast<int>(StoryStep::Count);
inline constexpr int kKioskChoiceCount = 3;

// Which of the three choices a story step shows switched on.
std::array<bool, kKioskChoiceCount> story_choices(StoryStep step);

struct KioskTiming {
  double idle_s = 60.0;  // no touch for this long → reset to the start state and play the attract loop
  double step_s = 7.0;   // each story step is shown this long
};

// "" when usable, else what is wrong (idle_s in [1, 86400] s, step_s in [1, 600] s; NaN refused).
const char* validate_kiosk_timing(const KioskTiming& timing);

// The camera of the tour at t seconds into the attract loop, relative to the home view: a slow orbit
// (one turn in kTourTurn_s), a gentle rise and fall of the pitch and a slight breathing of the distance.
struct TourPose {
  double yaw_offset_rad = 0.0;
  double pitch_rad = 0.0;
  double distance_scale = 1.0;
};
inline constexpr double kTourTurn_s = 90.0;
TourPose tour_pose(double t_s, double home_pitch_rad);

class KioskDirector {
 public:
  // What the app must do after a call.
  struct Command {
    bool reset_to_start = false;  // levers, lines, camera, selection and panels back to the start state
    bool story_changed = false;   // a new story step: apply story_choices(step())
  };

  explicit KioskDirector(KioskTiming timing = {}) : timing_(timing) {}
  void set_timing(const KioskTiming& timing) { timing_ = timing; }
  const KioskTiming& timing() const { return timing_; }

  // The visitor touched or dragged (not the app's own scripted changes). Leaving the attract loop resets
  // to the start state, so nobody starts from what the story left switched on.
  Command input(double now_ms);
  // Once per frame.
  Command tick(double now_ms);

  bool attract() const { return attract_; }
  StoryStep step() const { return step_; }
  double idle_s(double now_ms) const { return (now_ms - last_input_ms_) / 1000.0; }
  double attract_s(double now_ms) const { return attract_ ? (now_ms - attract_start_ms_) / 1000.0 : 0.0; }
  std::uint64_t loops_started() const { return loops_started_; }

 private:
  KioskTiming timing_;
  bool started_ = false;       // the first tick sets the clock (the page may load slowly)
  bool attract_ = false;
  double last_input_ms_ = 0.0;
  double attract_start_ms_ = 0.0;
  StoryStep step_ = StoryStep::Intro;
  std::uint64_t loops_started_ = 0;
};

}  // namespace render
