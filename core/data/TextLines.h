#pragma once

#include <QByteArrayView>

#include <cstring>

namespace rutile {

/// Walks the lines of a text buffer. A line ends at LF, CR LF or a lone CR (files saved by
/// classic Mac OS programs), so files with any of these endings, or a mix, read the same.
/// Never reads outside [data.begin(), data.end()): a buffer need not be terminated or padded.
class TextLines {
public:
    explicit TextLines(QByteArrayView data) : m_p(data.data()), m_end(data.data() + data.size()) {}

    bool atEnd() const { return m_p == m_end; }
    /// Where the next line starts (the end of the buffer after the last one).
    const char *position() const { return m_p; }

    /// The next line, without its line end; call only when !atEnd().
    QByteArrayView next()
    {
        // The next LF is searched once and kept, so a file with no LF at all (CR endings)
        // is scanned once rather than once per line.
        if (!m_lf || m_lf < m_p)
            m_lf = find(m_p, m_end, '\n');
        const char *const cr = find(m_p, m_lf, '\r');
        const char *const begin = m_p;
        const char *lineEnd = m_lf;
        if (cr != m_lf) {
            lineEnd = cr;
            m_p = (cr + 1 != m_end && cr[1] == '\n') ? cr + 2 : cr + 1;
        } else {
            m_p = m_lf == m_end ? m_end : m_lf + 1;
        }
        return QByteArrayView(begin, lineEnd - begin);
    }

private:
    // [b, e) is searched with memchr, the fastest scan the C library has; e when absent.
    static const char *find(const char *b, const char *e, char c)
    {
        if (b == e)
            return e;
        const void *hit = std::memchr(b, c, static_cast<std::size_t>(e - b));
        return hit ? static_cast<const char *>(hit) : e;
    }

    const char *m_p;
    const char *m_end;
    const char *m_lf = nullptr; // the next LF at or after m_p, or m_end
};

} // namespace rutile
