# CLI test of `carbontwin monitor plume`: one line, the enhancement in µg/m³, equal to the closed form
# computed by hand (python: Q/(π u σy σz) exp(−H²/2σz²) = 352.907786620976 for Q 100 g/s, u 5 m/s, urban
# D, 1 km downwind on the ground, H 50 m); bad input is refused naming the option.
#   cmake -DCLI=path -P monitor_command_test.cmake
execute_process(COMMAND "${CLI}" monitor plume --q-g-s 100 --u-m-s 5 --stability D --x-m 1000 --y-m 0 --z-m 0 --h-m 50
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
string(STRIP "${out}" out)
if(NOT rc EQUAL 0 OR NOT out MATCHES "^352\\.9077866209")
  message(FATAL_ERROR "monitor plume: got '${out}' (${rc}) ${err}, expected 352.907786620976")
endif()
message(STATUS "monitor plume: ${out} µg/m³ (hand 352.907786620976)")
foreach(case "--stability;G" "--u-m-s;0" "--z-m;-1")
  list(GET case 0 option)
  list(GET case 1 value)
  set(args --q-g-s 100 --u-m-s 5 --stability D --x-m 1000 --y-m 0 --z-m 0 --h-m 50)
  list(FIND args "${option}" at)
  math(EXPR at "${at} + 1")
  list(REMOVE_AT args ${at})
  list(INSERT args ${at} "${value}")
  execute_process(COMMAND "${CLI}" monitor plume ${args} RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
  string(REPLACE "--" "" field "${option}")
  string(REPLACE "-" "_" field "${field}")
  if(rc EQUAL 0 OR (NOT err MATCHES "${field}" AND NOT err MATCHES "stability"))
    message(FATAL_ERROR "monitor plume ${option} ${value}: expected a refusal naming it, got ${rc}: ${err}")
  endif()
  message(STATUS "ok: ${option} ${value}: ${err}")
endforeach()
