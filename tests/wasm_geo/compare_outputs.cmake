# Runs the native and the wasm ct_wasm_geo_smoke on the same proj.db and requires the same report:
# byte-identical, or numbers within 1e-9 m (the native program's --compare says which).
# cmake -DNATIVE=... -DWASM=....js -DNODE=node -DPROJ_DATA=/usr/share/proj -DOUT=dir -P compare_outputs.cmake
cmake_minimum_required(VERSION 3.20)
foreach(var NATIVE WASM NODE PROJ_DATA OUT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "compare_outputs.cmake: -D${var}=... missing")
  endif()
endforeach()
file(MAKE_DIRECTORY "${OUT}/native" "${OUT}/wasm")
execute_process(COMMAND "${NATIVE}" "${PROJ_DATA}" "${OUT}/native" RESULT_VARIABLE rc_native
                OUTPUT_FILE "${OUT}/native.txt" ERROR_FILE "${OUT}/native.err")
execute_process(COMMAND "${NODE}" --no-experimental-fetch "${WASM}" "${PROJ_DATA}" "${OUT}/wasm"
                RESULT_VARIABLE rc_wasm OUTPUT_FILE "${OUT}/wasm.txt" ERROR_FILE "${OUT}/wasm.err")
if(NOT rc_native EQUAL 0 OR NOT rc_wasm EQUAL 0)
  message(FATAL_ERROR "smoke runs failed: native ${rc_native}, wasm ${rc_wasm}; see ${OUT}/*.txt and ${OUT}/*.err")
endif()
execute_process(COMMAND "${NATIVE}" --compare "${OUT}/native.txt" "${OUT}/wasm.txt"
                RESULT_VARIABLE rc_compare OUTPUT_VARIABLE verdict)
file(READ "${OUT}/wasm.txt" wasm)
if(NOT rc_compare EQUAL 0)
  message(FATAL_ERROR "native and wasm smoke outputs differ: ${verdict}compare ${OUT}/native.txt and ${OUT}/wasm.txt")
endif()
message(STATUS "${verdict}${wasm}")
