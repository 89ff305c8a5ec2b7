# CLI test of `carbontwin optimise` (the least-cost plan for a goal; optimise/README.md):
#   cmake -DCLI=path -DOUT=dir -P optimise_command_test.cmake
# The plan found for "peak by 2024" is written as a scenario file; `carbontwin pathway` run on that file
# — the exact pathway, independently of the optimiser — peaks by 2024. An impossible goal exits 3 with the
# reason; a year out of range is refused.
file(MAKE_DIRECTORY "${OUT}")
set(common --baseline table --transport none)
execute_process(COMMAND "${CLI}" optimise --peak-by 2024 ${common} --json "${OUT}/plan.json" --scenario-out "${OUT}/plan_scenario.json"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "optimise --peak-by 2024 failed (${rc}): ${out} ${err}")
endif()
message(STATUS "${out}")
file(READ "${OUT}/plan.json" plan)
string(JSON status GET "${plan}" status)
string(JSON met GET "${plan}" goals_met)
string(JSON base_peak GET "${plan}" base_milestones peak_year)
string(JSON peak GET "${plan}" milestones peak_year)
string(JSON n_levers LENGTH "${plan}" levers)
if(NOT status STREQUAL "optimal" OR NOT met STREQUAL "ON" OR peak GREATER 2024 OR NOT base_peak GREATER 2024 OR n_levers LESS 5)
  message(FATAL_ERROR "plan: status ${status}, goals met ${met}, peak ${peak} (base ${base_peak}), ${n_levers} levers")
endif()
execute_process(COMMAND "${CLI}" pathway ${common} --scenario "${OUT}/plan_scenario.json" --json "${OUT}/check.json"
                RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the plan's scenario did not run in carbontwin pathway (${rc}): ${err}")
endif()
file(READ "${OUT}/check.json" check)
string(JSON check_peak GET "${check}" milestones peak_year)
if(NOT check_peak EQUAL peak)
  message(FATAL_ERROR "the exact pathway of the plan peaks in ${check_peak}, the optimiser said ${peak}")
endif()
message(STATUS "peak by 2024: the plan peaks in ${check_peak} in carbontwin pathway too (base ${base_peak})")

execute_process(COMMAND "${CLI}" optimise --peak-by 2020 --neutral-by 2025 ${common} --json "${OUT}/impossible.json"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 3)
  message(FATAL_ERROR "an impossible goal should exit 3, got ${rc}: ${out} ${err}")
endif()
file(READ "${OUT}/impossible.json" impossible)
string(JSON status GET "${impossible}" status)
string(JSON message GET "${impossible}" message)
if(status STREQUAL "optimal" OR message STREQUAL "")
  message(FATAL_ERROR "impossible goal: status ${status}, message '${message}'")
endif()
message(STATUS "ok: impossible goal: ${status}: ${message}")

execute_process(COMMAND "${CLI}" optimise --peak-by 1999 ${common} --json "${OUT}/x.json"
                RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_QUIET)
if(rc EQUAL 0 OR NOT err MATCHES "peak-by")
  message(FATAL_ERROR "--peak-by 1999 should be refused naming the option: ${rc} ${err}")
endif()
