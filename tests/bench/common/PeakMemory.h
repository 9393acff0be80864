#pragma once

// The process's peak resident memory, for the benchmarks' memory counters.

#if defined(__linux__)
#include <sys/resource.h>
#endif

namespace rutile::bench {

/// Peak resident set in MB (Linux: getrusage's ru_maxrss); 0 where it is not known.
inline double peakResidentMegabytes()
{
#if defined(__linux__)
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
#else
    return 0;
#endif
}

} // namespace rutile::bench
