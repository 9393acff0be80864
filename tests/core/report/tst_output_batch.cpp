// A batch of outputs (core/report/OutputFile): the files of one piece of work appear together
// when it is published, and not at all when it is not; streams are written at once; a file
// staged outside a batch is written at once as before.

#include "report/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rutile;

namespace {

Status writeText(const QString &path, const QByteArray &text)
{
    return writeOutputFile(path, [&text](QIODevice &device) -> Status {
        if (device.write(text) != text.size())
            return Error::io(device.errorString());
        return {};
    });
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

void writeOld(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("old\n") != 4)
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

class TestOutputBatch : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    /// The names in the folder: a temporary file left behind shows here.
    QStringList folder() const { return QDir(m_dir.path()).entryList(QDir::Files, QDir::Name); }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        for (const QString &name : folder())
            QVERIFY(QFile::remove(m_dir.filePath(name)));
        writeOld(path("a.csv"));
    }

    void filesAppearTogetherWhenPublished()
    {
        OutputBatch batch;
        {
            const OutputBatch::Scope scope(batch);
            QVERIFY(writeText(path("a.csv"), "new a\n").ok());
            QVERIFY(writeText(path("b.json"), "new b\n").ok());
            // Staged: the old file and no new one yet (their temporary files may have no name:
            // Qt on Linux writes them unnamed until they are renamed).
            QCOMPARE(contents(path("a.csv")), QByteArray("old\n"));
            QVERIFY(!QFile::exists(path("b.json")));
        }
        QVERIFY(batch.publish().ok());
        QCOMPARE(contents(path("a.csv")), QByteArray("new a\n"));
        QCOMPARE(contents(path("b.json")), QByteArray("new b\n"));
        QCOMPARE(folder(), QStringList({QStringLiteral("a.csv"), QStringLiteral("b.json")}));
        QVERIFY(batch.publish().ok()); // nothing more to publish
    }

    void anUnpublishedBatchLeavesEveryFileAsItWas()
    {
        {
            OutputBatch batch;
            const OutputBatch::Scope scope(batch);
            QVERIFY(writeText(path("a.csv"), "new a\n").ok());
            QVERIFY(writeText(path("b.json"), "new b\n").ok());
        }
        QCOMPARE(contents(path("a.csv")), QByteArray("old\n"));
        QCOMPARE(folder(), QStringList({QStringLiteral("a.csv")})); // no temporary file left
    }

    void aFailedWriteIsNotStaged()
    {
        OutputBatch batch;
        {
            const OutputBatch::Scope scope(batch);
            const Status failed = writeOutputFile(path("a.csv"), [](QIODevice &device) -> Status {
                device.write("half");
                return Error::io(QStringLiteral("the data ran out"));
            });
            QVERIFY(!failed.ok());
            QCOMPARE(failed.error().file, path("a.csv"));
            QVERIFY(writeText(path("b.json"), "new b\n").ok());
        }
        QVERIFY(batch.publish().ok());
        QCOMPARE(contents(path("a.csv")), QByteArray("old\n"));
        QCOMPARE(contents(path("b.json")), QByteArray("new b\n"));
        QCOMPARE(folder().size(), 2);
    }

    void aFailedPublishStopsTheRestAndStays()
    {
        const QString sub = path("sub");
        QVERIFY(QDir().mkpath(sub));
        const QString late = QDir(sub).filePath(QStringLiteral("c.csv"));
        OutputBatch batch;
        {
            const OutputBatch::Scope scope(batch);
            QVERIFY(writeText(late, "new c\n").ok());
            QVERIFY(writeText(path("a.csv"), "new a\n").ok());
        }
        // The first target's folder goes, its temporary file with it: its rename fails.
        QVERIFY(QDir(sub).removeRecursively());
        const Status published = batch.publish();
        QVERIFY(!published.ok());
        QCOMPARE(published.error().file, late);
        QCOMPARE(contents(path("a.csv")), QByteArray("old\n")); // staged after it: removed
        QCOMPARE(folder(), QStringList({QStringLiteral("a.csv")}));
        QVERIFY(!batch.publish().ok()); // the batch stays failed
    }

    void withoutABatchAFileIsWrittenAtOnce()
    {
        OutputBatch batch;
        {
            const OutputBatch::Scope scope(batch);
        } // no longer current
        QVERIFY(writeText(path("a.csv"), "new a\n").ok());
        QCOMPARE(contents(path("a.csv")), QByteArray("new a\n"));
        QCOMPARE(folder(), QStringList({QStringLiteral("a.csv")}));
    }
};

QTEST_GUILESS_MAIN(TestOutputBatch)
#include "tst_output_batch.moc"
