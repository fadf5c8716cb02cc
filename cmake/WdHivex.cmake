# hivex (libguestfs) reads and writes registry hive files. Debian ships it for the host only;
# a cross build may point WD_HIVEX_ROOT at a hivex built for the target.
set(WD_HIVEX_ROOT "" CACHE PATH "Prefix of a hivex build for the target (cross builds)")
find_path(HIVEX_INCLUDE_DIR hivex.h HINTS ${WD_HIVEX_ROOT}/include)
find_library(HIVEX_LIBRARY NAMES hivex libhivex HINTS ${WD_HIVEX_ROOT}/lib)
if(HIVEX_INCLUDE_DIR AND HIVEX_LIBRARY)
  set(WD_HAVE_HIVEX ON)
  add_library(wd_hivex UNKNOWN IMPORTED)
  set_target_properties(wd_hivex PROPERTIES IMPORTED_LOCATION ${HIVEX_LIBRARY}
                        INTERFACE_INCLUDE_DIRECTORIES ${HIVEX_INCLUDE_DIR})
  message(STATUS "hivex: ${HIVEX_LIBRARY}")
else()
  set(WD_HAVE_HIVEX OFF)
  message(STATUS "hivex: not found - offline hive access disabled in this build")
endif()
