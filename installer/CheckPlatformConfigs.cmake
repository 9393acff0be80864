# Checks on any machine that the macOS and Windows packaging configurations evaluate:
#
#   cmake -DSOURCE_DIR=<checkout> -DWORK_DIR=<scratch> -P installer/CheckPlatformConfigs.cmake
#
# For each platform it sets the platform's variables (APPLE or WIN32), stands in for the
# commands that need a real project (install, target_sources, set_target_properties,
# set_source_files_properties), includes installer/Packaging.cmake as the top-level
# CMakeLists.txt does, and fails unless CPack's configuration names the platform's generator,
# its icon file exists, and the install steps deploy Qt beside both programs. A typo, a missing
# file or a wrong variable in installer/macos or installer/windows fails here, on Linux CI.

if(NOT SOURCE_DIR OR NOT WORK_DIR)
    message(FATAL_ERROR "usage: cmake -DSOURCE_DIR=... -DWORK_DIR=... -P CheckPlatformConfigs.cmake")
endif()

# The commands a script cannot run, recorded instead.
function(install)
    set_property(GLOBAL APPEND PROPERTY checked_installs "${ARGV}")
endfunction()
function(target_sources)
    set_property(GLOBAL APPEND PROPERTY checked_sources "${ARGV}")
endfunction()
function(set_target_properties)
    set_property(GLOBAL APPEND PROPERTY checked_properties "${ARGV}")
endfunction()
function(set_source_files_properties)
    set_property(GLOBAL APPEND PROPERTY checked_source_properties "${ARGV}")
endfunction()

function(check_platform platform generator icon)
    set(CMAKE_BINARY_DIR "${WORK_DIR}/${platform}")
    set(PROJECT_BINARY_DIR "${CMAKE_BINARY_DIR}")
    set(PROJECT_SOURCE_DIR "${SOURCE_DIR}")
    set(CMAKE_SOURCE_DIR "${SOURCE_DIR}")
    set(PROJECT_NAME Rutile)
    set(PROJECT_VERSION 0.0.0)
    set(PROJECT_DESCRIPTION "check")
    set(PROJECT_HOMEPAGE_URL "https://example.invalid")
    set(RUTILE_BUILD_GUI ON)
    set(QT_DEPLOY_SUPPORT "${CMAKE_BINARY_DIR}/QtDeploySupport.cmake")
    set(CMAKE_SYSTEM_NAME "${platform}")
    unset(UNIX)
    unset(APPLE)
    unset(WIN32)
    if(platform STREQUAL "Darwin")
        set(UNIX 1)
        set(APPLE 1)
    else()
        set(WIN32 1)
    endif()
    set_property(GLOBAL PROPERTY checked_installs "")
    set_property(GLOBAL PROPERTY checked_sources "")
    set_property(GLOBAL PROPERTY checked_source_properties "")
    file(MAKE_DIRECTORY "${CMAKE_BINARY_DIR}/installer")
    include("${SOURCE_DIR}/installer/Packaging.cmake")

    include("${CMAKE_BINARY_DIR}/CPackConfig.cmake")
    if(NOT CPACK_GENERATOR STREQUAL generator)
        message(FATAL_ERROR "${platform}: CPack generator is '${CPACK_GENERATOR}', expected ${generator}")
    endif()
    if(NOT EXISTS "${SOURCE_DIR}/installer/${icon}")
        message(FATAL_ERROR "${platform}: the icon installer/${icon} is missing")
    endif()
    get_property(sources GLOBAL PROPERTY checked_sources)
    if(NOT sources MATCHES "${icon}|rutile\\.rc")
        message(FATAL_ERROR "${platform}: the application's icon is not added to rutile (${sources})")
    endif()
    if(platform STREQUAL "Darwin")
        # The bundle's icon goes to Contents/Resources only when the property is set where
        # rutile is defined (app/gui), not in the top-level scope that includes this file.
        get_property(properties GLOBAL PROPERTY checked_source_properties)
        if(NOT properties MATCHES "TARGET_DIRECTORY;rutile;PROPERTIES;MACOSX_PACKAGE_LOCATION;Resources")
            message(FATAL_ERROR "Darwin: Rutile.icns is not placed in the bundle's Resources of rutile (${properties})")
        endif()
    endif()
    get_property(installs GLOBAL PROPERTY checked_installs)
    foreach(needed "qt_deploy_runtime_dependencies" "ADDITIONAL_EXECUTABLES" "rutile-cli" "QtDeploySupport.cmake")
        string(FIND "${installs}" "${needed}" at)
        if(at EQUAL -1)
            message(FATAL_ERROR "${platform}: the install steps do not mention ${needed}: ${installs}")
        endif()
    endforeach()
    message(STATUS "${platform}: ${CPACK_GENERATOR} package ${CPACK_PACKAGE_FILE_NAME}, icon ${icon}, Qt deployed beside rutile and rutile-cli")
endfunction()

check_platform(Darwin DragNDrop macos/Rutile.icns)
check_platform(Windows NSIS windows/rutile.ico)
