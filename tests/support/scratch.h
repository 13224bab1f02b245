// A path under the system temporary folder that belongs to this test process
// alone. ctest runs every test as its own process, two at a time, so a fixed
// name would let one test truncate the files another is reading.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <string>

namespace tidings::testing {

inline std::filesystem::path ScratchPath(const std::string& name) {
  return std::filesystem::temp_directory_path() / ("tidings_" + name + "_" + std::to_string(::getpid()));
}

}  // namespace tidings::testing
