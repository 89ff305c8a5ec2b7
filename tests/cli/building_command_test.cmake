# Tests of `carbontwin building`, run by ctest as:
#   cmake -DCLI=path -DDATA=tests/data/bestest -DEPW=path.epw -DOUT=dir -P building_command_test.cmake
# Runs the four BESTEST specs, checks the JSON output (heating/cooling present and positive, FF cases
# report temperatures), and that bad specs fail with the JSON path on stderr and a non-zero exit.
cmake_minimum_required(VERSION 3.20)

function(expect_failure description needle)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(rc EQUAL 0)
    message(FATAL_ERROR "${description}: expected a non-zero exit, got 0 (stdout: ${out})")
  endif()
  if(NOT rc MATCHES "^[0-9]+$")  # "Child aborted" …: a crash is not a reported error
    message(FATAL_ERROR "${description}: crashed (${rc}):\n${err}")
  endif()
  string(FIND "${err}" "${needle}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${description}: stderr lacks '${needle}':\n${err}")
  endif()
  message(STATUS "ok: ${description} -> exit ${rc}")
endfunction()

file(MAKE_DIRECTORY "${OUT}")
foreach(case 600 900 600ff 900ff)
  set(json "${OUT}/case${case}.json")
  execute_process(COMMAND "${CLI}" building --spec "${DATA}/case${case}.json" --epw "${EPW}" --json "${json}"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "case ${case} failed (${rc}): ${err}")
  endif()
  file(READ "${json}" text)
  string(JSON hvac GET "${text}" hvac_enabled)
  string(JSON tmax GET "${text}" max_air_temperature_c)
  string(JSON residual GET "${text}" energy_balance_kwh residual)
  if(hvac)
    string(JSON heating GET "${text}" annual_heating_mwh)
    string(JSON cooling GET "${text}" annual_cooling_mwh)
    if(NOT heating GREATER 1 OR NOT cooling GREATER 1)
      message(FATAL_ERROR "case ${case}: implausible loads ${heating} / ${cooling} MWh")
    endif()
    string(FIND "${out}" "annual heating load" at)
  else()
    if(NOT tmax GREATER 40)
      message(FATAL_ERROR "case ${case}: free-float maximum ${tmax} C")
    endif()
    string(FIND "${out}" "free-float" at)
  endif()
  if(at EQUAL -1)
    message(FATAL_ERROR "case ${case}: unexpected text output:\n${out}")
  endif()
  message(STATUS "ok: case ${case} (max ${tmax} C, balance residual ${residual} kWh)")
endforeach()

file(READ "${DATA}/case600.json" good)
string(JSON bad SET "${good}" constructions LTWALL layers 1 thickness_m "-0.066")
file(WRITE "${OUT}/negative_thickness.json" "${bad}")
expect_failure("negative thickness" "/constructions/LTWALL/layers/1/thickness_m"
               "${CLI}" building --spec "${OUT}/negative_thickness.json" --epw "${EPW}")
string(JSON bad SET "${good}" envelope roof "\"NO_SUCH\"")
file(WRITE "${OUT}/unknown_construction.json" "${bad}")
expect_failure("unknown construction" "unknown construction name 'NO_SUCH'"
               "${CLI}" building --spec "${OUT}/unknown_construction.json" --epw "${EPW}")
string(JSON bad SET "${good}" windows 0 height_m 3.5)
file(WRITE "${OUT}/window_too_tall.json" "${bad}")
expect_failure("window taller than its wall" "/windows/0/height_m"
               "${CLI}" building --spec "${OUT}/window_too_tall.json" --epw "${EPW}")
string(JSON bad REMOVE "${good}" geometry length_m)
file(WRITE "${OUT}/missing_length.json" "${bad}")
expect_failure("missing field" "/geometry/length_m: missing required field"
               "${CLI}" building --spec "${OUT}/missing_length.json" --epw "${EPW}")
file(WRITE "${OUT}/nan.json" "{\"geometry\": {\"length_m\": NaN}}")
expect_failure("NaN" "not valid JSON" "${CLI}" building --spec "${OUT}/nan.json" --epw "${EPW}")
# Found by tests/fuzz/building_spec_json_fuzz: a number beyond double range threw nlohmann's
# out_of_range, which escaped the parse_error handler and aborted the CLI.
file(WRITE "${OUT}/number_overflow.json" "{\"geometry\": {\"length_m\": 1e999}}")
expect_failure("number overflow" "not valid JSON" "${CLI}" building --spec "${OUT}/number_overflow.json" --epw "${EPW}")
# Found by tests/fuzz/big_input: a 100 MB spec took gigabytes; above 16 MiB it is refused.
string(REPEAT " " 17000000 blanks)
file(WRITE "${OUT}/huge.json" "{${blanks}}")
expect_failure("17 MB spec" "bytes (16 MiB) are refused" "${CLI}" building --spec "${OUT}/huge.json" --epw "${EPW}")
file(REMOVE "${OUT}/huge.json")
expect_failure("missing weather" "cannot read weather"
               "${CLI}" building --spec "${DATA}/case600.json" --epw "${OUT}/no_such.epw")
expect_failure("no --spec" "spec" "${CLI}" building --epw "${EPW}")
