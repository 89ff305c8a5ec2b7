# Writes WEB/sw.js from TEMPLATE (web/sw.js.in): the list of every file of the built site (except
# sw.js itself) and a version = the first 16 hex digits of the SHA-256 of "path<TAB>sha256(content)"
# lines in sorted order, so any changed, added or removed file gives a new cache name.
#   cmake -DWEB=<site dir> -DTEMPLATE=<sw.js.in> -P make_service_worker.cmake
if(NOT IS_DIRECTORY "${WEB}" OR NOT EXISTS "${TEMPLATE}")
  message(FATAL_ERROR "make_service_worker: WEB='${WEB}' must be the built site and TEMPLATE='${TEMPLATE}' the template")
endif()
file(GLOB_RECURSE files RELATIVE "${WEB}" LIST_DIRECTORIES false "${WEB}/*")
list(REMOVE_ITEM files "sw.js")
list(SORT files)
set(manifest "")
set(json "")
foreach(rel IN LISTS files)
  if(rel MATCHES "[\"\\\\ ]")
    message(FATAL_ERROR "make_service_worker: file name '${rel}' has a quote, backslash or space")
  endif()
  file(SHA256 "${WEB}/${rel}" digest)
  string(APPEND manifest "${rel}\t${digest}\n")
  if(json STREQUAL "")
    set(json "\n  \"${rel}\"")
  else()
    string(APPEND json ",\n  \"${rel}\"")
  endif()
endforeach()
string(SHA256 version "${manifest}")
string(SUBSTRING "${version}" 0 16 CT_PWA_VERSION)
set(CT_PWA_FILES "[${json}\n]")
# configure_file rewrites sw.js only when its text changes (no rebuild churn).
configure_file("${TEMPLATE}" "${WEB}/sw.js" @ONLY)
