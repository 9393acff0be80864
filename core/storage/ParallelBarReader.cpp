#include "storage/ParallelBarReader.h"

#include <QFuture>
#include <QList>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <optional>
#include <vector>

namespace rutile {

Status readBarsInParallel(const QString &path, const QStringList &symbols, const ParallelReadOptions &options,
                          const TaskControl &control,
                          const std::function<Status(const Workspace &, qsizetype, BarSeries &&)> &visit)
{
    const std::size_t total = std::size_t(symbols.size());
    std::size_t threads =
        options.threads > 0 ? std::size_t(options.threads) : std::size_t(std::max(1, QThread::idealThreadCount()));
    threads = std::clamp<std::size_t>(threads, 1, std::max<std::size_t>(total, 1));
    std::vector<std::optional<Error>> errors(threads);
    std::atomic<std::size_t> done{0};
    std::atomic_bool stop{false};
    const QStringList &names = symbols; // read from several threads: never detached

    // Thread t reads positions t, t + threads, ...: neighbours in a list are often alike in
    // size, so the shares come out even.
    const auto readShare = [&](std::size_t t, bool reporter) {
        auto own = Workspace::open(path, WorkspaceAccess::Read);
        if (!own) {
            errors[t] = own.error();
            stop = true;
            return;
        }
        QStringList mine;
        for (std::size_t k = t; k < total; k += threads)
            mine.push_back(names[qsizetype(k)]);
        const Status status = (*own)->readBarsEach(
            mine,
            [&](qsizetype j, BarSeries &&series) -> Status {
                if (reporter) {
                    if (control.cancelled())
                        stop = true;
                    control.report(double(done.load()) / double(total));
                }
                if (stop.load())
                    return Error::cancelled();
                if (Status s = visit(**own, qsizetype(t + std::size_t(j) * threads), std::move(series)); !s)
                    return s;
                ++done;
                return {};
            },
            options.columns);
        if (!status && status.error().kind != ErrorKind::Cancelled) {
            errors[t] = status.error();
            stop = true;
        }
    };

    QThreadPool pool;
    pool.setMaxThreadCount(int(std::max<std::size_t>(threads - 1, 1)));
    QList<QFuture<void>> helpers;
    for (std::size_t t = 1; t < threads; ++t)
        helpers.push_back(QtConcurrent::run(&pool, [&readShare, t] { readShare(t, false); }));
    // This thread reads its share, then reports progress and passes cancellation on until the
    // helpers are through.
    readShare(0, true);
    for (QFuture<void> &f : helpers) {
        while (!f.isFinished()) {
            if (control.cancelled())
                stop = true;
            control.report(total == 0 ? 1.0 : double(done.load()) / double(total));
            QThread::msleep(20);
        }
    }
    // A cancel that came after the last symbol was read cancels nothing.
    if (control.cancelled() && done.load() < total)
        return Error::cancelled();
    for (const std::optional<Error> &e : errors) {
        if (e)
            return *e;
    }
    control.report(1.0);
    return {};
}

} // namespace rutile
