# Imports the real example cities of ../shared/data/citymodels with the native CLI into the site's
# cities/ folder, and writes cities/index.json (the page's list of bundled examples, for the kiosk
# which has no keyboard to pick files with). Run at build time: cmake -DCLI=… -DDATA=… -DOUT=… -P this.
# A missing CLI or data folder gives an empty list, never a failed build: the page then offers only
# files the user drops. The data stay where they are (ODbL / MIT, see each SOURCE.md); only the
# imported city files go into the build output.
file(MAKE_DIRECTORY "${OUT}")
set(entries "")
macro(example id name_zh name_en source)
  set(inputs ${ARGN})
  set(args "")
  set(all_there TRUE)
  foreach(f IN LISTS inputs)
    if(NOT EXISTS "${DATA}/${f}")
      set(all_there FALSE)
    endif()
    list(APPEND args --in "${DATA}/${f}")
  endforeach()
  if(all_there AND EXISTS "${CLI}")
    execute_process(COMMAND "${CLI}" import ${args} --name "${name_zh}" --out "${OUT}/${id}.ctcity"
                            --json "${OUT}/${id}.report.json"
                    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
    if(rc EQUAL 0)
      file(SIZE "${OUT}/${id}.ctcity" size)
      if(entries)
        string(APPEND entries ",\n")
      endif()
      string(APPEND entries "  {\"id\": \"${id}\", \"name\": \"${name_zh}\", \"name_en\": \"${name_en}\", "
                            "\"file\": \"cities/${id}.ctcity\", \"bytes\": ${size}, \"source\": \"${source}\"}")
    else()
      message(WARNING "example city ${id} did not import: ${err}")
    endif()
  endif()
endmacro()
example(haidian "北京海淀 · 五道口" "Beijing Haidian · Wudaokou"
        "OpenStreetMap (ODbL 1.0), © OpenStreetMap contributors" osm_beijing_haidian_cau/map.osm)
example(lujiazui "上海外滩 · 陆家嘴" "Shanghai Bund · Lujiazui"
        "OpenStreetMap via Tilezen tiles (ODbL 1.0), © OpenStreetMap contributors"
        osm_shanghai_lujiazui_tilezen/buildings.geojson osm_shanghai_lujiazui_tilezen/roads.geojson)
example(jingan "上海静安 · 道路网" "Shanghai Jing'an · road network"
        "OpenStreetMap (ODbL 1.0), © OpenStreetMap contributors" osm_shanghai_jingan_roads/shanghai.osm)
example(delft "代尔夫特 (荷兰) · CityJSON" "Delft (NL) · CityJSON"
        "cityjson/cjio test data (MIT), Dutch open data" cityjson_cjio/delft.json)
file(WRITE "${OUT}/index.json" "[\n${entries}\n]\n")
