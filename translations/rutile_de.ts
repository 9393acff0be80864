<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ui/FileDialog.cpp" line="+24"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 File</source>
        <translation>%1-Datei</translation>
    </message>
</context>
<context>
    <name>rutile::Backtest</name>
    <message>
        <location filename="../core/backtest/Backtester.cpp" line="+528"/>
        <source>%1 trades %2 symbols; the data holds %3 (a pair needs --pair)</source>
        <translation>%1 handelt %2 Symbole; die Daten enthalten %3 (ein Paar benötigt --pair)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>strategy %1 has no factory</source>
        <translation>Strategie %1 hat keine Factory</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>stop-loss, take-profit and trailing stops apply to single-symbol strategies only</source>
        <translation>Stop-Loss, Take-Profit und Trailing-Stops gelten nur für Strategien mit einem einzigen Symbol</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not enough data: a backtest needs at least 2 bars, the range has %1</source>
        <translation>zu wenige Daten: ein Backtest benötigt mindestens 2 Bars, der Zeitraum enthält %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the benchmark %1 shares too few days with the run for beta and alpha</source>
        <translation>die Benchmark %1 hat zu wenige gemeinsame Tage mit dem Lauf für Beta und Alpha</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n position(s) still open at the end of the data were closed at the last close</source>
        <translation>
            <numerusform>%n am Ende der Daten noch offene Position wurde zum letzten Schlusskurs geschlossen</numerusform>
            <numerusform>%n am Ende der Daten noch offene Positionen wurden zum letzten Schlusskurs geschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n working order(s) never filled</source>
        <translation>
            <numerusform>%n wartende Order wurde nie ausgeführt</numerusform>
            <numerusform>%n wartende Orders wurden nie ausgeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n entry order(s) got no units from the sizing model and were skipped</source>
        <translation>
            <numerusform>%n Einstiegsorder erhielt vom Positionsgrößenmodell keine Einheiten und wurde übersprungen</numerusform>
            <numerusform>%n Einstiegsorders erhielten vom Positionsgrößenmodell keine Einheiten und wurden übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the equity fell to zero or below; returns after that point are meaningless</source>
        <translation>das Kapital fiel auf null oder darunter; Renditen ab diesem Zeitpunkt sind bedeutungslos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the strategy made no trade</source>
        <translation>die Strategie hat keinen Trade ausgeführt</translation>
    </message>
    <message>
        <location filename="../core/backtest/ConfigParams.cpp" line="+27"/>
        <source>Starting cash</source>
        <translation>Startkapital</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position size</source>
        <translation>Positionsgröße</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many units each entry buys or sells</source>
        <translation>Wie viele Einheiten jeder Einstieg kauft oder verkauft</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Percent of equity</source>
        <translation>Prozent des Kapitals</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Fixed units</source>
        <translation>Feste Stückzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Volatility target (ATR)</source>
        <translation>Volatilitätsziel (ATR)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notional per entry as a percent of equity at the fill</source>
        <translation>Nominalwert je Einstieg in Prozent des Kapitals bei der Ausführung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units per entry</source>
        <translation>Einheiten je Einstieg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk per ATR (%)</source>
        <translation>Risiko je ATR (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volatility target: percent of equity lost on a one-ATR move against the position (units = P% · equity / ATR)</source>
        <translation>Volatilitätsziel: Prozent des Kapitals, die bei einer Bewegung um eine ATR gegen die Position verloren gehen (Einheiten = P% · Kapital / ATR)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sizing ATR period</source>
        <translation>ATR-Periode der Positionsgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ATR period of the volatility target</source>
        <translation>ATR-Periode des Volatilitätsziels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum leverage</source>
        <translation>Maximaler Hebel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap of volatility sizing: notional ≤ leverage · equity</source>
        <translation>Obergrenze der volatilitätsbasierten Positionsgröße: Nominalwert ≤ Hebel · Kapital</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole units</source>
        <translation>Ganze Einheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round percent and volatility sizes down to whole units</source>
        <translation>Prozentuale und volatilitätsbasierte Positionsgrößen auf ganze Einheiten abrunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission</source>
        <translation>Provision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How commission is charged on each fill</source>
        <translation>Wie die Provision bei jeder Ausführung berechnet wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent of notional</source>
        <translation>Prozent des Nominalwerts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per unit (with minimum)</source>
        <translation>Pro Stück (mit Minimum)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fixed per order</source>
        <translation>Fest pro Order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission (% of notional)</source>
        <translation>Provision (% des Nominalwerts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per fill, in percent of its notional</source>
        <translation>Je Ausführung, in Prozent ihres Nominalwerts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission per unit</source>
        <translation>Provision je Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per unit traded, instead of a percent</source>
        <translation>Je gehandelter Einheit, statt eines Prozentsatzes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum commission</source>
        <translation>Mindestprovision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per order, with the per-unit commission</source>
        <translation>Je Order, zusammen mit der Provision je Einheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission per order</source>
        <translation>Provision je Order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fixed amount per order, instead of a percent</source>
        <translation>Ein fester Betrag je Order, statt eines Prozentsatzes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slippage (bps)</source>
        <translation>Slippage (bps)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis points against the trader on market and stop fills</source>
        <translation>Basispunkte zulasten des Traders bei Ausführungen von Market- und Stop-Orders</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>From the entry price; 0: none</source>
        <translation>Vom Einstiegskurs; 0: keiner</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Next bar&apos;s open</source>
        <translation>Eröffnung der nächsten Bar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next bar&apos;s close</source>
        <translation>Schluss der nächsten Bar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Annualisation of daily statistics</source>
        <translation>Annualisierung der täglichen Statistiken</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 and %2 are alternatives; give one</source>
        <translation>%1 und %2 schließen sich gegenseitig aus; geben Sie nur eines an</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Stop-loss (%)</source>
        <translation>Stop-Loss (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take-profit (%)</source>
        <translation>Take-Profit (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trailing stop (%)</source>
        <translation>Trailing-Stop (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the best price since entry; 0: none</source>
        <translation>Vom besten Kurs seit dem Einstieg; 0: keiner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trailing stop (ATRs)</source>
        <translation>Trailing-Stop (ATRs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ATRs from the best price since entry; 0: none</source>
        <translation>ATRs vom besten Kurs seit dem Einstieg; 0: keiner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trailing ATR period</source>
        <translation>Trailing-ATR-Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ATR period of the trailing stop in ATRs</source>
        <translation>ATR-Periode des Trailing-Stops in ATRs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Market orders fill at</source>
        <translation>Ausführung von Market-Orders zum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next bar&apos;s open or its close</source>
        <translation>Eröffnungs- oder Schlusskurs der nächsten Bar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk-free rate (%/year)</source>
        <translation>Risikofreier Zins (%/Jahr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual, for Sharpe, Sortino and alpha</source>
        <translation>Jährlich, für Sharpe, Sortino und Alpha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trading days per year</source>
        <translation>Handelstage pro Jahr</translation>
    </message>
    <message>
        <location filename="../core/trading/MarketData.cpp" line="+68"/>
        <source>no symbols to align</source>
        <translation>keine Symbole zum Ausrichten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 have no trading day in common</source>
        <translation>%1 haben keinen gemeinsamen Handelstag</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>leg %1 out of range [0, %2]</source>
        <translation>Leg %1 außerhalb des Bereichs [0, %2]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown indicator &apos;%1&apos;; expected one of: %2</source>
        <translation>unbekannter Indikator &apos;%1&apos;; erwartet wird einer von: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not enough data: %1(%2) needs at least %3 bars, %4 has %5</source>
        <translation>zu wenige Daten: %1(%2) benötigt mindestens %3 Bars, %4 hat %5</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 has no output &apos;%2&apos;; expected one of: %3</source>
        <translation>%1 hat keine Ausgabe &apos;%2&apos;; erwartet wird eine von: %3</translation>
    </message>
    <message>
        <location filename="../core/backtest/Optimizer.cpp" line="+82"/>
        <source>threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>deflated Sharpe confidence</source>
        <translation>Konfidenz der Deflated Sharpe-Ratio</translation>
    </message>
    <message numerus="yes">
        <location line="+158"/>
        <source>no grid point could be evaluated (%n skipped): %1</source>
        <translation>
            <numerusform>kein Rasterpunkt konnte ausgewertet werden (%n übersprungen): %1</numerusform>
            <numerusform>kein Rasterpunkt konnte ausgewertet werden (%n übersprungen): %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/backtest/ParameterGrid.cpp" line="+22"/>
        <source>%1: grid start (%2) must be a finite number</source>
        <translation>%1: der Rasterstart (%2) muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: grid stop (%2) must be a finite number</source>
        <translation>%1: das Rasterende (%2) muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: grid step (%2) must be a positive number</source>
        <translation>%1: die Rasterschrittweite (%2) muss eine positive Zahl sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: grid stop (%2) is below its start (%3)</source>
        <translation>%1: das Rasterende (%2) liegt unter seinem Start (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: a whole-number parameter needs a whole start and step, found %2:%3:%4</source>
        <translation>%1: ein ganzzahliger Parameter benötigt ganzzahligen Start und ganzzahlige Schrittweite, gefunden: %2:%3:%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 grid values; at most %3</source>
        <translation>%1: %2 Rasterwerte; höchstens %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected name=start:stop:step, found &apos;%1&apos;</source>
        <translation>erwartet: name=start:stop:step, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown parameter &apos;%1&apos;; expected one of: %2</source>
        <translation>unbekannter Parameter &apos;%1&apos;; erwartet wird einer von: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: expected start:stop:step, found &apos;%2&apos;</source>
        <translation>%1: erwartet: start:stop:step, gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1: &apos;%2&apos; ist keine Zahl</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>unknown grid parameter &apos;%1&apos;</source>
        <translation>unbekannter Rasterparameter &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>parameter &apos;%1&apos; appears on the grid twice</source>
        <translation>Parameter &apos;%1&apos; kommt zweimal im Raster vor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grid parameter &apos;%1&apos; has no values</source>
        <translation>Rasterparameter &apos;%1&apos; hat keine Werte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the grid has %1 points; at most %2</source>
        <translation>das Raster hat %1 Punkte; höchstens %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>shard count</source>
        <translation>Anzahl der Teile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shard index</source>
        <translation>Index des Teils</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--shard expects i/N (i from 0 to N−1), found &apos;%1&apos;</source>
        <translation>--shard erwartet i/N (i von 0 bis N−1), gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/backtest/ResultJson.cpp" line="+321"/>
        <source>&apos;results&apos; is not a list of grid points</source>
        <translation>&apos;results&apos; ist keine Liste von Rasterpunkten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not an optimisation shard: &apos;grid_size&apos; or &apos;shard&apos; is missing or invalid</source>
        <translation>kein Optimierungs-Shard: &apos;grid_size&apos; oder &apos;shard&apos; fehlt oder ist ungültig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;results&apos; is empty, but shard %1/%2 covers grid points %3 to %4</source>
        <translation>&apos;results&apos; ist leer, aber Shard %1/%2 umfasst die Rasterpunkte %3 bis %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;results&apos; holds a point (index %1) outside shard %2/%3 (grid points %4 to %5) or twice</source>
        <translation>&apos;results&apos; enthält einen Punkt (Index %1) außerhalb von Shard %2/%3 (Rasterpunkte %4 bis %5) oder doppelt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;results&apos; has %1 points and %2 were skipped, but shard %3/%4 covers %5 grid points</source>
        <translation>&apos;results&apos; hat %1 Punkte und %2 wurden übersprungen, aber Shard %3/%4 umfasst %5 Rasterpunkte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>merge needs at least one shard file</source>
        <translation>merge benötigt mindestens eine Shard-Datei</translation>
    </message>
    <message>
        <location filename="../core/backtest/ParameterGrid.cpp" line="-13"/>
        <source>shard 1</source>
        <translation>Teil 1</translation>
    </message>
    <message>
        <location filename="../core/backtest/ResultJson.cpp" line="+10"/>
        <source>not an optimisation result: no &apos;%1&apos;</source>
        <translation>kein Optimierungsergebnis: kein &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>differs from %1 in &apos;%2&apos;: not the same experiment</source>
        <translation>weicht in &apos;%2&apos; von %1 ab: nicht dasselbe Experiment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>belongs to a split into %1 shards, %2 to %3</source>
        <translation>gehört zu einer Aufteilung in %1 Teile, %2 zu einer in %3</translation>
    </message>
    <message>
        <location filename="../core/backtest/ParameterGrid.cpp" line="-5"/>
        <source>shard %1: %2</source>
        <translation>Shard %1: %2</translation>
    </message>
    <message>
        <location filename="../core/backtest/WalkForward.cpp" line="+21"/>
        <source>in-sample bars</source>
        <translation>In-Sample-Bars</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out-of-sample bars</source>
        <translation>Out-of-Sample-Bars</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not enough data: an in-sample window of %1 bars and an out-of-sample window of at least 2 need %2 bars, the range has %3</source>
        <translation>zu wenige Daten: ein In-Sample-Fenster von %1 Bars und ein Out-of-Sample-Fenster von mindestens 2 Bars benötigen %2 Bars, der Zeitraum enthält %3</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>walk-forward runs the whole grid; --shard does not apply</source>
        <translation>Walk-Forward durchläuft das gesamte Raster; --shard ist nicht anwendbar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>walk-forward fold %1 (in-sample %2 to %3): %4</source>
        <translation>Walk-Forward-Fold %1 (In-Sample %2 bis %3): %4</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the out-of-sample equity fell to zero; the walk-forward stopped at fold %1</source>
        <translation>das Out-of-Sample-Kapital fiel auf null; der Walk-Forward wurde bei Fold %1 beendet</translation>
    </message>
    <message>
        <location filename="../core/backtest/BacktestData.cpp" line="+22"/>
        <source>no symbol to trade</source>
        <translation>kein Symbol zum Handeln</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>not enough data: %1 has fewer than 2 bars between the dates given</source>
        <translation>zu wenige Daten: %1 hat weniger als 2 Bars zwischen den angegebenen Daten</translation>
    </message>
</context>
<context>
    <name>rutile::CsvLayout</name>
    <message>
        <location filename="../core/data/CsvLayout.cpp" line="+153"/>
        <location line="+200"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="-296"/>
        <source>expected %1, found %2</source>
        <translation>erwartet: %1, gefunden: %2</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>cannot recognise the date format of %1; choose one in the column mapping (for example dd.MM.yyyy)</source>
        <translation>das Datumsformat von %1 ist nicht erkennbar; wählen Sie eines in der Spaltenzuordnung (zum Beispiel dd.MM.yyyy)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>no column is mapped to the date</source>
        <translation>keine Spalte ist dem Datum zugeordnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no column is mapped to the close</source>
        <translation>keine Spalte ist dem Schlusskurs zugeordnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>column %1 is mapped to both %2 and %3</source>
        <translation>Spalte %1 ist sowohl %2 als auch %3 zugeordnet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the delimiter and the decimal separator are both &apos;%1&apos;</source>
        <translation>Trennzeichen und Dezimaltrennzeichen sind beide &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the decimal separator must be &apos;.&apos; or &apos;,&apos;</source>
        <translation>das Dezimaltrennzeichen muss &apos;.&apos; oder &apos;,&apos; sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>header lines (%1) must be 0 or more</source>
        <translation>Kopfzeilen (%1) müssen 0 oder mehr sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the date format &apos;%1&apos; needs a year (yyyy or yy), a month (MM or M) and a day (dd or d)</source>
        <translation>das Datumsformat &apos;%1&apos; benötigt ein Jahr (yyyy oder yy), einen Monat (MM oder M) und einen Tag (dd oder d)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the file holds the histories of %1 tickers (%2); Rutile imports one a file: save each ticker&apos;s columns to a file of its own</source>
        <translation>die Datei enthält die Kursverläufe von %1 Tickern (%2); Rutile importiert einen je Datei: Speichern Sie die Spalten jedes Tickers in einer eigenen Datei</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the Yahoo Finance header &apos;Date,Open,High,Low,Close,Adj Close,Volume&apos;</source>
        <translation>die Yahoo-Finance-Kopfzeile &apos;Date,Open,High,Low,Close,Adj Close,Volume&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Stooq header &apos;Date,Open,High,Low,Close,Volume&apos;</source>
        <translation>die Stooq-Kopfzeile &apos;Date,Open,High,Low,Close,Volume&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the three yfinance header lines &apos;Price,...&apos;, &apos;Ticker,...&apos;, &apos;Date,...&apos;</source>
        <translation>die drei yfinance-Kopfzeilen &apos;Price,...&apos;, &apos;Ticker,...&apos;, &apos;Date,...&apos;</translation>
    </message>
</context>
<context>
    <name>rutile::CsvWriter</name>
    <message>
        <location filename="../core/report/CsvWriter.cpp" line="+86"/>
        <source>a CSV record was left unfinished</source>
        <translation>ein CSV-Datensatz wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>rutile::Error</name>
    <message>
        <location filename="../core/util/Error.cpp" line="+21"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>rutile::HistoryDownload</name>
    <message>
        <location filename="../core/import/HistoryDownload.cpp" line="+82"/>
        <source>%1: cached close %2, now %3</source>
        <translation>%1: Schlusskurs im Cache %2, jetzt %3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: not in the workspace</source>
        <translation>%1: nicht im Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: imported from a file, not downloaded; download it once (rutile-cli download) to update it</source>
        <translation>%1: aus einer Datei importiert, nicht heruntergeladen; laden Sie es einmal herunter (rutile-cli download), um es zu aktualisieren</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 rewrote its history (%2); the full history was fetched again and replaced the cached bars</source>
        <translation>%1 hat seine Historie umgeschrieben (%2); die vollständige Historie wurde erneut abgerufen und hat die Bars im Cache ersetzt</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1: cancelled; left as it was</source>
        <translation>%1: abgebrochen; unverändert belassen</translation>
    </message>
</context>
<context>
    <name>rutile::HistoryImporter</name>
    <message>
        <location filename="../core/import/HistoryImporter.cpp" line="+29"/>
        <source>the file&apos;s ticker %1 is not a valid symbol (letters, digits and . - _ =, up to 32); give the symbol to import it as</source>
        <translation>der Ticker %1 der Datei ist kein gültiges Symbol (Buchstaben, Ziffern und . - _ =, höchstens 32); geben Sie das Symbol an, unter dem importiert werden soll</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a valid symbol (letters, digits and . - _ =, up to 32)</source>
        <translation>%1 ist kein gültiges Symbol (Buchstaben, Ziffern und . - _ =, bis zu 32)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot tell the symbol from the file name; name it</source>
        <translation>das Symbol lässt sich nicht aus dem Dateinamen ableiten; geben Sie es an</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no Date column found</source>
        <translation>keine Date-Spalte gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no Close column found</source>
        <translation>keine Close-Spalte gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a recognised price history: %1; expected a Yahoo Finance, yfinance or Stooq header, or a CSV with a date and a close column (use --format generic with --columns)</source>
        <translation>keine erkannte Kurshistorie: %1; erwartet wird eine Kopfzeile von Yahoo Finance, yfinance oder Stooq oder eine CSV-Datei mit einer Datums- und einer Schlusskursspalte (verwenden Sie --format generic mit --columns)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no data rows</source>
        <translation>keine Datenzeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none of the %1 rows can be used; the first problem: %2</source>
        <translation>keine der %1 Zeilen ist verwendbar; das erste Problem: %2</translation>
    </message>
</context>
<context>
    <name>rutile::HistoryParser</name>
    <message>
        <location filename="../core/data/HistoryParser.cpp" line="+115"/>
        <source>rows are not in date order (line %1 goes back to %2); they were sorted</source>
        <translation>die Zeilen sind nicht nach Datum sortiert (Zeile %1 springt zurück auf %2); sie wurden sortiert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 appears again on line %2; line %3 was dropped</source>
        <translation>%1 kommt in Zeile %2 erneut vor; Zeile %3 wurde verworfen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 must be a positive price, found %2</source>
        <translation>%1 muss ein positiver Kurs sein, gefunden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>high %1 is below max(open %2, close %3)</source>
        <translation>Hoch %1 liegt unter max(Eröffnung %2, Schluss %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>low %1 is above min(open %2, close %3)</source>
        <translation>Tief %1 liegt über min(Eröffnung %2, Schluss %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>volume must be 0 or more, found %1</source>
        <translation>das Volumen muss 0 oder mehr sein, gefunden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a finite number, found %1</source>
        <translation>erwartet: eine endliche Zahl, gefunden: %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>expected a date like %1, found %2</source>
        <translation>erwartet: ein Datum wie %1, gefunden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing value %1 for %2</source>
        <translation>fehlender Wert %1 für %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a number for %1, found %2</source>
        <translation>erwartet: eine Zahl für %1, gefunden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected %1 fields, found %2</source>
        <translation>erwartet: %1 Felder, gefunden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected at least %1 columns, found %2</source>
        <translation>erwartet: mindestens %1 Spalten, gefunden: %2</translation>
    </message>
</context>
<context>
    <name>rutile::HoldingsFile</name>
    <message>
        <location filename="../core/import/HoldingsFile.cpp" line="+25"/>
        <source>cannot tell the fund from the file name %1</source>
        <translation>der Fonds lässt sich nicht aus dem Dateinamen %1 ableiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is larger than 64 MiB; a holdings export is far smaller</source>
        <translation>die Datei ist größer als 64 MiB; ein Positionsexport ist weit kleiner</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no &quot;Fund Holdings as of&quot; date in the preamble</source>
        <translation>kein Datum &quot;Fund Holdings as of&quot; im Vorspann</translation>
    </message>
</context>
<context>
    <name>rutile::IndexEngine</name>
    <message>
        <location filename="../core/index/IndexEngine.cpp" line="+80"/>
        <source>the index base must be a positive number</source>
        <translation>die Indexbasis muss eine positive Zahl sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the index range starts after it ends</source>
        <translation>der Indexzeitraum beginnt nach seinem Ende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the attribution range starts after it ends</source>
        <translation>der Attributionszeitraum beginnt nach seinem Ende</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no share counts; cap and float weighting need them (equal weighting does not)</source>
        <translation>%1 hat keine Aktienanzahlen; Kapitalisierungs- und Streubesitzgewichtung benötigen sie (Gleichgewichtung nicht)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the share count of %2 is not a positive number</source>
        <translation>%1: die Aktienanzahl vom %2 ist keine positive Zahl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the split of %2 has no positive ratio</source>
        <translation>%1: der Split vom %2 hat kein positives Verhältnis</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1: the close of %2 is not a positive number</source>
        <translation>%1: der Schlusskurs vom %2 ist keine positive Zahl</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>no constituent has a bar in the index range</source>
        <translation>kein Indexmitglied hat eine Bar im Indexzeitraum</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the attribution range holds no day of the index (%1 to %2)</source>
        <translation>der Attributionszeitraum enthält keinen Tag des Index (%1 bis %2)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>no constituent trades on %1</source>
        <translation>kein Indexmitglied wird am %1 gehandelt</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>every constituent has left the index at the close of %1, before the end of its range</source>
        <translation>alle Indexmitglieder haben den Index zum Schluss am %1 verlassen, vor dem Ende seines Zeitraums</translation>
    </message>
</context>
<context>
    <name>rutile::Indicators</name>
    <message>
        <location filename="../core/indicators/IndicatorRegistry.cpp" line="+30"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of bars in the window</source>
        <translation>Anzahl der Bars im Fenster</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Simple moving average</source>
        <translation>Einfacher gleitender Durchschnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean of the last n closes</source>
        <translation>Mittelwert der letzten n Schlusskurse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exponential moving average</source>
        <translation>Exponentieller gleitender Durchschnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EMA with k = 2/(n+1), seeded with the SMA of the first n closes</source>
        <translation>EMA mit k = 2/(n+1), initialisiert mit dem SMA der ersten n Schlusskurse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Weighted moving average</source>
        <translation>Gewichteter gleitender Durchschnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linearly weighted mean of the last n closes, newest heaviest</source>
        <translation>Linear gewichteter Mittelwert der letzten n Schlusskurse, der neueste am stärksten gewichtet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Double exponential moving average</source>
        <translation>Doppelter exponentieller gleitender Durchschnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2·EMA − EMA(EMA)</source>
        <translation>2·EMA − EMA(EMA)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Triple exponential moving average</source>
        <translation>Dreifacher exponentieller gleitender Durchschnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3·EMA − 3·EMA(EMA) + EMA(EMA(EMA))</source>
        <translation>3·EMA − 3·EMA(EMA) + EMA(EMA(EMA))</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bollinger Bands</source>
        <translation>Bollinger-Bänder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMA ± k population standard deviations of the last n closes</source>
        <translation>SMA ± k Standardabweichungen (Grundgesamtheit) der letzten n Schlusskurse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width (σ)</source>
        <translation>Breite (σ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance of the bands from the middle, in standard deviations</source>
        <translation>Abstand der Bänder von der Mitte, in Standardabweichungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upper</source>
        <translation>Oben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Middle</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lower</source>
        <translation>Unten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Relative strength index</source>
        <translation>Relative Strength Index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wilder&apos;s RSI: 100·G/(G+L) of smoothed gains and losses</source>
        <translation>RSI nach Wilder: 100·G/(G+L) der geglätteten Gewinne und Verluste</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+7"/>
        <source>MACD</source>
        <translation>MACD</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Moving average convergence/divergence: fast EMA − slow EMA, its signal EMA and the histogram</source>
        <translation>Moving Average Convergence/Divergence: schneller EMA − langsamer EMA, dessen Signal-EMA und das Histogramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast period</source>
        <translation>Schnelle Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow period</source>
        <translation>Langsame Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period of the slow EMA; must exceed the fast period</source>
        <translation>Periode des langsamen EMA; muss größer als die schnelle Periode sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal period</source>
        <translation>Signalperiode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Histogram</source>
        <translation>Histogramm</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Average true range</source>
        <translation>Average True Range</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wilder-smoothed true range</source>
        <translation>True Range, nach Wilder geglättet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stochastic</source>
        <translation>Stochastik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow stochastic oscillator: %K and its moving average %D</source>
        <translation>Langsamer Stochastik-Oszillator: %K und sein gleitender Durchschnitt %D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%K period</source>
        <translation>%K-Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%K smoothing</source>
        <translation>%K-Glättung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%D period</source>
        <translation>%D-Periode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%K</source>
        <translation>%K</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%D</source>
        <translation>%D</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Average directional index</source>
        <translation>Average Directional Index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wilder&apos;s trend strength with the +DI and −DI lines</source>
        <translation>Trendstärke nach Wilder mit den Linien +DI und −DI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ADX</source>
        <translation>ADX</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+DI</source>
        <translation>+DI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>-DI</source>
        <translation>-DI</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Commodity channel index</source>
        <translation>Commodity Channel Index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deviation of the typical price from its mean, in units of 0.015 mean deviations</source>
        <translation>Abweichung des typischen Kurses von seinem Mittelwert, in Einheiten von 0.015 mittleren Abweichungen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Williams %R</source>
        <translation>Williams %R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position of the close within the high–low range of the last n bars, −100..0</source>
        <translation>Lage des Schlusskurses innerhalb der Hoch-Tief-Spanne der letzten n Bars, −100..0</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Money flow index</source>
        <translation>Money Flow Index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume-weighted RSI of the typical price</source>
        <translation>Volumengewichteter RSI des typischen Kurses</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>On-balance volume</source>
        <translation>On-Balance-Volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running total of volume, added on up closes and subtracted on down closes</source>
        <translation>Laufende Summe des Volumens, addiert bei steigenden und subtrahiert bei fallenden Schlusskursen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rate of change</source>
        <translation>Rate of Change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentage change of the close over n bars</source>
        <translation>Prozentuale Veränderung des Schlusskurses über n Bars</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+83"/>
        <source>unknown indicator &apos;%1&apos;; known: %2</source>
        <translation>unbekannter Indikator &apos;%1&apos;; bekannt: %2</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1 output buffers given, %2 expected</source>
        <translation>%1 Ausgabepuffer angegeben, %2 erwartet</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>no indicator given</source>
        <translation>kein Indikator angegeben</translation>
    </message>
    <message>
        <location filename="../core/indicators/IndicatorSupport.cpp" line="+38"/>
        <source>%1 (%2) is longer than the series (%3 bars)</source>
        <translation>%1 (%2) ist länger als die Zeitreihe (%3 Bars)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an input or output holds %1 values where %2 are expected</source>
        <translation>eine Eingabe oder Ausgabe enthält %1 Werte, wo %2 erwartet werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>two outputs share memory</source>
        <translation>zwei Ausgaben teilen sich Speicher</translation>
    </message>
</context>
<context>
    <name>rutile::JsonText</name>
    <message>
        <location filename="../core/util/JsonText.cpp" line="+32"/>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
</context>
<context>
    <name>rutile::OutputFile</name>
    <message>
        <location filename="../core/report/OutputFile.cpp" line="+30"/>
        <source>cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>an output needs a file name (or &apos;-&apos; for standard output)</source>
        <translation>eine Ausgabe benötigt einen Dateinamen (oder &apos;-&apos; für die Standardausgabe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is a folder; expected a file name</source>
        <translation>ist ein Ordner; erwartet wird ein Dateiname</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not writable</source>
        <translation>ist nicht beschreibbar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder %1 is not writable</source>
        <translation>der Ordner %1 ist nicht beschreibbar</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+5"/>
        <source>cannot open for writing: %1</source>
        <translation>kann nicht zum Schreiben geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>rutile::ParamJson</name>
    <message>
        <location filename="../core/params/ParamJson.cpp" line="+40"/>
        <source>unknown parameter %1</source>
        <translation>unbekannter Parameter %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>parameter %1 has no value</source>
        <translation>Parameter %1 hat keinen Wert</translation>
    </message>
</context>
<context>
    <name>rutile::Params</name>
    <message>
        <location filename="../core/params/ParamSpec.cpp" line="+70"/>
        <source>%1 (%2) must be true or false</source>
        <translation>%1 (%2) muss true oder false sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) must be one of: %3</source>
        <translation>%1 (%2) muss einer der folgenden Werte sein: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) must be a whole number in [%3, %4]</source>
        <translation>%1 (%2) muss eine ganze Zahl in [%3, %4] sein</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 expects true or false, found &apos;%2&apos;</source>
        <translation>%1 erwartet true oder false, gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 expects one of: %2; found &apos;%3&apos;</source>
        <translation>%1 erwartet einen der Werte %2; gefunden: &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 expects a number, found &apos;%2&apos;</source>
        <translation>%1 erwartet eine Zahl, gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+63"/>
        <source>unknown parameter &apos;%1&apos;; expected one of: %2</source>
        <translation>unbekannter Parameter &apos;%1&apos;; erwartet wird einer von: %2</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>&apos;%1&apos; has no name before the arguments</source>
        <translation>&apos;%1&apos; hat keinen Namen vor den Argumenten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 arguments given, at most %2 expected (%3)</source>
        <translation>%1 Argumente angegeben, höchstens %2 erwartet (%3)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>expected name=value, found &apos;%1&apos;</source>
        <translation>erwartet: name=value, gefunden: &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>rutile::RangeCheck</name>
    <message>
        <location filename="../core/util/RangeCheck.cpp" line="+34"/>
        <source>%1 (%2) out of range %3</source>
        <translation>%1 (%2) außerhalb des Bereichs %3</translation>
    </message>
</context>
<context>
    <name>rutile::Rules</name>
    <message>
        <location filename="../core/rules/ColumnEvaluator.cpp" line="+74"/>
        <source>the rules need more than %1 intermediate columns over %2 bars (%3 MB); simplify them</source>
        <translation>die Regeln benötigen mehr als %1 Zwischenspalten über %2 Bars (%3 MB); vereinfachen Sie sie</translation>
    </message>
    <message>
        <location line="+73"/>
        <location filename="../core/rules/Compiler.cpp" line="+632"/>
        <source>ref() needs a constant bar count ≥ 0</source>
        <translation>ref() benötigt eine konstante Bar-Anzahl ≥ 0</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) must be at least %3</source>
        <translation>%1 (%2) muss mindestens %3 sein</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>internal error: &apos;%1&apos; cannot be evaluated</source>
        <translation>interner Fehler: &apos;%1&apos; kann nicht ausgewertet werden</translation>
    </message>
    <message>
        <location filename="../core/rules/Compiler.cpp" line="-498"/>
        <source>this expression</source>
        <translation>dieser Ausdruck</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is a number, a condition is needed here</source>
        <translation>%1 ist eine Zahl, hier wird eine Bedingung benötigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a condition, a number is needed here</source>
        <translation>%1 ist eine Bedingung, hier wird eine Zahl benötigt</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&apos;%1&apos; is a price field and cannot be a %2 name</source>
        <translation>&apos;%1&apos; ist ein Kursfeld und kann nicht als %2-Name verwendet werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is a function and cannot be a %2 name</source>
        <translation>&apos;%1&apos; ist eine Funktion und kann nicht als %2-Name verwendet werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is a keyword and cannot be a %2 name</source>
        <translation>&apos;%1&apos; ist ein Schlüsselwort und kann nicht als %2-Name verwendet werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>leg</source>
        <translation>Leg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only one extra leg is supported; &apos;%1&apos; is already declared</source>
        <translation>nur ein zusätzliches Leg wird unterstützt; &apos;%1&apos; ist bereits deklariert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is already defined on line %2</source>
        <translation>&apos;%1&apos; ist bereits in Zeile %2 definiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is already the name of a leg (line %2)</source>
        <translation>&apos;%1&apos; ist bereits der Name eines Legs (Zeile %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parameter names are lower case letters, digits and &apos;_&apos; (they are CLI names): &apos;%1&apos;</source>
        <translation>Parameternamen bestehen aus Kleinbuchstaben, Ziffern und &apos;_&apos; (es sind CLI-Namen): &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>let</source>
        <translation>let</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the range %1..%2 of &apos;%3&apos; is empty</source>
        <translation>der Bereich %1..%2 von &apos;%3&apos; ist leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the default %1 of &apos;%2&apos; is outside its range %3..%4</source>
        <translation>der Standardwert %1 von &apos;%2&apos; liegt außerhalb seines Bereichs %3..%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the step of &apos;%1&apos; must be greater than 0</source>
        <translation>die Schrittweite von &apos;%1&apos; muss größer als 0 sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a whole number parameter: give its step (param %1 = %2 in %3..%4 step 0.1)</source>
        <translation>&apos;%1&apos; ist kein ganzzahliger Parameter: geben Sie seine Schrittweite an (param %1 = %2 in %3..%4 step 0.1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the range of &apos;%1&apos; is beyond ±%2</source>
        <translation>der Bereich von &apos;%1&apos; überschreitet ±%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the expression is too deep: more than %1 operations chained or nested; split it with let</source>
        <translation>der Ausdruck ist zu tief: mehr als %1 Operationen verkettet oder verschachtelt; teilen Sie ihn mit let auf</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&apos;.%1&apos; selects an output of an indicator, as in macd(close, 12, 26, 9).signal</source>
        <translation>&apos;.%1&apos; wählt eine Ausgabe eines Indikators aus, wie in macd(close, 12, 26, 9).signal</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>&apos;%1&apos; cannot refer to itself</source>
        <translation>&apos;%1&apos; kann nicht auf sich selbst verweisen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is defined on line %2, below its use: names must be defined above the line that uses them</source>
        <translation>&apos;%1&apos; ist in Zeile %2 definiert, unterhalb seiner Verwendung: Namen müssen oberhalb der Zeile definiert werden, die sie verwendet</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&apos;%1&apos; is a function: write %1(…)</source>
        <translation>&apos;%1&apos; ist eine Funktion: schreiben Sie %1(…)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is a leg: write &apos;close of %1&apos;</source>
        <translation>&apos;%1&apos; ist ein Leg: schreiben Sie &apos;close of %1&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown name &apos;%1&apos;</source>
        <translation>unbekannter Name &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown name &apos;%1&apos; — did you mean &apos;%2&apos;?</source>
        <translation>unbekannter Name &apos;%1&apos; – meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown leg &apos;%1&apos;: declare it with &apos;leg %1&apos;</source>
        <translation>unbekanntes Leg &apos;%1&apos;: deklarieren Sie es mit &apos;leg %1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown leg &apos;%1&apos; — did you mean &apos;%2&apos;?</source>
        <translation>unbekanntes Leg &apos;%1&apos; – meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown leg &apos;%1&apos;</source>
        <translation>unbekanntes Leg &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; reads the series given to it: write %1(close of %2, …)</source>
        <translation>&apos;%1&apos; liest die ihm übergebene Zeitreihe: schreiben Sie %1(close of %2, …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;of %1&apos; applies to a price field (close of %1) or to an indicator that reads prices (atr(14) of %1)</source>
        <translation>&apos;of %1&apos; gilt für ein Kursfeld (close of %1) oder für einen Indikator, der Kurse liest (atr(14) of %1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&apos;%1&apos; is not a function</source>
        <translation>&apos;%1&apos; ist keine Funktion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown function &apos;%1&apos;</source>
        <translation>unbekannte Funktion &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown function &apos;%1&apos; — did you mean &apos;%2&apos;?</source>
        <translation>unbekannte Funktion &apos;%1&apos; – meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>too many arguments for &apos;%1&apos;: write %2</source>
        <translation>zu viele Argumente für &apos;%1&apos;: schreiben Sie %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; needs a series first: %2</source>
        <translation>&apos;%1&apos; benötigt zuerst eine Zeitreihe: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; needs a series first, not a constant: %2</source>
        <translation>&apos;%1&apos; benötigt zuerst eine Zeitreihe, keine Konstante: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the %1 of &apos;%2&apos; must be a constant (numbers and parameters)</source>
        <translation>der Parameter %1 von &apos;%2&apos; muss eine Konstante sein (Zahlen und Parameter)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&apos;%1&apos; has no output &apos;%2&apos; (outputs: %3)</source>
        <translation>&apos;%1&apos; hat keine Ausgabe &apos;%2&apos; (Ausgaben: %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; has no output &apos;%2&apos; — did you mean &apos;%3&apos;? (outputs: %4)</source>
        <translation>&apos;%1&apos; hat keine Ausgabe &apos;%2&apos; – meinten Sie &apos;%3&apos;? (Ausgaben: %4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; has several outputs: write %1(…).%2 (outputs: %3)</source>
        <translation>&apos;%1&apos; hat mehrere Ausgaben: schreiben Sie %1(…).%2 (Ausgaben: %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>wrong number of arguments for &apos;%1&apos;: write %2</source>
        <translation>falsche Anzahl von Argumenten für &apos;%1&apos;: schreiben Sie %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the window of &apos;%1&apos; must be a constant (numbers and parameters)</source>
        <translation>das Fenster von &apos;%1&apos; muss eine Konstante sein (Zahlen und Parameter)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the file has no &apos;buy when&apos; or &apos;short when&apos; rule: it would never trade</source>
        <translation>die Datei hat keine Regel &apos;buy when&apos; oder &apos;short when&apos;: sie würde nie handeln</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is already set on line %2</source>
        <translation>%1 ist bereits in Zeile %2 gesetzt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the trailing stop uses the backtest&apos;s ATR (its period is the --atr-period setting, default 14): write &apos;trailing_stop 3 * atr&apos;</source>
        <translation>der Trailing-Stop verwendet die ATR des Backtests (ihre Periode ist die Einstellung --atr-period, Standard 14): schreiben Sie &apos;trailing_stop 3 * atr&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>trailing_stop takes a percentage (trailing_stop 5%) or a multiple of the ATR (trailing_stop 3 * atr)</source>
        <translation>trailing_stop erwartet einen Prozentsatz (trailing_stop 5%) oder ein Vielfaches der ATR (trailing_stop 3 * atr)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 needs a percentage: %1 %2%</source>
        <translation>%1 benötigt einen Prozentsatz: %1 %2%</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>hedge_ratio is already set on line %1</source>
        <translation>hedge_ratio ist bereits in Zeile %1 gesetzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hedge_ratio needs a second leg: declare it with &apos;leg hedge&apos;</source>
        <translation>hedge_ratio benötigt ein zweites Leg: deklarieren Sie es mit &apos;leg hedge&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>stop_loss, take_profit and trailing_stop apply to single-symbol strategies only: a stop on one leg of a pair would leave the other leg naked</source>
        <translation>stop_loss, take_profit und trailing_stop gelten nur für Strategien mit einem einzigen Symbol: ein Stop auf einem Leg eines Paares würde das andere Leg ungesichert lassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a second leg needs a hedge ratio: add &apos;hedge_ratio EXPR&apos; (the hedge leg&apos;s notional per unit of the traded leg&apos;s)</source>
        <translation>ein zweites Leg benötigt eine Hedge-Ratio: fügen Sie &apos;hedge_ratio EXPR&apos; hinzu (der Nominalwert des Hedge-Legs je Einheit des Nominalwerts des gehandelten Legs)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>max_entries is already set on line %1</source>
        <translation>max_entries ist bereits in Zeile %1 gesetzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>max_entries needs a constant (numbers and parameters)</source>
        <translation>max_entries benötigt eine Konstante (Zahlen und Parameter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>max_entries needs a whole number ≥ 1, found %1</source>
        <translation>max_entries benötigt eine ganze Zahl ≥ 1, gefunden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>require needs a condition of parameters and numbers (require fast &lt; slow), not of prices</source>
        <translation>require benötigt eine Bedingung aus Parametern und Zahlen (require fast &lt; slow), nicht aus Kursen</translation>
    </message>
    <message>
        <location filename="../core/rules/Parser.cpp" line="+55"/>
        <source>the file has more than %1 expression parts; a rule file may have at most %1</source>
        <translation>die Datei hat mehr als %1 Ausdrucksteile; eine Regeldatei darf höchstens %1 haben</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the end of the line</source>
        <translation>das Zeilenende</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the expression is nested too deeply (more than %1 levels)</source>
        <translation>der Ausdruck ist zu tief verschachtelt (mehr als %1 Ebenen)</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>syntax error at %1</source>
        <translation>Syntaxfehler bei %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>expected an expression, found %1</source>
        <translation>erwartet: ein Ausdruck, gefunden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>expected a condition, found %1</source>
        <translation>erwartet: eine Bedingung, gefunden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected &apos;)&apos;, found %1</source>
        <translation>erwartet: &apos;)&apos;, gefunden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected &apos;,&apos; or &apos;)&apos; in the argument list, found %1</source>
        <translation>erwartet: &apos;,&apos; oder &apos;)&apos; in der Argumentliste, gefunden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected an output name after &apos;.&apos;, found %1</source>
        <translation>erwartet: ein Ausgabename nach &apos;.&apos;, gefunden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a leg name after &apos;of&apos;, found %1</source>
        <translation>erwartet: ein Leg-Name nach &apos;of&apos;, gefunden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected the digits of the exponent, found %1</source>
        <translation>erwartet: die Ziffern des Exponenten, gefunden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a name, found %1</source>
        <translation>erwartet: ein Name, gefunden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected &apos;=&apos;, found %1</source>
        <translation>erwartet: &apos;=&apos;, gefunden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a number, true or false, found %1</source>
        <translation>erwartet: eine Zahl, true oder false, gefunden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected &apos;in&apos; and a range (param fast = 20 in 5..200), found %1</source>
        <translation>erwartet: &apos;in&apos; und ein Bereich (param fast = 20 in 5..200), gefunden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a number, found %1</source>
        <translation>erwartet: eine Zahl, gefunden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected &apos;..&apos; between the bounds, found %1</source>
        <translation>erwartet: &apos;..&apos; zwischen den Grenzen, gefunden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the label has no closing &apos;&quot;&apos;, found %1</source>
        <translation>dem Label fehlt das schließende &apos;&quot;&apos;, gefunden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected &apos;when&apos;, found %1</source>
        <translation>erwartet: &apos;when&apos;, gefunden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a statement (param, let, buy, sell, short, cover, stop_loss, take_profit, trailing_stop, leg, hedge_ratio, max_entries, require), found %1</source>
        <translation>erwartet: eine Anweisung (param, let, buy, sell, short, cover, stop_loss, take_profit, trailing_stop, leg, hedge_ratio, max_entries, require), gefunden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;=&apos; is not a comparison: write &apos;==&apos;</source>
        <translation>&apos;=&apos; ist kein Vergleich: schreiben Sie &apos;==&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;)&apos; without a matching &apos;(&apos;</source>
        <translation>&apos;)&apos; ohne passendes &apos;(&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%&apos; is allowed only at the end of stop_loss, take_profit and trailing_stop</source>
        <translation>&apos;%&apos; ist nur am Ende von stop_loss, take_profit und trailing_stop erlaubt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected an operator or the end of the line, found %1</source>
        <translation>erwartet: ein Operator oder das Zeilenende, gefunden: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the number &apos;%1&apos; is out of range</source>
        <translation>die Zahl &apos;%1&apos; liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>comparisons do not chain: write &apos;a &lt; b and b &lt; c&apos;</source>
        <translation>Vergleiche lassen sich nicht verketten: schreiben Sie &apos;a &lt; b and b &lt; c&apos;</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>unknown statement &apos;%1&apos;</source>
        <translation>unbekannte Anweisung &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown statement &apos;%1&apos; — did you mean &apos;%2&apos;?</source>
        <translation>unbekannte Anweisung &apos;%1&apos; – meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the file has %1 bytes; a rule file may have at most %2</source>
        <translation>die Datei hat %1 Bytes; eine Regeldatei darf höchstens %2 haben</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleStrategy.cpp" line="+75"/>
        <source>this rule strategy trades a pair: give the hedge symbol (--pair)</source>
        <translation>diese Regelstrategie handelt ein Paar: geben Sie das Hedge-Symbol an (--pair)</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Rule file %1</source>
        <translation>Regeldatei %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Traded symbol</source>
        <translation>Gehandeltes Symbol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hedge symbol (%1)</source>
        <translation>Hedge-Symbol (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the parameters do not meet the requirement on line %1</source>
        <translation>die Parameter erfüllen die Bedingung in Zeile %1 nicht</translation>
    </message>
    <message>
        <location filename="../core/rules/Functions.cpp" line="+78"/>
        <source>series</source>
        <translation>Zeitreihe</translation>
    </message>
</context>
<context>
    <name>rutile::SampleUniverse</name>
    <message>
        <location filename="../core/index/SampleUniverse.cpp" line="+143"/>
        <source>Synthetic constituent %1 (%2) - not market data</source>
        <translation>Synthetisches Indexmitglied %1 (%2) - keine Marktdaten</translation>
    </message>
</context>
<context>
    <name>rutile::SampleWorkspace</name>
    <message>
        <location filename="../core/import/SampleWorkspace.cpp" line="+45"/>
        <source>Synthetic small-cap fund - not market data</source>
        <translation>Synthetischer Small-Cap-Fonds - keine Marktdaten</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>the universe size must not be negative</source>
        <translation>die Größe des Universums darf nicht negativ sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Synthetic small-cap index (GARCH(1,1), Student-t shocks) - not market data</source>
        <translation>Synthetischer Small-Cap-Index (GARCH(1,1), Student-t-Schocks) - keine Marktdaten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Synthetic large-cap index (GARCH(1,1), Student-t shocks) - not market data</source>
        <translation>Synthetischer Large-Cap-Index (GARCH(1,1), Student-t-Schocks) - keine Marktdaten</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the universe size must be positive</source>
        <translation>die Größe des Universums muss positiv sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the sample universe is generated around the sample&apos;s %1, which this workspace does not hold</source>
        <translation>das Beispieluniversum wird um das Symbol %1 des Beispiels herum erzeugt, das dieser Arbeitsbereich nicht enthält</translation>
    </message>
</context>
<context>
    <name>rutile::Schema</name>
    <message>
        <location filename="../core/storage/Schema.cpp" line="+197"/>
        <source>reading the file</source>
        <translation>Lesen der Datei</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>upgrading the workspace to schema version %1: %2</source>
        <translation>Aktualisierung des Arbeitsbereichs auf Schemaversion %1: %2</translation>
    </message>
</context>
<context>
    <name>rutile::Strategies</name>
    <message>
        <location filename="../core/strategy/BuiltInStrategies.cpp" line="+185"/>
        <source>pairs_spread needs two symbols (--pair)</source>
        <translation>pairs_spread benötigt zwei Symbole (--pair)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not enough data: pairs_spread lookback %1 needs at least %1 common bars, %2 has %3</source>
        <translation>zu wenige Daten: ein pairs_spread-Rückblick von %1 benötigt mindestens %1 gemeinsame Bars, %2 hat %3</translation>
    </message>
    <message>
        <location filename="../core/strategy/MlSignalStrategy.cpp" line="+97"/>
        <source>ML signal (walk-forward)</source>
        <translation>ML-Signal (Walk-Forward)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A direction classifier refit every refit_every bars on the rows whose label was known by then (all of them, or the last window); long while its probability that the close rises over the horizon exceeds the threshold, optionally short while it is below 1 − threshold, flat otherwise and before the first model.</source>
        <translation>Ein Richtungsklassifikator, der alle refit_every Bars auf den Zeilen neu trainiert wird, deren Label bis dahin bekannt war (auf allen oder auf dem letzten Fenster); long, solange seine Wahrscheinlichkeit, dass der Schlusskurs über den Horizont steigt, den Schwellenwert übersteigt, optional short, solange sie unter 1 − Schwellenwert liegt, sonst und vor dem ersten Modell flat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed: SMA 50, SMA 200, RSI 14, MACD; returns: 1-, 5- and 20-day returns, close over SMA 50 and SMA 200, RSI 14</source>
        <translation>seed: SMA 50, SMA 200, RSI 14, MACD; returns: Renditen über 1, 5 und 20 Tage, Schlusskurs relativ zu SMA 50 und SMA 200, RSI 14</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gbt: XGBoost&apos;s boosted trees; rf: OpenCV&apos;s random forest (slower to refit)</source>
        <translation>gbt: Boosted Trees von XGBoost; rf: Random Forest von OpenCV (langsamer beim Neutrainieren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trees</source>
        <translation>Bäume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trees in the forest, or boosting rounds</source>
        <translation>Bäume im Forest oder Boosting-Runden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum depth</source>
        <translation>Maximale Tiefe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depth of each tree; 0: the model&apos;s default (3 boosted, 10 forest)</source>
        <translation>Tiefe jedes Baums; 0: Standard des Modells (3 bei Boosting, 10 beim Forest)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same seed trains the same models</source>
        <translation>Derselbe Seed trainiert dieselben Modelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizon</source>
        <translation>Horizont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The label: the close h bars later above this close</source>
        <translation>Das Label: Schlusskurs h Bars später über diesem Schlusskurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First training rows</source>
        <translation>Erste Trainingszeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labelled rows before the first model; no position before it</source>
        <translation>Zeilen mit Label vor dem ersten Modell; davor keine Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refit every</source>
        <translation>Neutraining alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bars between refits</source>
        <translation>Bars zwischen zwei Neutrainings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolling window</source>
        <translation>Rollierendes Fenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train on the last this many rows; 0: on all rows so far</source>
        <translation>Auf so vielen letzten Zeilen trainieren; 0: auf allen bisherigen Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long while the probability of a rise exceeds this</source>
        <translation>Long, solange die Wahrscheinlichkeit eines Anstiegs diesen Wert übersteigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/strategy/StrategyRegistry.cpp" line="+25"/>
        <source>Short side</source>
        <translation>Short-Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short while the probability of a rise is below 1 − threshold</source>
        <translation>Short, solange die Wahrscheinlichkeit eines Anstiegs unter 1 − Schwellenwert liegt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>window (%1) must be 0 or at least train_bars (%2)</source>
        <translation>window (%1) muss 0 oder mindestens train_bars (%2) sein</translation>
    </message>
    <message>
        <location filename="../core/strategy/StrategyRegistry.cpp" line="+1"/>
        <source>Also go short on the cross below (and back to long on the cross above)</source>
        <translation>Auch beim Kreuzen nach unten short gehen (und beim Kreuzen nach oben zurück auf long)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>fast (%1) must be less than slow (%2)</source>
        <translation>fast (%1) muss kleiner als slow (%2) sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+78"/>
        <source>Fast period</source>
        <translation>Schnelle Periode</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Bars in the fast %1</source>
        <translation>Bars im schnellen %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+77"/>
        <source>Slow period</source>
        <translation>Langsame Periode</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Bars in the slow %1; must exceed the fast period</source>
        <translation>Bars im langsamen %1; muss größer als die schnelle Periode sein</translation>
    </message>
    <message>
        <location filename="../core/strategy/MlSignalStrategy.cpp" line="-4"/>
        <location filename="../core/strategy/StrategyRegistry.cpp" line="+2"/>
        <location line="+41"/>
        <location line="+14"/>
        <location line="+23"/>
        <location line="+22"/>
        <location line="+18"/>
        <source>Traded symbol</source>
        <translation>Gehandeltes Symbol</translation>
    </message>
    <message>
        <location filename="../core/strategy/StrategyRegistry.cpp" line="-108"/>
        <source>SMA crossover</source>
        <translation>SMA-Crossover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long when the fast SMA crosses above the slow SMA (fast &gt; slow now, fast ≤ slow on the previous bar); exit when it crosses below. Optionally short on the cross below.</source>
        <translation>Long, wenn der schnelle SMA den langsamen SMA nach oben kreuzt (jetzt schnell &gt; langsam, bei der vorherigen Bar schnell ≤ langsam); Ausstieg, wenn er ihn nach unten kreuzt. Optional short beim Kreuzen nach unten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>EMA crossover</source>
        <translation>EMA-Crossover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long when the fast EMA crosses above the slow EMA (fast &gt; slow now, fast ≤ slow on the previous bar); exit when it crosses below. Optionally short on the cross below.</source>
        <translation>Long, wenn der schnelle EMA den langsamen EMA nach oben kreuzt (jetzt schnell &gt; langsam, bei der vorherigen Bar schnell ≤ langsam); Ausstieg, wenn er ihn nach unten kreuzt. Optional short beim Kreuzen nach unten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bollinger mean reversion</source>
        <translation>Bollinger-Mean-Reversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long when the close is below the lower Bollinger band; exit when the close is above the middle band.</source>
        <translation>Long, wenn der Schlusskurs unter dem unteren Bollinger-Band liegt; Ausstieg, wenn der Schlusskurs über dem mittleren Band liegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Bars in the bands&apos; window</source>
        <translation>Bars im Fenster der Bänder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width (σ)</source>
        <translation>Breite (σ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance of the bands from the middle, in population standard deviations</source>
        <translation>Abstand der Bänder von der Mitte, in Standardabweichungen der Grundgesamtheit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>RSI mean reversion</source>
        <translation>RSI-Mean-Reversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long when RSI is below the lower level; exit when RSI is above the upper level.</source>
        <translation>Long, wenn der RSI unter dem unteren Niveau liegt; Ausstieg, wenn der RSI über dem oberen Niveau liegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bars of Wilder&apos;s RSI</source>
        <translation>Bars des RSI nach Wilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower level</source>
        <translation>Unteres Niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter long when RSI falls below this level</source>
        <translation>Long-Einstieg, wenn der RSI unter dieses Niveau fällt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper level</source>
        <translation>Oberes Niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit when RSI rises above this level</source>
        <translation>Ausstieg, wenn der RSI über dieses Niveau steigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lower (%1) must be less than upper (%2)</source>
        <translation>lower (%1) muss kleiner als upper (%2) sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>MACD crossover</source>
        <translation>MACD-Crossover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long when the MACD line crosses above its signal line; exit when it crosses below.</source>
        <translation>Long, wenn die MACD-Linie ihre Signallinie nach oben kreuzt; Ausstieg, wenn sie sie nach unten kreuzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bars in the fast EMA</source>
        <translation>Bars im schnellen EMA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bars in the slow EMA; must exceed the fast period</source>
        <translation>Bars im langsamen EMA; muss größer als die schnelle Periode sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal period</source>
        <translation>Signalperiode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bars in the EMA of the MACD line</source>
        <translation>Bars im EMA der MACD-Linie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pairs spread</source>
        <translation>Paar-Spread</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hedge ratio β from a rolling OLS of log prices (traded on hedge) over the lookback; z-score of the spread log(traded) − β·log(hedge) over the same window. Short the spread (short the traded symbol, long β-weighted hedge) when z &gt; entry; long it when z &lt; −entry; exit both legs when |z| &lt; exit.</source>
        <translation>Hedge-Ratio β aus einer rollierenden OLS-Regression der logarithmierten Kurse (gehandeltes Symbol auf Hedge) über den Rückblick; z-Score des Spreads log(traded) − β·log(hedge) über dasselbe Fenster. Spread short (gehandeltes Symbol short, β-gewichteter Hedge long), wenn z &gt; Einstieg; long, wenn z &lt; −Einstieg; beide Legs schließen, wenn |z| &lt; Ausstieg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lookback</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bars in the regression and z-score window</source>
        <translation>Bars im Fenster von Regression und z-Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry z</source>
        <translation>Einstiegs-z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a spread position when |z| exceeds this</source>
        <translation>Eine Spread-Position eröffnen, wenn |z| diesen Wert übersteigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit z</source>
        <translation>Ausstiegs-z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the spread position when |z| falls below this</source>
        <translation>Die Spread-Position schließen, wenn |z| unter diesen Wert fällt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hedge symbol</source>
        <translation>Hedge-Symbol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exit_z (%1) must be less than entry_z (%2)</source>
        <translation>exit_z (%1) muss kleiner als entry_z (%2) sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Buy and hold</source>
        <translation>Buy-and-Hold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long at the first decision (filled on the next bar), held to the end of the data.</source>
        <translation>Long bei der ersten Entscheidung (ausgeführt bei der nächsten Bar), gehalten bis zum Ende der Daten.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>unknown strategy &apos;%1&apos;; expected one of: %2</source>
        <translation>unbekannte Strategie &apos;%1&apos;; erwartet wird eine von: %2</translation>
    </message>
</context>
<context>
    <name>rutile::Symbol</name>
    <message>
        <location filename="../core/data/Symbol.cpp" line="+31"/>
        <source>&apos;%1&apos; is not a valid symbol (letters, digits and . - _ =, up to 32)</source>
        <translation>&apos;%1&apos; ist kein gültiges Symbol (Buchstaben, Ziffern und . - _ =, bis zu 32)</translation>
    </message>
</context>
<context>
    <name>rutile::SymbolList</name>
    <message>
        <location filename="../core/data/SymbolList.cpp" line="+32"/>
        <source>%1 is not a valid symbol (letters, digits and ^ . - _ =, up to 32)</source>
        <translation>%1 ist kein gültiges Symbol (Buchstaben, Ziffern und ^ . - _ =, bis zu 32)</translation>
    </message>
</context>
<context>
    <name>rutile::Workspace</name>
    <message>
        <location filename="../core/storage/Workspace.cpp" line="+194"/>
        <source>the workspace path is empty</source>
        <translation>der Pfad des Arbeitsbereichs ist leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a folder, not a workspace file</source>
        <translation>ein Ordner, keine Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a regular file (a device, a FIFO or a socket); a workspace is never opened there</source>
        <translation>keine reguläre Datei (ein Gerät, ein FIFO oder ein Socket); dort wird nie ein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no workspace here (the file does not exist; only import creates one)</source>
        <translation>hier ist kein Arbeitsbereich (die Datei existiert nicht; nur ein Import legt einen an)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no workspace here (the folder %1 does not exist; only import creates one)</source>
        <translation>hier ist kein Arbeitsbereich (der Ordner %1 existiert nicht; nur ein Import legt einen an)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no workspace here (the file is empty; only import creates one)</source>
        <translation>hier ist kein Arbeitsbereich (die Datei ist leer; nur ein Import legt einen an)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the workspace is read-only (no write permission); nothing was written</source>
        <translation>der Arbeitsbereich ist schreibgeschützt (keine Schreibberechtigung); es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workspace&apos;s folder %1 is read-only (no write permission); nothing was written</source>
        <translation>der Ordner %1 des Arbeitsbereichs ist schreibgeschützt (keine Schreibberechtigung); es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not a Rutile workspace (%1)</source>
        <translation>kein Rutile-Arbeitsbereich (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an SQLite database, but not a Rutile workspace; it was left untouched</source>
        <translation>eine SQLite-Datenbank, aber kein Rutile-Arbeitsbereich; sie wurde nicht verändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written by a newer Rutile (schema version %1; this version reads up to %2)</source>
        <translation>von einer neueren Rutile-Version geschrieben (Schemaversion %1; diese Version liest bis %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no workspace here (an empty database; only import creates one)</source>
        <translation>hier ist kein Arbeitsbereich (eine leere Datenbank; nur ein Import legt einen an)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the workspace was opened for reading; nothing was written</source>
        <translation>der Arbeitsbereich wurde zum Lesen geöffnet; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+6"/>
        <source>reading the workspace&apos;s tables</source>
        <translation>Lesen der Tabellen des Arbeitsbereichs</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>cannot read the symbols</source>
        <translation>die Symbole können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+53"/>
        <source>unknown symbol &apos;%1&apos;</source>
        <translation>unbekanntes Symbol &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>reading the share counts</source>
        <translation>Lesen der Aktienanzahlen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>reading bars of %1</source>
        <translation>Lesen der Bars von %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>the series has no symbol</source>
        <translation>die Zeitreihe hat kein Symbol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the series of %1 is not sorted by date</source>
        <translation>die Zeitreihe von %1 ist nicht nach Datum sortiert</translation>
    </message>
    <message>
        <location line="+594"/>
        <source>no model called %1 in the workspace</source>
        <translation>kein Modell namens %1 im Arbeitsbereich</translation>
    </message>
    <message>
        <location line="-653"/>
        <location line="+114"/>
        <source>cancelled; the workspace is unchanged</source>
        <translation>abgebrochen; der Arbeitsbereich ist unverändert</translation>
    </message>
    <message>
        <location line="-541"/>
        <location line="+38"/>
        <source>reading the corporate actions</source>
        <translation>Lesen der Kapitalmaßnahmen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the share count of %1 is not a positive number</source>
        <translation>die Aktienanzahl von %1 ist keine positive Zahl</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>computing the adjusted closes</source>
        <translation>Berechnen der bereinigten Schlusskurse</translation>
    </message>
    <message>
        <location line="+543"/>
        <source>cannot read the corporate actions of %1</source>
        <translation>die Kapitalmaßnahmen von %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a holdings snapshot needs a fund name</source>
        <translation>ein Positions-Snapshot benötigt einen Fondsnamen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the holdings file gives no date (&quot;Fund Holdings as of&quot;)</source>
        <translation>die Positionsdatei nennt kein Datum (&quot;Fund Holdings as of&quot;)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>storing the holdings</source>
        <translation>Speichern der Positionen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>cannot read the holdings snapshots</source>
        <translation>die Positions-Snapshots können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+35"/>
        <source>cannot read the holdings of %1</source>
        <translation>die Positionen von %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>no holdings of &apos;%1&apos; dated %2</source>
        <translation>keine Positionen von &apos;%1&apos; mit Datum %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no holdings called &apos;%1&apos; (holdings import adds them)</source>
        <translation>keine Positionen namens &apos;%1&apos; (holdings import fügt sie hinzu)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>a watchlist needs a name</source>
        <translation>eine Watchlist benötigt einen Namen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>reading watchlist %1</source>
        <translation>Lesen der Watchlist %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no watchlist called &apos;%1&apos;</source>
        <translation>keine Watchlist namens &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>reading the watchlists</source>
        <translation>Lesen der Watchlists</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>reading the share counts of %1</source>
        <translation>Lesen der Aktienanzahlen von %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>no rule strategy called %1 in the workspace</source>
        <translation>keine Regelstrategie namens %1 im Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../core/storage/WorkspaceRuns.cpp" line="+85"/>
        <location line="+64"/>
        <source>reading the run journal</source>
        <translation>Lesen des Laufjournals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no run %1 in the journal</source>
        <translation>kein Lauf %1 im Journal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the purge needs a date</source>
        <translation>die Bereinigung benötigt ein Datum</translation>
    </message>
</context>
<context>
    <name>rutile::WorkspaceIndex</name>
    <message>
        <location filename="../core/import/WorkspaceIndex.cpp" line="+26"/>
        <source>Cap-weighted</source>
        <translation>Kapitalisierungsgewichtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Float-weighted</source>
        <translation>Streubesitzgewichtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal-weighted</source>
        <translation>Gleichgewichtung</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the %1 holdings of %2 hold no listed equity</source>
        <translation>die Positionen von %1 vom %2 enthalten keine börsennotierte Aktie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name a watchlist or a holdings snapshot to build the index from</source>
        <translation>nennen Sie eine Watchlist oder einen Positions-Snapshot, aus dem der Index gebildet wird</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>none of the %1 constituents is a cached symbol</source>
        <translation>keines der %1 Indexmitglieder ist ein Symbol im Cache</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holdings of %2</source>
        <translation>Positionen von %1 vom %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 index of %2 (%3 constituents, base %4)</source>
        <translation>Index aus %2 mit %1 (%3 Indexmitglieder, Basis %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> - synthetic, not market data</source>
        <translation> - synthetisch, keine Marktdaten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>store the index as %1, the symbol&apos;s canonical form</source>
        <translation>speichern Sie den Index als %1, die kanonische Form des Symbols</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is one of the index&apos;s constituents; choose another name</source>
        <translation>%1 ist eines der Indexmitglieder des Index; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is a cached symbol that was not built as an index; choose another name</source>
        <translation>%1 ist ein Symbol im Cache, das nicht als Index gebildet wurde; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>holdings %1</source>
        <translation>Positionen %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>watchlist %1</source>
        <translation>Watchlist %1</translation>
    </message>
</context>
<context>
    <name>rutile::backtest::BacktestConfig</name>
    <message>
        <location filename="../core/backtest/BacktestConfig.cpp" line="+30"/>
        <source>stop-loss fraction</source>
        <translation>Stop-Loss-Anteil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>take-profit fraction</source>
        <translation>Take-Profit-Anteil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trailing-stop fraction</source>
        <translation>Trailing-Stop-Anteil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trailing-stop ATR multiple</source>
        <translation>ATR-Vielfaches des Trailing-Stops</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trailing-stop ATR period</source>
        <translation>ATR-Periode des Trailing-Stops</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>risk-free rate</source>
        <translation>risikofreier Zins</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trading days per year</source>
        <translation>Handelstage pro Jahr</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cash</source>
        <translation>Kapital</translation>
    </message>
</context>
<context>
    <name>rutile::backtest::CommissionModel</name>
    <message>
        <location filename="../core/backtest/CommissionModel.cpp" line="+25"/>
        <source>commission rate</source>
        <translation>Provisionssatz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>commission per unit</source>
        <translation>Provision pro Stück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minimum commission</source>
        <translation>Mindestprovision</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>commission per order</source>
        <translation>Provision pro Order</translation>
    </message>
</context>
<context>
    <name>rutile::backtest::SizingModel</name>
    <message>
        <location filename="../core/backtest/SizingModel.cpp" line="+23"/>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>size fraction of equity</source>
        <translation>Größe als Anteil des Kapitals</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>risk fraction</source>
        <translation>Risikoanteil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ATR period</source>
        <translation>ATR-Periode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>maximum leverage</source>
        <translation>maximaler Hebel</translation>
    </message>
</context>
<context>
    <name>rutile::backtest::SlippageModel</name>
    <message>
        <location filename="../core/backtest/SlippageModel.cpp" line="+19"/>
        <source>slippage bps</source>
        <translation>Slippage in bps</translation>
    </message>
</context>
<context>
    <name>rutile::chart::ChartDocument</name>
    <message>
        <location filename="../core/chart/ChartDocument.cpp" line="+29"/>
        <source>unknown indicator &apos;%1&apos;</source>
        <translation>unbekannter Indikator &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>live bar of %1: %2</source>
        <translation>Live-Bar von %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>live bar of %1: older than the last cached bar (%2)</source>
        <translation>Live-Bar von %1: älter als die letzte Bar im Cache (%2)</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>no indicator %1</source>
        <translation>kein Indikator %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 compare series given for %2 symbols</source>
        <translation>%1 Vergleichszeitreihen für %2 Symbole angegeben</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>compare mode without a symbol</source>
        <translation>Vergleichsmodus ohne Symbol</translation>
    </message>
</context>
<context>
    <name>rutile::chart::ChartLayout</name>
    <message>
        <location filename="../core/chart/ChartLayout.cpp" line="+265"/>
        <location filename="../core/chart/LayoutJson.h" line="+23"/>
        <source>chart layout: %1</source>
        <translation>Chart-Layout: %1</translation>
    </message>
    <message>
        <location filename="../core/chart/SeriesStyle.cpp" line="+46"/>
        <source>%1: colour &apos;%2&apos; is not #rrggbb</source>
        <translation>%1: Farbe &apos;%2&apos; ist nicht #rrggbb</translation>
    </message>
    <message>
        <location filename="../core/chart/LayoutJson.h" line="+11"/>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; muss true oder false sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; must be a number</source>
        <translation>&apos;%1&apos; muss eine Zahl sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; must be a string</source>
        <translation>&apos;%1&apos; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; must be a date as YYYY-MM-DD, found &apos;%2&apos;</source>
        <translation>&apos;%1&apos; muss ein Datum im Format YYYY-MM-DD sein, gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/chart/Drawing.cpp" line="+74"/>
        <source>%1: %2 points given, %3 expected</source>
        <translation>%1: %2 Punkte angegeben, %3 erwartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: a point has no valid date</source>
        <translation>%1: ein Punkt hat kein gültiges Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: a point&apos;s price is not a finite number</source>
        <translation>%1: der Kurs eines Punkts ist keine endliche Zahl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the note must have 1 to %2 characters, found %3</source>
        <translation>%1: die Notiz muss 1 bis %2 Zeichen haben, gefunden: %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../core/chart/SeriesStyle.cpp" line="+14"/>
        <source>%1 must be an object</source>
        <translation>%1 muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: unknown kind &apos;%2&apos;</source>
        <translation>%1: unbekannte Art &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &apos;points&apos; must be an array</source>
        <translation>%1: &apos;points&apos; muss ein Array sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: a point must be an object</source>
        <translation>%1: ein Punkt muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../core/chart/SeriesStyle.cpp" line="+9"/>
        <source>%1: unknown line style &apos;%2&apos; (solid, dash, dot)</source>
        <translation>%1: unbekannter Linienstil &apos;%2&apos; (solid, dash, dot)</translation>
    </message>
    <message>
        <location filename="../core/chart/ChartLayout.cpp" line="-204"/>
        <source>unknown indicator &apos;%1&apos;; known: %2</source>
        <translation>unbekannter Indikator &apos;%1&apos;; bekannt: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 output styles given, %3 expected</source>
        <translation>%1: %2 Ausgabestile angegeben, %3 erwartet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>range: from (%1) is after to (%2)</source>
        <translation>Zeitraum: from (%1) liegt nach to (%2)</translation>
    </message>
    <message>
        <location filename="../core/chart/SeriesStyle.cpp" line="-22"/>
        <source>%1: line width</source>
        <translation>%1: Linienbreite</translation>
    </message>
    <message>
        <location filename="../core/chart/ChartLayout.cpp" line="-25"/>
        <source>price pane height</source>
        <translation>Höhe des Kurs-Teilfensters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>volume pane height</source>
        <translation>Höhe des Volumen-Teilfensters</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>correlation window</source>
        <translation>Korrelationsfenster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ratio pane height</source>
        <translation>Höhe des Verhältnis-Teilfensters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>correlation pane height</source>
        <translation>Höhe des Korrelations-Teilfensters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 drawings, at most %2 allowed</source>
        <translation>%1 Zeichnungen, höchstens %2 erlaubt</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>version %1 is newer than this Rutile reads (%2)</source>
        <translation>Version %1 ist neuer, als diese Rutile-Version lesen kann (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown style &apos;%1&apos; (candles, ohlc, line, heikin_ashi)</source>
        <translation>unbekannter Stil &apos;%1&apos; (candles, ohlc, line, heikin_ashi)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown timeframe &apos;%1&apos; (daily, weekly, monthly)</source>
        <translation>unbekannter Zeitrahmen &apos;%1&apos; (daily, weekly, monthly)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;indicators&apos; must be an array</source>
        <translation>&apos;indicators&apos; muss ein Array sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>each indicator must be an object</source>
        <translation>jeder Indikator muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown indicator &apos;%1&apos;</source>
        <translation>unbekannter Indikator &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &apos;params&apos; must be an object</source>
        <translation>%1: &apos;params&apos; muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: unknown parameter &apos;%2&apos;</source>
        <translation>%1: unbekannter Parameter &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: parameter &apos;%2&apos; must be a number</source>
        <translation>%1: Parameter &apos;%2&apos; muss eine Zahl sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &apos;outputs&apos; must be an array</source>
        <translation>%1: &apos;outputs&apos; muss ein Array sein</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;range&apos; must be an object</source>
        <translation>&apos;range&apos; muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown range preset &apos;%1&apos;</source>
        <translation>unbekannte Zeitraumvorgabe &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;compare&apos; must be an object</source>
        <translation>&apos;compare&apos; muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;compare.symbols&apos; must be an array</source>
        <translation>&apos;compare.symbols&apos; muss ein Array sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;compare.symbols&apos; must hold symbol names</source>
        <translation>&apos;compare.symbols&apos; muss Symbolnamen enthalten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;drawings&apos; must be an array</source>
        <translation>&apos;drawings&apos; muss ein Array sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drawing %1</source>
        <translation>Zeichnung %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>rutile::chart::CompareSeries</name>
    <message>
        <location filename="../core/chart/CompareSeries.cpp" line="+76"/>
        <source>correlation window</source>
        <translation>Korrelationsfenster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>series of different lengths (%1 and %2)</source>
        <translation>Zeitreihen unterschiedlicher Länge (%1 und %2)</translation>
    </message>
</context>
<context>
    <name>rutile::chart::LayoutChange</name>
    <message>
        <location filename="../core/chart/LayoutChange.cpp" line="+46"/>
        <source>Trend Line</source>
        <translation>Trendlinie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ray</source>
        <translation>Strahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Horizontal Line</source>
        <translation>Horizontale Linie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vertical Line</source>
        <translation>Vertikale Linie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fibonacci Retracement</source>
        <translation>Fibonacci-Retracement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text Note</source>
        <translation>Textnotiz</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+18"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Edit Indicators</source>
        <translation>Indikatoren bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change Indicators</source>
        <translation>Indikatoren ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draw %1</source>
        <translation>%1 zeichnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change Drawings</source>
        <translation>Zeichnungen ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change Style</source>
        <translation>Stil ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change Timeframe</source>
        <translation>Zeitrahmen ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log Scale</source>
        <translation>Logarithmische Skala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock Value Axes</source>
        <translation>Wertachsen fixieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show Volume</source>
        <translation>Volumen einblenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide Volume</source>
        <translation>Volumen ausblenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resize Panes</source>
        <translation>Teilfenstergröße ändern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change Chart</source>
        <translation>Chart ändern</translation>
    </message>
</context>
<context>
    <name>rutile::cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="+36"/>
        <source>The workspace (SQLite cache) to use; default: %1.</source>
        <translation>Der zu verwendende Arbeitsbereich (SQLite-Cache); Standard: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>--from (%1) is after --to (%2)</source>
        <translation>--from (%1) liegt nach --to (%2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--%1: %2 is the workspace&apos;s own file; the output would replace it</source>
        <translation>--%1: %2 ist die Datei des Arbeitsbereichs selbst; die Ausgabe würde sie ersetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1: %2 is the file of --%3 too; give each output a file of its own</source>
        <translation>--%1: %2 ist auch die Datei von --%3; geben Sie jeder Ausgabe eine eigene Datei</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+5"/>
        <source>the run was not journaled: %1</source>
        <translation>der Lauf wurde nicht im Laufjournal erfasst: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>internal error: out of memory</source>
        <translation>interner Fehler: kein Speicher mehr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>internal error: %1</source>
        <translation>interner Fehler: %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>--%1: expected a date as YYYY-MM-DD, found &apos;%2&apos;</source>
        <translation>--%1: erwartet: ein Datum im Format YYYY-MM-DD, gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--timeframe must be daily, weekly or monthly, found &apos;%1&apos;</source>
        <translation>--timeframe muss daily, weekly oder monthly sein, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bars of daily (default), weekly (ISO weeks) or monthly periods, each dated by its last trading day; indicators are computed on them.</source>
        <translation>Bars täglicher (Standard), wöchentlicher (ISO-Wochen) oder monatlicher Perioden, jeweils mit dem Datum ihres letzten Handelstags; Indikatoren werden auf ihnen berechnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TF</source>
        <translation>TF</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot write to standard output%1</source>
        <translation>Schreiben in die Standardausgabe nicht möglich%1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Rutile command-line interface: the engine of the Rutile workstation, headless.</source>
        <translation>Rutile-Befehlszeilenschnittstelle: die Engine der Rutile-Workstation, ohne grafische Oberfläche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &apos;rutile-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Führen Sie &apos;rutile-cli COMMAND --help&apos; aus, um die Optionen eines Befehls zu sehen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown command &apos;%1&apos;; &apos;rutile-cli --help&apos; lists the commands</source>
        <translation>unbekannter Befehl &apos;%1&apos;; &apos;rutile-cli --help&apos; listet die Befehle auf</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no command given; &apos;rutile-cli --help&apos; lists the commands</source>
        <translation>kein Befehl angegeben; &apos;rutile-cli --help&apos; listet die Befehle auf</translation>
    </message>
</context>
<context>
    <name>rutile::cli::BacktestCommand</name>
    <message>
        <location filename="../app/cli/commands/BacktestCommand.cpp" line="+34"/>
        <source>strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>buy &amp; hold</source>
        <translation>Buy &amp; Hold</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Backtest a strategy on a symbol&apos;s history.</source>
        <translation>Eine Strategie auf der Historie eines Symbols einem Backtest unterziehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the trade list as CSV to OUT (&apos;-&apos; for stdout): entry_date, entry_price, exit_date, exit_price, side, size, pnl, commission, exit_reason.</source>
        <translation>Die Trade-Liste als CSV nach OUT schreiben (&apos;-&apos; für stdout): entry_date, entry_price, exit_date, exit_price, side, size, pnl, commission, exit_reason.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location filename="../app/cli/commands/BacktestOptions.cpp" line="+178"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Add a symbol column to the trade list (pairs).</source>
        <translation>Der Trade-Liste eine Symbolspalte hinzufügen (Paare).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the equity curve as CSV to OUT: date, equity, drawdown (and benchmark).</source>
        <translation>Die Kapitalkurve als CSV nach OUT schreiben: date, equity, drawdown (und benchmark).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/BacktestOptions.cpp" line="-137"/>
        <source>(needs --pair)</source>
        <translation>(benötigt --pair)</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>The symbol to trade (leg 0).</source>
        <translation>Das zu handelnde Symbol (Leg 0).</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+52"/>
        <location line="+56"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>  or a rule strategy saved in the workspace by the strategy editor</source>
        <translation>  oder eine im Arbeitsbereich vom Strategie-Editor gespeicherte Regelstrategie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> (a switch; default %1)</source>
        <translation> (ein Schalter; Standard: %1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>. One of %1 (default %2)</source>
        <translation>. Einer der Werte %1 (Standard: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>. Range [%1, %2]%3 (default %4)</source>
        <translation>. Bereich [%1, %2]%3 (Standard: %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> in percent (0.1 = 0.1%)</source>
        <translation> in Prozent (0.1 = 0.1%)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; picks --%1 %2</source>
        <translation>; wählt --%1 %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The strategy (this or --strategy-file is required):
%1</source>
        <translation>Die Strategie (diese Option oder --strategy-file ist erforderlich):
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A rule file to run instead of a built-in strategy (check it with check-strategy); --param and --grid name its parameters.</source>
        <translation>Eine Regeldatei, die statt einer eingebauten Strategie ausgeführt wird (prüfen Sie sie mit check-strategy); --param und --grid benennen ihre Parameter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A strategy parameter as name=value (repeatable); the others take their defaults.</source>
        <translation>Ein Strategieparameter als name=value (wiederholbar); die übrigen behalten ihre Standardwerte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K=V</source>
        <translation>K=V</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The second symbol of a two-symbol strategy (pairs_spread: the hedge).</source>
        <translation>Das zweite Symbol einer Strategie mit zwei Symbolen (pairs_spread: der Hedge).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>SYM</source>
        <translation>SYM</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>First date traded (YYYY-MM-DD); earlier bars warm the indicators up.</source>
        <translation>Erster gehandelter Tag (YYYY-MM-DD); frühere Bars dienen dem Vorlauf der Indikatoren.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last date traded (YYYY-MM-DD).</source>
        <translation>Letzter gehandelter Tag (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Take the risk-free rate from the cached rate series SYM (percent per year, e.g. FRED&apos;s DGS3MO): its mean over the bars traded. Replaces --risk-free-pct.</source>
        <translation>Den risikofreien Zins aus der Zinsreihe SYM im Cache nehmen (Prozent pro Jahr, z. B. DGS3MO von FRED): ihr Mittelwert über die gehandelten Bars. Ersetzt --risk-free-pct.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>give --strategy or --strategy-file, not both</source>
        <translation>geben Sie --strategy oder --strategy-file an, nicht beides</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--strategy NAME or --strategy-file FILE is required; the strategies: %1</source>
        <translation>--strategy NAME oder --strategy-file FILE ist erforderlich; die Strategien: %1</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+106"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Benchmark of beta and alpha (default: the workspace&apos;s &apos;benchmark&apos; setting, else SPX, GSPC or ^GSPC if cached; never the traded symbol).</source>
        <translation>Benchmark für Beta und Alpha (Standard: die Einstellung &apos;benchmark&apos; des Arbeitsbereichs, sonst SPX, GSPC oder ^GSPC, falls im Cache; nie das gehandelte Symbol).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not compare with a benchmark.</source>
        <translation>Nicht mit einer Benchmark vergleichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the results as JSON to OUT (&apos;-&apos; for stdout).</source>
        <translation>Die Ergebnisse als JSON nach OUT schreiben (&apos;-&apos; für stdout).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A parameter range as name=start:stop:step (stop inclusive), name=a,b,c or name=v (repeatable).</source>
        <translation>Ein Parameterbereich als name=start:stop:step (stop eingeschlossen), name=a,b,c oder name=v (wiederholbar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K=A:B:S</source>
        <translation>K=A:B:S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to maximise: %1 (default sharpe).</source>
        <translation>Was maximiert werden soll: %1 (Standard: sharpe).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker threads (default: one per core).</source>
        <translation>Worker-Threads (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>expected exactly one SYMBOL, found %1 arguments</source>
        <translation>erwartet: genau ein SYMBOL, gefunden: %1 Argumente</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 trades two symbols: give the second with --pair SYM</source>
        <translation>%1 handelt zwei Symbole: geben Sie das zweite mit --pair SYM an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 trades one symbol; --pair does not apply</source>
        <translation>%1 handelt ein Symbol; --pair ist nicht anwendbar</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>the workspace&apos;s benchmark %1 is not in the cache</source>
        <translation>die Benchmark %1 des Arbeitsbereichs ist nicht im Cache</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>--risk-free-symbol and --risk-free-pct both set the risk-free rate; give one</source>
        <translation>--risk-free-symbol und --risk-free-pct legen beide den risikofreien Zins fest; geben Sie nur eine Option an</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>at least one --grid name=start:stop:step is required</source>
        <translation>mindestens ein --grid name=start:stop:step ist erforderlich</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--objective: expected one of %1, found &apos;%2&apos;</source>
        <translation>--objective: erwartet: einer der Werte %1, gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--threads: expected a number in [1, 1024], found &apos;%1&apos;</source>
        <translation>--threads: erwartet: eine Zahl in [1, 1024], gefunden: &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>rutile::cli::ChartCommand</name>
    <message>
        <location filename="../app/cli/commands/ChartCommand.cpp" line="+47"/>
        <source>chart needs a QApplication (see ChartApplication.h)</source>
        <translation>chart benötigt eine QApplication (siehe ChartApplication.h)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>chart takes exactly one SYMBOL, found %1 arguments</source>
        <translation>chart erwartet genau ein SYMBOL, gefunden: %1 Argumente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chart needs --png OUT</source>
        <translation>chart benötigt --png OUT</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--theme must be light or dark, found &apos;%1&apos;</source>
        <translation>--theme muss light oder dark sein, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--style must be candles, ohlc, line or heikin_ashi, found &apos;%1&apos;</source>
        <translation>--style muss candles, ohlc, line oder heikin_ashi sein, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 has no bars</source>
        <translation>%1 hat keine Bars</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no saved chart layout; using the default one</source>
        <translation>%1 hat kein gespeichertes Chart-Layout; das Standardlayout wird verwendet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has no bars from %2 to %3 (its bars run from %4 to %5)</source>
        <translation>%1 hat keine Bars von %2 bis %3 (seine Bars reichen von %4 bis %5)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Render a symbol&apos;s chart (as the GUI shows it) to PNG, headless.</source>
        <translation>Den Chart eines Symbols (wie ihn die GUI zeigt) ohne grafische Oberfläche als PNG rendern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The symbol to chart.</source>
        <translation>Das Symbol für den Chart.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First date in view (YYYY-MM-DD). Without --from and --to the view is the last year.</source>
        <translation>Erster sichtbarer Tag (YYYY-MM-DD). Ohne --from und --to zeigt die Ansicht das letzte Jahr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Last date in view (YYYY-MM-DD); alone: the year before it.</source>
        <translation>Letzter sichtbarer Tag (YYYY-MM-DD); allein angegeben: das Jahr davor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An indicator as name:arg,arg (repeatable), as for &apos;indicators&apos;: overlays (sma, ema, bbands...) on the price, the others (rsi, macd...) in a pane each.</source>
        <translation>Ein Indikator als name:arg,arg (wiederholbar), wie bei &apos;indicators&apos;: Overlays (sma, ema, bbands...) auf dem Kurs, die übrigen (rsi, macd...) jeweils in einem eigenen Teilfenster.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>candles (default), ohlc, line or heikin_ashi.</source>
        <translation>candles (Standard), ohlc, line oder heikin_ashi.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STYLE</source>
        <translation>STYLE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image width in pixels, %1 to %2 (default 1600).</source>
        <translation>Bildbreite in Pixeln, %1 bis %2 (Standard 1600).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image height in pixels, %1 to %2 (default 900).</source>
        <translation>Bildhöhe in Pixeln, %1 bis %2 (Standard 900).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pixel scale factor, 0.25 to 4 (default 1; 2 for a high-DPI image of twice the width and height).</source>
        <translation>Pixel-Skalierungsfaktor, 0.25 bis 4 (Standard 1; 2 für ein High-DPI-Bild mit doppelter Breite und Höhe).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>light (default) or dark.</source>
        <translation>light (Standard) oder dark.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>THEME</source>
        <translation>THEME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logarithmic price axis.</source>
        <translation>Logarithmische Kursachse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out the volume pane.</source>
        <translation>Das Volumen-Teilfenster weglassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare mode: overlay SYM rebased to 100 at the first bar in view (repeatable); the first one also gets a ratio pane and a rolling-correlation pane.</source>
        <translation>Vergleichsmodus: SYM auf 100 bei der ersten sichtbaren Bar normiert überlagern (wiederholbar); das erste erhält zusätzlich ein Ratio-Teilfenster und ein Teilfenster mit rollierender Korrelation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SYM</source>
        <translation>SYM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correlation window in daily returns (default 60).</source>
        <translation>Korrelationsfenster in täglichen Renditen (Standard 60).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start from the layout the GUI saved for SYMBOL in the workspace (style, indicators, panes, range); the other options change it.</source>
        <translation>Vom Layout ausgehen, das die GUI für SYMBOL im Arbeitsbereich gespeichert hat (Stil, Indikatoren, Teilfenster, Zeitraum); die übrigen Optionen ändern es.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the PNG to OUT (&apos;-&apos; for stdout).</source>
        <translation>Das PNG nach OUT schreiben (&apos;-&apos; für stdout).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ChartCommandWithoutGui.cpp" line="+26"/>
        <source>Render a symbol&apos;s chart to PNG (not available: built without the GUI).</source>
        <translation>Den Chart eines Symbols als PNG rendern (nicht verfügbar: ohne GUI gebaut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this rutile-cli was built without the GUI (RUTILE_BUILD_GUI=OFF), which draws the chart</source>
        <translation>dieses rutile-cli wurde ohne die GUI gebaut (RUTILE_BUILD_GUI=OFF), die den Chart zeichnet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write PDF and HTML reports (not available: built without the GUI).</source>
        <translation>PDF- und HTML-Berichte schreiben (nicht verfügbar: ohne GUI gebaut).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this rutile-cli was built without the GUI (RUTILE_BUILD_GUI=OFF), which draws the report&apos;s charts</source>
        <translation>dieses rutile-cli wurde ohne die GUI gebaut (RUTILE_BUILD_GUI=OFF), die die Charts des Berichts zeichnet</translation>
    </message>
</context>
<context>
    <name>rutile::cli::CheckStrategyCommand</name>
    <message>
        <location filename="../app/cli/commands/CheckStrategyCommand.cpp" line="+31"/>
        <source>check-strategy takes one rule file: check-strategy FILE</source>
        <translation>check-strategy erwartet eine Regeldatei: check-strategy FILE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: ok; %2 parameter(s), %3 leg(s)</source>
        <translation>%1: ok; %2 Parameter, %3 Leg(s)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>leg %1: the hedge symbol (--pair)</source>
        <translation>Leg %1: das Hedge-Symbol (--pair)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Parse and type-check a rule file without running it; print its parameters.</source>
        <translation>Eine Regeldatei parsen und typprüfen, ohne sie auszuführen; ihre Parameter ausgeben.</translation>
    </message>
</context>
<context>
    <name>rutile::cli::DownloadCommand</name>
    <message>
        <location filename="../app/cli/commands/DownloadCommand.cpp" line="+85"/>
        <source>--base-url: %1</source>
        <translation>--base-url: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1: expected a number from %2 to %3, found &apos;%4&apos;</source>
        <translation>--%1: erwartet: eine Zahl von %2 bis %3, gefunden: &apos;%4&apos;</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: %2 bars (%3 to %4) from %5, %6 rows skipped, %7 dividends, %8 splits</source>
        <translation>%1: %2 Bars (%3 bis %4) von %5, %6 Zeilen übersprungen, %7 Dividenden, %8 Splits</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>download needs at least one SYMBOL (as the provider writes it: ^RUT, ^GSPC, DGS3MO)</source>
        <translation>download benötigt mindestens ein SYMBOL (so, wie der Anbieter es schreibt: ^RUT, ^GSPC, DGS3MO)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--provider: expected yahoo, stooq or fred, found &apos;%1&apos;</source>
        <translation>--provider: erwartet: yahoo, stooq oder fred, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>no downloaded symbol to update (symbols imported from files are updated by importing again)</source>
        <translation>kein heruntergeladenes Symbol zum Aktualisieren (aus Dateien importierte Symbole werden durch erneuten Import aktualisiert)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Fetch from URL&apos;s scheme, host and port instead of the provider&apos;s (a mirror, a proxy, a test server); plain http only to this machine.</source>
        <translation>Von Schema, Host und Port der URL statt von denen des Anbieters abrufen (ein Mirror, ein Proxy, ein Testserver); einfaches http nur zu diesem Rechner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stooq&apos;s API key (default: the saved one, or RUTILE_STOOQ_API_KEY).</source>
        <translation>API-Schlüssel für Stooq (Standard: der gespeicherte oder RUTILE_STOOQ_API_KEY).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N requests per second to each provider (default: the saved setting, 2).</source>
        <translation>Höchstens N Anfragen pro Sekunde an jeden Anbieter (Standard: die gespeicherte Einstellung, 2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Symbols fetched at once (default: the saved setting, 4).</source>
        <translation>Gleichzeitig abgerufene Symbole (Standard: die gespeicherte Einstellung, 4).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give up a try after S seconds without data (default 30).</source>
        <translation>Einen Versuch nach S Sekunden ohne Daten aufgeben (Standard 30).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one report per symbol as JSON to OUT (&apos;-&apos; for stdout).</source>
        <translation>Einen Bericht pro Symbol als JSON nach OUT schreiben (&apos;-&apos; für stdout).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download daily history from Yahoo Finance, Stooq or FRED into the cache.</source>
        <translation>Tägliche Historie von Yahoo Finance, Stooq oder FRED in den Cache herunterladen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Symbols as the provider writes them (^RUT is stored as RUT).</source>
        <translation>Symbole so, wie der Anbieter sie schreibt (^RUT wird als RUT gespeichert).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SYMBOL...</source>
        <translation>SYMBOL...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yahoo (default), stooq or fred.</source>
        <translation>yahoo (Standard), stooq oder fred.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First date (default: the provider&apos;s first bar).</source>
        <translation>Erster Tag (Standard: die erste Bar des Anbieters).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last date (default: today).</source>
        <translation>Letzter Tag (Standard: heute).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also download the symbols listed in FILE (a watchlist: spaces, commas or lines; &apos;#&apos; comments).</source>
        <translation>Auch die in FILE aufgeführten Symbole herunterladen (eine Watchlist: Leerzeichen, Kommas oder Zeilen; &apos;#&apos; leitet Kommentare ein).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bring downloaded symbols (all without arguments) up to date from their providers.</source>
        <translation>Heruntergeladene Symbole (ohne Argumente alle) von ihren Anbietern auf den neuesten Stand bringen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cached symbols to update (default: all downloaded).</source>
        <translation>Zu aktualisierende Symbole im Cache (Standard: alle heruntergeladenen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[SYMBOL...]</source>
        <translation>[SYMBOL...]</translation>
    </message>
</context>
<context>
    <name>rutile::cli::ExportCommand</name>
    <message>
        <location filename="../app/cli/commands/ExportCommand.cpp" line="+21"/>
        <source>export takes exactly one SYMBOL, found %1 arguments</source>
        <translation>export erwartet genau ein SYMBOL, gefunden: %1 Argumente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export needs --csv OUT</source>
        <translation>export benötigt --csv OUT</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Write a symbol&apos;s cached bars as Date,Open,High,Low,Close,Adj Close,Volume CSV.</source>
        <translation>Die Bars eines Symbols aus dem Cache als CSV mit Date,Open,High,Low,Close,Adj Close,Volume schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The symbol to export.</source>
        <translation>Das zu exportierende Symbol.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First date (YYYY-MM-DD).</source>
        <translation>Erster Tag (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last date (YYYY-MM-DD).</source>
        <translation>Letzter Tag (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the CSV to OUT (&apos;-&apos; for stdout).</source>
        <translation>Die CSV-Datei nach OUT schreiben (&apos;-&apos; für stdout).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
</context>
<context>
    <name>rutile::cli::FairValueCommand</name>
    <message>
        <location filename="../app/cli/commands/FairValueCommand.cpp" line="+36"/>
        <source>--%1: expected a number, found &apos;%2&apos;</source>
        <translation>--%1: erwartet: eine Zahl, gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has no bar on or before %2</source>
        <translation>%1 hat keine Bar am oder vor dem %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--history needs --%1</source>
        <translation>--history benötigt --%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1 is for one day; --history values every common day</source>
        <translation>--%1 gilt für einen einzelnen Tag; --history bewertet jeden gemeinsamen Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+76"/>
        <source>give --rate R (a fraction: 0.05 is 5 %) or --rate-symbol SYM</source>
        <translation>geben Sie --rate R (ein Bruchteil: 0.05 sind 5 %) oder --rate-symbol SYM an</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1 against %2, %3 to %4 (%5 common days): mean basis %6, mean mispricing %7, outside the band on %8 days</source>
        <translation>%1 gegen %2, %3 bis %4 (%5 gemeinsame Tage): mittlere Basis %6, mittlere Fehlbewertung %7, an %8 Tagen außerhalb der Bandbreite</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--futures-symbol and --csv are for --history</source>
        <translation>--futures-symbol und --csv gelten für --history</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fairvalue takes options only, found &apos;%1&apos;</source>
        <translation>fairvalue erwartet nur Optionen, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give --spot S or --spot-symbol SYM</source>
        <translation>geben Sie --spot S oder --spot-symbol SYM an</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--days: expected a whole number of days, found &apos;%1&apos;</source>
        <translation>--days: erwartet: eine ganze Zahl von Tagen, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--dividend: expected AMOUNT@DAYS (index points and days from today), found &apos;%1&apos;</source>
        <translation>--dividend: erwartet: AMOUNT@DAYS (Indexpunkte und Tage ab heute), gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>fair value %1 (spot %2, %3 days)</source>
        <translation>fairer Wert %1 (Spot %2, %3 Tage)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no-arbitrage band %1 to %2</source>
        <translation>arbitragefreie Bandbreite %1 bis %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>futures %1: basis %2, mispricing %3, signal %4, profit after costs %5</source>
        <translation>Future %1: Basis %2, Fehlbewertung %3, Signal %4, Gewinn nach Kosten %5</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cost-of-carry fair value of an index future, its mispricing and the arbitrage signal after costs.</source>
        <translation>Fairer Wert eines Index-Futures nach dem Cost-of-Carry-Modell, seine Fehlbewertung und das Arbitragesignal nach Kosten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The index level.</source>
        <translation>Der Indexstand.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the spot from this cached symbol&apos;s close (on --date, else its last).</source>
        <translation>Den Spot aus dem Schlusskurs dieses Symbols im Cache nehmen (am --date, sonst sein letzter).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+13"/>
        <source>SYM</source>
        <translation>SYM</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The annual risk-free rate as a fraction (0.05 is 5 %).</source>
        <translation>Der jährliche risikofreie Zins als Bruchteil (0.05 sind 5 %).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the rate from this cached rate series in percent (e.g. FRED&apos;s DGS3MO), on --date or its last.</source>
        <translation>Den Zins aus dieser Zinsreihe im Cache in Prozent nehmen (z. B. DGS3MO von FRED), am --date oder ihr letzter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The annual dividend yield as a fraction (0.015 is 1.5 %).</source>
        <translation>Die jährliche Dividendenrendite als Bruchteil (0.015 sind 1.5 %).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar days to expiry.</source>
        <translation>Kalendertage bis zum Verfall.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <location line="+6"/>
        <location line="+1"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>A discrete dividend in index points paid in DAYS days (repeatable), as AMOUNT@DAYS.</source>
        <translation>Eine diskrete Dividende in Indexpunkten, gezahlt in DAYS Tagen (wiederholbar), als AMOUNT@DAYS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AMOUNT@DAYS</source>
        <translation>AMOUNT@DAYS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quoted futures price: adds the basis, mispricing and signal.</source>
        <translation>Der quotierte Futures-Kurs: ergänzt Basis, Fehlbewertung und Signal.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round-trip cost of the arbitrage in percent of the spot (default 0).</source>
        <translation>Kosten der Arbitrage für Hin- und Rückweg in Prozent des Spots (Standard 0).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day of --spot-symbol and --rate-symbol (default: their last).</source>
        <translation>Der Tag für --spot-symbol und --rate-symbol (Standard: jeweils ihr letzter).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the results as JSON to OUT (&apos;-&apos; for stdout).</source>
        <translation>Die Ergebnisse als JSON nach OUT schreiben (&apos;-&apos; für stdout).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>History mode: value every common day of --futures-symbol and --spot-symbol, with T to the next quarterly expiry (third Friday of March, June, September, December).</source>
        <translation>Historienmodus: jeden gemeinsamen Tag von --futures-symbol und --spot-symbol bewerten, mit T bis zum nächsten Quartalsverfall (dritter Freitag im März, Juni, September, Dezember).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History mode: the cached futures series (e.g. RTY=F).</source>
        <translation>Historienmodus: die Futures-Zeitreihe im Cache (z. B. RTY=F).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History mode: first date.</source>
        <translation>Historienmodus: erster Tag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History mode: last date.</source>
        <translation>Historienmodus: letzter Tag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History mode: write the days as CSV to OUT: date, days_to_expiry, spot, futures, rate, fair_value, basis, mispricing, signal.</source>
        <translation>Historienmodus: die Tage als CSV nach OUT schreiben: date, days_to_expiry, spot, futures, rate, fair_value, basis, mispricing, signal.</translation>
    </message>
</context>
<context>
    <name>rutile::cli::HoldingsCommand</name>
    <message>
        <location filename="../app/cli/commands/HoldingsCommand.cpp" line="+61"/>
        <source>%1 holdings as of %2: %3 equities worth %4</source>
        <translation>Positionen von %1 zum %2: %3 Aktien im Wert von %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Top 10</source>
        <translation>Top 10</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sectors</source>
        <translation>Sektoren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HHI %1, effective number of holdings %2, top 10 %3%, top 100 %4%</source>
        <translation>HHI %1, effektive Anzahl an Positionen %2, Top 10 %3%, Top 100 %4%</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1; give --name</source>
        <translation>%1; geben Sie --name an</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Imported %1 holdings of %2 as of %3 (%4 equities, %5 other rows) from %6</source>
        <translation>%1 Positionen von %2 zum %3 importiert (%4 Aktien, %5 sonstige Zeilen) aus %6</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 holds %2 on more than one row; each row is weighed on its own</source>
        <translation>%1 enthält %2 in mehr als einer Zeile; jede Zeile wird einzeln gewichtet</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sectors: %1 (%2) against %3 (%4)</source>
        <translation>Sektoren: %1 (%2) gegenüber %3 (%4)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>holdings takes &apos;import FILE&apos; or &apos;show NAME&apos;</source>
        <translation>holdings erwartet &apos;import FILE&apos; oder &apos;show NAME&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import a fund&apos;s holdings export (import FILE) or show its top ten, sectors and concentration (show NAME).</source>
        <translation>Den Positionsexport eines Fonds importieren (import FILE) oder seine zehn größten Positionen, Sektoren und Konzentration anzeigen (show NAME).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import or show.</source>
        <translation>import oder show.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>import|show</source>
        <translation>import|show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The holdings file (import) or the fund&apos;s name (show).</source>
        <translation>Die Positionsdatei (import) oder der Name des Fonds (show).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE|NAME</source>
        <translation>FILE|NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import: the fund&apos;s name (default: from the file name, IWM).</source>
        <translation>import: der Name des Fonds (Standard: aus dem Dateinamen, IWM).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show: the snapshot of this date (default: the latest).</source>
        <translation>show: der Snapshot dieses Datums (Standard: der neueste).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>show: put the sector weights of fund OTHER beside these, with the differences.</source>
        <translation>show: die Sektorgewichte des Fonds OTHER danebenstellen, mit den Differenzen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OTHER</source>
        <translation>OTHER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show: OTHER&apos;s snapshot of this date (default: its latest).</source>
        <translation>show: der Snapshot von OTHER zu diesem Datum (Standard: sein neuester).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the result as JSON to OUT (&apos;-&apos; for stdout).</source>
        <translation>Das Ergebnis als JSON nach OUT schreiben (&apos;-&apos; für stdout).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
</context>
<context>
    <name>rutile::cli::ImportCommand</name>
    <message>
        <location filename="../app/cli/commands/ImportCommand.cpp" line="+83"/>
        <source>--delimiter, --decimal, --date-format, --columns and --header-lines need --format generic</source>
        <translation>--delimiter, --decimal, --date-format, --columns und --header-lines benötigen --format generic</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--delimiter: expected one character or &apos;tab&apos;, found &apos;%1&apos;</source>
        <translation>--delimiter: erwartet: ein Zeichen oder &apos;tab&apos;, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--decimal: expected &apos;.&apos; or &apos;,&apos;, found &apos;%1&apos;</source>
        <translation>--decimal: erwartet: &apos;.&apos; oder &apos;,&apos;, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--header-lines: expected a whole number ≥ 0, found &apos;%1&apos;</source>
        <translation>--header-lines: erwartet: eine ganze Zahl ≥ 0, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--columns: expected field=column pairs such as date=1,close=5 (fields: date, open, high, low, close, adjclose, volume), found &apos;%1&apos;</source>
        <translation>--columns: erwartet: Paare feld=spalte wie date=1,close=5 (Felder: date, open, high, low, close, adjclose, volume), gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>import takes exactly one FILE, found %1 arguments</source>
        <translation>import erwartet genau eine Datei (FILE), gefunden: %1 Argumente</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--format: expected auto, yahoo, yfinance, stooq or generic, found &apos;%1&apos;</source>
        <translation>--format: erwartet: auto, yahoo, yfinance, stooq oder generic, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>%1: %2 of %3 cached bars replaced with different values (%4 to %5)</source>
        <translation>%1: %2 von %3 Bars im Cache durch abweichende Werte ersetzt (%4 bis %5)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; volumes differ by up to %1 times</source>
        <translation>; Volumina weichen bis zum %1-Fachen ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 bars lost their volume</source>
        <translation>; %1 Bars haben ihr Volumen verloren</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>%1 more rows skipped</source>
        <translation>%1 weitere Zeilen übersprungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %1 bars of %2 (%3 to %4) from %5 [%6]; %7 rows read, %8 skipped</source>
        <translation>%1 Bars von %2 (%3 bis %4) aus %5 importiert [%6]; %7 Zeilen gelesen, %8 übersprungen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import daily OHLCV history from a CSV file into the cache.</source>
        <translation>Tägliche OHLCV-Historie aus einer CSV-Datei in den Cache importieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV file to import.</source>
        <translation>Die zu importierende CSV-Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store the bars under SYM (default: from the file).</source>
        <translation>Die Bars unter SYM speichern (Standard: aus der Datei).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SYM</source>
        <translation>SYM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto (default), yahoo, yfinance, stooq or generic.</source>
        <translation>auto (Standard), yahoo, yfinance, stooq oder generic.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abort on the first bad row; nothing is written.</source>
        <translation>Bei der ersten fehlerhaften Zeile abbrechen; es wird nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the import report as JSON to OUT (&apos;-&apos; for stdout).</source>
        <translation>Den Importbericht als JSON nach OUT schreiben (&apos;-&apos; für stdout).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generic CSV: the field delimiter (one character or &apos;tab&apos;).</source>
        <translation>Generisches CSV: das Feldtrennzeichen (ein Zeichen oder &apos;tab&apos;).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generic CSV: the decimal separator, &apos;.&apos; or &apos;,&apos;.</source>
        <translation>Generisches CSV: das Dezimaltrennzeichen, &apos;.&apos; oder &apos;,&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generic CSV: the date pattern from yyyy, yy, MM, M, dd, d (e.g. dd.MM.yyyy).</source>
        <translation>Generisches CSV: das Datumsmuster aus yyyy, yy, MM, M, dd, d (z. B. dd.MM.yyyy).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PATTERN</source>
        <translation>PATTERN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generic CSV: lines before the first data row.</source>
        <translation>Generisches CSV: Zeilen vor der ersten Datenzeile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generic CSV: 1-based column of each field, e.g. date=1,open=2,high=3,low=4,close=5,volume=6.</source>
        <translation>Generisches CSV: 1-basierte Spalte jedes Felds, z. B. date=1,open=2,high=3,low=4,close=5,volume=6.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAP</source>
        <translation>MAP</translation>
    </message>
</context>
<context>
    <name>rutile::cli::IndexCommand</name>
    <message>
        <location filename="../app/cli/commands/IndexCommand.cpp" line="+72"/>
        <source>Stored %1: %2, %3 to %4, %5 bars, last level %6</source>
        <translation>%1 gespeichert: %2, %3 bis %4, %5 Bars, letzter Stand %6</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 divisor adjustments (entries, exits, share changes, rebalances)</source>
        <translation>%1 Divisoranpassungen (Aufnahmen, Abgänge, Änderungen der Aktienanzahl, Rebalancings)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return %1% from %2 to %3; largest contributions:</source>
        <translation>Rendite %1% von %2 bis %3; größte Beiträge:</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>%1 pp</source>
        <translation>%1 Pp.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>smallest:</source>
        <translation>kleinste:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sectors:</source>
        <translation>Sektoren:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>index takes &apos;build NAME&apos;</source>
        <translation>index erwartet &apos;build NAME&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give exactly one of --constituents LIST and --holdings NAME</source>
        <translation>geben Sie genau eine der Optionen --constituents LIST und --holdings NAME an</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--weighting takes cap, float or equal</source>
        <translation>--weighting erwartet cap, float oder equal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--reconstitution takes june or none</source>
        <translation>--reconstitution erwartet june oder none</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--base takes a number</source>
        <translation>--base erwartet eine Zahl</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 of the constituents are not cached and were left out (first: %2)</source>
        <translation>%1 der Indexmitglieder sind nicht im Cache und wurden ausgelassen (erstes: %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Build an index from the constituents of a watchlist or a holdings snapshot and store it as a symbol (build NAME).</source>
        <translation>Einen Index aus den Indexmitgliedern einer Watchlist oder eines Positions-Snapshots bilden und als Symbol speichern (build NAME).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>build.</source>
        <translation>build.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>build</source>
        <translation>build</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The symbol to store the index as.</source>
        <translation>Das Symbol, unter dem der Index gespeichert wird.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The watchlist whose symbols are the constituents.</source>
        <translation>Die Watchlist, deren Symbole die Indexmitglieder sind.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fund whose holdings snapshot gives the constituents and their units.</source>
        <translation>Der Fonds, dessen Positions-Snapshot die Indexmitglieder und ihre Stückzahlen liefert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--holdings: the snapshot of this date (default: the latest).</source>
        <translation>--holdings: der Snapshot dieses Datums (Standard: der neueste).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>cap, float or equal (default cap).</source>
        <translation>cap, float oder equal (Standard: cap).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The level of the first day (default 1000).</source>
        <translation>Der Stand am ersten Tag (Standard 1000).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>june (annually, the fourth Friday of June: the default for a watchlist) or none (the default for holdings).</source>
        <translation>june (jährlich am vierten Freitag im Juni: Standard für eine Watchlist) oder none (Standard für Positionen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day of the index (default: the first constituent bar).</source>
        <translation>Erster Tag des Index (Standard: die erste Bar der Indexmitglieder).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the index (default: the last constituent bar).</source>
        <translation>Letzter Tag des Index (Standard: die letzte Bar der Indexmitglieder).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start of the attribution range (default: the first day).</source>
        <translation>Beginn des Attributionszeitraums (Standard: der erste Tag).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End of the attribution range (default: the last day).</source>
        <translation>Ende des Attributionszeitraums (Standard: der letzte Tag).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the result and its attribution as JSON to OUT (&apos;-&apos; for stdout).</source>
        <translation>Das Ergebnis und seine Attribution als JSON nach OUT schreiben (&apos;-&apos; für stdout).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
</context>
<context>
    <name>rutile::cli::IndicatorsCommand</name>
    <message>
        <location filename="../app/cli/commands/IndicatorsCommand.cpp" line="+36"/>
        <source>indicators takes exactly one SYMBOL, found %1 arguments</source>
        <translation>indicators erwartet genau ein SYMBOL, gefunden: %1 Argumente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>indicators needs at least one --ind SPEC, e.g. --ind sma:20</source>
        <translation>indicators benötigt mindestens ein --ind SPEC, z. B. --ind sma:20</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>indicators needs --csv OUT</source>
        <translation>indicators benötigt --csv OUT</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Compute indicators over a symbol&apos;s history and write them as CSV.</source>
        <translation>Indikatoren über die Historie eines Symbols berechnen und als CSV schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The symbol to compute on.</source>
        <translation>Das Symbol, auf dem gerechnet wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An indicator as name:arg,arg (repeatable); missing arguments take their defaults:
%1</source>
        <translation>Ein Indikator als name:arg,arg (wiederholbar); fehlende Argumente erhalten ihre Standardwerte:
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First date written (YYYY-MM-DD); warm-up uses earlier bars.</source>
        <translation>Erster geschriebener Tag (YYYY-MM-DD); der Vorlauf nutzt frühere Bars.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last date written (YYYY-MM-DD).</source>
        <translation>Letzter geschriebener Tag (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the CSV to OUT (&apos;-&apos; for stdout).</source>
        <translation>Die CSV-Datei nach OUT schreiben (&apos;-&apos; für stdout).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
</context>
<context>
    <name>rutile::cli::ListCommand</name>
    <message>
        <location filename="../app/cli/commands/ListCommand.cpp" line="+53"/>
        <source>1 symbol</source>
        <translation>1 Symbol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 symbols</source>
        <translation>%1 Symbole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved watchlist %1: %2</source>
        <translation>Watchlist %1 gespeichert: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Watchlist %1: %2</source>
        <translation>Watchlist %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 not cached</source>
        <translation>, %1 nicht im Cache</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 is given twice; the list holds it once</source>
        <translation>%1 ist doppelt angegeben; die Liste enthält es einmal</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is not a symbol Rutile can hold; left out</source>
        <translation>%1 ist kein Symbol, das Rutile speichern kann; ausgelassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the %1 holdings of %2 hold no listed equity</source>
        <translation>die Positionen von %1 vom %2 enthalten keine börsennotierte Aktie</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>list takes &apos;set NAME SYM...&apos;, &apos;from-holdings NAME HOLDINGS&apos; or &apos;show NAME&apos;</source>
        <translation>list erwartet &apos;set NAME SYM...&apos;, &apos;from-holdings NAME HOLDINGS&apos; oder &apos;show NAME&apos;</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>the workspace holds no symbol to list</source>
        <translation>der Arbeitsbereich enthält kein Symbol zum Auflisten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list set takes symbols or --all, not both</source>
        <translation>list set erwartet Symbole oder --all, nicht beides</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list set takes the list&apos;s name and at least one symbol, or --all</source>
        <translation>list set erwartet den Namen der Liste und mindestens ein Symbol oder --all</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>--all belongs to &apos;list set NAME --all&apos;</source>
        <translation>--all gehört zu &apos;list set NAME --all&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Watchlists: set NAME SYM... (or --all), from-holdings NAME HOLDINGS (a fund&apos;s stocks), show NAME.</source>
        <translation>Watchlists: set NAME SYM... (oder --all), from-holdings NAME HOLDINGS (die Aktien eines Fonds), show NAME.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set, from-holdings or show.</source>
        <translation>set, from-holdings oder show.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set|from-holdings|show</source>
        <translation>set|from-holdings|show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The watchlist&apos;s name.</source>
        <translation>Der Name der Watchlist.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set: the symbols; from-holdings: the fund.</source>
        <translation>set: die Symbole; from-holdings: der Fonds.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[SYM...|HOLDINGS]</source>
        <translation>[SYM...|HOLDINGS]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from-holdings: the snapshot of this date (default: the latest).</source>
        <translation>from-holdings: der Snapshot dieses Datums (Standard: der neueste).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set: every cached symbol, instead of symbols given.</source>
        <translation>set: jedes Symbol im Cache, statt angegebener Symbole.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the list as JSON to OUT (&apos;-&apos; for stdout).</source>
        <translation>Die Liste als JSON nach OUT schreiben (&apos;-&apos; für stdout).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
</context>
<context>
    <name>rutile::cli::ListOptions</name>
    <message>
        <location filename="../app/cli/commands/ListOptions.cpp" line="+35"/>
        <source>--where takes a condition (true or false), such as &quot;close &gt; sma(close, 200)&quot;</source>
        <translation>--where erwartet eine Bedingung (true oder false), etwa &quot;close &gt; sma(close, 200)&quot;</translation>
    </message>
</context>
<context>
    <name>rutile::cli::MergeCommand</name>
    <message>
        <location filename="../app/cli/commands/MergeCommand.cpp" line="+23"/>
        <source>merge needs the shard files written by &apos;optimize --shard i/N --json OUT&apos; or &apos;scan --shard i/N --json OUT&apos;</source>
        <translation>merge benötigt die Shard-Dateien, die von &apos;optimize --shard i/N --json OUT&apos; oder &apos;scan --shard i/N --json OUT&apos; geschrieben wurden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not an optimisation result or a scan (a JSON object)</source>
        <translation>weder ein Optimierungsergebnis noch ein Scan (ein JSON-Objekt)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Join the JSON results of &apos;optimize --shard&apos; or &apos;scan --shard&apos; runs into one.</source>
        <translation>Die JSON-Ergebnisse von Läufen mit &apos;optimize --shard&apos; oder &apos;scan --shard&apos; zu einem zusammenführen.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>not every shard was given (missing: %1); the result covers part of the list</source>
        <translation>nicht alle Shards wurden angegeben (fehlend: %1); das Ergebnis deckt nur einen Teil der Liste ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not every shard was given (missing: %1); the result covers part of the grid</source>
        <translation>nicht alle Shards wurden angegeben (fehlend: %1); das Ergebnis deckt nur einen Teil des Rasters ab</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Shard results (JSON) of one optimisation.</source>
        <translation>Shard-Ergebnisse (JSON) einer Optimierung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A.json B.json ...</source>
        <translation>A.json B.json ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the merged JSON to OUT (&apos;-&apos; for stdout, the default).</source>
        <translation>Das zusammengeführte JSON nach OUT schreiben (&apos;-&apos; für stdout, der Standard).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
</context>
<context>
    <name>rutile::cli::MlCommand</name>
    <message>
        <location filename="../app/cli/commands/MlCommand.cpp" line="+49"/>
        <source>%1, %2 on %3 rows (%4 train, %5 test, %6 to %7), %8 evaluation</source>
        <translation>%1, %2 auf %3 Zeilen (%4 Training, %5 Test, %6 bis %7), Auswertung: %8</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 (%2 on %3, %4 rows to %5): P(up over %6 bars after %7) = %8</source>
        <translation>%1 (%2 auf %3, %4 Zeilen bis %5): P(Anstieg über %6 Bars nach %7) = %8</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ml takes one symbol, found %1 arguments</source>
        <translation>ml erwartet ein Symbol, gefunden: %1 Argumente</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--model: expected rf or gbt, found &apos;%1&apos;</source>
        <translation>--model: erwartet: rf oder gbt, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--eval: expected shuffled, chronological, purged or walkforward, found &apos;%1&apos;</source>
        <translation>--eval: erwartet: shuffled, chronological, purged oder walkforward, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Train and evaluate a next-days direction classifier (random forest or boosted trees), beside its baseline.</source>
        <translation>Einen Richtungsklassifikator für die nächsten Tage (Random Forest oder Boosted Trees) trainieren und neben seiner Baseline auswerten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The symbol whose bars give the rows.</source>
        <translation>Das Symbol, dessen Bars die Zeilen liefern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Features, comma separated or repeated: indicator specs (sma:50, macd:12,26,9.signal), ret:N, ratio:SPEC, lag:K:FEATURE (default sma:50,sma:200,rsi:14,macd:12,26,9).</source>
        <translation>Merkmale, durch Kommas getrennt oder wiederholt: Indikatorangaben (sma:50, macd:12,26,9.signal), ret:N, ratio:SPEC, lag:K:FEATURE (Standard sma:50,sma:200,rsi:14,macd:12,26,9).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPEC,...</source>
        <translation>SPEC,...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rf (random forest, default) or gbt (boosted trees).</source>
        <translation>rf (Random Forest, Standard) oder gbt (Boosted Trees).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <location line="+2"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>A model hyper-parameter as name=value (repeatable): rf trees, max_depth, min_samples, features_per_split, seed; gbt rounds, max_depth, eta, subsample, seed.</source>
        <translation>Ein Hyperparameter des Modells als name=value (wiederholbar): rf trees, max_depth, min_samples, features_per_split, seed; gbt rounds, max_depth, eta, subsample, seed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>K=V</source>
        <translation>K=V</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shuffled (leaky), chronological (default), purged (k-fold with an embargo) or walkforward.</source>
        <translation>shuffled (mit Datenleck), chronological (Standard), purged (k-Fold mit Embargo) oder walkforward.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The models&apos; threads (default: the library&apos;s); results do not depend on it.</source>
        <translation>Threads der Modelle (Standard: die der Bibliothek); die Ergebnisse hängen nicht davon ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First date of the bars (YYYY-MM-DD).</source>
        <translation>Erster Tag der Bars (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last date of the bars (YYYY-MM-DD).</source>
        <translation>Letzter Tag der Bars (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the test rows&apos; predictions as CSV to OUT (&apos;-&apos; for stdout): date, probability, predicted, label, correct.</source>
        <translation>Die Vorhersagen der Testzeilen als CSV nach OUT schreiben (&apos;-&apos; für stdout): date, probability, predicted, label, correct.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Then train the model on every row and keep it in the workspace as NAME.</source>
        <translation>Anschließend das Modell auf allen Zeilen trainieren und im Arbeitsbereich als NAME aufbewahren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instead of training: load the model kept as NAME and predict SYMBOL&apos;s latest bar.</source>
        <translation>Statt zu trainieren: das als NAME aufbewahrte Modell laden und die neueste Bar von SYMBOL vorhersagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the results as JSON to OUT (&apos;-&apos; for stdout).</source>
        <translation>Die Ergebnisse als JSON nach OUT schreiben (&apos;-&apos; für stdout).</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
</context>
<context>
    <name>rutile::cli::OptimizeCommand</name>
    <message>
        <location filename="../app/cli/commands/OptimizeCommand.cpp" line="+25"/>
        <source>%1: %2 of %3 grid points evaluated (shard %4/%5), %6 skipped, %7 ms on %8 threads</source>
        <translation>%1: %2 von %3 Rasterpunkten ausgewertet (Shard %4/%5), %6 übersprungen, %7 ms auf %8 Threads</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>  deflated Sharpe ratio of the best point: %1 over %2 trials (%3)</source>
        <translation>  Deflated Sharpe-Ratio des besten Punkts: %1 über %2 Versuche (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>significant at %1</source>
        <translation>signifikant bei %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT significant: the optimum may be luck</source>
        <translation>NICHT signifikant: das Optimum kann Zufall sein</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the best grid point&apos;s deflated Sharpe ratio is %1 after %2 trials (below %3): it may be luck</source>
        <translation>die Deflated Sharpe-Ratio des besten Rasterpunkts beträgt %1 nach %2 Versuchen (unter %3): das Ergebnis kann Zufall sein</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Grid-search a strategy&apos;s parameters on all cores; --shard runs one slice for batch schedulers.</source>
        <translation>Rastersuche über die Parameter einer Strategie auf allen Kernen; --shard führt einen Teil für Batch-Scheduler aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run the i-th of N disjoint, contiguous slices of the grid, i from 0 to N−1 (e.g. a Slurm array index or a Kubernetes completion index); join with &apos;merge&apos;.</source>
        <translation>Den i-ten von N disjunkten, zusammenhängenden Teilen des Rasters ausführen, i von 0 bis N−1 (z. B. ein Slurm-Array-Index oder ein Kubernetes-Completion-Index); mit &apos;merge&apos; zusammenführen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I/N</source>
        <translation>I/N</translation>
    </message>
</context>
<context>
    <name>rutile::cli::PairCommand</name>
    <message>
        <location filename="../app/cli/commands/PairCommand.cpp" line="+29"/>
        <source>%1 on %2, %3 to %4 (%5 common days): %6</source>
        <translation>%1 auf %2, %3 bis %4 (%5 gemeinsame Tage): %6</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>  rolling tests: %1 windows, cointegrated at 5 % in %2 of them</source>
        <translation>  rollierende Tests: %1 Fenster, in %2 davon kointegriert bei 5 %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>pair takes two symbols, Y and X, found %1 arguments</source>
        <translation>pair erwartet zwei Symbole, Y und X, gefunden: %1 Argumente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pair needs two different symbols, found %1 twice</source>
        <translation>pair benötigt zwei verschiedene Symbole, gefunden: %1 zweimal</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Engle–Granger test of two symbols&apos; log prices, the spread&apos;s half-life and z-score, rolling and Kalman hedge ratios.</source>
        <translation>Engle–Granger-Test der logarithmierten Kurse zweier Symbole, Halbwertszeit und z-Score des Spreads, rollierende und Kalman-Hedge-Ratios.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The symbol regressed (e.g. RUT).</source>
        <translation>Das Symbol, das regressiert wird (z. B. RUT).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The symbol it is regressed on (e.g. SPX).</source>
        <translation>Das Symbol, auf das regressiert wird (z. B. SPX).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First date (YYYY-MM-DD).</source>
        <translation>Erster Tag (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last date (YYYY-MM-DD).</source>
        <translation>Letzter Tag (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the results as JSON to OUT (&apos;-&apos; for stdout).</source>
        <translation>Die Ergebnisse als JSON nach OUT schreiben (&apos;-&apos; für stdout).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Write the daily series as CSV to OUT: date, log_y, log_x, spread, zscore, rolling_beta, kalman_beta.</source>
        <translation>Die tägliche Zeitreihe als CSV nach OUT schreiben: date, log_y, log_x, spread, zscore, rolling_beta, kalman_beta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the rolling tests as CSV to OUT: date, eg_tstat, eg_pvalue, hedge_ratio, halflife_days.</source>
        <translation>Die rollierenden Tests als CSV nach OUT schreiben: date, eg_tstat, eg_pvalue, hedge_ratio, halflife_days.</translation>
    </message>
</context>
<context>
    <name>rutile::cli::PortfolioCommand</name>
    <message>
        <location filename="../app/cli/commands/PortfolioCommand.cpp" line="+31"/>
        <source>%1: top %2 of %3 by %4, %5 to %6 (%7 rebalances)</source>
        <translation>%1: Top %2 von %3 nach %4, %5 bis %6 (%7 Rebalancings)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>  trades %1; %2 symbols skipped</source>
        <translation>  Trades %1; %2 Symbole übersprungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  last holdings: %1</source>
        <translation>  letzte Positionen: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>portfolio takes one watchlist, found %1 arguments</source>
        <translation>portfolio erwartet eine Watchlist, gefunden: %1 Argumente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give --rank EXPR, the expression that ranks the symbols (highest held)</source>
        <translation>geben Sie --rank EXPR an, den Ausdruck, der die Symbole in eine Rangfolge bringt (die höchsten werden gehalten)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Backtest a top-N book over a watchlist: rank every symbol, hold the best, rebalance on a schedule.</source>
        <translation>Backtest eines Top-N-Portfolios über eine Watchlist: jedes Symbol einstufen, die besten halten, nach Zeitplan umschichten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The watchlist to choose from (see &apos;list&apos;).</source>
        <translation>Die Watchlist, aus der ausgewählt wird (siehe &apos;list&apos;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A rule-language expression ranking the symbols on each rebalance day, highest first, e.g. &quot;change(close, 126) / ref(close, 126)&quot;.</source>
        <translation>Ein Ausdruck der Regelsprache, der die Symbole an jedem Umschichtungstag in eine Rangfolge bringt, höchster Wert zuerst, z. B. &quot;change(close, 126) / ref(close, 126)&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EXPR</source>
        <translation>EXPR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only symbols meeting this condition on the rebalance day may be held.</source>
        <translation>Nur Symbole, die diese Bedingung am Umschichtungstag erfüllen, dürfen gehalten werden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>COND</source>
        <translation>COND</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First date traded (earlier bars warm the rank up).</source>
        <translation>Erster Handelstag (frühere Bars dienen als Vorlauf für den Rang).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last date traded; every holding is sold at its close.</source>
        <translation>Letzter Handelstag; jede Position wird zu ihrem Schlusskurs verkauft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Benchmark of beta and alpha (default: the workspace&apos;s &apos;benchmark&apos; setting, else SPX, GSPC or ^GSPC if cached).</source>
        <translation>Benchmark für Beta und Alpha (Standard: die Einstellung &apos;benchmark&apos; des Arbeitsbereichs, sonst SPX, GSPC oder ^GSPC, falls im Cache).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SYM</source>
        <translation>SYM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not compare with a benchmark.</source>
        <translation>Nicht mit einer Benchmark vergleichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading threads (default: one per core).</source>
        <translation>Lese-Threads (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the results as JSON to OUT (&apos;-&apos; for stdout).</source>
        <translation>Die Ergebnisse als JSON nach OUT schreiben (&apos;-&apos; für stdout).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+1"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Write the daily book as CSV to OUT: date, equity, cash, exposure, holdings, drawdown (and benchmark).</source>
        <translation>Das tägliche Portfolio als CSV nach OUT schreiben: date, equity, cash, exposure, holdings, drawdown (und benchmark).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the holdings after every day with a fill as CSV to OUT: date, symbol, units, close, weight.</source>
        <translation>Die Positionen nach jedem Tag mit einer Ausführung als CSV nach OUT schreiben: date, symbol, units, close, weight.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the closed trades as CSV to OUT, with their symbol.</source>
        <translation>Die geschlossenen Trades mit ihrem Symbol als CSV nach OUT schreiben.</translation>
    </message>
</context>
<context>
    <name>rutile::cli::ReportCommand</name>
    <message>
        <location filename="../app/cli/commands/ReportCommand.cpp" line="+74"/>
        <source>report run takes one run id (a positive number)</source>
        <translation>report run erwartet eine Lauf-ID (eine positive Zahl)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>report needs what to report: backtest, risk or run</source>
        <translation>report braucht die Art des Berichts: backtest, risk oder run</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report needs --pdf OUT, --html OUT or both</source>
        <translation>report braucht --pdf OUT, --html OUT oder beides</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report writes --pdf and --html; the JSON comes from backtest, risk or runs show</source>
        <translation>report schreibt --pdf und --html; das JSON liefern backtest, risk oder runs show</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>report: expected backtest, risk or run, found &apos;%1&apos;</source>
        <translation>report: backtest, risk oder run erwartet, &apos;%1&apos; gefunden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write a backtest report (report backtest SYMBOL ...), a risk report (report risk SYMBOL ...) or the report of a journaled run (report run ID) as PDF and/or self-contained HTML.</source>
        <translation>Einen Backtest-Bericht (report backtest SYMBOL ...), einen Risikobericht (report risk SYMBOL ...) oder den Bericht eines im Journal erfassten Laufs (report run ID) als PDF und/oder eigenständiges HTML schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>backtest, risk or run.</source>
        <translation>backtest, risk oder run.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>backtest|risk|run</source>
        <translation>backtest|risk|run</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>risk: log (default) or simple daily returns.</source>
        <translation>risk: tägliche Renditen als log (Standard) oder simple.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the report as PDF to OUT.</source>
        <translation>Den Bericht als PDF nach OUT schreiben.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the report as one self-contained HTML file to OUT.</source>
        <translation>Den Bericht als eine eigenständige HTML-Datei nach OUT schreiben.</translation>
    </message>
</context>
<context>
    <name>rutile::cli::RiskCommand</name>
    <message>
        <location filename="../app/cli/commands/RiskCommand.cpp" line="+30"/>
        <source>Statistics of the daily returns of Close between --from and --to (one fewer return than bars). Conventions (also in the README, section Risk):
- Returns: log ln(C[t]/C[t-1]) (default) or simple C[t]/C[t-1] - 1, dated at the later bar.
- Moments: sample estimators; std divides by n-1; skewness G1 and excess kurtosis G2 as Excel SKEW/KURT and pandas; annual_mean = mean*T, annual_vol = std*sqrt(T), T = trading_days = 252.
- Volatility: std is the long-term (whole range) daily volatility; short_term_vol is the sample std of the last short_window = 63 returns (daily; annual_short_term_vol = short_term_vol*sqrt(T)).
- Quantiles: linear interpolation between order statistics (R type 7, Excel PERCENTILE.INC, numpy default): h = (n-1)p, Q = x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]).
- VaR, ES: var_left = p-quantile, var_right = (1-p)-quantile of returns, p = var_level = 0.05; es_left = mean of returns &lt;= var_left, es_right = mean of returns &gt;= var_right. All are returns: left values are negative.
- EVT: peaks over threshold per tail, on losses -r (left) and gains r (right); threshold u = type-7 quantile threshold_quantile = 0.9 of that variable, in its own units (a positive loss on the left); GPD shape xi and scale sigma of the exceedances y - u (y &gt; u) by maximum likelihood, se_xi and se_sigma from the inverse observed information; stress = u + sigma/xi*((n/Nu*p)^(-xi) - 1) at p = stress_level = 0.01, reported as a return (stress_left negative). Fewer than 30 exceedances give a warning on stderr.
- Drawdown: max_drawdown = min over t of C[t]/max(C[0..t]) - 1 (a negative number) with the dates of its peak, trough and recovery (first close back at the peak).
- Benchmark: closes aligned on common dates, then returns; beta and alpha = OLS slope and intercept of the symbol&apos;s returns on the benchmark&apos;s (alpha daily, annual_alpha = alpha*T); correlation; r_squared = correlation^2; tracking error; information ratio. Default benchmark: the workspace setting &apos;benchmark&apos;, else SPX, GSPC or ^GSPC.
- JSON: plain numbers in return units (0.012, not 1.2%); undefined values are null.
Parameters for --param (name=value):
%1</source>
        <translation>Statistik der täglichen Renditen von Close zwischen --from und --to (eine Rendite weniger als Bars). Konventionen (auch in der README, Abschnitt Risk):
- Renditen: log ln(C[t]/C[t-1]) (Standard) oder simple C[t]/C[t-1] - 1, datiert auf die spätere Bar.
- Momente: Stichprobenschätzer; std teilt durch n-1; Schiefe G1 und Exzess-Kurtosis G2 wie Excel SKEW/KURT und pandas; annual_mean = mean*T, annual_vol = std*sqrt(T), T = trading_days = 252.
- Volatilität: std ist die langfristige (gesamter Zeitraum) tägliche Volatilität; short_term_vol ist die Stichproben-Standardabweichung der letzten short_window = 63 Renditen (täglich; annual_short_term_vol = short_term_vol*sqrt(T)).
- Quantile: lineare Interpolation zwischen Ordnungsstatistiken (R-Typ 7, Excel PERCENTILE.INC, numpy-Standard): h = (n-1)p, Q = x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]).
- VaR, ES: var_left = p-Quantil, var_right = (1-p)-Quantil der Renditen, p = var_level = 0.05; es_left = Mittelwert der Renditen &lt;= var_left, es_right = Mittelwert der Renditen &gt;= var_right. Alle Werte sind Renditen: linke Werte sind negativ.
- EVT: Peaks over Threshold je Verteilungsende, auf Verlusten -r (links) und Gewinnen r (rechts); Schwelle u = Typ-7-Quantil threshold_quantile = 0.9 dieser Variablen, in ihren eigenen Einheiten (links ein positiver Verlust); GPD-Form xi und GPD-Skala sigma der Überschreitungen y - u (y &gt; u) per Maximum-Likelihood, se_xi und se_sigma aus der inversen beobachteten Information; stress = u + sigma/xi*((n/Nu*p)^(-xi) - 1) bei p = stress_level = 0.01, angegeben als Rendite (stress_left negativ). Weniger als 30 Überschreitungen ergeben eine Warnung auf stderr.
- Drawdown: max_drawdown = Minimum über t von C[t]/max(C[0..t]) - 1 (eine negative Zahl) mit den Tagen von Hoch, Tief und Erholung (erster Schlusskurs wieder auf dem Hoch).
- Benchmark: Schlusskurse auf gemeinsame Tage ausgerichtet, dann Renditen; beta und alpha = OLS-Steigung und -Achsenabschnitt der Renditen des Symbols auf die der Benchmark (alpha täglich, annual_alpha = alpha*T); Korrelation; r_squared = correlation^2; Tracking Error; Information Ratio. Standard-Benchmark: die Einstellung &apos;benchmark&apos; des Arbeitsbereichs, sonst SPX, GSPC oder ^GSPC.
- JSON: reine Zahlen in Renditeeinheiten (0.012, nicht 1.2%); undefinierte Werte sind null.
Parameter für --param (name=value):
%1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1: %2 %3 returns, %4 to %5</source>
        <translation>%1: %2 Renditen (%3), %4 bis %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>annualised</source>
        <translation>annualisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>std (long-term vol)</source>
        <translation>Std.-Abw. (langfr. Vola)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>short-term vol (%1)</source>
        <translation>kurzfr. Vola (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skewness</source>
        <translation>Schiefe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excess kurtosis</source>
        <translation>Exzess-Kurtosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min (%1)</source>
        <translation>Min. (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max (%1)</source>
        <translation>Max. (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>historical VaR (%1%)</source>
        <translation>historischer VaR (%1%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected shortfall</source>
        <translation>Expected Shortfall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gaussian VaR</source>
        <translation>Gauß-VaR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cornish-Fisher VaR</source>
        <translation>Cornish-Fisher-VaR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EVT threshold u</source>
        <translation>EVT-Schwelle u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exceedances</source>
        <translation>Überschreitungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPD xi (se)</source>
        <translation>GPD xi (Std.-Fehler)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPD sigma (se)</source>
        <translation>GPD sigma (Std.-Fehler)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>converged</source>
        <translation>konvergiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EVT stress (%1%)</source>
        <translation>EVT-Stress (%1%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>max drawdown</source>
        <translation>max. Drawdown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    peak %1, trough %2, recovered %3</source>
        <translation>    Hoch %1, Tief %2, erholt %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  longest drawdown: %1 bars from %2 to %3</source>
        <translation>  längster Drawdown: %1 Bars von %2 bis %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (not recovered)</source>
        <translation>%1 (nicht erholt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  against %1 (%2 common returns):</source>
        <translation>  gegenüber %1 (%2 gemeinsame Renditen):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R squared</source>
        <translation>R-Quadrat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tracking error</source>
        <translation>Tracking Error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>information ratio</source>
        <translation>Information Ratio</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>risk takes exactly one SYMBOL, found %1 arguments</source>
        <translation>risk erwartet genau ein SYMBOL, gefunden: %1 Argumente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--benchmark and --no-benchmark cannot be combined</source>
        <translation>--benchmark und --no-benchmark können nicht kombiniert werden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--returns: expected log or simple, found &apos;%1&apos;</source>
        <translation>--returns: log oder simple erwartet, &apos;%1&apos; gefunden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--risk-free-symbol and --param risk_free both set the risk-free rate; give one</source>
        <translation>--risk-free-symbol und --param risk_free setzen beide den risikofreien Zins; geben Sie nur eines an</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>default benchmark %1: %2</source>
        <translation>Standard-Benchmark %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not enough data: %1 and %2 have fewer than 2 common returns</source>
        <translation>nicht genug Daten: %1 und %2 haben weniger als 2 gemeinsame Renditen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Return and tail-risk statistics (VaR, ES, EVT stress, drawdowns, beta) of a symbol.</source>
        <translation>Rendite- und Tail-Risiko-Statistiken (VaR, ES, EVT-Stress, Drawdowns, Beta) eines Symbols.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First date (YYYY-MM-DD) of the closes used.</source>
        <translation>Erstes Datum (YYYY-MM-DD) der verwendeten Schlusskurse.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last date (YYYY-MM-DD) of the closes used.</source>
        <translation>Letztes Datum (YYYY-MM-DD) der verwendeten Schlusskurse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log (default) or simple daily returns.</source>
        <translation>Tägliche Renditen als log (Standard) oder simple.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Benchmark symbol for beta, alpha, correlation (default: the workspace&apos;s benchmark).</source>
        <translation>Benchmark-Symbol für Beta, Alpha und Korrelation (Standard: die Benchmark des Arbeitsbereichs).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>SYM</source>
        <translation>SYM</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Take the risk-free rate from the cached rate series SYM (percent per year, e.g. FRED&apos;s DGS3MO): its mean over the closes analysed.</source>
        <translation>Den risikofreien Zins aus der zwischengespeicherten Zinsreihe SYM übernehmen (Prozent pro Jahr, z. B. DGS3MO von FRED): ihr Mittelwert über die analysierten Schlusskurse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not compare with the workspace&apos;s default benchmark.</source>
        <translation>Nicht mit der Standard-Benchmark des Arbeitsbereichs vergleichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A risk parameter as name=value (repeatable), e.g. var_level=0.01; see above.</source>
        <translation>Ein Risikoparameter als name=value (wiederholbar), z. B. var_level=0.01; siehe oben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K=V</source>
        <translation>K=V</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the statistics as JSON to OUT (&apos;-&apos; for stdout); without it a table is printed.</source>
        <translation>Die Statistiken als JSON nach OUT schreiben (&apos;-&apos; für stdout); ohne diese Option wird eine Tabelle ausgegeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
</context>
<context>
    <name>rutile::cli::RuleFile</name>
    <message>
        <location filename="../app/cli/commands/RuleFile.cpp" line="+22"/>
        <location line="+10"/>
        <source>cannot read the rule file: %1</source>
        <translation>die Regeldatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
</context>
<context>
    <name>rutile::cli::RunsCommand</name>
    <message>
        <location filename="../app/cli/commands/RunsCommand.cpp" line="+66"/>
        <source>runs show: expected a run id (a positive number), found &apos;%1&apos;</source>
        <translation>runs show: eine Lauf-ID (eine positive Zahl) erwartet, &apos;%1&apos; gefunden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>runs purge needs --before D: the entries older than that date go</source>
        <translation>runs purge braucht --before D: die Einträge vor diesem Datum werden entfernt</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n run(s) before %1 purged from the journal</source>
        <translation>
            <numerusform>%n Lauf vor %1 aus dem Journal entfernt</numerusform>
            <numerusform>%n Läufe vor %1 aus dem Journal entfernt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>runs show takes one run id</source>
        <translation>runs show erwartet eine Lauf-ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>runs purge takes no argument besides --before D</source>
        <translation>runs purge erwartet außer --before D kein Argument</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>runs: expected no action, show ID or purge --before D, found &apos;%1&apos;</source>
        <translation>runs: keine Aktion, show ID oder purge --before D erwartet, &apos;%1&apos; gefunden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The run journal: list every backtest, optimize, walkforward and ml run; show ID; purge --before D.</source>
        <translation>Das Laufjournal: alle backtest-, optimize-, walkforward- und ml-Läufe auflisten; show ID; purge --before D.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none (list), show or purge.</source>
        <translation>keine (Liste), show oder purge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[show ID|purge]</source>
        <translation>[show ID|purge]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>purge: remove the entries made before this date (YYYY-MM-DD, UTC).</source>
        <translation>purge: die vor diesem Datum (YYYY-MM-DD, UTC) angelegten Einträge entfernen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the list, or the run, as JSON to OUT (&apos;-&apos; for stdout).</source>
        <translation>Die Liste oder den Lauf als JSON nach OUT schreiben (&apos;-&apos; für stdout).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
</context>
<context>
    <name>rutile::cli::SampleCommand</name>
    <message>
        <location filename="../app/cli/commands/SampleCommand.cpp" line="+27"/>
        <source>sample takes no arguments</source>
        <translation>sample erwartet keine Argumente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--universe takes a whole number, not &apos;%1&apos;</source>
        <translation>--universe erwartet eine ganze Zahl, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the workspace holds a larger sample universe (%1); give --universe %2 or more, or an empty workspace</source>
        <translation>der Arbeitsbereich enthält ein größeres Beispieluniversum (%1); geben Sie --universe %2 oder mehr an oder einen leeren Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the workspace already holds %1, which is not sample data; give an empty workspace with --db</source>
        <translation>der Arbeitsbereich enthält bereits %1, also keine Beispieldaten; geben Sie mit --db einen leeren Arbeitsbereich an</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wrote the sample workspace to %1: %2 symbols, %3 bars (synthetic data)</source>
        <translation>Beispiel-Arbeitsbereich nach %1 geschrieben: %2 Symbole, %3 Bars (synthetische Daten)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 synthetic constituents are in the watchlist %2 and the holdings %3</source>
        <translation>Die %1 synthetischen Bestandteile stehen in der Watchlist %2 und den Beständen %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fill the workspace with the sample data: two synthetic indices and a synthetic constituent universe.</source>
        <translation>Den Arbeitsbereich mit den Beispieldaten füllen: zwei synthetische Indizes und ein synthetisches Universum von Indexmitgliedern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Synthetic constituents to add, 0 to %1 (default %2), as the watchlist %3.</source>
        <translation>Hinzuzufügende synthetische Indexmitglieder, 0 bis %1 (Standard %2), als Watchlist %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a summary as JSON to OUT (&apos;-&apos; for stdout).</source>
        <translation>Eine Zusammenfassung als JSON nach OUT schreiben (&apos;-&apos; für stdout).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
</context>
<context>
    <name>rutile::cli::ScanCommand</name>
    <message>
        <location filename="../app/cli/commands/ScanCommand.cpp" line="+72"/>
        <source>%1 evaluated, %2 skipped, %3 filtered out</source>
        <translation>%1 ausgewertet, %2 übersprungen, %3 herausgefiltert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>scan takes one watchlist, found %1 arguments</source>
        <translation>scan erwartet eine Watchlist, gefunden: %1 Argumente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give --expr EXPR, or --strategy NAME or --strategy-file FILE</source>
        <translation>geben Sie --expr EXPR, --strategy NAME oder --strategy-file FILE an</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--param and --grid set a strategy&apos;s parameters; an --expr has none</source>
        <translation>--param und --grid setzen die Parameter einer Strategie; ein --expr hat keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1 is a setting of a strategy&apos;s backtest; an --expr has none</source>
        <translation>--%1 ist eine Einstellung für den Backtest einer Strategie; ein --expr hat keine</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 trades two symbols; a scan backtests one symbol at a time</source>
        <translation>%1 handelt zwei Symbole; ein Scan backtestet jeweils ein Symbol</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--objective ranks the points of a --grid; give one</source>
        <translation>--objective bestimmt die Rangfolge der Punkte eines --grid; geben Sie eines an</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Evaluate an expression, or backtest a strategy, on every symbol of a watchlist.</source>
        <translation>Einen Ausdruck auswerten oder eine Strategie backtesten, auf jedem Symbol einer Watchlist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The watchlist to scan (see &apos;list&apos;).</source>
        <translation>Die zu scannende Watchlist (siehe &apos;list&apos;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A rule-language expression; each symbol&apos;s value on its last bar (a condition as 1 or 0), ranked highest first. E.g. &quot;close &gt; sma(close, 200) and rsi(close, 14) &lt; 30&quot;.</source>
        <translation>Ein Ausdruck der Regelsprache; der Wert jedes Symbols auf seiner letzten Bar (eine Bedingung als 1 oder 0), absteigend geordnet. Z. B. &quot;close &gt; sma(close, 200) and rsi(close, 14) &lt; 30&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EXPR</source>
        <translation>EXPR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A column beside the ranked one as NAME=EXPR, its value on the row&apos;s last bar (repeatable), e.g. rsi=&quot;rsi(close, 14)&quot;.</source>
        <translation>Eine Spalte neben der geordneten als NAME=EXPR, ihr Wert auf der letzten Bar der Zeile (wiederholbar), z. B. rsi=&quot;rsi(close, 14)&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAME=EXPR</source>
        <translation>NAME=EXPR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List only the symbols meeting this condition on their last bar; the others are counted as filtered_out.</source>
        <translation>Nur die Symbole auflisten, die diese Bedingung auf ihrer letzten Bar erfüllen; die übrigen zählen als filtered_out.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>COND</source>
        <translation>COND</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First date read (expression) or traded (backtest; earlier bars warm the indicators up).</source>
        <translation>Erstes Datum, das gelesen (Ausdruck) oder gehandelt (Backtest; frühere Bars dienen als Vorlauf der Indikatoren) wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Last date: the expression&apos;s value is its value on the last bar up to it.</source>
        <translation>Letztes Datum: der Wert des Ausdrucks ist sein Wert auf der letzten Bar bis zu diesem Datum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With a strategy: optimise this parameter range on each symbol alone, as name=start:stop:step, name=a,b,c or name=v (repeatable); each row is the symbol&apos;s best point.</source>
        <translation>Mit einer Strategie: diesen Parameterbereich auf jedem Symbol einzeln optimieren, als name=start:stop:step, name=a,b,c oder name=v (wiederholbar); jede Zeile ist der beste Punkt des Symbols.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>K=A:B:S</source>
        <translation>K=A:B:S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the grid maximises and the rows rank by: %1 (default sharpe).</source>
        <translation>Was das Raster maximiert und wonach die Zeilen geordnet werden: %1 (Standard sharpe).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading and evaluating threads (default: one per core).</source>
        <translation>Threads zum Lesen und Auswerten (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan the i-th of N slices of the list (0-based), for batch schedulers; &apos;merge&apos; joins them.</source>
        <translation>Den i-ten von N Abschnitten der Liste scannen (ab 0 gezählt), für Batch-Scheduler; &apos;merge&apos; führt sie zusammen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>i/N</source>
        <translation>i/N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the results as JSON to OUT (&apos;-&apos; for stdout).</source>
        <translation>Die Ergebnisse als JSON nach OUT schreiben (&apos;-&apos; für stdout).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the ranked rows as CSV to OUT (&apos;-&apos; for stdout).</source>
        <translation>Die geordneten Zeilen als CSV nach OUT schreiben (&apos;-&apos; für stdout).</translation>
    </message>
</context>
<context>
    <name>rutile::cli::SymbolsCommand</name>
    <message>
        <location filename="../app/cli/commands/SymbolsCommand.cpp" line="+20"/>
        <source>symbols takes no arguments</source>
        <translation>symbols erwartet keine Argumente</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>  (synthetic)</source>
        <translation>  (synthetisch)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>List the cached symbols with their bar counts and date ranges.</source>
        <translation>Die zwischengespeicherten Symbole mit Anzahl der Bars und Datumsbereich auflisten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the list as JSON to OUT (&apos;-&apos; for stdout).</source>
        <translation>Die Liste als JSON nach OUT schreiben (&apos;-&apos; für stdout).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
</context>
<context>
    <name>rutile::cli::WalkForwardCommand</name>
    <message>
        <location filename="../app/cli/commands/WalkForwardCommand.cpp" line="+27"/>
        <source>--%1: expected a number of bars, found &apos;%2&apos;</source>
        <translation>--%1: eine Anzahl von Bars erwartet, &apos;%2&apos; gefunden</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>out of sample: cagr %1, sharpe %2, max_drawdown %3, trades %4; walk-forward efficiency %5</source>
        <translation>Out-of-Sample: cagr %1, sharpe %2, max_drawdown %3, trades %4; Walk-Forward-Effizienz %5</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Walk-forward analysis: optimise in-sample, trade the next window out-of-sample, repeat.</source>
        <translation>Walk-Forward-Analyse: In-Sample optimieren, das nächste Fenster Out-of-Sample handeln, wiederholen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bars in each in-sample window (default 756, about 3 years).</source>
        <translation>Bars in jedem In-Sample-Fenster (Standard 756, etwa 3 Jahre).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bars in each out-of-sample window (default 252).</source>
        <translation>Bars in jedem Out-of-Sample-Fenster (Standard 252).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grow the in-sample window from the start instead of rolling it.</source>
        <translation>Das In-Sample-Fenster vom Anfang an wachsen lassen, statt es weiterzurollen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the out-of-sample trades as CSV to OUT.</source>
        <translation>Die Out-of-Sample-Trades als CSV nach OUT schreiben.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the stitched out-of-sample equity curve as CSV to OUT.</source>
        <translation>Die zusammengesetzte Out-of-Sample-Kapitalkurve als CSV nach OUT schreiben.</translation>
    </message>
</context>
<context>
    <name>rutile::gui</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+36"/>
        <source>Rutile: charting and strategy workstation for index traders.</source>
        <translation>Rutile: Chart- und Strategie-Workstation für Indextrader.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the sample workspace (synthetic data, generated on first use).</source>
        <translation>Den Beispiel-Arbeitsbereich öffnen (synthetische Daten, bei der ersten Verwendung erzeugt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the workspace file &lt;path&gt;.</source>
        <translation>Die Arbeitsbereichsdatei &lt;path&gt; öffnen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a PNG image of the main window to &lt;file&gt; after loading, then exit.</source>
        <translation>Nach dem Laden ein PNG-Bild des Hauptfensters in &lt;file&gt; speichern, dann beenden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workspace file to open, as --workspace.</source>
        <translation>Die zu öffnende Arbeitsbereichsdatei, wie --workspace.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give one workspace file.</source>
        <translation>Geben Sie eine einzige Arbeitsbereichsdatei an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--sample and --workspace cannot be combined.</source>
        <translation>--sample und --workspace können nicht kombiniert werden.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The default workspace was opened instead.</source>
        <translation>Stattdessen wurde der Standard-Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot Open Workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

The file was not changed.</source>
        <translation>%1

Die Datei wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>rutile::index::Holdings</name>
    <message>
        <location filename="../core/index/Holdings.cpp" line="+68"/>
        <source>Fund Holdings as of: expected a date such as &quot;Apr 10, 2026&quot;, found %1</source>
        <translation>Fund Holdings as of: Datum wie „Apr 10, 2026“ erwartet, gefunden %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a holdings export: no header line starting &quot;Ticker,Name&quot;</source>
        <translation>kein Positionsexport: keine Kopfzeile, die mit &quot;Ticker,Name&quot; beginnt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the header has no &apos;%1&apos; column</source>
        <translation>die Kopfzeile hat keine Spalte &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected %1 fields as in the header (line %2), found %3</source>
        <translation>%1 Felder wie in der Kopfzeile erwartet (Zeile %2), %3 gefunden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: expected a number or &apos;-&apos;, found %2</source>
        <translation>%1: eine Zahl oder &apos;-&apos; erwartet, %2 gefunden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no holdings after the header</source>
        <translation>keine Positionen nach der Kopfzeile</translation>
    </message>
</context>
<context>
    <name>rutile::index::HoldingsAnalysis</name>
    <message>
        <location filename="../core/index/HoldingsAnalysis.cpp" line="+83"/>
        <source>no equity holdings with a market value to weigh</source>
        <translation>keine Aktienpositionen mit einem Marktwert, nach dem gewichtet werden kann</translation>
    </message>
</context>
<context>
    <name>rutile::journal::RunEntries</name>
    <message>
        <location filename="../core/journal/RunEntries.cpp" line="+280"/>
        <source>no workspace here</source>
        <translation>hier ist kein Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>rutile::journal::RunInputs</name>
    <message>
        <location filename="../core/journal/RunInputs.cpp" line="+25"/>
        <source>run %1 cannot be run again: %2</source>
        <translation>Lauf %1 kann nicht erneut ausgeführt werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>run %1 is a %2 run; only backtests, grid searches and walk-forwards run again here</source>
        <translation>Lauf %1 ist ein %2-Lauf; hier werden nur Backtests, Rastersuchen und Walk-Forwards erneut ausgeführt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no symbol</source>
        <translation>kein Symbol</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no objective</source>
        <translation>keine Zielgröße</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>run %1 is a %2 run, not an ML evaluation</source>
        <translation>Lauf %1 ist ein %2-Lauf, keine ML-Evaluation</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no features, model or evaluation</source>
        <translation>keine Merkmale, kein Modell oder keine Evaluation</translation>
    </message>
</context>
<context>
    <name>rutile::ml::Classifier</name>
    <message>
        <location filename="../core/ml/Classifier.cpp" line="+35"/>
        <source>Trees</source>
        <translation>Bäume</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trees in the forest</source>
        <translation>Bäume im Wald</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Maximum depth</source>
        <translation>Maximale Tiefe</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Minimum rows per node</source>
        <translation>Minimale Zeilen pro Knoten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A node with fewer rows is not split</source>
        <translation>Ein Knoten mit weniger Zeilen wird nicht geteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Features per split</source>
        <translation>Merkmale pro Teilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Features tried at each split; 0: the square root of their number</source>
        <translation>Bei jeder Teilung getestete Merkmale; 0: die Quadratwurzel ihrer Anzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The same seed trains the same forest</source>
        <translation>Derselbe Seed trainiert denselben Wald</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Boosting rounds</source>
        <translation>Boosting-Runden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row subsample</source>
        <translation>Zeilenstichprobe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the rows each tree sees</source>
        <translation>Anteil der Zeilen, den jeder Baum sieht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same seed trains the same model</source>
        <translation>Derselbe Seed trainiert dasselbe Modell</translation>
    </message>
</context>
<context>
    <name>rutile::ml::Dataset</name>
    <message>
        <location filename="../core/ml/Dataset.cpp" line="+45"/>
        <source>%1 has no output &apos;%2&apos;; expected one of: %3</source>
        <translation>%1 hat keine Ausgabe &apos;%2&apos;; erwartet wird eine von: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>feature &apos;%1&apos;: expected a whole number in [%2, %3], found &apos;%4&apos;</source>
        <translation>Merkmal &apos;%1&apos;: eine ganze Zahl in [%2, %3] erwartet, &apos;%4&apos; gefunden</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>feature &apos;%1&apos;: expected lag:K:FEATURE</source>
        <translation>Merkmal &apos;%1&apos;: lag:K:FEATURE erwartet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The seed&apos;s four (SMA 50, SMA 200, RSI 14, MACD)</source>
        <translation>Die vier Ausgangsmerkmale (SMA 50, SMA 200, RSI 14, MACD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns and ratios (scale-free)</source>
        <translation>Renditen und Verhältnisse (skalenfrei)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>at least one feature is needed</source>
        <translation>mindestens ein Merkmal wird benötigt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the horizon (%1) must lie in [1, 250] bars</source>
        <translation>der Horizont (%1) muss in [1, 250] Bars liegen</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>feature &apos;%1&apos;: %2</source>
        <translation>Merkmal &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>not enough data: no bar has every feature defined and %1 bars after it</source>
        <translation>nicht genug Daten: keine Bar hat alle Merkmale definiert und %1 Bars danach</translation>
    </message>
</context>
<context>
    <name>rutile::ml::Evaluation</name>
    <message>
        <location filename="../core/ml/Evaluation.cpp" line="+53"/>
        <source>not enough data: %1 rows leave no training and test rows for the %2 evaluation</source>
        <translation>nicht genug Daten: %1 Zeilen lassen keine Trainings- und Testzeilen für die Evaluation %2 übrig</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>beats always-%1 (accuracy %2 against %3, p = %4)</source>
        <translation>schlägt „immer %1“ (Genauigkeit %2 gegenüber %3, p = %4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the test fraction (%1) must lie in (0, 1)</source>
        <translation>der Testanteil (%1) muss in (0, 1) liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>folds (%1) out of range [2, 50]</source>
        <translation>Folds (%1) außerhalb des Bereichs [2, 50]</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>the shuffled split leaks the future: rows of neighbouring days share their features and, with a horizon of %1, their outcomes, so its score is optimistic; compare purged or walkforward</source>
        <translation>die zufällige Aufteilung verrät die Zukunft: Zeilen benachbarter Tage teilen ihre Merkmale und, bei einem Horizont von %1, ihre Ergebnisse, daher ist ihr Score zu optimistisch; vergleichen Sie mit purged oder walkforward</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>does not beat always-%1 (accuracy %2 against %3, p = %4)</source>
        <translation>schlägt „immer %1“ nicht (Genauigkeit %2 gegenüber %3, p = %4)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>up</source>
        <translation>steigend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>down</source>
        <translation>fallend</translation>
    </message>
    <message>
        <location filename="../core/ml/EvaluationParams.cpp" line="+20"/>
        <source>Horizon (bars)</source>
        <translation>Horizont (Bars)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The label: the close this many bars later above this close</source>
        <translation>Das Label: der Schlusskurs so viele Bars später liegt über diesem Schlusskurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test fraction</source>
        <translation>Testanteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shuffled and chronological: the share of rows tested</source>
        <translation>shuffled und chronological: der Anteil der getesteten Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the shuffle, the permutation importance and the model</source>
        <translation>Für Durchmischung, Permutationswichtigkeit und Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folds</source>
        <translation>Folds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purged: contiguous test folds</source>
        <translation>purged: zusammenhängende Test-Folds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Embargo (bars)</source>
        <translation>Embargo (Bars)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purged: bars after a test fold left out of training; −1: the horizon</source>
        <translation>purged: Bars nach einem Test-Fold, die vom Training ausgeschlossen werden; −1: der Horizont</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training rows</source>
        <translation>Trainingszeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>walkforward: rows before the first test block</source>
        <translation>walkforward: Zeilen vor dem ersten Testblock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refit every (rows)</source>
        <translation>Neu trainieren alle (Zeilen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>walkforward: test rows per model</source>
        <translation>walkforward: Testzeilen pro Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rolling window</source>
        <translation>Rollierendes Fenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>walkforward: train on the last &apos;training rows&apos; only, not on all before</source>
        <translation>walkforward: nur auf den letzten &apos;Trainingszeilen&apos; trainieren, nicht auf allen vorherigen</translation>
    </message>
</context>
<context>
    <name>rutile::ml::GradientBoosting</name>
    <message>
        <location filename="../core/ml/GradientBoosting.cpp" line="+20"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>cannot create the booster</source>
        <translation>der Booster kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>parameter %1</source>
        <translation>Parameter %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the training rows do not match their labels</source>
        <translation>die Trainingszeilen passen nicht zu ihren Labels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot hold the training rows</source>
        <translation>die Trainingszeilen können nicht übernommen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot set the labels</source>
        <translation>die Labels können nicht gesetzt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>boosting round %1</source>
        <translation>Boosting-Runde %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+18"/>
        <source>the boosted trees are not trained</source>
        <translation>die Boosted Trees sind nicht trainiert</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>the rows do not have %1 features</source>
        <translation>die Zeilen haben nicht %1 Merkmale</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot hold the rows</source>
        <translation>die Zeilen können nicht übernommen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot predict</source>
        <translation>Vorhersage nicht möglich</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot save the model</source>
        <translation>das Modell kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not a saved boosted-trees model</source>
        <translation>kein gespeichertes Boosted-Trees-Modell</translation>
    </message>
</context>
<context>
    <name>rutile::ml::RandomForest</name>
    <message>
        <location filename="../core/ml/RandomForest.cpp" line="+38"/>
        <source>the training rows do not match their labels</source>
        <translation>die Trainingszeilen passen nicht zu ihren Labels</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the random forest could not be trained</source>
        <translation>der Random Forest konnte nicht trainiert werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the random forest could not be trained: %1</source>
        <translation>der Random Forest konnte nicht trainiert werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <source>the random forest is not trained</source>
        <translation>der Random Forest ist nicht trainiert</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the rows do not have %1 features</source>
        <translation>die Zeilen haben nicht %1 Merkmale</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>not a saved random forest</source>
        <translation>kein gespeicherter Random Forest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a saved random forest: %1</source>
        <translation>kein gespeicherter Random Forest: %1</translation>
    </message>
</context>
<context>
    <name>rutile::ml::SavedModel</name>
    <message>
        <location filename="../core/ml/SavedModel.cpp" line="+21"/>
        <source>saved model %1 is damaged: %2</source>
        <translation>das gespeicherte Modell %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>a model&apos;s name must have 1 to 64 characters and no control characters</source>
        <translation>der Name eines Modells muss 1 bis 64 Zeichen und keine Steuerzeichen haben</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no model called %1 in the workspace</source>
        <translation>kein Modell namens %1 im Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its description names no model, features or horizon</source>
        <translation>seine Beschreibung nennt kein Modell, keine Merkmale oder keinen Horizont</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>not enough data: no bar of %1 has every feature of the model</source>
        <translation>nicht genug Daten: keine Bar von %1 hat alle Merkmale des Modells</translation>
    </message>
</context>
<context>
    <name>rutile::ml::WalkForwardSignal</name>
    <message>
        <location filename="../core/ml/WalkForwardSignal.cpp" line="+22"/>
        <source>the horizon (%1) must lie in [1, 250] bars</source>
        <translation>der Horizont (%1) muss in [1, 250] Bars liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least 2 training rows are needed, not %1</source>
        <translation>mindestens 2 Trainingszeilen werden benötigt, nicht %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the refit interval must be at least 1 bar</source>
        <translation>das Intervall für das Neutraining muss mindestens 1 Bar betragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rolling window (%1 rows) must hold the %2 rows of the first model</source>
        <translation>das rollierende Fenster (%1 Zeilen) muss die %2 Zeilen des ersten Modells umfassen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not enough data: %1 labelled rows are needed before the first model, the series has %2</source>
        <translation>nicht genug Daten: vor dem ersten Modell werden %1 gelabelte Zeilen benötigt, die Reihe hat %2</translation>
    </message>
</context>
<context>
    <name>rutile::net::HistoryFetch</name>
    <message>
        <location filename="../core/net/HistoryFetch.cpp" line="+26"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
</context>
<context>
    <name>rutile::net::HttpClient</name>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="+109"/>
        <source>redirected to a refused address: %1</source>
        <translation>auf eine abgelehnte Adresse umgeleitet: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the response is larger than %1 MiB; refused</source>
        <translation>die Antwort ist größer als %1 MiB; abgelehnt</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+67"/>
        <location line="+2"/>
        <location line="+23"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>no complete answer within %1 s</source>
        <translation>keine vollständige Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the response was cut short (%1)</source>
        <translation>die Antwort wurde abgeschnitten (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1 (%2)</source>
        <translation>HTTP %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no data for %1 s; timed out</source>
        <translation>%1 s lang keine Daten; Zeitüberschreitung</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (after %2 tries)</source>
        <translation>%1 (nach %2 Versuchen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1; the server asks to wait %2 s before trying again, longer than the %3 s allowed</source>
        <translation>%1; der Server verlangt %2 s Wartezeit vor einem erneuten Versuch, länger als die erlaubten %3 s</translation>
    </message>
</context>
<context>
    <name>rutile::net::Provider</name>
    <message>
        <location filename="../core/net/Provider.cpp" line="+25"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no data rows</source>
        <translation>keine Datenzeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none of the %1 rows can be used; the first problem (line %2): %3</source>
        <translation>keine der %1 Zeilen ist verwendbar; das erste Problem (Zeile %2): %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+12"/>
        <source>the response is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>expected a CSV with the header Date,Open,High,Low,Close,Volume, found %1</source>
        <translation>CSV mit der Kopfzeile Date,Open,High,Low,Close,Volume erwartet, %1 gefunden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected a CSV with the header observation_date,%1, found %2</source>
        <translation>CSV mit der Kopfzeile observation_date,%1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>no symbol to download</source>
        <translation>kein Symbol zum Herunterladen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: Stooq needs an API key: set it in Settings → Data providers, or pass --api-key or RUTILE_STOOQ_API_KEY</source>
        <translation>%1: Stooq benötigt einen API-Schlüssel: legen Sie ihn unter Einstellungen → Datenanbieter fest oder übergeben Sie --api-key oder RUTILE_STOOQ_API_KEY</translation>
    </message>
</context>
<context>
    <name>rutile::net::UrlPolicy</name>
    <message>
        <location filename="../core/net/UrlPolicy.cpp" line="+35"/>
        <source>&apos;%1&apos; is not a usable web address</source>
        <translation>&apos;%1&apos; ist keine verwendbare Webadresse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>refusing plain http to %1: use https (http is allowed only to this machine)</source>
        <translation>unverschlüsseltes http zu %1 abgelehnt: verwenden Sie https (http ist nur zu diesem Rechner erlaubt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refusing &apos;%1&apos;: only https addresses are fetched</source>
        <translation>&apos;%1&apos; abgelehnt: nur https-Adressen werden abgerufen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>refusing a redirect from %1 to this machine (%2)</source>
        <translation>Umleitung von %1 auf diesen Rechner (%2) abgelehnt</translation>
    </message>
</context>
<context>
    <name>rutile::net::YahooChart</name>
    <message>
        <location filename="../core/net/YahooChart.cpp" line="+26"/>
        <source>%1: Yahoo: %2</source>
        <translation>%1: Yahoo: %2</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>the response is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a web page came back instead of data</source>
        <translation>statt Daten kam eine Webseite zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a web page (&quot;%1&quot;) came back instead of data</source>
        <translation>statt Daten kam eine Webseite (&quot;%1&quot;) zurück</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not valid JSON (%1); the response may be cut off</source>
        <translation>kein gültiges JSON (%1); die Antwort ist möglicherweise abgeschnitten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no &apos;chart&apos; object in the response</source>
        <translation>kein &apos;chart&apos;-Objekt in der Antwort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no result in the response</source>
        <translation>kein Ergebnis in der Antwort</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no bars in the requested range</source>
        <translation>keine Bars im angeforderten Zeitraum</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>row %1: no usable timestamp</source>
        <translation>Zeile %1: kein verwendbarer Zeitstempel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: no price (null in the response)</source>
        <translation>%1: kein Preis (null in der Antwort)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>no usable bar among %1 rows</source>
        <translation>keine verwendbare Bar unter %1 Zeilen</translation>
    </message>
</context>
<context>
    <name>rutile::relval::EngleGranger</name>
    <message>
        <location filename="../core/relval/EngleGranger.cpp" line="+82"/>
        <source>the two series have %1 and %2 values</source>
        <translation>die beiden Reihen haben %1 und %2 Werte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not enough data: %1 common days, at least 20 needed</source>
        <translation>nicht genug Daten: %1 gemeinsame Tage, mindestens 20 benötigt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the hedge series does not vary: no regression</source>
        <translation>die Hedge-Reihe variiert nicht: keine Regression möglich</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the residuals&apos; ADF regression cannot be fitted (a perfect fit?)</source>
        <translation>die ADF-Regression der Residuen lässt sich nicht anpassen (eine perfekte Anpassung?)</translation>
    </message>
</context>
<context>
    <name>rutile::relval::FairValue</name>
    <message>
        <location filename="../core/relval/FairValue.cpp" line="+18"/>
        <source>%1 (%2) out of range [%3, %4]</source>
        <translation>%1 (%2) außerhalb des Bereichs [%3, %4]</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the spot (%1) must be a positive number</source>
        <translation>der Spot (%1) muss eine positive Zahl sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate</source>
        <translation>Zins</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dividend yield</source>
        <translation>Dividendenrendite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cost (%)</source>
        <translation>Kosten (%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the futures price (%1) must be a positive number</source>
        <translation>der Futures-Preis (%1) muss eine positive Zahl sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a dividend of %1 in %2 days: the amount must be ≥ 0 and the day within the %3 days to expiry</source>
        <translation>eine Dividende von %1 in %2 Tagen: der Betrag muss ≥ 0 sein und der Tag innerhalb der %3 Tage bis zum Verfall liegen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the dividends (%1 today) are worth the index or more</source>
        <translation>die Dividenden (heute %1 wert) erreichen oder übersteigen den Wert des Index</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 and %2 have no common day</source>
        <translation>%1 und %2 haben keinen gemeinsamen Tag</translation>
    </message>
</context>
<context>
    <name>rutile::relval::PairAnalysis</name>
    <message>
        <location filename="../core/relval/PairAnalysis.cpp" line="+36"/>
        <source>%1 or %2 has a close that is not positive on %3: no log price</source>
        <translation>%1 oder %2 hat am %3 einen nicht positiven Schlusskurs: kein Log-Preis</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not enough data: %1 and %2 have %3 common days in the range, at least 20 needed</source>
        <translation>nicht genug Daten: %1 und %2 haben %3 gemeinsame Tage im Zeitraum, mindestens 20 benötigt</translation>
    </message>
</context>
<context>
    <name>rutile::relval::PairOutput</name>
    <message>
        <location filename="../core/relval/PairOutput.cpp" line="+38"/>
        <source>cointegrated at 1 % (p = %1)</source>
        <translation>kointegriert bei 1 % (p = %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cointegrated at 5 % (p = %1)</source>
        <translation>kointegriert bei 5 % (p = %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weakly cointegrated: at 10 %, not at 5 % (p = %1)</source>
        <translation>schwach kointegriert: bei 10 %, nicht bei 5 % (p = %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not cointegrated at 5 % (p = %1)</source>
        <translation>nicht kointegriert bei 5 % (p = %1)</translation>
    </message>
</context>
<context>
    <name>rutile::relval::PairSettings</name>
    <message>
        <location filename="../core/relval/PairSettings.cpp" line="+16"/>
        <source>z-score window</source>
        <translation>Z-Score-Fenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days of pairs_spread&apos;s rolling hedge ratio and z-score (its lookback)</source>
        <translation>Tage des rollierenden Hedge-Ratios und Z-Scores von pairs_spread (sein Rückblickzeitraum)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry z</source>
        <translation>Einstiegs-z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pairs_spread enters beyond ±entry z</source>
        <translation>pairs_spread steigt jenseits von ±Einstiegs-z ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit z</source>
        <translation>Ausstiegs-z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pairs_spread exits inside ±exit z</source>
        <translation>pairs_spread steigt innerhalb von ±Ausstiegs-z aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rolling test window</source>
        <translation>Rollierendes Testfenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days of each rolling Engle–Granger test</source>
        <translation>Tage jedes rollierenden Engle–Granger-Tests</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rolling test step</source>
        <translation>Schrittweite des rollierenden Tests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days between the ends of two rolling tests</source>
        <translation>Tage zwischen den Enden zweier rollierender Tests</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kalman δ</source>
        <translation>Kalman-δ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State noise of the Kalman hedge ratio: V_w = δ/(1 − δ); larger follows faster</source>
        <translation>Zustandsrauschen des Kalman-Hedge-Ratios: V_w = δ/(1 − δ); größere Werte folgen schneller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kalman observation noise</source>
        <translation>Kalman-Beobachtungsrauschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variance V_e of the observation noise of the Kalman filter</source>
        <translation>Varianz V_e des Beobachtungsrauschens des Kalman-Filters</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>exit_z (%1) must be less than entry_z (%2)</source>
        <translation>exit_z (%1) muss kleiner als entry_z (%2) sein</translation>
    </message>
</context>
<context>
    <name>rutile::report::ReportFormat</name>
    <message>
        <location filename="../core/report/ReportFormat.cpp" line="+88"/>
        <source>Trades</source>
        <translation>Trades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final equity</source>
        <translation>Endkapital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total return</source>
        <translation>Gesamtrendite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAGR</source>
        <translation>CAGR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharpe ratio</source>
        <translation>Sharpe-Ratio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sortino ratio</source>
        <translation>Sortino-Ratio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calmar ratio</source>
        <translation>Calmar-Ratio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual volatility</source>
        <translation>Jährliche Volatilität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum drawdown</source>
        <translation>Maximaler Drawdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profit factor</source>
        <translation>Profitfaktor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exposure</source>
        <translation>Marktengagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total commission</source>
        <translation>Provision gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-forward efficiency</source>
        <translation>Walk-Forward-Effizienz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folds</source>
        <translation>Folds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>Zielgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best point</source>
        <translation>Bester Punkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deflated Sharpe ratio</source>
        <translation>Deflated Sharpe-Ratio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points evaluated</source>
        <translation>Ausgewertete Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points skipped</source>
        <translation>Übersprungene Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline (always-up)</source>
        <translation>Vergleichsbasis (immer steigend)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edge over the baseline</source>
        <translation>Vorsprung gegenüber der Vergleichsbasis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balanced accuracy</source>
        <translation>Balancierte Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p-value of the edge</source>
        <translation>p-Wert des Vorsprungs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test rows</source>
        <translation>Testzeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First test day</source>
        <translation>Erster Testtag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last test day</source>
        <translation>Letzter Testtag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk-free rate series</source>
        <translation>Reihe des risikofreien Zinses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule file&apos;s SHA-256</source>
        <translation>SHA-256 der Regeldatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine settings</source>
        <translation>Engine-Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deflated Sharpe confidence</source>
        <translation>Konfidenz der Deflated Sharpe-Ratio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-forward</source>
        <translation>Walk-Forward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizon (bars)</source>
        <translation>Horizont (Bars)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test fraction</source>
        <translation>Testanteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embargo (bars)</source>
        <translation>Embargo (Bars)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data fingerprint</source>
        <translation>Daten-Fingerabdruck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rutile version</source>
        <translation>Rutile-Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grid point</source>
        <translation>Rasterpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective value</source>
        <translation>Wert des Ziels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trials</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected best daily Sharpe of as many unskilled trials</source>
        <translation>Erwartete beste tägliche Sharpe-Ratio ebenso vieler Versuche ohne Können</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability that the best is skill</source>
        <translation>Wahrscheinlichkeit, dass der beste Punkt Können ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence required</source>
        <translation>Geforderte Konfidenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Significant</source>
        <translation>Signifikant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In-sample bars</source>
        <translation>In-Sample-Bars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-of-sample bars</source>
        <translation>Out-of-Sample-Bars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anchored</source>
        <translation>Verankert</translation>
    </message>
</context>
<context>
    <name>rutile::reporting::BacktestReport</name>
    <message>
        <location filename="../core/reporting/BacktestReport.cpp" line="+69"/>
        <location line="+3"/>
        <location line="+324"/>
        <location line="+6"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="-330"/>
        <location line="+330"/>
        <source>not journaled</source>
        <translation>nicht im Journal erfasst</translation>
    </message>
    <message>
        <location line="-329"/>
        <location line="+330"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="-329"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+329"/>
        <source>Rutile</source>
        <translation>Rutile</translation>
    </message>
    <message>
        <location line="-328"/>
        <location line="+35"/>
        <location line="+32"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+152"/>
        <location line="+176"/>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>Hedge</source>
        <translation>Hedge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bars traded</source>
        <translation>Gehandelte Bars</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 to %2 (%3 bars)</source>
        <translation>%1 bis %2 (%3 Bars)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+63"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+324"/>
        <source>Data fingerprint</source>
        <translation>Daten-Fingerabdruck</translation>
    </message>
    <message>
        <location line="-322"/>
        <source>The fingerprint is the SHA-256 of every bar the run read; a run on changed data has another one.</source>
        <translation>Der Fingerabdruck ist der SHA-256-Hash aller Bars, die der Lauf gelesen hat; ein Lauf auf geänderten Daten hat einen anderen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Strategy and parameters</source>
        <translation>Strategie und Parameter</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+240"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>Rule file (SHA-256 %1):</source>
        <translation>Regeldatei (SHA-256 %1):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engine settings</source>
        <translation>Engine-Einstellungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+34"/>
        <source>Buy and hold</source>
        <translation>Buy-and-Hold</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Benchmark (%1)</source>
        <translation>Benchmark (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Beta to %1</source>
        <translation>Beta gegenüber %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alpha (annual)</source>
        <translation>Alpha (jährlich)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headline metrics</source>
        <translation>Wichtigste Kennzahlen</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+106"/>
        <source>Equity</source>
        <translation>Kapital</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+3"/>
        <source>Drawdown</source>
        <translation>Drawdown</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Monthly and yearly returns</source>
        <translation>Monats- und Jahresrenditen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yearly returns</source>
        <translation>Jahresrenditen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return</source>
        <translation>Rendite</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Monthly returns: the month&apos;s last equity over the previous month&apos;s, compounded into the year.</source>
        <translation>Monatsrenditen: das letzte Kapital des Monats im Verhältnis zu dem des Vormonats, zum Jahr verkettet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worst drawdowns</source>
        <translation>Größte Drawdowns</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Peak</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trough</source>
        <translation>Tief</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recovery</source>
        <translation>Erholung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length (bars)</source>
        <translation>Dauer (Bars)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not recovered</source>
        <translation>nicht erholt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The equity never fell below a previous high.</source>
        <translation>Das Kapital fiel nie unter ein vorheriges Hoch.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Trades</source>
        <translation>Trades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Winners / losers</source>
        <translation>Gewinner / Verlierer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profit factor</source>
        <translation>Profitfaktor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expectancy per trade</source>
        <translation>Erwartungswert pro Trade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average win</source>
        <translation>Durchschnittlicher Gewinn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average loss</source>
        <translation>Durchschnittlicher Verlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average bars held</source>
        <translation>Durchschnittliche Haltedauer (Bars)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net profit</source>
        <translation>Nettogewinn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total commission</source>
        <translation>Provision gesamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trade statistics</source>
        <translation>Trade-Statistik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry price</source>
        <translation>Einstiegskurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit</source>
        <translation>Ausstieg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exit price</source>
        <translation>Ausstiegskurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;L</source>
        <translation>G&amp;V</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exit reason</source>
        <translation>Ausstiegsgrund</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trade list</source>
        <translation>Trade-Liste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Risk of the equity curve</source>
        <translation>Risiko der Kapitalkurve</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not available: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily log returns of the equity curve, with the risk analysis&apos; default options (as `rutile-cli risk` computes them for a symbol).</source>
        <translation>Tägliche Log-Renditen der Kapitalkurve, mit den Standardoptionen der Risikoanalyse (wie `rutile-cli risk` sie für ein Symbol berechnet).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary statistics</source>
        <translation>Zusammenfassende Statistik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk measures</source>
        <translation>Risikomaße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extreme-value tails (peaks over threshold)</source>
        <translation>Extremwert-Verteilungsenden (Peaks over Threshold)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grid search</source>
        <translation>Rastersuche</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+62"/>
        <source>Objective</source>
        <translation>Zielgröße</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Points evaluated</source>
        <translation>Ausgewertete Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points skipped</source>
        <translation>Übersprungene Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best value</source>
        <translation>Bester Wert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Best %1</source>
        <translation>%1 im besten Punkt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deflated Sharpe ratio of the best point: probability %1 over %2 trials, at %3 confidence: %4</source>
        <translation>Deflated Sharpe-Ratio des besten Punkts: Wahrscheinlichkeit %1 über %2 Versuche, bei %3 Konfidenz: %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>significant</source>
        <translation>signifikant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT significant; the optimum may be luck</source>
        <translation>NICHT signifikant; das Optimum kann Zufall sein</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 over the grid (blank where a point was skipped)</source>
        <translation>%1 über das Raster (leer, wo ein Punkt übersprungen wurde)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Walk-forward</source>
        <translation>Walk-Forward</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In-sample bars</source>
        <translation>In-Sample-Bars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-of-sample bars</source>
        <translation>Out-of-Sample-Bars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anchored</source>
        <translation>Verankert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-forward efficiency</source>
        <translation>Walk-Forward-Effizienz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out of sample</source>
        <translation>Out-of-Sample</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In-sample value</source>
        <translation>In-Sample-Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-of-sample CAGR</source>
        <translation>Out-of-Sample-CAGR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Efficiency</source>
        <translation>Effizienz</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Folds: each window&apos;s in-sample winner, traded on the next window</source>
        <translation>Folds: der In-Sample-Sieger jedes Fensters, gehandelt im nächsten Fenster</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>run %1 is a %2 run, which has no backtest report</source>
        <translation>Lauf %1 ist ein %2-Lauf, für den es keinen Backtest-Bericht gibt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>run %1 has no equity curve to report</source>
        <translation>Lauf %1 hat keine Kapitalkurve für einen Bericht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Walk-forward report: %1 on %2</source>
        <translation>Walk-Forward-Bericht: %1 auf %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backtest report: %1 on %2</source>
        <translation>Backtest-Bericht: %1 auf %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stitched out-of-sample equity</source>
        <translation>Zusammengesetztes Out-of-Sample-Kapital</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Equity and drawdown</source>
        <translation>Kapital und Drawdown</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>run %1 is a %2 run, not an ML evaluation</source>
        <translation>Lauf %1 ist ein %2-Lauf, keine ML-Evaluation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ML evaluation: %1 on %2</source>
        <translation>ML-Evaluation: %1 auf %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tested %1 to %2</source>
        <translation>getestet %1 bis %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizon (bars)</source>
        <translation>Horizont (Bars)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Model parameters</source>
        <translation>Modellparameter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Against the baseline</source>
        <translation>Gegenüber der Vergleichsbasis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model beats the better of always-up and always-down by %1 on the test rows.</source>
        <translation>Das Modell schlägt auf den Testzeilen das bessere von „immer steigend“ und „immer fallend“ um %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model does not beat the better of always-up and always-down on the test rows.</source>
        <translation>Das Modell schlägt auf den Testzeilen nicht das bessere von „immer steigend“ und „immer fallend“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training rows</source>
        <translation>Trainingszeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test rows</source>
        <translation>Testzeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline accuracy</source>
        <translation>Genauigkeit der Vergleichsbasis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edge over the baseline</source>
        <translation>Vorsprung gegenüber der Vergleichsbasis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balanced accuracy</source>
        <translation>Balancierte Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log loss</source>
        <translation>Log-Loss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p-value (accuracy above the baseline)</source>
        <translation>p-Wert (Genauigkeit über der Vergleichsbasis)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of ups in the test rows</source>
        <translation>Anteil der Aufwärtsbewegungen in den Testzeilen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feature</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Feature importance</source>
        <translation>Merkmalswichtigkeit</translation>
    </message>
</context>
<context>
    <name>rutile::reporting::RiskReport</name>
    <message>
        <location filename="../core/reporting/RiskReportDocument.cpp" line="+33"/>
        <source>Risk report: %1</source>
        <translation>Risikobericht: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Study</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns</source>
        <translation>Renditen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VaR level</source>
        <translation>VaR-Niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EVT threshold quantile</source>
        <translation>EVT-Schwellenquantil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EVT stress level</source>
        <translation>EVT-Stressniveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short-term window</source>
        <translation>Kurzfristiges Fenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trading days per year</source>
        <translation>Handelstage pro Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk-free rate</source>
        <translation>Risikofreier Zins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rutile</source>
        <translation>Rutile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data fingerprint</source>
        <translation>Daten-Fingerabdruck</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Open</source>
        <translation>Eröffnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low</source>
        <translation>Tief</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Schluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adj Close</source>
        <translation>Ber. Schluss</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first %1 of %2 values</source>
        <translation>Die ersten %1 von %2 Werten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level and returns</source>
        <translation>Kursniveau und Renditen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 close</source>
        <translation>Schlusskurs %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daily returns</source>
        <translation>Tägliche Renditen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Return</source>
        <translation>Rendite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary statistics</source>
        <translation>Zusammenfassende Statistik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Histogram of daily returns with the Gaussian fit</source>
        <translation>Histogramm der täglichen Renditen mit Gauß-Anpassung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Density</source>
        <translation>Dichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaussian fit</source>
        <translation>Gauß-Anpassung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Risk measures</source>
        <translation>Risikomaße</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left and right tails</source>
        <translation>Linkes und rechtes Verteilungsende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generalised Pareto fits to the returns beyond the threshold in each tail (peaks over threshold); the stress value is the return exceeded with the stress level&apos;s probability.</source>
        <translation>Verallgemeinerte Pareto-Anpassungen an die Renditen jenseits der Schwelle in jedem Verteilungsende (Peaks over Threshold); der Stresswert ist die Rendite, die mit der Wahrscheinlichkeit des Stressniveaus überschritten wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Benchmark: %1</source>
        <translation>Benchmark: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
</context>
<context>
    <name>rutile::reporting::RiskSections</name>
    <message>
        <location filename="../core/reporting/RiskSections.cpp" line="+28"/>
        <source>Returns</source>
        <translation>Renditen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean daily return</source>
        <translation>Mittlere Tagesrendite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily volatility</source>
        <translation>Tägliche Volatilität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annualised mean</source>
        <translation>Annualisierter Mittelwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annualised volatility</source>
        <translation>Annualisierte Volatilität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short-term volatility (annualised)</source>
        <translation>Kurzfristige Volatilität (annualisiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skewness</source>
        <translation>Schiefe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excess kurtosis</source>
        <translation>Exzess-Kurtosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst day</source>
        <translation>Schlechtester Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best day</source>
        <translation>Bester Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum drawdown</source>
        <translation>Maximaler Drawdown</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Measure</source>
        <translation>Maß</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left tail (losses)</source>
        <translation>Linkes Verteilungsende (Verluste)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right tail (gains)</source>
        <translation>Rechtes Verteilungsende (Gewinne)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Historical VaR at %1</source>
        <translation>Historischer VaR bei %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected shortfall at %1</source>
        <translation>Expected Shortfall bei %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaussian VaR</source>
        <translation>Gauß-VaR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cornish–Fisher VaR</source>
        <translation>Cornish–Fisher-VaR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EVT stress value at %1</source>
        <translation>EVT-Stresswert bei %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>GPD fit</source>
        <translation>GPD-Anpassung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left tail</source>
        <translation>Linkes Verteilungsende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right tail</source>
        <translation>Rechtes Verteilungsende</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threshold u</source>
        <translation>Schwelle u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shape ξ</source>
        <translation>Form ξ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale σ</source>
        <translation>Skala σ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exceedances</source>
        <translation>Überschreitungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Anpassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>converged</source>
        <translation>konvergiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not converged</source>
        <translation>nicht konvergiert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alpha (daily)</source>
        <translation>Alpha (täglich)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alpha (annualised)</source>
        <translation>Alpha (annualisiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking error (annualised)</source>
        <translation>Tracking Error (annualisiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information ratio</source>
        <translation>Information Ratio</translation>
    </message>
</context>
<context>
    <name>rutile::risk::ReturnSeries</name>
    <message>
        <location filename="../core/risk/ReturnSeries.cpp" line="+27"/>
        <source>%1: %2 dates but %3 values</source>
        <translation>%1: %2 Datumsangaben, aber %3 Werte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: dates must ascend, %2 follows %3</source>
        <translation>%1: die Datumsangaben müssen aufsteigend sein, %2 folgt auf %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the value on %2 is %3; returns need finite positive values</source>
        <translation>%1: der Wert am %2 ist %3; Renditen brauchen endliche positive Werte</translation>
    </message>
</context>
<context>
    <name>rutile::risk::RiskAnalysis</name>
    <message>
        <location filename="../core/risk/RiskAnalysis.cpp" line="+25"/>
        <source>risk analysis cancelled</source>
        <translation>Risikoanalyse abgebrochen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>left tail (losses)</source>
        <translation>linkes Verteilungsende (Verluste)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right tail (gains)</source>
        <translation>rechtes Verteilungsende (Gewinne)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>converged</source>
        <translation>konvergiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too few exceedances</source>
        <translation>zu wenige Überschreitungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the exceedances are all equal</source>
        <translation>die Überschreitungen sind alle gleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the likelihood has no interior maximum (shape at its bound)</source>
        <translation>die Likelihood hat kein inneres Maximum (Form an ihrer Grenze)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the gradient is not zero at the optimiser&apos;s answer</source>
        <translation>der Gradient ist an der Lösung des Optimierers nicht null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the observed information is not positive definite (no standard errors)</source>
        <translation>die beobachtete Information ist nicht positiv definit (keine Standardfehler)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: exceedances of the threshold: %2, fewer than the %3 a GPD fit needs; no stress value</source>
        <translation>%1: Überschreitungen der Schwelle: %2, weniger als die %3, die eine GPD-Anpassung braucht; kein Stresswert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: exceedances of the threshold: %2, fewer than %3; the GPD fit and the stress value are unreliable</source>
        <translation>%1: Überschreitungen der Schwelle: %2, weniger als %3; GPD-Anpassung und Stresswert sind unzuverlässig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: GPD fit not converged: %2</source>
        <translation>%1: GPD-Anpassung nicht konvergiert: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: shape %2 is at or below -0.5, where maximum-likelihood standard errors are not valid</source>
        <translation>%1: die Form %2 liegt bei oder unter -0.5, wo Maximum-Likelihood-Standardfehler nicht gültig sind</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1: not enough data: %2 returns, at least %3 are needed</source>
        <translation>%1: nicht genug Daten: %2 Renditen, mindestens %3 werden benötigt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>only %1 returns, fewer than the short-term window of %2; the short-term volatility uses them all</source>
        <translation>nur %1 Renditen, weniger als das kurzfristige Fenster von %2; die kurzfristige Volatilität verwendet alle</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 and %2 have %3 common returns; at least 2 are needed for benchmark statistics</source>
        <translation>%1 und %2 haben %3 gemeinsame Renditen; für Benchmark-Statistiken werden mindestens 2 benötigt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 common returns with %2, fewer than the rolling window of %3: no rolling beta or correlation</source>
        <translation>%1 gemeinsame Renditen mit %2, weniger als das rollierende Fenster von %3: kein rollierendes Beta und keine rollierende Korrelation</translation>
    </message>
</context>
<context>
    <name>rutile::risk::RiskCsv</name>
    <message>
        <location filename="../core/risk/RiskCsv.cpp" line="+266"/>
        <source>no risk table or series called &apos;%1&apos;</source>
        <translation>keine Risikotabelle oder -reihe namens &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>rutile::risk::RiskFreeRate</name>
    <message>
        <location filename="../core/risk/RiskFreeRate.cpp" line="+28"/>
        <source>the risk-free series %1 has no value from %2 to %3</source>
        <translation>die risikofreie Reihe %1 hat keinen Wert von %2 bis %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the risk-free series %1 averages %2 from %3 to %4: not an annual rate in percent</source>
        <translation>die risikofreie Reihe %1 liegt von %3 bis %4 im Mittel bei %2: kein Jahreszins in Prozent</translation>
    </message>
</context>
<context>
    <name>rutile::risk::RiskOptions</name>
    <message>
        <location filename="../core/risk/RiskOptions.cpp" line="+33"/>
        <source>Returns</source>
        <translation>Renditen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily returns of the values: log ln(v[t]/v[t-1]) or simple v[t]/v[t-1] - 1</source>
        <translation>Tägliche Renditen der Werte: log ln(v[t]/v[t-1]) oder simple v[t]/v[t-1] - 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log</source>
        <translation>Logarithmisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Simple</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VaR tail probability</source>
        <translation>Tail-Wahrscheinlichkeit des VaR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p of the Value at Risk: left VaR = p-quantile, right VaR = (1-p)-quantile</source>
        <translation>p des Value at Risk: linker VaR = p-Quantil, rechter VaR = (1-p)-Quantil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EVT threshold quantile</source>
        <translation>EVT-Schwellenquantil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peaks-over-threshold: the threshold is this quantile of losses (left) or gains (right)</source>
        <translation>Peaks over Threshold: die Schwelle ist dieses Quantil der Verluste (links) oder Gewinne (rechts)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stress tail probability</source>
        <translation>Tail-Wahrscheinlichkeit des Stresswerts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tail probability of the EVT stress value (0.01: the 1% loss and the 99% gain)</source>
        <translation>Tail-Wahrscheinlichkeit des EVT-Stresswerts (0.01: der 1%-Verlust und der 99%-Gewinn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short-term window</source>
        <translation>Kurzfristiges Fenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns in the short-term volatility and the rolling-volatility curve</source>
        <translation>Renditen in der kurzfristigen Volatilität und der rollierenden Volatilitätskurve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolling beta window</source>
        <translation>Fenster für rollierendes Beta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns in the rolling beta and correlation against the benchmark</source>
        <translation>Renditen im rollierenden Beta und in der rollierenden Korrelation gegenüber der Benchmark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trading days per year</source>
        <translation>Handelstage pro Jahr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annualisation: mean x T, volatility x sqrt(T), alpha x T</source>
        <translation>Annualisierung: Mittelwert x T, Volatilität x sqrt(T), Alpha x T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk-free rate (annual)</source>
        <translation>Risikofreier Zins (jährlich)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtracted (as rate / T per day) from both series before the benchmark regression</source>
        <translation>Vor der Benchmark-Regression von beiden Reihen abgezogen (als Zins / T pro Tag)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>stress_level (%1) must be below 1 - threshold_quantile (%2)</source>
        <translation>stress_level (%1) muss unter 1 - threshold_quantile (%2) liegen</translation>
    </message>
</context>
<context>
    <name>rutile::rules::WorkspaceRules</name>
    <message>
        <location filename="../core/rules/WorkspaceRules.cpp" line="+29"/>
        <source>a rule strategy needs a name</source>
        <translation>eine Regelstrategie braucht einen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name %1 is longer than %2 characters</source>
        <translation>der Name %1 ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name %1 is not a strategy name: use lower-case letters, digits and _, starting with a letter</source>
        <translation>der Name %1 ist kein Strategiename: verwenden Sie Kleinbuchstaben, Ziffern und _, beginnend mit einem Buchstaben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is the name of a built-in strategy; choose another</source>
        <translation>%1 ist der Name einer eingebauten Strategie; wählen Sie einen anderen</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (und %n weiteres Problem)</numerusform>
            <numerusform> (und %n weitere Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>unknown strategy &apos;%1&apos;; expected one of: %2</source>
        <translation>unbekannte Strategie &apos;%1&apos;; erwartet wird eine von: %2</translation>
    </message>
</context>
<context>
    <name>rutile::scan::Portfolio</name>
    <message>
        <location filename="../core/scan/Portfolio.cpp" line="+70"/>
        <source>a portfolio needs a rank expression</source>
        <translation>ein Portfolio braucht einen Rangausdruck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the filter must be a condition (true or false), such as close &gt; sma(close, 200)</source>
        <translation>der Filter muss eine Bedingung sein (wahr oder falsch), etwa close &gt; sma(close, 200)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>top (%1) out of range [1, 1000]</source>
        <translation>top (%1) außerhalb des Bereichs [1, 1000]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vol_window (%1) out of range [2, 1000]</source>
        <translation>vol_window (%1) außerhalb des Bereichs [2, 1000]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the maximum weight (%1) must lie in (0, 1]</source>
        <translation>das maximale Gewicht (%1) muss in (0, 1] liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the drift tolerance (%1) must lie in [0, 100]</source>
        <translation>die Drift-Toleranz (%1) muss in [0, 100] liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the start date %1 is after the end date %2</source>
        <translation>das Startdatum %1 liegt nach dem Enddatum %2</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>no bars between the dates given</source>
        <translation>keine Bars zwischen den angegebenen Daten</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>a portfolio needs at least 2 trading days of data, found %1</source>
        <translation>ein Portfolio braucht Daten von mindestens 2 Handelstagen, gefunden: %1</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>the benchmark %1 is not in the workspace</source>
        <translation>die Benchmark %1 ist nicht im Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not in the workspace</source>
        <translation>nicht im Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>never ranked: the rank is undefined or the filter false on every rebalance day</source>
        <translation>nie eingestuft: der Rang ist an jedem Umschichtungstag undefiniert oder der Filter falsch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never ranked: the rank is undefined on every rebalance day</source>
        <translation>nie eingestuft: der Rang ist an jedem Umschichtungstag undefiniert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no symbol of the list can be ranked (%1 skipped; the first: %2: %3)</source>
        <translation>kein Symbol der Liste kann eingestuft werden (%1 übersprungen; das erste: %2: %3)</translation>
    </message>
</context>
<context>
    <name>rutile::scan::PortfolioSettings</name>
    <message>
        <location filename="../core/scan/PortfolioSettings.cpp" line="+17"/>
        <source>Holdings (top N)</source>
        <translation>Positionen (Top N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many of the best-ranked symbols the book holds</source>
        <translation>Wie viele der bestplatzierten Symbole das Portfolio hält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rebalance</source>
        <translation>Umschichtung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ranked at the close of the first trading day of each period; orders fill on the next trading day</source>
        <translation>Rangfolge zum Schluss des ersten Handelstags jeder Periode; Orders werden am nächsten Handelstag ausgeführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equal: 1/N of equity each. Inverse volatility: in proportion to 1/σ of the daily returns</source>
        <translation>Gleich: je 1/N des Kapitals. Inverse Volatilität: proportional zu 1/σ der täglichen Renditen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equal</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inverse volatility</source>
        <translation>Inverse Volatilität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volatility window</source>
        <translation>Volatilitätsfenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily returns in the σ of inverse-volatility weights</source>
        <translation>Tägliche Renditen im σ der Gewichte nach inverser Volatilität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum weight (%)</source>
        <translation>Maximales Gewicht (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap of one holding&apos;s weight; what the cap removes stays in cash</source>
        <translation>Obergrenze für das Gewicht einer Position; was die Obergrenze abschneidet, bleibt als Barmittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resize beyond drift (%)</source>
        <translation>Anpassen ab Drift (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A kept holding is traded back to its target only when its value is off the target by more than this percent of it (0: always)</source>
        <translation>Eine gehaltene Position wird nur dann auf ihr Ziel zurückgehandelt, wenn ihr Wert um mehr als diesen Prozentsatz vom Ziel abweicht (0: immer)</translation>
    </message>
</context>
<context>
    <name>rutile::scan::Scan</name>
    <message>
        <location filename="../core/scan/Scan.cpp" line="+56"/>
        <source>%1 is undefined on its last bar (too few of its %2 bars, or 0/0)</source>
        <translation>%1 ist auf der letzten Bar undefiniert (zu wenige der %2 Bars oder 0/0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is infinite on its last bar (a division by zero)</source>
        <translation>%1 ist auf der letzten Bar unendlich (eine Division durch null)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the filter</source>
        <translation>der Filter</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the expression</source>
        <translation>der Ausdruck</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no point of the grid ran: %1</source>
        <translation>kein Punkt des Rasters wurde ausgeführt: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the scan expression is empty</source>
        <translation>der Scan-Ausdruck ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a scan expression is one line</source>
        <translation>ein Scan-Ausdruck besteht aus einer Zeile</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not an expression</source>
        <translation>kein Ausdruck</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a scan expression is one expression, not statements</source>
        <translation>ein Scan-Ausdruck ist ein einzelner Ausdruck, keine Anweisungen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a column is NAME=EXPRESSION, with a NAME of up to 32 letters, digits and &apos;_&apos; (not starting with a digit), not &apos;%1&apos;</source>
        <translation>eine Spalte ist NAME=EXPRESSION, mit einem NAME aus bis zu 32 Buchstaben, Ziffern und &apos;_&apos; (nicht mit einer Ziffer beginnend), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a scan evaluates an expression or backtests a strategy: give one</source>
        <translation>ein Scan wertet einen Ausdruck aus oder backtestet eine Strategie: geben Sie eines davon an</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a grid optimises a strategy&apos;s parameters: give a strategy</source>
        <translation>ein Raster optimiert die Parameter einer Strategie: geben Sie eine Strategie an</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the filter must be a condition (true or false), such as close &gt; sma(close, 200)</source>
        <translation>der Filter muss eine Bedingung sein (wahr oder falsch), etwa close &gt; sma(close, 200)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>two columns are called %1</source>
        <translation>zwei Spalten heißen %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the start date %1 is after the end date %2</source>
        <translation>das Startdatum %1 liegt nach dem Enddatum %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>not in the workspace</source>
        <translation>nicht im Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its history ends on %1, more than %2 days before the scan&apos;s day %3</source>
        <translation>seine Historie endet am %1, mehr als %2 Tage vor dem Scan-Tag %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no bars between the dates given</source>
        <translation>keine Bars zwischen den angegebenen Daten</translation>
    </message>
</context>
<context>
    <name>rutile::scan::ScanOutput</name>
    <message>
        <location filename="../core/scan/ScanOutput.cpp" line="+246"/>
        <source>merge needs at least one shard file</source>
        <translation>merge braucht mindestens eine Teildatei</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not a scan result</source>
        <translation>kein Scan-Ergebnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>differs from %1 in &apos;%2&apos;: not the same scan</source>
        <translation>weicht in &apos;%2&apos; von %1 ab: nicht derselbe Scan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its &apos;shard&apos; is missing, invalid, or from a split into another number of shards</source>
        <translation>sein &apos;shard&apos; fehlt, ist ungültig oder stammt aus einer Aufteilung in eine andere Anzahl von Teilen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a result outside its positions %1 to %2, or twice</source>
        <translation>ein Ergebnis außerhalb seiner Listenplätze %1 bis %2 oder doppelt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a skipped symbol outside its positions %1 to %2, or twice</source>
        <translation>ein übersprungenes Symbol außerhalb seiner Listenplätze %1 bis %2 oder doppelt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a filtered symbol outside its positions %1 to %2, or twice</source>
        <translation>ein gefiltertes Symbol außerhalb seiner Listenplätze %1 bis %2 oder doppelt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it accounts for %1 of the %2 symbols of its slice</source>
        <translation>es erfasst %1 der %2 Symbole seines Abschnitts</translation>
    </message>
</context>
<context>
    <name>rutile::sqlite::Connection</name>
    <message>
        <location filename="../core/storage/Sqlite.cpp" line="+69"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>preparing a query</source>
        <translation>Vorbereiten einer Abfrage</translation>
    </message>
</context>
<context>
    <name>rutile::ui::AppLanguage</name>
    <message>
        <location filename="../ui/settings/AppLanguage.cpp" line="+39"/>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>rutile::ui::BacktestFormat</name>
    <message>
        <location filename="../ui/backtest/BacktestFormat.cpp" line="+57"/>
        <source>Sharpe ratio</source>
        <translation>Sharpe-Ratio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CAGR</source>
        <translation>CAGR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calmar ratio</source>
        <translation>Calmar-Ratio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total return</source>
        <translation>Gesamtrendite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sortino ratio</source>
        <translation>Sortino-Ratio</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
</context>
<context>
    <name>rutile::ui::BacktestJob</name>
    <message>
        <location filename="../ui/backtest/BacktestJob.cpp" line="+20"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>%1 needs a hedge symbol</source>
        <translation>%1 braucht ein Hedge-Symbol</translation>
    </message>
</context>
<context>
    <name>rutile::ui::BacktestResultsView</name>
    <message>
        <location filename="../ui/backtest/BacktestResultsView.cpp" line="+59"/>
        <source>Run a backtest from the Strategy panel to see its statistics, trades and equity here.</source>
        <translation>Führen Sie im Strategie-Panel einen Backtest aus, um hier seine Statistiken, Trades und sein Kapital zu sehen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Log scale</source>
        <translation>Logarithmische Skala</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Risk Dashboard</source>
        <translation>Risiko-Dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the risk dashboard for this equity curve</source>
        <translation>Das Risiko-Dashboard für diese Kapitalkurve öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trades as CSV...</source>
        <translation>Trades als CSV...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Trades</source>
        <translation>Trades exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Equity Curve as CSV...</source>
        <translation>Kapitalkurve als CSV...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Equity Curve</source>
        <translation>Kapitalkurve exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statistics as CSV...</source>
        <translation>Statistiken als CSV...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Statistics</source>
        <translation>Statistiken exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Equity Chart as PNG...</source>
        <translation>Kapitalchart als PNG...</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Export Equity Chart</source>
        <translation>Kapitalchart exportieren</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+53"/>
        <source>PNG images (*.png);;All files (*)</source>
        <translation>PNG-Bilder (*.png);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Report (PDF or HTML)...</source>
        <translation>Bericht (PDF oder HTML)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Equity &amp;&amp; Drawdown</source>
        <translation>Kapital &amp;&amp; Drawdown</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trades</source>
        <translation>Trades</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export as PNG...</source>
        <translation>Als PNG exportieren...</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>benchmark %1</source>
        <translation>Benchmark %1</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>run #%1</source>
        <translation>Lauf #%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not journaled: %1</source>
        <translation>Nicht im Journal erfasst: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Buy &amp; hold %1</source>
        <translation>Buy &amp; Hold %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+9"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>there is no backtest to export</source>
        <translation>es gibt keinen Backtest zum Exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write the image</source>
        <translation>das Bild kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no backtest to report</source>
        <translation>es gibt keinen Backtest für einen Bericht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2 equity</source>
        <translation>Kapital %1 %2</translation>
    </message>
</context>
<context>
    <name>rutile::ui::BacktestRunner</name>
    <message>
        <location filename="../ui/backtest/BacktestRunner.cpp" line="+100"/>
        <source>the run ended without a result</source>
        <translation>der Lauf endete ohne Ergebnis</translation>
    </message>
</context>
<context>
    <name>rutile::ui::ChartExportDialog</name>
    <message>
        <location filename="../ui/chart/ChartExportDialog.cpp" line="+18"/>
        <source>Export Chart as PNG</source>
        <translation>Chart als PNG exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>2 gives an image of twice the width and height with the same layout (high-DPI)</source>
        <translation>2 ergibt ein Bild mit doppelter Breite und Höhe bei gleichem Layout (High-DPI)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width:</source>
        <translation>Breite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height:</source>
        <translation>Höhe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale factor:</source>
        <translation>Skalierungsfaktor:</translation>
    </message>
</context>
<context>
    <name>rutile::ui::ChartWorkspace</name>
    <message>
        <location filename="../ui/chart/ChartWorkspace.cpp" line="+39"/>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show the whole history</source>
        <translation>Gesamte Historie anzeigen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Show this year</source>
        <translation>Dieses Jahr anzeigen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Candles</source>
        <translation>Kerzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OHLC bars</source>
        <translation>OHLC-Bars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heikin-Ashi</source>
        <translation>Heikin-Ashi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How bars are drawn</source>
        <translation>Darstellung der Bars</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bars of one day, one week (Monday to Friday) or one month; indicators are computed on these bars</source>
        <translation>Bars von einem Tag, einer Woche (Montag bis Freitag) oder einem Monat; Indikatoren werden auf diesen Bars berechnet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logarithmic price axis</source>
        <translation>Logarithmische Kursachse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock Value Axes</source>
        <translation>Wertachsen fixieren</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Go to a date: the chart centres on it (YYYY-MM-DD, then Enter)</source>
        <translation>Zu einem Datum springen: der Chart wird darauf zentriert (YYYY-MM-DD, dann Eingabetaste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the date in a calendar</source>
        <translation>Datum in einem Kalender auswählen</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>This symbol has no volume</source>
        <translation>Dieses Symbol hat kein Volumen</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Keep the value axes instead of fitting them to the bars in view (drag to move them)</source>
        <translation>Die Wertachsen beibehalten, statt sie an die sichtbaren Bars anzupassen (zum Verschieben ziehen)</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>1M</source>
        <translation>1M</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the last month</source>
        <translation>Den letzten Monat anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3M</source>
        <translation>3M</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the last three months</source>
        <translation>Die letzten drei Monate anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6M</source>
        <translation>6M</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the last six months</source>
        <translation>Die letzten sechs Monate anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YTD</source>
        <translation>lfd. J.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1Y</source>
        <translation>1J</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the last year</source>
        <translation>Das letzte Jahr anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5Y</source>
        <translation>5J</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the last five years</source>
        <translation>Die letzten fünf Jahre anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+87"/>
        <source>Show the volume pane</source>
        <translation>Volumenbereich anzeigen</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Indicator...</source>
        <translation>Indikator...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an indicator (click an indicator&apos;s name on the chart to edit it)</source>
        <translation>Einen Indikator hinzufügen (klicken Sie im Chart auf den Namen eines Indikators, um ihn zu bearbeiten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare...</source>
        <translation>Vergleichen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlay other symbols rebased to 100, with ratio and correlation panes</source>
        <translation>Andere Symbole auf 100 normiert überlagern, mit Bereichen für Verhältnis und Korrelation</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>no source for other symbols</source>
        <translation>keine Quelle für andere Symbole</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not in this workspace: %1</source>
        <translation>nicht in diesem Arbeitsbereich: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Magnet (Snap to Open, High, Low, Close)</source>
        <translation>Magnet (an Eröffnung, Hoch, Tief, Schluss ausrichten)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Draw</source>
        <translation>Zeichnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawing tools: lines, rectangles, Fibonacci retracements and notes (Esc cancels, Delete removes the selected drawing)</source>
        <translation>Zeichenwerkzeuge: Linien, Rechtecke, Fibonacci-Retracements und Notizen (Esc bricht ab, Entf entfernt die ausgewählte Zeichnung)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Text Note</source>
        <translation>Textnotiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note on the chart:</source>
        <translation>Notiz im Chart:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Delete Drawing</source>
        <translation>Zeichnung &amp;löschen</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+27"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Export Chart as PNG</source>
        <translation>Chart als PNG exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export Chart Data as CSV</source>
        <translation>Chartdaten als CSV exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>rutile::ui::ColorButton</name>
    <message>
        <location filename="../ui/chart/IndicatorDialog.cpp" line="+51"/>
        <source>Line Colour</source>
        <translation>Linienfarbe</translation>
    </message>
</context>
<context>
    <name>rutile::ui::ColumnMappingWidget</name>
    <message>
        <location filename="../ui/import/ColumnMappingWidget.cpp" line="+19"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open:</source>
        <translation>Eröffnung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High:</source>
        <translation>Hoch:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low:</source>
        <translation>Tief:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close:</source>
        <translation>Schluss:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adj. close:</source>
        <translation>Ber. Schluss:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume:</source>
        <translation>Volumen:</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+9"/>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipe ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Point ( . )</source>
        <translation>Punkt ( . )</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>yyyy or yy for the year, MM or M for the month, dd or d for the day; other characters must match literally</source>
        <translation>yyyy oder yy für das Jahr, MM oder M für den Monat, dd oder d für den Tag; andere Zeichen müssen wörtlich übereinstimmen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lines before the first data row</source>
        <translation>Zeilen vor der ersten Datenzeile</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;cimal separator:</source>
        <translation>De&amp;zimaltrennzeichen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date &amp;format:</source>
        <translation>Datums&amp;format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Header lines:</source>
        <translation>&amp;Kopfzeilen:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>rutile::ui::CompareDialog</name>
    <message>
        <location filename="../ui/chart/CompareDialog.cpp" line="+19"/>
        <source>Compare Symbols</source>
        <translation>Symbole vergleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked symbols are drawn over the chart, rebased to 100 at the first bar in view. The ratio and correlation panes compare the charted symbol with the first checked one.</source>
        <translation>Markierte Symbole werden über den Chart gezeichnet, auf 100 normiert bei der ersten sichtbaren Bar. Die Bereiche für Verhältnis und Korrelation vergleichen das dargestellte Symbol mit dem ersten markierten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ratio pane</source>
        <translation>Verhältnisbereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rolling correlation pane</source>
        <translation>Bereich für rollierende Korrelation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> returns</source>
        <translation> Renditen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily returns per correlation window (2 to %1)</source>
        <translation>Tägliche Renditen pro Korrelationsfenster (2 bis %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Correlation window:</source>
        <translation>Korrelationsfenster:</translation>
    </message>
</context>
<context>
    <name>rutile::ui::DateRangeFilter</name>
    <message>
        <location filename="../ui/DateRangeFilter.cpp" line="+12"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The start date is after the end date.</source>
        <translation>Das Startdatum liegt nach dem Enddatum.</translation>
    </message>
</context>
<context>
    <name>rutile::ui::DownloadController</name>
    <message>
        <location filename="../ui/download/DownloadController.cpp" line="+26"/>
        <location filename="../ui/GettingStartedDialog.cpp" line="+60"/>
        <source>&amp;Download...</source>
        <translation>&amp;Herunterladen...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Update All</source>
        <translation>&amp;Alle aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring every downloaded symbol up to date from its provider</source>
        <translation>Jedes heruntergeladene Symbol von seinem Anbieter auf den neuesten Stand bringen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel Download</source>
        <translation>Download a&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Network Settings...</source>
        <translation>&amp;Netzwerkeinstellungen...</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Updating %1</source>
        <translation>%1 wird aktualisiert</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: 0 of %2</source>
        <translation>%1: 0 von %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Download History</source>
        <translation>Historie herunterladen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open or create a workspace first.</source>
        <translation>Öffnen oder erstellen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Downloading</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Update All</source>
        <translation>Alle aktualisieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No downloaded symbol to update: symbols imported from files are updated by importing them again.</source>
        <translation>Kein heruntergeladenes Symbol zu aktualisieren: aus Dateien importierte Symbole werden durch erneutes Importieren aktualisiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updating</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Downloading the Russell 2000 and the S&amp;P 500</source>
        <translation>Russell 2000 und S&amp;P 500 werden heruntergeladen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2 of %3 (%4 failed), last %5</source>
        <translation>%1: %2 von %3 (%4 fehlgeschlagen), zuletzt %5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 of %3, last %4</source>
        <translation>%1: %2 von %3, zuletzt %4</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancelled: %1 of %2 symbols done, %3 left as they were</source>
        <translation>Abgebrochen: %1 von %2 Symbolen erledigt, %3 unverändert gelassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 symbols up to date</source>
        <translation>%1 von %2 Symbolen aktuell</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n failed</source>
        <translation>
            <numerusform>; %n fehlgeschlagen</numerusform>
            <numerusform>; %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The provider rewrote some histories; see the details.</source>
        <translation>Der Anbieter hat einige Historien neu geschrieben; siehe Details.</translation>
    </message>
</context>
<context>
    <name>rutile::ui::DownloadDialog</name>
    <message>
        <location filename="../ui/download/DownloadDialog.cpp" line="+33"/>
        <source>Download History</source>
        <translation>Historie herunterladen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>^RUT ^GSPC IWM</source>
        <translation>^RUT ^GSPC IWM</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;All history</source>
        <translation>&amp;Gesamte Historie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Up to t&amp;oday</source>
        <translation>&amp;Bis heute</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stooq API &amp;key:</source>
        <translation>Stooq-API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kept in the settings, never in the workspace</source>
        <translation>in den Einstellungen gespeichert, nie im Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From &amp;File...</source>
        <translation>Aus &amp;Datei...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the symbols of a watchlist file: spaces, commas or lines; &apos;#&apos; starts a comment</source>
        <translation>Die Symbole aus einer Watchlist-Datei übernehmen: durch Leerzeichen, Kommas oder Zeilen getrennt; &apos;#&apos; leitet einen Kommentar ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Symbols from File</source>
        <translation>Symbole aus Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbol lists (*.txt *.csv);;All files (*)</source>
        <translation>Symbollisten (*.txt *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Symbols:</source>
        <translation>S&amp;ymbole:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Type one or more symbols, separated by spaces or commas.</source>
        <translation>Geben Sie ein oder mehrere Symbole ein, getrennt durch Leerzeichen oder Kommas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first date is after the last one.</source>
        <translation>Das erste Datum liegt nach dem letzten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stooq needs an API key: get one at stooq.com and paste it here.</source>
        <translation>Stooq benötigt einen API-Schlüssel: Holen Sie sich einen auf stooq.com und fügen Sie ihn hier ein.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>As Yahoo Finance writes them: ^RUT, ^GSPC, ^VIX, IWM. Prices with dividends and splits; the caret is dropped when stored (^RUT becomes RUT).</source>
        <translation>In der Schreibweise von Yahoo Finance: ^RUT, ^GSPC, ^VIX, IWM. Kurse mit Dividenden und Splits; das Caret-Zeichen wird beim Speichern entfernt (^RUT wird zu RUT).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As Stooq writes them: spy.us, iwm.us, ^spx. Needs a free API key from stooq.com.</source>
        <translation>In der Schreibweise von Stooq: spy.us, iwm.us, ^spx. Benötigt einen kostenlosen API-Schlüssel von stooq.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FRED series ids: DGS3MO (3-month Treasury), DGS10, FEDFUNDS. Values, not prices; usable as the risk-free rate.</source>
        <translation>FRED-Reihen-IDs: DGS3MO (3-monatige Treasury Bills), DGS10, FEDFUNDS. Werte, keine Preise; als risikofreier Zins verwendbar.</translation>
    </message>
</context>
<context>
    <name>rutile::ui::DrawingDialog</name>
    <message>
        <location filename="../ui/chart/DrawingDialog.cpp" line="+25"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Solid</source>
        <translation>Durchgezogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashed</source>
        <translation>Gestrichelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dotted</source>
        <translation>Gepunktet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width:</source>
        <translation>Breite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line:</source>
        <translation>Linie:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Date%1:</source>
        <translation>Datum%1:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Price%1:</source>
        <translation>Kurs%1:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Extend left</source>
        <translation>Nach links verlängern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extend right</source>
        <translation>Nach rechts verlängern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
</context>
<context>
    <name>rutile::ui::DrawingLayer</name>
    <message>
        <location filename="../ui/chart/DrawingLayer.cpp" line="+229"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Edit Drawing...</source>
        <translation>Zeichnung bearbeiten...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extend Left</source>
        <translation>Nach links verlängern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Extend Right</source>
        <translation>Nach rechts verlängern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete Drawing</source>
        <translation>Zeichnung löschen</translation>
    </message>
</context>
<context>
    <name>rutile::ui::EmptyStatePanel</name>
    <message>
        <location filename="../ui/EmptyStatePanel.cpp" line="+35"/>
        <source>Explore Rutile with the sample workspace - two synthetic indices covering decades of daily bars, clearly marked as not market data - download the real history of the Russell 2000 and the S&amp;P 500, or import your own from a CSV file (Yahoo Finance, yfinance, Stooq or any other CSV with dates and prices).</source>
        <translation>Erkunden Sie Rutile mit dem Beispiel-Arbeitsbereich - zwei synthetische Indizes mit Tagesbars über Jahrzehnte, deutlich als keine Marktdaten gekennzeichnet -, laden Sie die echte Historie des Russell 2000 und des S&amp;P 500 herunter oder importieren Sie Ihre eigene aus einer CSV-Datei (Yahoo Finance, yfinance, Stooq oder jede andere CSV-Datei mit Datum und Kursen).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open the &amp;sample workspace</source>
        <translation>Beispie&amp;l-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import history...</source>
        <translation>Historie &amp;importieren...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Download the Russell 2000 and the S&amp;&amp;P 500</source>
        <translation>Russell 2000 und S&amp;&amp;P 500 &amp;herunterladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily history of ^RUT and ^GSPC from Yahoo Finance, stored as RUT and GSPC</source>
        <translation>Tägliche Historie von ^RUT und ^GSPC von Yahoo Finance, gespeichert als RUT und GSPC</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Or drop CSV files, or a workspace, onto this window.</source>
        <translation>Oder ziehen Sie CSV-Dateien oder einen Arbeitsbereich auf dieses Fenster.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No workspace is open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This workspace has no price history yet</source>
        <translation>Dieser Arbeitsbereich hat noch keine Kurshistorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use File &gt; Open Workspace or File &gt; New Workspace for your own data.</source>
        <translation>Verwenden Sie Datei &gt; Arbeitsbereich öffnen oder Datei &gt; Neuer Arbeitsbereich für Ihre eigenen Daten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
</context>
<context>
    <name>rutile::ui::EquityChart</name>
    <message>
        <location filename="../ui/backtest/EquityChart.cpp" line="+87"/>
        <source>Equity</source>
        <translation>Kapital</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drawdown (%)</source>
        <translation>Drawdown (%)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+45"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+43"/>
        <source>Buy &amp; hold</source>
        <translation>Buy &amp; Hold</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+41"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The equity and drawdown of a run appear here.</source>
        <translation>Kapitalkurve und Drawdown eines Laufs erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>rutile::ui::FairValuePanel</name>
    <message>
        <location filename="../ui/relval/FairValuePanel.cpp" line="+60"/>
        <source>Show &amp;History</source>
        <translation>&amp;Historie anzeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual risk-free rate to expiry, continuously compounded</source>
        <translation>Jährlicher risikofreier Zins bis zum Verfall, stetig verzinst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual dividend yield of the index</source>
        <translation>Jährliche Dividendenrendite des Index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round trip of the arbitrage (both legs in and out) in percent of the spot</source>
        <translation>Kosten eines vollständigen Arbitragezyklus (beide Seiten eröffnen und schließen) in Prozent des Spots</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Spot (index):</source>
        <translation>&amp;Spot (Index):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rate:</source>
        <translation>&amp;Zins:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dividend yield:</source>
        <translation>&amp;Dividendenrendite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days to &amp;expiry:</source>
        <translation>Tage bis zum &amp;Verfall:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Futures price:</source>
        <translation>&amp;Futures-Preis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round-trip &amp;cost:</source>
        <translation>&amp;Kosten (Round Trip):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F* = S · e&lt;sup&gt;(r − q)·T&lt;/sup&gt;, T = days / 365. Outside F* ± cost the arbitrage pays: above, sell the futures and buy the index; below, the reverse.</source>
        <translation>F* = S · e&lt;sup&gt;(r − q)·T&lt;/sup&gt;, T = Tage / 365. Außerhalb von F* ± Kosten lohnt sich die Arbitrage: darüber den Future verkaufen und den Index kaufen; darunter umgekehrt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(a futures series)</source>
        <translation>(eine Future-Reihe)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History: pick a cached futures series (e.g. RTY=F, downloaded from Yahoo) and its index. T counts to the next quarterly expiry (third Friday of March, June, September, December); the days just before one mix two contracts in a continuous series.</source>
        <translation>Historie: Wählen Sie eine zwischengespeicherte Futures-Reihe (z. B. RTY=F, von Yahoo heruntergeladen) und ihren Index. T zählt bis zum nächsten Quartalsverfall (dritter Freitag im März, Juni, September, Dezember); in einer fortlaufenden Reihe mischen die Tage kurz vor einem Verfall zwei Kontrakte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rate of each day: the typed rate, or a cached rate series in percent (FRED&apos;s DGS3MO)</source>
        <translation>Der Zins jedes Tages: der eingegebene Zins oder eine zwischengespeicherte Zinsreihe in Prozent (DGS3MO von FRED)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Futures:</source>
        <translation>Futures:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Index:</source>
        <translation>Index:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate:</source>
        <translation>Zins:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV...</source>
        <translation>CSV...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG...</source>
        <translation>PNG...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the days of the history as CSV (fairvalue --history --csv)</source>
        <translation>Die Tage der Historie als CSV exportieren (fairvalue --history --csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the history chart as PNG</source>
        <translation>Den Historienchart als PNG exportieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Index points</source>
        <translation>Indexpunkte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show History draws the mispricing of the futures against its fair value.</source>
        <translation>„Historie anzeigen“ zeichnet die Fehlbewertung des Futures gegenüber seinem fairen Wert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export the Fair Value History as CSV</source>
        <translation>Fair-Value-Historie als CSV exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the Fair Value Chart as PNG</source>
        <translation>Fair-Value-Chart als PNG exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Fair value: %1</source>
        <translation>Fairer Wert: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-arbitrage band: %1 to %2</source>
        <translation>Arbitragefreies Band: %1 bis %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basis (F − S): %1</source>
        <translation>Basis (F − S): %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mispricing (F − F*): %1</source>
        <translation>Fehlbewertung (F − F*): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profit after costs: %1</source>
        <translation>Gewinn nach Kosten: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sell the futures, buy the index</source>
        <translation>Future verkaufen, Index kaufen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buy the futures, sell the index</source>
        <translation>Future kaufen, Index verkaufen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the futures price for a signal.</source>
        <translation>Geben Sie den Futures-Preis ein, um ein Signal zu erhalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No arbitrage: the futures price is inside the band.</source>
        <translation>Keine Arbitrage: Der Futures-Preis liegt innerhalb des Bands.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the typed rate</source>
        <translation>der eingegebene Zins</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Pick a futures series and its index (two different symbols).</source>
        <translation>Wählen Sie eine Futures-Reihe und ihren Index (zwei verschiedene Symbole).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No-arbitrage band (± costs)</source>
        <translation>Arbitragefreies Band (± Kosten)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mispricing %1 − F* (points)</source>
        <translation>Fehlbewertung %1 − F* (Punkte)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 against %2: %3 common days, %4 to %5; outside the band on %6 of them.</source>
        <translation>%1 gegenüber %2: %3 gemeinsame Tage, %4 bis %5; an %6 davon außerhalb des Bands.</translation>
    </message>
</context>
<context>
    <name>rutile::ui::FeaturePicker</name>
    <message>
        <location filename="../ui/ml/FeaturePicker.cpp" line="+22"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click a feature to edit it: an indicator spec (sma:50, macd:12,26,9.signal), ret:N, ratio:SPEC or lag:K:FEATURE</source>
        <translation>Doppelklicken Sie auf ein Merkmal, um es zu bearbeiten: eine Indikatorangabe (sma:50, macd:12,26,9.signal), ret:N, ratio:SPEC oder lag:K:FEATURE</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>return over 5 bars</source>
        <translation>Rendite über 5 Bars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close over SMA 50</source>
        <translation>Schlusskurs relativ zum SMA 50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSI 14 one bar earlier</source>
        <translation>RSI 14 eine Bar früher</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>rutile::ui::FileDialog</name>
    <message>
        <location filename="../ui/FileDialog.cpp" line="+54"/>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
</context>
<context>
    <name>rutile::ui::FindReplaceBar</name>
    <message>
        <location filename="../ui/strategy/FindReplaceBar.cpp" line="+25"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next</source>
        <translation>&amp;Nächstes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;vious</source>
        <translation>&amp;Vorheriges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole words</source>
        <translation>Nur ganze &amp;Wörter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace with:</source>
        <translation>Ersetzen durch:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rutile::ui::GettingStartedDialog</name>
    <message>
        <location filename="../ui/GettingStartedDialog.cpp" line="-26"/>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Getting started with Rutile</source>
        <translation>Erste Schritte mit Rutile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Get history.</source>
        <translation>Historie holen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 explores Rutile on two synthetic indices (marked as such everywhere). %2 fetches the real Russell 2000 and S&amp;amp;P 500 from Yahoo Finance, Stooq or FRED; %3 reads your own CSV files, and you can drop them onto the window too. Everything goes into the workspace, one file you can copy.</source>
        <translation>%1 zeigt Rutile an zwei synthetischen Indizes (überall als solche gekennzeichnet). %2 lädt den echten Russell 2000 und S&amp;amp;P 500 von Yahoo Finance, Stooq oder FRED; %3 liest Ihre eigenen CSV-Dateien, die Sie auch auf das Fenster ziehen können. Alles landet im Arbeitsbereich, einer einzigen Datei, die Sie kopieren können.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read the chart.</source>
        <translation>Den Chart lesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a symbol in the list. The chart&apos;s toolbar sets the range, the bar style, the time frame, indicators, comparisons and drawings; scroll to zoom, drag to pan. %1 turns the whole window dark.</source>
        <translation>Wählen Sie ein Symbol in der Liste. Die Werkzeugleiste des Charts stellt Zeitraum, Darstellung, Zeiteinheit, Indikatoren, Vergleiche und Zeichnungen ein; Mausrad zoomt, Ziehen verschiebt. %1 macht das ganze Fenster dunkel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test a strategy.</source>
        <translation>Eine Strategie testen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In %1 choose a strategy, its parameters, costs and dates, then run the backtest: the results show the metrics beside buy-and-hold and the benchmark, the equity curve and every trade. %2 writes your own rules; the optimiser and walk-forward analysis search parameters without fooling you (deflated Sharpe ratio, out-of-sample folds).</source>
        <translation>Wählen Sie in %1 eine Strategie, ihre Parameter, Kosten und Daten und starten Sie den Backtest: Die Ergebnisse zeigen die Kennzahlen neben Buy-and-Hold und der Benchmark, die Kapitalkurve und jeden Trade. %2 schreibt Ihre eigenen Regeln; Optimierer und Walk-Forward-Analyse suchen Parameter, ohne Sie zu täuschen (Deflated Sharpe Ratio, Out-of-Sample-Folds).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measure the risk.</source>
        <translation>Das Risiko messen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: value at risk and expected shortfall, extreme-value stress values, drawdowns, and beta against the S&amp;amp;P 500.</source>
        <translation>%1: Value at Risk und Expected Shortfall, Stresswerte aus der Extremwerttheorie, Drawdowns und das Beta gegenüber dem S&amp;amp;P 500.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go further.</source>
        <translation>Weiter gehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 menu also holds the index lab, the scanner of a whole universe, relative value against the S&amp;amp;P 500 and the ML lab. Every backtest, search and ML run is kept in %2, with its report as PDF or HTML.</source>
        <translation>Das Menü %1 enthält außerdem das Index-Labor, den Scanner für ein ganzes Universum, Relative Value gegenüber dem S&amp;amp;P 500 und das ML-Labor. Jeder Backtest, jede Suche und jeder ML-Lauf wird in %2 festgehalten, mit seinem Bericht als PDF oder HTML.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Script it.</source>
        <translation>Skripte schreiben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;code&gt;rutile-cli&lt;/code&gt; is the same engine without windows, for scripts and scheduled jobs, with JSON and CSV outputs: &lt;code&gt;rutile-cli --help&lt;/code&gt; lists its commands.</source>
        <translation>&lt;code&gt;rutile-cli&lt;/code&gt; ist dieselbe Engine ohne Fenster, für Skripte und geplante Aufträge, mit Ausgaben als JSON und CSV: &lt;code&gt;rutile-cli --help&lt;/code&gt; listet ihre Befehle auf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Language, theme, data providers and backtest defaults: %1. Keyboard shortcuts: %2.</source>
        <translation>Sprache, Design, Datenanbieter und Backtest-Vorgaben: %1. Tastenkürzel: %2.</translation>
    </message>
</context>
<context>
    <name>rutile::ui::GridEditor</name>
    <message>
        <location filename="../ui/backtest/GridEditor.cpp" line="+105"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 has no parameters to optimise.</source>
        <translation>%1 hat keine Parameter zum Optimieren.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>include at least one parameter on the grid</source>
        <translation>nehmen Sie mindestens einen Parameter in das Raster auf</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>fixed at %1</source>
        <translation>fest auf %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 grid points</source>
        <translation>%1 Rasterpunkte</translation>
    </message>
</context>
<context>
    <name>rutile::ui::GridEstimate</name>
    <message>
        <location filename="../ui/backtest/GridEstimate.cpp" line="+27"/>
        <source>under a second</source>
        <translation>unter einer Sekunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about %1 s</source>
        <translation>etwa %1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about %1 min</source>
        <translation>etwa %1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 h %2 min</source>
        <translation>etwa %1 h %2 min</translation>
    </message>
</context>
<context>
    <name>rutile::ui::HoldingsPanel</name>
    <message>
        <location filename="../ui/index/HoldingsPanel.cpp" line="+47"/>
        <source>&amp;Fund:</source>
        <translation>&amp;Fonds:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Compare with:</source>
        <translation>&amp;Vergleichen mit:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import Holdings...</source>
        <translation>Positionen &amp;importieren...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read an iShares-style holdings export (CSV) into the workspace as a dated snapshot</source>
        <translation>Einen Positionsexport im iShares-Format (CSV) als datierten Snapshot in den Arbeitsbereich einlesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Download Constituents...</source>
        <translation>Indexmitglieder &amp;herunterladen...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the histories of the snapshot&apos;s stocks that are not in the workspace yet, so an index can be built from them</source>
        <translation>Die Historien der Aktien des Snapshots herunterladen, die noch nicht im Arbeitsbereich sind, damit daraus ein Index gebildet werden kann</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Top 10</source>
        <translation>Top 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>Sektoren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sector:</source>
        <translation>&amp;Sektor:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All Holdings</source>
        <translation>Alle Positionen</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+74"/>
        <source>Import Holdings</source>
        <translation>Positionen importieren</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Holdings exports (*.csv);;All files (*)</source>
        <translation>Positionsexporte (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Download Constituents</source>
        <translation>Indexmitglieder herunterladen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every stock of this snapshot is in the workspace.</source>
        <translation>Jede Aktie dieses Snapshots ist im Arbeitsbereich.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No comparison</source>
        <translation>Kein Vergleich</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No holdings snapshot in this workspace yet. Import an iShares holdings export (for example IWM&apos;s, from the fund&apos;s page) with Import Holdings.</source>
        <translation>Noch kein Positions-Snapshot in diesem Arbeitsbereich. Importieren Sie einen iShares-Positionsexport (zum Beispiel den von IWM, von der Seite des Fonds) mit „Positionen importieren“.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All sectors</source>
        <translation>Alle Sektoren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 equities worth %2. Concentration: HHI %3, effective number of holdings %4, top 10 %5 %, top 100 %6 %.</source>
        <translation>%1 Aktien im Wert von %2. Konzentration: HHI %3, effektive Anzahl der Positionen %4, Top 10 %5 %, Top 100 %6 %.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n other row(s) (cash, futures…) not weighted.</source>
        <translation>
            <numerusform>%n weitere Zeile (Barmittel, Futures…) nicht gewichtet.</numerusform>
            <numerusform>%n weitere Zeilen (Barmittel, Futures…) nicht gewichtet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On more than one row: %1.</source>
        <translation>In mehr als einer Zeile: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n holding(s) priced at zero.</source>
        <translation>
            <numerusform>%n Position mit einem Preis von null.</numerusform>
            <numerusform>%n Positionen mit einem Preis von null.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rutile::ui::HtmlReportWriter</name>
    <message>
        <location filename="../ui/report/HtmlReportWriter.cpp" line="+104"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>rutile::ui::ImportDialog</name>
    <message>
        <location filename="../ui/import/ImportDialog.cpp" line="+41"/>
        <source>Auto-detect</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yahoo Finance</source>
        <translation>Yahoo Finance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yfinance</source>
        <translation>yfinance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stooq</source>
        <translation>Stooq</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generic CSV</source>
        <translation>Generisches CSV</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import History</source>
        <translation>Historie importieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A CSV file with daily bars</source>
        <translation>Eine CSV-Datei mit Tagesbars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse...</source>
        <translation>Du&amp;rchsuchen...</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The symbol the bars are stored under; bars of an existing symbol are replaced day by day</source>
        <translation>Das Symbol, unter dem die Bars gespeichert werden; Bars eines vorhandenen Symbols werden Tag für Tag ersetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strict: abort on the first bad row, write nothing</source>
        <translation>Strikt: bei der ersten fehlerhaften Zeile abbrechen, nichts schreiben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Symbol:</source>
        <translation>&amp;Symbol:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview of the first rows</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+356"/>
        <location line="+9"/>
        <source>Importing... %p%</source>
        <translation>Import läuft... %p%</translation>
    </message>
    <message>
        <location line="-364"/>
        <source>&amp;Cancel import</source>
        <translation>Import a&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The import report appears here.</source>
        <translation>Der Importbericht erscheint hier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Choose a history file</source>
        <translation>Historiendatei auswählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Detected: %1</source>
        <translation>Erkannt: %1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Choose a file to import.</source>
        <translation>Wählen Sie eine Datei zum Importieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be read as %1.</source>
        <translation>Die Datei kann nicht als %1 gelesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column mapping: %1</source>
        <translation>Spaltenzuordnung: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n of the first %1 rows cannot be read (highlighted); an import skips such rows, or stops at the first one when Strict is checked.</source>
        <translation>
            <numerusform>%n der ersten %1 Zeilen kann nicht gelesen werden (hervorgehoben); ein Import überspringt solche Zeilen oder bricht bei der ersten ab, wenn „Strikt“ aktiviert ist.</numerusform>
            <numerusform>%n der ersten %1 Zeilen können nicht gelesen werden (hervorgehoben); ein Import überspringt solche Zeilen oder bricht bei der ersten ab, wenn „Strikt“ aktiviert ist.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data rows in the first part of the file.</source>
        <translation>Keine Datenzeilen im ersten Teil der Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the symbol to store the bars under.</source>
        <translation>Geben Sie das Symbol ein, unter dem die Bars gespeichert werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a valid symbol: use letters, digits and . - _ =, up to 32.</source>
        <translation>&apos;%1&apos; ist kein gültiges Symbol: verwenden Sie Buchstaben, Ziffern und . - _ =, bis zu 32 Zeichen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The first %n rows read correctly.</source>
        <translation>
            <numerusform>Die erste Zeile (%n) wurde korrekt gelesen.</numerusform>
            <numerusform>Die ersten %n Zeilen wurden korrekt gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 already has %2 bars in this workspace. This file changes %3 of them, from %4 to %5, and adds %6.</source>
        <translation>%1 hat in diesem Arbeitsbereich bereits %2 Bars. Diese Datei ändert %3 davon, von %4 bis %5, und fügt %6 hinzu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volumes differ by up to %1 times: the file may come from another source.</source>
        <translation>Die Volumina weichen bis zum %1-Fachen ab: Die Datei stammt möglicherweise aus einer anderen Quelle.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n bar(s) with a volume get none from the file.</source>
        <translation>
            <numerusform>%n Bar mit Volumen erhält aus der Datei keines.</numerusform>
            <numerusform>%n Bars mit Volumen erhalten aus der Datei keines.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes differ by up to %1%.</source>
        <translation>Die Schlusskurse weichen um bis zu %1% ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the cached bars with the file&apos;s?</source>
        <translation>Die zwischengespeicherten Bars durch die der Datei ersetzen?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Replace Cached Bars?</source>
        <translation>Zwischengespeicherte Bars ersetzen?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the cached bars of %1 were kept</source>
        <translation>die zwischengespeicherten Bars von %1 wurden beibehalten</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation>Import abgebrochen; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import failed; the workspace is unchanged.</source>
        <translation>Import fehlgeschlagen; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1 bars of %2 from %3 (%4) in %5 ms.</source>
        <translation>%1 Bars von %2 aus %3 (%4) in %5 ms importiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows read: %1; imported: %2; skipped: %3; duplicate dates dropped: %4.</source>
        <translation>Gelesene Zeilen: %1; importiert: %2; übersprungen: %3; doppelte Datumswerte verworfen: %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates: %1 to %2.</source>
        <translation>Zeitraum: %1 bis %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped rows:</source>
        <translation>Übersprungene Zeilen:</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+13"/>
        <source>  ... and %n more</source>
        <translation>
            <numerusform>  ... und %n weitere</numerusform>
            <numerusform>  ... und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
</context>
<context>
    <name>rutile::ui::ImportPreviewModel</name>
    <message>
        <location filename="../ui/import/ImportPreviewModel.cpp" line="+20"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Eröffnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low</source>
        <translation>Tief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schluss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adj Close</source>
        <translation>Ber. Schluss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&apos;%1&apos; in the file</source>
        <translation>&apos;%1&apos; in der Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, read as %2</source>
        <translation>%1, gelesen als %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, not imported</source>
        <translation>%1, nicht importiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(column %1)</source>
        <translation>(Spalte %1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>rutile::ui::ImportRunner</name>
    <message>
        <location filename="../ui/import/ImportRunner.cpp" line="+28"/>
        <source>the import ended without a result</source>
        <translation>der Import endete ohne Ergebnis</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+22"/>
        <location line="+55"/>
        <source>import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
</context>
<context>
    <name>rutile::ui::IndexBuildPanel</name>
    <message>
        <location filename="../ui/index/IndexBuildPanel.cpp" line="+46"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Watchlist</source>
        <translation>&amp;Watchlist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Holdings</source>
        <translation>&amp;Positionen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cap-weighted</source>
        <translation>Kapitalisierungsgewichtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Float-adjusted</source>
        <translation>Streubesitzbereinigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal-weighted</source>
        <translation>Gleichgewichtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;eighting:</source>
        <translation>G&amp;ewichtung:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annually in June</source>
        <translation>Jährlich im Juni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (members enter at listing)</source>
        <translation>Keine (Mitglieder werden bei Börsennotierung aufgenommen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russell indexes reconstitute after the close of the fourth Friday of June: new listings join then, and equal weights are reset</source>
        <translation>Russell-Indizes werden nach Handelsschluss am vierten Freitag im Juni neu zusammengesetzt: Dann kommen Neuemissionen hinzu, und gleiche Gewichte werden zurückgesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reconstitution:</source>
        <translation>&amp;Neuzusammensetzung:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Base value:</source>
        <translation>&amp;Basiswert:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Limit the range</source>
        <translation>&amp;Zeitraum begrenzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Attribute a part of it</source>
        <translation>&amp;Attribution für einen Teilzeitraum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Store as &amp;symbol:</source>
        <translation>Als &amp;Symbol speichern:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Build Index</source>
        <translation>&amp;Index erstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Generate the Sample Universe</source>
        <translation>Beispiel-Universum &amp;generieren</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Constituents</source>
        <translation>Indexmitglieder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>Sektoren</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Choose a watchlist or a holdings snapshot to build the index from.</source>
        <translation>Wählen Sie eine Watchlist oder einen Positions-Snapshot, aus dem der Index erstellt werden soll.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Building %1...</source>
        <translation>%1 wird erstellt...</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cancelled; the workspace is unchanged.</source>
        <translation>Abgebrochen; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The sample universe is in the watchlist %1.</source>
        <translation>Das Beispiel-Universum befindet sich in der Watchlist %1.</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Adds %1 synthetic constituents (about 900 MB, a quarter of a minute) to this sample workspace as the watchlist %2</source>
        <translation>Fügt diesem Beispiel-Arbeitsbereich %1 synthetische Indexmitglieder (etwa 900 MB, eine Viertelminute) als Watchlist %2 hinzu</translation>
    </message>
    <message>
        <location line="+193"/>
        <source>The sample universe is being generated; the main window&apos;s status bar shows how far. It is offered here when it is complete.</source>
        <translation>Das Beispiel-Universum wird generiert; die Statusleiste des Hauptfensters zeigt den Fortschritt. Es wird hier angeboten, sobald es fertig ist.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Stored %1: %2 bars from %3 to %4, last level %5; %6 divisor adjustments. Return %7 % from %8 to %9.</source>
        <translation>%1 gespeichert: %2 Bars von %3 bis %4, letzter Stand %5; %6 Divisor-Anpassungen. Rendite %7 % von %8 bis %9.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n constituent(s) not cached and left out (first: %1).</source>
        <translation>
            <numerusform>%n Indexmitglied nicht im Cache und ausgelassen (erstes: %1).</numerusform>
            <numerusform>%n Indexmitglieder nicht im Cache und ausgelassen (erstes: %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rutile::ui::IndexLab</name>
    <message>
        <location filename="../ui/index/IndexLabCharts.cpp" line="+40"/>
        <source>Sector weights of %1</source>
        <translation>Sektorgewichte von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector weights: %1 and %2</source>
        <translation>Sektorgewichte: %1 und %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Weight (%)</source>
        <translation>Gewicht (%)</translation>
    </message>
    <message>
        <location filename="../ui/index/IndexLabTables.cpp" line="+62"/>
        <location line="+33"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+33"/>
        <source>Ticker</source>
        <translation>Ticker</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+33"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+9"/>
        <location line="+24"/>
        <location line="+9"/>
        <location line="+9"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+9"/>
        <location line="+24"/>
        <source>Market value</source>
        <translation>Marktwert</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+8"/>
        <location line="+25"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Stocks</source>
        <translation>Aktien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight in %1</source>
        <translation>Gewicht in %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source> pp</source>
        <translation> Pp.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Average weight</source>
        <translation>Durchschnittliches Gewicht</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+9"/>
        <source>Contribution</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Index points</source>
        <translation>Indexpunkte</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Constituents</source>
        <translation>Indexmitglieder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no sector)</source>
        <translation>(kein Sektor)</translation>
    </message>
</context>
<context>
    <name>rutile::ui::IndexLabWindow</name>
    <message>
        <location filename="../ui/index/IndexLabWindow.cpp" line="+24"/>
        <source>Index Lab</source>
        <translation>Index-Labor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Holdings</source>
        <translation>&amp;Positionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Build Index</source>
        <translation>&amp;Index erstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show on &amp;Chart</source>
        <translation>Im &amp;Chart anzeigen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is in the symbol list: it charts, backtests and goes into the risk dashboard like any other symbol.</source>
        <translation>%1 steht in der Symbolliste: Es lässt sich wie jedes andere Symbol im Chart darstellen, backtesten und in das Risiko-Dashboard aufnehmen.</translation>
    </message>
</context>
<context>
    <name>rutile::ui::IndicatorDialog</name>
    <message>
        <location filename="../ui/chart/IndicatorDialog.cpp" line="+12"/>
        <source>Add Indicator</source>
        <translation>Indikator hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>on the price</source>
        <translation>im Preischart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>own pane</source>
        <translation>eigener Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lines</source>
        <translation>Linien</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove Indicator</source>
        <translation>Indikator entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indicator:</source>
        <translation>Indikator:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Solid</source>
        <translation>Durchgezogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashed</source>
        <translation>Gestrichelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dotted</source>
        <translation>Gepunktet</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose an indicator.</source>
        <translation>Wählen Sie einen Indikator.</translation>
    </message>
</context>
<context>
    <name>rutile::ui::JournalWindow</name>
    <message>
        <location filename="../ui/journal/JournalWindow.cpp" line="+68"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Best point&apos;s daily Sharpe ratio: %1</source>
        <translation>Tägliche Sharpe-Ratio des besten Punkts: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Run Journal - %1</source>
        <translation>Laufjournal - %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backtests</source>
        <translation>Backtests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid searches</source>
        <translation>Rastersuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-forwards</source>
        <translation>Walk-Forwards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ML evaluations</source>
        <translation>ML-Auswertungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Strategy or model</source>
        <translation>Strategie oder Modell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made between</source>
        <translation>Erstellt zwischen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Open Results</source>
        <translation>Ergebnisse ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the run&apos;s report again, from what the journal kept</source>
        <translation>Den Bericht des Laufs erneut anzeigen, aus dem, was das Journal gespeichert hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put two selected runs side by side, differences highlighted</source>
        <translation>Zwei ausgewählte Läufe nebeneinanderstellen, Unterschiede hervorgehoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Re-run</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run it again with the same inputs and say whether the data changed since</source>
        <translation>Mit denselben Eingaben erneut ausführen und angeben, ob sich die Daten seitdem geändert haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Report...</source>
        <translation>Beric&amp;ht exportieren...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot read the journal: %1</source>
        <translation>Das Journal kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No run journaled yet: every backtest, grid search, walk-forward and ML evaluation, from the app or rutile-cli, appears here.</source>
        <translation>Noch kein Lauf im Journal: Jeder Backtest, jede Rastersuche, jeder Walk-Forward und jede ML-Auswertung, ob aus der App oder aus rutile-cli, erscheint hier.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n run(s) in the journal.</source>
        <translation>
            <numerusform>%n Lauf im Journal.</numerusform>
            <numerusform>%n Läufe im Journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>%n runs selected.</source>
        <translation>
            <numerusform>%n Lauf ausgewählt.</numerusform>
            <numerusform>%n Läufe ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run #%1: %2 %3 on %4</source>
        <translation>Lauf #%1: %2 %3 auf %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made %1 with Rutile %2; data %3</source>
        <translation>Erstellt am %1 mit Rutile %2; Daten %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Run #%1 - %2</source>
        <translation>Lauf #%1 - %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+49"/>
        <source>Running run #%1 again...</source>
        <translation>Lauf #%1 wird erneut ausgeführt...</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run #%1 ran again as run #%2.</source>
        <translation>Lauf #%1 wurde als Lauf #%2 erneut ausgeführt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run #%1 ran again (not journaled: %2).</source>
        <translation>Lauf #%1 wurde erneut ausgeführt (nicht im Journal erfasst: %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data changed since: the bars&apos; fingerprint differs, so the results may too.</source>
        <translation>Die Daten haben sich seitdem geändert: Der Fingerabdruck der Bars weicht ab, daher können auch die Ergebnisse abweichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same data (the bars&apos; fingerprint matches).</source>
        <translation>Gleiche Daten (der Fingerabdruck der Bars stimmt überein).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same results.</source>
        <translation>Gleiche Ergebnisse.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The results differ.</source>
        <translation>Die Ergebnisse weichen ab.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no run is selected</source>
        <translation>kein Lauf ausgewählt</translation>
    </message>
</context>
<context>
    <name>rutile::ui::LiveUpdates</name>
    <message>
        <location filename="../ui/download/LiveUpdates.cpp" line="+23"/>
        <source>&amp;Live Updates</source>
        <translation>&amp;Live-Aktualisierung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>While the market is open, show the session&apos;s forming bar and update the indicators</source>
        <translation>Bei geöffnetem Markt die sich bildende Bar der Sitzung anzeigen und die Indikatoren aktualisieren</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Live: no symbol</source>
        <translation>Live: kein Symbol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live: %1 was imported from a file; download it to follow it live</source>
        <translation>Live: %1 wurde aus einer Datei importiert; laden Sie es herunter, um es live zu verfolgen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Live: market closed; %1 follows at the next session (09:30 New York)</source>
        <translation>Live: Markt geschlossen; %1 folgt in der nächsten Sitzung (09:30 New York)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Live: %1</source>
        <translation>Live: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Live: %1 has no bar for %2 yet</source>
        <translation>Live: %1 hat noch keine Bar für %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Live: %1 has no bar after %2 yet</source>
        <translation>Live: %1 hat noch keine Bar nach %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Live: %1 %2 at %3</source>
        <translation>Live: %1 %2 um %3</translation>
    </message>
</context>
<context>
    <name>rutile::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+76"/>
        <source>Rutile workspaces (*.rutile);;All files (*)</source>
        <translation>Rutile-Arbeitsbereiche (*.rutile);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Symbols</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+570"/>
        <source>no workspace is open</source>
        <translation>kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/GettingStartedDialog.cpp" line="-44"/>
        <location filename="../ui/MainWindow.cpp" line="-483"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+9"/>
        <source>&amp;Open Workspace...</source>
        <translation>Arbeitsbereich ö&amp;ffnen...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Workspace...</source>
        <translation>&amp;Neuer Arbeitsbereich...</translation>
    </message>
    <message>
        <location filename="../ui/GettingStartedDialog.cpp" line="+11"/>
        <location filename="../ui/MainWindow.cpp" line="+2"/>
        <source>Open &amp;Sample Workspace</source>
        <translation>Beispie&amp;l-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/MainWindow.cpp" line="+2"/>
        <source>&amp;Import History...</source>
        <translation>Historie &amp;importieren...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+4"/>
        <source>Export Chart as &amp;PNG...</source>
        <translation>Chart als &amp;PNG exportieren...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Chart &amp;Data as CSV...</source>
        <translation>Chart-&amp;Daten als CSV exportieren...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Symbols as &amp;CSV...</source>
        <translation>Symbole als &amp;CSV exportieren...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/GettingStartedDialog.cpp" line="-11"/>
        <location filename="../ui/MainWindow.cpp" line="-29"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+52"/>
        <source>Show &amp;All History</source>
        <translation>&amp;Gesamte Historie anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show Last &amp;Year</source>
        <translation>Letztes &amp;Jahr anzeigen</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/GettingStartedDialog.cpp" line="+0"/>
        <location filename="../ui/MainWindow.cpp" line="-2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../ui/MainWindow.cpp" line="+0"/>
        <source>&amp;Data</source>
        <translation>Da&amp;ten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+23"/>
        <source>Export &amp;Report...</source>
        <translation>Beric&amp;ht exportieren...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last backtest&apos;s report as PDF or HTML (other reports: the optimiser, the risk dashboard and the run journal)</source>
        <translation>Der Bericht des letzten Backtests als PDF oder HTML (weitere Berichte: Optimierer, Risiko-Dashboard und Laufjournal)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/GettingStartedDialog.cpp" line="+39"/>
        <location line="+2"/>
        <location filename="../ui/MainWindow.cpp" line="+8"/>
        <source>Se&amp;ttings...</source>
        <translation>Eins&amp;tellungen...</translation>
    </message>
    <message>
        <location line="-25"/>
        <location filename="../ui/MainWindow.cpp" line="+12"/>
        <source>&amp;Dark Theme</source>
        <translation>&amp;Dunkles Design</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+15"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Rutile</source>
        <translation>Ü&amp;ber Rutile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot Open Workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

The file was not changed.</source>
        <translation>%1

Die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current workspace stays open.</source>
        <translation>Der aktuelle Arbeitsbereich bleibt geöffnet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 - Rutile</source>
        <translation>%1 - Rutile</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot read the symbols: %1</source>
        <translation>Die Symbole können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The saved chart layout of %1 cannot be used: %2</source>
        <translation>Das gespeicherte Chart-Layout von %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot save the chart layout: %1</source>
        <translation>Das Chart-Layout kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No workspace</source>
        <translation>Kein Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No symbols</source>
        <translation>Keine Symbole</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No symbol selected</source>
        <translation>Kein Symbol ausgewählt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 bars, %3 to %4</source>
        <translation>%1: %2 Bars, %3 bis %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(synthetic data)</source>
        <translation>(synthetische Daten)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import History</source>
        <translation>Historie importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open or create a workspace first.</source>
        <translation>Öffnen oder erstellen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Use Open Workspace to open it, or choose another name.</source>
        <translation>%1 existiert bereits. Öffnen Sie ihn mit „Arbeitsbereich öffnen“, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot Open the Sample Workspace</source>
        <translation>Beispiel-Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+12"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Export Symbols as CSV</source>
        <translation>Symbole als CSV exportieren</translation>
    </message>
    <message>
        <location line="-392"/>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <location line="+393"/>
        <location line="+12"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Export Bars of %1 as CSV</source>
        <translation>Bars von %1 als CSV exportieren</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot save the default benchmark: %1</source>
        <translation>Die Standard-Benchmark kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rutile will be in %1 from its next start. Restart now?</source>
        <translation>Rutile erscheint ab dem nächsten Start auf %1. Jetzt neu starten?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Rutile</source>
        <translation>Über Rutile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Rutile %1&lt;/h3&gt;&lt;p&gt;A charting and strategy workstation for Russell 2000 and S&amp;amp;P 500 index traders.&lt;/p&gt;&lt;p&gt;The sample workspace holds synthetic data generated by a GARCH model; it is not market data.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QCustomPlot %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rutile %1&lt;/h3&gt;&lt;p&gt;Eine Workstation für Charts und Strategien für Trader des Russell 2000 und des S&amp;amp;P 500.&lt;/p&gt;&lt;p&gt;Der Beispiel-Arbeitsbereich enthält synthetische Daten, die von einem GARCH-Modell erzeugt wurden; es handelt sich nicht um Marktdaten.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 und QCustomPlot %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/GettingStartedDialog.cpp" line="-16"/>
        <location filename="../ui/MainWindow.cpp" line="-541"/>
        <source>&amp;Strategy</source>
        <translation>&amp;Strategie</translation>
    </message>
    <message>
        <location filename="../ui/backtest/StrategyController.cpp" line="+39"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backtest Results</source>
        <translation>Backtest-Ergebnisse</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../ui/GettingStartedDialog.cpp" line="+22"/>
        <source>Strategy &amp;Panel</source>
        <translation>Strategie-&amp;Panel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Run Backtest</source>
        <translation>Backtest &amp;ausführen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Optimise...</source>
        <translation>&amp;Optimieren...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Walk-Forward...</source>
        <translation>&amp;Walk-Forward...</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/GettingStartedDialog.cpp" line="+1"/>
        <source>Strategy &amp;Editor...</source>
        <translation>Strategie-&amp;Editor...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backtest Re&amp;sults</source>
        <translation>Backtest-Er&amp;gebnisse</translation>
    </message>
    <message>
        <location filename="../ui/GettingStartedDialog.cpp" line="-22"/>
        <location filename="../ui/MainWindow.cpp" line="+1"/>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../ui/risk/RiskMenu.cpp" line="+14"/>
        <source>&amp;Risk Dashboard...</source>
        <translation>&amp;Risiko-Dashboard...</translation>
    </message>
    <message>
        <location filename="../ui/risk/RiskMenu.cpp" line="+3"/>
        <source>Return statistics, VaR, expected shortfall, EVT stress values, drawdowns and beta of the selected symbol</source>
        <translation>Renditestatistiken, VaR, Expected Shortfall, EVT-Stresswerte, Drawdowns und Beta des ausgewählten Symbols</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Risk Dashboard</source>
        <translation>Risiko-Dashboard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select a symbol first.</source>
        <translation>Wählen Sie zuerst ein Symbol aus.</translation>
    </message>
    <message>
        <location filename="../ui/index/IndexLabWindow.cpp" line="+39"/>
        <source>&amp;Index Lab...</source>
        <translation>&amp;Index-Labor...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fund holdings, sector weights and concentration; build an index from its constituents</source>
        <translation>Fondspositionen, Sektorgewichte und Konzentration; einen Index aus seinen Indexmitgliedern erstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Index Lab</source>
        <translation>Index-Labor</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/journal/JournalWindow.cpp" line="+13"/>
        <location filename="../ui/ml/MlLabWindow.cpp" line="+666"/>
        <location filename="../ui/relval/RelativeValueWindow.cpp" line="+377"/>
        <location filename="../ui/scan/ScannerWindow.cpp" line="+673"/>
        <source>Open a workspace first.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../ui/scan/ScannerWindow.cpp" line="-7"/>
        <source>&amp;Scanner...</source>
        <translation>&amp;Scanner...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rank every symbol of a watchlist by an expression or a strategy&apos;s backtest, or backtest a top-N portfolio over it</source>
        <translation>Alle Symbole einer Watchlist nach einem Ausdruck oder dem Backtest einer Strategie ordnen oder ein Top-N-Portfolio darüber backtesten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../ui/relval/RelativeValueWindow.cpp" line="-7"/>
        <source>Relati&amp;ve Value...</source>
        <translation>Relati&amp;ve Value...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test whether two symbols are cointegrated (RUT against the S&amp;P 500), their spread and hedge ratios; index-futures fair value</source>
        <translation>Prüfen, ob zwei Symbole kointegriert sind (RUT gegen den S&amp;P 500), ihr Spread und ihre Hedge-Ratios; fairer Wert von Index-Futures</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Relative Value</source>
        <translation>Relative Value</translation>
    </message>
    <message>
        <location filename="../ui/ml/MlLabWindow.cpp" line="-7"/>
        <source>&amp;ML Lab...</source>
        <translation>&amp;ML-Labor...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Train a direction classifier on a symbol&apos;s indicators and see whether it beats always-up once evaluated without leaking the future</source>
        <translation>Einen Richtungsklassifikator auf den Indikatoren eines Symbols trainieren und prüfen, ob er „immer aufwärts“ schlägt, wenn er ohne Blick in die Zukunft ausgewertet wird</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ML Lab</source>
        <translation>ML-Labor</translation>
    </message>
    <message>
        <location filename="../ui/GettingStartedDialog.cpp" line="+6"/>
        <location filename="../ui/journal/JournalWindow.cpp" line="-7"/>
        <source>Run &amp;Journal...</source>
        <translation>Lauf&amp;journal...</translation>
    </message>
    <message>
        <location filename="../ui/journal/JournalWindow.cpp" line="+3"/>
        <source>Every backtest, grid search, walk-forward and ML run of the workspace: open, compare, run again, report</source>
        <translation>Alle Backtests, Rastersuchen, Walk-Forwards und ML-Läufe des Arbeitsbereichs: öffnen, vergleichen, erneut ausführen, berichten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run Journal</source>
        <translation>Laufjournal</translation>
    </message>
</context>
<context>
    <name>rutile::ui::MetricsTableModel</name>
    <message>
        <location filename="../ui/backtest/MetricsTableModel.cpp" line="+88"/>
        <source>Final equity</source>
        <translation>Endkapital</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cash plus positions at the last close</source>
        <translation>Barmittel plus Positionen zum letzten Schlusskurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total return</source>
        <translation>Gesamtrendite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final equity / initial equity − 1</source>
        <translation>Endkapital / Anfangskapital − 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CAGR</source>
        <translation>CAGR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compound annual growth rate, years counted in trading days</source>
        <translation>Durchschnittliche jährliche Wachstumsrate, Jahre in Handelstagen gezählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annual volatility</source>
        <translation>Jährliche Volatilität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample standard deviation of daily returns × √(trading days per year)</source>
        <translation>Stichproben-Standardabweichung der Tagesrenditen × √(Handelstage pro Jahr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sharpe ratio</source>
        <translation>Sharpe-Ratio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(mean daily return − risk-free) / σ × √N</source>
        <translation>(mittlere Tagesrendite − risikofreier Zins) / σ × √N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sortino ratio</source>
        <translation>Sortino-Ratio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(mean daily return − risk-free) / downside deviation × √N</source>
        <translation>(mittlere Tagesrendite − risikofreier Zins) / Downside-Abweichung × √N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calmar ratio</source>
        <translation>Calmar-Ratio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CAGR / |maximum drawdown|</source>
        <translation>CAGR / |maximaler Drawdown|</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum drawdown</source>
        <translation>Maximaler Drawdown</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deepest fall from a running peak</source>
        <translation>Tiefster Rückgang von einem laufenden Höchststand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max drawdown duration (bars)</source>
        <translation>Max. Drawdown-Dauer (Bars)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bars from the peak before the maximum drawdown to its recovery (or the end)</source>
        <translation>Bars vom Höchststand vor dem maximalen Drawdown bis zu dessen Erholung (oder zum Ende)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest drawdown (bars)</source>
        <translation>Längster Drawdown (Bars)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The most bars from any peak to its recovery (or the end)</source>
        <translation>Die meisten Bars von einem Höchststand bis zu seiner Erholung (oder zum Ende)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time in market</source>
        <translation>Marktengagement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fraction of bars holding a position at the close</source>
        <translation>Anteil der Bars mit einer gehaltenen Position zum Schlusskurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skewness</source>
        <translation>Schiefe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Of the daily returns (m₃ / m₂^1.5)</source>
        <translation>Der Tagesrenditen (m₃ / m₂^1.5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excess kurtosis</source>
        <translation>Exzess-Kurtosis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Of the daily returns (m₄ / m₂² − 3)</source>
        <translation>Der Tagesrenditen (m₄ / m₂² − 3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beta to %1</source>
        <translation>Beta zu %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OLS slope of daily returns on the benchmark&apos;s</source>
        <translation>KQ-Steigung der Tagesrenditen auf die der Benchmark</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alpha (annual)</source>
        <translation>Alpha (jährlich)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jensen&apos;s alpha × trading days per year</source>
        <translation>Jensens Alpha × Handelstage pro Jahr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pearson correlation of daily returns</source>
        <translation>Pearson-Korrelation der Tagesrenditen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trades</source>
        <translation>Trades</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Round trips (the legs of one decision count once)</source>
        <translation>Round Trips (die Teile einer Entscheidung zählen einmal)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Win rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Winning round trips / round trips</source>
        <translation>Gewinnende Round Trips / Round Trips</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profit factor</source>
        <translation>Profitfaktor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gross profit / |gross loss|</source>
        <translation>Bruttogewinn / |Bruttoverlust|</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average win</source>
        <translation>Durchschnittlicher Gewinn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean profit of the winners</source>
        <translation>Mittlerer Gewinn der Gewinner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average loss</source>
        <translation>Durchschnittlicher Verlust</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean loss of the losers</source>
        <translation>Mittlerer Verlust der Verlierer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expectancy</source>
        <translation>Erwartungswert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net profit per round trip</source>
        <translation>Nettogewinn pro Round Trip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net profit</source>
        <translation>Nettogewinn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sum of trade P&amp;L, net of commission</source>
        <translation>Summe der Trade-P&amp;L, abzüglich Provision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission paid</source>
        <translation>Gezahlte Provision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commission of every fill</source>
        <translation>Provision aller Ausführungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average bars held</source>
        <translation>Durchschnittliche Haltedauer (Bars)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean bars from entry to exit</source>
        <translation>Mittlere Anzahl Bars vom Einstieg bis zum Ausstieg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed at end of data</source>
        <translation>Am Datenende geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round trips still open on the last bar, closed at its close</source>
        <translation>Round Trips, die auf der letzten Bar noch offen sind, zu deren Schlusskurs geschlossen</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Statistic</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buy &amp; hold</source>
        <translation>Buy &amp; Hold</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Benchmark (%1)</source>
        <translation>Benchmark (%1)</translation>
    </message>
</context>
<context>
    <name>rutile::ui::MlCharts</name>
    <message>
        <location filename="../ui/ml/MlCharts.cpp" line="+42"/>
        <source>Accuracy lost when shuffled (points)</source>
        <translation>Genauigkeitsverlust bei Permutation (Punkte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted probability of up</source>
        <translation>Vorhergesagte Wahrscheinlichkeit für „aufwärts“</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observed rate of up</source>
        <translation>Beobachtete Aufwärtsquote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature &amp;importance</source>
        <translation>Merkmals&amp;wichtigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Calibration</source>
        <translation>&amp;Kalibrierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy over &amp;time</source>
        <translation>Genauigkeit im &amp;Zeitverlauf</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Train a model to see how it did.</source>
        <translation>Trainieren Sie ein Modell, um zu sehen, wie gut es ist.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Calibrated</source>
        <translation>Kalibriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model (per bin)</source>
        <translation>Modell (pro Klasse)</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Model, rolling %n test rows</source>
        <translation>
            <numerusform>Modell, gleitend über %n Testzeile</numerusform>
            <numerusform>Modell, gleitend über %n Testzeilen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always-up or always-down, same rows</source>
        <translation>Immer aufwärts oder immer abwärts, gleiche Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each fold&apos;s model</source>
        <translation>Modell jedes Folds</translation>
    </message>
</context>
<context>
    <name>rutile::ui::MlLabWindow</name>
    <message>
        <location filename="../ui/ml/MlLabWindow.cpp" line="-605"/>
        <source>Shuffled split (the seed&apos;s; leaks the future)</source>
        <translation>Zufällige Aufteilung (nach Seed; lässt Zukunftsinformationen durchsickern)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chronological split</source>
        <translation>Chronologische Aufteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purged k-fold with embargo</source>
        <translation>Purged K-Fold mit Embargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-forward retraining</source>
        <translation>Walk-Forward-Neutraining</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>ML Lab - %1</source>
        <translation>ML-Labor - %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Random forest (OpenCV)</source>
        <translation>Random Forest (OpenCV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient-boosted trees (XGBoost)</source>
        <translation>Gradient-Boosted Trees (XGBoost)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Train and Evaluate</source>
        <translation>&amp;Trainieren und auswerten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Predict &amp;Latest Bar</source>
        <translation>&amp;Letzte Bar vorhersagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Models kept in the workspace</source>
        <translation>Im Arbeitsbereich gespeicherte Modelle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Symbol:</source>
        <translation>&amp;Symbol:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Train a model to see whether it beats always-up.</source>
        <translation>Trainieren Sie ein Modell, um zu sehen, ob es „immer aufwärts“ schlägt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Confusion matrix (rows: actual, columns: predicted)</source>
        <translation>Konfusionsmatrix (Zeilen: tatsächlich, Spalten: vorhergesagt)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Backtest This Signal</source>
        <translation>Dieses Signal &amp;backtesten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sa&amp;ve Model...</source>
        <translation>Modell s&amp;peichern...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;CSV...</source>
        <translation>&amp;CSV exportieren...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export P&amp;NG...</source>
        <translation>P&amp;NG exportieren...</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save Model</source>
        <translation>Modell speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the model, trained on every row, as:</source>
        <translation>Das auf allen Zeilen trainierte Modell speichern als:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export the Test Rows&apos; Predictions as CSV</source>
        <translation>Vorhersagen der Testzeilen als CSV exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the Chart as PNG</source>
        <translation>Chart als PNG exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Import or download a symbol&apos;s daily history first.</source>
        <translation>Importieren oder laden Sie zuerst die Tageshistorie eines Symbols herunter.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>None yet: train a model, then Save Model.</source>
        <translation>Noch keine: Trainieren Sie ein Modell und wählen Sie dann „Modell speichern“.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Choose at least one feature.</source>
        <translation>Wählen Sie mindestens ein Merkmal.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a symbol.</source>
        <translation>Wählen Sie ein Symbol.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Training on %1...</source>
        <translation>Training auf %1...</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Training %1 on every row...</source>
        <translation>%1 wird auf allen Zeilen trainiert...</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Kept %1 in the workspace.</source>
        <translation>%1 im Arbeitsbereich gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open the strategy panel with ml_signal: this model, refit on the same schedule, trading its walk-forward probability</source>
        <translation>Das Strategie-Panel mit ml_signal öffnen: dieses Modell, nach demselben Zeitplan neu angepasst, handelt seine Walk-Forward-Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ml_signal trades the preset feature sets; choose one to backtest the signal</source>
        <translation>ml_signal handelt die vordefinierten Merkmalssätze; wählen Sie einen, um das Signal zu backtesten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journaled as run #%1.</source>
        <translation>Im Journal als Lauf #%1 erfasst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not journaled: %1</source>
        <translation>Nicht im Journal erfasst: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows, %2 tested (%3 to %4).</source>
        <translation>%1 Zeilen, %2 getestet (%3 bis %4).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>always-up</source>
        <translation>immer aufwärts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>always-down</source>
        <translation>immer abwärts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline (%1)</source>
        <translation>Basislinie (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The better of always-up and always-down on the test rows</source>
        <translation>Das bessere von „immer aufwärts“ und „immer abwärts“ auf den Testzeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edge over the baseline</source>
        <translation>Vorsprung gegenüber der Basislinie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p-value of the edge</source>
        <translation>p-Wert des Vorsprungs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One-sided binomial test: P(as many right or more) for a coin with the baseline&apos;s accuracy</source>
        <translation>Einseitiger Binomialtest: P(ebenso viele oder mehr Treffer) für eine Münze mit der Genauigkeit der Basislinie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balanced accuracy</source>
        <translation>Balancierte Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log loss</source>
        <translation>Log-Loss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base rate (share of up)</source>
        <translation>Basisrate (Anteil aufwärts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training rows per model</source>
        <translation>Trainingszeilen pro Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test rows</source>
        <translation>Testzeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models trained</source>
        <translation>Trainierte Modelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Predicted down</source>
        <translation>Vorhergesagt abwärts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Predicted up</source>
        <translation>Vorhergesagt aufwärts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actual down</source>
        <translation>Tatsächlich abwärts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual up</source>
        <translation>Tatsächlich aufwärts</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ml_signal trades the preset feature sets; choose one to backtest the signal.</source>
        <translation>ml_signal handelt die vordefinierten Merkmalssätze; wählen Sie einen, um das Signal zu backtesten.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%1 (trained on %2, %3 rows to %4): probability that %5 closes higher %n bar(s) after %6: %7</source>
        <translation>
            <numerusform>%1 (trainiert auf %2, %3 Zeilen bis %4): Wahrscheinlichkeit, dass %5 %n Bar nach %6 höher schließt: %7</numerusform>
            <numerusform>%1 (trainiert auf %2, %3 Zeilen bis %4): Wahrscheinlichkeit, dass %5 %n Bars nach %6 höher schließt: %7</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is nothing to export: train a model first.</source>
        <translation>Es gibt nichts zu exportieren: Trainieren Sie zuerst ein Modell.</translation>
    </message>
</context>
<context>
    <name>rutile::ui::NetworkSettingsPage</name>
    <message>
        <location filename="../ui/download/NetworkSettingsPage.cpp" line="+26"/>
        <source> requests/s</source>
        <translation> Anfragen/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>keine Begrenzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per provider, shared by every download. Providers block clients that ask too often.</source>
        <translation>Pro Anbieter, gemeinsam für alle Downloads. Anbieter sperren Clients, die zu häufig anfragen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests that may go at once before the rate applies.</source>
        <translation>Anfragen, die gleichzeitig gesendet werden dürfen, bevor die Rate greift.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>A try is abandoned after this long without data, and tried again.</source>
        <translation>Ein Versuch wird nach dieser Zeit ohne Daten abgebrochen und wiederholt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>View &gt; Live Updates asks for the session&apos;s bar this often while the market is open.</source>
        <translation>Ansicht &gt; Live-Aktualisierung fragt die Bar der Sitzung in diesem Abstand ab, solange der Markt geöffnet ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the providers&apos; own servers</source>
        <translation>die eigenen Server der Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mirror or proxy that serves the providers&apos; paths: https, or http on this machine.</source>
        <translation>Ein Mirror oder Proxy, der die Pfade der Anbieter bereitstellt: https, oder http auf diesem Rechner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request &amp;rate:</source>
        <translation>Anfrage&amp;rate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Burst:</source>
        <translation>&amp;Burst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbols at &amp;once:</source>
        <translation>Symbole &amp;gleichzeitig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Timeout:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Live updates every:</source>
        <translation>&amp;Live-Aktualisierung alle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stooq API key:</source>
        <translation>&amp;Stooq-API-Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mirror:</source>
        <translation>&amp;Mirror:</translation>
    </message>
</context>
<context>
    <name>rutile::ui::ObjectiveHeatmap</name>
    <message>
        <location filename="../ui/backtest/ObjectiveHeatmap.cpp" line="+114"/>
        <source>Run a grid search over two or more parameters to see the heatmap.</source>
        <translation>Führen Sie eine Rastersuche über zwei oder mehr Parameter aus, um die Heatmap zu sehen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Both heatmap parameters need at least two values on the grid.</source>
        <translation>Beide Heatmap-Parameter benötigen mindestens zwei Werte im Raster.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>%1 = %2, %3 = %4
%5: %6</source>
        <translation>%1 = %2, %3 = %4
%5: %6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not evaluated</source>
        <translation>nicht ausgewertet</translation>
    </message>
</context>
<context>
    <name>rutile::ui::OptimizerResultsModel</name>
    <message>
        <location filename="../ui/backtest/OptimizerResultsModel.cpp" line="+100"/>
        <source>The best grid point by the objective</source>
        <translation>Der beste Rasterpunkt nach der Zielgröße</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Objective (%1)</source>
        <translation>Zielgröße (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sharpe</source>
        <translation>Sharpe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CAGR</source>
        <translation>CAGR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total return</source>
        <translation>Gesamtrendite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max drawdown</source>
        <translation>Max. Drawdown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calmar</source>
        <translation>Calmar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sortino</source>
        <translation>Sortino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trades</source>
        <translation>Trades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Win rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time in market</source>
        <translation>Marktengagement</translation>
    </message>
</context>
<context>
    <name>rutile::ui::OptimizerWindow</name>
    <message>
        <location filename="../ui/backtest/OptimizerWindow.cpp" line="+51"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Optimiser</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Objective:</source>
        <translation>&amp;Zielgröße:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all cores (%1)</source>
        <translation>alle Kerne (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Threads:</source>
        <translation>&amp;Threads:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &amp;Grid Search</source>
        <translation>&amp;Rastersuche ausführen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Walk-forward</source>
        <translation>Walk-Forward</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source> bars</source>
        <translation> Bars</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anchored (in-sample windows grow from the start)</source>
        <translation>Verankert (In-Sample-Fenster wachsen ab dem Anfang)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;In-sample:</source>
        <translation>&amp;In-Sample:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;ut-of-sample:</source>
        <translation>O&amp;ut-of-Sample:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &amp;Walk-Forward</source>
        <translation>&amp;Walk-Forward ausführen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export &amp;Report...</source>
        <translation>Beric&amp;ht exportieren...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last run&apos;s report as PDF or HTML: the best point&apos;s backtest with the grid&apos;s heat map and deflated Sharpe verdict, or the walk-forward&apos;s stitched record</source>
        <translation>Der Bericht des letzten Laufs als PDF oder HTML: der Backtest des besten Punkts mit der Heatmap des Rasters und dem Urteil der Deflated Sharpe-Ratio, oder die zusammengefügte Bilanz des Walk-Forwards</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Backtest Selected</source>
        <translation>Auswahl &amp;backtesten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the selected point in the strategy panel and show its trades on the chart</source>
        <translation>Den ausgewählten Punkt im Strategie-Panel ausführen und seine Trades im Chart anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Table...</source>
        <translation>Tabelle exportieren...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>X:</source>
        <translation>X:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Y:</source>
        <translation>Y:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PNG...</source>
        <translation>PNG exportieren...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cell: best objective over the other grid parameters. Outlined: best point. Grey: not evaluated.</source>
        <translation>Zelle: beste Zielgröße über die übrigen Rasterparameter. Umrandet: bester Punkt. Grau: nicht ausgewertet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Grid Search</source>
        <translation>Rastersuche</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Folds...</source>
        <translation>Folds exportieren...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Equity...</source>
        <translation>Kapital exportieren...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Chart...</source>
        <translation>Chart exportieren...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Walk-Forward</source>
        <translation>Walk-Forward</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export Grid Results</source>
        <translation>Rasterergebnisse exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+4"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Export Heatmap</source>
        <translation>Heatmap exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>PNG images (*.png);;All files (*)</source>
        <translation>PNG-Bilder (*.png);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Export Walk-Forward Folds</source>
        <translation>Walk-Forward-Folds exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Out-of-Sample Equity</source>
        <translation>Out-of-Sample-Kapital exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Walk-Forward Chart</source>
        <translation>Walk-Forward-Chart exportieren</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Estimated time: unknown until a backtest can run (%1).</source>
        <translation>Geschätzte Dauer: unbekannt, bis ein Backtest laufen kann (%1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Estimated time: timing one backtest on this data...</source>
        <translation>Geschätzte Dauer: Ein Backtest auf diesen Daten wird gemessen...</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Estimated time: %1 on %n thread(s) (one backtest takes %2 ms on this data).</source>
        <translation>
            <numerusform>Geschätzte Dauer: %1 mit %n Thread (ein Backtest dauert auf diesen Daten %2 ms).</numerusform>
            <numerusform>Geschätzte Dauer: %1 mit %n Threads (ein Backtest dauert auf diesen Daten %2 ms).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;. Data, costs and sizing come from the Strategy panel; parameters left off the grid keep the panel&apos;s values.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; auf &lt;b&gt;%2&lt;/b&gt;. Daten, Kosten und Positionsgröße stammen aus dem Strategie-Panel; nicht im Raster enthaltene Parameter behalten die Werte des Panels.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optimiser - %1 on %2</source>
        <translation>Optimierer - %1 auf %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The grid has %1 points.</source>
        <translation>Das Raster hat %1 Punkte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It would take %1.</source>
        <translation>Das würde %1 dauern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrow the ranges or raise the steps for a faster search. Run it anyway?</source>
        <translation>Engen Sie die Bereiche ein oder vergrößern Sie die Schrittweiten für eine schnellere Suche. Trotzdem ausführen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large Grid</source>
        <translation>Großes Raster</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Searching %1 grid points...</source>
        <translation>%1 Rasterpunkte werden durchsucht...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walking forward over %1 grid points per window...</source>
        <translation>Walk-Forward über %1 Rasterpunkte pro Fenster...</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancelled after %1 of %2 points.</source>
        <translation>Abgebrochen nach %1 von %2 Punkten.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2 points evaluated.</source>
        <translation>%1 von %2 Punkten ausgewertet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 skipped (%2).</source>
        <translation>%1 übersprungen (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 threads, %2 s.</source>
        <translation>%1 Threads, %2 s.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Walk-forward cancelled after %n fold(s).</source>
        <translation>
            <numerusform>Walk-Forward nach %n Fold abgebrochen.</numerusform>
            <numerusform>Walk-Forward nach %n Folds abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Walk-forward finished: %n fold(s).</source>
        <translation>
            <numerusform>Walk-Forward abgeschlossen: %n Fold.</numerusform>
            <numerusform>Walk-Forward abgeschlossen: %n Folds.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s.</source>
        <translation>%1 s.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Journaled as run #%1.</source>
        <translation>Im Journal als Lauf #%1 erfasst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not journaled: %1</source>
        <translation>Nicht im Journal erfasst: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run a grid search over two or more parameters to see the heatmap.</source>
        <translation>Führen Sie eine Rastersuche über zwei oder mehr Parameter aus, um die Heatmap zu sehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The heatmap needs two parameters with at least two values each on the grid.</source>
        <translation>Die Heatmap benötigt zwei Parameter mit jeweils mindestens zwei Werten im Raster.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose two different parameters for the heatmap&apos;s axes.</source>
        <translation>Wählen Sie zwei verschiedene Parameter für die Achsen der Heatmap.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The deflated Sharpe ratio (Bailey &amp;amp; López de Prado, 2014) of the best point appears here after a grid search: the probability that its Sharpe ratio beats the best of as many unskilled trials.</source>
        <translation>Die Deflated Sharpe-Ratio (Bailey &amp;amp; López de Prado, 2014) des besten Punkts erscheint hier nach einer Rastersuche: die Wahrscheinlichkeit, dass seine Sharpe-Ratio die beste von ebenso vielen Versuchen ohne Können übertrifft.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The search was cancelled: the deflated Sharpe ratio needs every trial and was not computed.</source>
        <translation>Die Suche wurde abgebrochen: Die Deflated Sharpe-Ratio benötigt alle Versuche und wurde nicht berechnet.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Deflated Sharpe ratio: undefined for this search (%n trial(s); it needs at least two with a defined Sharpe ratio).</source>
        <translation>
            <numerusform>Deflated Sharpe Ratio: für diese Suche nicht definiert (%n Versuch; sie benötigt mindestens zwei mit definierter Sharpe-Ratio).</numerusform>
            <numerusform>Deflated Sharpe Ratio: für diese Suche nicht definiert (%n Versuche; sie benötigt mindestens zwei mit definierter Sharpe-Ratio).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deflated Sharpe ratio of the best point: &lt;b&gt;%1&lt;/b&gt; over %2 trials (its daily Sharpe %3 against %4 expected from the best of %2 unskilled trials).</source>
        <translation>Deflated Sharpe-Ratio des besten Punkts: &lt;b&gt;%1&lt;/b&gt; über %2 Versuche (seine tägliche Sharpe-Ratio %3 gegenüber %4, die vom besten von %2 Versuchen ohne Können erwartet wird).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At or above %1: the optimum is unlikely to be luck.</source>
        <translation>Bei %1 oder darüber: Das Optimum ist wahrscheinlich kein Zufall.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: the best point is probably luck.</source>
        <translation>Warnung: Der beste Punkt ist wahrscheinlich Zufall.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below %1: with this many trials a Sharpe ratio this high is expected by chance; do not trust the optimum.</source>
        <translation>Unter %1: Bei so vielen Versuchen ist eine so hohe Sharpe-Ratio durch Zufall zu erwarten; vertrauen Sie dem Optimum nicht.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>there are no grid results to export</source>
        <translation>es gibt keine Rasterergebnisse zum Exportieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no heatmap to export</source>
        <translation>es gibt keine Heatmap zum Exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write the image</source>
        <translation>das Bild kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>rutile::ui::PairCharts</name>
    <message>
        <location filename="../ui/relval/PairCharts.cpp" line="+68"/>
        <source>&amp;Prices</source>
        <translation>&amp;Kurse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Spread and z-score</source>
        <translation>&amp;Spread und z-Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hedge ratio</source>
        <translation>&amp;Hedge-Ratio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolling &amp;test</source>
        <translation>Rollierender &amp;Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebased to 100</source>
        <translation>Auf 100 normiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread (log)</source>
        <translation>Spread (log)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>z-score</source>
        <translation>z-Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hedge ratio β</source>
        <translation>Hedge-Ratio β</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engle–Granger p-value</source>
        <translation>Engle-Granger-p-Wert</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Choose two symbols and run the analysis.</source>
        <translation>Wählen Sie zwei Symbole und starten Sie die Analyse.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Spread: ln %1 − (%2 + %3 · ln %4)</source>
        <translation>Spread: ln %1 − (%2 + %3 · ln %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>z-score (pairs_spread, %1 days)</source>
        <translation>z-Score (pairs_spread, %1 Tage)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whole range (OLS)</source>
        <translation>Gesamter Zeitraum (KQ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolling OLS, %1 days</source>
        <translation>Rollierende KQ, %1 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kalman filter</source>
        <translation>Kalman-Filter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>p-value, %1-day windows</source>
        <translation>p-Wert, %1-Tage-Fenster</translation>
    </message>
</context>
<context>
    <name>rutile::ui::ParamForm</name>
    <message>
        <location filename="../ui/params/ParamForm.cpp" line="+53"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>rutile::ui::PdfReportWriter</name>
    <message>
        <location filename="../ui/report/PdfReportWriter.cpp" line="+208"/>
        <source>cannot start the PDF</source>
        <translation>das PDF kann nicht begonnen werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot add a page to the PDF</source>
        <translation>dem PDF kann keine Seite hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot finish the PDF</source>
        <translation>das PDF kann nicht abgeschlossen werden</translation>
    </message>
</context>
<context>
    <name>rutile::ui::PngOutput</name>
    <message>
        <location filename="../ui/chart/PngOutput.cpp" line="+21"/>
        <source>cannot encode the PNG image</source>
        <translation>das PNG-Bild kann nicht kodiert werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>rutile::ui::PortfolioHoldingsModel</name>
    <message>
        <location filename="../ui/scan/PortfolioHoldingsModel.cpp" line="+77"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units</source>
        <translation>Stück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schlusskurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
</context>
<context>
    <name>rutile::ui::PortfolioPanel</name>
    <message>
        <location filename="../ui/scan/PortfolioPanel.cpp" line="+53"/>
        <source>Momentum, 6 months</source>
        <translation>Momentum, 6 Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Momentum, 12 months skipping the last</source>
        <translation>Momentum, 12 Monate ohne den letzten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance above SMA(200)</source>
        <translation>Abstand über SMA(200)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low volatility</source>
        <translation>Niedrige Volatilität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most oversold, RSI(2)</source>
        <translation>Am stärksten überverkauft, RSI(2)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Start from...</source>
        <translation>Vorlage wählen...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ranks the symbols on each rebalance day; the highest are held</source>
        <translation>Ordnet die Symbole an jedem Rebalancing-Tag; die höchsten werden gehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold only &amp;where:</source>
        <translation>Nur &amp;halten, wenn:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Trade between the two dates (earlier bars warm the rank up)</source>
        <translation>Zwischen den beiden Daten handeln (frühere Bars dienen zum Einschwingen des Rangs)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backtest</source>
        <translation>&amp;Backtest</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Watchlist:</source>
        <translation>&amp;Watchlist:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rank by:</source>
        <translation>&amp;Ordnen nach:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Book&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bestand&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Account and costs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Konto und Kosten&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export &amp;PNG...</source>
        <translation>P&amp;NG exportieren...</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The book after every day with a fill. Double-click a row to chart its symbol</source>
        <translation>Der Bestand nach jedem Tag mit einer Ausführung. Doppelklicken Sie auf eine Zeile, um ihr Symbol im Chart anzuzeigen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Equity</source>
        <translation>&amp;Kapital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatistics</source>
        <translation>S&amp;tatistiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Holdings</source>
        <translation>&amp;Positionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;rades</source>
        <translation>T&amp;rades</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export the Portfolio Equity as PNG</source>
        <translation>Portfolio-Kapital als PNG exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Rank: %1</source>
        <translation>Rang: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter: it must be a condition (true or false), such as close &gt; sma(close, 200)</source>
        <translation>Filter: Es muss eine Bedingung sein (wahr oder falsch), etwa close &gt; sma(close, 200)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose a watchlist.</source>
        <translation>Wählen Sie eine Watchlist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rank has a problem: %1</source>
        <translation>Der Rang hat ein Problem: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The filter has a problem: %1</source>
        <translation>Der Filter hat ein Problem: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Backtesting the top %1 of %2 symbols of %3...</source>
        <translation>Backtest der Top %1 von %2 Symbolen aus %3...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Top %1 of %2</source>
        <translation>Top %1 von %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 rebalances, %2 trades, %3 to %4.</source>
        <translation>%1 Rebalancings, %2 Trades, %3 bis %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 symbols skipped (hover for why).</source>
        <translation>%1 Symbole übersprungen (Gründe im Tooltip).</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Statistic</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 held</source>
        <translation>%1 gehalten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Final equity</source>
        <translation>Endkapital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total return</source>
        <translation>Gesamtrendite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAGR</source>
        <translation>CAGR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual volatility</source>
        <translation>Jährliche Volatilität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharpe ratio</source>
        <translation>Sharpe-Ratio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sortino ratio</source>
        <translation>Sortino-Ratio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calmar ratio</source>
        <translation>Calmar-Ratio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum drawdown</source>
        <translation>Maximaler Drawdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average exposure</source>
        <translation>Durchschnittliches Marktengagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual turnover</source>
        <translation>Jährlicher Umschlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round trips</source>
        <translation>Round Trips</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profit factor</source>
        <translation>Profitfaktor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total commission</source>
        <translation>Provision gesamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beta to %1</source>
        <translation>Beta zu %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alpha (annual)</source>
        <translation>Alpha (jährlich)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daily VaR %1% (historical)</source>
        <translation>Täglicher VaR %1% (historisch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily ES %1% (historical)</source>
        <translation>Täglicher ES %1% (historisch)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EVT stress value (p = %1%)</source>
        <translation>EVT-Stresswert (p = %1%)</translation>
    </message>
</context>
<context>
    <name>rutile::ui::PriceChart</name>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="+520"/>
        <source>Close</source>
        <translation>Schlusskurs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Price</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Volume (up days)</source>
        <translation>Volumen (Aufwärtstage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume (down days)</source>
        <translation>Volumen (Abwärtstage)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>SYNTHETIC DATA - not market data</source>
        <translation>SYNTHETISCHE DATEN - keine Marktdaten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a symbol to show its chart</source>
        <translation>Wählen Sie ein Symbol, um seinen Chart anzuzeigen</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>Buy (long entry)</source>
        <translation>Kauf (Long-Einstieg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sell (long exit)</source>
        <translation>Verkauf (Long-Ausstieg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sell short (short entry)</source>
        <translation>Leerverkauf (Short-Einstieg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buy to cover (short exit)</source>
        <translation>Rückkauf (Short-Ausstieg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2 on %3</source>
        <translation>%1 zu %2 am %3</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compared with %1</source>
        <translation>verglichen mit %1</translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChartData.cpp" line="+79"/>
        <location line="+7"/>
        <location line="+720"/>
        <location line="+12"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>O %1</source>
        <translation>O %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H %1</source>
        <translation>H %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L %1</source>
        <translation>L %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C %1</source>
        <translation>C %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vol %1</source>
        <translation>Vol %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rebased %1</source>
        <translation>normiert %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(not enough bars)</source>
        <translation>(nicht genug Bars)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Correlation of daily returns %1 / %2 (%3)</source>
        <translation>Korrelation der Tagesrenditen %1 / %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChartInteraction.cpp" line="+252"/>
        <source>Add Indicator...</source>
        <translation>Indikator hinzufügen...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit %1...</source>
        <translation>%1 bearbeiten...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove This Pane</source>
        <translation>Diesen Bereich entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Style</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Candlesticks</source>
        <translation>Kerzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OHLC Bars</source>
        <translation>OHLC-Bars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line (Close)</source>
        <translation>Linie (Schlusskurs)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heikin-Ashi</source>
        <translation>Heikin-Ashi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Logarithmic Price Axis</source>
        <translation>Logarithmische Kursachse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock Value Axes</source>
        <translation>Wertachsen fixieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show Volume</source>
        <translation>Volumen anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fit All</source>
        <translation>Alles einpassen</translation>
    </message>
</context>
<context>
    <name>rutile::ui::ProgressRun</name>
    <message>
        <location filename="../ui/ProgressRun.cpp" line="+44"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
</context>
<context>
    <name>rutile::ui::RelativeValueWindow</name>
    <message>
        <location filename="../ui/relval/RelativeValueWindow.cpp" line="-319"/>
        <source>Relative Value - %1</source>
        <translation>Relative Value - %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The symbol regressed: ln Y = α + β ln X + spread</source>
        <translation>Das regressierte Symbol: ln Y = α + β ln X + Spread</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hedge symbol</source>
        <translation>Das Hedge-Symbol</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Analyse</source>
        <translation>&amp;Analysieren</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Backtest &amp;pairs_spread with These Settings</source>
        <translation>&amp;pairs_spread mit diesen Einstellungen backtesten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;CSV...</source>
        <translation>&amp;CSV exportieren...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export P&amp;NG...</source>
        <translation>P&amp;NG exportieren...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Y:</source>
        <translation>&amp;Y:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;X (hedge):</source>
        <translation>&amp;X (Hedge):</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index Futures Fair Value</source>
        <translation>Fairer Wert von Index-Futures</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the Pair&apos;s Daily Series as CSV</source>
        <translation>Tägliche Zeitreihen des Paars als CSV exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the Chart as PNG</source>
        <translation>Chart als PNG exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The pair needs two cached symbols: import or download RUT and the S&amp;P 500.</source>
        <translation>Das Paar benötigt zwei Symbole im Cache: Importieren oder laden Sie RUT und den S&amp;P 500 herunter.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Choose two different symbols.</source>
        <translation>Wählen Sie zwei verschiedene Symbole.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Testing %1 against %2...</source>
        <translation>%1 wird gegen %2 getestet...</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 and %2: %3</source>
        <translation>%1 und %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 common days, %2 to %3.</source>
        <translation>%1 gemeinsame Tage, %2 bis %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1&apos;s close on %2</source>
        <translation>Schlusskurs von %1 am %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Common days</source>
        <translation>Gemeinsame Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hedge ratio β</source>
        <translation>Hedge-Ratio β</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OLS slope of ln %1 on ln %2</source>
        <translation>KQ-Steigung von ln %1 auf ln %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intercept α</source>
        <translation>Achsenabschnitt α</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Engle–Granger τ (%n lags)</source>
        <translation>
            <numerusform>Engle-Granger-τ (%n Lag)</numerusform>
            <numerusform>Engle-Granger-τ (%n Lags)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ADF statistic of the residuals, lags chosen by AIC</source>
        <translation>ADF-Statistik der Residuen, Lags nach AIC gewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p-value (MacKinnon)</source>
        <translation>p-Wert (MacKinnon)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical value 1 %</source>
        <translation>Kritischer Wert 1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical value 5 %</source>
        <translation>Kritischer Wert 5 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical value 10 %</source>
        <translation>Kritischer Wert 10 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-life (days)</source>
        <translation>Halbwertszeit (Tage)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>−ln 2 / ln(1 + b) from Δs = a + b·s₋₁; blank without reversion</source>
        <translation>−ln 2 / ln(1 + b) aus Δs = a + b·s₋₁; leer ohne Mean Reversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread, last</source>
        <translation>Spread, zuletzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>z-score, last</source>
        <translation>z-Score, zuletzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pairs_spread&apos;s z over %1 days</source>
        <translation>z von pairs_spread über %1 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kalman β, last</source>
        <translation>Kalman-β, zuletzt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows cointegrated at 5 % (%)</source>
        <translation>Bei 5 % kointegrierte Fenster (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of %1 rolling windows of %2 days</source>
        <translation>Von %1 rollierenden Fenstern zu %2 Tagen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>There is nothing to export: analyse a pair first.</source>
        <translation>Es gibt nichts zu exportieren: Analysieren Sie zuerst ein Paar.</translation>
    </message>
</context>
<context>
    <name>rutile::ui::ReportBrowser</name>
    <message>
        <location filename="../ui/journal/ReportBrowser.cpp" line="+18"/>
        <source>Drawing the report...</source>
        <translation>Bericht wird gezeichnet...</translation>
    </message>
</context>
<context>
    <name>rutile::ui::ReportChartPlot</name>
    <message>
        <location filename="../ui/report/ReportChartPlot.cpp" line="+221"/>
        <source>the report has more charts than were drawn</source>
        <translation>der Bericht enthält mehr Diagramme, als gezeichnet wurden</translation>
    </message>
</context>
<context>
    <name>rutile::ui::ReportWriters</name>
    <message>
        <location filename="../ui/report/ReportWriters.cpp" line="+66"/>
        <source>cannot write the report: %1</source>
        <translation>der Bericht kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Writing %1...</source>
        <translation>%1 wird geschrieben...</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>PDF documents (*.pdf);;HTML pages (*.html);;All files (*)</source>
        <translation>PDF-Dokumente (*.pdf);;HTML-Seiten (*.html);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>rutile::ui::RiskChartView</name>
    <message>
        <location filename="../ui/risk/RiskChartView.cpp" line="+26"/>
        <source>Export as PNG...</source>
        <translation>Als PNG exportieren...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export Chart as PNG</source>
        <translation>Chart als PNG exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot write the image</source>
        <translation>das Bild kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Copy Image</source>
        <translation>Bild kopieren</translation>
    </message>
</context>
<context>
    <name>rutile::ui::RiskCharts</name>
    <message>
        <location filename="../ui/risk/RiskCharts.cpp" line="+134"/>
        <source>left tail (losses)</source>
        <translation>linkes Verteilungsende (Verluste)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right tail (gains)</source>
        <translation>rechtes Verteilungsende (Gewinne)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loss: -return (%)</source>
        <translation>Verlust: -Rendite (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gain: return (%)</source>
        <translation>Gewinn: Rendite (%)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Daily %1 returns: histogram and fitted normal density</source>
        <translation>Tägliche %1-Renditen: Histogramm und angepasste Normalverteilungsdichte</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+55"/>
        <location line="+147"/>
        <source>no returns</source>
        <translation>keine Renditen</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Histogram (%1 returns)</source>
        <translation>Histogramm (%1 Renditen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+40"/>
        <source>Daily return (%)</source>
        <translation>Tagesrendite (%)</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Density (per %)</source>
        <translation>Dichte (pro %)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Normal density N(mean, s²)</source>
        <translation>Normalverteilungsdichte N(Mittelwert, s²)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Historical VaR %1% / %2%</source>
        <translation>Historischer VaR %1% / %2%</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Normal QQ-plot</source>
        <translation>Normal-QQ-Plot</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Standard normal quantile</source>
        <translation>Quantil der Standardnormalverteilung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Returns (sample quantiles)</source>
        <translation>Renditen (Stichprobenquantile)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normal: mean + s·z</source>
        <translation>Normal: Mittelwert + s·z</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mean excess, %1</source>
        <translation>Mittlerer Exzess, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too few returns</source>
        <translation>zu wenige Renditen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Threshold v: %1</source>
        <translation>Schwelle v: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean excess e(v) (%)</source>
        <translation>Mittlerer Exzess e(v) (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empirical e(v)</source>
        <translation>Empirisches e(v)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>GPD: (σ + ξ(v − u))/(1 − ξ), ξ = %1</source>
        <translation>GPD: (σ + ξ(v − u))/(1 − ξ), ξ = %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Threshold u = %1% (q = %2)</source>
        <translation>Schwelle u = %1% (q = %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>GPD tail fit, %1</source>
        <translation>GPD-Anpassung des Verteilungsendes, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no exceedances</source>
        <translation>keine Überschreitungen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tail probability P(Y &gt; y)</source>
        <translation>Tail-Wahrscheinlichkeit P(Y &gt; y)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Empirical (%1 exceedances)</source>
        <translation>Empirisch (%1 Überschreitungen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>GPD ξ = %1 (%2), σ = %3%</source>
        <translation>GPD ξ = %1 (%2), σ = %3%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GPD (not converged)</source>
        <translation>GPD (nicht konvergiert)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stress value at p = %1: %2%</source>
        <translation>Stresswert bei p = %1: %2%</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rolling %1-day volatility (annualised)</source>
        <translation>Rollierende %1-Tage-Volatilität (annualisiert)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>fewer returns than the window</source>
        <translation>weniger Renditen als das Fenster</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volatility (% a year)</source>
        <translation>Volatilität (% pro Jahr)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rolling %1-day</source>
        <translation>Rollierend %1 Tage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Long-term %1%</source>
        <translation>Langfristig %1%</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drawdown from the running peak (underwater curve)</source>
        <translation>Drawdown vom laufenden Höchststand (Underwater-Kurve)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Drawdown</source>
        <translation>Drawdown</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Below the peak (%)</source>
        <translation>Unter dem Höchststand (%)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Maximum drawdown %1% (%2 to %3)</source>
        <translation>Maximaler Drawdown %1% (%2 bis %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rolling beta and correlation</source>
        <translation>Rollierendes Beta und Korrelation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no benchmark selected</source>
        <translation>keine Benchmark ausgewählt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rolling %1-day beta and correlation against %2</source>
        <translation>Rollierendes %1-Tage-Beta und Korrelation gegenüber %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no common returns</source>
        <translation>keine gemeinsamen Renditen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>fewer common returns (%1) than the window</source>
        <translation>weniger gemeinsame Renditen (%1) als das Fenster</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rolling beta</source>
        <translation>Rollierendes Beta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolling correlation (right axis)</source>
        <translation>Rollierende Korrelation (rechte Achse)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full-sample beta %1</source>
        <translation>Beta über die gesamte Stichprobe %1</translation>
    </message>
</context>
<context>
    <name>rutile::ui::RiskDashboard</name>
    <message>
        <location filename="../ui/risk/RiskDashboard.cpp" line="+160"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy Table</source>
        <translation>Tabelle kopieren</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The risk-free rate of the benchmark regression: the rate in the options, or the mean of a downloaded rate series (FRED&apos;s DGS3MO) over the range</source>
        <translation>Der risikofreie Zins der Benchmark-Regression: der Zins in den Optionen oder der Mittelwert einer heruntergeladenen Zinsreihe (FREDs DGS3MO) über den Zeitraum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk-free</source>
        <translation>Risikofrei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export All...</source>
        <translation>Alles exportieren...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Charts and Tables to Folder</source>
        <translation>Charts und Tabellen in Ordner exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Report...</source>
        <translation>Bericht exportieren...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The risk report as PDF or HTML: data, level and returns, statistics, the distribution with its Gaussian fit, VaR, ES and EVT stress values, both tails and the benchmark</source>
        <translation>Der Risikobericht als PDF oder HTML: Daten, Stand und Renditen, Statistiken, die Verteilung mit ihrer Gauß-Anpassung, VaR, ES und EVT-Stresswerte, beide Verteilungsenden und die Benchmark</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export Risk Report</source>
        <translation>Risikobericht exportieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+73"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tails (EVT)</source>
        <translation>Verteilungsenden (EVT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volatility &amp;&amp; Drawdown</source>
        <translation>Volatilität &amp;&amp; Drawdown</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Options&lt;/b&gt;</source>
        <translation>&lt;b&gt;Optionen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Defaults</source>
        <translation>Standardwerte</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rate in the options</source>
        <translation>Zins in den Optionen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (synthetic data)</source>
        <translation>%1 (synthetische Daten)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Computing...</source>
        <translation>Wird berechnet...</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 returns, computed in %2 ms</source>
        <translation>%1 Renditen, berechnet in %2 ms</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>there is no analysis to report</source>
        <translation>es gibt keine Analyse für einen Bericht</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>there is no analysis to export yet</source>
        <translation>es gibt noch keine Analyse zum Exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>rutile::ui::RiskDashboardWindow</name>
    <message>
        <location filename="../ui/risk/RiskDashboardWindow.cpp" line="+24"/>
        <location line="+12"/>
        <source>Risk Dashboard - %1</source>
        <translation>Risiko-Dashboard - %1</translation>
    </message>
</context>
<context>
    <name>rutile::ui::RiskOptionsForm</name>
    <message>
        <location filename="../ui/risk/RiskOptionsForm.cpp" line="+31"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>rutile::ui::RiskRunner</name>
    <message>
        <location filename="../ui/risk/RiskRunner.cpp" line="+49"/>
        <source>the risk analysis ended without a result</source>
        <translation>die Risikoanalyse endete ohne Ergebnis</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>risk analysis cancelled</source>
        <translation>Risikoanalyse abgebrochen</translation>
    </message>
</context>
<context>
    <name>rutile::ui::RiskTables</name>
    <message>
        <location filename="../ui/risk/RiskTables.cpp" line="+59"/>
        <source>converged</source>
        <translation>konvergiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not converged</source>
        <translation>nicht konvergiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not fitted</source>
        <translation>nicht angepasst</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+8"/>
        <location line="+31"/>
        <location line="+58"/>
        <source>Statistic</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+12"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+12"/>
        <source>Annualised</source>
        <translation>Annualisiert</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+41"/>
        <source>Left tail</source>
        <translation>Linkes Verteilungsende</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+41"/>
        <source>Right tail</source>
        <translation>Rechtes Verteilungsende</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+97"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>A. Moments of daily %1 returns</source>
        <translation>A. Momente der täglichen %1-Renditen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observations</source>
        <translation>Beobachtungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns between consecutive values: one fewer than the values</source>
        <translation>Renditen zwischen aufeinanderfolgenden Werten: eine weniger als Werte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annualised: mean × %1</source>
        <translation>Annualisiert: Mittelwert × %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard deviation</source>
        <translation>Standardabweichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample (n − 1); annualised × √%1</source>
        <translation>Stichprobe (n − 1); annualisiert × √%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skewness</source>
        <translation>Schiefe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjusted sample skewness G1 (Excel SKEW, pandas)</source>
        <translation>Korrigierte Stichprobenschiefe G1 (Excel SCHIEFE, pandas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excess kurtosis</source>
        <translation>Exzess-Kurtosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjusted sample excess kurtosis G2 (Excel KURT, pandas); 0 for a normal</source>
        <translation>Korrigierte Stichproben-Exzess-Kurtosis G2 (Excel KURT, pandas); 0 bei einer Normalverteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum (%1)</source>
        <translation>Minimum (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum (%1)</source>
        <translation>Maximum (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B. Volatility</source>
        <translation>B. Volatilität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long-term (whole range)</source>
        <translation>Langfristig (gesamter Zeitraum)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard deviation of all %1 returns</source>
        <translation>Standardabweichung aller %1 Renditen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short-term (last %1)</source>
        <translation>Kurzfristig (letzte %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standard deviation of the last %1 returns</source>
        <translation>Standardabweichung der letzten %1 Renditen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C. Value at Risk and Expected Shortfall</source>
        <translation>C. Value at Risk und Expected Shortfall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantile level</source>
        <translation>Quantilniveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Historical VaR</source>
        <translation>Historischer VaR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type-7 quantile of the returns (R, Excel PERCENTILE.INC, numpy)</source>
        <translation>Typ-7-Quantil der Renditen (R, Excel QUANTIL.INKL, numpy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected shortfall</source>
        <translation>Expected Shortfall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mean of the returns at or beyond the VaR</source>
        <translation>Mittelwert der Renditen am oder jenseits des VaR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaussian VaR</source>
        <translation>Gauß-VaR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean + Φ⁻¹(level)·s</source>
        <translation>Mittelwert + Φ⁻¹(Niveau)·s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cornish–Fisher VaR</source>
        <translation>Cornish-Fisher-VaR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean + z_cf·s, z corrected for skewness and excess kurtosis</source>
        <translation>Mittelwert + z_cf·s, z korrigiert um Schiefe und Exzess-Kurtosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D. Extreme value theory (GPD over a threshold)</source>
        <translation>D. Extremwerttheorie (GPD über einer Schwelle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold quantile q</source>
        <translation>Schwellenquantil q</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold u (loss | gain)</source>
        <translation>Schwelle u (Verlust | Gewinn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantile q of losses −r (left) and gains r (right)</source>
        <translation>Quantil q der Verluste −r (links) und Gewinne r (rechts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exceedances Nu</source>
        <translation>Überschreitungen Nu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Values above u; fewer than 30 make the fit unreliable</source>
        <translation>Werte über u; weniger als 30 machen die Anpassung unzuverlässig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shape ξ</source>
        <translation>Form ξ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum likelihood; ξ &gt; 0 is a heavy (Pareto) tail</source>
        <translation>Maximum Likelihood; ξ &gt; 0 ist ein schweres (Pareto-)Verteilungsende</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>(standard error)</source>
        <translation>(Standardfehler)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>From the inverse observed information</source>
        <translation>Aus der inversen beobachteten Information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale σ</source>
        <translation>Skala σ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fit</source>
        <translation>Anpassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converged: interior maximum, score ≈ 0, information positive definite</source>
        <translation>Konvergiert: inneres Maximum, Score ≈ 0, Information positiv definit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stress value (p = %1%)</source>
        <translation>Stresswert (p = %1%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>u + σ/ξ·((n/Nu·p)^(−ξ) − 1), shown as a return</source>
        <translation>u + σ/ξ·((n/Nu·p)^(−ξ) − 1), als Rendite dargestellt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>E. Drawdowns</source>
        <translation>E. Drawdowns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum drawdown</source>
        <translation>Maximaler Drawdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min of value / running peak − 1</source>
        <translation>Min. von Wert / laufendem Höchststand − 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peak</source>
        <translation>Höchststand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trough</source>
        <translation>Tiefpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recovered</source>
        <translation>nicht erholt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery</source>
        <translation>Erholung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First value back at the peak</source>
        <translation>Erster Wert wieder auf dem Höchststand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longest drawdown (trading days)</source>
        <translation>Längster Drawdown (Handelstage)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (not recovered)</source>
        <translation>%1 (nicht erholt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>   from peak … to recovery</source>
        <translation>   vom Höchststand … bis zur Erholung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F. Against %1 (%2 common returns)</source>
        <translation>F. Gegenüber %1 (%2 gemeinsame Renditen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OLS slope of the returns on the benchmark&apos;s</source>
        <translation>KQ-Steigung der Renditen auf die der Benchmark</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alpha (daily)</source>
        <translation>Alpha (täglich)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OLS intercept</source>
        <translation>KQ-Achsenabschnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alpha (annualised)</source>
        <translation>Alpha (annualisiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily alpha × %1</source>
        <translation>Tägliches Alpha × %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking error (annualised)</source>
        <translation>Tracking Error (annualisiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard deviation of (return − benchmark) × √T</source>
        <translation>Standardabweichung von (Rendite − Benchmark) × √T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information ratio</source>
        <translation>Information Ratio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annualised active return / tracking error</source>
        <translation>Annualisierte aktive Rendite / Tracking Error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F. Benchmark: none</source>
        <translation>F. Benchmark: keine</translation>
    </message>
</context>
<context>
    <name>rutile::ui::RuleLexer</name>
    <message>
        <location filename="../ui/strategy/RuleLexer.cpp" line="+104"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement keyword</source>
        <translation>Anweisungsschlüsselwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyword</source>
        <translation>Schlüsselwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price field</source>
        <translation>Kursfeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function or indicator</source>
        <translation>Funktion oder Indikator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared name</source>
        <translation>Deklarierter Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
</context>
<context>
    <name>rutile::ui::RunComparisonDialog</name>
    <message>
        <location filename="../ui/journal/RunComparisonDialog.cpp" line="+22"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Compare Run #%1 and Run #%2</source>
        <translation>Lauf #%1 und Lauf #%2 vergleichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run #%1</source>
        <translation>Lauf #%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The two runs were asked the same and say the same.</source>
        <translation>Die beiden Läufe hatten dieselben Eingaben und liefern dieselben Ergebnisse.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) differ, highlighted.</source>
        <translation>
            <numerusform>%n Zeile weicht ab, hervorgehoben.</numerusform>
            <numerusform>%n Zeilen weichen ab, hervorgehoben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rutile::ui::RunSettingsDialog</name>
    <message>
        <location filename="../ui/backtest/RunSettingsDialog.cpp" line="+18"/>
        <source>Backtest Settings</source>
        <translation>Backtest-Einstellungen</translation>
    </message>
</context>
<context>
    <name>rutile::ui::RunSettingsForm</name>
    <message>
        <location filename="../ui/backtest/RunSettingsForm.cpp" line="+27"/>
        <source>Costs &amp;&amp; fills</source>
        <translation>Kosten &amp;&amp; Ausführungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sizing</source>
        <translation>Positionsgröße</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stops</source>
        <translation>Stopps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>%1 units</source>
        <translation>%1 Stück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1% risk per ATR</source>
        <translation>%1% Risiko pro ATR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1% of equity</source>
        <translation>%1% des Kapitals</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 per unit commission</source>
        <translation>%1 Provision pro Stück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 per order commission</source>
        <translation>%1 Provision pro Order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1% commission</source>
        <translation>%1% Provision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no commission</source>
        <translation>keine Provision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bps slippage</source>
        <translation>%1 bps Slippage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no slippage</source>
        <translation>keine Slippage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stop %1%</source>
        <translation>Stopp %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target %1%</source>
        <translation>Ziel %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trailing %1%</source>
        <translation>Trailing %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trailing %1 ATR</source>
        <translation>Trailing %1 ATR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fills at next close</source>
        <translation>Ausführung zum nächsten Schlusskurs</translation>
    </message>
</context>
<context>
    <name>rutile::ui::RunTableModel</name>
    <message>
        <location filename="../ui/journal/RunTableModel.cpp" line="+41"/>
        <source>accuracy %1 vs %2</source>
        <translation>Genauigkeit %1 ggü. %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>best %1 %2 of %3 points</source>
        <translation>bester %1 %2 von %3 Punkten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CAGR %1, Sharpe %2</source>
        <translation>CAGR %1, Sharpe %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Backtest</source>
        <translation>Backtest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grid search</source>
        <translation>Rastersuche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk-forward</source>
        <translation>Walk-Forward</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ML evaluation</source>
        <translation>ML-Auswertung</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategy / model</source>
        <translation>Strategie / Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>rutile::ui::SampleUniverseController</name>
    <message>
        <location filename="../ui/index/SampleUniverseController.cpp" line="+41"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop generating the sample universe; what is written is kept, and the next start goes on from there</source>
        <translation>Das Generieren des Beispiel-Universums beenden; bereits Geschriebenes bleibt erhalten, und der nächste Start setzt dort fort</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Sample universe...</source>
        <translation>Beispiel-Universum...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generating %1 synthetic stocks for the sample workspace (about 15 seconds); the symbols, the Index Lab and the watchlist %2 get them when they are complete</source>
        <translation>%1 synthetische Aktien für den Beispiel-Arbeitsbereich werden generiert (etwa 15 Sekunden); die Symbole, das Index-Labor und die Watchlist %2 erhalten sie, sobald sie fertig sind</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The sample universe is ready: %1 synthetic stocks in the watchlist %2.</source>
        <translation>Das Beispiel-Universum ist fertig: %1 synthetische Aktien in der Watchlist %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sample universe was stopped; what was written is kept, and it goes on the next time the sample opens.</source>
        <translation>Das Beispiel-Universum wurde angehalten; bereits Geschriebenes bleibt erhalten, und es wird beim nächsten Öffnen des Beispiels fortgesetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot generate the sample universe: %1</source>
        <translation>Das Beispiel-Universum kann nicht generiert werden: %1</translation>
    </message>
</context>
<context>
    <name>rutile::ui::ScanResultsModel</name>
    <message>
        <location filename="../ui/scan/ScanResultsModel.cpp" line="+111"/>
        <source>The last %1 closes up to the row&apos;s date</source>
        <translation>Die letzten %1 Schlusskurse bis zum Datum der Zeile</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>false</source>
        <translation>falsch</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The deflated Sharpe ratio of the row&apos;s best point: the probability that its Sharpe ratio is more than luck after all %1 grid points tried on every symbol of the scan. Below 0.95 the row may be luck.</source>
        <translation>Die Deflated Sharpe-Ratio des besten Punkts der Zeile: die Wahrscheinlichkeit, dass seine Sharpe-Ratio mehr als Glück ist, nach allen %1 Rasterpunkten, die auf allen Symbolen des Scans probiert wurden. Unter 0,95 kann die Zeile Glück sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return</source>
        <translation>Rendite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAGR</source>
        <translation>CAGR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharpe</source>
        <translation>Sharpe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sortino</source>
        <translation>Sortino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max DD</source>
        <translation>Max. DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volatility</source>
        <translation>Volatilität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exposure</source>
        <translation>Marktengagement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trades</source>
        <translation>Trades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profit factor</source>
        <translation>Profitfaktor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final equity</source>
        <translation>Endkapital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deflated Sharpe</source>
        <translation>Deflated Sharpe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent closes</source>
        <translation>Letzte Schlusskurse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Best %1</source>
        <translation>Bester %1</translation>
    </message>
</context>
<context>
    <name>rutile::ui::ScannerWindow</name>
    <message>
        <location filename="../ui/scan/ScannerWindow.cpp" line="-613"/>
        <source>Distance from SMA(200)</source>
        <translation>Abstand zum SMA(200)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change over 20 bars</source>
        <translation>Veränderung über 20 Bars</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSI(14)</source>
        <translation>RSI(14)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close to the 52-week high</source>
        <translation>Nähe zum 52-Wochen-Hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above SMA(200), RSI(14) below 30</source>
        <translation>Über SMA(200), RSI(14) unter 30</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last close</source>
        <translation>Letzter Schlusskurs</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Scanner - %1</source>
        <translation>Scanner - %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The watchlist to scan (lists are made with &apos;rutile-cli list&apos;, from a fund&apos;s holdings in the Index Lab, or are the sample universe)</source>
        <translation>Die zu scannende Watchlist (Listen werden mit &apos;rutile-cli list&apos; oder aus den Positionen eines Fonds im Index-Labor erstellt oder sind das Beispiel-Universum)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Expression</source>
        <translation>&amp;Ausdruck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strategy &amp;backtest</source>
        <translation>Strategie-&amp;Backtest</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start from...</source>
        <translation>Vorlage wählen...</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Optimise a grid on each symbol</source>
        <translation>Raster auf jedem Symbol &amp;optimieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The engine&apos;s default account and costs; rows are ranked by Sharpe ratio, or with a grid by the objective of each symbol&apos;s best point.</source>
        <translation>Standardkonto und -kosten der Engine; Zeilen werden nach Sharpe-Ratio geordnet, mit einem Raster nach der Zielgröße des besten Punkts jedes Symbols.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Columns shown beside the ranked value, one a line as NAME = expression, e.g. rsi = rsi(close, 14)</source>
        <translation>Spalten neben dem geordneten Wert, eine pro Zeile als NAME = Ausdruck, z. B. rsi = rsi(close, 14)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Only where:</source>
        <translation>&amp;Nur wenn:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List only the symbols meeting this condition on their last bar</source>
        <translation>Nur die Symbole auflisten, die diese Bedingung auf ihrer letzten Bar erfüllen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>An expression is evaluated on the last bar up to the end date; a backtest trades between the two (earlier bars warm the indicators up)</source>
        <translation>Ein Ausdruck wird auf der letzten Bar bis zum Enddatum ausgewertet; ein Backtest handelt zwischen den beiden Daten (frühere Bars dienen zum Einschwingen der Indikatoren)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Watchlist:</source>
        <translation>&amp;Watchlist:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scan:</source>
        <translation>Scan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colu&amp;mns:</source>
        <translation>Spa&amp;lten:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Double-click a row to chart its symbol in the main window</source>
        <translation>Doppelklicken Sie auf eine Zeile, um ihr Symbol im Hauptfenster im Chart anzuzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;CSV...</source>
        <translation>&amp;CSV exportieren...</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio Backtest</source>
        <translation>Portfolio-Backtest</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export the Scan as CSV</source>
        <translation>Scan als CSV exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 (rule)</source>
        <translation>%1 (Regel)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This workspace has no watchlist yet: make one with &apos;rutile-cli list&apos;, from a fund&apos;s holdings, or open the sample workspace (its universe is one).</source>
        <translation>Dieser Arbeitsbereich hat noch keine Watchlist: Erstellen Sie eine mit &apos;rutile-cli list&apos; oder aus den Positionen eines Fonds, oder öffnen Sie den Beispiel-Arbeitsbereich (sein Universum ist eine).</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the filter must be a condition (true or false)</source>
        <translation>der Filter muss eine Bedingung sein (wahr oder falsch)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Columns, line %1: %2</source>
        <translation>Spalten, Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A condition: true ranks above false.</source>
        <translation>Eine Bedingung: wahr wird vor falsch eingeordnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number: the highest ranks first.</source>
        <translation>Eine Zahl: der höchste Wert steht zuerst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose a watchlist to scan.</source>
        <translation>Wählen Sie eine zu scannende Watchlist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The expression has a problem: %1</source>
        <translation>Der Ausdruck hat ein Problem: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a strategy.</source>
        <translation>Wählen Sie eine Strategie.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Put at least one parameter on the grid, or untick Optimise.</source>
        <translation>Nehmen Sie mindestens einen Parameter in das Raster auf, oder deaktivieren Sie „Raster auf jedem Symbol optimieren“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The grid has a problem: %1</source>
        <translation>Das Raster hat ein Problem: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The columns or the filter have a problem: %1</source>
        <translation>Die Spalten oder der Filter haben ein Problem: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Scanning %1 symbols of %2...</source>
        <translation>%1 Symbole aus %2 werden gescannt...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 of %2 symbols evaluated.</source>
        <translation>%1 von %2 Symbolen ausgewertet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 symbols evaluated, %3 left out by the filter.</source>
        <translation>%1 von %2 Symbolen ausgewertet, %3 durch den Filter ausgeschlossen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 skipped (hover for why).</source>
        <translation>%1 übersprungen (Gründe im Tooltip).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are no rows to export: run a scan first.</source>
        <translation>Es gibt keine Zeilen zum Exportieren: Führen Sie zuerst einen Scan aus.</translation>
    </message>
</context>
<context>
    <name>rutile::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="+23"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+68"/>
        <source>Rutile is in %1.</source>
        <translation>Rutile ist auf %1.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Data providers</source>
        <translation>&amp;Datenanbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backtest defaults</source>
        <translation>&amp;Backtest-Vorgaben</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+70"/>
        <source>Takes effect when Rutile starts again.</source>
        <translation>Wirkt beim nächsten Start von Rutile.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Automatic (the S&amp;P 500 when the workspace has it)</source>
        <translation>Automatisch (der S&amp;P 500, wenn der Arbeitsbereich ihn enthält)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (not in the workspace)</source>
        <translation>%1 (nicht im Arbeitsbereich)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beta, alpha and the benchmark curve of backtests and risk studies, in this workspace (rutile-cli uses it too)</source>
        <translation>Beta, Alpha und die Benchmark-Kurve von Backtests und Risikostudien in diesem Arbeitsbereich (auch rutile-cli verwendet sie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default &amp;benchmark:</source>
        <translation>Standard-&amp;Benchmark:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Costs, sizing and fills the strategy panel starts from:</source>
        <translation>Kosten, Positionsgröße und Ausführungen, mit denen das Strategie-Panel beginnt:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Data providers: the mirror is refused (see the page).</source>
        <translation>Datenanbieter: Der Mirror wird abgelehnt (siehe die Seite).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backtest defaults: %1</source>
        <translation>Backtest-Vorgaben: %1</translation>
    </message>
</context>
<context>
    <name>rutile::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="+27"/>
        <location line="+19"/>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in / out</source>
        <translation>Vergrößern / Verkleinern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+ / -, mouse wheel</source>
        <translation>+ / -, Mausrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pan earlier / later</source>
        <translation>Nach früher / später verschieben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left / Right, drag</source>
        <translation>Links / Rechts, Ziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First / last bar</source>
        <translation>Erste / letzte Bar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Home / End</source>
        <translation>Pos1 / Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all bars</source>
        <translation>Alle Bars anzeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Double-click</source>
        <translation>Doppelklick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel drawing tool, deselect</source>
        <translation>Zeichenwerkzeug abbrechen, Auswahl aufheben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete selected drawing</source>
        <translation>Ausgewählte Zeichnung löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete, Backspace</source>
        <translation>Entf, Rücktaste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit drawing</source>
        <translation>Zeichnung bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Double-click the drawing</source>
        <translation>Doppelklick auf die Zeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resize panes</source>
        <translation>Bereichsgröße ändern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drag the line between panes</source>
        <translation>Die Linie zwischen den Bereichen ziehen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>rutile::ui::StrategyController</name>
    <message>
        <location filename="../ui/backtest/StrategyController.cpp" line="+75"/>
        <source>Saved strategies that do not compile are not listed: %1</source>
        <translation>Gespeicherte Strategien, die nicht kompilieren, werden nicht aufgeführt: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A backtest is already running: wait for it, or cancel it in the strategy panel.</source>
        <translation>Es läuft bereits ein Backtest: Warten Sie, bis er beendet ist, oder brechen Sie ihn im Strategie-Panel ab.</translation>
    </message>
</context>
<context>
    <name>rutile::ui::StrategyEditorWindow</name>
    <message>
        <location filename="../ui/strategy/StrategyEditorWindow.cpp" line="+66"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New from &amp;Template</source>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open from &amp;Workspace...</source>
        <translation>Aus &amp;Arbeitsbereich öffnen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to Wor&amp;kspace...</source>
        <translation>In Arbeitsbereich s&amp;peichern...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete from Workspace...</source>
        <translation>Aus Arbeitsbereich &amp;löschen...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;All</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find...</source>
        <translation>&amp;Suchen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;Next</source>
        <translation>Wei&amp;tersuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Pre&amp;vious</source>
        <translation>Rückwärts suc&amp;hen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;eplace...</source>
        <translation>&amp;Ersetzen...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Complete &amp;Word</source>
        <translation>Wort &amp;vervollständigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Strategy</source>
        <translation>&amp;Strategie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Run Backtest</source>
        <translation>Backtest &amp;ausführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Optimise...</source>
        <translation>&amp;Optimieren...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark Theme</source>
        <translation>&amp;Dunkles Design</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Strategy Editor</source>
        <translation>Strategie-Editor</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has changes that are not saved. Save them first?</source>
        <translation>%1 enthält Änderungen, die nicht gespeichert sind. Zuerst speichern?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source># A new strategy. Declare parameters with `param`, then the rules:
# param fast = 20 in 5..100 step 5 &quot;Fast average&quot;
# buy when cross_above(sma(close, fast), sma(close, 50))
</source>
        <translation># Eine neue Strategie. Deklarieren Sie Parameter mit `param`, dann die Regeln:
# param fast = 20 in 5..100 step 5 &quot;Schneller Durchschnitt&quot;
# buy when cross_above(sma(close, fast), sma(close, 50))
</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+5"/>
        <location line="+132"/>
        <source>Open Rule File</source>
        <translation>Regeldatei öffnen</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is larger than 1 MB; a rule file is a few lines.</source>
        <translation>%1 ist größer als 1 MB; eine Regeldatei umfasst nur wenige Zeilen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+121"/>
        <source>Save Rule File</source>
        <translation>Regeldatei speichern</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+5"/>
        <location line="+110"/>
        <source>Open from Workspace</source>
        <translation>Aus Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>The workspace has no strategy called %1.</source>
        <translation>Der Arbeitsbereich enthält keine Strategie namens %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+101"/>
        <location line="+7"/>
        <location line="+5"/>
        <source>Save to Workspace</source>
        <translation>In Arbeitsbereich speichern</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Saved %1 in the workspace; it is listed in the strategy panel.</source>
        <translation>%1 im Arbeitsbereich gespeichert; sie wird im Strategie-Panel aufgeführt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+17"/>
        <location line="+3"/>
        <source>Delete from Workspace</source>
        <translation>Aus Arbeitsbereich löschen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Deleted %1 from the workspace.</source>
        <translation>%1 aus dem Arbeitsbereich gelöscht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the strategy %1 from the workspace? rutile-cli --strategy %1 will no longer find it.</source>
        <translation>Die Strategie %1 aus dem Arbeitsbereich löschen? rutile-cli --strategy %1 findet sie dann nicht mehr.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Rule files (*.rule);;All files (*)</source>
        <translation>Regeldateien (*.rule);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rule files (*.rule)</source>
        <translation>Regeldateien (*.rule)</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Untitled, from the template %1</source>
        <translation>Unbenannt, aus der Vorlage %1</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>The workspace has no saved strategies yet. Save one with File &gt; Save to Workspace.</source>
        <translation>Der Arbeitsbereich enthält noch keine gespeicherten Strategien. Speichern Sie eine mit Datei &gt; In Arbeitsbereich speichern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Strategy:</source>
        <translation>Strategie:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Name (lower-case letters, digits and _; used by rutile-cli --strategy):</source>
        <translation>Name (Kleinbuchstaben, Ziffern und _; wird von rutile-cli --strategy verwendet):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the strategy %1 in the workspace?</source>
        <translation>Die Strategie %1 im Arbeitsbereich ersetzen?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s).</source>
        <translation>
            <numerusform>%n Problem.</numerusform>
            <numerusform>%n Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file has problems; the form shows the parameters of the last version that compiled.</source>
        <translation>Die Datei enthält Probleme; das Formular zeigt die Parameter der letzten Version, die kompiliert wurde.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This strategy declares no parameters.</source>
        <translation>Diese Strategie deklariert keine Parameter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the file&apos;s param declarations; Run Backtest uses these values.</source>
        <translation>Aus den param-Deklarationen der Datei; „Backtest ausführen“ verwendet diese Werte.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>fix the %n problem(s) first</source>
        <translation>
            <numerusform>beheben Sie zuerst %n Problem</numerusform>
            <numerusform>beheben Sie zuerst die %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+50"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Running %1...</source>
        <translation>%1 wird ausgeführt...</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (workspace)</source>
        <translation>%1 (Arbeitsbereich)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1[*] — Strategy Editor</source>
        <translation>%1[*] — Strategie-Editor</translation>
    </message>
</context>
<context>
    <name>rutile::ui::StrategyPanel</name>
    <message>
        <location filename="../ui/backtest/StrategyPanel.cpp" line="+86"/>
        <source>&amp;Strategy:</source>
        <translation>&amp;Strategie:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit &amp;Parameters...</source>
        <translation>&amp;Parameter bearbeiten...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parameters:</source>
        <translation>Parameter:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>S&amp;ymbol:</source>
        <translation>S&amp;ymbol:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hedge:</source>
        <translation>&amp;Hedge:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Beta, alpha and the benchmark curve are measured against this symbol</source>
        <translation>Beta, Alpha und die Benchmark-Kurve werden gegenüber diesem Symbol gemessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Benchmark:</source>
        <translation>&amp;Benchmark:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The risk-free rate of Sharpe, Sortino and alpha: the constant in the run settings, or the mean of a downloaded rate series (FRED&apos;s DGS3MO) over the bars traded</source>
        <translation>Der risikofreie Zins für Sharpe, Sortino und Alpha: die Konstante in den Laufeinstellungen oder der Mittelwert einer heruntergeladenen Zinsreihe (FREDs DGS3MO) über die gehandelten Bars</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Risk-free:</source>
        <translation>&amp;Risikofrei:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first bar</source>
        <translation>erste Bar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last bar</source>
        <translation>letzte Bar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First bar traded; earlier bars still warm the indicators up</source>
        <translation>Erste gehandelte Bar; frühere Bars dienen weiterhin zum Einschwingen der Indikatoren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit Se&amp;ttings...</source>
        <translation>Einstell&amp;ungen bearbeiten...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Costs, slippage, fills, stops, position sizing and the account</source>
        <translation>Kosten, Slippage, Ausführungen, Stopps, Positionsgröße und Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs &amp;&amp; sizing:</source>
        <translation>Kosten &amp;&amp; Positionsgröße:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Run Backtest</source>
        <translation>Backtest &amp;ausführen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Optimise...</source>
        <translation>&amp;Optimieren...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grid search over the strategy&apos;s parameters, with heatmap and deflated Sharpe ratio</source>
        <translation>Rastersuche über die Parameter der Strategie, mit Heatmap und Deflated Sharpe-Ratio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Walk-Forward...</source>
        <translation>&amp;Walk-Forward...</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Rate in the run settings</source>
        <translation>Zins in den Laufeinstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (mean over the run)</source>
        <translation>%1 (Mittelwert über den Lauf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1 (rule)</source>
        <translation>%1 (Regel)</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>choose a strategy</source>
        <translation>wählen Sie eine Strategie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open a workspace first</source>
        <translation>öffnen Sie zuerst einen Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose a symbol to trade</source>
        <translation>wählen Sie ein Symbol zum Handeln</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>choose a hedge symbol other than %1</source>
        <translation>wählen Sie ein anderes Hedge-Symbol als %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the first date (%1) is after the last (%2)</source>
        <translation>das erste Datum (%1) liegt nach dem letzten (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Running %1 on %2...</source>
        <translation>%1 wird auf %2 ausgeführt...</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n round trip(s), Sharpe %1, CAGR %2 (%3 ms).</source>
        <translation>
            <numerusform>%n Round Trip, Sharpe %1, CAGR %2 (%3 ms).</numerusform>
            <numerusform>%n Round Trips, Sharpe %1, CAGR %2 (%3 ms).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rutile::ui::StrategyParamsDialog</name>
    <message>
        <location filename="../ui/backtest/StrategyParamsDialog.cpp" line="+19"/>
        <source>%1 Parameters</source>
        <translation>Parameter von %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This strategy has no parameters.</source>
        <translation>Diese Strategie hat keine Parameter.</translation>
    </message>
</context>
<context>
    <name>rutile::ui::SymbolTableModel</name>
    <message>
        <location filename="../ui/SymbolTableModel.cpp" line="+22"/>
        <source>Sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 (synthetic)</source>
        <translation>%1 (synthetisch)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded from %1 as %2</source>
        <translation>Heruntergeladen von %1 als %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last updated %1</source>
        <translation>Zuletzt aktualisiert %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synthetic data generated by Rutile, not market data.</source>
        <translation>Von Rutile erzeugte synthetische Daten, keine Marktdaten.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schluss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chg</source>
        <translation>Veränd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chg %</source>
        <translation>Veränd. %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bars</source>
        <translation>Bars</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>rutile::ui::TableCsvExport</name>
    <message>
        <location filename="../ui/TableCsvExport.cpp" line="+79"/>
        <source>Export as CSV...</source>
        <translation>Als CSV exportieren...</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Export table as CSV</source>
        <translation>Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>rutile::ui::TaskRunControls</name>
    <message>
        <location filename="../ui/TaskRunControls.cpp" line="+18"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>rutile::ui::TradeChartLink</name>
    <message>
        <location filename="../ui/backtest/TradeChartLink.cpp" line="+71"/>
        <source>long</source>
        <translation>Long</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>short</source>
        <translation>Short</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trade %1: %2 entry at %3 on %4</source>
        <translation>Trade %1: %2-Einstieg zu %3 am %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trade %1: %2 exit at %3 on %4 (P&amp;L %5)</source>
        <translation>Trade %1: %2-Ausstieg zu %3 am %4 (P&amp;L %5)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stop-loss %1</source>
        <translation>Stop-Loss %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take-profit %1</source>
        <translation>Take-Profit %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trailing stop (initial) %1</source>
        <translation>Trailing-Stop (anfänglich) %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Trade %1: %2</source>
        <translation>Trade %1: %2</translation>
    </message>
</context>
<context>
    <name>rutile::ui::TradeTableModel</name>
    <message>
        <location filename="../ui/backtest/TradeTableModel.cpp" line="+40"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop-loss</source>
        <translation>Stop-Loss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take-profit</source>
        <translation>Take-Profit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trailing stop</source>
        <translation>Trailing-Stop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End of data</source>
        <translation>Datenende</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Long</source>
        <translation>Long</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Short</source>
        <translation>Short</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Select the trade to show it on the chart</source>
        <translation>Wählen Sie den Trade aus, um ihn im Chart anzuzeigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry date</source>
        <translation>Einstiegsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry price</source>
        <translation>Einstiegskurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit date</source>
        <translation>Ausstiegsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit price</source>
        <translation>Ausstiegskurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;L</source>
        <translation>P&amp;L</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return</source>
        <translation>Rendite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bars</source>
        <translation>Bars</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission</source>
        <translation>Provision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit reason</source>
        <translation>Ausstiegsgrund</translation>
    </message>
</context>
<context>
    <name>rutile::ui::VolumeAxisTicker</name>
    <message>
        <location filename="../ui/chart/VolumeAxisTicker.cpp" line="+27"/>
        <source>T</source>
        <translation>Bio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B</source>
        <translation>Mrd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M</source>
        <translation>Mio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K</source>
        <translation>Tsd</translation>
    </message>
</context>
<context>
    <name>rutile::ui::WalkForwardFoldModel</name>
    <message>
        <location filename="../ui/backtest/WalkForwardView.cpp" line="+119"/>
        <source>Fold</source>
        <translation>Fold</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In-sample</source>
        <translation>In-Sample</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out-of-sample</source>
        <translation>Out-of-Sample</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Winner</source>
        <translation>Gewinner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IS %1</source>
        <translation>IS %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IS CAGR</source>
        <translation>IS CAGR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OOS CAGR</source>
        <translation>OOS CAGR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OOS Sharpe</source>
        <translation>OOS Sharpe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OOS max DD</source>
        <translation>OOS max. DD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OOS trades</source>
        <translation>OOS Trades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Efficiency</source>
        <translation>Effizienz</translation>
    </message>
</context>
<context>
    <name>rutile::ui::WalkForwardView</name>
    <message>
        <location line="+46"/>
        <source>Run a walk-forward analysis: each in-sample window is optimised over the grid and the next out-of-sample window is traded with the winner.</source>
        <translation>Führen Sie eine Walk-Forward-Analyse aus: Jedes In-Sample-Fenster wird über das Raster optimiert, und das nächste Out-of-Sample-Fenster wird mit dem Gewinner gehandelt.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n fold(s), %1 %2 out-of-sample bars</source>
        <translation>
            <numerusform>%n Fold, %1 %2 Out-of-Sample-Bars</numerusform>
            <numerusform>%n Folds, %1 %2 Out-of-Sample-Bars</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anchored,</source>
        <translation>verankert,</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rolling,</source>
        <translation>rollierend,</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Out of sample: CAGR %1, Sharpe %2, max drawdown %3, %4 trades.</source>
        <translation>Out-of-Sample: CAGR %1, Sharpe %2, max. Drawdown %3, %4 Trades.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Walk-forward efficiency %1</source>
        <translation>Walk-Forward-Effizienz %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(undefined: the in-sample winners did not grow on average).</source>
        <translation>(nicht definiert: Die In-Sample-Gewinner sind im Durchschnitt nicht gewachsen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(0.5 or more is usually read as robust).</source>
        <translation>(0.5 oder mehr gilt üblicherweise als robust).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(below 0.5: the in-sample optimum carries over poorly; likely over-fitted).</source>
        <translation>(unter 0.5: Das In-Sample-Optimum überträgt sich schlecht; wahrscheinlich überangepasst).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: the folds finished before the cancel are shown.</source>
        <translation>Abgebrochen: Die vor dem Abbruch abgeschlossenen Folds werden angezeigt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Out-of-sample (stitched)</source>
        <translation>Out-of-Sample (zusammengefügt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buy &amp; hold %1</source>
        <translation>Buy &amp; Hold %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>F%1</source>
        <translation>F%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <location line="+8"/>
        <source>there is no walk-forward result to export</source>
        <translation>es gibt kein Walk-Forward-Ergebnis zum Exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write the image</source>
        <translation>das Bild kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>rutile::ui::WatchlistBar</name>
    <message>
        <location filename="../ui/WatchlistBar.cpp" line="+36"/>
        <source>Show every symbol, or only the members of a watchlist</source>
        <translation>Alle Symbole anzeigen oder nur die Mitglieder einer Watchlist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make or delete watchlists</source>
        <translation>Watchlists erstellen oder löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Watchlist of the Symbol Shown...</source>
        <translation>&amp;Neue Watchlist mit dem angezeigten Symbol...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New Watchlist of &amp;All Symbols...</source>
        <translation>Neue Watchlist mit &amp;allen Symbolen...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delete the Watchlist Shown</source>
        <translation>Angezeigte Watchlist &amp;löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete Watchlist</source>
        <translation>Watchlist löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the watchlist %1? Its symbols stay in the workspace.</source>
        <translation>Die Watchlist %1 löschen? Ihre Symbole bleiben im Arbeitsbereich.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot read the watchlists: %1</source>
        <translation>Die Watchlists können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All symbols</source>
        <translation>Alle Symbole</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot read the watchlist %1: %2</source>
        <translation>Die Watchlist %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New Watchlist</source>
        <translation>Neue Watchlist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the watchlist:</source>
        <translation>Name der Watchlist:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot change the watchlist %1: %2</source>
        <translation>Die Watchlist %1 kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a symbol to start the watchlist %1 with.</source>
        <translation>Wählen Sie ein Symbol aus, mit dem die Watchlist %1 beginnen soll.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is a watchlist %1 already</source>
        <translation>es gibt bereits eine Watchlist %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made the watchlist %1 of %2 symbols.</source>
        <translation>Watchlist %1 mit %2 Symbolen erstellt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no watchlist %1 any more</source>
        <translation>es gibt keine Watchlist %1 mehr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added %1 to %2.</source>
        <translation>%1 zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not in the watchlist %2</source>
        <translation>%1 ist nicht in der Watchlist %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removed %1, the last of %2: the watchlist is gone.</source>
        <translation>%1 entfernt, das letzte Symbol von %2: Die Watchlist existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed %1 from %2.</source>
        <translation>%1 aus %2 entfernt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no watchlist %1</source>
        <translation>es gibt keine Watchlist %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted the watchlist %1.</source>
        <translation>Watchlist %1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>rutile::ui::WatchlistView</name>
    <message>
        <location filename="../ui/WatchlistView.cpp" line="+73"/>
        <source>Export Bars of %1 as CSV...</source>
        <translation>Bars von %1 als CSV exportieren...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Update %1 from %2</source>
        <translation>%1 von %2 aktualisieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add %1 to &amp;Watchlist</source>
        <translation>%1 zur &amp;Watchlist hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;New Watchlist...</source>
        <translation>&amp;Neue Watchlist...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove %1 from %2</source>
        <translation>%1 aus %2 ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export Table as CSV...</source>
        <translation>Tabelle als CSV exportieren...</translation>
    </message>
</context>
<context>
    <name>rutile::ui::WorkspaceWriter</name>
    <message>
        <location filename="../ui/WorkspaceWriter.cpp" line="+17"/>
        <source>the workspace file no longer exists</source>
        <translation>die Arbeitsbereichsdatei existiert nicht mehr</translation>
    </message>
</context>
</TS>
