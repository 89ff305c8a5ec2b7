#include "render/kiosk/kiosk_director.hpp"

#include <cmath>

namespace render {

std::array<bool, kKioskChoiceCount> story_choices(StoryStep step) {
  switch (step) {
    case StoryStep::Choice1: return {true, false, false};
    case StoryStep::Choice2: return {true, true, false};
    case StoryStep::Choice3:
    case StoryStep::Summary: return {true, true, true};
    default: return {false, false, false};
  }
}

const char* validate_kiosk_timing(const KioskTiming& timing) {
  // Written so that NaN fails every comparison and is refused.
  if (!(timing.idle_s >= 1.0 && timing.idle_s <= 86400.0)) return "idle_s must be within [1, 86400] seconds";
  if (!(timing.step_s >= 1.0 && timing.step_s <= 600.0)) return "step_s must be within [1, 600] seconds";
  return "";
}

TourPose tour_pose(double t_s, double home_pitch_rad) {
  constexpr double kTwoPi = 6.283185307179586;
  TourPose pose;
  pose.yaw_offset_rad = kTwoPi * t_s / kTourTurn_s;
  // Pitch swings ±0.12 rad about the home view every 40 s; the distance breathes ±8 % every 55 s: slow
  // enough to read the city, enough motion that the screen looks alive from across the hall.
  pose.pitch_rad = home_pitch_rad + 0.12 * std::sin(kTwoPi * t_s / 40.0);
  pose.distance_scale = 1.0 + 0.08 * std::sin(kTwoPi * t_s / 55.0);
  return pose;
}

KioskDirector::Command KioskDirector::input(double now_ms) {
  Command command;
  started_ = true;
  last_input_ms_ = now_ms;
  if (attract_) {
    attract_ = false;
    step_ = StoryStep::Intro;
    command.reset_to_start = true;
  }
  return command;
}

KioskDirector::Command KioskDirector::tick(double now_ms) {
  Command command;
  if (!started_) {
    started_ = true;
    last_input_ms_ = now_ms;
    return command;
  }
  if (!attract_) {
    if (now_ms - last_input_ms_ >= timing_.idle_s * 1000.0) {
      attract_ = true;
      attract_start_ms_ = now_ms;
      step_ = StoryStep::Intro;
      ++loops_started_;
      command.reset_to_start = true;
      command.story_changed = true;
    }
    return command;
  }
  const double t_s = (now_ms - attract_start_ms_) / 1000.0;
  const auto index = static_cast<long long>(std::floor(t_s / timing_.step_s)) % kStoryStepCount;
  const auto step = static_cast<StoryStep>(index);
  if (step != step_) {
    if (step == StoryStep::Intro) ++loops_started_;
    step_ = step;
    command.story_changed = true;
  }
  return command;
}

}  // namespace render
