# Packages: `cpack -G DEB` (Debian/Ubuntu) or `cpack -G TGZ` from a release build.
# Platform installers (macOS bundle, Windows installer with windeployqt) come with the
# installer issue; this file stays the one place for CPack settings, and every CPACK_
# variable is set before include(CPack).

set(CPACK_PACKAGE_NAME "rutile")
set(CPACK_PACKAGE_VENDOR "Rutile")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_CONTACT "Rutile maintainers")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_GENERATOR "TGZ")
include(CPack)
