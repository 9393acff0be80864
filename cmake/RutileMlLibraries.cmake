# The ML lab's libraries as targets: Rutile::OpenCvMl (OpenCV's machine-learning module,
# cv::ml::RTrees) and Rutile::XGBoost (the boosted trees' C API). Debian's libopencv-ml-dev ships
# no CMake package (that comes with the whole libopencv-dev), and libxgboost-dev's package
# refers to the xgboost command-line program, which it does not install: both are found here by
# their headers and libraries.
find_path(RUTILE_OPENCV_INCLUDE_DIR opencv2/ml.hpp PATH_SUFFIXES opencv4 REQUIRED)
find_library(RUTILE_OPENCV_ML_LIBRARY opencv_ml REQUIRED)
find_library(RUTILE_OPENCV_CORE_LIBRARY opencv_core REQUIRED)
add_library(rutile_opencv_ml INTERFACE)
target_include_directories(rutile_opencv_ml SYSTEM INTERFACE ${RUTILE_OPENCV_INCLUDE_DIR})
target_link_libraries(rutile_opencv_ml INTERFACE ${RUTILE_OPENCV_ML_LIBRARY} ${RUTILE_OPENCV_CORE_LIBRARY})
add_library(Rutile::OpenCvMl ALIAS rutile_opencv_ml)

find_path(RUTILE_XGBOOST_INCLUDE_DIR xgboost/c_api.h REQUIRED)
find_library(RUTILE_XGBOOST_LIBRARY xgboost REQUIRED)
add_library(rutile_xgboost INTERFACE)
target_include_directories(rutile_xgboost SYSTEM INTERFACE ${RUTILE_XGBOOST_INCLUDE_DIR})
target_link_libraries(rutile_xgboost INTERFACE ${RUTILE_XGBOOST_LIBRARY})
add_library(Rutile::XGBoost ALIAS rutile_xgboost)
