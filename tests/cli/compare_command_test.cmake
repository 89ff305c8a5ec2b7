# Tests of `carbontwin compare`, run by ctest as:
#   cmake -DCLI=path -DOUT=dir -DSCENARIOS=assets/pathway/scenarios -P compare_command_test.cmake
# Three levers (one structural: a congestion charge, which needs one more transport-model run) are
# attributed exactly (2^3 = 8 pathway runs), each named in lever order, the peak-year contributions
# adding up to the change; the ambitious example (12 differing players > 7) is grouped by sector; a
# scenario against itself has no contributions and zero totals; bad input fails with a message.
# (The 1e-9 sums of every metric are checked in tests/twin/decision/attribution_test.cpp: CMake has no
# floating-point arithmetic.)
cmake_minimum_required(VERSION 3.20)
file(MAKE_DIRECTORY "${OUT}")

function(run_compare out_var json)
  execute_process(COMMAND "${CLI}" compare ${ARGN} --json "${OUT}/${json}"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "compare ${ARGN} failed (${rc}): ${err}")
  endif()
  file(READ "${OUT}/${json}" doc)
  set(${out_var} "${doc}" PARENT_SCOPE)
endfunction()

function(expect_equal doc expected)
  string(JSON v GET "${doc}" ${ARGN})
  if(NOT v STREQUAL "${expected}")
    message(FATAL_ERROR "compare JSON ${ARGN}: '${v}', expected '${expected}'")
  endif()
endfunction()

# --- Three levers: exact Shapley over the players -----------------------------------------------
file(WRITE "${OUT}/three.json" [=[
{"name": "three",
 "levers": {"grid_nonfossil_added_pts": {"start_year": 2025, "ramp_years": 10, "target": 15},
            "congestion_charge_yuan": {"start_year": 2025, "ramp_years": 5, "target": 15},
            "heat_pump_share_pct": {"start_year": 2022, "ramp_years": 20, "target": 70}}}
]=])
run_compare(three three_out.json --a "${SCENARIOS}/baseline.json" --b "${OUT}/three.json")
foreach(key city baseline a b method evaluations players metrics contributions total_delta_peak_year
            total_delta_peak_t total_delta_2030_t total_delta_2030_net_t total_delta_2060_t total_delta_2060_net_t
            total_delta_cumulative_t notes definitions)
  string(JSON v ERROR_VARIABLE missing GET "${three}" ${key})
  if(missing)
    message(FATAL_ERROR "compare JSON lacks '${key}'")
  endif()
endforeach()
expect_equal("${three}" "baseline" a)
expect_equal("${three}" "three" b)
expect_equal("${three}" "shapley" method)
expect_equal("${three}" 8 evaluations)
# The base run and the congestion charge's run (A has no structural lever).
expect_equal("${three}" 2 baseline transport_runs)
string(JSON n LENGTH "${three}" contributions)
if(NOT n EQUAL 3)
  message(FATAL_ERROR "expected 3 contributions, got ${n}")
endif()
# Lever order (lever.hpp), not the order of the file.
expect_equal("${three}" heat_pump_share_pct contributions 0 lever)
expect_equal("${three}" congestion_charge_yuan contributions 1 lever)
expect_equal("${three}" grid_nonfossil_added_pts contributions 2 lever)
foreach(i RANGE 2)
  foreach(key delta_peak_year delta_peak_t delta_2030_t delta_2030_net_t delta_2060_t delta_2060_net_t delta_cumulative_t)
    string(JSON t TYPE "${three}" contributions ${i} ${key})
    if(NOT t STREQUAL "NUMBER")
      message(FATAL_ERROR "contribution ${i} ${key} is ${t}, not a number")
    endif()
  endforeach()
  string(JSON c GET "${three}" contributions ${i} delta_cumulative_t)
  if(NOT c LESS 0)
    message(FATAL_ERROR "contribution ${i}: every lever of 'three' lowers cumulative emissions, got ${c}")
  endif()
endforeach()
string(JSON ya GET "${three}" metrics a peak_year)
string(JSON yb GET "${three}" metrics b peak_year)
string(JSON dy GET "${three}" total_delta_peak_year)
math(EXPR expected_dy "${yb} - ${ya}")
if(NOT dy EQUAL expected_dy)
  message(FATAL_ERROR "total_delta_peak_year ${dy}, expected ${yb} - ${ya}")
endif()

# --- The ambitious example: 12 players, grouped by sector ----------------------------------------
run_compare(amb amb.json --a "${SCENARIOS}/baseline.json" --b "${SCENARIOS}/ambitious.json")
expect_equal("${amb}" "shapley_groups" method)
string(JSON np LENGTH "${amb}" players)
string(JSON ng LENGTH "${amb}" contributions)
if(np LESS_EQUAL 7 OR ng GREATER 6)
  message(FATAL_ERROR "expected more than 7 players in at most 6 groups, got ${np} in ${ng}")
endif()
set(members 0)
math(EXPR last "${ng} - 1")
foreach(i RANGE ${last})
  string(JSON m LENGTH "${amb}" contributions ${i} members)
  math(EXPR members "${members} + ${m}")
endforeach()
if(NOT members EQUAL np)
  message(FATAL_ERROR "the groups hold ${members} members, expected every player (${np})")
endif()
math(EXPR runs "1 << ${ng}")
expect_equal("${amb}" ${runs} evaluations)
# --max-exact 0 groups even two levers; a larger threshold is rejected by the option check.
run_compare(grouped grouped.json --a "${SCENARIOS}/baseline.json" --b "${OUT}/three.json" --max-exact 0 --baseline table)
expect_equal("${grouped}" "shapley_groups" method)

# --- A scenario against itself: no players, zeros ------------------------------------------------
run_compare(self self.json --a "${SCENARIOS}/ambitious.json" --b "${SCENARIOS}/ambitious.json" --baseline table)
string(JSON n LENGTH "${self}" contributions)
if(NOT n EQUAL 0)
  message(FATAL_ERROR "a scenario against itself has ${n} contributions, expected none")
endif()
foreach(key total_delta_peak_year total_delta_peak_t total_delta_2030_t total_delta_2060_net_t total_delta_cumulative_t)
  expect_equal("${self}" 0 ${key})
endforeach()

# --- Bad input ---------------------------------------------------------------------------------
function(expect_failure pattern)
  execute_process(COMMAND "${CLI}" compare ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(rc EQUAL 0)
    message(FATAL_ERROR "compare ${ARGN} should fail")
  endif()
  if(NOT "${err}" MATCHES "${pattern}")
    message(FATAL_ERROR "compare ${ARGN}: stderr '${err}' does not match '${pattern}'")
  endif()
endfunction()
expect_failure("cannot read scenario '.*missing.json'" --a "${OUT}/missing.json" --b "${OUT}/three.json"
               --json "${OUT}/x.json")
file(WRITE "${OUT}/out_of_range.json" [=[{"levers": {"heat_pump_share_pct": {"target": 500}}}]=])
expect_failure("out_of_range.json: \\$.levers.heat_pump_share_pct.target: target 500 is outside"
               --a "${SCENARIOS}/baseline.json" --b "${OUT}/out_of_range.json" --json "${OUT}/x.json")
file(WRITE "${OUT}/truncated.json" [=[{"levers": ]=])
expect_failure("truncated.json: \\$: not valid JSON" --a "${OUT}/truncated.json" --b "${OUT}/three.json"
               --json "${OUT}/x.json")
expect_failure("--b is required" --a "${OUT}/three.json" --json "${OUT}/x.json")
expect_failure("--max-exact" --a "${OUT}/three.json" --b "${OUT}/three.json" --max-exact 21 --json "${OUT}/x.json")
