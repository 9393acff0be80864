// `report` (CLI.md "runs / report"): the PDF and HTML reports of a backtest, a risk study and a
// journaled grid search. Each PDF passes `qpdf --check`; its text, read back with poppler's
// pdftotext, holds the numbers of the matching command's JSON, formatted here by hand (percent
// with two decimals, ratios with two); the monthly heat map's year is recomputed from the
// journaled equity curve. The HTML is one self-contained file (no script, no link, no remote
// image) with every chart as an embedded PNG. A report that cannot be written leaves no
// journal entry.

#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace rutile::test;

namespace {

struct Tool {
    int exitCode = -1;
    QByteArray out;
};

Tool runTool(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60000))
        qFatal("%s did not finish", qPrintable(program));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput() + p.readAllStandardError()};
}

/// The PDF's text as pdftotext reads it (the report sets no ligature), runs of spaces made one.
QString pdfText(const QString &pdf)
{
    const Tool t = runTool(QStringLiteral(RUTILE_PDFTOTEXT), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (t.exitCode != 0)
        qFatal("pdftotext failed on %s", qPrintable(pdf));
    QString text = QString::fromUtf8(t.out);
    return text.replace(QRegularExpression(QStringLiteral("[ \\t]+")), QStringLiteral(" "));
}

QString pct(double fraction, int decimals = 2)
{
    return QString::number(fraction * 100, 'f', decimals) + QLatin1Char('%');
}

QString fixed(double value, int decimals = 2)
{
    return QString::number(value, 'f', decimals);
}

QByteArray bytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliReport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QString out(const QString &name) const { return m_dir.filePath(name); }

    QJsonObject json(const QStringList &arguments)
    {
        const CliRun run = runCli(QStringList{"--db", m_db} + arguments + QStringList{"--json", "-"});
        if (run.exitCode != 0)
            qFatal("%s", run.err.constData());
        return QJsonDocument::fromJson(run.out).object();
    }

    QJsonArray runs()
    {
        const CliRun run = runCli({"--db", m_db, "runs", "--json", "-"});
        return QJsonDocument::fromJson(run.out).array();
    }

    /// The HTML is one file: nothing fetched, nothing run; `charts` PNGs embedded.
    void checkSelfContained(const QString &path, int charts)
    {
        const QByteArray html = bytes(path);
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        for (const char *outside : {"<script", "<link", "src=\"http", "src='http", "url(http", "@import"})
            QVERIFY2(!html.contains(outside), outside);
        const QRegularExpression png(QStringLiteral("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\""));
        int found = 0;
        for (auto it = png.globalMatch(QString::fromLatin1(html)); it.hasNext(); ++found) {
            const QImage image = QImage::fromData(QByteArray::fromBase64(it.next().captured(1).toLatin1()), "PNG");
            QVERIFY(!image.isNull());
            QCOMPARE(image.size(), QSize(1360, 520)); // 680 × 260 at twice the pixels
        }
        QCOMPARE(found, charts);
    }

    void checkPdf(const QString &path)
    {
        const Tool check = runTool(QStringLiteral(RUTILE_QPDF), {QStringLiteral("--check"), path});
        QVERIFY2(check.exitCode == 0, check.out.constData());
        QVERIFY(check.out.contains("No syntax or stream encoding errors"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("w.rutile"));
        QVERIFY(importRandomWalks(m_dir.path(), m_db));
    }

    void backtestReportShowsTheJsonNumbers()
    {
        const QStringList options{"AAA", "--strategy", "sma_cross", "--param", "fast=5", "--param", "slow=30",
                                  "--benchmark", "BBB", "--commission-pct", "0.1"};
        const CliRun run = runCli(QStringList{"--db", m_db, "report", "backtest"} + options
                                  + QStringList{"--pdf", out("bt.pdf"), "--html", out("bt.html")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject entry = runs().first().toObject();
        const QJsonObject j = json(QStringList{"backtest"} + options);

        checkPdf(out("bt.pdf"));
        checkSelfContained(out("bt.html"), 3); // equity, drawdown, yearly returns
        const QString text = pdfText(out("bt.pdf"));
        const QString html = QString::fromUtf8(bytes(out("bt.html")));
        const QStringList expected{
            QStringLiteral("Run #%1").arg(entry["id"].toInteger()),
            entry["data_hash"].toString(),
            QStringLiteral("Total return ") + pct(j["total_return"].toDouble()) + QLatin1Char(' ')
                + pct(j["buy_and_hold"].toObject()["total_return"].toDouble()),
            QStringLiteral("CAGR ") + pct(j["cagr"].toDouble()),
            QStringLiteral("Sharpe ratio ") + fixed(j["sharpe"].toDouble()),
            QStringLiteral("Maximum drawdown ") + pct(j["max_drawdown"].toDouble()),
            QStringLiteral("Exposure ") + pct(j["exposure"].toDouble()),
            QStringLiteral("Beta to BBB ") + fixed(j["beta"].toDouble()),
            QStringLiteral("Trades %1").arg(j["trades"].toInt()),
            QStringLiteral("Win rate ") + pct(j["win_rate"].toDouble()),
            QStringLiteral("Profit factor ") + fixed(j["profit_factor"].toDouble()),
            QStringLiteral("commission_pct 0.1"),
        };
        for (const QString &line : expected) {
            QVERIFY2(text.contains(line), qPrintable(QStringLiteral("PDF lacks '%1'").arg(line)));
            QVERIFY2(html.contains(line.section(QLatin1Char(' '), -1)), qPrintable(line)); // the same figure in the HTML
        }

        // The monthly heat map's first whole year, recomputed from the journaled curve.
        const QJsonObject curve = json({"runs", "show", QString::number(entry["id"].toInteger())})["results"]
                                      .toObject()["curve"].toObject();
        const QJsonArray dates = curve["date"].toArray();
        const QJsonArray equity = curve["equity"].toArray();
        double end2020 = 0, end2021 = 0;
        for (qsizetype i = 0; i < dates.size(); ++i) {
            if (dates[i].toString().startsWith(u"2020"))
                end2020 = equity[i].toDouble();
            if (dates[i].toString().startsWith(u"2021"))
                end2021 = equity[i].toDouble();
        }
        QVERIFY(end2020 > 0 && end2021 > 0);
        QVERIFY2(QRegularExpression(QStringLiteral("\\n ?2021 .* ") + QRegularExpression::escape(pct(end2021 / end2020 - 1, 1))
                                    + QStringLiteral("\\n"))
                     .match(text)
                     .hasMatch(),
                 qPrintable(pct(end2021 / end2020 - 1, 1)));
        // The first trade of the list, with its dates.
        const QJsonObject first = json({"runs", "show", QString::number(entry["id"].toInteger())})["results"]
                                      .toObject()["trade_list"].toArray().first().toObject();
        QVERIFY(text.contains(QStringLiteral("1 AAA long ") + first["entry_date"].toString()));
    }

    void riskReportShowsTheJsonNumbers()
    {
        const CliRun run = runCli({"--db", m_db, "report", "risk", "AAA", "--benchmark", "BBB", "--pdf", out("risk.pdf"),
                                   "--html", out("risk.html")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject j = json({"risk", "AAA", "--benchmark", "BBB"});
        checkPdf(out("risk.pdf"));
        checkSelfContained(out("risk.html"), 3); // level, returns, histogram
        const QString text = pdfText(out("risk.pdf"));
        const QStringList expected{
            QStringLiteral("Returns %1").arg(j["count"].toInt()),
            QStringLiteral("Annualised volatility ") + pct(j["annual_vol"].toDouble()),
            QStringLiteral("Historical VaR at 5.0% ") + pct(j["var_left"].toDouble()) + QLatin1Char(' ') + pct(j["var_right"].toDouble()),
            QStringLiteral("Expected shortfall at 5.0% ") + pct(j["es_left"].toDouble()),
            QStringLiteral("EVT stress value at 1.00% ") + pct(j["stress_left"].toDouble()) + QLatin1Char(' ')
                + pct(j["stress_right"].toDouble()),
            QStringLiteral("Shape ξ ") + fixed(j["gpd_left"].toObject()["xi"].toDouble(), 3),
            QStringLiteral("Beta ") + fixed(j["beta"].toDouble(), 3),
            QStringLiteral("Correlation ") + fixed(j["correlation"].toDouble(), 3),
            QStringLiteral("Maximum drawdown ") + pct(j["max_drawdown"].toDouble()),
        };
        for (const QString &line : expected)
            QVERIFY2(text.contains(line), qPrintable(QStringLiteral("PDF lacks '%1'").arg(line)));
        // The data table's head: the first bar as exported.
        const CliRun csv = runCli({"--db", m_db, "export", "AAA", "--csv", "-"});
        const QStringList firstBar = QString::fromUtf8(csv.out).split(QLatin1Char('\n')).at(1).split(QLatin1Char(','));
        QVERIFY(text.contains(firstBar[0] + QLatin1Char(' ') + fixed(firstBar[1].toDouble())));
    }

    void gridSearchReportFromTheJournal()
    {
        QCOMPARE(runCli({"--db", m_db, "optimize", "AAA", "--strategy", "sma_cross", "--grid", "fast=5:15:5", "--grid",
                         "slow=30:50:10", "--json", out("o.json")}).exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(bytes(out("o.json"))).object();
        const qint64 id = runs().first().toObject()["id"].toInteger();
        const CliRun run = runCli({"--db", m_db, "report", "run", QString::number(id), "--pdf", out("opt.pdf")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        checkPdf(out("opt.pdf"));
        const QString text = pdfText(out("opt.pdf"));
        QVERIFY(text.contains(QStringLiteral("Points evaluated %1").arg(o["evaluated"].toInt())));
        QVERIFY(text.contains(QStringLiteral("Best value ") + fixed(o["best"].toObject()["value"].toDouble(), 4)));
        QVERIFY(text.contains(QStringLiteral("Deflated Sharpe ratio of the best point: probability ")
                              + fixed(o["deflated_sharpe"].toObject()["probability"].toDouble(), 3)));
        QVERIFY(text.contains(QStringLiteral("fast \\ slow 30 40 50")));
        // Each heat-map row holds the grid's values in order.
        int rows = 0;
        for (const QJsonValue &v : o["results"].toArray())
            rows += text.contains(fixed(v.toObject()["value"].toDouble(), 3)) ? 1 : 0;
        QCOMPARE(rows, o["results"].toArray().size());
    }

    void refusalsLeaveNothing()
    {
        const int before = runs().size();
        CliRun run = runCli({"--db", m_db, "report", "backtest", "AAA", "--strategy", "sma_cross"});
        QCOMPARE(run.exitCode, 1); // neither --pdf nor --html
        run = runCli({"--db", m_db, "report", "backtest", "AAA", "--strategy", "sma_cross", "--pdf",
                      m_dir.filePath("no/such/folder/x.pdf")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.trimmed().contains('\n'));
        run = runCli({"--db", m_db, "report", "backtest", "AAA", "--strategy", "sma_cross", "--pdf", m_dir.path()});
        QVERIFY(run.exitCode != 0);
        QCOMPARE(runs().size(), before);
        run = runCli({"--db", m_db, "report", "run", "999", "--pdf", out("none.pdf")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("no run 999"));
        QVERIFY(!QFile::exists(out("none.pdf")));
        QCOMPARE(runCli({"--db", m_db, "report", "nonsense", "--pdf", out("n.pdf")}).exitCode, 1);
    }

    void mlReportFromTheJournal()
    {
        QCOMPARE(runCli({"--db", m_db, "ml", "AAA", "--param", "trees=5", "--json", out("m.json")}).exitCode, 0);
        const QJsonObject m = QJsonDocument::fromJson(bytes(out("m.json"))).object();
        const CliRun run = runCli({"--db", m_db, "report", "run", QString::number(runs().first().toObject()["id"].toInteger()),
                                   "--pdf", out("ml.pdf"), "--html", out("ml.html")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        checkPdf(out("ml.pdf"));
        checkSelfContained(out("ml.html"), 0);
        const QString text = pdfText(out("ml.pdf"));
        QVERIFY(text.contains(QStringLiteral("Accuracy ") + pct(m["accuracy"].toDouble())));
        QVERIFY(text.contains(QStringLiteral("Baseline accuracy ") + pct(m["baseline_accuracy"].toDouble())));
        QVERIFY(text.contains(QStringLiteral("AUC ") + fixed(m["auc"].toDouble(), 3)));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
