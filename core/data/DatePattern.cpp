#include "data/DatePattern.h"

namespace rutile {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads exactly `count` digits.
bool readFixed(const char *&p, const char *end, int count, int &out)
{
    if (end - p < count)
        return false;
    int value = 0;
    for (int i = 0; i < count; ++i, ++p) {
        if (!isDigit(*p))
            return false;
        value = value * 10 + (*p - '0');
    }
    out = value;
    return true;
}

// Reads one or two digits.
bool readShort(const char *&p, const char *end, int &out)
{
    if (p == end || !isDigit(*p))
        return false;
    int value = *p++ - '0';
    if (p != end && isDigit(*p))
        value = value * 10 + (*p++ - '0');
    out = value;
    return true;
}

std::optional<DayNumber> makeDay(int year, int month, int day)
{
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return toDayNumber(date);
}

bool isTimeSeparator(char c)
{
    return c == ' ' || c == 'T';
}

} // namespace

std::optional<DatePattern> DatePattern::compile(const QString &pattern)
{
    DatePattern result;
    result.m_pattern = pattern;
    bool hasYear = false, hasMonth = false, hasDay = false;
    const QByteArray text = pattern.toLatin1();
    for (qsizetype i = 0; i < text.size();) {
        const auto runOf = [&](char c) {
            qsizetype n = 0;
            while (i + n < text.size() && text[i + n] == c)
                ++n;
            return n;
        };
        const char c = text[i];
        const qsizetype run = (c == 'y' || c == 'M' || c == 'd') ? runOf(c) : 1;
        if (c == 'y' && (run == 4 || run == 2)) {
            result.m_items.push_back({run == 4 ? Token::Year4 : Token::Year2, 0});
            hasYear = true;
        } else if (c == 'M' && run <= 2) {
            result.m_items.push_back({run == 2 ? Token::Month2 : Token::Month, 0});
            hasMonth = true;
        } else if (c == 'd' && run <= 2) {
            result.m_items.push_back({run == 2 ? Token::Day2 : Token::Day, 0});
            hasDay = true;
        } else if (c == 'y' || c == 'M' || c == 'd') {
            return std::nullopt; // yyy, MMM (month names) and ddd are not supported
        } else {
            result.m_items.push_back({Token::Literal, c});
        }
        i += run;
    }
    if (!hasYear || !hasMonth || !hasDay)
        return std::nullopt;
    result.m_iso = pattern == QLatin1String("yyyy-MM-dd");
    return result;
}

std::optional<DayNumber> DatePattern::parse(const char *begin, const char *end) const
{
    if (m_iso) {
        // Fast path for the format of every named source.
        const qsizetype len = end - begin;
        if (len < 10 || begin[4] != '-' || begin[7] != '-' || (len > 10 && !isTimeSeparator(begin[10])))
            return std::nullopt;
        const char *p = begin;
        int y = 0, m = 0, d = 0;
        if (!readFixed(p, end, 4, y))
            return std::nullopt;
        ++p;
        if (!readFixed(p, end, 2, m))
            return std::nullopt;
        ++p;
        if (!readFixed(p, end, 2, d))
            return std::nullopt;
        return makeDay(y, m, d);
    }

    const char *p = begin;
    int year = 0, month = 0, day = 0;
    for (const Item &item : m_items) {
        bool ok = false;
        switch (item.token) {
        case Token::Year4: ok = readFixed(p, end, 4, year); break;
        case Token::Year2:
            ok = readFixed(p, end, 2, year);
            year += year >= 70 ? 1900 : 2000;
            break;
        case Token::Month2: ok = readFixed(p, end, 2, month); break;
        case Token::Month: ok = readShort(p, end, month); break;
        case Token::Day2: ok = readFixed(p, end, 2, day); break;
        case Token::Day: ok = readShort(p, end, day); break;
        case Token::Literal:
            ok = p != end && *p == item.literal;
            ++p;
            break;
        }
        if (!ok)
            return std::nullopt;
    }
    if (p != end && !isTimeSeparator(*p))
        return std::nullopt;
    return makeDay(year, month, day);
}

} // namespace rutile
