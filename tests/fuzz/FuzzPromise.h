#pragma once

// The fuzz targets' promises: a broken one aborts, so libFuzzer saves the input as a crash.

#include <cstdio>
#include <cstdlib>

namespace rutile::fuzz {

inline void require(bool condition, const char *promise)
{
    if (!condition) {
        std::fprintf(stderr, "broken promise: %s\n", promise);
        std::abort();
    }
}

} // namespace rutile::fuzz
