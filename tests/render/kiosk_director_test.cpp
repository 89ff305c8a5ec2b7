// The kiosk's idle → attract loop → touch → reset cycle, on a clock the test drives (ms).
#include "render/kiosk/kiosk_director.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace render {
namespace {

TEST(KioskDirector, StaysOutOfTheLoopUntilIdleLongEnough) {
  KioskDirector director({/*idle_s=*/10.0, /*step_s=*/2.0});
  EXPECT_FALSE(director.tick(5000.0).reset_to_start);  // the first tick starts the clock at 5 s
  EXPECT_FALSE(director.tick(14999.0).reset_to_start);  // 9.999 s idle
  EXPECT_FALSE(director.attract());
  const KioskDirector::Command enter = director.tick(15000.0);  // 10 s idle
  EXPECT_TRUE(enter.reset_to_start);
  EXPECT_TRUE(enter.story_changed);
  EXPECT_TRUE(director.attract());
  EXPECT_EQ(director.step(), StoryStep::Intro);
  EXPECT_EQ(director.loops_started(), 1u);
}

TEST(KioskDirector, TouchDuringIdleRestartsTheTimer) {
  KioskDirector director({10.0, 2.0});
  director.tick(0.0);
  director.input(8000.0);
  EXPECT_FALSE(director.tick(17000.0).reset_to_start);  // 9 s after the touch
  EXPECT_TRUE(director.tick(18000.0).reset_to_start);
}

TEST(KioskDirector, StoryStepsFollowTheClockAndLoop) {
  KioskDirector director({10.0, 2.0});
  director.tick(0.0);
  director.tick(10000.0);  // attract starts at 10 s
  // Steps of 2 s: Intro [10,12), Choice1 [12,14), Choice2, Choice3, Summary, Invite [20,22), Intro again at 22 s.
  const StoryStep expected[] = {StoryStep::Intro,   StoryStep::Choice1, StoryStep::Choice2, StoryStep::Choice3,
                                StoryStep::Summary, StoryStep::Invite,  StoryStep::Intro};
  for (int k = 0; k < 7; ++k) {
    director.tick(10000.0 + 2000.0 * k + 500.0);
    EXPECT_EQ(director.step(), expected[k]) << "step " << k;
  }
  EXPECT_EQ(director.loops_started(), 2u);
  EXPECT_TRUE(director.attract());
}

TEST(KioskDirector, TouchTakesOverAndResetsToTheStart) {
  KioskDirector director({10.0, 2.0});
  director.tick(0.0);
  director.tick(10000.0);
  director.tick(15000.0);  // Choice2: two choices switched on by the story
  ASSERT_EQ(director.step(), StoryStep::Choice2);
  const KioskDirector::Command touch = director.input(15100.0);
  EXPECT_TRUE(touch.reset_to_start);
  EXPECT_FALSE(director.attract());
  EXPECT_EQ(director.step(), StoryStep::Intro);
  // A second touch while the visitor is using the screen changes nothing.
  EXPECT_FALSE(director.input(16000.0).reset_to_start);
  // Left alone again: back to the loop after the idle time.
  EXPECT_FALSE(director.tick(25999.0).reset_to_start);
  EXPECT_TRUE(director.tick(26000.0).reset_to_start);
}

TEST(KioskDirector, StoryChoicesAddOneAtATime) {
  using C = std::array<bool, kKioskChoiceCount>;
  EXPECT_EQ(story_choices(StoryStep::Intro), (C{false, false, false}));
  EXPECT_EQ(story_choices(StoryStep::Choice1), (C{true, false, false}));
  EXPECT_EQ(story_choices(StoryStep::Choice2), (C{true, true, false}));
  EXPECT_EQ(story_choices(StoryStep::Choice3), (C{true, true, true}));
  EXPECT_EQ(story_choices(StoryStep::Summary), (C{true, true, true}));
  EXPECT_EQ(story_choices(StoryStep::Invite), (C{false, false, false}));
}

TEST(KioskDirector, TimingLimits) {
  EXPECT_STREQ(validate_kiosk_timing({60.0, 7.0}), "");
  EXPECT_STRNE(validate_kiosk_timing({0.5, 7.0}), "");
  EXPECT_STRNE(validate_kiosk_timing({60.0, 0.0}), "");
  EXPECT_STRNE(validate_kiosk_timing({std::numeric_limits<double>::quiet_NaN(), 7.0}), "");
}

TEST(KioskDirector, TourTurnsOnceInItsPeriodAndStaysNearHome) {
  const double home_pitch = 0.72;
  EXPECT_DOUBLE_EQ(tour_pose(0.0, home_pitch).yaw_offset_rad, 0.0);
  EXPECT_NEAR(tour_pose(kTourTurn_s, home_pitch).yaw_offset_rad, 6.283185307179586, 1e-12);
  for (double t = 0.0; t < 200.0; t += 0.7) {
    const TourPose pose = tour_pose(t, home_pitch);
    EXPECT_LE(std::fabs(pose.pitch_rad - home_pitch), 0.12 + 1e-12);
    EXPECT_LE(std::fabs(pose.distance_scale - 1.0), 0.08 + 1e-12);
  }
}

}  // namespace
}  // namespace render
