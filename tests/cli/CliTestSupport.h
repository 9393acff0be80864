#pragma once

// Runs rutile-cli as a separate process, exactly as scripts run it. RUTILE_CLI_PATH is set
// by tests/cli/CMakeLists.txt for every CLI test.

#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStringList>
#include <QtGlobal>

namespace rutile::test {

/// What one rutile-cli run produced; exitCode is -1 when the process crashed.
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList &arguments,
                     const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(RUTILE_CLI_PATH), arguments);
    process.closeWriteChannel();
    // Generous: the golden backtests on the real RUT file run under a loaded CI machine.
    if (!process.waitForFinished(120000))
        qFatal("rutile-cli did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

/// The keys of a JSON object, for "contains every contract key" checks.
inline QSet<QString> jsonKeys(const QJsonObject &object)
{
    const QStringList list = object.keys();
    return QSet<QString>(list.begin(), list.end());
}

} // namespace rutile::test
