#pragma once

// A copy of some bytes placed right against a page the process may not touch, so that
// reading one byte past the end (or before the start) crashes at once in every build, not
// only under AddressSanitizer. This is how the parser's memory-safety tests catch an
// over-read of a single byte, which a plain heap buffer would hide.

#include <QByteArrayView>
#include <QtGlobal>

#include <cstring>

#if defined(Q_OS_UNIX)
#include <sys/mman.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#ifndef NOMINMAX
#define NOMINMAX // keep std::min, std::max and numeric_limits<T>::max() usable
#endif
#include <windows.h>
#endif

namespace rutile::test {

class GuardedBuffer {
public:
    /// Which side of the bytes the inaccessible page is on.
    enum class Guard { After, Before };

    static constexpr bool supported()
    {
#if defined(Q_OS_UNIX) || defined(Q_OS_WIN)
        return true;
#else
        return false;
#endif
    }

    GuardedBuffer(QByteArrayView bytes, Guard guard)
    {
        const std::size_t page = pageSize();
        const auto size = static_cast<std::size_t>(bytes.size());
        const std::size_t dataPages = size == 0 ? 1 : (size + page - 1) / page;
        m_length = (dataPages + 1) * page;
        m_base = static_cast<char *>(allocate(m_length));
        if (!m_base)
            qFatal("GuardedBuffer: cannot map %zu bytes", m_length);
        char *const guardPage = guard == Guard::After ? m_base + dataPages * page : m_base;
        if (!protect(guardPage, page))
            qFatal("GuardedBuffer: cannot protect the guard page");
        m_data = guard == Guard::After ? guardPage - size : guardPage + page;
        if (size > 0)
            std::memcpy(m_data, bytes.data(), size);
        m_size = bytes.size();
    }
    ~GuardedBuffer() { release(m_base, m_length); }
    GuardedBuffer(const GuardedBuffer &) = delete;
    GuardedBuffer &operator=(const GuardedBuffer &) = delete;

    QByteArrayView view() const { return QByteArrayView(m_data, m_size); }

private:
#if defined(Q_OS_UNIX)
    static std::size_t pageSize() { return static_cast<std::size_t>(sysconf(_SC_PAGESIZE)); }
    static void *allocate(std::size_t n)
    {
        void *p = mmap(nullptr, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        return p == MAP_FAILED ? nullptr : p;
    }
    static bool protect(char *p, std::size_t n) { return mprotect(p, n, PROT_NONE) == 0; }
    static void release(char *p, std::size_t n) { munmap(p, n); }
#elif defined(Q_OS_WIN)
    static std::size_t pageSize()
    {
        SYSTEM_INFO info;
        GetSystemInfo(&info);
        return info.dwPageSize;
    }
    static void *allocate(std::size_t n) { return VirtualAlloc(nullptr, n, MEM_RESERVE | MEM_COMMIT, PAGE_READWRITE); }
    static bool protect(char *p, std::size_t n)
    {
        DWORD old = 0;
        return VirtualProtect(p, n, PAGE_NOACCESS, &old) != 0;
    }
    static void release(char *p, std::size_t) { VirtualFree(p, 0, MEM_RELEASE); }
#else
    static std::size_t pageSize() { return 4096; }
    static void *allocate(std::size_t) { return nullptr; }
    static bool protect(char *, std::size_t) { return false; }
    static void release(char *, std::size_t) {}
#endif

    char *m_base = nullptr;
    std::size_t m_length = 0;
    char *m_data = nullptr;
    qsizetype m_size = 0;
};

} // namespace rutile::test
