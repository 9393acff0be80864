# Provides the target QScintillaQt6::QScintillaQt6 (the strategy editor's text component).
#
# QScintilla installs no CMake package: its header folder Qsci/ and its library are found
# here. Debian and Ubuntu: libqscintilla2-qt6-dev (headers under the Qt 6 include folder,
# library libqscintilla2_qt6). vcpkg, Homebrew and the Windows builds of Riverbank name the
# library qscintilla2_qt6 too; set RUTILE_QSCINTILLA_ROOT to the prefix of a build of your own.

set(RUTILE_QSCINTILLA_ROOT "" CACHE PATH "Prefix of a QScintilla for Qt 6 not found in the usual places")
option(RUTILE_QSCINTILLA_DLL "On Windows: QScintilla is a DLL (its headers then import their symbols); OFF for a static build" ON)

get_target_property(_rutile_qt_include Qt6::Core INTERFACE_INCLUDE_DIRECTORIES)
find_path(RUTILE_QSCINTILLA_INCLUDE_DIR Qsci/qsciscintilla.h
    HINTS ${RUTILE_QSCINTILLA_ROOT}/include ${_rutile_qt_include} ${QT6_INSTALL_PREFIX}/include
    PATH_SUFFIXES qt6 x86_64-linux-gnu/qt6 aarch64-linux-gnu/qt6)
find_library(RUTILE_QSCINTILLA_LIBRARY NAMES qscintilla2_qt6 HINTS ${RUTILE_QSCINTILLA_ROOT}/lib)
# MSVC: a debug build must link the debug library (another C runtime); vcpkg installs it under debug/.
find_library(RUTILE_QSCINTILLA_LIBRARY_DEBUG NAMES qscintilla2_qt6d
    HINTS ${RUTILE_QSCINTILLA_ROOT}/debug/lib ${RUTILE_QSCINTILLA_ROOT}/lib)
if(NOT RUTILE_QSCINTILLA_INCLUDE_DIR OR NOT RUTILE_QSCINTILLA_LIBRARY)
    message(FATAL_ERROR
        "QScintilla for Qt 6 was not found. Install libqscintilla2-qt6-dev (Debian/Ubuntu), "
        "`vcpkg install qscintilla` or `brew install qscintilla2`, or set RUTILE_QSCINTILLA_ROOT "
        "to the prefix it was installed to (https://riverbankcomputing.com/software/qscintilla).")
endif()

add_library(QScintillaQt6::QScintillaQt6 UNKNOWN IMPORTED)
set_target_properties(QScintillaQt6::QScintillaQt6 PROPERTIES
    IMPORTED_LOCATION ${RUTILE_QSCINTILLA_LIBRARY}
    INTERFACE_INCLUDE_DIRECTORIES ${RUTILE_QSCINTILLA_INCLUDE_DIR}
    INTERFACE_LINK_LIBRARIES "Qt6::Widgets;Qt6::PrintSupport"
    INTERFACE_COMPILE_DEFINITIONS "$<$<AND:$<PLATFORM_ID:Windows>,$<BOOL:${RUTILE_QSCINTILLA_DLL}>>:QSCINTILLA_DLL>")
if(RUTILE_QSCINTILLA_LIBRARY_DEBUG)
    set_target_properties(QScintillaQt6::QScintillaQt6 PROPERTIES
        IMPORTED_LOCATION_DEBUG ${RUTILE_QSCINTILLA_LIBRARY_DEBUG})
endif()
