# Tests of `carbontwin transport`, run by ctest as:
#   cmake -DCLI=path -DOUT=dir -P transport_command_test.cmake
# The default city's run writes the documented JSON (mode shares summing to one, vehicle-km,
# base-year energy and emissions) and a links CSV with one row per road link; a scenario with a new
# metro line adds a scenario run with a lower car share; bad input fails with a clear message.
cmake_minimum_required(VERSION 3.20)
file(MAKE_DIRECTORY "${OUT}")

execute_process(COMMAND "${CLI}" transport --json "${OUT}/base.json" --links "${OUT}/links.csv"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "transport failed (${rc}): ${err}")
endif()
file(READ "${OUT}/base.json" doc)
# cmake math is integer-only: add the shares in parts per million (truncated).
set(sum 0)
foreach(mode walk bike bus metro car taxi)
  string(JSON share GET "${doc}" base mode_share ${mode})
  string(REGEX REPLACE "^0\\.([0-9][0-9][0-9][0-9][0-9][0-9]).*" "\\1" ppm "${share}")
  math(EXPR sum "${sum} + ${ppm}")
endforeach()
if(sum LESS 999990 OR sum GREATER 1000000)
  message(FATAL_ERROR "mode shares do not sum to one (ppm, truncated): ${sum}")
endif()
string(JSON car_vkm GET "${doc}" base vehicle_km_per_day car)
string(JSON t_total GET "${doc}" base base_year_fleet emissions_t_per_yr total)
string(JSON gap GET "${doc}" base assignment relative_gap)
string(JSON synthetic GET "${doc}" city synthetic)
if(NOT car_vkm GREATER 1000000 OR NOT t_total GREATER 100000 OR NOT synthetic)
  message(FATAL_ERROR "implausible figures: car vkm ${car_vkm}, transport emissions ${t_total} t, synthetic ${synthetic}")
endif()
file(STRINGS "${OUT}/links.csv" rows)
list(LENGTH rows n)
string(JSON links GET "${doc}" city road_links)
math(EXPR expected "${links} + 1")
if(NOT n EQUAL expected)
  message(FATAL_ERROR "links CSV has ${n} lines, expected ${expected}")
endif()
message(STATUS "base: car ${car_vkm} vkm/day, transport ${t_total} t/yr (2020 fleet), gap ${gap}")

file(WRITE "${OUT}/line.json" [=[{"name": "east-west line", "new_lines": [{"name": "Line 4", "headway_min": 5,
  "opening_year": 2030, "stops": [{"name": "A", "x_m": -5000, "y_m": 2500}, {"name": "B", "x_m": -2500, "y_m": 2500},
  {"name": "C", "x_m": 0, "y_m": 2500}, {"name": "D", "x_m": 2500, "y_m": 2500}, {"name": "E", "x_m": 5000, "y_m": 2500}]}]}]=])
execute_process(COMMAND "${CLI}" transport --scenario "${OUT}/line.json" --json "${OUT}/line_out.json"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "transport --scenario failed (${rc}): ${err}")
endif()
file(READ "${OUT}/line_out.json" line_doc)
string(JSON base_car GET "${line_doc}" base mode_share car)
string(JSON line_car GET "${line_doc}" scenario run mode_share car)
string(JSON added GET "${line_doc}" scenario run metro_lines 3 added)
if(NOT line_car LESS base_car OR NOT added)
  message(FATAL_ERROR "a new metro line should lower the car share: ${base_car} -> ${line_car} (added: ${added})")
endif()
message(STATUS "new line: car share ${base_car} -> ${line_car}")

function(expect_failure description expected_text)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(rc EQUAL 0)
    message(FATAL_ERROR "${description}: expected a non-zero exit")
  endif()
  string(FIND "${err}" "${expected_text}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${description}: stderr lacks '${expected_text}': ${err}")
  endif()
  message(STATUS "ok: ${description}: ${err}")
endfunction()
expect_failure("missing scenario" "no_such.json" "${CLI}" transport --scenario "${OUT}/no_such.json" --json "${OUT}/x.json")
expect_failure("gap out of range" "--gap" "${CLI}" transport --gap 5 --json "${OUT}/x.json")
file(WRITE "${OUT}/bad_line.json" [=[{"new_lines": [{"name": "L", "headway_min": 4, "opening_year": 2030,
   "stops": [{"name": "A", "x_m": 0, "y_m": 0}]}]}]=])
expect_failure("a line with one stop" "$.new_lines[0].stops" "${CLI}" transport --scenario "${OUT}/bad_line.json" --json "${OUT}/x.json")
