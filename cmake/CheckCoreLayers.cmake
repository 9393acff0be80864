# Checks that the folders of the core library depend on each other one way only.
#
#   cmake -DROOT=<folder> -P cmake/CheckCoreLayers.cmake
#
# Every subfolder of ROOT is a node. A source file (.h, .hpp, .cpp) anywhere under ROOT/<a>/
# that includes "<b>/..." (quotes or angle brackets), where <b> is another subfolder of ROOT,
# is an edge a -> b. With no cycle the script prints the folders in layers, bottom up (each
# layer includes only layers printed before it) and exits 0; with a cycle it names one cycle
# and the include behind each of its edges, and fails. An empty ROOT fails too: a check that
# read nothing has checked nothing.
#
# The tests in tests/structure run it on core/ and on small fixture trees.

cmake_minimum_required(VERSION 3.21)

if(NOT DEFINED ROOT OR NOT IS_DIRECTORY "${ROOT}")
    message(FATAL_ERROR "CheckCoreLayers: pass the folder to check with -DROOT=<folder> (got '${ROOT}')")
endif()
file(REAL_PATH "${ROOT}" ROOT)

file(GLOB _children LIST_DIRECTORIES true RELATIVE "${ROOT}" "${ROOT}/*")
set(_folders "")
foreach(_child IN LISTS _children)
    if(IS_DIRECTORY "${ROOT}/${_child}")
        list(APPEND _folders "${_child}")
    endif()
endforeach()
list(SORT _folders)

# Edges: _edges_<a> lists the folders a includes; _why_<a>_<b> is the first include found.
set(_fileCount 0)
foreach(_from IN LISTS _folders)
    set(_edges_${_from} "")
    file(GLOB_RECURSE _files RELATIVE "${ROOT}" "${ROOT}/${_from}/*.h" "${ROOT}/${_from}/*.hpp"
         "${ROOT}/${_from}/*.cpp")
    list(SORT _files)
    foreach(_file IN LISTS _files)
        math(EXPR _fileCount "${_fileCount} + 1")
        file(STRINGS "${ROOT}/${_file}" _includes REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<][A-Za-z0-9_]+/")
        foreach(_line IN LISTS _includes)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[\"<]([A-Za-z0-9_]+/[^\">]*)[\">].*$" "\\1" _path
                   "${_line}")
            string(REGEX REPLACE "/.*$" "" _to "${_path}")
            if(_to STREQUAL _from OR NOT _to IN_LIST _folders)
                continue()
            endif()
            if(NOT _to IN_LIST _edges_${_from})
                list(APPEND _edges_${_from} "${_to}")
                set(_why_${_from}_${_to} "${_file} includes ${_path}")
            endif()
        endforeach()
    endforeach()
endforeach()

if(_fileCount EQUAL 0)
    message(FATAL_ERROR "CheckCoreLayers: nothing was checked: no .h, .hpp or .cpp file in a folder of ${ROOT}")
endif()

# Peel off layers from the bottom: a folder joins a layer once every folder it includes is
# in a layer already. What is left when no folder can join sits on or above a cycle.
set(_remaining ${_folders})
set(_layers "")
list(LENGTH _remaining _left)
while(_left GREATER 0)
    set(_layer "")
    foreach(_f IN LISTS _remaining)
        set(_ready TRUE)
        foreach(_to IN LISTS _edges_${_f})
            if(_to IN_LIST _remaining)
                set(_ready FALSE)
                break()
            endif()
        endforeach()
        if(_ready)
            list(APPEND _layer "${_f}")
        endif()
    endforeach()
    list(LENGTH _layer _layerSize)
    if(_layerSize EQUAL 0)
        break()
    endif()
    list(REMOVE_ITEM _remaining ${_layer})
    list(LENGTH _remaining _left)
    list(JOIN _layer " " _layerText)
    list(APPEND _layers "${_layerText}")
endwhile()

if(_left GREATER 0)
    # Every folder left includes another folder left, so following those edges from any of
    # them must come back to a folder already on the path: that loop is a cycle.
    list(GET _remaining 0 _at)
    set(_path "${_at}")
    while(TRUE)
        set(_next "")
        foreach(_to IN LISTS _edges_${_at})
            if(_to IN_LIST _remaining)
                set(_next "${_to}")
                break()
            endif()
        endforeach()
        if(_next STREQUAL "")
            message(FATAL_ERROR "CheckCoreLayers: internal error: ${_at} is left over but includes no folder left over")
        endif()
        list(FIND _path "${_next}" _seen)
        if(_seen GREATER_EQUAL 0)
            list(SUBLIST _path ${_seen} -1 _cycle)
            break()
        endif()
        list(APPEND _path "${_next}")
        set(_at "${_next}")
    endwhile()
    list(APPEND _cycle "${_next}")
    list(JOIN _cycle " -> " _cycleText)
    set(_details "")
    list(LENGTH _cycle _n)
    math(EXPR _last "${_n} - 2")
    foreach(_i RANGE 0 ${_last})
        math(EXPR _j "${_i} + 1")
        list(GET _cycle ${_i} _a)
        list(GET _cycle ${_j} _b)
        string(APPEND _details "\n  ${_why_${_a}_${_b}}")
    endforeach()
    list(JOIN _remaining ", " _remainingText)
    # NOTICE prints the text as it is (FATAL_ERROR would rewrap it), one greppable line per fact.
    message(NOTICE "include cycle between folders of ${ROOT}: ${_cycleText}${_details}\n"
                   "Folders on or above a cycle: ${_remainingText}.\n"
                   "Move what both sides need into a lower folder so that the includes run one way.")
    message(FATAL_ERROR "CheckCoreLayers: the folders of ${ROOT} include each other in a cycle (above)")
endif()

list(JOIN _layers " < " _orderText)
message(STATUS "folder layers, bottom up (${_fileCount} files): ${_orderText}")
