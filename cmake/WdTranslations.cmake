# Translations: .ts -> .qm with the host's lrelease, embedded as Qt resources.
# (The mingw Qt in ../shared/toolchains has no LinguistTools package, so both lanes use the
# host's Qt 6 Linguist tools the same way.)
find_program(WD_LRELEASE NAMES lrelease lrelease-qt6 HINTS /usr/lib/qt6/bin /usr/lib/qt6/libexec REQUIRED)
find_program(WD_LUPDATE NAMES lupdate lupdate-qt6 HINTS /usr/lib/qt6/bin /usr/lib/qt6/libexec)

function(wd_add_translations target)
  set(qm_files)
  foreach(ts IN LISTS ARGN)
    get_filename_component(base ${ts} NAME_WE)
    set(qm ${CMAKE_CURRENT_BINARY_DIR}/i18n/${base}.qm)
    add_custom_command(OUTPUT ${qm}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/i18n
      COMMAND ${WD_LRELEASE} -silent ${ts} -qm ${qm}
      DEPENDS ${ts} VERBATIM)
    list(APPEND qm_files ${qm})
  endforeach()
  qt_add_resources(${target} wd_translations PREFIX /i18n BASE ${CMAKE_CURRENT_BINARY_DIR}/i18n
                   FILES ${qm_files})
endfunction()
