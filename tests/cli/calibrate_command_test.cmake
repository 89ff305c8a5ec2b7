# Tests of `carbontwin calibrate`, run by ctest as:
#   cmake -DCLI=path -DOUT=dir -P calibrate_command_test.cmake
# A balance table and a meter folder written here give a JSON report with the gap, the factors and
# the Guideline 14 statistics; a bad table, a GBK table, a bad meter file and an unknown building fail
# with messages naming the line and field, and write no report.
cmake_minimum_required(VERSION 3.20)
file(REMOVE_RECURSE "${OUT}")
file(MAKE_DIRECTORY "${OUT}/meters" "${OUT}/bad_meters" "${OUT}/unknown_meters")

function(run description)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${description} failed (${rc}): ${err}")
  endif()
  set(run_out "${out}" PARENT_SCOPE)
endfunction()

# Must fail, with `expected` in its error output.
function(run_fails description expected)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(rc EQUAL 0)
    message(FATAL_ERROR "${description} succeeded; expected a failure")
  endif()
  string(FIND "${err}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${description}: the error lacks '${expected}': ${err}")
  endif()
endfunction()

file(WRITE "${OUT}/balance.csv"
"# synthetic test table
sector,electricity,coal,natural_gas,oil,gasoline,lpg,heat
unit,10^4 kWh,10^4 t,10^4 m3,t,t,t,GJ
residential,152000,3.1,41000,-,,8200,2300000
commercial,189000,0,23000,1500,,,1800000
industry,640000,95,60000,42000,,,
transport,21000,,3000,380000,520000,,
energy_supply,85000,410,,,,,
")
file(WRITE "${OUT}/meters/3.csv" "time,kwh\n2020-01-01 00:00,10\n2020-01-01 01:00,12\n2020-01-01 02:00,\n2020-01-01 03:00,9\n")
file(WRITE "${OUT}/meters/second.csv" "# building: 4\nhour,kwh\n10,5\n11,6\n12,7\n")

run("calibrate" "${CLI}" calibrate --balance "${OUT}/balance.csv" --meters "${OUT}/meters" --baseline table
    --transport none --json "${OUT}/report.json")
string(FIND "${run_out}" "residential  electricity" at)
if(at EQUAL -1)
  message(FATAL_ERROR "the printed table lacks the residential electricity row: ${run_out}")
endif()
file(READ "${OUT}/report.json" report)
foreach(key city base_year model emission_factors_kg_per_kwh calibration)
  string(JSON type ERROR_VARIABLE missing TYPE "${report}" ${key})
  if(missing)
    message(FATAL_ERROR "the report lacks '${key}'")
  endif()
endforeach()
string(JSON year GET "${report}" base_year)
if(NOT year EQUAL 2020)
  message(FATAL_ERROR "base year ${year}, expected 2020")
endif()
# Residential electricity: 152 000 × 10^4 kWh = 1.52e9 kWh observed.
string(JSON n LENGTH "${report}" calibration cells)
set(found OFF)
math(EXPR last "${n} - 1")
foreach(i RANGE ${last})
  string(JSON sector GET "${report}" calibration cells ${i} sector)
  string(JSON carrier GET "${report}" calibration cells ${i} carrier)
  if(sector STREQUAL "residential" AND carrier STREQUAL "electricity")
    string(JSON observed GET "${report}" calibration cells ${i} observed_kwh)
    string(JSON rule GET "${report}" calibration cells ${i} rule)
    if(NOT observed EQUAL 1520000000 OR NOT rule STREQUAL "scaled")
      message(FATAL_ERROR "residential electricity: observed ${observed}, rule ${rule}")
    endif()
    set(found ON)
  endif()
  if(sector STREQUAL "commercial" AND carrier STREQUAL "coal")
    string(JSON rule GET "${report}" calibration cells ${i} rule)
    string(JSON factor GET "${report}" calibration cells ${i} factor)
    # A reported 0: zeroed (factor 0) if the model has commercial coal, else both zero.
    if(NOT (rule STREQUAL "zeroed" AND factor EQUAL 0) AND NOT rule STREQUAL "both_zero")
      message(FATAL_ERROR "commercial coal (a reported 0): rule ${rule}, factor ${factor}")
    endif()
  endif()
endforeach()
if(NOT found)
  message(FATAL_ERROR "no residential electricity cell in the report")
endif()
string(JSON supply GET "${report}" calibration energy_supply_kwh electricity)
if(NOT supply EQUAL 850000000)
  message(FATAL_ERROR "energy supply electricity ${supply}, expected 850000000 kWh")
endif()
string(JSON meters LENGTH "${report}" calibration meters buildings)
if(NOT meters EQUAL 2)
  message(FATAL_ERROR "${meters} meter comparisons, expected 2")
endif()
string(JSON key GET "${report}" calibration meters buildings 0 building_key)
string(JSON hours GET "${report}" calibration meters buildings 0 hours_compared)
string(JSON empty GET "${report}" calibration meters buildings 0 empty_hours)
string(JSON cv TYPE "${report}" calibration meters buildings 0 cv_rmse_pct)
if(NOT key STREQUAL "3" OR NOT hours EQUAL 3 OR NOT empty EQUAL 1 OR NOT cv STREQUAL "NUMBER")
  message(FATAL_ERROR "meter 3.csv: key ${key}, ${hours} hours, ${empty} empty, cv ${cv}")
endif()
string(JSON key GET "${report}" calibration meters buildings 1 building_key)
if(NOT key STREQUAL "4")
  message(FATAL_ERROR "second.csv's '# building: 4' line was not used: key ${key}")
endif()

# JSON to stdout.
run("calibrate --json -" "${CLI}" calibrate --balance "${OUT}/balance.csv" --baseline table --transport none --json -)
string(JSON total TYPE "${run_out}" calibration gap_total)
if(NOT total STREQUAL "OBJECT")
  message(FATAL_ERROR "--json - did not print the report: ${run_out}")
endif()

# Bad input: clear errors, no report.
file(WRITE "${OUT}/bad.csv" "sector,electricity (kWh),coal (t)\nresidential,100,abc\nshipping,1,1\n")
run_fails("bad table" "line 2: column 'coal (t)': 'abc' is not a number"
          "${CLI}" calibrate --balance "${OUT}/bad.csv" --baseline table --transport none --json "${OUT}/bad.json")
run_fails("bad table, second error" "line 3: unknown sector 'shipping'"
          "${CLI}" calibrate --balance "${OUT}/bad.csv" --baseline table --transport none --json "${OUT}/bad.json")
if(EXISTS "${OUT}/bad.json")
  message(FATAL_ERROR "a report was written for a bad table")
endif()
# GBK bytes for 电力 (C9 E7 C1 A6): refused, naming the conversion.
string(ASCII 201 231 193 166 gbk)
file(WRITE "${OUT}/gbk.csv" "sector,${gbk}\nresidential,1\n")
run_fails("GBK table" "GB18030" "${CLI}" calibrate --balance "${OUT}/gbk.csv" --json "${OUT}/gbk.json")
run_fails("missing table" "cannot read balance table" "${CLI}" calibrate --balance "${OUT}/none.csv" --json "${OUT}/x.json")
file(WRITE "${OUT}/bad_meters/7.csv" "time,kwh\n2020-01-01 00:00,1\n2020-01-01 00:30,2\n")
run_fails("bad meter" "7.csv: line 3: field 'time'" "${CLI}" calibrate --balance "${OUT}/balance.csv"
          --meters "${OUT}/bad_meters" --baseline table --transport none --json "${OUT}/x.json")
file(WRITE "${OUT}/unknown_meters/way_1.csv" "time,kwh\n2020-01-01 00:00,1\n")
run_fails("unknown building" "building 'way_1' is neither a source id" "${CLI}" calibrate --balance "${OUT}/balance.csv"
          --meters "${OUT}/unknown_meters" --baseline table --transport none --json "${OUT}/x.json")
