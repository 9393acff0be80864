# Warning and sanitizer settings shared by every Rutile target, applied per target
# (never through CMAKE_CXX_FLAGS) so that consumers of the project are not affected.

add_library(rutile_compiler_options INTERFACE)
add_library(Rutile::CompilerOptions ALIAS rutile_compiler_options)

if(MSVC)
    target_compile_options(rutile_compiler_options INTERFACE /W4 /permissive- /utf-8)
    if(RUTILE_WARNINGS_AS_ERRORS)
        target_compile_options(rutile_compiler_options INTERFACE /WX)
    endif()
else()
    target_compile_options(rutile_compiler_options INTERFACE -Wall -Wextra -Wpedantic)
    if(RUTILE_WARNINGS_AS_ERRORS)
        target_compile_options(rutile_compiler_options INTERFACE -Werror)
    endif()
    if(RUTILE_SANITIZERS)
        target_compile_options(rutile_compiler_options INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(rutile_compiler_options INTERFACE -fsanitize=address,undefined)
    endif()
endif()

# Strings in Rutile are translated and built explicitly; forbid the implicit
# const char* -> QString conversions that hide missing tr() calls and encoding bugs.
target_compile_definitions(rutile_compiler_options INTERFACE
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER)
