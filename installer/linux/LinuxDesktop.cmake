# Desktop integration on Linux, installed with the programs (and so packaged by CPack's DEB
# generator): the .desktop launcher, the workspace MIME type, AppStream metainfo, the icon in
# the hicolor theme (the SVG, and PNGs rendered from it by rsvg-convert), man pages of both
# programs (help2man, from their --help), and the Debian copyright file and changelog.
# Desktop ID and icon name are Rutile's reverse-DNS application ID.

set(RUTILE_APP_ID "io.github.rutile.Rutile")
set(_linux "${CMAKE_CURRENT_LIST_DIR}")
set(_out "${PROJECT_BINARY_DIR}/installer")

set(_pngs)
if(RUTILE_BUILD_GUI) # the launcher, MIME type, metainfo and icons are the GUI's
    install(FILES "${_linux}/${RUTILE_APP_ID}.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${_linux}/${RUTILE_APP_ID}.mime.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages"
            RENAME "${RUTILE_APP_ID}.xml")
    configure_file("${_linux}/${RUTILE_APP_ID}.metainfo.xml.in" "${_out}/${RUTILE_APP_ID}.metainfo.xml" @ONLY)
    install(FILES "${_out}/${RUTILE_APP_ID}.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${PROJECT_SOURCE_DIR}/resources/rutile.svg"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps" RENAME "${RUTILE_APP_ID}.svg")

    # --- the icon's PNG sizes --------------------------------------------------------------------
    find_program(RUTILE_RSVG_CONVERT rsvg-convert REQUIRED)
    foreach(size 16 22 24 32 48 64 128 256 512)
        set(_png "${_out}/icons/${size}x${size}/${RUTILE_APP_ID}.png")
        add_custom_command(OUTPUT "${_png}"
            COMMAND ${CMAKE_COMMAND} -E make_directory "${_out}/icons/${size}x${size}"
            COMMAND "${RUTILE_RSVG_CONVERT}" --width ${size} --height ${size} --output "${_png}"
                    "${PROJECT_SOURCE_DIR}/resources/rutile.svg"
            DEPENDS "${PROJECT_SOURCE_DIR}/resources/rutile.svg"
            COMMENT "Rendering the ${size}x${size} icon" VERBATIM)
        list(APPEND _pngs "${_png}")
        install(FILES "${_png}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
    endforeach()
endif()

# --- man pages, from each program's --help -----------------------------------------------------
# HOME='~' so that the default workspace path reads ~/.local/share/... rather than the build
# machine's home; the GUI parses its options after creating QApplication, hence offscreen; the
# page's date is the release's (SOURCE_DATE_EPOCH), not the build's.
find_program(RUTILE_HELP2MAN help2man REQUIRED)
set(_mans)
foreach(program rutile rutile-cli)
    if(NOT TARGET ${program}) # a build without the GUI (RUTILE_BUILD_GUI=OFF, the fuzzers') has no rutile
        continue()
    endif()
    if(program STREQUAL "rutile")
        set(_name "charting and strategy workstation for small-cap index traders")
    else()
        set(_name "the Rutile engine on the command line: import, backtest, risk, reports")
    endif()
    set(_man "${_out}/man/${program}.1")
    add_custom_command(OUTPUT "${_man}.gz"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${_out}/man"
        COMMAND ${CMAKE_COMMAND} -E env HOME=~ QT_QPA_PLATFORM=offscreen SOURCE_DATE_EPOCH=${RUTILE_RELEASE_EPOCH}
                "${RUTILE_HELP2MAN}" --no-info --no-discard-stderr --section=1 "--name=${_name}"
                --output "${_man}" "$<TARGET_FILE:${program}>"
        COMMAND gzip -9nf "${_man}"
        DEPENDS ${program}
        COMMENT "Writing the man page of ${program}" VERBATIM)
    list(APPEND _mans "${_man}.gz")
    install(FILES "${_man}.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
endforeach()

# --- Debian's copyright file and changelog -----------------------------------------------------
configure_file("${_linux}/copyright" "${_out}/doc/copyright" @ONLY)
configure_file("${_linux}/changelog.in" "${_out}/doc/changelog" @ONLY)
add_custom_command(OUTPUT "${_out}/doc/changelog.gz"
    COMMAND gzip -9nkf "${_out}/doc/changelog"
    DEPENDS "${_out}/doc/changelog" VERBATIM)
install(FILES "${_out}/doc/copyright" "${_out}/doc/changelog.gz" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/rutile")

add_custom_target(rutile_desktop_files ALL DEPENDS ${_pngs} ${_mans} "${_out}/doc/changelog.gz")
