# Tests of `carbontwin ensemble`, run by ctest as:
#   cmake -DCLI=path -DOUT=dir -DSCENARIOS=assets/pathway/scenarios [-DMPI_CLI=carbontwin-mpi -DMPIEXEC=mpirun]
#         -P ensemble_command_test.cmake
# The same seed writes the same bytes; another seed writes other numbers; the JSON holds 41 years of
# ordered percentile bands and a non-decreasing probability of having peaked; bad input fails with the
# place named. With MPI (carbontwin-mpi and mpirun given), `mpirun -np 2` writes a file byte-identical
# to the serial run; without, that part is skipped with a message.
cmake_minimum_required(VERSION 3.20)
file(MAKE_DIRECTORY "${OUT}")
set(common --scenario "${SCENARIOS}/baseline.json" --samples 120 --baseline table)

function(run_ok description)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${description} failed (${rc}): ${err}")
  endif()
endfunction()

run_ok("serial run, seed 7" "${CLI}" ensemble ${common} --seed 7 --json "${OUT}/serial_a.json")
run_ok("serial run again, seed 7" "${CLI}" ensemble ${common} --seed 7 --json "${OUT}/serial_b.json")
run_ok("serial run, seed 8" "${CLI}" ensemble ${common} --seed 8 --json "${OUT}/serial_c.json")
file(READ "${OUT}/serial_a.json" a)
file(READ "${OUT}/serial_b.json" b)
file(READ "${OUT}/serial_c.json" c)
if(NOT a STREQUAL b)
  message(FATAL_ERROR "two serial runs with seed 7 differ")
endif()
string(JSON a_p50 GET "${a}" net_t p50 40)
string(JSON c_p50 GET "${c}" net_t p50 40)
if(a_p50 STREQUAL c_p50)
  message(FATAL_ERROR "seeds 7 and 8 give the same 2060 median (${a_p50}): the seed is not used")
endif()

# Structure: 41 years, ordered bands, probabilities in [0, 1] and non-decreasing, 120 samples counted.
string(JSON n LENGTH "${a}" years)
string(JSON samples GET "${a}" ensemble samples)
string(JSON inputs LENGTH "${a}" inputs)
if(NOT n EQUAL 41 OR NOT samples EQUAL 120 OR NOT inputs EQUAL 15)
  message(FATAL_ERROR "expected 41 years, 120 samples and 15 inputs, got ${n}, ${samples}, ${inputs}")
endif()
foreach(k 0 10 40)
  string(JSON p5 GET "${a}" gross_t p5 ${k})
  string(JSON p50 GET "${a}" gross_t p50 ${k})
  string(JSON p95 GET "${a}" gross_t p95 ${k})
  if(p5 GREATER p50 OR p50 GREATER p95 OR p5 EQUAL p95)
    message(FATAL_ERROR "gross bands of year index ${k} not ordered and spread: ${p5} ${p50} ${p95}")
  endif()
endforeach()
set(previous 0)
foreach(k RANGE 40)
  string(JSON p GET "${a}" peaked_by_probability ${k})
  if(p LESS previous OR p GREATER 1)
    message(FATAL_ERROR "peaked_by_probability[${k}] = ${p} after ${previous}")
  endif()
  set(previous ${p})
endforeach()
message(STATUS "seed 7: 2060 net median ${a_p50} t (seed 8: ${c_p50} t); P(peaked by 2060) ${previous}")

function(expect_failure description expected_text)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(rc EQUAL 0)
    message(FATAL_ERROR "${description}: expected a non-zero exit")
  endif()
  if(NOT rc MATCHES "^[0-9]+$")
    message(FATAL_ERROR "${description}: crashed (${rc}): ${err}")
  endif()
  string(FIND "${err}" "${expected_text}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${description}: stderr lacks '${expected_text}': ${err}")
  endif()
  message(STATUS "ok: ${description}")
endfunction()
expect_failure("zero samples" "--samples" "${CLI}" ensemble --scenario "${SCENARIOS}/baseline.json" --samples 0
               --json "${OUT}/x.json")
file(WRITE "${OUT}/bad_inputs.csv" "input,kind,mode,distribution,p1,p2,p3,unit,source_id,source,note\n"
                                   "heat_pump_scop,lever,multiply,normal,1,-0.1,,-,x,src,\n")
expect_failure("bad inputs table" "bad_inputs.csv:2 (p1-p3): standard deviation -0.1 must be > 0"
               "${CLI}" ensemble ${common} --inputs "${OUT}/bad_inputs.csv" --json "${OUT}/x.json")
file(WRITE "${OUT}/bad_scenario.json" [=[{"levers": {"heat_pump_scop": {"target": 99}}}]=])
expect_failure("bad scenario" "heat_pump_scop" "${CLI}" ensemble --scenario "${OUT}/bad_scenario.json"
               --samples 10 --baseline table --json "${OUT}/x.json")

# MPI: 2 ranks write the serial run's bytes.
if(MPI_CLI AND MPIEXEC AND EXISTS "${MPI_CLI}")
  run_ok("mpirun -np 2" "${MPIEXEC}" --allow-run-as-root --oversubscribe -np 2 "${MPI_CLI}" ensemble ${common}
         --seed 7 --json "${OUT}/mpi_2.json")
  file(READ "${OUT}/mpi_2.json" m)
  if(NOT m STREQUAL a)
    message(FATAL_ERROR "mpirun -np 2 wrote a different file than the serial run (${OUT}/mpi_2.json vs serial_a.json)")
  endif()
  run_ok("mpirun -np 3" "${MPIEXEC}" --allow-run-as-root --oversubscribe -np 3 "${MPI_CLI}" ensemble ${common}
         --seed 7 --json "${OUT}/mpi_3.json")
  file(READ "${OUT}/mpi_3.json" m3)
  if(NOT m3 STREQUAL a)
    message(FATAL_ERROR "mpirun -np 3 wrote a different file than the serial run")
  endif()
  message(STATUS "ok: mpirun -np 2 and -np 3 are byte-identical to the serial run")
else()
  message(STATUS "skipped: MPI comparison (carbontwin-mpi or mpirun absent: apt-get install libopenmpi-dev openmpi-bin)")
endif()
