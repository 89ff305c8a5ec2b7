# `carbontwin energy --scenario FILE --year Y`: a pathway year's drivers (twin/pathway/local_supply.hpp)
# balanced over the full 8760 hours. Run by ctest as:
#   cmake -DCLI=path -DOUT=dir -DSCENARIOS=assets/pathway/scenarios -P energy_scenario_test.cmake
# Checks: the full year runs with the pathway's grid factor of the year; its factor of the electricity
# used is within 3 % of the pathway's representative-day factor (2030: 0.3656 vs 0.3646 today); 1000 MW
# of local PV from the scenario raises utility PV and lowers imports; a year outside 2020-2060 is refused.
file(MAKE_DIRECTORY "${OUT}")
execute_process(COMMAND "${CLI}" energy --scenario "${SCENARIOS}/baseline.json" --year 2030 --json "${OUT}/e2030.json"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "energy --scenario failed (${rc}): ${err}")
endif()
execute_process(COMMAND "${CLI}" pathway --scenario "${SCENARIOS}/baseline.json" --json "${OUT}/p.json"
                RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pathway failed (${rc}): ${err}")
endif()
file(READ "${OUT}/e2030.json" e)
file(READ "${OUT}/p.json" p)
string(JSON hours GET "${e}" hours)
string(JSON grid_e GET "${e}" electricity grid_factor_kg_per_kwh)
string(JSON grid_p GET "${p}" years 10 grid_factor_kg_per_kwh)
string(JSON f_full GET "${e}" electricity electricity_factor_kg_per_kwh)
string(JSON f_rep GET "${p}" years 10 local_supply factor_kg_per_kwh)
string(SUBSTRING "${grid_e}" 0 8 grid_e6)  # energy JSON prints 10 significant digits: compare 6 decimals
string(SUBSTRING "${grid_p}" 0 8 grid_p6)
if(NOT hours EQUAL 8760 OR NOT grid_e6 STREQUAL grid_p6)
  message(FATAL_ERROR "energy --scenario 2030: ${hours} hours, grid factor ${grid_e} vs the pathway's ${grid_p}")
endif()
# |f_full − f_rep| ≤ 3 % of f_full, in units of 1e-4 kg/kWh (CMake's math is integer-only; both factors
# are below 1 kg/kWh, so their first four decimals are the integer).
string(REGEX REPLACE "^0\\.([0-9][0-9][0-9][0-9]).*" "\\1" full4 "${f_full}")
string(REGEX REPLACE "^0\\.([0-9][0-9][0-9][0-9]).*" "\\1" rep4 "${f_rep}")
math(EXPR diff "${full4} - ${rep4}")
if(diff LESS 0)
  math(EXPR diff "-${diff}")
endif()
math(EXPR limit "${full4} * 3 / 100")
if(diff GREATER limit)
  message(FATAL_ERROR "2030 factor of the electricity used: full year ${f_full}, representative days ${f_rep} (> 3 %)")
endif()
message(STATUS "2030: full-year factor ${f_full}, representative days ${f_rep} kgCO2/kWh")

file(WRITE "${OUT}/pv.json" [=[{"levers": {"local_pv_added_mw": {"start_year": 2021, "ramp_years": 0, "target": 1000}}}]=])
execute_process(COMMAND "${CLI}" energy --scenario "${OUT}/pv.json" --year 2030 --json "${OUT}/e2030pv.json"
                RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "energy --scenario pv.json failed (${rc}): ${err}")
endif()
file(READ "${OUT}/e2030pv.json" epv)
string(JSON pv0 GET "${e}" electricity utility_pv_kwh)
string(JSON pv1 GET "${epv}" electricity utility_pv_kwh)
string(JSON imp0 GET "${e}" electricity import_kwh)
string(JSON imp1 GET "${epv}" electricity import_kwh)
if(NOT pv1 GREATER pv0 OR NOT imp1 LESS imp0)
  message(FATAL_ERROR "+1000 MW PV: utility PV ${pv0} -> ${pv1}, import ${imp0} -> ${imp1}")
endif()

execute_process(COMMAND "${CLI}" energy --scenario "${SCENARIOS}/baseline.json" --year 2061 --json "${OUT}/x.json"
                RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_QUIET)
if(rc EQUAL 0 OR NOT err MATCHES "outside the pathway's years")
  message(FATAL_ERROR "--year 2061 with a scenario: rc ${rc}, stderr: ${err}")
endif()
message(STATUS "ok: energy --scenario")
