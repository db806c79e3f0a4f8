# Strict settings shared by every Debrief target (imitating Zeal and Kate).
add_library(debrief_compiler_settings INTERFACE)
target_compile_options(debrief_compiler_settings INTERFACE
  -Wall -Wextra -Wpedantic -Werror -Wshadow -Wnon-virtual-dtor -Wold-style-cast
  -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough
  # At -O2 and above GCC reports null dereferences inside inlined Qt containers that cannot
  # happen; the unoptimised test build keeps the check (and ASan/UBSan catch real ones).
  $<$<CONFIG:Debug>:-Wnull-dereference>)
target_compile_definitions(debrief_compiler_settings INTERFACE
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_FOREACH
  QT_NO_KEYWORDS
  QT_USE_QSTRINGBUILDER
  QT_NO_CONTEXTLESS_CONNECT
  QT_STRICT_ITERATORS
  QT_DISABLE_DEPRECATED_UP_TO=0x060600)

if(DEBRIEF_SANITIZE)
  target_compile_options(debrief_compiler_settings INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(debrief_compiler_settings INTERFACE -fsanitize=address,undefined)
endif()
