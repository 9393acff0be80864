# Windows: an NSIS installer (CPack) of rutile.exe and rutile-cli.exe with Qt's DLLs, plugins
# and translations beside them (windeployqt, run at install time by Qt's deploy support when
# `cpack` stages the files), a Start-menu shortcut, an uninstaller, and the .rutile file type.
# Steps: README, "Installers" (Windows).

set(CPACK_GENERATOR "NSIS")
set(CPACK_PACKAGE_FILE_NAME "Rutile-${PROJECT_VERSION}-Windows-x64")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Rutile")
set(CPACK_NSIS_DISPLAY_NAME "Rutile ${PROJECT_VERSION}")
set(CPACK_NSIS_PACKAGE_NAME "Rutile")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/rutile.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/rutile.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\rutile.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON) # offers to put rutile-cli on the PATH
set(CPACK_PACKAGE_EXECUTABLES "rutile" "Rutile")
# The workspace file type: double-clicking a .rutile file opens it in Rutile.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
  WriteRegStr HKCR '.rutile' '' 'Rutile.Workspace'
  WriteRegStr HKCR 'Rutile.Workspace' '' 'Rutile workspace'
  WriteRegStr HKCR 'Rutile.Workspace\\\\DefaultIcon' '' '$INSTDIR\\\\bin\\\\rutile.exe,0'
  WriteRegStr HKCR 'Rutile.Workspace\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\rutile.exe\\\" \\\"%1\\\"'")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
  DeleteRegKey HKCR '.rutile'
  DeleteRegKey HKCR 'Rutile.Workspace'")

if(RUTILE_BUILD_GUI)
    # The executable's icon (Explorer, taskbar) from the same .ico.
    set(RUTILE_WINDOWS_RC "${PROJECT_BINARY_DIR}/installer/rutile.rc")
    file(CONFIGURE OUTPUT "${RUTILE_WINDOWS_RC}" CONTENT "IDI_ICON1 ICON \"${CMAKE_CURRENT_LIST_DIR}/rutile.ico\"\n")
    target_sources(rutile PRIVATE "${RUTILE_WINDOWS_RC}")
    install(CODE "
        include(\"${QT_DEPLOY_SUPPORT}\")
        qt_deploy_runtime_dependencies(
            EXECUTABLE \"\${QT_DEPLOY_BIN_DIR}/rutile.exe\"
            ADDITIONAL_EXECUTABLES \"\${QT_DEPLOY_BIN_DIR}/rutile-cli.exe\"
            GENERATE_QT_CONF)
    ")
endif()
