// Edit > Settings and the GUI's language (ui/settings): the languages offered, the dialog's
// choices applied by the main window (the chart theme at once, the language saved for the next
// start), and the French and German catalogues installed as the app installs them: menus in the
// language, QLocale's default following it; the dark theme over the whole window. With
// RUTILE_UI_SHOTS set, pictures of the main window in each language and in the dark theme.

#include "UiTestSupport.h"

#include "MainWindow.h"
#include "WatchlistView.h"
#include "chart/PriceChart.h"
#include "settings/AppLanguage.h"
#include "settings/AppTheme.h"
#include "settings/PlotTheme.h"
#include "settings/SettingsDialog.h"
#include "backtest/RunSettingsForm.h"
#include "backtest/StrategyPanel.h"
#include "risk/RiskChartView.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScopeGuard>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

using namespace rutile;
using namespace rutile::ui;

class TestSettings : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    /// The accelerator letters of `texts` used more than once ("&Datei" and "&Drucken": "d").
    static QStringList clashingAccelerators(const QStringList &texts)
    {
        QStringList seen, clashes;
        for (const QString &text : texts) {
            const qsizetype at = QString(text).replace(QStringLiteral("&&"), QStringLiteral("__")).indexOf(QLatin1Char('&'));
            if (at < 0 || at + 1 >= text.size())
                continue;
            const QString letter = text.mid(at + 1, 1).toLower();
            (seen.contains(letter) ? clashes : seen) << letter;
        }
        return clashes;
    }

    /// The menu bar's titles, in order.
    static QStringList menuTitles(MainWindow &window)
    {
        QStringList titles;
        for (QAction *a : window.menuBar()->actions())
            titles << a->text();
        return titles;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir);
    }

    void offersTheSystemsLanguageAndEveryCatalogue()
    {
        const QList<LanguageChoice> choices = languageChoices();
        QStringList codes, names;
        for (const LanguageChoice &c : choices)
            codes << c.code, names << c.nativeName;
        QCOMPARE(codes, (QStringList{QString(), QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de")}));
        QCOMPARE(names.mid(1), (QStringList{QStringLiteral("English"), QStringLiteral("Français"), QStringLiteral("Deutsch")}));
        QCOMPARE(names.front(), QStringLiteral("System default"));

        // An unknown saved code is the system's; a known one is itself.
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("xx"));
        QCOMPARE(savedLanguage(), QString());
        QCOMPARE(effectiveLanguage(QStringLiteral("de")), QStringLiteral("de"));
        QSettings().remove(QStringLiteral("ui/language"));
    }

    void mainWindowAppliesTheDialogsChoices()
    {
        const QString path = m_dir.filePath(QStringLiteral("settings.rutile"));
        test::workspaceWith(path, QStringLiteral("ui_yahoo_small.csv"), QStringLiteral("RUT"));
        MainWindow window;
        window.setPersistentSettings(false);
        QVERIFY(window.openWorkspace(path).ok());
        auto *dark = window.findChild<QAction *>(QStringLiteral("darkThemeAction"));
        QVERIFY(dark && !dark->isChecked());

        // The dialog: German and the dark chart, OK; then "Restart now?" answered No.
        bool sawDialog = false, sawQuestion = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            sawDialog = true;
            auto *language = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
            auto *note = dialog->findChild<QLabel *>(QStringLiteral("languageNote"));
            QVERIFY(note->text().startsWith(QStringLiteral("Rutile is in ")));
            language->setCurrentIndex(language->findData(QStringLiteral("de")));
            QCOMPARE(note->text(), QStringLiteral("Takes effect when Rutile starts again."));
            auto *theme = dialog->findChild<QComboBox *>(QStringLiteral("themeCombo"));
            theme->setCurrentIndex(theme->findData(true));
            test::maybeSaveShot(dialog, QStringLiteral("settings-dialog"));
            // Backtest defaults: RUT as the workspace's benchmark, a 0.05 % commission.
            dialog->showPage(SettingsDialog::Page::BacktestDefaults);
            auto *benchmark = dialog->findChild<QComboBox *>(QStringLiteral("defaultBenchmarkCombo"));
            QCOMPARE(benchmark->currentData().toString(), QString()); // automatic
            benchmark->setCurrentIndex(benchmark->findData(QStringLiteral("RUT")));
            auto *form = dialog->findChild<RunSettingsForm *>();
            ParamValues costs = form->values();
            costs.set(QStringLiteral("commission_pct"), 0.05);
            form->setValues(costs);
            test::maybeSaveShot(dialog, QStringLiteral("settings-dialog-backtest"));
            QTimer::singleShot(0, this, [&] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                sawQuestion = box->text().contains(QStringLiteral("Deutsch"));
                box->button(QMessageBox::No)->click();
            });
            dialog->accept();
        });
        window.showSettings();
        QVERIFY(sawDialog);
        QVERIFY(sawQuestion);
        QCOMPARE(savedLanguage(), QStringLiteral("de"));
        QVERIFY(dark->isChecked());
        // The strategy panel starts from the new costs; the workspace keeps its benchmark (the CLI
        // reads it from there) and the panel's box shows it.
        auto *panel = window.findChild<StrategyPanel *>();
        QVERIFY(panel);
        QCOMPARE(panel->settings().value(u"commission_pct"), 0.05);
        QCOMPARE(Workspace::open(path).value()->setting(QStringLiteral("benchmark")).value_or(QString()), QStringLiteral("RUT"));
        QVERIFY(isDarkPalette()); // the whole application, not only the chart

        // Cancel changes nothing.
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *language = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
            QCOMPARE(language->currentData().toString(), QStringLiteral("de"));
            language->setCurrentIndex(language->findData(QStringLiteral("fr")));
            dialog->reject();
        });
        window.showSettings();
        QCOMPARE(savedLanguage(), QStringLiteral("de"));
        saveLanguage(QString());
        window.setDarkTheme(false);
        QVERIFY(!isDarkPalette());
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).isValid(), false);
    }

    void darkThemeCoversTheWholeWindow()
    {
        const QString path = m_dir.filePath(QStringLiteral("dark.rutile"));
        test::workspaceWith(path, QStringLiteral("ui_yahoo_small.csv"), QStringLiteral("RUT"));
        MainWindow window;
        QVERIFY(window.openWorkspace(path).ok());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString lightError = textStyle(Tone::Bad);
        const QPalette platform = QApplication::palette();

        window.setDarkTheme(true);
        QCOMPARE(savedTheme(), Theme::Dark); // persistent windows save it
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QCoreApplication::processEvents();
        // The symbol list's empty area, the menu bar and the chart's background: all dark.
        const QImage shot = window.grab().toImage();
        const QWidget *list = window.symbolView()->viewport();
        const QPoint inList = list->mapTo(&window, QPoint(list->width() / 2, list->height() - 10));
        QVERIFY2(shot.pixelColor(inList).lightness() < 60, qPrintable(shot.pixelColor(inList).name()));
        const QPoint inMenuBar = window.menuBar()->mapTo(&window, QPoint(window.menuBar()->width() - 5, 5));
        QVERIFY2(shot.pixelColor(inMenuBar).lightness() < 80, qPrintable(shot.pixelColor(inMenuBar).name()));
        const QPoint inChart = window.chart()->mapTo(&window, QPoint(window.chart()->width() / 2, 40));
        QVERIFY2(shot.pixelColor(inChart).lightness() < 80, qPrintable(shot.pixelColor(inChart).name()));
        // Status colours take a lighter tone on the dark palette.
        QVERIFY(textStyle(Tone::Bad) != lightError);
        QVERIFY(QColor(textStyle(Tone::Bad).section(QLatin1Char(' '), 1).chopped(1)).lightness()
                > QColor(lightError.section(QLatin1Char(' '), 1).chopped(1)).lightness());
        test::maybeSaveShot(&window, QStringLiteral("mainwindow-dark"));

        window.setDarkTheme(false);
        QCOMPARE(savedTheme(), Theme::Light);
        QCoreApplication::processEvents();
        const QImage light = window.grab().toImage();
        QVERIFY2(light.pixelColor(inList).lightness() > 200, qPrintable(light.pixelColor(inList).name()));
        QCOMPARE(textStyle(Tone::Bad), lightError);
        QCOMPARE(QApplication::palette(), platform); // the platform's own palette again
        QCOMPARE(currentTheme(), Theme::Light);
    }

    void anOpenQtChartTakesAThemeChosenLater()
    {
        // A risk chart made in the light theme, then the dark theme chosen while it is shown: its
        // background, title and axes turn dark, its series keep their colour; and back.
        RiskChartView view(QStringLiteral("test"));
        auto *chart = new QChart;
        chart->setTheme(chartTheme());
        chart->setTitle(QStringLiteral("Returns"));
        auto *line = new QLineSeries;
        for (int i = 0; i < 20; ++i)
            line->append(i, i % 5);
        const QColor blue(0x2b, 0x6c, 0xb0);
        line->setPen(QPen(blue, 2));
        chart->addSeries(line);
        auto *x = new QValueAxis;
        auto *y = new QValueAxis;
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        line->attachAxis(x);
        line->attachAxis(y);
        view.replaceChart(chart);
        view.resize(500, 320);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QPoint corner(6, 6); // the chart's background, outside the plot
        QVERIFY2(view.grab().toImage().pixelColor(corner).lightness() > 200,
                 qPrintable(view.grab().toImage().pixelColor(corner).name()));

        const auto lightAgain = qScopeGuard([] { applyTheme(Theme::Light); }); // even when a check fails
        applyTheme(Theme::Dark);
        QCoreApplication::processEvents();
        QCOMPARE(chart->backgroundBrush().color(), QApplication::palette().color(QPalette::Base));
        QCOMPARE(y->labelsColor(), QApplication::palette().color(QPalette::Text));
        QCOMPARE(chart->titleBrush().color(), QApplication::palette().color(QPalette::Text));
        QCOMPARE(line->pen().color(), blue);
        const QImage dark = view.grab().toImage();
        QVERIFY2(dark.pixelColor(corner).lightness() < 80, qPrintable(dark.pixelColor(corner).name()));
        test::maybeSaveShot(&view, QStringLiteral("riskchart-dark-after-switch"));

        applyTheme(Theme::Light);
        QCoreApplication::processEvents();
        QCOMPARE(chart->backgroundBrush().color(), QColor(Qt::white));
        QCOMPARE(line->pen().color(), blue);
        QVERIFY(view.grab().toImage().pixelColor(corner).lightness() > 200);
    }

    void aSavedBenchmarkOutsideTheWorkspaceIsKept()
    {
        // OK after changing something else must not turn a saved benchmark into "automatic".
        SettingsDialog::Current current;
        current.symbols = {QStringLiteral("RUT")};
        current.benchmark = QStringLiteral("GSPC");
        SettingsDialog dialog(current);
        QCOMPARE(dialog.benchmark(), QStringLiteral("GSPC"));
        current.benchmark.clear();
        QCOMPARE(SettingsDialog(current).benchmark(), QString());
    }

    void frenchAndGermanAsTheAppInstallsThem_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("file");      // the File menu's title in that catalogue
        QTest::addColumn<QChar>("decimalPoint");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("&Fichier") << QChar(u',');
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Datei") << QChar(u',');
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&File") << QChar(u'.');
    }

    void frenchAndGermanAsTheAppInstallsThem()
    {
        QFETCH(QString, code);
        QFETCH(QString, file);
        QFETCH(QChar, decimalPoint);
        // The translators installed before stay; the newest answers first, and English removes
        // them all (it installs none), as a restart would.
        if (code == QLatin1String("en"))
            for (auto *t : qApp->findChildren<QTranslator *>())
                QCoreApplication::removeTranslator(t);
        saveLanguage(code);
        QCOMPARE(installTranslations(*qApp), code);
        QCOMPARE(QLocale().language(), QLocale(code).language());
        QCOMPARE(QLocale().decimalPoint(), QString(decimalPoint));

        const QString path = m_dir.filePath(QStringLiteral("lang-%1.rutile").arg(code));
        test::workspaceWith(path, QStringLiteral("ui_yahoo_small.csv"), QStringLiteral("RUT"));
        MainWindow window;
        window.setPersistentSettings(false);
        QVERIFY(window.openWorkspace(path).ok());
        const QStringList titles = menuTitles(window);
        QCOMPARE(titles.size(), 7);
        QCOMPARE(titles.front(), file);
        if (code != QLatin1String("en")) {
            const QStringList english{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                                      QStringLiteral("&Data"), QStringLiteral("&Strategy"), QStringLiteral("&Analysis"),
                                      QStringLiteral("&Help")};
            for (qsizetype i = 0; i < titles.size(); ++i)
                QVERIFY2(titles[i] != english[i] || titles[i] == QStringLiteral("&Data"), qPrintable(titles[i]));
        }
        // Each menu's accelerators are unique, as the menu bar's are.
        QVERIFY2(clashingAccelerators(titles).isEmpty(), qPrintable(titles.join(u' ')));
        for (QAction *title : window.menuBar()->actions()) {
            QStringList items;
            for (QAction *a : title->menu()->actions())
                if (!a->isSeparator())
                    items << a->text();
            QVERIFY2(clashingAccelerators(items).isEmpty(),
                     qPrintable(title->text() + QStringLiteral(": ") + clashingAccelerators(items).join(u',') +
                                QStringLiteral(" in ") + items.join(QStringLiteral(" | "))));
        }
        // The screen's size under xvfb-run (1280x800, 1600x1000 for the pictures), else 1280x800.
        const QSize screen = QGuiApplication::primaryScreen()->size();
        window.resize(screen.width() >= 1280 ? screen : QSize(1280, 800));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        test::maybeSaveShot(&window, QStringLiteral("mainwindow-%1").arg(code));
        saveLanguage(QString());
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
