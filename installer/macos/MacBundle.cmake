# macOS: Rutile.app with Qt's frameworks and plugins inside, rutile-cli beside the GUI in
# Contents/MacOS (so that both use the bundle's Qt), packed by CPack as a drag-and-drop .dmg.
# Qt's deploy support runs macdeployqt over both programs at install time, which is when
# `cpack` stages the bundle. Steps: README, "Installers" (macOS).

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Rutile ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_PACKAGE_FILE_NAME "Rutile-${PROJECT_VERSION}-macOS")

if(RUTILE_BUILD_GUI)
    # The bundle's icon, made from resources/rutile.svg by installer/make-icons.sh.
    set(RUTILE_MAC_ICON "${CMAKE_CURRENT_LIST_DIR}/Rutile.icns")
    # In rutile's own directory scope (app/gui), where the property is seen.
    set_source_files_properties("${RUTILE_MAC_ICON}" TARGET_DIRECTORY rutile PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    target_sources(rutile PRIVATE "${RUTILE_MAC_ICON}")
    set_target_properties(rutile PROPERTIES OUTPUT_NAME Rutile MACOSX_BUNDLE_ICON_FILE Rutile.icns
                                            MACOSX_BUNDLE_GUI_IDENTIFIER "io.github.rutile.Rutile")
    install(TARGETS rutile-cli RUNTIME DESTINATION "Rutile.app/Contents/MacOS" COMPONENT Runtime)
    install(CODE "
        include(\"${QT_DEPLOY_SUPPORT}\")
        qt_deploy_runtime_dependencies(
            EXECUTABLE \"Rutile.app\"
            ADDITIONAL_EXECUTABLES \"Rutile.app/Contents/MacOS/rutile-cli\"
            GENERATE_QT_CONF)
    ")
endif()
