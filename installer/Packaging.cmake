# Packages: `cmake --build BUILD --target package` (CPack) from a release build makes the
# platform's installer: a .deb on Linux (with the desktop integration of linux/), a drag-and-drop
# .dmg on macOS, an NSIS installer on Windows (both after Qt's deploy tool, see macos/ and
# windows/). This file is the one place for CPack settings; every CPACK_ variable is set before
# include(CPack).

# The release this source tree is; the Debian changelog and the AppStream release carry it
# (a fixed date, so that two builds of one release make the same package).
set(RUTILE_RELEASE_DATE "2026-12-07")
set(RUTILE_RELEASE_DATE_RFC2822 "Mon, 07 Dec 2026 00:00:00 +0000")
set(RUTILE_RELEASE_EPOCH 1796601600) # the date in seconds, for help2man's SOURCE_DATE_EPOCH
set(RUTILE_MAINTAINER "Rutile maintainers <maintainers@rutile.example.org>")

set(CPACK_PACKAGE_NAME "rutile")
set(CPACK_PACKAGE_VENDOR "Rutile")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_CONTACT "${RUTILE_MAINTAINER}")
set(CPACK_STRIP_FILES ON)

if(UNIX AND NOT APPLE)
    include("${CMAKE_CURRENT_LIST_DIR}/linux/LinuxDesktop.cmake")
    set(CPACK_GENERATOR "DEB")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${RUTILE_MAINTAINER}")
    set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    # The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; this is the extended description.
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Rutile keeps the daily history of the Russell 2000, the S&P 500 and
their constituents in a local SQLite cache, draws candlestick charts
with indicators, backtests strategies written in a safe rule language
with realistic fills and costs, measures tail risk (VaR, expected
shortfall, extreme-value stress values, beta), rebuilds an index from
its constituents and writes PDF and HTML reports. rutile-cli is the
same engine headless, for scripts.")
    # The libraries the programs link come from dpkg-shlibdeps; what Qt loads at run time
    # (platform plugins, the SVG icon engine) is named here.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
elseif(APPLE)
    include("${CMAKE_CURRENT_LIST_DIR}/macos/MacBundle.cmake")
elseif(WIN32)
    include("${CMAKE_CURRENT_LIST_DIR}/windows/WindowsInstaller.cmake")
endif()

include(CPack)
