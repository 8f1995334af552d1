// doctest's main() for every tests/core/*_test.cpp program (CMakeLists.txt builds one per file).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
