#pragma once

// Clearing the upper halves of the AVX registers before long scalar floating-point loops.
//
// Some library code the process runs (seen in Qt's startup path on an AVX-512 Xeon) leaves the
// upper 128 bits of the YMM registers in use without a VZEROUPPER. Until something clears them,
// every legacy-SSE instruction -- the scalar double arithmetic of a baseline x86-64 build and
// glibc's exp()/log() wrappers -- pays a false dependency on those bits (Intel 64 and IA-32
// Optimization Reference Manual, "Mixing AVX code with SSE code"). The sample universe's
// generator, which calls exp() and log() a few times per bar, ran 2.3 times slower in
// rutile-cli and the GUI than in a benchmark binary whose state was clean. VZEROUPPER is cheap
// (a few cycles); it is a no-op here on other CPUs and compilers.

#if (defined(__x86_64__) || defined(__i386__)) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define RUTILE_HAS_VZEROUPPER 1
#endif

namespace rutile {

#ifdef RUTILE_HAS_VZEROUPPER
[[gnu::target("avx")]] inline void zeroUpperAvx() { _mm256_zeroupper(); }

inline void clearUpperVectorState()
{
    static const bool avx = __builtin_cpu_supports("avx");
    if (avx)
        zeroUpperAvx();
}
#else
inline void clearUpperVectorState() {}
#endif

} // namespace rutile
