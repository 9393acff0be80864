# Provides the target QCustomPlotQt6::QCustomPlotQt6 on every platform.
#
# 1. Debian and Ubuntu ship a CMake package (libqcustomplot-dev: QCustomPlotQt6Config.cmake).
# 2. vcpkg (`vcpkg install qcustomplot`) and other packagers install qcustomplot.h and a
#    library without a CMake package: found with find_path/find_library.
# 3. Otherwise set RUTILE_QCUSTOMPLOT_SOURCE_DIR to the folder of the two files of the
#    "QCustomPlot-source" release (qcustomplot.h, qcustomplot.cpp); they are compiled here.

set(RUTILE_QCUSTOMPLOT_SOURCE_DIR "" CACHE PATH
    "Folder with qcustomplot.h and qcustomplot.cpp, used when no installed QCustomPlot for Qt 6 is found")

find_package(QCustomPlotQt6 CONFIG QUIET)
if(TARGET QCustomPlotQt6::QCustomPlotQt6)
    return()
endif()

if(RUTILE_QCUSTOMPLOT_SOURCE_DIR)
    add_library(rutile_qcustomplot STATIC ${RUTILE_QCUSTOMPLOT_SOURCE_DIR}/qcustomplot.cpp)
    target_include_directories(rutile_qcustomplot SYSTEM PUBLIC ${RUTILE_QCUSTOMPLOT_SOURCE_DIR})
    target_link_libraries(rutile_qcustomplot PUBLIC Qt6::Widgets Qt6::PrintSupport)
    set_target_properties(rutile_qcustomplot PROPERTIES AUTOMOC ON)
    add_library(QCustomPlotQt6::QCustomPlotQt6 ALIAS rutile_qcustomplot)
    return()
endif()

find_path(RUTILE_QCUSTOMPLOT_INCLUDE_DIR qcustomplot.h)
find_library(RUTILE_QCUSTOMPLOT_LIBRARY NAMES QCustomPlotQt6 qcustomplot-qt6 qcustomplot qcustomplot2)
if(RUTILE_QCUSTOMPLOT_INCLUDE_DIR AND RUTILE_QCUSTOMPLOT_LIBRARY)
    add_library(QCustomPlotQt6::QCustomPlotQt6 UNKNOWN IMPORTED)
    set_target_properties(QCustomPlotQt6::QCustomPlotQt6 PROPERTIES
        IMPORTED_LOCATION ${RUTILE_QCUSTOMPLOT_LIBRARY}
        INTERFACE_INCLUDE_DIRECTORIES ${RUTILE_QCUSTOMPLOT_INCLUDE_DIR}
        INTERFACE_COMPILE_DEFINITIONS QCUSTOMPLOT_USE_LIBRARY
        INTERFACE_LINK_LIBRARIES "Qt6::Widgets;Qt6::PrintSupport")
    return()
endif()

message(FATAL_ERROR
    "QCustomPlot for Qt 6 was not found. Install libqcustomplot-dev (Debian/Ubuntu) or "
    "`vcpkg install qcustomplot`, or set RUTILE_QCUSTOMPLOT_SOURCE_DIR to the folder holding "
    "qcustomplot.h and qcustomplot.cpp (https://www.qcustomplot.com, QCustomPlot-source).")
