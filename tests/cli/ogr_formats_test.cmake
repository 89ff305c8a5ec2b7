# Tests of the formats the CLI reads and writes through GDAL/OGR (cli/ogr_source.hpp, cli/gpkg_export.hpp),
# run by ctest as:
#   cmake -DCLI=path -DOUT=dir -DDATA=../shared/data/citymodels -P ogr_formats_test.cmake
# The fixtures are made here with GDAL's own ogr2ogr (gdal-bin, installed by scripts/setup.sh) from the
# Lujiazui GeoJSON pair, and their imports must equal the GeoJSON import of the same data — the same
# numbers reached through an independent writer (ogr2ogr) and another file format:
#   lz.gpkg     buildings + roads as two layers of one GeoPackage (WGS84)
#   b.fgb       the buildings as FlatGeobuf, without its spatial index (-lco SPATIAL_INDEX=NO: the index
#               reorders features by Hilbert curve, and the order decides which of two overlapping
#               footprints gives up the overlap; the totals then differ slightly)
#   b4527.gpkg  the buildings reprojected by ogr2ogr (PROJ) to EPSG:4527, CGCS2000 3-degree GK zone 39,
#               so the CRS must come from the file
# -unsetFid keeps the tiles' "id" property a field (ogr2ogr would otherwise make it the FID and fail on
# the pieces of one building that share it, SOURCE.md "clipped at tile boundaries").
# Then `export --gpkg` is read back with ogrinfo / ogr2ogr: count, CRS, typed fields, the same values and
# coordinates as the GeoJSON export. Bad files fail with a message naming the file, never a crash.
cmake_minimum_required(VERSION 3.20)
file(REMOVE_RECURSE "${OUT}")
file(MAKE_DIRECTORY "${OUT}")

# gdal-bin is a test dependency that setup installs: missing, the test fails (it never skips).
find_program(OGR2OGR ogr2ogr)
find_program(OGRINFO ogrinfo)
if(NOT OGR2OGR OR NOT OGRINFO)
  message(FATAL_ERROR "ogr2ogr/ogrinfo not found: install gdal-bin (bash scripts/setup.sh does)")
endif()

function(run description)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${description} failed (${rc}): ${err}")
  endif()
  set(run_out "${out}" PARENT_SCOPE)
  set(run_err "${err}" PARENT_SCOPE)
endfunction()

function(expect_failure description expected_text)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(rc EQUAL 0 OR NOT rc MATCHES "^[0-9]+$")
    message(FATAL_ERROR "${description}: expected a non-zero exit, got '${rc}'")
  endif()
  foreach(text IN ITEMS ${expected_text})
    string(FIND "${err}" "${text}" at)
    if(at EQUAL -1)
      message(FATAL_ERROR "${description}: stderr lacks '${text}': ${err}")
    endif()
  endforeach()
  message(STATUS "ok: ${description}: ${err}")
endfunction()

function(expect_contains description haystack needle)
  string(FIND "${haystack}" "${needle}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${description}: lacks '${needle}': ${haystack}")
  endif()
endfunction()

# A decimal number (as JSON or ogrinfo print it, no exponent) in hundredths, as an integer, so that CMake's
# integer math can take differences.
function(to_centi value out_var)
  if(NOT value MATCHES "^(-?)([0-9]+)(\\.([0-9]*))?$")
    message(FATAL_ERROR "not a plain decimal number: ${value}")
  endif()
  set(sign "${CMAKE_MATCH_1}")
  set(whole "${CMAKE_MATCH_2}")
  string(SUBSTRING "${CMAKE_MATCH_4}00" 0 2 hundredths)
  math(EXPR centi "${whole} * 100 + ${hundredths}")
  set(${out_var} "${sign}${centi}" PARENT_SCOPE)
endfunction()

function(expect_close description got want tolerance_centi)
  to_centi("${got}" g)
  to_centi("${want}" w)
  math(EXPR d "${g} - ${w}")
  if(d LESS -${tolerance_centi} OR d GREATER ${tolerance_centi})
    message(FATAL_ERROR "${description}: ${got}, expected ${want} (± ${tolerance_centi} hundredths)")
  endif()
endfunction()

set(B "${DATA}/osm_shanghai_lujiazui_tilezen/buildings.geojson")
set(R "${DATA}/osm_shanghai_lujiazui_tilezen/roads.geojson")
run("ogr2ogr → lz.gpkg buildings" "${OGR2OGR}" -f GPKG -unsetFid -nln buildings "${OUT}/lz.gpkg" "${B}")
run("ogr2ogr → lz.gpkg roads" "${OGR2OGR}" -f GPKG -update -unsetFid -nln roads "${OUT}/lz.gpkg" "${R}")
run("ogr2ogr → b.fgb" "${OGR2OGR}" -f FlatGeobuf -unsetFid -lco SPATIAL_INDEX=NO "${OUT}/b.fgb" "${B}")
run("ogr2ogr → b4527.gpkg" "${OGR2OGR}" -f GPKG -unsetFid -t_srs EPSG:4527 -nln buildings "${OUT}/b4527.gpkg" "${B}")

# References: the GeoJSON files through geo/'s own reader.
run("import GeoJSON pair" "${CLI}" import --in "${B}" --in "${R}" --out "${OUT}/pair.ctcity" --json "${OUT}/pair.json")
file(READ "${OUT}/pair.json" pair)
run("import GeoJSON buildings" "${CLI}" import --in "${B}" --out "${OUT}/b.ctcity" --json "${OUT}/b.json")
file(READ "${OUT}/b.json" ref)

function(expect_same_as reference report what)
  foreach(key buildings_read buildings_imported footprint_area_m2 floor_area_m2 heights_inferred uses_inferred
              road_links population jobs)
    string(JSON want GET "${reference}" ${key})
    string(JSON got GET "${report}" ${key})
    if(NOT got STREQUAL want)
      message(FATAL_ERROR "${what}: ${key} = ${got}, the GeoJSON import gives ${want}")
    endif()
  endforeach()
endfunction()

# 1. A two-layer GeoPackage = the GeoJSON pair: 1430 buildings read, 1303 imported, 4908 road links.
run("import lz.gpkg" "${CLI}" import --in "${OUT}/lz.gpkg" --out "${OUT}/lz.ctcity" --json "${OUT}/lz.json")
file(READ "${OUT}/lz.json" lz)
expect_same_as("${pair}" "${lz}" "lz.gpkg")
string(JSON read GET "${lz}" buildings_read)
string(JSON links GET "${lz}" road_links)
string(JSON roads_km GET "${lz}" road_length_km_by_class)
string(JSON roads_km_ref GET "${pair}" road_length_km_by_class)
if(NOT read EQUAL 1430 OR NOT links EQUAL 4908 OR NOT roads_km STREQUAL roads_km_ref)
  message(FATAL_ERROR "lz.gpkg: ${read} buildings read (1430), ${links} road links (4908), roads ${roads_km}")
endif()
string(JSON file0 GET "${lz}" files 0 file)
string(JSON file1 GET "${lz}" files 1 file)
string(JSON crs GET "${lz}" crs definition)
if(NOT file0 STREQUAL "lz.gpkg:buildings" OR NOT file1 STREQUAL "lz.gpkg:roads" OR NOT crs STREQUAL "EPSG:4326")
  message(FATAL_ERROR "lz.gpkg: layers named '${file0}', '${file1}', CRS ${crs}")
endif()

# 2. FlatGeobuf = the GeoJSON buildings, to the last digit.
run("import b.fgb" "${CLI}" import --in "${OUT}/b.fgb" --out "${OUT}/fgb.ctcity" --json "${OUT}/fgb.json")
file(READ "${OUT}/fgb.json" fgb)
expect_same_as("${ref}" "${fgb}" "b.fgb")

# 3. Reprojected to EPSG:4527: the CRS comes from the file; the counts are equal and the footprint area
# within 0.1 m² of 1 124 379 m² (1e-7: the tmerc round trip through ogr2ogr and back moves vertices by
# nanometres; 0.0003 m² was seen).
run("import b4527.gpkg" "${CLI}" import --in "${OUT}/b4527.gpkg" --out "${OUT}/b4527.ctcity" --json "${OUT}/b4527.json")
file(READ "${OUT}/b4527.json" gk)
string(JSON crs GET "${gk}" crs definition)
string(JSON how GET "${gk}" crs how)
if(NOT crs STREQUAL "EPSG:4527" OR NOT how MATCHES "declared")
  message(FATAL_ERROR "b4527.gpkg: CRS ${crs} (${how}), expected EPSG:4527 declared in the file")
endif()
foreach(key buildings_read buildings_imported)
  string(JSON want GET "${ref}" ${key})
  string(JSON got GET "${gk}" ${key})
  if(NOT got EQUAL want)
    message(FATAL_ERROR "b4527.gpkg: ${key} = ${got}, the GeoJSON import gives ${want}")
  endif()
endforeach()
string(JSON want GET "${ref}" footprint_area_m2)
string(JSON got GET "${gk}" footprint_area_m2)
expect_close("b4527.gpkg footprint_area_m2" "${got}" "${want}" 10)

# 4. A layer without geometry beside the others is left out with a warning in the report, not silently.
file(WRITE "${OUT}/lookup.csv" "code,label\nR2,residential\nB1,retail\n")
file(COPY_FILE "${OUT}/lz.gpkg" "${OUT}/mixed.gpkg")
run("ogr2ogr → mixed.gpkg lookup" "${OGR2OGR}" -f GPKG -update -nln lookup "${OUT}/mixed.gpkg" "${OUT}/lookup.csv")
run("import mixed.gpkg" "${CLI}" import --in "${OUT}/mixed.gpkg" --out "${OUT}/mixed.ctcity" --json "${OUT}/mixed.json")
expect_contains("import mixed.gpkg output" "${run_out}" "mixed.gpkg:lookup: layer not imported: it has no geometry column")
file(READ "${OUT}/mixed.json" mixed)
expect_same_as("${pair}" "${mixed}" "mixed.gpkg")
string(JSON warnings_ref GET "${pair}" warning_count)
string(JSON warnings GET "${mixed}" warning_count)
math(EXPR expected_warnings "${warnings_ref} + 1")
expect_contains("mixed.gpkg report" "${mixed}" "\"file\": \"mixed.gpkg:lookup\"")
if(NOT warnings EQUAL expected_warnings)
  message(FATAL_ERROR "mixed.gpkg: warning_count ${warnings}, expected ${expected_warnings}")
endif()

# 5. Bad files: a clear message naming the file, a non-zero exit.
file(WRITE "${OUT}/junk.gpkg" "not a GeoPackage at all\n")
expect_failure("not a GeoPackage" "junk.gpkg;cannot open it as vector data" "${CLI}" import --in "${OUT}/junk.gpkg"
               --out "${OUT}/x.ctcity")
run("ogr2ogr → attributes.gpkg" "${OGR2OGR}" -f GPKG -nln lookup "${OUT}/attributes.gpkg" "${OUT}/lookup.csv")
expect_failure("only an attribute table" "attributes.gpkg;none of its layers has a geometry column ('lookup')"
               "${CLI}" import --in "${OUT}/attributes.gpkg" --out "${OUT}/x.ctcity")
execute_process(COMMAND head -c 600000 "${OUT}/lz.gpkg" OUTPUT_FILE "${OUT}/truncated.gpkg")
expect_failure("truncated GeoPackage" "truncated.gpkg;malformed" "${CLI}" import --in "${OUT}/truncated.gpkg"
               --out "${OUT}/x.ctcity")
# 8 KiB of 0xFF over the buildings' table pages: SQLite opens the file, then fails part-way through the
# layer, which must not pass for its end.
execute_process(COMMAND sh -c "head -c 500000 lz.gpkg; head -c 8192 /dev/zero | tr '\\000' '\\377'; tail -c +508193 lz.gpkg"
                WORKING_DIRECTORY "${OUT}" OUTPUT_FILE "${OUT}/corrupt.gpkg")
expect_failure("corrupt GeoPackage" "corrupt.gpkg;malformed" "${CLI}" import --in "${OUT}/corrupt.gpkg"
               --out "${OUT}/x.ctcity")
expect_failure("missing GeoPackage" "none.gpkg" "${CLI}" import --in "${OUT}/none.gpkg" --out "${OUT}/x.ctcity")
file(WRITE "${OUT}/city.gml" "<?xml version=\"1.0\"?>\n<CityModel xmlns=\"http://www.opengis.net/citygml/2.0\"></CityModel>\n")
expect_failure("CityGML" "city.gml;CityJSON" "${CLI}" import --in "${OUT}/city.gml" --out "${OUT}/x.ctcity")

# 6. export --gpkg (beside --geojson) of the EPSG:4527 city, read back by ogrinfo and ogr2ogr.
run("export --gpkg --geojson" "${CLI}" export --city "${OUT}/b4527.ctcity" --gpkg "${OUT}/export.gpkg"
    --geojson "${OUT}/export.geojson")
run("ogrinfo -so export.gpkg" "${OGRINFO}" -so "${OUT}/export.gpkg" buildings)
set(info "${run_out}")
foreach(line "Geometry: Polygon" "Feature Count: 1303" "ID[\"EPSG\",4527]" "source_id: String" "use: String"
             "floors: Integer64" "height_m: Real" "construction_year: Integer64" "heating_system: String"
             "inferred: String" "floor_area_m2: Real" "eui_kwh_m2: Real" "scope1_t: Real" "scope2_t: Real"
             "pv_kwh: Real")
  expect_contains("ogrinfo -so export.gpkg" "${info}" "${line}")
endforeach()
run("ogr2ogr export.gpkg → GeoJSON" "${OGR2OGR}" -f GeoJSON -lco RFC7946=NO "${OUT}/back.geojson" "${OUT}/export.gpkg")
file(READ "${OUT}/back.geojson" back)
file(READ "${OUT}/export.geojson" exported)
string(JSON n_back LENGTH "${back}" features)
string(JSON n_exported LENGTH "${exported}" features)
if(NOT n_back EQUAL 1303 OR NOT n_exported EQUAL 1303)
  message(FATAL_ERROR "export: ${n_back} features in the GeoPackage, ${n_exported} in the GeoJSON; expected 1303")
endif()
foreach(k 0 700 1302)
  foreach(key source_id use floors construction_year inferred)
    string(JSON a GET "${back}" features ${k} properties ${key})
    string(JSON b GET "${exported}" features ${k} properties ${key})
    if(NOT a STREQUAL b)
      message(FATAL_ERROR "export feature ${k}: ${key} is '${a}' in the GeoPackage, '${b}' in the GeoJSON")
    endif()
  endforeach()
  foreach(key floor_area_m2 scope2_t)
    string(JSON a GET "${back}" features ${k} properties ${key})
    string(JSON b GET "${exported}" features ${k} properties ${key})
    expect_close("export feature ${k} ${key}" "${a}" "${b}" 1)
  endforeach()
  foreach(axis 0 1)  # metres in GK zone 39: the same to 1 cm
    string(JSON a GET "${back}" features ${k} geometry coordinates 0 0 ${axis})
    string(JSON b GET "${exported}" features ${k} geometry coordinates 0 0 ${axis})
    expect_close("export feature ${k} coordinate ${axis}" "${a}" "${b}" 1)
  endforeach()
endforeach()
# Easting with the zone prefix 39 (39 500 000 m at 117°E; Lujiazui at 121.5°E lies ~430 km east of it).
string(JSON x GET "${back}" features 0 geometry coordinates 0 0 0)
if(NOT x MATCHES "^399[0-9][0-9][0-9][0-9][0-9]\\.")
  message(FATAL_ERROR "export.gpkg: first easting ${x}, expected 399xxxxx m (zone 39, ~430 km east of 117°E)")
endif()

# GCJ-02 has no registry code: the GeoPackage CRS says so by name, and the CLI notes it.
run("import --crs gcj02" "${CLI}" import --in "${OUT}/lz.gpkg" --crs gcj02 --out "${OUT}/gcj.ctcity")
run("export gcj02 --gpkg" "${CLI}" export --city "${OUT}/gcj.ctcity" --gpkg "${OUT}/gcj.gpkg")
expect_contains("export gcj02 note" "${run_err}" "GIS tools take for plain WGS 84")
run("ogrinfo -so gcj.gpkg" "${OGRINFO}" -so "${OUT}/gcj.gpkg" buildings)
expect_contains("ogrinfo -so gcj.gpkg" "${run_out}" "GCJ-02 (WGS 84 lon/lat with the GCJ-02 offset")

expect_failure("export without an output" "give --geojson OUT, --gpkg OUT or both" "${CLI}" export
               --city "${OUT}/b4527.ctcity")
expect_failure("export to a missing folder" "no_such_dir/x.gpkg;cannot create a GeoPackage" "${CLI}" export
               --city "${OUT}/b4527.ctcity" --gpkg "${OUT}/no_such_dir/x.gpkg")
