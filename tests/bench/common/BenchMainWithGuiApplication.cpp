// main() of the benchmarks that draw (the chart workspace, reports): Google Benchmark's own main
// inside a QApplication, on the offscreen platform unless QT_QPA_PLATFORM names another (xcb
// measures on a real display).

#include <benchmark/benchmark.h>

#include <QApplication>

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
