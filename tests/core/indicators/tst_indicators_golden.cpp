// Indicators on a committed fixture (tests/data/golden_traded.csv, 520 synthetic daily bars)
// against tests/data/golden/indicators.tsv, written by tests/data/golden/make_golden.py: an
// independent implementation of INDICATORS.md's conventions that sums every window afresh
// (math.fsum) instead of the kernels' rolling updates. Runs without ../shared/data.

#include "GoldenFiles.h"
#include "HistoryFiles.h"

#include "indicators/IndicatorRegistry.h"

#include <cmath>

using namespace rutile;
using namespace rutile::test;
using namespace rutile::indicators;

class TestIndicatorsGolden : public QObject {
    Q_OBJECT

private slots:
    void goldenColumns()
    {
        auto bars = readHistoryFile(fixture(QStringLiteral("golden_traded.csv")));
        QVERIFY2(bars.ok(), qPrintable(bars.ok() ? QString() : bars.error().toString()));
        const BarSeries &b = *bars;
        const GoldenTable expected = readGoldenTable(QStringLiteral("indicators.tsv"), QLatin1Char('\t'));
        QCOMPARE(b.size(), std::size_t(520));
        QCOMPARE(expected.rows.size(), b.size());

        // The fixture parses to the very numbers the script read.
        const int date = expected.column(QStringLiteral("date")), close = expected.column(QStringLiteral("close"));
        double scale = 0;
        for (std::size_t t = 0; t < b.size(); ++t) {
            QCOMPARE(b.date(t).toString(Qt::ISODate), expected.rows[t][date]);
            QCOMPARE(b.close[t], goldenNumber(expected.rows[t][close]));
            scale = std::max(scale, std::abs(b.close[t]));
        }

        // Each other column is "spec" or "spec/output". Tolerance: 1e-12 relative with an
        // absolute floor of 1e-12 × the largest close, because differences of price-sized
        // numbers (the MACD line and histogram) carry absolute, not relative, rounding error.
        const double floor = 1e-12 * scale;
        int columns = 0;
        for (int col = 0; col < int(expected.header.size()); ++col) {
            if (col == date || col == close)
                continue;
            const QString name = expected.header[col];
            const QString spec = name.section(QLatin1Char('/'), 0, 0);
            const QString output = name.section(QLatin1Char('/'), 1);
            Result<IndicatorSpec> parsed = parseIndicatorSpec(spec);
            QVERIFY2(parsed.ok(), qPrintable(name));
            Result<IndicatorResult> result = compute(*parsed, b);
            QVERIFY2(result.ok(), qPrintable(name));
            const IndicatorColumn *values = nullptr;
            for (const IndicatorColumn &c : result->columns) {
                if (output.isEmpty() ? result->columns.size() == 1 : c.output == output)
                    values = &c;
            }
            QVERIFY2(values, qPrintable(name + QStringLiteral(": no such output")));
            QCOMPARE(values->values.size(), b.size());
            std::size_t valid = 0;
            for (std::size_t t = 0; t < b.size(); ++t) {
                const double want = goldenNumber(expected.rows[t][col]);
                const double got = values->values[t];
                if (!fuzzyEqual(got, want, 1e-12, floor))
                    QFAIL(qPrintable(name + QStringLiteral(" at %1 (%2): ").arg(t).arg(expected.rows[t][date])
                        + QString::fromUtf8(describeMismatch(got, want, 1e-12, floor))));
                valid += !std::isnan(want);
            }
            // Every column has its warm-up and then hundreds of values to compare.
            QVERIFY2(valid > 450 && valid < b.size(), qPrintable(name));
            ++columns;
        }
        // sma ×2, ema ×2, rsi ×2, macd 3 outputs ×2, bbands 3 outputs ×2, atr ×2.
        QCOMPARE(columns, 20);
    }
};

QTEST_GUILESS_MAIN(TestIndicatorsGolden)
#include "tst_indicators_golden.moc"
