# The translation checks run by ctest (translations/CMakeLists.txt), with cmake -P:
#   -DCHECK=sync     -DTS=<.ts> -DLUPDATE=<lupdate> -DOPTIONS="<options>" -DSOURCES=<list> -DWORK=<dir>
#       lupdate on a copy of the .ts must leave it unchanged (no new, changed or removed words);
#   -DCHECK=finished -DTS=<.ts>
#       no translation is unfinished or empty.
cmake_minimum_required(VERSION 3.25)

get_filename_component(ts_name "${TS}" NAME)
if(CHECK STREQUAL "sync")
    file(REMOVE_RECURSE "${WORK}")
    file(MAKE_DIRECTORY "${WORK}")
    file(COPY_FILE "${TS}" "${WORK}/${ts_name}")
    separate_arguments(options UNIX_COMMAND "${OPTIONS}")
    execute_process(COMMAND "${LUPDATE}" ${options} "@${SOURCES}" -ts "${WORK}/${ts_name}"
        RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${status}):\n${output}")
    endif()
    file(READ "${TS}" before)
    file(READ "${WORK}/${ts_name}" after)
    if(NOT before STREQUAL after)
        execute_process(COMMAND diff -u "${TS}" "${WORK}/${ts_name}" OUTPUT_VARIABLE changes)
        message(FATAL_ERROR "translations/${ts_name} is not up to date with the sources: lupdate "
            "would change it as below. Run\n"
            "  cmake --build --preset test --target update_translations\n"
            "then translate what is new (translations/README.md).\n${output}\n${changes}")
    endif()
    message(STATUS "${ts_name} is up to date with the sources.")
elseif(CHECK STREQUAL "finished")
    file(STRINGS "${TS}" lines ENCODING UTF-8)
    set(problems "")
    set(source "")
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        if(line MATCHES "<source>([^<]*)")
            set(source "${CMAKE_MATCH_1}")
        endif()
        if(line MATCHES "type=\"(unfinished|vanished|obsolete)\"")
            string(APPEND problems "  line ${number}: ${CMAKE_MATCH_1}: ${source}\n")
        elseif(line MATCHES "<translation></translation>|<translation/>|<numerusform></numerusform>|<numerusform/>")
            string(APPEND problems "  line ${number}: empty: ${source}\n")
        endif()
    endforeach()
    if(problems)
        message(FATAL_ERROR "translations/${ts_name} has French strings to finish:\n${problems}")
    endif()
    message(STATUS "Every string of ${ts_name} is translated.")
else()
    message(FATAL_ERROR "CHECK must be sync or finished, not \"${CHECK}\"")
endif()
