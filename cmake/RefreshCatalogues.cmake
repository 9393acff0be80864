# Refreshes the translation catalogues from the sources, exactly as the README's lupdate command
# does, and rewrites a catalogue only when its content changes, so that a build with no string
# (or line) changed compiles nothing. Run by the rutile_refresh_catalogues target before lrelease:
#
#   cmake -DLUPDATE=<lupdate> -DSOURCE_DIR=<checkout> -DCATALOGUES=<a.ts|b.ts> -P RefreshCatalogues.cmake
#
# A new or changed string arrives in each catalogue as unfinished, and tst_translation_catalogues
# fails until it is translated.

string(REPLACE "|" ";" CATALOGUES "${CATALOGUES}")
foreach(ts IN LISTS CATALOGUES)
    get_filename_component(folder "${ts}" DIRECTORY)
    get_filename_component(name "${ts}" NAME)
    # Beside the catalogue, so that its relative source locations read the same.
    set(scratch "${folder}/.${name}.refresh.ts")
    file(COPY_FILE "${ts}" "${scratch}")
    execute_process(COMMAND "${LUPDATE}" -silent -no-obsolete -locations relative core ui app -ts "${scratch}"
                    WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE failed)
    if(failed)
        file(REMOVE "${scratch}")
        message(FATAL_ERROR "lupdate failed on ${name}")
    endif()
    execute_process(COMMAND "${CMAKE_COMMAND}" -E copy_if_different "${scratch}" "${ts}")
    file(REMOVE "${scratch}")
endforeach()
