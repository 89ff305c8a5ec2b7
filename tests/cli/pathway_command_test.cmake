# Tests of `carbontwin pathway`, run by ctest as:
#   cmake -DCLI=path -DOUT=dir -DSCENARIOS=assets/pathway/scenarios -P pathway_command_test.cmake
# The baseline and ambitious example scenarios run and write the documented JSON; the ambitious one
# emits less in 2060 and cumulatively; bad scenarios fail with the JSON path on stderr. Both base-year
# baselines run (default --baseline simulated; --baseline table) and the JSON records which was used.
cmake_minimum_required(VERSION 3.20)
file(MAKE_DIRECTORY "${OUT}")

# run_scenario(name out_var expected_baseline [extra args...])
function(run_scenario name out_var expected_baseline)
  execute_process(COMMAND "${CLI}" pathway --scenario "${SCENARIOS}/${name}.json" --json "${OUT}/${name}_${out_var}.json"
                          ${ARGN}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "pathway --scenario ${name} ${ARGN} failed (${rc}): ${err}")
  endif()
  file(READ "${OUT}/${name}_${out_var}.json" doc)
  string(JSON source ERROR_VARIABLE missing GET "${doc}" baseline source)
  if(missing OR NOT source STREQUAL expected_baseline)
    message(FATAL_ERROR "pathway ${name} ${ARGN}: baseline.source is '${source}', expected '${expected_baseline}'")
  endif()
  if(expected_baseline STREQUAL "simulated")
    string(FIND "${out}" "baseline: simulated" at)
    if(at EQUAL -1)
      message(FATAL_ERROR "pathway ${name}: the simulation's run time is not printed: ${out}")
    endif()
  endif()
  set(${out_var} "${doc}" PARENT_SCOPE)
endfunction()

run_scenario(baseline base simulated)
run_scenario(ambitious amb simulated)
run_scenario(baseline base_table table --baseline table)
run_scenario(ambitious amb_table table --baseline table)
foreach(doc base amb base_table amb_table)
  foreach(key city baseline scenario milestones years factor_sources)
    string(JSON v ERROR_VARIABLE missing GET "${${doc}}" ${key})
    if(missing)
      message(FATAL_ERROR "pathway JSON lacks '${key}'")
    endif()
  endforeach()
  string(JSON n LENGTH "${${doc}}" years)
  if(NOT n EQUAL 41)
    message(FATAL_ERROR "expected 41 years 2020-2060, got ${n}")
  endif()
endforeach()
foreach(suffix "" "_table")
  string(JSON base_cum GET "${base${suffix}}" milestones cumulative_t)
  string(JSON amb_cum GET "${amb${suffix}}" milestones cumulative_t)
  if(NOT amb_cum LESS base_cum)
    message(FATAL_ERROR "ambitious cumulative ${amb_cum} t not below baseline ${base_cum} t (${suffix})")
  endif()
  string(JSON amb_neutral GET "${amb${suffix}}" milestones neutrality_year)
  if(amb_neutral STREQUAL "null" OR amb_neutral GREATER 2060)
    message(FATAL_ERROR "ambitious scenario should reach neutrality by 2060, got ${amb_neutral} (${suffix})")
  endif()
  message(STATUS "baseline${suffix}: cumulative ${base_cum} t; ambitious ${amb_cum} t, neutral in ${amb_neutral}")
endforeach()
# The two baselines hold the same buildings: equal 2020 floor area, different intensities.
string(JSON sim_m2 GET "${base}" years 0 floor_area_m2 residential)
string(JSON tab_m2 GET "${base_table}" years 0 floor_area_m2 residential)
if(NOT sim_m2 EQUAL tab_m2)
  message(FATAL_ERROR "2020 residential floor area differs: simulated ${sim_m2}, table ${tab_m2}")
endif()

function(expect_failure description expected_text)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(rc EQUAL 0)
    message(FATAL_ERROR "${description}: expected a non-zero exit")
  endif()
  if(NOT rc MATCHES "^[0-9]+$")  # "Child aborted" …: a crash is not a reported error
    message(FATAL_ERROR "${description}: crashed (${rc}): ${err}")
  endif()
  string(FIND "${err}" "${expected_text}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${description}: stderr lacks '${expected_text}': ${err}")
  endif()
  message(STATUS "ok: ${description}: ${err}")
endfunction()
file(WRITE "${OUT}/unknown_lever.json" [=[{"levers": {"warp_drive_pct": {"start_year": 2025, "ramp_years": 5, "target": 10}}}]=])
file(WRITE "${OUT}/out_of_bounds.json" [=[{"levers": {"retrofit_rate_pct_per_yr": {"start_year": 2025, "ramp_years": 5, "target": 12}}}]=])
file(WRITE "${OUT}/bad_year.json" [=[{"levers": {"retrofit_rate_pct_per_yr": {"start_year": 1999, "ramp_years": 5, "target": 2}}}]=])
file(WRITE "${OUT}/not_json.json" "{ levers: ")
expect_failure("unknown lever" "warp_drive_pct" "${CLI}" pathway --scenario "${OUT}/unknown_lever.json" --json "${OUT}/x.json")
expect_failure("target out of bounds" "retrofit_rate_pct_per_yr" "${CLI}" pathway --scenario "${OUT}/out_of_bounds.json" --json "${OUT}/x.json")
expect_failure("start year before 2020" "start_year" "${CLI}" pathway --scenario "${OUT}/bad_year.json" --json "${OUT}/x.json")
expect_failure("malformed JSON" "not_json.json" "${CLI}" pathway --scenario "${OUT}/not_json.json" --json "${OUT}/x.json")
# Found by tests/fuzz/scenario_json_fuzz: a number beyond double range threw nlohmann's out_of_range,
# which escaped the parse_error handler and aborted the CLI.
file(WRITE "${OUT}/number_overflow.json" [=[{"options": {"weibull_shape": 1e999}}]=])
expect_failure("number overflow" "$: not valid JSON" "${CLI}" pathway --scenario "${OUT}/number_overflow.json" --json "${OUT}/x.json")
# Found by tests/fuzz/big_input: a 100 MB scenario took gigabytes; above 16 MiB it is refused (this
# one is valid JSON, an empty object padded with blanks, so only the size can make it fail).
string(REPEAT " " 17000000 blanks)
file(WRITE "${OUT}/huge.json" "{${blanks}}")
expect_failure("17 MB scenario" "bytes (16 MiB) are refused" "${CLI}" pathway --scenario "${OUT}/huge.json" --json "${OUT}/x.json")
file(REMOVE "${OUT}/huge.json")
expect_failure("unknown baseline" "--baseline" "${CLI}" pathway --baseline guess --json "${OUT}/x.json")
expect_failure("missing scenario file" "no_such.json" "${CLI}" pathway --scenario "${OUT}/no_such.json" --json "${OUT}/x.json")

# Transport levers and new transit lines: read, validated, echoed in the resolved scenario.
file(WRITE "${OUT}/new_line.json" [=[{"levers": {"ev_sales_share_pct": {"start_year": 2021, "ramp_years": 9, "target": 100},
  "transit_headway_change_pct": {"start_year": 2025, "ramp_years": 0, "target": -30}},
 "new_lines": [{"name": "Line 9", "mode": "metro", "headway_min": 4, "opening_year": 2030,
   "stops": [{"name": "A", "x_m": 0, "y_m": 0}, {"name": "B", "x_m": 2500, "y_m": -300}]}]}]=])
execute_process(COMMAND "${CLI}" pathway --baseline table --scenario "${OUT}/new_line.json" --json "${OUT}/new_line_out.json"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pathway with a new line failed (${rc}): ${err}")
endif()
file(READ "${OUT}/new_line_out.json" line_doc)
string(JSON line_name GET "${line_doc}" scenario new_lines 0 name)
string(JSON line_stop_x GET "${line_doc}" scenario new_lines 0 stops 1 x_m)
string(JSON ev_target GET "${line_doc}" scenario levers ev_sales_share_pct target)
if(NOT line_name STREQUAL "Line 9" OR NOT line_stop_x EQUAL 2500 OR NOT ev_target EQUAL 100)
  message(FATAL_ERROR "new line or transport lever not echoed: ${line_name} ${line_stop_x} ${ev_target}")
endif()
# By default the transport model runs: once for the base, once for the headway lever and once for
# the new line; each change to travel is applied from its own start (opening) year.
string(JSON transport_block ERROR_VARIABLE no_transport GET "${line_doc}" years 0 transport)
string(JSON applied ERROR_VARIABLE no_applied GET "${line_doc}" transport structural_changes_applied)
string(JSON model_runs ERROR_VARIABLE no_runs GET "${line_doc}" transport model_runs)
if(NOT no_transport STREQUAL "NOTFOUND" OR NOT applied EQUAL 2 OR NOT model_runs EQUAL 3)
  message(FATAL_ERROR "the new line's transport-model run is missing: ${no_transport} ${applied} ${model_runs}")
endif()
file(WRITE "${OUT}/bad_line.json" [=[{"new_lines": [{"name": "L", "headway_min": 4, "opening_year": 2030,
   "stops": [{"name": "A", "x_m": 0, "y_m": 0}]}]}]=])
expect_failure("a line with one stop" "$.new_lines[0].stops" "${CLI}" pathway --scenario "${OUT}/bad_line.json" --json "${OUT}/x.json")
file(WRITE "${OUT}/bad_line_year.json" [=[{"new_lines": [{"name": "L", "headway_min": 4, "opening_year": 2070,
   "stops": [{"name": "A", "x_m": 0, "y_m": 0}, {"name": "B", "x_m": 10, "y_m": 0}]}]}]=])
expect_failure("a line opening after 2060" "$.new_lines[0].opening_year" "${CLI}" pathway --scenario "${OUT}/bad_line_year.json" --json "${OUT}/x.json")

# A base-year travel activity adds transport: a transport block per year and transport emissions.
execute_process(COMMAND "${CLI}" pathway --baseline table --activity "${SCENARIOS}/../../transport/examples/synthetic_activity.json"
                        --json "${OUT}/activity_out.json"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pathway --activity failed (${rc}): ${err}")
endif()
file(READ "${OUT}/activity_out.json" act_doc)
string(JSON t2020 GET "${act_doc}" years 0 emissions_t transport scope1)
string(JSON car_vkm GET "${act_doc}" years 0 transport vehicle_km car)
string(JSON nev2060 GET "${act_doc}" years 40 transport car_nev_stock_share)
string(JSON bev_cars GET "${act_doc}" years 40 transport vehicle_stock car bev)
if(NOT t2020 GREATER 100000 OR NOT car_vkm EQUAL 1825000000 OR NOT nev2060 GREATER 0.5 OR NOT bev_cars GREATER 0)
  message(FATAL_ERROR "transport block wrong: scope1 ${t2020} t, car-km ${car_vkm}, NEV share ${nev2060}, BEV ${bev_cars}")
endif()
# The default city's own transport model: transport emissions in 2020; --transport none: none.
string(JSON m2020 GET "${base_table}" years 0 emissions_t transport scope1)
if(NOT m2020 GREATER 100000)
  message(FATAL_ERROR "the transport model's 2020 scope 1 emissions are ${m2020} t")
endif()
execute_process(COMMAND "${CLI}" pathway --baseline table --transport none --json "${OUT}/no_transport.json"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pathway --transport none failed (${rc}): ${err}")
endif()
file(READ "${OUT}/no_transport.json" none_doc)
string(JSON b2020 GET "${none_doc}" years 0 emissions_t transport scope1)
if(NOT b2020 EQUAL 0)
  message(FATAL_ERROR "transport emissions with --transport none: ${b2020}")
endif()
message(STATUS "with the synthetic activity: 2020 transport scope 1 ${t2020} t, car NEV stock share 2060 ${nev2060}")
file(WRITE "${OUT}/bad_activity.json" [=[{"population": 1000, "vehicle_km_per_day": {"plane": 5}}]=])
expect_failure("unknown mode in an activity" "$.vehicle_km_per_day.plane" "${CLI}" pathway --baseline table --activity "${OUT}/bad_activity.json" --json "${OUT}/x.json")

# Dual control (双控): per-year indicators, the scenario's target lines and carbon budget with the years
# out of bounds, the targets' round trip through the resolved scenario, and bad targets named by path.
foreach(key energy_tce co2_t energy_intensity_tce_per_10k_yuan co2_intensity_t_per_10k_yuan
            energy_tce_per_capita co2_t_per_capita gdp_10k_yuan)
  string(JSON v ERROR_VARIABLE missing GET "${none_doc}" years 0 dual_control ${key})
  if(missing OR NOT v GREATER 0)
    message(FATAL_ERROR "years[0].dual_control.${key} missing or not positive: ${v} ${missing}")
  endif()
endforeach()
string(JSON fyp_cut GET "${none_doc}" targets energy_intensity_tce_per_10k_yuan cut_pct)
string(JSON no_budget GET "${none_doc}" targets carbon_budget)
if(NOT fyp_cut EQUAL 13.5 OR NOT no_budget STREQUAL "none")
  message(FATAL_ERROR "default targets: energy intensity cut ${fyp_cut} %, budget ${no_budget}")
endif()
# A CO2 cap at the 2020 value from 2021 on (cut 0 %) flags the years above 2020; a 10 Mt budget from
# 2020 is passed within a few years and stays passed.
file(WRITE "${OUT}/dual_control.json" [=[{"dual_control": {
  "co2_t": {"cut_pct": 0, "base_year": 2020, "target_year": 2021},
  "energy_tce": {"series": [[2030, 1], [2040, 1e12]]},
  "carbon_budget": {"start_year": 2020, "cap_t": 1e7}}}]=])
execute_process(COMMAND "${CLI}" pathway --baseline table --transport none --scenario "${OUT}/dual_control.json"
                        --json "${OUT}/dual_control_out.json"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pathway with dual-control targets failed (${rc}): ${err}")
endif()
file(READ "${OUT}/dual_control_out.json" dc_doc)
string(JSON n_co2 LENGTH "${dc_doc}" targets years_out_of_bounds co2_t)
string(JSON energy_years GET "${dc_doc}" targets years_out_of_bounds energy_tce)
string(JSON first_over GET "${dc_doc}" targets first_year_over_budget)
string(JSON n_budget LENGTH "${dc_doc}" targets years_out_of_bounds carbon_budget)
string(JSON budget_0 GET "${dc_doc}" targets years_out_of_bounds carbon_budget 0)
math(EXPR expected_budget_years "2060 - ${first_over} + 1")
string(REGEX REPLACE "[ \n]" "" energy_years "${energy_years}")
if(NOT n_co2 GREATER 0 OR NOT energy_years STREQUAL "[2030]" OR NOT budget_0 EQUAL first_over
   OR NOT n_budget EQUAL expected_budget_years OR first_over LESS 2021)
  message(FATAL_ERROR "dual-control flags wrong: co2 years ${n_co2}, energy ${energy_years}, budget from ${first_over} (${n_budget})")
endif()
# Round trip: the resolved scenario's dual_control block, read back, gives the same targets.
string(JSON dc_block GET "${dc_doc}" scenario dual_control)
file(WRITE "${OUT}/dual_control_again.json" "{\"dual_control\": ${dc_block}}")
execute_process(COMMAND "${CLI}" pathway --baseline table --transport none --scenario "${OUT}/dual_control_again.json"
                        --json "${OUT}/dual_control_again_out.json"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pathway with the echoed dual_control block failed (${rc}): ${err}")
endif()
file(READ "${OUT}/dual_control_again_out.json" dc_again)
string(JSON dc_block_again GET "${dc_again}" scenario dual_control)
string(JSON t1 GET "${dc_doc}" targets)
string(JSON t2 GET "${dc_again}" targets)
if(NOT dc_block STREQUAL dc_block_again OR NOT t1 STREQUAL t2)
  message(FATAL_ERROR "dual_control round trip differs:\n${dc_block}\n${dc_block_again}")
endif()
message(STATUS "dual control: CO2 above its 2020 value in ${n_co2} years, 10 Mt budget passed in ${first_over}")
file(WRITE "${OUT}/bad_cut.json" [=[{"dual_control": {"co2_t": {"cut_pct": 150, "target_year": 2030}}}]=])
expect_failure("a cut above 100 %" "$.dual_control.co2_t.cut_pct" "${CLI}" pathway --scenario "${OUT}/bad_cut.json" --json "${OUT}/x.json")
file(WRITE "${OUT}/bad_indicator.json" [=[{"dual_control": {"energy": "none"}}]=])
expect_failure("an unknown indicator" "$.dual_control.energy" "${CLI}" pathway --scenario "${OUT}/bad_indicator.json" --json "${OUT}/x.json")
file(WRITE "${OUT}/bad_budget.json" [=[{"dual_control": {"carbon_budget": {"start_year": 2020, "cap_t": -5}}}]=])
expect_failure("a negative budget" "$.dual_control.carbon_budget.cap_t" "${CLI}" pathway --scenario "${OUT}/bad_budget.json" --json "${OUT}/x.json")
file(WRITE "${OUT}/bad_series.json" [=[{"dual_control": {"co2_t_per_capita": {"series": [[2030, 5], [2025, 4]]}}}]=])
expect_failure("a series out of order" "$.dual_control.co2_t_per_capita.series[1]: years must be increasing" "${CLI}" pathway --scenario "${OUT}/bad_series.json" --json "${OUT}/x.json")
file(WRITE "${OUT}/bad_pair.json" [=[{"dual_control": {"co2_t_per_capita": {"series": [[2030, 5], [2035]]}}}]=])
expect_failure("a series entry not a pair" "$.dual_control.co2_t_per_capita.series[1]: expected a pair" "${CLI}" pathway --scenario "${OUT}/bad_pair.json" --json "${OUT}/x.json")

# --plants: the city's own plant list replaces the default park; key emitters ranked in the JSON.
# Hand figure: a data centre of 10,000 MWh IT load × PUE 1.5 (assets/industry/route_intensity.csv) =
# 15,000 MWh × the national 2020 grid factor 0.5568 kgCO2/kWh = 8,352 t, below the ETS threshold.
file(WRITE "${OUT}/plants.csv" "name,sector,route,output,lon,lat\nCloud DC,data_centre,,10000,116.41,39.95\n")
execute_process(COMMAND "${CLI}" pathway --baseline table --transport none --plants "${OUT}/plants.csv"
                        --json "${OUT}/plants_out.json"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pathway --plants failed (${rc}): ${err}")
endif()
# The synthetic city has no lon/lat: the plant is named as not on the map, and still counted.
string(FIND "${err}" "plant 'Cloud DC' is not on the map: the city is not georeferenced" at)
if(at EQUAL -1)
  message(FATAL_ERROR "pathway --plants: no note that the lon/lat plant is not on the synthetic city's map: ${err}")
endif()
file(READ "${OUT}/plants_out.json" plants_doc)
string(JSON n_emitters LENGTH "${plants_doc}" key_emitters)
string(JSON dc_name GET "${plants_doc}" key_emitters 0 name)
string(JSON dc_t GET "${plants_doc}" key_emitters 0 net_t)
string(JSON dc_ets GET "${plants_doc}" key_emitters 0 above_ets_threshold)
if(NOT n_emitters EQUAL 1 OR NOT dc_name STREQUAL "Cloud DC" OR dc_t LESS 8351.999 OR dc_t GREATER 8352.001
   OR NOT dc_ets STREQUAL "OFF")
  message(FATAL_ERROR "key emitters from --plants wrong: ${n_emitters} plants, ${dc_name} ${dc_t} t, ETS ${dc_ets}")
endif()
message(STATUS "--plants: ${dc_name} ${dc_t} t (hand 8352)")
file(WRITE "${OUT}/bad_plants.csv" "name,sector,route,output,lon,lat\nBad,cement,cement_clinker,-5,116.4,39.9\n")
expect_failure("a negative plant output" "bad_plants.csv:2 (output)" "${CLI}" pathway --plants "${OUT}/bad_plants.csv" --json "${OUT}/x.json")

# The scenario the JSON echoes (scenario_to_json, also what the page saves and shares) reads back as the
# same scenario: run it as --scenario and get identical milestones; a wrong unit beside a lever is refused.
file(READ "${OUT}/ambitious_amb_table.json" amb_doc)
string(JSON echoed GET "${amb_doc}" scenario)
file(WRITE "${OUT}/echoed_scenario.json" "${echoed}")
execute_process(COMMAND "${CLI}" pathway --baseline table --scenario "${OUT}/echoed_scenario.json" --json "${OUT}/echoed_out.json"
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the echoed scenario did not run (${rc}): ${err}")
endif()
file(READ "${OUT}/echoed_out.json" echoed_out)
foreach(key peak_year peak_t cumulative_t neutrality_year)
  string(JSON a GET "${amb_doc}" milestones ${key})
  string(JSON b GET "${echoed_out}" milestones ${key})
  if(NOT a STREQUAL b)
    message(FATAL_ERROR "echoed scenario: milestones.${key} ${b} differs from the original's ${a}")
  endif()
endforeach()
message(STATUS "echoed scenario reads back: same milestones")
string(REGEX REPLACE "(\"unit\"[ ]*:[ ]*)\"%/yr\"" "\\1\"%\"" wrong_unit "${echoed}")
file(WRITE "${OUT}/wrong_unit.json" "${wrong_unit}")
expect_failure("a lever's unit changed" "retrofit_rate_pct_per_yr.unit" "${CLI}" pathway --scenario "${OUT}/wrong_unit.json" --json "${OUT}/x.json")

# Factor multipliers in a scenario file (what an ensemble sample varies): read, applied, bounded.
file(WRITE "${OUT}/multipliers.json" [=[{"factor_multipliers": {"electricity": 1.5}}]=])
execute_process(COMMAND "${CLI}" pathway --baseline table --transport none --scenario "${OUT}/multipliers.json" --json "${OUT}/mult_out.json"
                RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_QUIET)
execute_process(COMMAND "${CLI}" pathway --baseline table --transport none --json "${OUT}/plain_out.json"
                RESULT_VARIABLE rc2 OUTPUT_QUIET ERROR_QUIET)
if(NOT rc EQUAL 0 OR NOT rc2 EQUAL 0)
  message(FATAL_ERROR "factor_multipliers scenario failed (${rc}): ${err}")
endif()
file(READ "${OUT}/mult_out.json" mult_doc)
file(READ "${OUT}/plain_out.json" plain_doc)
string(JSON mult_cum GET "${mult_doc}" milestones cumulative_t)
string(JSON plain_cum GET "${plain_doc}" milestones cumulative_t)
string(JSON echoed_mult GET "${mult_doc}" scenario factor_multipliers electricity)
if(NOT mult_cum GREATER plain_cum OR NOT echoed_mult EQUAL 1.5)
  message(FATAL_ERROR "electricity ×1.5: cumulative ${mult_cum} vs ${plain_cum}, echoed ${echoed_mult}")
endif()
file(WRITE "${OUT}/bad_multiplier.json" [=[{"factor_multipliers": {"coal": 50}}]=])
expect_failure("a factor multiplier out of bounds" "$.factor_multipliers.coal" "${CLI}" pathway --scenario "${OUT}/bad_multiplier.json" --json "${OUT}/x.json")

# The user's own grid mix path: read, applied (2028 lies between the points 2025 → 0.40 and 2035 → 0.60:
# 0.40 + 3/10 × 0.20 = 0.46), echoed in the resolved scenario, and that echo read back gives the same
# pathway (the round trip the page's share link relies on); bad points named by JSON path.
file(WRITE "${OUT}/mix_path.json" [=[{"grid_mix_path": [{"year": 2025, "nonfossil_share": 0.40}, {"year": 2035, "nonfossil_share": 0.60}]}]=])
execute_process(COMMAND "${CLI}" pathway --baseline table --transport none --scenario "${OUT}/mix_path.json" --json "${OUT}/mix_path_out.json"
                RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "grid_mix_path scenario failed (${rc}): ${err}")
endif()
file(READ "${OUT}/mix_path_out.json" mix_doc)
string(JSON share_2028 GET "${mix_doc}" years 8 grid nonfossil_share)
string(JSON echoed_year GET "${mix_doc}" scenario grid_mix_path 1 year)
string(JSON echoed_share GET "${mix_doc}" scenario grid_mix_path 1 nonfossil_share)
if(share_2028 LESS 0.4599999 OR share_2028 GREATER 0.4600001 OR NOT echoed_year EQUAL 2035 OR NOT echoed_share EQUAL 0.6)
  message(FATAL_ERROR "grid_mix_path: 2028 share ${share_2028} (expected 0.46), echoed ${echoed_year} ${echoed_share}")
endif()
string(JSON echoed_scenario GET "${mix_doc}" scenario)
file(WRITE "${OUT}/mix_path_echo.json" "${echoed_scenario}")
execute_process(COMMAND "${CLI}" pathway --baseline table --transport none --scenario "${OUT}/mix_path_echo.json" --json "${OUT}/mix_path_echo_out.json"
                RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the echoed grid_mix_path scenario failed (${rc}): ${err}")
endif()
file(READ "${OUT}/mix_path_echo_out.json" mix_echo_doc)
string(JSON echo_cum GET "${mix_echo_doc}" milestones cumulative_t)
string(JSON mix_cum GET "${mix_doc}" milestones cumulative_t)
if(NOT echo_cum STREQUAL mix_cum)
  message(FATAL_ERROR "grid_mix_path round trip: cumulative ${echo_cum} t vs ${mix_cum} t")
endif()
file(WRITE "${OUT}/bad_mix_order.json" [=[{"grid_mix_path": [{"year": 2030, "nonfossil_share": 0.5}, {"year": 2025, "nonfossil_share": 0.6}]}]=])
expect_failure("a mix path out of order" "$.grid_mix_path[1].year: year 2025 is not after" "${CLI}" pathway --scenario "${OUT}/bad_mix_order.json" --json "${OUT}/x.json")
file(WRITE "${OUT}/bad_mix_share.json" [=[{"grid_mix_path": [{"year": 2030, "nonfossil_share": 1.5}]}]=])
expect_failure("a mix share above 1" "$.grid_mix_path[0].nonfossil_share: share 1.5 is outside [0, 1]" "${CLI}" pathway --scenario "${OUT}/bad_mix_share.json" --json "${OUT}/x.json")
file(WRITE "${OUT}/bad_mix_missing.json" [=[{"grid_mix_path": [{"year": 2030}]}]=])
expect_failure("a mix point without a share" "$.grid_mix_path[0].nonfossil_share: missing" "${CLI}" pathway --scenario "${OUT}/bad_mix_missing.json" --json "${OUT}/x.json")
file(WRITE "${OUT}/bad_mix_type.json" [=[{"grid_mix_path": {"year": 2030}}]=])
expect_failure("a mix path not an array" "$.grid_mix_path: expected an array" "${CLI}" pathway --scenario "${OUT}/bad_mix_type.json" --json "${OUT}/x.json")

# The local supply block (twin/pathway/local_supply.hpp): the default city's own plants in the hourly
# balance of every year, with the same keys as the page; +1000 MW of local PV raises local generation.
foreach(key rooftop_pv_kwh utility_pv_kwh wind_kwh chp_kwh local_generation_kwh import_kwh export_kwh curtailment_kwh
            self_sufficiency factor_kg_per_kwh buildings_factor_kg_per_kwh ev_factor_kg_per_kwh rest_factor_kg_per_kwh)
  string(JSON v ERROR_VARIABLE missing GET "${plain_doc}" years 0 local_supply ${key})
  if(missing)
    message(FATAL_ERROR "years[0].local_supply.${key} missing: ${missing}")
  endif()
endforeach()
string(JSON self0 GET "${plain_doc}" years 0 local_supply self_sufficiency)
string(JSON co2_memo GET "${plain_doc}" years 0 local_supply plants_scope1_memo co2_t)
if(NOT self0 GREATER 0 OR NOT self0 LESS 1 OR NOT co2_memo GREATER 0)
  message(FATAL_ERROR "local supply 2020: self-sufficiency ${self0}, plants' CO2 memo ${co2_memo}")
endif()
file(WRITE "${OUT}/local_pv.json" [=[{"levers": {"local_pv_added_mw": {"start_year": 2021, "ramp_years": 0, "target": 1000}}}]=])
execute_process(COMMAND "${CLI}" pathway --baseline table --transport none --scenario "${OUT}/local_pv.json" --json "${OUT}/local_pv_out.json"
                RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "local_pv_added_mw scenario failed (${rc}): ${err}")
endif()
file(READ "${OUT}/local_pv_out.json" local_pv_doc)
string(JSON pv_local GET "${local_pv_doc}" years 10 local_supply local_generation_kwh)
string(JSON plain_local GET "${plain_doc}" years 10 local_supply local_generation_kwh)
string(JSON pv_gross GET "${local_pv_doc}" years 10 gross_t)
string(JSON plain_gross GET "${plain_doc}" years 10 gross_t)
if(NOT pv_local GREATER plain_local OR NOT pv_gross LESS plain_gross)
  message(FATAL_ERROR "+1000 MW local PV in 2030: local generation ${pv_local} vs ${plain_local}, gross ${pv_gross} vs ${plain_gross}")
endif()
message(STATUS "local supply: 2020 self-sufficiency ${self0}; +1000 MW PV in 2030: gross ${plain_gross} -> ${pv_gross} t")

# --inventory-csv (twin/pathway/year_inventory.hpp, docs/inventory-export.md): every figure of the chosen
# years as activity × factor rows; the CLI checks each year's rows against the pathway's sectors and net
# (1e-9 relative) and refuses to write on a mismatch, so a written file is a passed check.
# Hand figures: a clinker kiln of 1,000,000 t/yr (cement is held at its base output) × the IPCC Tier 1
# 0.52 tCO2/t clinker = 520,000 t process CO2; with 90 % CCUS in 2030 (ramp 2025-2030) the capture row
# of processes is 520,000 × −0.9 = −468,000 t.
set(inventory_header "year,sector,subsector,gas,scope,activity,activity_unit,factor,factor_unit,source_id,source,gas_t,co2e_t")
file(WRITE "${OUT}/inv_plants.csv" "name,sector,route,output,x_m,y_m\nKiln A,cement,cement_clinker,1000000,100,100\n")
file(WRITE "${OUT}/inv_ccus.json" [=[{"levers": {"industry_ccus_pct": {"start_year": 2025, "ramp_years": 5, "target": 90}}}]=])
execute_process(COMMAND "${CLI}" pathway --baseline table --scenario "${OUT}/inv_ccus.json" --plants "${OUT}/inv_plants.csv"
                        --json "${OUT}/inv_ccus_out.json" --inventory-csv "${OUT}/inventory_all.csv"
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pathway --inventory-csv (every year) failed (${rc}): ${err}")
endif()
string(FIND "${err}" "for 41 year(s) written" at)
string(FIND "${err}" "each year's rows sum to its sectors and net" at2)
if(at EQUAL -1 OR at2 EQUAL -1)
  message(FATAL_ERROR "pathway --inventory-csv: no consistency line for 41 years: ${err}")
endif()
# (Read whole: citations hold ';', which CMake lists would split on.)
file(READ "${OUT}/inventory_all.csv" inv_csv)
string(FIND "${inv_csv}" "${inventory_header}\n" at)
if(NOT at EQUAL 0)
  message(FATAL_ERROR "inventory CSV does not start with the header '${inventory_header}'")
endif()
foreach(pattern "\n2030,industrial_processes,cement_clinker/Kiln A,co2,scope1,1000000,t clinker,0\\.52,tCO2/t clinker,ipcc"
                "\n2030,industrial_processes,plants/process/ccus_capture,co2,scope1,520000,tCO2 \\(process\\),-0\\.9,[^\n]*,-468000,-468000\n"
                "\n2030,industry,plants/combustion/ccus_capture,co2,scope1,"
                "\n2020,buildings,residential/electricity,co2,scope2,[^\n]*,kWh,[^\n]*,kgCO2/kWh,pathway_local_balance,"
                "\n2060,waste,landfill,ch4,scope1,"
                "\n2060,land_use_forestry,forest,co2,scope1,[^\n]*,ha,-")
  if(NOT inv_csv MATCHES "${pattern}")
    message(FATAL_ERROR "inventory CSV has no row matching '${pattern}'")
  endif()
endforeach()
foreach(year 2020 2045 2060)
  string(REGEX MATCHALL "\n${year}," rows_of_year "${inv_csv}")
  list(LENGTH rows_of_year n)
  if(n LESS 15)
    message(FATAL_ERROR "inventory CSV: only ${n} rows for ${year}")
  endif()
endforeach()
# --inventory-years: only the years asked for (any order), every other year absent.
execute_process(COMMAND "${CLI}" pathway --baseline table --json "${OUT}/inv_years_out.json"
                        --inventory-csv "${OUT}/inventory_years.csv" --inventory-years 2060,2020,2030
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "pathway --inventory-years failed (${rc}): ${err}")
endif()
file(READ "${OUT}/inventory_years.csv" years_csv)
string(REGEX MATCHALL "\n[0-9]+," year_starts "${years_csv}")
string(REGEX MATCHALL "\n" all_lines "${years_csv}")
list(LENGTH year_starts n_rows)
list(LENGTH all_lines n_newlines)
math(EXPR n_expected "${n_newlines} - 1")  # the last row's newline starts no row
set(seen "")
foreach(start IN LISTS year_starts)
  string(REGEX MATCH "[0-9]+" y "${start}")
  if(NOT y MATCHES "^(2020|2030|2060)$")
    message(FATAL_ERROR "--inventory-years 2060,2020,2030 wrote a row of year '${y}'")
  endif()
  list(APPEND seen ${y})
endforeach()
list(REMOVE_DUPLICATES seen)
if(NOT seen STREQUAL "2020;2030;2060" OR NOT n_rows EQUAL n_expected)
  message(FATAL_ERROR "--inventory-years 2060,2020,2030: years '${seen}' in order, ${n_rows} year-led rows of ${n_expected}")
endif()
message(STATUS "inventory CSV: ${n} rows in 2060; --inventory-years wrote ${n_rows} rows of ${seen}")
expect_failure("an inventory year out of range" "--inventory-years: year 2070 is outside 2020-2060"
               "${CLI}" pathway --json "${OUT}/x.json" --inventory-csv "${OUT}/x.csv" --inventory-years 2020,2070)
expect_failure("an inventory year that is not a number" "--inventory-years: 'abc' is not a year"
               "${CLI}" pathway --json "${OUT}/x.json" --inventory-csv "${OUT}/x.csv" --inventory-years abc)
expect_failure("an inventory year given twice" "year 2030 is given twice"
               "${CLI}" pathway --json "${OUT}/x.json" --inventory-csv "${OUT}/x.csv" --inventory-years 2030,2030)
expect_failure("--inventory-years without --inventory-csv" "--inventory-years needs --inventory-csv"
               "${CLI}" pathway --json "${OUT}/x.json" --inventory-years 2030)
# Agriculture (a line of its own, in gross and net): the default city's farmland 6625.14 ha × 170.6 kg N/ha
# = 1130.25 t N × 0.01325 × 44/28 t N2O/t N × GWP 265 = 6236.35 tCO2e, the same every year.
foreach(k 0 10 40)
  string(JSON ag GET "${base}" years ${k} agriculture_t)
  if(ag LESS 6236 OR ag GREATER 6237)
    message(FATAL_ERROR "years[${k}].agriculture_t is ${ag}, expected 6236.35 tCO2e")
  endif()
endforeach()
