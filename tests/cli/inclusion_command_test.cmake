# Tests of `carbontwin inclusion`, run by ctest as:
#   cmake -DCLI=path -DOUT=dir -P inclusion_command_test.cmake
# One commute switch priced in 2020 equals the hand calculation (CMake has no floating-point arithmetic,
# so the printed number is matched to the hand figure's digits):
#   2 × 10 km × 250 days = 5 000 pkm;
#   petrol car 7.5 L/100 km × 0.74 kg/L × 43 070 kJ/kg ÷ 3 600 ÷ 1.4 persons = 0.474 283 kWh/pkm → 2 371.41 kWh gasoline;
#   metro 19.2 kWh/train-km ÷ 180 pkm/train-km = 0.106 667 kWh/pkm → 533.33 kWh electricity;
#   2 371.41 × 0.24948 (IPCC 69 300 kg/TJ) − 533.33 × 0.5568 (MEE/NBS 2021 national) = 591.62 − 296.96 = 294.66 kg;
#   points: 1 per gram → 294 660.
# Ten second-hand items: 10 × 0.3 × 11.2 × 0.91 = 30.576 kg. The wedge is present with a share and absent
# at 0 %; bad files fail with the JSON path of the problem.
cmake_minimum_required(VERSION 3.20)
file(MAKE_DIRECTORY "${OUT}")

function(run_ok out_var actions json)
  execute_process(COMMAND "${CLI}" inclusion --actions "${actions}" --json "${OUT}/${json}" --baseline table
                          --transport none ${ARGN}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "inclusion ${ARGN} failed (${rc}): ${err}")
  endif()
  file(READ "${OUT}/${json}" doc)
  set(${out_var} "${doc}" PARENT_SCOPE)
endfunction()

function(expect_match doc regex)
  string(JSON v GET "${doc}" ${ARGN})
  if(NOT v MATCHES "${regex}")
    message(FATAL_ERROR "inclusion JSON ${ARGN}: '${v}', expected to match '${regex}'")
  endif()
endfunction()

function(expect_failure text expected)
  file(WRITE "${OUT}/bad.json" "${text}")
  execute_process(COMMAND "${CLI}" inclusion --actions "${OUT}/bad.json" --json "${OUT}/bad_out.json" --year 2020
                          --participation-pct 0
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(rc EQUAL 0)
    message(FATAL_ERROR "inclusion accepted a bad file: ${text}")
  endif()
  string(FIND "${err}" "${expected}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "inclusion error '${err}' does not name '${expected}'")
  endif()
endfunction()

file(WRITE "${OUT}/commute.json" [=[
{"household_persons": 1,
 "commutes": [{"from": "car_petrol", "to": "metro", "one_way_km": 10, "days_per_yr": 250}],
 "secondhand_items_per_yr": 10}
]=])
run_ok(doc "${OUT}/commute.json" commute_out.json --year 2020 --participation-pct 20)
expect_match("${doc}" "^2020$" year)
expect_match("${doc}" "^0\\.556(8|79999)" grid_factor_kg_per_kwh)
expect_match("${doc}" "^commutes\\[0\\]$" actions 0 key)
expect_match("${doc}" "^294\\.66" actions 0 kg_co2_per_yr)
expect_match("${doc}" "^294660\\." actions 0 points)
expect_match("${doc}" "^5000$" actions 0 steps 0 value)
expect_match("${doc}" "^-2371\\.41" actions 0 delta_kwh transport gasoline)
expect_match("${doc}" "^533\\.33" actions 0 delta_kwh transport electricity)
expect_match("${doc}" "^secondhand$" actions 1 key)
expect_match("${doc}" "^30\\.57(5|6)" actions 1 kg_co2_per_yr)
expect_match("${doc}" "^OFF$" actions 1 in_wedge)
expect_match("${doc}" "^325\\.23" total_kg_co2_per_yr)
expect_match("${doc}" "^1000$" points_scheme points_per_kg_co2)
expect_match("${doc}" "^0\\.2" community_wedge participation_share)
expect_match("${doc}" "^-" community_wedge cumulative_t_change)
expect_match("${doc}" "^-" community_wedge peak_t_change)

run_ok(nowedge "${OUT}/commute.json" nowedge_out.json --year 2030 --participation-pct 0)
string(JSON v ERROR_VARIABLE missing GET "${nowedge}" community_wedge)
if(NOT missing)
  message(FATAL_ERROR "a 0 % share must not run the wedge")
endif()

expect_failure([=[{"commutes": [{"from": "car_petrol", "to": "metro", "one_way_km": -3, "days_per_yr": 250}]}]=]
               "$.commutes[0].one_way_km")
expect_failure([=[{"commutes": [{"from": "rocket", "to": "metro", "one_way_km": 3, "days_per_yr": 250}]}]=]
               "$.commutes[0].from: unknown mode 'rocket'")
expect_failure([=[{"rooftop_pv_kwp": "three"}]=] "$.rooftop_pv_kwp: expected a number")
expect_failure([=[{"setpoints": {"dwelling_area_m2": 80, "heating": "district_heat", "heat_lower_c": 2}}]=]
               "$.setpoints.heat_lower_c: unknown key")
expect_failure([=[{"appliances": [{"appliance": "fridge", "units": 1}]}]=] "$.appliances[0].appliance")
expect_failure([=[{"commutes": [ }]=] "$: not valid JSON")
