# Runs after the Vite build: cmake -DDIST=<dist> -DQRC=<file.qrc> -DGZIP=<gzip> -P PackWebClient.cmake
# Writes a .gz twin next to each text file (gzip -9 -k -n: no name or time inside, so the same
# input gives the same bytes) and a .qrc listing every file under the prefix /web, each with its
# path inside dist as alias (index.html, sw.js, assets/index-<hash>.js, assets/index-<hash>.js.gz).

foreach(var DIST QRC GZIP)
    if(NOT ${var})
        message(FATAL_ERROR "PackWebClient.cmake: -D${var}=... is missing")
    endif()
endforeach()
if(NOT EXISTS "${DIST}/index.html")
    message(FATAL_ERROR "PackWebClient.cmake: ${DIST}/index.html is missing; did the Vite build run?")
endif()

file(GLOB_RECURSE built RELATIVE "${DIST}" "${DIST}/*")
foreach(name IN LISTS built)
    if(name MATCHES "\\.(js|css|html|webmanifest|svg)$")
        execute_process(COMMAND "${GZIP}" -9 -k -n -f "${DIST}/${name}" RESULT_VARIABLE status)
        if(NOT status EQUAL 0)
            message(FATAL_ERROR "gzip failed on ${name}")
        endif()
    endif()
endforeach()

file(GLOB_RECURSE files RELATIVE "${DIST}" "${DIST}/*")
list(SORT files)
set(qrc "<!DOCTYPE RCC>\n<RCC version=\"1.0\">\n<qresource prefix=\"/web\">\n")
foreach(name IN LISTS files)
    string(REPLACE "&" "&amp;" alias "${name}")
    string(REPLACE "&" "&amp;" path "${DIST}/${name}")
    string(APPEND qrc "  <file alias=\"${alias}\">${path}</file>\n")
endforeach()
string(APPEND qrc "</qresource>\n</RCC>\n")
file(WRITE "${QRC}" "${qrc}")
