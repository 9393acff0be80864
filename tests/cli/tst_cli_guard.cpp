// rutile-cli's last line of defence, in-process: a command that throws ends with exit 3 (CLI.md's
// internal error) and one line, not an abort; one that returns keeps its own code.

#include "Cli.h"

#include <QCommandLineParser>
#include <QTest>

#include <new>
#include <stdexcept>

using namespace rutile;

class TestCliGuard : public QObject {
    Q_OBJECT

private slots:
    void aThrowingCommandIsAnInternalError()
    {
        QCommandLineParser parser;
        cli::Context ctx(parser, QStringLiteral("unused.rutile"));
        QCOMPARE(cli::runGuarded(ctx, [] { return 2; }), 2);
        QCOMPARE(cli::runGuarded(ctx, [] { return 0; }), 0);
        QCOMPARE(cli::runGuarded(ctx, []() -> int { throw std::runtime_error("boom"); }), 3);
        QCOMPARE(cli::runGuarded(ctx, []() -> int { throw std::bad_alloc(); }), 3);
    }
};

QTEST_GUILESS_MAIN(TestCliGuard)
#include "tst_cli_guard.moc"
