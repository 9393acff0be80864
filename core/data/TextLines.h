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
        // The next LF and the next CR are each searched once and kept until passed, so a
        // file without CRs (or without LFs) is scanned for them once, not once per line.
        if (!m_lf || m_lf < m_p)
            m_lf = find(m_p, m_end, '\n');
        if (!m_cr || m_cr < m_p)
            m_cr = find(m_p, m_end, '\r');
        const char *const begin = m_p;
        const char *lineEnd = m_lf;
        if (m_cr < m_lf) {
            lineEnd = m_cr;
            // CR LF is one line end (m_lf is a real LF only before m_end).
            m_p = m_cr + 1 == m_lf && m_lf != m_end ? m_lf + 1 : m_cr + 1;
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
    const char *m_cr = nullptr; // the next CR at or after m_p, or m_end
};

} // namespace rutile
