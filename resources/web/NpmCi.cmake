# oscalis_npm_ci(<folder> <variable> <comment>): `npm ci` in <folder> when its node_modules is
# missing or its package.json / package-lock.json changed. <variable> is set to the file that
# stands for the installed node_modules, to put in a custom command's or target's DEPENDS (in the
# same CMakeLists.txt). Used by the browser client (resources/web) and the end-to-end tests.
include_guard(GLOBAL)

find_program(OSCALIS_NPM_EXECUTABLE npm)
if(NOT OSCALIS_NPM_EXECUTABLE)
    message(FATAL_ERROR "npm was not found; Oscalis's browser parts need Node.js and npm. "
        "Run .ci/install-deps.sh, or: sudo apt-get install nodejs npm")
endif()

function(oscalis_npm_ci folder variable comment)
    # npm writes this file at the end of every install: missing means node_modules is missing.
    set(installed ${folder}/node_modules/.package-lock.json)
    # No package may fetch a browser while installing: the end-to-end tests use Debian's Chromium.
    add_custom_command(OUTPUT ${installed}
        COMMAND ${CMAKE_COMMAND} -E env PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
            ${OSCALIS_NPM_EXECUTABLE} ci --prefer-offline --no-audit --no-fund
        COMMAND ${CMAKE_COMMAND} -E touch ${installed}
        DEPENDS ${folder}/package.json ${folder}/package-lock.json
        WORKING_DIRECTORY ${folder}
        COMMENT "${comment}"
        VERBATIM)
    set(${variable} ${installed} PARENT_SCOPE)
endfunction()
