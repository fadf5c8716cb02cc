# One INTERFACE target carries the project-wide compile flags.
add_library(wd_flags INTERFACE)
target_compile_definitions(wd_flags INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_DISABLE_DEPRECATED_BEFORE=0x060000
  WD_VERSION="${PROJECT_VERSION}"
  $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>)
target_compile_options(wd_flags INTERFACE -Wall -Wextra -Wno-unused-parameter)
if(WD_WERROR)
  target_compile_options(wd_flags INTERFACE -Werror)
endif()
if(WIN32)
  # Wide-char Win32 API everywhere; Windows 10 is the oldest supported system.
  target_compile_definitions(wd_flags INTERFACE UNICODE _UNICODE WIN32_LEAN_AND_MEAN NOMINMAX
                             _WIN32_WINNT=0x0A00 WINVER=0x0A00)
endif()
