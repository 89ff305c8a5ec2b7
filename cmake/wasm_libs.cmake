# ct::proj, ct::sqlite3, ct::pugixml, ct::shapelib, ct::simdjson, ct::minizip, ct::zlib: the C/C++
# libraries of geo/ under one name in both builds; ct::clp (COIN-OR Clp + CoinUtils): the LP solver of
# optimise/. Headers of Clp are included as "ClpSimplex.hpp" (the coin/ folder is on the include path).
#   wasm (EMSCRIPTEN): static libraries in ${CT_DEPS_DIR}/wasm, built by scripts/setup_wasm_libs.sh.
#   native: Debian's -dev packages through pkg-config.
# Usage (after CT_DEPS_DIR is set): include(${PROJECT_SOURCE_DIR}/cmake/wasm_libs.cmake), then
# target_link_libraries(x PRIVATE ct::proj ...). Including it twice is harmless.
if(TARGET ct::proj)
  return()
endif()

if(EMSCRIPTEN)
  set(CT_WASM_LIBS_DIR "${CT_DEPS_DIR}/wasm")
  if(NOT EXISTS "${CT_WASM_LIBS_DIR}/lib/libproj.a")
    message(FATAL_ERROR "WebAssembly libraries missing in ${CT_WASM_LIBS_DIR}: run bash scripts/setup_wasm_libs.sh")
  endif()
  # ct_wasm_lib(NAME ARCHIVE [DEPENDS ct::x ...] [OPTIONS ...]): OPTIONS go to compile and link.
  function(ct_wasm_lib name archive)
    cmake_parse_arguments(arg "" "" "DEPENDS;OPTIONS" ${ARGN})
    set(path "${CT_WASM_LIBS_DIR}/lib/${archive}")
    if(NOT EXISTS "${path}")
      message(FATAL_ERROR "${path} missing: run bash scripts/setup_wasm_libs.sh")
    endif()
    add_library(ct::${name} STATIC IMPORTED GLOBAL)
    set_target_properties(ct::${name} PROPERTIES
      IMPORTED_LOCATION "${path}"
      # (an IMPORTED target's include folders are SYSTEM: no -Wall noise from the libraries' headers)
      INTERFACE_INCLUDE_DIRECTORIES "${CT_WASM_LIBS_DIR}/include")
    if(arg_DEPENDS)
      set_property(TARGET ct::${name} PROPERTY INTERFACE_LINK_LIBRARIES ${arg_DEPENDS})
    endif()
    if(arg_OPTIONS)
      set_property(TARGET ct::${name} PROPERTY INTERFACE_COMPILE_OPTIONS ${arg_OPTIONS})
      set_property(TARGET ct::${name} PROPERTY INTERFACE_LINK_OPTIONS ${arg_OPTIONS})
    endif()
  endfunction()
  ct_wasm_lib(zlib libz.a)
  ct_wasm_lib(minizip libminizip.a DEPENDS ct::zlib)
  # Debian's minizip.pc adds -I/usr/include/minizip: the same here, so <unzip.h> works in both.
  set_property(TARGET ct::minizip APPEND PROPERTY INTERFACE_INCLUDE_DIRECTORIES "${CT_WASM_LIBS_DIR}/include/minizip")
  ct_wasm_lib(sqlite3 libsqlite3.a)
  # PROJ throws and catches C++ exceptions in ordinary calls (e.g. proj_create on an unknown code):
  # with Emscripten's default (-fignore-exceptions, catching disabled) such a throw aborts, so the
  # libraries were compiled with -fexceptions and their users compile and link with it too (a user's
  # own try/catch around pugixml/simdjson calls is likewise ignored without it).
  # (CMake passes these link options on through a static library that links the targets PRIVATE.)
  ct_wasm_lib(proj libproj.a DEPENDS ct::sqlite3 OPTIONS -fexceptions)
  ct_wasm_lib(pugixml libpugixml.a OPTIONS -fexceptions)
  ct_wasm_lib(shapelib libshp.a)
  # simdjson.h warns (#pragma message) on every 32-bit target that it uses its fallback kernel.
  ct_wasm_lib(simdjson libsimdjson.a OPTIONS -fexceptions)
  set_property(TARGET ct::simdjson APPEND PROPERTY INTERFACE_COMPILE_OPTIONS "-Wno-#pragma-messages")
  # CoinUtils/Clp throw CoinError on misuse: compiled with -fexceptions like the other C++ libraries.
  ct_wasm_lib(coinutils libCoinUtils.a OPTIONS -fexceptions)
  ct_wasm_lib(clp libClp.a DEPENDS ct::coinutils OPTIONS -fexceptions)
  set_property(TARGET ct::clp APPEND PROPERTY INTERFACE_INCLUDE_DIRECTORIES "${CT_WASM_LIBS_DIR}/include/coin")
else()
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(CT_PKG_PROJ REQUIRED IMPORTED_TARGET proj)
  pkg_check_modules(CT_PKG_SQLITE3 REQUIRED IMPORTED_TARGET sqlite3)
  pkg_check_modules(CT_PKG_PUGIXML REQUIRED IMPORTED_TARGET pugixml)
  pkg_check_modules(CT_PKG_SHAPELIB REQUIRED IMPORTED_TARGET shapelib)
  pkg_check_modules(CT_PKG_SIMDJSON REQUIRED IMPORTED_TARGET simdjson)
  pkg_check_modules(CT_PKG_MINIZIP REQUIRED IMPORTED_TARGET minizip)
  pkg_check_modules(CT_PKG_ZLIB REQUIRED IMPORTED_TARGET zlib)
  # Debian's coinor-libclp-dev: clp.pc adds -I/usr/include/coin and CoinUtils (with its BLAS/LAPACK).
  pkg_check_modules(CT_PKG_CLP REQUIRED IMPORTED_TARGET clp)
  foreach(pair proj:PROJ sqlite3:SQLITE3 pugixml:PUGIXML shapelib:SHAPELIB simdjson:SIMDJSON
               minizip:MINIZIP zlib:ZLIB clp:CLP)
    string(REPLACE ":" ";" pair "${pair}")
    list(GET pair 0 name)
    list(GET pair 1 var)
    add_library(ct::${name} INTERFACE IMPORTED GLOBAL)
    set_property(TARGET ct::${name} PROPERTY INTERFACE_LINK_LIBRARIES PkgConfig::CT_PKG_${var})
  endforeach()
endif()
