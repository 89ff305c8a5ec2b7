# A city's own weather in the CLI, run by ctest as:
#   cmake -DCLI=path -DOUT=dir -DDATA=../shared/data -P weather_command_test.cmake
# The Haidian OSM extract imported with the Beijing IWEC EPW carries that weather in its city file:
# `buildings --csv` then differs from the run under the built-in typical year and equals, byte for byte,
# the run of the city imported without the EPW given `--epw` with the same file. `city --summary` names
# the station and gives two figures checked by hand (python3 on the same inputs): the mean of EPW field 7
# over the 8760 data lines, 12.8084 °C (SOURCE.md's table: 12.81), and the haversine distance
# (R = 6371.0088 km) from the city's origin (116.3519827 E, 40.00342205 N, from the import report) to the
# station (116.47 E, 39.80 N), 24.7587 km. A station 1077 km away (Shanghai-Hongqiao, python3:
# 1077.344 km) is warned about and brings its own climate zone; a malformed EPW is refused with its file,
# line and field, by `--epw` and by the import alike.
cmake_minimum_required(VERSION 3.20)
file(MAKE_DIRECTORY "${OUT}")
set(haidian "${DATA}/citymodels/osm_beijing_haidian_cau/map.osm")
set(beijing "${DATA}/weather/china/CHN_Beijing.Beijing.545110_IWEC.epw")
set(shanghai "${DATA}/weather/china/Shanghai-Hongqiao_1956_2023_TMYx.epw")

function(run description)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${description} failed (${rc}): ${err}")
  endif()
  set(run_out "${out}" PARENT_SCOPE)
  set(run_err "${err}" PARENT_SCOPE)
endfunction()

function(expect_in text what description)
  string(FIND "${text}" "${what}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${description}: '${what}' not found in:\n${text}")
  endif()
endfunction()

# Refused with an exit code (not a crash) and the expected message on stderr.
function(expect_failure description message)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc MATCHES "^[0-9]+$" OR rc EQUAL 0)
    message(FATAL_ERROR "${description}: expected a non-zero exit, got '${rc}' (stderr: ${err})")
  endif()
  expect_in("${err}" "${message}" "${description}")
  message(STATUS "ok: ${description} -> exit ${rc}")
endfunction()

# The delivered_kwh line of `buildings` output.
function(delivered text out_var)
  string(REGEX MATCH "delivered_kwh: [^\n]*" line "${text}")
  set(${out_var} "${line}" PARENT_SCOPE)
endfunction()

run("import Haidian" "${CLI}" import --in "${haidian}" --out "${OUT}/haidian.ctcity")
run("import Haidian with its EPW" "${CLI}" import --in "${haidian}" --in "${beijing}" --out "${OUT}/haidian_epw.ctcity"
    --json "${OUT}/haidian_epw.json")
file(READ "${OUT}/haidian_epw.json" report)
string(JSON nfiles LENGTH "${report}" files)
set(epw_hours "")
math(EXPR last "${nfiles} - 1")
foreach(k RANGE ${last})
  string(JSON format GET "${report}" files ${k} format)
  if(format STREQUAL "epw")
    string(JSON epw_hours GET "${report}" files ${k} counts hours)
  endif()
endforeach()
if(NOT epw_hours EQUAL 8760)
  message(FATAL_ERROR "the import report does not list the EPW with its 8760 hours: ${report}")
endif()

# Which weather: the station, its WMO number and the two hand-checked figures.
run("city --summary (own weather)" "${CLI}" city --city "${OUT}/haidian_epw.ctcity" --summary)
expect_in("${run_out}" "EPW CHN_Beijing.Beijing.545110_IWEC.epw: BEIJING, CHN (WMO 545110, 39.80° N 116.47° E) [the city's own]"
          "city --summary")
expect_in("${run_out}" "8760 h, mean dry bulb 12.81 °C, station 24.8 km from the city" "city --summary")
expect_in("${run_out}" "climate zone         cold" "city --summary")
run("city --summary (typical year)" "${CLI}" city --city "${OUT}/haidian.ctcity" --summary)
expect_in("${run_out}" "weather              typical year, Beijing" "city --summary without an EPW")

# Energy: the city's own weather ≠ the typical year; = the same EPW given with --epw.
run("buildings, typical year" "${CLI}" buildings --city "${OUT}/haidian.ctcity" --csv "${OUT}/typical.csv")
delivered("${run_out}" typical_kwh)
run("buildings, own weather" "${CLI}" buildings --city "${OUT}/haidian_epw.ctcity" --csv "${OUT}/own.csv")
delivered("${run_out}" own_kwh)
expect_in("${run_out}" "weather: EPW CHN_Beijing.Beijing.545110_IWEC.epw" "buildings (own weather)")
run("buildings --epw" "${CLI}" buildings --city "${OUT}/haidian.ctcity" --epw "${beijing}" --csv "${OUT}/given.csv")
delivered("${run_out}" given_kwh)
file(READ "${OUT}/typical.csv" typical_csv)
file(READ "${OUT}/own.csv" own_csv)
file(READ "${OUT}/given.csv" given_csv)
if(own_csv STREQUAL typical_csv OR own_kwh STREQUAL typical_kwh)
  message(FATAL_ERROR "the city's own weather gave the typical year's energy (${own_kwh})")
endif()
if(NOT own_csv STREQUAL given_csv OR NOT own_kwh STREQUAL given_kwh)
  message(FATAL_ERROR "own weather (${own_kwh}) and --epw with the same file (${given_kwh}) differ")
endif()
string(LENGTH "${own_csv}" csv_bytes)
if(csv_bytes LESS 10000)
  message(FATAL_ERROR "the CSV is too short to mean anything (${csv_bytes} bytes)")
endif()

# The pathway's simulated baseline says which weather it ran under.
run("pathway, own weather" "${CLI}" pathway --city "${OUT}/haidian_epw.ctcity" --transport none --json "${OUT}/pathway.json")
file(READ "${OUT}/pathway.json" pathway)
string(JSON weather GET "${pathway}" baseline weather)
expect_in("${weather}" "EPW CHN_Beijing.Beijing.545110_IWEC.epw: BEIJING" "pathway baseline weather")

# --epw overrides the city's own; a far station is warned about and brings its zone.
run("buildings --epw Shanghai" "${CLI}" buildings --city "${OUT}/haidian_epw.ctcity" --epw "${shanghai}"
    --csv "${OUT}/shanghai.csv")
expect_in("${run_err}" "lies 1077 km from the city (more than 500 km)" "a far --epw")
expect_in("${run_out}" "climate_zone: hot_summer_cold_winter" "the zone of a far station")

# A malformed EPW: one dry-bulb value broken on file line 10 (the second data line).
file(READ "${beijing}" epw)
set(second "\n1988,1,1,2,60,C9C9C9C9*0?9?9?9?9?9?9?9A7A7A7A7A7A7*0E8*0*0,")
string(FIND "${epw}" "${second}-1.3," at)
if(at EQUAL -1)
  message(FATAL_ERROR "the Beijing EPW's second data line is not as expected")
endif()
string(LENGTH "${second}-1.3," n)
math(EXPR tail_at "${at} + ${n}")
string(SUBSTRING "${epw}" 0 ${at} head)
string(SUBSTRING "${epw}" ${tail_at} -1 tail)
file(WRITE "${OUT}/CHN_bad.epw" "${head}${second}x1.3,${tail}")
set(bad_message "CHN_bad.epw: line 10, field 7 (dry bulb temperature): 'x1.3' is not a number")
expect_failure("buildings --epw malformed" "${bad_message}"
               "${CLI}" buildings --city "${OUT}/haidian.ctcity" --epw "${OUT}/CHN_bad.epw" --csv "${OUT}/bad.csv")
expect_failure("import with a malformed EPW" "${bad_message}"
               "${CLI}" import --in "${haidian}" --in "${OUT}/CHN_bad.epw" --out "${OUT}/bad.ctcity")
expect_failure("import with two EPWs" "a city has one weather year"
               "${CLI}" import --in "${haidian}" --in "${beijing}" --in "${shanghai}" --out "${OUT}/two.ctcity")
expect_failure("pathway --epw missing" "cannot read weather file"
               "${CLI}" pathway --epw "${OUT}/no_such.epw" --json "${OUT}/none.json")
