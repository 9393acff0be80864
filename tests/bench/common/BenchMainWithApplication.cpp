// main() of the benchmarks that need a QCoreApplication (QStandardPaths, QTemporaryDir, Qt
// Network's event loop): Google Benchmark's own main, inside an application object.

#include <benchmark/benchmark.h>

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
