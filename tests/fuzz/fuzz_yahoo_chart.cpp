// libFuzzer target: provider responses (core/net/Provider): Yahoo's chart API JSON (YahooChart,
// the one place that knows the format of an unofficial endpoint), and the same bytes read as a
// Stooq CSV and as a FRED CSV. Built with RUTILE_FUZZ=ON and run by scripts/fuzz-parser.sh
// (fuzz_yahoo_chart).
//
// Besides memory errors, a broken promise stops the run (abort, saved as a crash): every row
// is a bar, a skipped row or a dropped duplicate; bars ascend by date, one per date, and each
// passes validateBar() (FRED's values: finite); events are sorted by date; no error message or
// skip reason spans more than one line.

#include "FuzzPromise.h"
#include "data/HistoryParser.h"
#include "net/Provider.h"

#include <QString>

#include <cmath>
#include <cstddef>
#include <cstdint>

using namespace rutile;
using fuzz::require;

namespace {

void check(net::Provider provider, QByteArrayView body)
{
    const auto parsed = net::parseProviderResponse(provider, body, QStringLiteral("FUZZ"));
    if (!parsed) {
        require(!parsed.error().message.contains(u'\n'), "one-line messages");
        return;
    }
    const ParsedHistory &h = parsed->bars;
    const BarSeries &s = h.series;
    require(s.isConsistent(), "bars ascend, one per date");
    require(!s.empty(), "a success has bars");
    require(h.rowsRead == qint64(s.size()) + qint64(h.skipped.size()) + h.duplicatesDropped,
        "every row is a bar, a skipped row or a duplicate");
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (provider == net::Provider::Fred)
            require(std::isfinite(s.close[i]), "every value is finite");
        else
            require(!validateBar(s.bar(i)).has_value(), "every bar passes validateBar");
    }
    for (std::size_t i = 1; i < parsed->actions.dividends.size(); ++i)
        require(parsed->actions.dividends[i - 1].date <= parsed->actions.dividends[i].date, "dividends sorted");
    for (std::size_t i = 1; i < parsed->actions.splits.size(); ++i)
        require(parsed->actions.splits[i - 1].date <= parsed->actions.splits[i].date, "splits sorted");
    for (const RowIssue &issue : h.skipped)
        require(!issue.reason.contains(u'\n'), "one-line reasons");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));
    for (net::Provider provider : {net::Provider::Yahoo, net::Provider::Stooq, net::Provider::Fred})
        check(provider, body);
    return 0;
}
