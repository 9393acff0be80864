<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../ui/FileDialog.cpp" line="+24"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 File</source>
        <translation>Fichier %1</translation>
    </message>
</context>
<context>
    <name>rutile::Backtest</name>
    <message>
        <location filename="../core/backtest/BacktestData.cpp" line="+22"/>
        <source>no symbol to trade</source>
        <translation>aucun symbole à négocier</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>not enough data: %1 has fewer than 2 bars between the dates given</source>
        <translation>données insuffisantes : %1 a moins de 2 barres entre les dates indiquées</translation>
    </message>
    <message>
        <location filename="../core/backtest/Backtester.cpp" line="+528"/>
        <source>%1 trades %2 symbols; the data holds %3 (a pair needs --pair)</source>
        <translation>%1 négocie %2 symboles ; les données en contiennent %3 (une paire nécessite --pair)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>strategy %1 has no factory</source>
        <translation>la stratégie %1 n&apos;a pas de fabrique</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>stop-loss, take-profit and trailing stops apply to single-symbol strategies only</source>
        <translation>le stop loss, le take profit et les stops suiveurs s&apos;appliquent uniquement aux stratégies à un seul symbole</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not enough data: a backtest needs at least 2 bars, the range has %1</source>
        <translation>données insuffisantes : un backtest nécessite au moins 2 barres, la période en compte %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the benchmark %1 shares too few days with the run for beta and alpha</source>
        <translation>l&apos;indice de référence %1 a trop peu de jours en commun avec l&apos;exécution pour calculer le bêta et l&apos;alpha</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n position(s) still open at the end of the data were closed at the last close</source>
        <translation>
            <numerusform>%n position encore ouverte à la fin des données a été clôturée au dernier cours de clôture</numerusform>
            <numerusform>%n positions encore ouvertes à la fin des données ont été clôturées au dernier cours de clôture</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n working order(s) never filled</source>
        <translation>
            <numerusform>%n ordre en attente n&apos;a jamais été exécuté</numerusform>
            <numerusform>%n ordres en attente n&apos;ont jamais été exécutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n entry order(s) got no units from the sizing model and were skipped</source>
        <translation>
            <numerusform>%n ordre d&apos;entrée n&apos;a obtenu aucune unité du modèle de dimensionnement et a été ignoré</numerusform>
            <numerusform>%n ordres d&apos;entrée n&apos;ont obtenu aucune unité du modèle de dimensionnement et ont été ignorés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the equity fell to zero or below; returns after that point are meaningless</source>
        <translation>le capital est tombé à zéro ou en dessous ; les rendements au-delà de ce point n&apos;ont pas de sens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the strategy made no trade</source>
        <translation>la stratégie n&apos;a effectué aucune transaction</translation>
    </message>
    <message>
        <location filename="../core/backtest/ConfigParams.cpp" line="+27"/>
        <source>Starting cash</source>
        <translation>Liquidités initiales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position size</source>
        <translation>Taille de position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many units each entry buys or sells</source>
        <translation>Nombre d&apos;unités achetées ou vendues à chaque entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Percent of equity</source>
        <translation>Pourcentage du capital</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Fixed units</source>
        <translation>Unités fixes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Volatility target (ATR)</source>
        <translation>Cible de volatilité (ATR)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notional per entry as a percent of equity at the fill</source>
        <translation>Notionnel par entrée, en pourcentage du capital au moment de l&apos;exécution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Units per entry</source>
        <translation>Unités par entrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk per ATR (%)</source>
        <translation>Risque par ATR (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volatility target: percent of equity lost on a one-ATR move against the position (units = P% · equity / ATR)</source>
        <translation>Cible de volatilité : pourcentage du capital perdu sur un mouvement d&apos;un ATR contre la position (unités = P% · capital / ATR)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sizing ATR period</source>
        <translation>Période ATR du dimensionnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ATR period of the volatility target</source>
        <translation>Période ATR de la cible de volatilité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum leverage</source>
        <translation>Effet de levier maximal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap of volatility sizing: notional ≤ leverage · equity</source>
        <translation>Plafond du dimensionnement par la volatilité : notionnel ≤ levier · capital</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole units</source>
        <translation>Unités entières</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round percent and volatility sizes down to whole units</source>
        <translation>Arrondir à l&apos;unité entière inférieure les tailles calculées en pourcentage et par la volatilité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How commission is charged on each fill</source>
        <translation>Mode de prélèvement de la commission sur chaque exécution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent of notional</source>
        <translation>Pourcentage du notionnel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per unit (with minimum)</source>
        <translation>Par unité (avec minimum)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fixed per order</source>
        <translation>Fixe par ordre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission (% of notional)</source>
        <translation>Commission (% du notionnel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per fill, in percent of its notional</source>
        <translation>Par exécution, en pourcentage de son notionnel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission per unit</source>
        <translation>Commission par unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per unit traded, instead of a percent</source>
        <translation>Par unité négociée, au lieu d&apos;un pourcentage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimum commission</source>
        <translation>Commission minimale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per order, with the per-unit commission</source>
        <translation>Par ordre, avec la commission par unité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission per order</source>
        <translation>Commission par ordre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fixed amount per order, instead of a percent</source>
        <translation>Un montant fixe par ordre, au lieu d&apos;un pourcentage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slippage (bps)</source>
        <translation>Glissement (pb)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis points against the trader on market and stop fills</source>
        <translation>Points de base en défaveur du trader sur les exécutions au marché et stop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop-loss (%)</source>
        <translation>Stop loss (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>From the entry price; 0: none</source>
        <translation>Depuis le prix d&apos;entrée ; 0 : aucun</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Take-profit (%)</source>
        <translation>Take profit (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trailing stop (%)</source>
        <translation>Stop suiveur (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the best price since entry; 0: none</source>
        <translation>Depuis le meilleur prix depuis l&apos;entrée ; 0 : aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trailing stop (ATRs)</source>
        <translation>Stop suiveur (en ATR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ATRs from the best price since entry; 0: none</source>
        <translation>En ATR depuis le meilleur prix depuis l&apos;entrée ; 0 : aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trailing ATR period</source>
        <translation>Période ATR du stop suiveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ATR period of the trailing stop in ATRs</source>
        <translation>Période ATR du stop suiveur exprimé en ATR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Market orders fill at</source>
        <translation>Exécution des ordres au marché</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next bar&apos;s open or its close</source>
        <translation>À l&apos;ouverture ou à la clôture de la barre suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next bar&apos;s open</source>
        <translation>Ouverture de la barre suivante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next bar&apos;s close</source>
        <translation>Clôture de la barre suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk-free rate (%/year)</source>
        <translation>Taux sans risque (%/an)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual, for Sharpe, Sortino and alpha</source>
        <translation>Annuel, pour Sharpe, Sortino et l&apos;alpha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trading days per year</source>
        <translation>Jours de bourse par an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annualisation of daily statistics</source>
        <translation>Annualisation des statistiques journalières</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 and %2 are alternatives; give one</source>
        <translation>%1 et %2 s&apos;excluent mutuellement ; indiquez-en un seul</translation>
    </message>
    <message>
        <location filename="../core/backtest/Optimizer.cpp" line="+82"/>
        <source>threads</source>
        <translation>fils d&apos;exécution</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>deflated Sharpe confidence</source>
        <translation>confiance du ratio de Sharpe déflaté</translation>
    </message>
    <message numerus="yes">
        <location line="+158"/>
        <source>no grid point could be evaluated (%n skipped): %1</source>
        <translation>
            <numerusform>aucun point de la grille n&apos;a pu être évalué (%n ignoré) : %1</numerusform>
            <numerusform>aucun point de la grille n&apos;a pu être évalué (%n ignorés) : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/backtest/ParameterGrid.cpp" line="+22"/>
        <source>%1: grid start (%2) must be a finite number</source>
        <translation>%1 : le début de la grille (%2) doit être un nombre fini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: grid stop (%2) must be a finite number</source>
        <translation>%1 : la fin de la grille (%2) doit être un nombre fini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: grid step (%2) must be a positive number</source>
        <translation>%1 : le pas de la grille (%2) doit être un nombre positif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: grid stop (%2) is below its start (%3)</source>
        <translation>%1 : la fin de la grille (%2) est inférieure à son début (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: a whole-number parameter needs a whole start and step, found %2:%3:%4</source>
        <translation>%1 : un paramètre entier nécessite un début et un pas entiers, trouvé : %2:%3:%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 grid values; at most %3</source>
        <translation>%1 : %2 valeurs de grille ; %3 au maximum</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected name=start:stop:step, found &apos;%1&apos;</source>
        <translation>nom=début:fin:pas attendu, trouvé : &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown parameter &apos;%1&apos;; expected one of: %2</source>
        <translation>paramètre inconnu &apos;%1&apos; ; valeurs attendues : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: expected start:stop:step, found &apos;%2&apos;</source>
        <translation>%1 : début:fin:pas attendu, trouvé : &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &apos;%2&apos; is not a number</source>
        <translation>%1 : &apos;%2&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>unknown grid parameter &apos;%1&apos;</source>
        <translation>paramètre de grille inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>parameter &apos;%1&apos; appears on the grid twice</source>
        <translation>le paramètre &apos;%1&apos; figure deux fois dans la grille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grid parameter &apos;%1&apos; has no values</source>
        <translation>le paramètre de grille &apos;%1&apos; n&apos;a aucune valeur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the grid has %1 points; at most %2</source>
        <translation>la grille compte %1 points ; %2 au maximum</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>shard count</source>
        <translation>nombre de fragments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shard index</source>
        <translation>indice du fragment</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--shard expects i/N (i from 0 to N−1), found &apos;%1&apos;</source>
        <translation>--shard attend i/N (i de 0 à N−1), trouvé : &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/backtest/ResultJson.cpp" line="+321"/>
        <source>&apos;results&apos; is not a list of grid points</source>
        <translation>&apos;results&apos; n&apos;est pas une liste de points de grille</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not an optimisation shard: &apos;grid_size&apos; or &apos;shard&apos; is missing or invalid</source>
        <translation>ce n&apos;est pas un fragment d&apos;optimisation : &apos;grid_size&apos; ou &apos;shard&apos; est absent ou invalide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;results&apos; is empty, but shard %1/%2 covers grid points %3 to %4</source>
        <translation>&apos;results&apos; est vide, alors que le fragment %1/%2 couvre les points de grille %3 à %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;results&apos; holds a point (index %1) outside shard %2/%3 (grid points %4 to %5) or twice</source>
        <translation>&apos;results&apos; contient un point (indice %1) en dehors du fragment %2/%3 (points de grille %4 à %5) ou en double</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;results&apos; has %1 points and %2 were skipped, but shard %3/%4 covers %5 grid points</source>
        <translation>&apos;results&apos; compte %1 points et %2 ont été ignorés, mais le fragment %3/%4 couvre %5 points de grille</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>merge needs at least one shard file</source>
        <translation>la fusion nécessite au moins un fichier de fragment</translation>
    </message>
    <message>
        <location filename="../core/backtest/ParameterGrid.cpp" line="-13"/>
        <source>shard 1</source>
        <translation>fragment 1</translation>
    </message>
    <message>
        <location filename="../core/backtest/ResultJson.cpp" line="+10"/>
        <source>not an optimisation result: no &apos;%1&apos;</source>
        <translation>pas un résultat d&apos;optimisation : pas de &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>differs from %1 in &apos;%2&apos;: not the same experiment</source>
        <translation>diffère de %1 par &apos;%2&apos; : pas la même expérience</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>belongs to a split into %1 shards, %2 to %3</source>
        <translation>appartient à un découpage en %1 fragments, %2 à un découpage en %3</translation>
    </message>
    <message>
        <location filename="../core/backtest/ParameterGrid.cpp" line="-5"/>
        <source>shard %1: %2</source>
        <translation>fragment %1 : %2</translation>
    </message>
    <message>
        <location filename="../core/backtest/WalkForward.cpp" line="+21"/>
        <source>in-sample bars</source>
        <translation>barres dans l&apos;échantillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>out-of-sample bars</source>
        <translation>barres hors échantillon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not enough data: an in-sample window of %1 bars and an out-of-sample window of at least 2 need %2 bars, the range has %3</source>
        <translation>données insuffisantes : une fenêtre dans l&apos;échantillon de %1 barres et une fenêtre hors échantillon d&apos;au moins 2 barres nécessitent %2 barres, la période en compte %3</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>walk-forward runs the whole grid; --shard does not apply</source>
        <translation>le walk-forward parcourt toute la grille ; --shard ne s&apos;applique pas</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>walk-forward fold %1 (in-sample %2 to %3): %4</source>
        <translation>pli walk-forward %1 (dans l&apos;échantillon du %2 au %3) : %4</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the out-of-sample equity fell to zero; the walk-forward stopped at fold %1</source>
        <translation>le capital hors échantillon est tombé à zéro ; le walk-forward s&apos;est arrêté au pli %1</translation>
    </message>
    <message>
        <location filename="../core/trading/MarketData.cpp" line="+68"/>
        <source>no symbols to align</source>
        <translation>aucun symbole à aligner</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 have no trading day in common</source>
        <translation>%1 n&apos;ont aucun jour de bourse en commun</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>leg %1 out of range [0, %2]</source>
        <translation>jambe %1 hors de l&apos;intervalle [0, %2]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown indicator &apos;%1&apos;; expected one of: %2</source>
        <translation>indicateur inconnu &apos;%1&apos; ; valeurs attendues : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not enough data: %1(%2) needs at least %3 bars, %4 has %5</source>
        <translation>données insuffisantes : %1(%2) nécessite au moins %3 barres, %4 en a %5</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 has no output &apos;%2&apos;; expected one of: %3</source>
        <translation>%1 n&apos;a pas de sortie &apos;%2&apos; ; valeurs attendues : %3</translation>
    </message>
</context>
<context>
    <name>rutile::CsvLayout</name>
    <message>
        <location filename="../core/data/CsvLayout.cpp" line="+57"/>
        <source>expected %1, found %2</source>
        <translation>attendu : %1 ; trouvé : %2</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+200"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>cannot recognise the date format of %1; choose one in the column mapping (for example dd.MM.yyyy)</source>
        <translation>impossible de reconnaître le format de date de %1 ; choisissez-en un dans la correspondance des colonnes (par exemple dd.MM.yyyy)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>no column is mapped to the date</source>
        <translation>aucune colonne n&apos;est associée à la date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no column is mapped to the close</source>
        <translation>aucune colonne n&apos;est associée à la clôture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>column %1 is mapped to both %2 and %3</source>
        <translation>la colonne %1 est associée à la fois à %2 et à %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the delimiter and the decimal separator are both &apos;%1&apos;</source>
        <translation>le délimiteur et le séparateur décimal sont tous deux &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the decimal separator must be &apos;.&apos; or &apos;,&apos;</source>
        <translation>le séparateur décimal doit être &apos;.&apos; ou &apos;,&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>header lines (%1) must be 0 or more</source>
        <translation>le nombre de lignes d&apos;en-tête (%1) doit être supérieur ou égal à 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the date format &apos;%1&apos; needs a year (yyyy or yy), a month (MM or M) and a day (dd or d)</source>
        <translation>le format de date &apos;%1&apos; nécessite une année (yyyy ou yy), un mois (MM ou M) et un jour (dd ou d)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the file holds the histories of %1 tickers (%2); Rutile imports one a file: save each ticker&apos;s columns to a file of its own</source>
        <translation>le fichier contient l’historique de %1 tickers (%2) ; Rutile en importe un par fichier : enregistrez les colonnes de chaque ticker dans un fichier distinct</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the Yahoo Finance header &apos;Date,Open,High,Low,Close,Adj Close,Volume&apos;</source>
        <translation>l&apos;en-tête Yahoo Finance &apos;Date,Open,High,Low,Close,Adj Close,Volume&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the Stooq header &apos;Date,Open,High,Low,Close,Volume&apos;</source>
        <translation>l&apos;en-tête Stooq &apos;Date,Open,High,Low,Close,Volume&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the three yfinance header lines &apos;Price,...&apos;, &apos;Ticker,...&apos;, &apos;Date,...&apos;</source>
        <translation>les trois lignes d&apos;en-tête yfinance &apos;Price,...&apos;, &apos;Ticker,...&apos;, &apos;Date,...&apos;</translation>
    </message>
</context>
<context>
    <name>rutile::CsvWriter</name>
    <message>
        <location filename="../core/report/CsvWriter.cpp" line="+86"/>
        <source>a CSV record was left unfinished</source>
        <translation>un enregistrement CSV est resté inachevé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot write: %1</source>
        <translation>écriture impossible : %1</translation>
    </message>
</context>
<context>
    <name>rutile::Error</name>
    <message>
        <location filename="../core/util/Error.cpp" line="+21"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
</context>
<context>
    <name>rutile::HistoryDownload</name>
    <message>
        <location filename="../core/import/HistoryDownload.cpp" line="+82"/>
        <source>%1: cached close %2, now %3</source>
        <translation>%1 : clôture en cache %2, désormais %3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: not in the workspace</source>
        <translation>%1 : absent de l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: imported from a file, not downloaded; download it once (rutile-cli download) to update it</source>
        <translation>%1 : importé depuis un fichier, non téléchargé ; téléchargez-le une première fois (rutile-cli download) pour pouvoir le mettre à jour</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 rewrote its history (%2); the full history was fetched again and replaced the cached bars</source>
        <translation>%1 a réécrit son historique (%2) ; l&apos;historique complet a été récupéré à nouveau et a remplacé les barres en cache</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1: cancelled; left as it was</source>
        <translation>%1 : annulé ; laissé en l&apos;état</translation>
    </message>
</context>
<context>
    <name>rutile::HistoryImporter</name>
    <message>
        <location filename="../core/import/HistoryImporter.cpp" line="+29"/>
        <source>the file&apos;s ticker %1 is not a valid symbol (letters, digits and . - _ =, up to 32); give the symbol to import it as</source>
        <translation>le ticker du fichier, %1, n&apos;est pas un symbole valide (lettres, chiffres et . - _ =, 32 au plus) ; indiquez le symbole sous lequel l&apos;importer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a valid symbol (letters, digits and . - _ =, up to 32)</source>
        <translation>%1 n&apos;est pas un symbole valide (lettres, chiffres et . - _ =, 32 caractères au maximum)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot tell the symbol from the file name; name it</source>
        <translation>impossible de déduire le symbole du nom de fichier ; indiquez-le</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no Date column found</source>
        <translation>aucune colonne Date trouvée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no Close column found</source>
        <translation>aucune colonne Close trouvée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a recognised price history: %1; expected a Yahoo Finance, yfinance or Stooq header, or a CSV with a date and a close column (use --format generic with --columns)</source>
        <translation>historique de cours non reconnu : %1 ; un en-tête Yahoo Finance, yfinance ou Stooq est attendu, ou un CSV avec une colonne de date et une colonne de clôture (utilisez --format generic avec --columns)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no data rows</source>
        <translation>aucune ligne de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none of the %1 rows can be used; the first problem: %2</source>
        <translation>aucune des %1 lignes n&apos;est utilisable ; premier problème : %2</translation>
    </message>
</context>
<context>
    <name>rutile::HistoryParser</name>
    <message>
        <location filename="../core/data/HistoryParser.cpp" line="+115"/>
        <source>rows are not in date order (line %1 goes back to %2); they were sorted</source>
        <translation>les lignes ne sont pas dans l&apos;ordre chronologique (la ligne %1 revient au %2) ; elles ont été triées</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 appears again on line %2; line %3 was dropped</source>
        <translation>%1 apparaît de nouveau à la ligne %2 ; la ligne %3 a été supprimée</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 must be a positive price, found %2</source>
        <translation>%1 doit être un prix positif, trouvé : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>high %1 is below max(open %2, close %3)</source>
        <translation>le plus haut %1 est inférieur à max(ouverture %2, clôture %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>low %1 is above min(open %2, close %3)</source>
        <translation>le plus bas %1 est supérieur à min(ouverture %2, clôture %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>volume must be 0 or more, found %1</source>
        <translation>le volume doit être supérieur ou égal à 0, trouvé : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a finite number, found %1</source>
        <translation>nombre fini attendu, trouvé : %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>import cancelled</source>
        <translation>import annulé</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>expected a date like %1, found %2</source>
        <translation>date attendue au format %1, trouvé : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing value %1 for %2</source>
        <translation>valeur %1 manquante pour %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected a number for %1, found %2</source>
        <translation>nombre attendu pour %1, trouvé : %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected %1 fields, found %2</source>
        <translation>%1 champs attendus, %2 trouvés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected at least %1 columns, found %2</source>
        <translation>au moins %1 colonnes attendues, %2 trouvées</translation>
    </message>
</context>
<context>
    <name>rutile::HoldingsFile</name>
    <message>
        <location filename="../core/import/HoldingsFile.cpp" line="+25"/>
        <source>cannot tell the fund from the file name %1</source>
        <translation>impossible de déduire le fonds du nom de fichier %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is larger than 64 MiB; a holdings export is far smaller</source>
        <translation>le fichier dépasse 64 Mio ; un export de positions est bien plus petit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no &quot;Fund Holdings as of&quot; date in the preamble</source>
        <translation>aucune date &quot;Fund Holdings as of&quot; dans le préambule</translation>
    </message>
</context>
<context>
    <name>rutile::IndexEngine</name>
    <message>
        <location filename="../core/index/IndexEngine.cpp" line="+80"/>
        <source>the index base must be a positive number</source>
        <translation>la base de l&apos;indice doit être un nombre positif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the index range starts after it ends</source>
        <translation>la période de l&apos;indice commence après sa fin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the attribution range starts after it ends</source>
        <translation>la période d&apos;attribution commence après sa fin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no share counts; cap and float weighting need them (equal weighting does not)</source>
        <translation>%1 n&apos;a pas de nombre d&apos;actions ; la pondération par capitalisation et par flottant en a besoin (pas l&apos;équipondération)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the share count of %2 is not a positive number</source>
        <translation>%1 : le nombre d&apos;actions de %2 n&apos;est pas un nombre positif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the split of %2 has no positive ratio</source>
        <translation>%1 : la division d&apos;actions de %2 n&apos;a pas de ratio positif</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1: the close of %2 is not a positive number</source>
        <translation>%1 : la clôture de %2 n&apos;est pas un nombre positif</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>no constituent has a bar in the index range</source>
        <translation>aucun constituant n&apos;a de barre dans la période de l&apos;indice</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the attribution range holds no day of the index (%1 to %2)</source>
        <translation>la période d&apos;attribution ne contient aucun jour de l&apos;indice (%1 à %2)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>no constituent trades on %1</source>
        <translation>aucun constituant ne cote le %1</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>every constituent has left the index at the close of %1, before the end of its range</source>
        <translation>tous les constituants ont quitté l&apos;indice à la clôture du %1, avant la fin de sa période</translation>
    </message>
</context>
<context>
    <name>rutile::Indicators</name>
    <message>
        <location filename="../core/indicators/IndicatorRegistry.cpp" line="+30"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of bars in the window</source>
        <translation>Nombre de barres dans la fenêtre</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Simple moving average</source>
        <translation>Moyenne mobile simple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean of the last n closes</source>
        <translation>Moyenne des n dernières clôtures</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exponential moving average</source>
        <translation>Moyenne mobile exponentielle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EMA with k = 2/(n+1), seeded with the SMA of the first n closes</source>
        <translation>EMA avec k = 2/(n+1), initialisée avec la SMA des n premières clôtures</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Weighted moving average</source>
        <translation>Moyenne mobile pondérée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linearly weighted mean of the last n closes, newest heaviest</source>
        <translation>Moyenne pondérée linéairement des n dernières clôtures, la plus récente ayant le poids le plus fort</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Double exponential moving average</source>
        <translation>Moyenne mobile exponentielle double</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2·EMA − EMA(EMA)</source>
        <translation>2·EMA − EMA(EMA)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Triple exponential moving average</source>
        <translation>Moyenne mobile exponentielle triple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3·EMA − 3·EMA(EMA) + EMA(EMA(EMA))</source>
        <translation>3·EMA − 3·EMA(EMA) + EMA(EMA(EMA))</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bollinger Bands</source>
        <translation>Bandes de Bollinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMA ± k population standard deviations of the last n closes</source>
        <translation>SMA ± k écarts-types (de la population) des n dernières clôtures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width (σ)</source>
        <translation>Largeur (σ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance of the bands from the middle, in standard deviations</source>
        <translation>Distance des bandes par rapport au milieu, en écarts-types</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upper</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Middle</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lower</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Relative strength index</source>
        <translation>Indice de force relative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wilder&apos;s RSI: 100·G/(G+L) of smoothed gains and losses</source>
        <translation>RSI de Wilder : 100·G/(G+L) des gains et pertes lissés</translation>
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
        <translation>Convergence/divergence des moyennes mobiles : EMA rapide − EMA lente, son EMA de signal et l&apos;histogramme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fast period</source>
        <translation>Période rapide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow period</source>
        <translation>Période lente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period of the slow EMA; must exceed the fast period</source>
        <translation>Période de l&apos;EMA lente ; doit dépasser la période rapide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal period</source>
        <translation>Période du signal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Histogram</source>
        <translation>Histogramme</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Average true range</source>
        <translation>Average true range</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wilder-smoothed true range</source>
        <translation>True range lissé selon Wilder</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stochastic</source>
        <translation>Stochastique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow stochastic oscillator: %K and its moving average %D</source>
        <translation>Oscillateur stochastique lent : %K et sa moyenne mobile %D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%K period</source>
        <translation>Période %K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%K smoothing</source>
        <translation>Lissage %K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%D period</source>
        <translation>Période %D</translation>
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
        <translation>Indice directionnel moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wilder&apos;s trend strength with the +DI and −DI lines</source>
        <translation>Force de tendance de Wilder, avec les lignes +DI et −DI</translation>
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
        <translation>Commodity channel index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deviation of the typical price from its mean, in units of 0.015 mean deviations</source>
        <translation>Écart du prix typique par rapport à sa moyenne, en unités de 0.015 écart moyen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Williams %R</source>
        <translation>Williams %R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position of the close within the high–low range of the last n bars, −100..0</source>
        <translation>Position de la clôture dans la fourchette plus haut–plus bas des n dernières barres, −100..0</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Money flow index</source>
        <translation>Money flow index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume-weighted RSI of the typical price</source>
        <translation>RSI du prix typique pondéré par le volume</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>On-balance volume</source>
        <translation>On-balance volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running total of volume, added on up closes and subtracted on down closes</source>
        <translation>Cumul du volume, ajouté lors des clôtures en hausse et soustrait lors des clôtures en baisse</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rate of change</source>
        <translation>Taux de variation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percentage change of the close over n bars</source>
        <translation>Variation en pourcentage de la clôture sur n barres</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+83"/>
        <source>unknown indicator &apos;%1&apos;; known: %2</source>
        <translation>indicateur inconnu &apos;%1&apos; ; indicateurs connus : %2</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%1 output buffers given, %2 expected</source>
        <translation>%1 tampons de sortie fournis, %2 attendus</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>no indicator given</source>
        <translation>aucun indicateur indiqué</translation>
    </message>
    <message>
        <location filename="../core/indicators/IndicatorSupport.cpp" line="+38"/>
        <source>%1 (%2) is longer than the series (%3 bars)</source>
        <translation>%1 (%2) est plus long que la série (%3 barres)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an input or output holds %1 values where %2 are expected</source>
        <translation>une entrée ou une sortie contient %1 valeurs au lieu des %2 attendues</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>two outputs share memory</source>
        <translation>deux sorties partagent la même mémoire</translation>
    </message>
</context>
<context>
    <name>rutile::JsonText</name>
    <message>
        <location filename="../core/util/JsonText.cpp" line="+32"/>
        <source>not JSON: %1</source>
        <translation>pas du JSON : %1</translation>
    </message>
</context>
<context>
    <name>rutile::OutputFile</name>
    <message>
        <location filename="../core/report/OutputFile.cpp" line="+30"/>
        <source>cannot write: %1</source>
        <translation>écriture impossible : %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>an output needs a file name (or &apos;-&apos; for standard output)</source>
        <translation>une sortie nécessite un nom de fichier (ou &apos;-&apos; pour la sortie standard)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is a folder; expected a file name</source>
        <translation>est un dossier ; un nom de fichier est attendu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not writable</source>
        <translation>n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a folder</source>
        <translation>%1 n&apos;est pas un dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder %1 is not writable</source>
        <translation>le dossier %1 n&apos;est pas accessible en écriture</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+5"/>
        <source>cannot open for writing: %1</source>
        <translation>impossible d&apos;ouvrir en écriture : %1</translation>
    </message>
</context>
<context>
    <name>rutile::ParamJson</name>
    <message>
        <location filename="../core/params/ParamJson.cpp" line="+40"/>
        <source>unknown parameter %1</source>
        <translation>paramètre inconnu %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>parameter %1 has no value</source>
        <translation>le paramètre %1 n&apos;a pas de valeur</translation>
    </message>
</context>
<context>
    <name>rutile::Params</name>
    <message>
        <location filename="../core/params/ParamSpec.cpp" line="+70"/>
        <source>%1 (%2) must be true or false</source>
        <translation>%1 (%2) doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2) must be one of: %3</source>
        <translation>%1 (%2) doit être l&apos;une des valeurs suivantes : %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) must be a whole number in [%3, %4]</source>
        <translation>%1 (%2) doit être un nombre entier dans [%3, %4]</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 expects true or false, found &apos;%2&apos;</source>
        <translation>%1 attend true ou false, trouvé : &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 expects one of: %2; found &apos;%3&apos;</source>
        <translation>%1 attend l&apos;une des valeurs suivantes : %2 ; trouvé : &apos;%3&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 expects a number, found &apos;%2&apos;</source>
        <translation>%1 attend un nombre, trouvé : &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+63"/>
        <source>unknown parameter &apos;%1&apos;; expected one of: %2</source>
        <translation>paramètre inconnu &apos;%1&apos; ; valeurs attendues : %2</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>&apos;%1&apos; has no name before the arguments</source>
        <translation>&apos;%1&apos; n&apos;a pas de nom avant les arguments</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 arguments given, at most %2 expected (%3)</source>
        <translation>%1 arguments fournis, %2 au maximum attendus (%3)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>expected name=value, found &apos;%1&apos;</source>
        <translation>nom=valeur attendu, trouvé : &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>rutile::RangeCheck</name>
    <message>
        <location filename="../core/util/RangeCheck.cpp" line="+34"/>
        <source>%1 (%2) out of range %3</source>
        <translation>%1 (%2) hors de l&apos;intervalle %3</translation>
    </message>
</context>
<context>
    <name>rutile::Rules</name>
    <message>
        <location filename="../core/rules/ColumnEvaluator.cpp" line="+74"/>
        <source>the rules need more than %1 intermediate columns over %2 bars (%3 MB); simplify them</source>
        <translation>les règles nécessitent plus de %1 colonnes intermédiaires sur %2 barres (%3 Mo) ; simplifiez-les</translation>
    </message>
    <message>
        <location line="+73"/>
        <location filename="../core/rules/Compiler.cpp" line="+632"/>
        <source>ref() needs a constant bar count ≥ 0</source>
        <translation>ref() nécessite un nombre de barres constant ≥ 0</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2) must be at least %3</source>
        <translation>%1 (%2) doit être au moins égal à %3</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>internal error: &apos;%1&apos; cannot be evaluated</source>
        <translation>erreur interne : &apos;%1&apos; ne peut pas être évalué</translation>
    </message>
    <message>
        <location filename="../core/rules/Compiler.cpp" line="-498"/>
        <source>this expression</source>
        <translation>cette expression</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is a number, a condition is needed here</source>
        <translation>%1 est un nombre, une condition est requise ici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a condition, a number is needed here</source>
        <translation>%1 est une condition, un nombre est requis ici</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&apos;%1&apos; is a price field and cannot be a %2 name</source>
        <translation>&apos;%1&apos; est un champ de prix et ne peut pas servir de nom de %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is a function and cannot be a %2 name</source>
        <translation>&apos;%1&apos; est une fonction et ne peut pas servir de nom de %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is a keyword and cannot be a %2 name</source>
        <translation>&apos;%1&apos; est un mot-clé et ne peut pas servir de nom de %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>leg</source>
        <translation>jambe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only one extra leg is supported; &apos;%1&apos; is already declared</source>
        <translation>une seule jambe supplémentaire est prise en charge ; &apos;%1&apos; est déjà déclarée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is already defined on line %2</source>
        <translation>&apos;%1&apos; est déjà défini à la ligne %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is already the name of a leg (line %2)</source>
        <translation>&apos;%1&apos; est déjà le nom d&apos;une jambe (ligne %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>parameter</source>
        <translation>paramètre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>parameter names are lower case letters, digits and &apos;_&apos; (they are CLI names): &apos;%1&apos;</source>
        <translation>les noms de paramètres se composent de lettres minuscules, de chiffres et de &apos;_&apos; (ce sont des noms d&apos;options CLI) : &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>let</source>
        <translation>let</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the range %1..%2 of &apos;%3&apos; is empty</source>
        <translation>l&apos;intervalle %1..%2 de &apos;%3&apos; est vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the default %1 of &apos;%2&apos; is outside its range %3..%4</source>
        <translation>la valeur par défaut %1 de &apos;%2&apos; est en dehors de son intervalle %3..%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the step of &apos;%1&apos; must be greater than 0</source>
        <translation>le pas de &apos;%1&apos; doit être supérieur à 0</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a whole number parameter: give its step (param %1 = %2 in %3..%4 step 0.1)</source>
        <translation>&apos;%1&apos; n&apos;est pas un paramètre entier : indiquez son pas (param %1 = %2 in %3..%4 step 0.1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the range of &apos;%1&apos; is beyond ±%2</source>
        <translation>l&apos;intervalle de &apos;%1&apos; dépasse ±%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the expression is too deep: more than %1 operations chained or nested; split it with let</source>
        <translation>l&apos;expression est trop profonde : plus de %1 opérations enchaînées ou imbriquées ; découpez-la avec let</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&apos;.%1&apos; selects an output of an indicator, as in macd(close, 12, 26, 9).signal</source>
        <translation>&apos;.%1&apos; sélectionne une sortie d&apos;un indicateur, comme dans macd(close, 12, 26, 9).signal</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>&apos;%1&apos; cannot refer to itself</source>
        <translation>&apos;%1&apos; ne peut pas faire référence à lui-même</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is defined on line %2, below its use: names must be defined above the line that uses them</source>
        <translation>&apos;%1&apos; est défini à la ligne %2, après son utilisation : les noms doivent être définis au-dessus de la ligne qui les utilise</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&apos;%1&apos; is a function: write %1(…)</source>
        <translation>&apos;%1&apos; est une fonction : écrivez %1(…)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is a leg: write &apos;close of %1&apos;</source>
        <translation>&apos;%1&apos; est une jambe : écrivez &apos;close of %1&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown name &apos;%1&apos;</source>
        <translation>nom inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown name &apos;%1&apos; — did you mean &apos;%2&apos;?</source>
        <translation>nom inconnu &apos;%1&apos; — vouliez-vous dire &apos;%2&apos; ?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown leg &apos;%1&apos;: declare it with &apos;leg %1&apos;</source>
        <translation>jambe inconnue &apos;%1&apos; : déclarez-la avec &apos;leg %1&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown leg &apos;%1&apos; — did you mean &apos;%2&apos;?</source>
        <translation>jambe inconnue &apos;%1&apos; — vouliez-vous dire &apos;%2&apos; ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown leg &apos;%1&apos;</source>
        <translation>jambe inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; reads the series given to it: write %1(close of %2, …)</source>
        <translation>&apos;%1&apos; lit la série qui lui est fournie : écrivez %1(close of %2, …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;of %1&apos; applies to a price field (close of %1) or to an indicator that reads prices (atr(14) of %1)</source>
        <translation>&apos;of %1&apos; s&apos;applique à un champ de prix (close of %1) ou à un indicateur qui lit les prix (atr(14) of %1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&apos;%1&apos; is not a function</source>
        <translation>&apos;%1&apos; n&apos;est pas une fonction</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown function &apos;%1&apos;</source>
        <translation>fonction inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown function &apos;%1&apos; — did you mean &apos;%2&apos;?</source>
        <translation>fonction inconnue &apos;%1&apos; — vouliez-vous dire &apos;%2&apos; ?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>too many arguments for &apos;%1&apos;: write %2</source>
        <translation>trop d&apos;arguments pour &apos;%1&apos; : écrivez %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; needs a series first: %2</source>
        <translation>&apos;%1&apos; attend d&apos;abord une série : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; needs a series first, not a constant: %2</source>
        <translation>&apos;%1&apos; attend d&apos;abord une série, pas une constante : %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the %1 of &apos;%2&apos; must be a constant (numbers and parameters)</source>
        <translation>le paramètre %1 de &apos;%2&apos; doit être une constante (nombres et paramètres)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&apos;%1&apos; has no output &apos;%2&apos; (outputs: %3)</source>
        <translation>&apos;%1&apos; n&apos;a pas de sortie &apos;%2&apos; (sorties : %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; has no output &apos;%2&apos; — did you mean &apos;%3&apos;? (outputs: %4)</source>
        <translation>&apos;%1&apos; n&apos;a pas de sortie &apos;%2&apos; — vouliez-vous dire &apos;%3&apos; ? (sorties : %4)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; has several outputs: write %1(…).%2 (outputs: %3)</source>
        <translation>&apos;%1&apos; a plusieurs sorties : écrivez %1(…).%2 (sorties : %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>wrong number of arguments for &apos;%1&apos;: write %2</source>
        <translation>nombre d&apos;arguments incorrect pour &apos;%1&apos; : écrivez %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the window of &apos;%1&apos; must be a constant (numbers and parameters)</source>
        <translation>la fenêtre de &apos;%1&apos; doit être une constante (nombres et paramètres)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>the file has no &apos;buy when&apos; or &apos;short when&apos; rule: it would never trade</source>
        <translation>le fichier ne contient aucune règle &apos;buy when&apos; ni &apos;short when&apos; : il n&apos;effectuerait jamais de transaction</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is already set on line %2</source>
        <translation>%1 est déjà défini à la ligne %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the trailing stop uses the backtest&apos;s ATR (its period is the --atr-period setting, default 14): write &apos;trailing_stop 3 * atr&apos;</source>
        <translation>le stop suiveur utilise l&apos;ATR du backtest (sa période est le réglage --atr-period, 14 par défaut) : écrivez &apos;trailing_stop 3 * atr&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>trailing_stop takes a percentage (trailing_stop 5%) or a multiple of the ATR (trailing_stop 3 * atr)</source>
        <translation>trailing_stop prend un pourcentage (trailing_stop 5%) ou un multiple de l&apos;ATR (trailing_stop 3 * atr)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 needs a percentage: %1 %2%</source>
        <translation>%1 nécessite un pourcentage : %1 %2%</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>hedge_ratio is already set on line %1</source>
        <translation>hedge_ratio est déjà défini à la ligne %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hedge_ratio needs a second leg: declare it with &apos;leg hedge&apos;</source>
        <translation>hedge_ratio nécessite une seconde jambe : déclarez-la avec &apos;leg hedge&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>stop_loss, take_profit and trailing_stop apply to single-symbol strategies only: a stop on one leg of a pair would leave the other leg naked</source>
        <translation>stop_loss, take_profit et trailing_stop s&apos;appliquent uniquement aux stratégies à un seul symbole : un stop sur une jambe d&apos;une paire laisserait l&apos;autre jambe découverte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a second leg needs a hedge ratio: add &apos;hedge_ratio EXPR&apos; (the hedge leg&apos;s notional per unit of the traded leg&apos;s)</source>
        <translation>une seconde jambe nécessite un ratio de couverture : ajoutez &apos;hedge_ratio EXPR&apos; (le notionnel de la jambe de couverture par unité de notionnel de la jambe négociée)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>max_entries is already set on line %1</source>
        <translation>max_entries est déjà défini à la ligne %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>max_entries needs a constant (numbers and parameters)</source>
        <translation>max_entries nécessite une constante (nombres et paramètres)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>max_entries needs a whole number ≥ 1, found %1</source>
        <translation>max_entries nécessite un nombre entier ≥ 1, trouvé : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>require needs a condition of parameters and numbers (require fast &lt; slow), not of prices</source>
        <translation>require nécessite une condition portant sur des paramètres et des nombres (require fast &lt; slow), pas sur des prix</translation>
    </message>
    <message>
        <location filename="../core/rules/Functions.cpp" line="+78"/>
        <source>series</source>
        <translation>série</translation>
    </message>
    <message>
        <location filename="../core/rules/Parser.cpp" line="+55"/>
        <source>the file has more than %1 expression parts; a rule file may have at most %1</source>
        <translation>le fichier compte plus de %1 éléments d&apos;expression ; un fichier de règles peut en compter au maximum %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the end of the line</source>
        <translation>la fin de la ligne</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the expression is nested too deeply (more than %1 levels)</source>
        <translation>l&apos;expression est trop imbriquée (plus de %1 niveaux)</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>syntax error at %1</source>
        <translation>erreur de syntaxe à %1</translation>
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
        <translation>expression attendue, trouvé : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>expected a condition, found %1</source>
        <translation>condition attendue, trouvé : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected &apos;)&apos;, found %1</source>
        <translation>&apos;)&apos; attendu, trouvé : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected &apos;,&apos; or &apos;)&apos; in the argument list, found %1</source>
        <translation>&apos;,&apos; ou &apos;)&apos; attendu dans la liste d&apos;arguments, trouvé : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected an output name after &apos;.&apos;, found %1</source>
        <translation>nom de sortie attendu après &apos;.&apos;, trouvé : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a leg name after &apos;of&apos;, found %1</source>
        <translation>nom de jambe attendu après &apos;of&apos;, trouvé : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected the digits of the exponent, found %1</source>
        <translation>chiffres de l&apos;exposant attendus, trouvé : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a name, found %1</source>
        <translation>nom attendu, trouvé : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected &apos;=&apos;, found %1</source>
        <translation>&apos;=&apos; attendu, trouvé : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a number, true or false, found %1</source>
        <translation>nombre, true ou false attendu, trouvé : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected &apos;in&apos; and a range (param fast = 20 in 5..200), found %1</source>
        <translation>&apos;in&apos; et un intervalle attendus (param fast = 20 in 5..200), trouvé : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a number, found %1</source>
        <translation>nombre attendu, trouvé : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected &apos;..&apos; between the bounds, found %1</source>
        <translation>&apos;..&apos; attendu entre les bornes, trouvé : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the label has no closing &apos;&quot;&apos;, found %1</source>
        <translation>l&apos;étiquette n&apos;a pas de &apos;&quot;&apos; fermant, trouvé : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected &apos;when&apos;, found %1</source>
        <translation>&apos;when&apos; attendu, trouvé : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a statement (param, let, buy, sell, short, cover, stop_loss, take_profit, trailing_stop, leg, hedge_ratio, max_entries, require), found %1</source>
        <translation>instruction attendue (param, let, buy, sell, short, cover, stop_loss, take_profit, trailing_stop, leg, hedge_ratio, max_entries, require), trouvé : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;=&apos; is not a comparison: write &apos;==&apos;</source>
        <translation>&apos;=&apos; n&apos;est pas une comparaison : écrivez &apos;==&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;)&apos; without a matching &apos;(&apos;</source>
        <translation>&apos;)&apos; sans &apos;(&apos; correspondante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%&apos; is allowed only at the end of stop_loss, take_profit and trailing_stop</source>
        <translation>&apos;%&apos; n&apos;est autorisé qu&apos;à la fin de stop_loss, take_profit et trailing_stop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected an operator or the end of the line, found %1</source>
        <translation>opérateur ou fin de ligne attendu, trouvé : %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the number &apos;%1&apos; is out of range</source>
        <translation>le nombre &apos;%1&apos; est hors limites</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>comparisons do not chain: write &apos;a &lt; b and b &lt; c&apos;</source>
        <translation>les comparaisons ne s&apos;enchaînent pas : écrivez &apos;a &lt; b and b &lt; c&apos;</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>unknown statement &apos;%1&apos;</source>
        <translation>instruction inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown statement &apos;%1&apos; — did you mean &apos;%2&apos;?</source>
        <translation>instruction inconnue &apos;%1&apos; — vouliez-vous dire &apos;%2&apos; ?</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the file has %1 bytes; a rule file may have at most %2</source>
        <translation>le fichier fait %1 octets ; un fichier de règles peut en faire au maximum %2</translation>
    </message>
    <message>
        <location filename="../core/rules/RuleStrategy.cpp" line="+75"/>
        <source>this rule strategy trades a pair: give the hedge symbol (--pair)</source>
        <translation>cette stratégie à règles négocie une paire : indiquez le symbole de couverture (--pair)</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Rule file %1</source>
        <translation>Fichier de règles %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Traded symbol</source>
        <translation>Symbole négocié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hedge symbol (%1)</source>
        <translation>Symbole de couverture (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the parameters do not meet the requirement on line %1</source>
        <translation>les paramètres ne satisfont pas l&apos;exigence de la ligne %1</translation>
    </message>
</context>
<context>
    <name>rutile::SampleUniverse</name>
    <message>
        <location filename="../core/index/SampleUniverse.cpp" line="+143"/>
        <source>Synthetic constituent %1 (%2) - not market data</source>
        <translation>Constituant synthétique %1 (%2) - données non issues du marché</translation>
    </message>
</context>
<context>
    <name>rutile::SampleWorkspace</name>
    <message>
        <location filename="../core/import/SampleWorkspace.cpp" line="+45"/>
        <source>Synthetic small-cap fund - not market data</source>
        <translation>Fonds small caps synthétique - pas des données de marché</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>the universe size must not be negative</source>
        <translation>la taille de l&apos;univers ne doit pas être négative</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Synthetic small-cap index (GARCH(1,1), Student-t shocks) - not market data</source>
        <translation>Indice synthétique de petites capitalisations (GARCH(1,1), chocs de Student-t) - données non issues du marché</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Synthetic large-cap index (GARCH(1,1), Student-t shocks) - not market data</source>
        <translation>Indice synthétique de grandes capitalisations (GARCH(1,1), chocs de Student-t) - données non issues du marché</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the universe size must be positive</source>
        <translation>la taille de l&apos;univers doit être positive</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the sample universe is generated around the sample&apos;s %1, which this workspace does not hold</source>
        <translation>l&apos;univers d&apos;exemple est généré autour du %1 de l&apos;exemple, que cet espace de travail ne contient pas</translation>
    </message>
</context>
<context>
    <name>rutile::Schema</name>
    <message>
        <location filename="../core/storage/Schema.cpp" line="+197"/>
        <source>reading the file</source>
        <translation>lecture du fichier</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>upgrading the workspace to schema version %1: %2</source>
        <translation>mise à niveau de l&apos;espace de travail vers la version de schéma %1 : %2</translation>
    </message>
</context>
<context>
    <name>rutile::Strategies</name>
    <message>
        <location filename="../core/strategy/BuiltInStrategies.cpp" line="+185"/>
        <source>pairs_spread needs two symbols (--pair)</source>
        <translation>pairs_spread nécessite deux symboles (--pair)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not enough data: pairs_spread lookback %1 needs at least %1 common bars, %2 has %3</source>
        <translation>données insuffisantes : la période de rétrospection %1 de pairs_spread nécessite au moins %1 barres communes, %2 en a %3</translation>
    </message>
    <message>
        <location filename="../core/strategy/MlSignalStrategy.cpp" line="+97"/>
        <source>ML signal (walk-forward)</source>
        <translation>Signal ML (walk-forward)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A direction classifier refit every refit_every bars on the rows whose label was known by then (all of them, or the last window); long while its probability that the close rises over the horizon exceeds the threshold, optionally short while it is below 1 − threshold, flat otherwise and before the first model.</source>
        <translation>Un classifieur de direction réentraîné toutes les refit_every barres sur les lignes dont l&apos;étiquette était connue à ce moment-là (toutes, ou celles de la dernière fenêtre) ; position longue tant que sa probabilité que la clôture monte sur l&apos;horizon dépasse le seuil, position courte en option tant qu&apos;elle est inférieure à 1 − seuil, sans position sinon et avant le premier modèle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Features</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed: SMA 50, SMA 200, RSI 14, MACD; returns: 1-, 5- and 20-day returns, close over SMA 50 and SMA 200, RSI 14</source>
        <translation>seed : SMA 50, SMA 200, RSI 14, MACD ; returns : rendements à 1, 5 et 20 jours, clôture rapportée à la SMA 50 et à la SMA 200, RSI 14</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gbt: XGBoost&apos;s boosted trees; rf: OpenCV&apos;s random forest (slower to refit)</source>
        <translation>gbt : arbres boostés de XGBoost ; rf : forêt aléatoire d&apos;OpenCV (plus lente à réentraîner)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trees</source>
        <translation>Arbres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trees in the forest, or boosting rounds</source>
        <translation>Arbres de la forêt, ou itérations de boosting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum depth</source>
        <translation>Profondeur maximale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depth of each tree; 0: the model&apos;s default (3 boosted, 10 forest)</source>
        <translation>Profondeur de chaque arbre ; 0 : valeur par défaut du modèle (3 pour les arbres boostés, 10 pour la forêt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same seed trains the same models</source>
        <translation>La même graine entraîne les mêmes modèles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The label: the close h bars later above this close</source>
        <translation>L&apos;étiquette : la clôture h barres plus tard est supérieure à cette clôture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First training rows</source>
        <translation>Lignes d&apos;entraînement initiales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labelled rows before the first model; no position before it</source>
        <translation>Lignes étiquetées avant le premier modèle ; aucune position avant celui-ci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refit every</source>
        <translation>Réentraîner toutes les</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bars between refits</source>
        <translation>Barres entre deux réentraînements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolling window</source>
        <translation>Fenêtre glissante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train on the last this many rows; 0: on all rows so far</source>
        <translation>Entraîner sur ce nombre de dernières lignes ; 0 : sur toutes les lignes disponibles jusque-là</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long while the probability of a rise exceeds this</source>
        <translation>Position longue tant que la probabilité d&apos;une hausse dépasse ce seuil</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/strategy/StrategyRegistry.cpp" line="+25"/>
        <source>Short side</source>
        <translation>Côté vendeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short while the probability of a rise is below 1 − threshold</source>
        <translation>Position courte tant que la probabilité d&apos;une hausse est inférieure à 1 − seuil</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/strategy/StrategyRegistry.cpp" line="+25"/>
        <location line="+41"/>
        <location line="+14"/>
        <location line="+23"/>
        <location line="+22"/>
        <location line="+18"/>
        <source>Traded symbol</source>
        <translation>Symbole négocié</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>window (%1) must be 0 or at least train_bars (%2)</source>
        <translation>window (%1) doit valoir 0 ou au moins train_bars (%2)</translation>
    </message>
    <message>
        <location filename="../core/strategy/StrategyRegistry.cpp" line="-142"/>
        <source>Also go short on the cross below (and back to long on the cross above)</source>
        <translation>Prendre aussi une position courte au croisement à la baisse (et revenir à une position longue au croisement à la hausse)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>fast (%1) must be less than slow (%2)</source>
        <translation>fast (%1) doit être inférieur à slow (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+78"/>
        <source>Fast period</source>
        <translation>Période rapide</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Bars in the fast %1</source>
        <translation>Barres de la %1 rapide</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+77"/>
        <source>Slow period</source>
        <translation>Période lente</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Bars in the slow %1; must exceed the fast period</source>
        <translation>Barres de la %1 lente ; doit dépasser la période rapide</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SMA crossover</source>
        <translation>Croisement de SMA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long when the fast SMA crosses above the slow SMA (fast &gt; slow now, fast ≤ slow on the previous bar); exit when it crosses below. Optionally short on the cross below.</source>
        <translation>Position longue lorsque la SMA rapide croise la SMA lente à la hausse (rapide &gt; lente maintenant, rapide ≤ lente sur la barre précédente) ; sortie lorsqu&apos;elle la croise à la baisse. Position courte en option au croisement à la baisse.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>EMA crossover</source>
        <translation>Croisement d&apos;EMA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long when the fast EMA crosses above the slow EMA (fast &gt; slow now, fast ≤ slow on the previous bar); exit when it crosses below. Optionally short on the cross below.</source>
        <translation>Position longue lorsque l&apos;EMA rapide croise l&apos;EMA lente à la hausse (rapide &gt; lente maintenant, rapide ≤ lente sur la barre précédente) ; sortie lorsqu&apos;elle la croise à la baisse. Position courte en option au croisement à la baisse.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bollinger mean reversion</source>
        <translation>Retour à la moyenne Bollinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long when the close is below the lower Bollinger band; exit when the close is above the middle band.</source>
        <translation>Position longue lorsque la clôture est sous la bande de Bollinger inférieure ; sortie lorsque la clôture passe au-dessus de la bande médiane.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Bars in the bands&apos; window</source>
        <translation>Barres de la fenêtre des bandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width (σ)</source>
        <translation>Largeur (σ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance of the bands from the middle, in population standard deviations</source>
        <translation>Distance des bandes par rapport au milieu, en écarts-types de la population</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>RSI mean reversion</source>
        <translation>Retour à la moyenne RSI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long when RSI is below the lower level; exit when RSI is above the upper level.</source>
        <translation>Position longue lorsque le RSI est sous le niveau inférieur ; sortie lorsque le RSI passe au-dessus du niveau supérieur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bars of Wilder&apos;s RSI</source>
        <translation>Barres du RSI de Wilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower level</source>
        <translation>Niveau inférieur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter long when RSI falls below this level</source>
        <translation>Ouvrir une position longue lorsque le RSI passe sous ce niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper level</source>
        <translation>Niveau supérieur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit when RSI rises above this level</source>
        <translation>Sortir lorsque le RSI passe au-dessus de ce niveau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lower (%1) must be less than upper (%2)</source>
        <translation>lower (%1) doit être inférieur à upper (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>MACD crossover</source>
        <translation>Croisement MACD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long when the MACD line crosses above its signal line; exit when it crosses below.</source>
        <translation>Position longue lorsque la ligne MACD croise sa ligne de signal à la hausse ; sortie lorsqu&apos;elle la croise à la baisse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bars in the fast EMA</source>
        <translation>Barres de l&apos;EMA rapide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bars in the slow EMA; must exceed the fast period</source>
        <translation>Barres de l&apos;EMA lente ; doit dépasser la période rapide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal period</source>
        <translation>Période du signal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bars in the EMA of the MACD line</source>
        <translation>Barres de l&apos;EMA de la ligne MACD</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pairs spread</source>
        <translation>Spread de paire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hedge ratio β from a rolling OLS of log prices (traded on hedge) over the lookback; z-score of the spread log(traded) − β·log(hedge) over the same window. Short the spread (short the traded symbol, long β-weighted hedge) when z &gt; entry; long it when z &lt; −entry; exit both legs when |z| &lt; exit.</source>
        <translation>Ratio de couverture β issu d&apos;une régression MCO glissante des log-prix (symbole négocié sur symbole de couverture) sur la période de rétrospection ; z-score du spread log(négocié) − β·log(couverture) sur la même fenêtre. Vendre le spread (vendre le symbole négocié, acheter la couverture pondérée par β) lorsque z &gt; entrée ; l&apos;acheter lorsque z &lt; −entrée ; sortir des deux jambes lorsque |z| &lt; sortie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lookback</source>
        <translation>Rétrospection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bars in the regression and z-score window</source>
        <translation>Barres de la fenêtre de régression et de z-score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry z</source>
        <translation>z d&apos;entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a spread position when |z| exceeds this</source>
        <translation>Ouvrir une position sur le spread lorsque |z| dépasse ce seuil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit z</source>
        <translation>z de sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the spread position when |z| falls below this</source>
        <translation>Clôturer la position sur le spread lorsque |z| passe sous ce seuil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hedge symbol</source>
        <translation>Symbole de couverture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exit_z (%1) must be less than entry_z (%2)</source>
        <translation>exit_z (%1) doit être inférieur à entry_z (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Buy and hold</source>
        <translation>Achat-conservation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long at the first decision (filled on the next bar), held to the end of the data.</source>
        <translation>Position longue dès la première décision (exécutée à la barre suivante), conservée jusqu&apos;à la fin des données.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>unknown strategy &apos;%1&apos;; expected one of: %2</source>
        <translation>stratégie inconnue &apos;%1&apos; ; valeurs attendues : %2</translation>
    </message>
</context>
<context>
    <name>rutile::Symbol</name>
    <message>
        <location filename="../core/data/Symbol.cpp" line="+31"/>
        <source>&apos;%1&apos; is not a valid symbol (letters, digits and . - _ =, up to 32)</source>
        <translation>&apos;%1&apos; n&apos;est pas un symbole valide (lettres, chiffres et . - _ =, 32 caractères au maximum)</translation>
    </message>
</context>
<context>
    <name>rutile::SymbolList</name>
    <message>
        <location filename="../core/data/SymbolList.cpp" line="+32"/>
        <source>%1 is not a valid symbol (letters, digits and ^ . - _ =, up to 32)</source>
        <translation>%1 n&apos;est pas un symbole valide (lettres, chiffres et ^ . - _ =, 32 caractères au maximum)</translation>
    </message>
</context>
<context>
    <name>rutile::Workspace</name>
    <message>
        <location filename="../core/storage/Workspace.cpp" line="+68"/>
        <location line="+38"/>
        <source>reading the corporate actions</source>
        <translation>lecture des opérations sur titres</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the share count of %1 is not a positive number</source>
        <translation>le nombre d&apos;actions de %1 n&apos;est pas un nombre positif</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>computing the adjusted closes</source>
        <translation>calcul des clôtures ajustées</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the workspace path is empty</source>
        <translation>le chemin de l&apos;espace de travail est vide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a folder, not a workspace file</source>
        <translation>un dossier, pas un fichier d&apos;espace de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a regular file (a device, a FIFO or a socket); a workspace is never opened there</source>
        <translation>pas un fichier ordinaire (un périphérique, une FIFO ou un socket) ; un espace de travail n&apos;y est jamais ouvert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no workspace here (the file does not exist; only import creates one)</source>
        <translation>aucun espace de travail ici (le fichier n&apos;existe pas ; seul un import en crée un)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no workspace here (the folder %1 does not exist; only import creates one)</source>
        <translation>aucun espace de travail ici (le dossier %1 n&apos;existe pas ; seul un import en crée un)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no workspace here (the file is empty; only import creates one)</source>
        <translation>aucun espace de travail ici (le fichier est vide ; seul un import en crée un)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the workspace is read-only (no write permission); nothing was written</source>
        <translation>l&apos;espace de travail est en lecture seule (pas de droit d&apos;écriture) ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workspace&apos;s folder %1 is read-only (no write permission); nothing was written</source>
        <translation>le dossier %1 de l&apos;espace de travail est en lecture seule (pas de droit d&apos;écriture) ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not a Rutile workspace (%1)</source>
        <translation>pas un espace de travail Rutile (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an SQLite database, but not a Rutile workspace; it was left untouched</source>
        <translation>une base de données SQLite, mais pas un espace de travail Rutile ; elle n&apos;a pas été modifiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written by a newer Rutile (schema version %1; this version reads up to %2)</source>
        <translation>écrit par une version plus récente de Rutile (version de schéma %1 ; cette version lit jusqu&apos;à la %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no workspace here (an empty database; only import creates one)</source>
        <translation>aucun espace de travail ici (une base de données vide ; seul un import en crée un)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the workspace was opened for reading; nothing was written</source>
        <translation>l&apos;espace de travail a été ouvert en lecture ; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+6"/>
        <source>reading the workspace&apos;s tables</source>
        <translation>lecture des tables de l’espace de travail</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>cannot read the symbols</source>
        <translation>impossible de lire les symboles</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+53"/>
        <source>unknown symbol &apos;%1&apos;</source>
        <translation>symbole inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>reading the share counts</source>
        <translation>lecture des nombres d&apos;actions</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>reading bars of %1</source>
        <translation>lecture des barres de %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+114"/>
        <source>cancelled; the workspace is unchanged</source>
        <translation>annulé ; l&apos;espace de travail n&apos;a pas été modifié</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>the series has no symbol</source>
        <translation>la série n&apos;a pas de symbole</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the series of %1 is not sorted by date</source>
        <translation>la série de %1 n&apos;est pas triée par date</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>cannot read the corporate actions of %1</source>
        <translation>impossible de lire les opérations sur titres de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a holdings snapshot needs a fund name</source>
        <translation>un instantané de positions nécessite un nom de fonds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the holdings file gives no date (&quot;Fund Holdings as of&quot;)</source>
        <translation>le fichier de positions n&apos;indique aucune date (&quot;Fund Holdings as of&quot;)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>storing the holdings</source>
        <translation>enregistrement des positions</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>cannot read the holdings snapshots</source>
        <translation>impossible de lire les instantanés de positions</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+35"/>
        <source>cannot read the holdings of %1</source>
        <translation>impossible de lire les positions de %1</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>no holdings of &apos;%1&apos; dated %2</source>
        <translation>aucune position de &apos;%1&apos; datée du %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no holdings called &apos;%1&apos; (holdings import adds them)</source>
        <translation>aucun ensemble de positions nommé &apos;%1&apos; (holdings import les ajoute)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>a watchlist needs a name</source>
        <translation>une liste de surveillance nécessite un nom</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>reading watchlist %1</source>
        <translation>lecture de la liste de surveillance %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no watchlist called &apos;%1&apos;</source>
        <translation>aucune liste de surveillance nommée &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>reading the watchlists</source>
        <translation>lecture des listes de surveillance</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>reading the share counts of %1</source>
        <translation>lecture des nombres d&apos;actions de %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>no rule strategy called %1 in the workspace</source>
        <translation>aucune stratégie à règles nommée %1 dans l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>no model called %1 in the workspace</source>
        <translation>aucun modèle nommé %1 dans l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../core/storage/WorkspaceRuns.cpp" line="+85"/>
        <location line="+64"/>
        <source>reading the run journal</source>
        <translation>lecture du journal des exécutions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no run %1 in the journal</source>
        <translation>aucune exécution %1 dans le journal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the purge needs a date</source>
        <translation>la purge nécessite une date</translation>
    </message>
</context>
<context>
    <name>rutile::WorkspaceIndex</name>
    <message>
        <location filename="../core/import/WorkspaceIndex.cpp" line="+26"/>
        <source>Cap-weighted</source>
        <translation>Pondéré par la capitalisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Float-weighted</source>
        <translation>Pondéré par le flottant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal-weighted</source>
        <translation>Équipondéré</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the %1 holdings of %2 hold no listed equity</source>
        <translation>les positions de %1 au %2 ne contiennent aucune action cotée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name a watchlist or a holdings snapshot to build the index from</source>
        <translation>indiquez une liste de surveillance ou un instantané de positions à partir duquel construire l&apos;indice</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>none of the %1 constituents is a cached symbol</source>
        <translation>aucun des %1 constituants n&apos;est un symbole en cache</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holdings of %2</source>
        <translation>positions de %1 au %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 index of %2 (%3 constituents, base %4)</source>
        <translation>%1 : indice issu de %2 (%3 constituants, base %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> - synthetic, not market data</source>
        <translation> - synthétique, données non issues du marché</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>store the index as %1, the symbol&apos;s canonical form</source>
        <translation>enregistrez l&apos;indice sous %1, la forme canonique du symbole</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is one of the index&apos;s constituents; choose another name</source>
        <translation>%1 est l&apos;un des constituants de l&apos;indice ; choisissez un autre nom</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is a cached symbol that was not built as an index; choose another name</source>
        <translation>%1 est un symbole en cache qui n&apos;a pas été construit comme indice ; choisissez un autre nom</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>holdings %1</source>
        <translation>positions %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>watchlist %1</source>
        <translation>liste de surveillance %1</translation>
    </message>
</context>
<context>
    <name>rutile::backtest::BacktestConfig</name>
    <message>
        <location filename="../core/backtest/BacktestConfig.cpp" line="+30"/>
        <source>stop-loss fraction</source>
        <translation>fraction du stop loss</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>take-profit fraction</source>
        <translation>fraction du take profit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trailing-stop fraction</source>
        <translation>fraction du stop suiveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trailing-stop ATR multiple</source>
        <translation>multiple d&apos;ATR du stop suiveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trailing-stop ATR period</source>
        <translation>période ATR du stop suiveur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>risk-free rate</source>
        <translation>taux sans risque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trading days per year</source>
        <translation>jours de bourse par an</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cash</source>
        <translation>capital</translation>
    </message>
</context>
<context>
    <name>rutile::backtest::CommissionModel</name>
    <message>
        <location filename="../core/backtest/CommissionModel.cpp" line="+25"/>
        <source>commission rate</source>
        <translation>taux de commission</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>commission per unit</source>
        <translation>commission par unité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minimum commission</source>
        <translation>commission minimale</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>commission per order</source>
        <translation>commission par ordre</translation>
    </message>
</context>
<context>
    <name>rutile::backtest::SizingModel</name>
    <message>
        <location filename="../core/backtest/SizingModel.cpp" line="+23"/>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>size fraction of equity</source>
        <translation>taille en fraction du capital</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>risk fraction</source>
        <translation>fraction de risque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ATR period</source>
        <translation>période ATR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>maximum leverage</source>
        <translation>effet de levier maximal</translation>
    </message>
</context>
<context>
    <name>rutile::backtest::SlippageModel</name>
    <message>
        <location filename="../core/backtest/SlippageModel.cpp" line="+19"/>
        <source>slippage bps</source>
        <translation>glissement en pb</translation>
    </message>
</context>
<context>
    <name>rutile::chart::ChartDocument</name>
    <message>
        <location filename="../core/chart/ChartDocument.cpp" line="+29"/>
        <source>unknown indicator &apos;%1&apos;</source>
        <translation>indicateur inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>live bar of %1: %2</source>
        <translation>barre en temps réel de %1 : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>live bar of %1: older than the last cached bar (%2)</source>
        <translation>barre en temps réel de %1 : antérieure à la dernière barre en cache (%2)</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>no indicator %1</source>
        <translation>aucun indicateur %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 compare series given for %2 symbols</source>
        <translation>%1 séries de comparaison fournies pour %2 symboles</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>compare mode without a symbol</source>
        <translation>mode comparaison sans symbole</translation>
    </message>
</context>
<context>
    <name>rutile::chart::ChartLayout</name>
    <message>
        <location filename="../core/chart/ChartLayout.cpp" line="+54"/>
        <source>price pane height</source>
        <translation>hauteur du volet des prix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>volume pane height</source>
        <translation>hauteur du volet du volume</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown indicator &apos;%1&apos;; known: %2</source>
        <translation>indicateur inconnu &apos;%1&apos; ; indicateurs connus : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 output styles given, %3 expected</source>
        <translation>%1 : %2 styles de sortie fournis, %3 attendus</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>range: from (%1) is after to (%2)</source>
        <translation>période : le début (%1) est postérieur à la fin (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correlation window</source>
        <translation>fenêtre de corrélation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ratio pane height</source>
        <translation>hauteur du volet du ratio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>correlation pane height</source>
        <translation>hauteur du volet de corrélation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 drawings, at most %2 allowed</source>
        <translation>%1 tracés, %2 au maximum autorisés</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>version %1 is newer than this Rutile reads (%2)</source>
        <translation>la version %1 est plus récente que celle que cette version de Rutile sait lire (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown style &apos;%1&apos; (candles, ohlc, line, heikin_ashi)</source>
        <translation>style inconnu &apos;%1&apos; (candles, ohlc, line, heikin_ashi)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown timeframe &apos;%1&apos; (daily, weekly, monthly)</source>
        <translation>unité de temps inconnue &apos;%1&apos; (daily, weekly, monthly)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;indicators&apos; must be an array</source>
        <translation>&apos;indicators&apos; doit être un tableau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>each indicator must be an object</source>
        <translation>chaque indicateur doit être un objet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown indicator &apos;%1&apos;</source>
        <translation>indicateur inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &apos;params&apos; must be an object</source>
        <translation>%1 : &apos;params&apos; doit être un objet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: unknown parameter &apos;%2&apos;</source>
        <translation>%1 : paramètre inconnu &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: parameter &apos;%2&apos; must be a number</source>
        <translation>%1 : le paramètre &apos;%2&apos; doit être un nombre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &apos;outputs&apos; must be an array</source>
        <translation>%1 : &apos;outputs&apos; doit être un tableau</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;range&apos; must be an object</source>
        <translation>&apos;range&apos; doit être un objet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown range preset &apos;%1&apos;</source>
        <translation>préréglage de période inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;compare&apos; must be an object</source>
        <translation>&apos;compare&apos; doit être un objet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;compare.symbols&apos; must be an array</source>
        <translation>&apos;compare.symbols&apos; doit être un tableau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;compare.symbols&apos; must hold symbol names</source>
        <translation>&apos;compare.symbols&apos; doit contenir des noms de symboles</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;drawings&apos; must be an array</source>
        <translation>&apos;drawings&apos; doit être un tableau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drawing %1</source>
        <translation>tracé %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../core/chart/LayoutJson.h" line="+23"/>
        <source>chart layout: %1</source>
        <translation>disposition du graphique : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../core/chart/Drawing.cpp" line="+74"/>
        <source>%1: %2 points given, %3 expected</source>
        <translation>%1 : %2 points fournis, %3 attendus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: a point has no valid date</source>
        <translation>%1 : un point n&apos;a pas de date valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: a point&apos;s price is not a finite number</source>
        <translation>%1 : le prix d&apos;un point n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the note must have 1 to %2 characters, found %3</source>
        <translation>%1 : la note doit comporter de 1 à %2 caractères, trouvé : %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../core/chart/SeriesStyle.cpp" line="+60"/>
        <source>%1 must be an object</source>
        <translation>%1 doit être un objet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: unknown kind &apos;%2&apos;</source>
        <translation>%1 : type inconnu &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &apos;points&apos; must be an array</source>
        <translation>%1 : &apos;points&apos; doit être un tableau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: a point must be an object</source>
        <translation>%1 : un point doit être un objet</translation>
    </message>
    <message>
        <location filename="../core/chart/LayoutJson.h" line="+11"/>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>&apos;%1&apos; doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; must be a number</source>
        <translation>&apos;%1&apos; doit être un nombre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; must be a string</source>
        <translation>&apos;%1&apos; doit être une chaîne</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; must be a date as YYYY-MM-DD, found &apos;%2&apos;</source>
        <translation>&apos;%1&apos; doit être une date au format YYYY-MM-DD, trouvé : &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/chart/SeriesStyle.cpp" line="-14"/>
        <source>%1: colour &apos;%2&apos; is not #rrggbb</source>
        <translation>%1 : la couleur &apos;%2&apos; n&apos;est pas au format #rrggbb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: line width</source>
        <translation>%1 : épaisseur de ligne</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: unknown line style &apos;%2&apos; (solid, dash, dot)</source>
        <translation>%1 : style de ligne inconnu &apos;%2&apos; (solid, dash, dot)</translation>
    </message>
</context>
<context>
    <name>rutile::chart::CompareSeries</name>
    <message>
        <location filename="../core/chart/CompareSeries.cpp" line="+76"/>
        <source>correlation window</source>
        <translation>fenêtre de corrélation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>series of different lengths (%1 and %2)</source>
        <translation>séries de longueurs différentes (%1 et %2)</translation>
    </message>
</context>
<context>
    <name>rutile::chart::LayoutChange</name>
    <message>
        <location filename="../core/chart/LayoutChange.cpp" line="+46"/>
        <source>Trend Line</source>
        <translation>Ligne de tendance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ray</source>
        <translation>Demi-droite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Horizontal Line</source>
        <translation>Ligne horizontale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vertical Line</source>
        <translation>Ligne verticale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rectangle</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fibonacci Retracement</source>
        <translation>Retracement de Fibonacci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text Note</source>
        <translation>Note textuelle</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+18"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Edit Indicators</source>
        <translation>Modifier les indicateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change Indicators</source>
        <translation>Changer les indicateurs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draw %1</source>
        <translation>Tracer %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change Drawings</source>
        <translation>Changer les tracés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change Style</source>
        <translation>Changer le style</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change Timeframe</source>
        <translation>Changer l&apos;unité de temps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log Scale</source>
        <translation>Échelle logarithmique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock Value Axes</source>
        <translation>Verrouiller les axes des valeurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show Volume</source>
        <translation>Afficher le volume</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide Volume</source>
        <translation>Masquer le volume</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resize Panes</source>
        <translation>Redimensionner les volets</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change Chart</source>
        <translation>Changer le graphique</translation>
    </message>
</context>
<context>
    <name>rutile::cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="+36"/>
        <source>The workspace (SQLite cache) to use; default: %1.</source>
        <translation>L&apos;espace de travail (cache SQLite) à utiliser ; par défaut : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>--from (%1) is after --to (%2)</source>
        <translation>--from (%1) est postérieur à --to (%2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--%1: %2 is the workspace&apos;s own file; the output would replace it</source>
        <translation>--%1 : %2 est le fichier de l&apos;espace de travail lui-même ; la sortie le remplacerait</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1: %2 is the file of --%3 too; give each output a file of its own</source>
        <translation>--%1 : %2 est aussi le fichier de --%3 ; donnez à chaque sortie son propre fichier</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+5"/>
        <source>the run was not journaled: %1</source>
        <translation>l&apos;exécution n&apos;a pas été consignée dans le journal : %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>internal error: out of memory</source>
        <translation>erreur interne : mémoire épuisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>internal error: %1</source>
        <translation>erreur interne : %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>--%1: expected a date as YYYY-MM-DD, found &apos;%2&apos;</source>
        <translation>--%1 : date attendue au format YYYY-MM-DD, trouvé : &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--timeframe must be daily, weekly or monthly, found &apos;%1&apos;</source>
        <translation>--timeframe doit valoir daily, weekly ou monthly, trouvé : &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bars of daily (default), weekly (ISO weeks) or monthly periods, each dated by its last trading day; indicators are computed on them.</source>
        <translation>Barres journalières (par défaut), hebdomadaires (semaines ISO) ou mensuelles, chacune datée de son dernier jour de bourse ; les indicateurs sont calculés sur ces barres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TF</source>
        <translation>TF</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot write to standard output%1</source>
        <translation>impossible d&apos;écrire sur la sortie standard%1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Rutile command-line interface: the engine of the Rutile workstation, headless.</source>
        <translation>Interface en ligne de commande de Rutile : le moteur de la station de travail Rutile, sans interface graphique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &apos;rutile-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Exécutez &apos;rutile-cli COMMAND --help&apos; pour afficher les options d&apos;une commande.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown command &apos;%1&apos;; &apos;rutile-cli --help&apos; lists the commands</source>
        <translation>commande inconnue &apos;%1&apos; ; &apos;rutile-cli --help&apos; affiche la liste des commandes</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no command given; &apos;rutile-cli --help&apos; lists the commands</source>
        <translation>aucune commande indiquée ; &apos;rutile-cli --help&apos; affiche la liste des commandes</translation>
    </message>
</context>
<context>
    <name>rutile::cli::BacktestCommand</name>
    <message>
        <location filename="../app/cli/commands/BacktestCommand.cpp" line="+34"/>
        <source>strategy</source>
        <translation>stratégie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>buy &amp; hold</source>
        <translation>achat &amp; conservation</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Backtest a strategy on a symbol&apos;s history.</source>
        <translation>Backtester une stratégie sur l&apos;historique d&apos;un symbole.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the trade list as CSV to OUT (&apos;-&apos; for stdout): entry_date, entry_price, exit_date, exit_price, side, size, pnl, commission, exit_reason.</source>
        <translation>Écrire la liste des transactions au format CSV dans OUT (&apos;-&apos; pour stdout) : entry_date, entry_price, exit_date, exit_price, side, size, pnl, commission, exit_reason.</translation>
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
        <translation>Ajouter une colonne de symbole à la liste des transactions (paires).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the equity curve as CSV to OUT: date, equity, drawdown (and benchmark).</source>
        <translation>Écrire la courbe de capital au format CSV dans OUT : date, equity, drawdown (et benchmark).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/BacktestOptions.cpp" line="-137"/>
        <source>(needs --pair)</source>
        <translation>(nécessite --pair)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  or a rule strategy saved in the workspace by the strategy editor</source>
        <translation>  ou une stratégie à règles enregistrée dans l&apos;espace de travail par l&apos;éditeur de stratégies</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> (a switch; default %1)</source>
        <translation> (commutateur ; par défaut %1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>. One of %1 (default %2)</source>
        <translation>. Valeurs possibles : %1 (par défaut %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>. Range [%1, %2]%3 (default %4)</source>
        <translation>. Intervalle [%1, %2]%3 (par défaut %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> in percent (0.1 = 0.1%)</source>
        <translation> en pourcentage (0.1 = 0.1%)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; picks --%1 %2</source>
        <translation>; sélectionne --%1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+52"/>
        <location line="+56"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+106"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The strategy (this or --strategy-file is required):
%1</source>
        <translation>La stratégie (cette option ou --strategy-file est obligatoire) :
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A rule file to run instead of a built-in strategy (check it with check-strategy); --param and --grid name its parameters.</source>
        <translation>Un fichier de règles à exécuter à la place d&apos;une stratégie intégrée (vérifiez-le avec check-strategy) ; --param et --grid désignent ses paramètres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A strategy parameter as name=value (repeatable); the others take their defaults.</source>
        <translation>Un paramètre de stratégie sous la forme nom=valeur (répétable) ; les autres prennent leur valeur par défaut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K=V</source>
        <translation>K=V</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The symbol to trade (leg 0).</source>
        <translation>Le symbole à négocier (jambe 0).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The second symbol of a two-symbol strategy (pairs_spread: the hedge).</source>
        <translation>Le second symbole d&apos;une stratégie à deux symboles (pairs_spread : la couverture).</translation>
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
        <translation>Première date de négociation (YYYY-MM-DD) ; les barres antérieures servent à amorcer les indicateurs.</translation>
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
        <translation>Dernière date de négociation (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Benchmark of beta and alpha (default: the workspace&apos;s &apos;benchmark&apos; setting, else SPX, GSPC or ^GSPC if cached; never the traded symbol).</source>
        <translation>Indice de référence pour le bêta et l&apos;alpha (par défaut : le paramètre &apos;benchmark&apos; de l&apos;espace de travail, sinon SPX, GSPC ou ^GSPC s&apos;il est en cache ; jamais le symbole négocié).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not compare with a benchmark.</source>
        <translation>Ne pas comparer à un indice de référence.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the risk-free rate from the cached rate series SYM (percent per year, e.g. FRED&apos;s DGS3MO): its mean over the bars traded. Replaces --risk-free-pct.</source>
        <translation>Prendre le taux sans risque dans la série de taux SYM en cache (pourcentage annuel, p. ex. DGS3MO de FRED) : sa moyenne sur les barres négociées. Remplace --risk-free-pct.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the results as JSON to OUT (&apos;-&apos; for stdout).</source>
        <translation>Écrire les résultats au format JSON dans OUT (&apos;-&apos; pour stdout).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A parameter range as name=start:stop:step (stop inclusive), name=a,b,c or name=v (repeatable).</source>
        <translation>Une plage de paramètre sous la forme nom=début:fin:pas (fin incluse), nom=a,b,c ou nom=v (répétable).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K=A:B:S</source>
        <translation>K=A:B:S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to maximise: %1 (default sharpe).</source>
        <translation>Critère à maximiser : %1 (par défaut sharpe).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker threads (default: one per core).</source>
        <translation>Threads de calcul (par défaut : un par cœur).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>give --strategy or --strategy-file, not both</source>
        <translation>indiquez --strategy ou --strategy-file, pas les deux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--strategy NAME or --strategy-file FILE is required; the strategies: %1</source>
        <translation>--strategy NAME ou --strategy-file FILE est obligatoire ; stratégies disponibles : %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>expected exactly one SYMBOL, found %1 arguments</source>
        <translation>exactement un SYMBOL attendu, %1 arguments trouvés</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 trades two symbols: give the second with --pair SYM</source>
        <translation>%1 négocie deux symboles : indiquez le second avec --pair SYM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 trades one symbol; --pair does not apply</source>
        <translation>%1 négocie un seul symbole ; --pair ne s&apos;applique pas</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--risk-free-symbol and --risk-free-pct both set the risk-free rate; give one</source>
        <translation>--risk-free-symbol et --risk-free-pct définissent tous deux le taux sans risque ; indiquez-en un seul</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the workspace&apos;s benchmark %1 is not in the cache</source>
        <translation>l&apos;indice de référence %1 de l&apos;espace de travail n&apos;est pas dans le cache</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>at least one --grid name=start:stop:step is required</source>
        <translation>au moins un --grid nom=début:fin:pas est obligatoire</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--objective: expected one of %1, found &apos;%2&apos;</source>
        <translation>--objective : valeurs attendues : %1, trouvé : &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--threads: expected a number in [1, 1024], found &apos;%1&apos;</source>
        <translation>--threads : nombre attendu dans [1, 1024], trouvé : &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>rutile::cli::ChartCommand</name>
    <message>
        <location filename="../app/cli/commands/ChartCommand.cpp" line="+47"/>
        <source>chart needs a QApplication (see ChartApplication.h)</source>
        <translation>chart nécessite une QApplication (voir ChartApplication.h)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>chart takes exactly one SYMBOL, found %1 arguments</source>
        <translation>chart prend exactement un SYMBOL, %1 arguments trouvés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chart needs --png OUT</source>
        <translation>chart nécessite --png OUT</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--theme must be light or dark, found &apos;%1&apos;</source>
        <translation>--theme doit valoir light ou dark, trouvé : &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--style must be candles, ohlc, line or heikin_ashi, found &apos;%1&apos;</source>
        <translation>--style doit valoir candles, ohlc, line ou heikin_ashi, trouvé : &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 has no bars</source>
        <translation>%1 n&apos;a aucune barre</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has no saved chart layout; using the default one</source>
        <translation>%1 n&apos;a pas de disposition de graphique enregistrée ; utilisation de la disposition par défaut</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has no bars from %2 to %3 (its bars run from %4 to %5)</source>
        <translation>%1 n’a aucune barre du %2 au %3 (ses barres vont du %4 au %5)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Render a symbol&apos;s chart (as the GUI shows it) to PNG, headless.</source>
        <translation>Rendre le graphique d&apos;un symbole (tel que l&apos;affiche l&apos;interface graphique) au format PNG, sans interface graphique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The symbol to chart.</source>
        <translation>Le symbole à représenter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First date in view (YYYY-MM-DD). Without --from and --to the view is the last year.</source>
        <translation>Première date affichée (YYYY-MM-DD). Sans --from ni --to, l&apos;affichage couvre la dernière année.</translation>
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
        <translation>Dernière date affichée (YYYY-MM-DD) ; seule : l&apos;année qui la précède.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An indicator as name:arg,arg (repeatable), as for &apos;indicators&apos;: overlays (sma, ema, bbands...) on the price, the others (rsi, macd...) in a pane each.</source>
        <translation>Un indicateur sous la forme nom:arg,arg (répétable), comme pour &apos;indicators&apos; : les superpositions (sma, ema, bbands...) sur le prix, les autres (rsi, macd...) chacun dans son volet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>candles (default), ohlc, line or heikin_ashi.</source>
        <translation>candles (par défaut), ohlc, line ou heikin_ashi.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STYLE</source>
        <translation>STYLE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image width in pixels, %1 to %2 (default 1600).</source>
        <translation>Largeur de l&apos;image en pixels, de %1 à %2 (par défaut 1600).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image height in pixels, %1 to %2 (default 900).</source>
        <translation>Hauteur de l&apos;image en pixels, de %1 à %2 (par défaut 900).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pixel scale factor, 0.25 to 4 (default 1; 2 for a high-DPI image of twice the width and height).</source>
        <translation>Facteur d&apos;échelle des pixels, de 0.25 à 4 (par défaut 1 ; 2 pour une image haute résolution deux fois plus large et plus haute).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>light (default) or dark.</source>
        <translation>light (par défaut) ou dark.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>THEME</source>
        <translation>THEME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logarithmic price axis.</source>
        <translation>Axe des prix logarithmique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out the volume pane.</source>
        <translation>Omettre le volet du volume.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare mode: overlay SYM rebased to 100 at the first bar in view (repeatable); the first one also gets a ratio pane and a rolling-correlation pane.</source>
        <translation>Mode comparaison : superposer SYM, ramené à 100 sur la première barre affichée (répétable) ; le premier reçoit aussi un volet de ratio et un volet de corrélation glissante.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SYM</source>
        <translation>SYM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correlation window in daily returns (default 60).</source>
        <translation>Fenêtre de corrélation, en rendements journaliers (par défaut 60).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start from the layout the GUI saved for SYMBOL in the workspace (style, indicators, panes, range); the other options change it.</source>
        <translation>Partir de la disposition que l&apos;interface graphique a enregistrée pour SYMBOL dans l&apos;espace de travail (style, indicateurs, volets, période) ; les autres options la modifient.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the PNG to OUT (&apos;-&apos; for stdout).</source>
        <translation>Écrire le PNG dans OUT (&apos;-&apos; pour stdout).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ChartCommandWithoutGui.cpp" line="+26"/>
        <source>Render a symbol&apos;s chart to PNG (not available: built without the GUI).</source>
        <translation>Rendre le graphique d&apos;un symbole au format PNG (non disponible : compilé sans l&apos;interface graphique).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this rutile-cli was built without the GUI (RUTILE_BUILD_GUI=OFF), which draws the chart</source>
        <translation>ce rutile-cli a été compilé sans l&apos;interface graphique (RUTILE_BUILD_GUI=OFF), qui dessine le graphique</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write PDF and HTML reports (not available: built without the GUI).</source>
        <translation>Écrire des rapports PDF et HTML (non disponible : compilé sans l&apos;interface graphique).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this rutile-cli was built without the GUI (RUTILE_BUILD_GUI=OFF), which draws the report&apos;s charts</source>
        <translation>ce rutile-cli a été compilé sans l&apos;interface graphique (RUTILE_BUILD_GUI=OFF), qui dessine les graphiques du rapport</translation>
    </message>
</context>
<context>
    <name>rutile::cli::CheckStrategyCommand</name>
    <message>
        <location filename="../app/cli/commands/CheckStrategyCommand.cpp" line="+31"/>
        <source>check-strategy takes one rule file: check-strategy FILE</source>
        <translation>check-strategy prend un seul fichier de règles : check-strategy FILE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: ok; %2 parameter(s), %3 leg(s)</source>
        <translation>%1 : ok ; %2 paramètre(s), %3 jambe(s)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>leg %1: the hedge symbol (--pair)</source>
        <translation>jambe %1 : le symbole de couverture (--pair)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Parse and type-check a rule file without running it; print its parameters.</source>
        <translation>Analyser et vérifier les types d&apos;un fichier de règles sans l&apos;exécuter ; afficher ses paramètres.</translation>
    </message>
</context>
<context>
    <name>rutile::cli::DownloadCommand</name>
    <message>
        <location filename="../app/cli/commands/DownloadCommand.cpp" line="+85"/>
        <source>--base-url: %1</source>
        <translation>--base-url : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1: expected a number from %2 to %3, found &apos;%4&apos;</source>
        <translation>--%1 : nombre attendu entre %2 et %3, trouvé : &apos;%4&apos;</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: %2 bars (%3 to %4) from %5, %6 rows skipped, %7 dividends, %8 splits</source>
        <translation>%1 : %2 barres (du %3 au %4) depuis %5, %6 lignes ignorées, %7 dividendes, %8 divisions d&apos;actions</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>download needs at least one SYMBOL (as the provider writes it: ^RUT, ^GSPC, DGS3MO)</source>
        <translation>download nécessite au moins un SYMBOL (tel que l&apos;écrit le fournisseur : ^RUT, ^GSPC, DGS3MO)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--provider: expected yahoo, stooq or fred, found &apos;%1&apos;</source>
        <translation>--provider : yahoo, stooq ou fred attendu, trouvé : &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>no downloaded symbol to update (symbols imported from files are updated by importing again)</source>
        <translation>aucun symbole téléchargé à mettre à jour (les symboles importés depuis des fichiers se mettent à jour en les important de nouveau)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Fetch from URL&apos;s scheme, host and port instead of the provider&apos;s (a mirror, a proxy, a test server); plain http only to this machine.</source>
        <translation>Télécharger depuis le schéma, l&apos;hôte et le port de l&apos;URL au lieu de ceux du fournisseur (un miroir, un proxy, un serveur de test) ; http simple uniquement vers cette machine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stooq&apos;s API key (default: the saved one, or RUTILE_STOOQ_API_KEY).</source>
        <translation>Clé d&apos;API Stooq (par défaut : celle enregistrée, ou RUTILE_STOOQ_API_KEY).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N requests per second to each provider (default: the saved setting, 2).</source>
        <translation>Au plus N requêtes par seconde vers chaque fournisseur (par défaut : le paramètre enregistré, 2).</translation>
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
        <translation>Symboles téléchargés simultanément (par défaut : le paramètre enregistré, 4).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give up a try after S seconds without data (default 30).</source>
        <translation>Abandonner une tentative après S secondes sans données (par défaut 30).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one report per symbol as JSON to OUT (&apos;-&apos; for stdout).</source>
        <translation>Écrire un rapport par symbole au format JSON dans OUT (&apos;-&apos; pour stdout).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Download daily history from Yahoo Finance, Stooq or FRED into the cache.</source>
        <translation>Télécharger l&apos;historique journalier depuis Yahoo Finance, Stooq ou FRED dans le cache.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Symbols as the provider writes them (^RUT is stored as RUT).</source>
        <translation>Symboles tels que les écrit le fournisseur (^RUT est enregistré sous RUT).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SYMBOL...</source>
        <translation>SYMBOL...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yahoo (default), stooq or fred.</source>
        <translation>yahoo (par défaut), stooq ou fred.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First date (default: the provider&apos;s first bar).</source>
        <translation>Première date (par défaut : la première barre du fournisseur).</translation>
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
        <translation>Dernière date (par défaut : aujourd&apos;hui).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also download the symbols listed in FILE (a watchlist: spaces, commas or lines; &apos;#&apos; comments).</source>
        <translation>Télécharger aussi les symboles listés dans FILE (une liste de surveillance : espaces, virgules ou lignes ; commentaires &apos;#&apos;).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bring downloaded symbols (all without arguments) up to date from their providers.</source>
        <translation>Mettre à jour depuis leurs fournisseurs les symboles téléchargés (tous, sans argument).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cached symbols to update (default: all downloaded).</source>
        <translation>Symboles en cache à mettre à jour (par défaut : tous ceux téléchargés).</translation>
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
        <translation>export prend exactement un SYMBOL, %1 arguments trouvés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export needs --csv OUT</source>
        <translation>export nécessite --csv OUT</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Write a symbol&apos;s cached bars as Date,Open,High,Low,Close,Adj Close,Volume CSV.</source>
        <translation>Écrire les barres en cache d&apos;un symbole au format CSV Date,Open,High,Low,Close,Adj Close,Volume.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The symbol to export.</source>
        <translation>Le symbole à exporter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First date (YYYY-MM-DD).</source>
        <translation>Première date (YYYY-MM-DD).</translation>
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
        <translation>Dernière date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the CSV to OUT (&apos;-&apos; for stdout).</source>
        <translation>Écrire le CSV dans OUT (&apos;-&apos; pour stdout).</translation>
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
        <translation>--%1 : nombre attendu, trouvé : &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has no bar on or before %2</source>
        <translation>%1 n&apos;a aucune barre le %2 ou avant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--history needs --%1</source>
        <translation>--history nécessite --%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--%1 is for one day; --history values every common day</source>
        <translation>--%1 vaut pour un seul jour ; --history évalue chaque jour commun</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+76"/>
        <source>give --rate R (a fraction: 0.05 is 5 %) or --rate-symbol SYM</source>
        <translation>indiquez --rate R (une fraction : 0.05 correspond à 5 %) ou --rate-symbol SYM</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>%1 against %2, %3 to %4 (%5 common days): mean basis %6, mean mispricing %7, outside the band on %8 days</source>
        <translation>%1 par rapport à %2, du %3 au %4 (%5 jours communs) : base moyenne %6, écart de valorisation moyen %7, hors de la bande pendant %8 jours</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--futures-symbol and --csv are for --history</source>
        <translation>--futures-symbol et --csv sont réservés à --history</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fairvalue takes options only, found &apos;%1&apos;</source>
        <translation>fairvalue ne prend que des options, trouvé : &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give --spot S or --spot-symbol SYM</source>
        <translation>indiquez --spot S ou --spot-symbol SYM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--days: expected a whole number of days, found &apos;%1&apos;</source>
        <translation>--days : nombre entier de jours attendu, trouvé : &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--dividend: expected AMOUNT@DAYS (index points and days from today), found &apos;%1&apos;</source>
        <translation>--dividend : AMOUNT@DAYS attendu (points d&apos;indice et jours à partir d&apos;aujourd&apos;hui), trouvé : &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>fair value %1 (spot %2, %3 days)</source>
        <translation>juste valeur %1 (spot %2, %3 jours)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no-arbitrage band %1 to %2</source>
        <translation>bande de non-arbitrage de %1 à %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>futures %1: basis %2, mispricing %3, signal %4, profit after costs %5</source>
        <translation>contrat à terme %1 : base %2, écart de valorisation %3, signal %4, profit après coûts %5</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cost-of-carry fair value of an index future, its mispricing and the arbitrage signal after costs.</source>
        <translation>Juste valeur d&apos;un contrat à terme sur indice selon le coût de portage, son écart de valorisation et le signal d&apos;arbitrage après coûts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The index level.</source>
        <translation>Le niveau de l&apos;indice.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the spot from this cached symbol&apos;s close (on --date, else its last).</source>
        <translation>Prendre le spot dans la clôture de ce symbole en cache (à --date, sinon sa dernière).</translation>
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
        <translation>Le taux sans risque annuel sous forme de fraction (0.05 correspond à 5 %).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the rate from this cached rate series in percent (e.g. FRED&apos;s DGS3MO), on --date or its last.</source>
        <translation>Prendre le taux dans cette série de taux en cache, en pourcentage (p. ex. DGS3MO de FRED), à --date ou sa dernière valeur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The annual dividend yield as a fraction (0.015 is 1.5 %).</source>
        <translation>Le rendement du dividende annuel sous forme de fraction (0.015 correspond à 1.5 %).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Q</source>
        <translation>Q</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar days to expiry.</source>
        <translation>Jours calendaires jusqu&apos;à l&apos;échéance.</translation>
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
        <translation>Un dividende discret en points d&apos;indice versé dans DAYS jours (répétable), sous la forme AMOUNT@DAYS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AMOUNT@DAYS</source>
        <translation>AMOUNT@DAYS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quoted futures price: adds the basis, mispricing and signal.</source>
        <translation>Le prix coté du contrat à terme : ajoute la base, l&apos;écart de valorisation et le signal.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round-trip cost of the arbitrage in percent of the spot (default 0).</source>
        <translation>Coût aller-retour de l&apos;arbitrage en pourcentage du spot (par défaut 0).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day of --spot-symbol and --rate-symbol (default: their last).</source>
        <translation>Le jour de --spot-symbol et --rate-symbol (par défaut : leur dernier).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the results as JSON to OUT (&apos;-&apos; for stdout).</source>
        <translation>Écrire les résultats au format JSON dans OUT (&apos;-&apos; pour stdout).</translation>
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
        <translation>Mode historique : évaluer chaque jour commun de --futures-symbol et --spot-symbol, avec T jusqu&apos;à la prochaine échéance trimestrielle (troisième vendredi de mars, juin, septembre et décembre).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History mode: the cached futures series (e.g. RTY=F).</source>
        <translation>Mode historique : la série du contrat à terme en cache (p. ex. RTY=F).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History mode: first date.</source>
        <translation>Mode historique : première date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History mode: last date.</source>
        <translation>Mode historique : dernière date.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History mode: write the days as CSV to OUT: date, days_to_expiry, spot, futures, rate, fair_value, basis, mispricing, signal.</source>
        <translation>Mode historique : écrire les jours au format CSV dans OUT : date, days_to_expiry, spot, futures, rate, fair_value, basis, mispricing, signal.</translation>
    </message>
</context>
<context>
    <name>rutile::cli::HoldingsCommand</name>
    <message>
        <location filename="../app/cli/commands/HoldingsCommand.cpp" line="+61"/>
        <source>%1 holdings as of %2: %3 equities worth %4</source>
        <translation>Positions de %1 au %2 : %3 actions d&apos;une valeur totale de %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Top 10</source>
        <translation>10 principales positions</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HHI %1, effective number of holdings %2, top 10 %3%, top 100 %4%</source>
        <translation>HHI %1, nombre effectif de positions %2, 10 premières %3 %, 100 premières %4 %</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1; give --name</source>
        <translation>%1 ; indiquez --name</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Imported %1 holdings of %2 as of %3 (%4 equities, %5 other rows) from %6</source>
        <translation>Import de %1 positions de %2 au %3 (%4 actions, %5 autres lignes) depuis %6</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 holds %2 on more than one row; each row is weighed on its own</source>
        <translation>%1 détient %2 sur plusieurs lignes ; chaque ligne est pondérée séparément</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sectors: %1 (%2) against %3 (%4)</source>
        <translation>Secteurs : %1 (%2) par rapport à %3 (%4)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>holdings takes &apos;import FILE&apos; or &apos;show NAME&apos;</source>
        <translation>holdings prend &apos;import FILE&apos; ou &apos;show NAME&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import a fund&apos;s holdings export (import FILE) or show its top ten, sectors and concentration (show NAME).</source>
        <translation>Importer l&apos;export des positions d&apos;un fonds (import FILE) ou afficher ses dix premières positions, ses secteurs et sa concentration (show NAME).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import or show.</source>
        <translation>import ou show.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>import|show</source>
        <translation>import|show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The holdings file (import) or the fund&apos;s name (show).</source>
        <translation>Le fichier de positions (import) ou le nom du fonds (show).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE|NAME</source>
        <translation>FILE|NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import: the fund&apos;s name (default: from the file name, IWM).</source>
        <translation>import : le nom du fonds (par défaut : d&apos;après le nom du fichier, IWM).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show: the snapshot of this date (default: the latest).</source>
        <translation>show : l&apos;instantané à cette date (par défaut : le plus récent).</translation>
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
        <translation>show : placer en regard les pondérations sectorielles du fonds OTHER, avec les écarts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OTHER</source>
        <translation>OTHER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show: OTHER&apos;s snapshot of this date (default: its latest).</source>
        <translation>show : l&apos;instantané de OTHER à cette date (par défaut : son plus récent).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the result as JSON to OUT (&apos;-&apos; for stdout).</source>
        <translation>Écrire le résultat au format JSON dans OUT (&apos;-&apos; pour stdout).</translation>
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
        <translation>--delimiter, --decimal, --date-format, --columns et --header-lines nécessitent --format generic</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--delimiter: expected one character or &apos;tab&apos;, found &apos;%1&apos;</source>
        <translation>--delimiter : un caractère ou &apos;tab&apos; attendu, trouvé : &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--decimal: expected &apos;.&apos; or &apos;,&apos;, found &apos;%1&apos;</source>
        <translation>--decimal : &apos;.&apos; ou &apos;,&apos; attendu, trouvé : &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--header-lines: expected a whole number ≥ 0, found &apos;%1&apos;</source>
        <translation>--header-lines : nombre entier ≥ 0 attendu, trouvé : &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--columns: expected field=column pairs such as date=1,close=5 (fields: date, open, high, low, close, adjclose, volume), found &apos;%1&apos;</source>
        <translation>--columns : paires champ=colonne attendues, comme date=1,close=5 (champs : date, open, high, low, close, adjclose, volume), trouvé : &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>import takes exactly one FILE, found %1 arguments</source>
        <translation>import prend exactement un FILE, %1 arguments trouvés</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--format: expected auto, yahoo, yfinance, stooq or generic, found &apos;%1&apos;</source>
        <translation>--format : auto, yahoo, yfinance, stooq ou generic attendu, trouvé : &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>%1: %2 of %3 cached bars replaced with different values (%4 to %5)</source>
        <translation>%1 : %2 des %3 barres en cache remplacées par des valeurs différentes (du %4 au %5)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; volumes differ by up to %1 times</source>
        <translation>; les volumes diffèrent d&apos;un facteur allant jusqu&apos;à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 bars lost their volume</source>
        <translation>; %1 barres ont perdu leur volume</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>%1 more rows skipped</source>
        <translation>%1 lignes supplémentaires ignorées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported %1 bars of %2 (%3 to %4) from %5 [%6]; %7 rows read, %8 skipped</source>
        <translation>Import de %1 barres de %2 (du %3 au %4) depuis %5 [%6] ; %7 lignes lues, %8 ignorées</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import daily OHLCV history from a CSV file into the cache.</source>
        <translation>Importer un historique OHLCV journalier depuis un fichier CSV dans le cache.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CSV file to import.</source>
        <translation>Le fichier CSV à importer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store the bars under SYM (default: from the file).</source>
        <translation>Enregistrer les barres sous SYM (par défaut : d&apos;après le fichier).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SYM</source>
        <translation>SYM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto (default), yahoo, yfinance, stooq or generic.</source>
        <translation>auto (par défaut), yahoo, yfinance, stooq ou generic.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abort on the first bad row; nothing is written.</source>
        <translation>Abandonner à la première ligne invalide ; rien n&apos;est écrit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the import report as JSON to OUT (&apos;-&apos; for stdout).</source>
        <translation>Écrire le rapport d&apos;import au format JSON dans OUT (&apos;-&apos; pour stdout).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generic CSV: the field delimiter (one character or &apos;tab&apos;).</source>
        <translation>CSV générique : le délimiteur de champs (un caractère ou &apos;tab&apos;).</translation>
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
        <translation>CSV générique : le séparateur décimal, &apos;.&apos; ou &apos;,&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generic CSV: the date pattern from yyyy, yy, MM, M, dd, d (e.g. dd.MM.yyyy).</source>
        <translation>CSV générique : le modèle de date composé de yyyy, yy, MM, M, dd, d (p. ex. dd.MM.yyyy).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PATTERN</source>
        <translation>PATTERN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generic CSV: lines before the first data row.</source>
        <translation>CSV générique : nombre de lignes avant la première ligne de données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generic CSV: 1-based column of each field, e.g. date=1,open=2,high=3,low=4,close=5,volume=6.</source>
        <translation>CSV générique : colonne de chaque champ, numérotée à partir de 1, p. ex. date=1,open=2,high=3,low=4,close=5,volume=6.</translation>
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
        <translation>%1 enregistré : %2, du %3 au %4, %5 barres, dernier niveau %6</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 divisor adjustments (entries, exits, share changes, rebalances)</source>
        <translation>%1 ajustements du diviseur (entrées, sorties, variations du nombre d&apos;actions, rééquilibrages)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return %1% from %2 to %3; largest contributions:</source>
        <translation>Rendement de %1 % du %2 au %3 ; plus fortes contributions :</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>%1 pp</source>
        <translation>%1 pp</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>smallest:</source>
        <translation>plus faibles :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sectors:</source>
        <translation>Secteurs :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>index takes &apos;build NAME&apos;</source>
        <translation>index prend &apos;build NAME&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give exactly one of --constituents LIST and --holdings NAME</source>
        <translation>indiquez exactement une option parmi --constituents LIST et --holdings NAME</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--weighting takes cap, float or equal</source>
        <translation>--weighting prend cap, float ou equal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--reconstitution takes june or none</source>
        <translation>--reconstitution prend june ou none</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--base takes a number</source>
        <translation>--base prend un nombre</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 of the constituents are not cached and were left out (first: %2)</source>
        <translation>%1 des constituants ne sont pas en cache et ont été écartés (premier : %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Build an index from the constituents of a watchlist or a holdings snapshot and store it as a symbol (build NAME).</source>
        <translation>Construire un indice à partir des constituants d&apos;une liste de surveillance ou d&apos;un instantané de positions et l&apos;enregistrer comme symbole (build NAME).</translation>
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
        <translation>Le symbole sous lequel enregistrer l&apos;indice.</translation>
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
        <translation>La liste de surveillance dont les symboles sont les constituants.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fund whose holdings snapshot gives the constituents and their units.</source>
        <translation>Le fonds dont l&apos;instantané de positions fournit les constituants et leurs unités.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--holdings: the snapshot of this date (default: the latest).</source>
        <translation>--holdings : l&apos;instantané à cette date (par défaut : le plus récent).</translation>
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
        <translation>cap, float ou equal (par défaut cap).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The level of the first day (default 1000).</source>
        <translation>Le niveau du premier jour (par défaut 1000).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>june (annually, the fourth Friday of June: the default for a watchlist) or none (the default for holdings).</source>
        <translation>june (chaque année, le quatrième vendredi de juin : valeur par défaut pour une liste de surveillance) ou none (valeur par défaut pour des positions).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day of the index (default: the first constituent bar).</source>
        <translation>Premier jour de l&apos;indice (par défaut : la première barre des constituants).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the index (default: the last constituent bar).</source>
        <translation>Dernier jour de l&apos;indice (par défaut : la dernière barre des constituants).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start of the attribution range (default: the first day).</source>
        <translation>Début de la période d&apos;attribution (par défaut : le premier jour).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End of the attribution range (default: the last day).</source>
        <translation>Fin de la période d&apos;attribution (par défaut : le dernier jour).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the result and its attribution as JSON to OUT (&apos;-&apos; for stdout).</source>
        <translation>Écrire le résultat et son attribution au format JSON dans OUT (&apos;-&apos; pour stdout).</translation>
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
        <translation>indicators prend exactement un SYMBOL, %1 arguments trouvés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>indicators needs at least one --ind SPEC, e.g. --ind sma:20</source>
        <translation>indicators nécessite au moins un --ind SPEC, p. ex. --ind sma:20</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>indicators needs --csv OUT</source>
        <translation>indicators nécessite --csv OUT</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Compute indicators over a symbol&apos;s history and write them as CSV.</source>
        <translation>Calculer des indicateurs sur l&apos;historique d&apos;un symbole et les écrire au format CSV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The symbol to compute on.</source>
        <translation>Le symbole sur lequel calculer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An indicator as name:arg,arg (repeatable); missing arguments take their defaults:
%1</source>
        <translation>Un indicateur sous la forme nom:arg,arg (répétable) ; les arguments manquants prennent leur valeur par défaut :
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
        <translation>Première date écrite (YYYY-MM-DD) ; l&apos;amorçage utilise les barres antérieures.</translation>
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
        <translation>Dernière date écrite (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the CSV to OUT (&apos;-&apos; for stdout).</source>
        <translation>Écrire le CSV dans OUT (&apos;-&apos; pour stdout).</translation>
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
        <translation>1 symbole</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 symbols</source>
        <translation>%1 symboles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved watchlist %1: %2</source>
        <translation>Liste de surveillance enregistrée %1 : %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Watchlist %1: %2</source>
        <translation>Liste de surveillance %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 not cached</source>
        <translation>, %1 pas en cache</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the workspace holds no symbol to list</source>
        <translation>l&apos;espace de travail ne contient aucun symbole à lister</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>list set takes symbols or --all, not both</source>
        <translation>list set prend des symboles ou --all, pas les deux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list set takes the list&apos;s name and at least one symbol, or --all</source>
        <translation>list set prend le nom de la liste et au moins un symbole, ou --all</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is given twice; the list holds it once</source>
        <translation>%1 est indiqué deux fois ; la liste ne le contient qu&apos;une fois</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is not a symbol Rutile can hold; left out</source>
        <translation>%1 n&apos;est pas un symbole que Rutile peut gérer ; écarté</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the %1 holdings of %2 hold no listed equity</source>
        <translation>les positions de %1 au %2 ne contiennent aucune action cotée</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--all belongs to &apos;list set NAME --all&apos;</source>
        <translation>--all s&apos;utilise avec &apos;list set NAME --all&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>list takes &apos;set NAME SYM...&apos;, &apos;from-holdings NAME HOLDINGS&apos; or &apos;show NAME&apos;</source>
        <translation>list prend &apos;set NAME SYM...&apos;, &apos;from-holdings NAME HOLDINGS&apos; ou &apos;show NAME&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Watchlists: set NAME SYM... (or --all), from-holdings NAME HOLDINGS (a fund&apos;s stocks), show NAME.</source>
        <translation>Listes de surveillance : set NAME SYM... (ou --all), from-holdings NAME HOLDINGS (les actions d&apos;un fonds), show NAME.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set, from-holdings or show.</source>
        <translation>set, from-holdings ou show.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set|from-holdings|show</source>
        <translation>set|from-holdings|show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The watchlist&apos;s name.</source>
        <translation>Le nom de la liste de surveillance.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set: the symbols; from-holdings: the fund.</source>
        <translation>set : les symboles ; from-holdings : le fonds.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[SYM...|HOLDINGS]</source>
        <translation>[SYM...|HOLDINGS]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from-holdings: the snapshot of this date (default: the latest).</source>
        <translation>from-holdings : l&apos;instantané à cette date (par défaut : le plus récent).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set: every cached symbol, instead of symbols given.</source>
        <translation>set : tous les symboles en cache, au lieu des symboles indiqués.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the list as JSON to OUT (&apos;-&apos; for stdout).</source>
        <translation>Écrire la liste au format JSON dans OUT (&apos;-&apos; pour stdout).</translation>
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
        <translation>--where prend une condition (vraie ou fausse), comme &quot;close &gt; sma(close, 200)&quot;</translation>
    </message>
</context>
<context>
    <name>rutile::cli::MergeCommand</name>
    <message>
        <location filename="../app/cli/commands/MergeCommand.cpp" line="+23"/>
        <source>merge needs the shard files written by &apos;optimize --shard i/N --json OUT&apos; or &apos;scan --shard i/N --json OUT&apos;</source>
        <translation>merge nécessite les fichiers de fragments écrits par &apos;optimize --shard i/N --json OUT&apos; ou &apos;scan --shard i/N --json OUT&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not an optimisation result or a scan (a JSON object)</source>
        <translation>ni un résultat d’optimisation ni un scan (un objet JSON)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not every shard was given (missing: %1); the result covers part of the list</source>
        <translation>tous les fragments n&apos;ont pas été fournis (manquants : %1) ; le résultat ne couvre qu&apos;une partie de la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not every shard was given (missing: %1); the result covers part of the grid</source>
        <translation>tous les fragments n&apos;ont pas été fournis (manquants : %1) ; le résultat ne couvre qu&apos;une partie de la grille</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Join the JSON results of &apos;optimize --shard&apos; or &apos;scan --shard&apos; runs into one.</source>
        <translation>Réunir en un seul les résultats JSON d&apos;exécutions &apos;optimize --shard&apos; ou &apos;scan --shard&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shard results (JSON) of one optimisation.</source>
        <translation>Résultats de fragments (JSON) d&apos;une même optimisation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A.json B.json ...</source>
        <translation>A.json B.json ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the merged JSON to OUT (&apos;-&apos; for stdout, the default).</source>
        <translation>Écrire le JSON fusionné dans OUT (&apos;-&apos; pour stdout, valeur par défaut).</translation>
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
        <translation>%1, %2 sur %3 lignes (%4 d&apos;entraînement, %5 de test, du %6 au %7), évaluation %8</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 (%2 on %3, %4 rows to %5): P(up over %6 bars after %7) = %8</source>
        <translation>%1 (%2 sur %3, %4 lignes jusqu&apos;au %5) : P(hausse sur %6 barres après le %7) = %8</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ml takes one symbol, found %1 arguments</source>
        <translation>ml prend un seul symbole, %1 arguments trouvés</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--model: expected rf or gbt, found &apos;%1&apos;</source>
        <translation>--model : rf ou gbt attendu, trouvé : &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--eval: expected shuffled, chronological, purged or walkforward, found &apos;%1&apos;</source>
        <translation>--eval : shuffled, chronological, purged ou walkforward attendu, trouvé : &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Train and evaluate a next-days direction classifier (random forest or boosted trees), beside its baseline.</source>
        <translation>Entraîner et évaluer un classifieur de direction pour les jours suivants (forêt aléatoire ou arbres boostés), en regard de sa référence de base.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The symbol whose bars give the rows.</source>
        <translation>Le symbole dont les barres fournissent les lignes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Features, comma separated or repeated: indicator specs (sma:50, macd:12,26,9.signal), ret:N, ratio:SPEC, lag:K:FEATURE (default sma:50,sma:200,rsi:14,macd:12,26,9).</source>
        <translation>Variables, séparées par des virgules ou répétées : spécifications d&apos;indicateurs (sma:50, macd:12,26,9.signal), ret:N, ratio:SPEC, lag:K:FEATURE (par défaut sma:50,sma:200,rsi:14,macd:12,26,9).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPEC,...</source>
        <translation>SPEC,...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rf (random forest, default) or gbt (boosted trees).</source>
        <translation>rf (forêt aléatoire, par défaut) ou gbt (arbres boostés).</translation>
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
        <translation>Un hyperparamètre du modèle sous la forme nom=valeur (répétable) : rf trees, max_depth, min_samples, features_per_split, seed ; gbt rounds, max_depth, eta, subsample, seed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>K=V</source>
        <translation>K=V</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shuffled (leaky), chronological (default), purged (k-fold with an embargo) or walkforward.</source>
        <translation>shuffled (avec fuite d&apos;information), chronological (par défaut), purged (k plis avec embargo) ou walkforward.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The models&apos; threads (default: the library&apos;s); results do not depend on it.</source>
        <translation>Threads des modèles (par défaut : ceux de la bibliothèque) ; les résultats n&apos;en dépendent pas.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First date of the bars (YYYY-MM-DD).</source>
        <translation>Première date des barres (YYYY-MM-DD).</translation>
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
        <translation>Dernière date des barres (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the test rows&apos; predictions as CSV to OUT (&apos;-&apos; for stdout): date, probability, predicted, label, correct.</source>
        <translation>Écrire les prédictions des lignes de test au format CSV dans OUT (&apos;-&apos; pour stdout) : date, probability, predicted, label, correct.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Then train the model on every row and keep it in the workspace as NAME.</source>
        <translation>Ensuite, entraîner le modèle sur toutes les lignes et le conserver dans l&apos;espace de travail sous NAME.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instead of training: load the model kept as NAME and predict SYMBOL&apos;s latest bar.</source>
        <translation>Au lieu d&apos;entraîner : charger le modèle conservé sous NAME et prédire la dernière barre de SYMBOL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the results as JSON to OUT (&apos;-&apos; for stdout).</source>
        <translation>Écrire les résultats au format JSON dans OUT (&apos;-&apos; pour stdout).</translation>
    </message>
</context>
<context>
    <name>rutile::cli::OptimizeCommand</name>
    <message>
        <location filename="../app/cli/commands/OptimizeCommand.cpp" line="+25"/>
        <source>%1: %2 of %3 grid points evaluated (shard %4/%5), %6 skipped, %7 ms on %8 threads</source>
        <translation>%1 : %2 points de grille sur %3 évalués (fragment %4/%5), %6 ignorés, %7 ms sur %8 threads</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>  deflated Sharpe ratio of the best point: %1 over %2 trials (%3)</source>
        <translation>  ratio de Sharpe déflaté du meilleur point : %1 sur %2 essais (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>significant at %1</source>
        <translation>significatif au seuil de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT significant: the optimum may be luck</source>
        <translation>NON significatif : l&apos;optimum est peut-être dû au hasard</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the best grid point&apos;s deflated Sharpe ratio is %1 after %2 trials (below %3): it may be luck</source>
        <translation>le ratio de Sharpe déflaté du meilleur point de la grille est de %1 après %2 essais (sous %3) : il est peut-être dû au hasard</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Grid-search a strategy&apos;s parameters on all cores; --shard runs one slice for batch schedulers.</source>
        <translation>Recherche par grille des paramètres d&apos;une stratégie sur tous les cœurs ; --shard exécute une tranche pour les ordonnanceurs de traitements par lots.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run the i-th of N disjoint, contiguous slices of the grid, i from 0 to N−1 (e.g. a Slurm array index or a Kubernetes completion index); join with &apos;merge&apos;.</source>
        <translation>Exécuter la i-ème de N tranches disjointes et contiguës de la grille, i de 0 à N−1 (p. ex. un indice de tableau Slurm ou un indice de complétion Kubernetes) ; réunir avec &apos;merge&apos;.</translation>
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
        <translation>%1 sur %2, du %3 au %4 (%5 jours communs) : %6</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>  rolling tests: %1 windows, cointegrated at 5 % in %2 of them</source>
        <translation>  tests glissants : %1 fenêtres, cointégration au seuil de 5 % dans %2 d&apos;entre elles</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>pair takes two symbols, Y and X, found %1 arguments</source>
        <translation>pair prend deux symboles, Y et X, %1 arguments trouvés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pair needs two different symbols, found %1 twice</source>
        <translation>pair nécessite deux symboles différents, %1 trouvé deux fois</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Engle–Granger test of two symbols&apos; log prices, the spread&apos;s half-life and z-score, rolling and Kalman hedge ratios.</source>
        <translation>Test d&apos;Engle–Granger sur les log-prix de deux symboles, demi-vie et z-score du spread, ratios de couverture glissant et de Kalman.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The symbol regressed (e.g. RUT).</source>
        <translation>Le symbole régressé (p. ex. RUT).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The symbol it is regressed on (e.g. SPX).</source>
        <translation>Le symbole sur lequel il est régressé (p. ex. SPX).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First date (YYYY-MM-DD).</source>
        <translation>Première date (YYYY-MM-DD).</translation>
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
        <translation>Dernière date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the results as JSON to OUT (&apos;-&apos; for stdout).</source>
        <translation>Écrire les résultats au format JSON dans OUT (&apos;-&apos; pour stdout).</translation>
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
        <translation>Écrire les séries journalières au format CSV dans OUT : date, log_y, log_x, spread, zscore, rolling_beta, kalman_beta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the rolling tests as CSV to OUT: date, eg_tstat, eg_pvalue, hedge_ratio, halflife_days.</source>
        <translation>Écrire les tests glissants au format CSV dans OUT : date, eg_tstat, eg_pvalue, hedge_ratio, halflife_days.</translation>
    </message>
</context>
<context>
    <name>rutile::cli::PortfolioCommand</name>
    <message>
        <location filename="../app/cli/commands/PortfolioCommand.cpp" line="+31"/>
        <source>%1: top %2 of %3 by %4, %5 to %6 (%7 rebalances)</source>
        <translation>%1 : les %2 premiers sur %3 selon %4, du %5 au %6 (%7 rééquilibrages)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>  trades %1; %2 symbols skipped</source>
        <translation>  transactions : %1 ; %2 symboles ignorés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  last holdings: %1</source>
        <translation>  dernières positions : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>portfolio takes one watchlist, found %1 arguments</source>
        <translation>portfolio attend une seule liste de surveillance, %1 arguments trouvés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give --rank EXPR, the expression that ranks the symbols (highest held)</source>
        <translation>indiquez --rank EXPR, l&apos;expression qui classe les symboles (les mieux classés sont détenus)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Backtest a top-N book over a watchlist: rank every symbol, hold the best, rebalance on a schedule.</source>
        <translation>Backtest d&apos;un portefeuille top-N sur une liste de surveillance : classer chaque symbole, détenir les meilleurs, rééquilibrer selon un calendrier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The watchlist to choose from (see &apos;list&apos;).</source>
        <translation>La liste de surveillance dans laquelle choisir (voir &apos;list&apos;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A rule-language expression ranking the symbols on each rebalance day, highest first, e.g. &quot;change(close, 126) / ref(close, 126)&quot;.</source>
        <translation>Une expression du langage de règles qui classe les symboles à chaque jour de rééquilibrage, la valeur la plus haute en premier, p. ex. &quot;change(close, 126) / ref(close, 126)&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EXPR</source>
        <translation>EXPR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only symbols meeting this condition on the rebalance day may be held.</source>
        <translation>Seuls les symboles remplissant cette condition le jour du rééquilibrage peuvent être détenus.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>COND</source>
        <translation>COND</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First date traded (earlier bars warm the rank up).</source>
        <translation>Première date de négociation (les barres antérieures servent à amorcer le classement).</translation>
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
        <translation>Dernière date de négociation ; chaque position est vendue à son cours de clôture.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Benchmark of beta and alpha (default: the workspace&apos;s &apos;benchmark&apos; setting, else SPX, GSPC or ^GSPC if cached).</source>
        <translation>Indice de référence pour le bêta et l&apos;alpha (par défaut : le paramètre &apos;benchmark&apos; de l&apos;espace de travail, sinon SPX, GSPC ou ^GSPC s&apos;il est en cache).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SYM</source>
        <translation>SYM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not compare with a benchmark.</source>
        <translation>Ne pas comparer à un indice de référence.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading threads (default: one per core).</source>
        <translation>Threads de lecture (par défaut : un par cœur).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the results as JSON to OUT (&apos;-&apos; for stdout).</source>
        <translation>Écrire les résultats en JSON dans OUT (&apos;-&apos; pour stdout).</translation>
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
        <translation>Écrire le portefeuille quotidien en CSV dans OUT, colonnes : date, equity, cash, exposure, holdings, drawdown (et benchmark).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the holdings after every day with a fill as CSV to OUT: date, symbol, units, close, weight.</source>
        <translation>Écrire les positions après chaque jour comportant une exécution en CSV dans OUT, colonnes : date, symbol, units, close, weight.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the closed trades as CSV to OUT, with their symbol.</source>
        <translation>Écrire les transactions clôturées en CSV dans OUT, avec leur symbole.</translation>
    </message>
</context>
<context>
    <name>rutile::cli::ReportCommand</name>
    <message>
        <location filename="../app/cli/commands/ReportCommand.cpp" line="+74"/>
        <source>report run takes one run id (a positive number)</source>
        <translation>report run attend un seul identifiant d&apos;exécution (un nombre positif)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>report needs what to report: backtest, risk or run</source>
        <translation>report doit savoir sur quoi porter le rapport : backtest, risk ou run</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report needs --pdf OUT, --html OUT or both</source>
        <translation>report nécessite --pdf OUT, --html OUT ou les deux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report writes --pdf and --html; the JSON comes from backtest, risk or runs show</source>
        <translation>report écrit --pdf et --html ; le JSON provient de backtest, risk ou runs show</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>report: expected backtest, risk or run, found &apos;%1&apos;</source>
        <translation>report : backtest, risk ou run attendu, &apos;%1&apos; trouvé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write a backtest report (report backtest SYMBOL ...), a risk report (report risk SYMBOL ...) or the report of a journaled run (report run ID) as PDF and/or self-contained HTML.</source>
        <translation>Écrire un rapport de backtest (report backtest SYMBOL ...), un rapport de risque (report risk SYMBOL ...) ou le rapport d&apos;une exécution journalisée (report run ID) en PDF et/ou en HTML autonome.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>backtest, risk or run.</source>
        <translation>backtest, risk ou run.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>backtest|risk|run</source>
        <translation>backtest|risk|run</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>risk: log (default) or simple daily returns.</source>
        <translation>risk : rendements quotidiens logarithmiques (log, par défaut) ou simples (simple).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the report as PDF to OUT.</source>
        <translation>Écrire le rapport en PDF dans OUT.</translation>
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
        <translation>Écrire le rapport dans OUT sous forme d&apos;un seul fichier HTML autonome.</translation>
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
        <translation>Statistiques des rendements quotidiens de Close entre --from et --to (un rendement de moins que de barres). Conventions (également dans le README, section Risk) :
- Rendements : logarithmiques ln(C[t]/C[t-1]) (par défaut) ou simples C[t]/C[t-1] - 1, datés à la barre la plus récente.
- Moments : estimateurs d&apos;échantillon ; std divise par n-1 ; asymétrie G1 et excès de kurtosis G2 comme SKEW/KURT d&apos;Excel et pandas ; annual_mean = mean*T, annual_vol = std*sqrt(T), T = trading_days = 252.
- Volatilité : std est la volatilité quotidienne de long terme (toute la période) ; short_term_vol est l&apos;écart-type d&apos;échantillon des short_window = 63 derniers rendements (quotidienne ; annual_short_term_vol = short_term_vol*sqrt(T)).
- Quantiles : interpolation linéaire entre statistiques d&apos;ordre (R type 7, PERCENTILE.INC d&apos;Excel, valeur par défaut de numpy) : h = (n-1)p, Q = x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]).
- VaR, ES : var_left = quantile p, var_right = quantile (1-p) des rendements, p = var_level = 0.05 ; es_left = moyenne des rendements &lt;= var_left, es_right = moyenne des rendements &gt;= var_right. Toutes sont des rendements : les valeurs de gauche sont négatives.
- EVT : dépassements de seuil (peaks over threshold) pour chaque queue, sur les pertes -r (gauche) et les gains r (droite) ; seuil u = quantile de type 7 threshold_quantile = 0.9 de cette variable, dans ses propres unités (une perte positive à gauche) ; forme xi et échelle sigma de la GPD des dépassements y - u (y &gt; u) par maximum de vraisemblance, se_xi et se_sigma à partir de l&apos;inverse de l&apos;information observée ; stress = u + sigma/xi*((n/Nu*p)^(-xi) - 1) à p = stress_level = 0.01, exprimé comme un rendement (stress_left négatif). Moins de 30 dépassements donnent un avertissement sur stderr.
- Drawdown : max_drawdown = min sur t de C[t]/max(C[0..t]) - 1 (un nombre négatif) avec les dates de son pic, de son creux et de sa récupération (première clôture revenue au niveau du pic).
- Indice de référence : clôtures alignées sur les dates communes, puis rendements ; bêta et alpha = pente et ordonnée à l&apos;origine MCO des rendements du symbole sur ceux de l&apos;indice de référence (alpha quotidien, annual_alpha = alpha*T) ; corrélation ; r_squared = corrélation^2 ; tracking error ; ratio d&apos;information. Indice de référence par défaut : le paramètre &apos;benchmark&apos; de l&apos;espace de travail, sinon SPX, GSPC ou ^GSPC.
- JSON : nombres bruts en unités de rendement (0.012, et non 1.2%) ; les valeurs non définies valent null.
Paramètres pour --param (nom=valeur) :
%1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1: %2 %3 returns, %4 to %5</source>
        <translation>%1 : %2 rendements %3, du %4 au %5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>daily</source>
        <translation>quotidien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>annualised</source>
        <translation>annualisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>std (long-term vol)</source>
        <translation>écart-type (volatilité de long terme)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>short-term vol (%1)</source>
        <translation>volatilité de court terme (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skewness</source>
        <translation>asymétrie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excess kurtosis</source>
        <translation>kurtosis excédentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min (%1)</source>
        <translation>min (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max (%1)</source>
        <translation>max (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>historical VaR (%1%)</source>
        <translation>VaR historique (%1%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected shortfall</source>
        <translation>expected shortfall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gaussian VaR</source>
        <translation>VaR gaussienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cornish-Fisher VaR</source>
        <translation>VaR de Cornish-Fisher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EVT threshold u</source>
        <translation>seuil EVT u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exceedances</source>
        <translation>dépassements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPD xi (se)</source>
        <translation>GPD xi (erreur type)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GPD sigma (se)</source>
        <translation>GPD sigma (erreur type)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>converged</source>
        <translation>convergé</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EVT stress (%1%)</source>
        <translation>stress EVT (%1%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>max drawdown</source>
        <translation>drawdown maximal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    peak %1, trough %2, recovered %3</source>
        <translation>    pic %1, creux %2, rétabli %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  longest drawdown: %1 bars from %2 to %3</source>
        <translation>  drawdown le plus long : %1 barres du %2 au %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (not recovered)</source>
        <translation>%1 (non rétabli)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  against %1 (%2 common returns):</source>
        <translation>  par rapport à %1 (%2 rendements communs) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beta</source>
        <translation>bêta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alpha</source>
        <translation>alpha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correlation</source>
        <translation>corrélation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R squared</source>
        <translation>R au carré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tracking error</source>
        <translation>tracking error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>information ratio</source>
        <translation>ratio d&apos;information</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>risk takes exactly one SYMBOL, found %1 arguments</source>
        <translation>risk attend exactement un SYMBOL, %1 arguments trouvés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--benchmark and --no-benchmark cannot be combined</source>
        <translation>--benchmark et --no-benchmark ne peuvent pas être combinés</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--returns: expected log or simple, found &apos;%1&apos;</source>
        <translation>--returns : log ou simple attendu, &apos;%1&apos; trouvé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--risk-free-symbol and --param risk_free both set the risk-free rate; give one</source>
        <translation>--risk-free-symbol et --param risk_free définissent tous deux le taux sans risque ; n&apos;en indiquez qu&apos;un</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>default benchmark %1: %2</source>
        <translation>indice de référence par défaut %1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not enough data: %1 and %2 have fewer than 2 common returns</source>
        <translation>données insuffisantes : %1 et %2 ont moins de 2 rendements communs</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Return and tail-risk statistics (VaR, ES, EVT stress, drawdowns, beta) of a symbol.</source>
        <translation>Statistiques de rendement et de risque de queue (VaR, ES, stress EVT, drawdowns, bêta) d&apos;un symbole.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First date (YYYY-MM-DD) of the closes used.</source>
        <translation>Première date (YYYY-MM-DD) des clôtures utilisées.</translation>
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
        <translation>Dernière date (YYYY-MM-DD) des clôtures utilisées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log (default) or simple daily returns.</source>
        <translation>Rendements quotidiens logarithmiques (log, par défaut) ou simples (simple).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Benchmark symbol for beta, alpha, correlation (default: the workspace&apos;s benchmark).</source>
        <translation>Symbole de l&apos;indice de référence pour le bêta, l&apos;alpha et la corrélation (par défaut : l&apos;indice de référence de l&apos;espace de travail).</translation>
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
        <translation>Prendre le taux sans risque dans la série de taux en cache SYM (pourcentage annuel, p. ex. DGS3MO de FRED) : sa moyenne sur les clôtures analysées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not compare with the workspace&apos;s default benchmark.</source>
        <translation>Ne pas comparer à l&apos;indice de référence par défaut de l&apos;espace de travail.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A risk parameter as name=value (repeatable), e.g. var_level=0.01; see above.</source>
        <translation>Un paramètre de risque sous la forme nom=valeur (répétable), p. ex. var_level=0.01 ; voir ci-dessus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K=V</source>
        <translation>K=V</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the statistics as JSON to OUT (&apos;-&apos; for stdout); without it a table is printed.</source>
        <translation>Écrire les statistiques en JSON dans OUT (&apos;-&apos; pour stdout) ; sans cette option, un tableau est affiché.</translation>
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
        <translation>impossible de lire le fichier de règles : %1</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
</context>
<context>
    <name>rutile::cli::RunsCommand</name>
    <message>
        <location filename="../app/cli/commands/RunsCommand.cpp" line="+66"/>
        <source>runs show: expected a run id (a positive number), found &apos;%1&apos;</source>
        <translation>runs show : identifiant d&apos;exécution attendu (un nombre positif), &apos;%1&apos; trouvé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>runs purge needs --before D: the entries older than that date go</source>
        <translation>runs purge nécessite --before D : les entrées antérieures à cette date sont supprimées</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n run(s) before %1 purged from the journal</source>
        <translation>
            <numerusform>%n exécution antérieure au %1 supprimée du journal</numerusform>
            <numerusform>%n exécutions antérieures au %1 supprimées du journal</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>runs show takes one run id</source>
        <translation>runs show attend un seul identifiant d&apos;exécution</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>runs purge takes no argument besides --before D</source>
        <translation>runs purge n&apos;accepte aucun argument en dehors de --before D</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>runs: expected no action, show ID or purge --before D, found &apos;%1&apos;</source>
        <translation>runs : aucune action, show ID ou purge --before D attendu, &apos;%1&apos; trouvé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The run journal: list every backtest, optimize, walkforward and ml run; show ID; purge --before D.</source>
        <translation>Le journal des exécutions : lister toutes les exécutions backtest, optimize, walkforward et ml ; show ID ; purge --before D.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none (list), show or purge.</source>
        <translation>aucune (liste), show ou purge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[show ID|purge]</source>
        <translation>[show ID|purge]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>purge: remove the entries made before this date (YYYY-MM-DD, UTC).</source>
        <translation>purge : supprimer les entrées créées avant cette date (YYYY-MM-DD, UTC).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the list, or the run, as JSON to OUT (&apos;-&apos; for stdout).</source>
        <translation>Écrire la liste, ou l&apos;exécution, en JSON dans OUT (&apos;-&apos; pour stdout).</translation>
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
        <translation>sample n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--universe takes a whole number, not &apos;%1&apos;</source>
        <translation>--universe attend un nombre entier, pas &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the workspace holds a larger sample universe (%1); give --universe %2 or more, or an empty workspace</source>
        <translation>l&apos;espace de travail contient un univers d&apos;exemple plus grand (%1) ; indiquez --universe %2 ou plus, ou un espace de travail vide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the workspace already holds %1, which is not sample data; give an empty workspace with --db</source>
        <translation>l&apos;espace de travail contient déjà %1, qui ne sont pas des données d&apos;exemple ; indiquez un espace de travail vide avec --db</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Wrote the sample workspace to %1: %2 symbols, %3 bars (synthetic data)</source>
        <translation>Espace de travail d&apos;exemple écrit dans %1 : %2 symboles, %3 barres (données synthétiques)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 synthetic constituents are in the watchlist %2 and the holdings %3</source>
        <translation>Les %1 composants synthétiques sont dans la liste de suivi %2 et les positions %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fill the workspace with the sample data: two synthetic indices and a synthetic constituent universe.</source>
        <translation>Remplir l&apos;espace de travail avec les données d&apos;exemple : deux indices synthétiques et un univers de constituants synthétiques.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Synthetic constituents to add, 0 to %1 (default %2), as the watchlist %3.</source>
        <translation>Constituants synthétiques à ajouter, de 0 à %1 (par défaut %2), sous forme de la liste de surveillance %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a summary as JSON to OUT (&apos;-&apos; for stdout).</source>
        <translation>Écrire un résumé en JSON dans OUT (&apos;-&apos; pour stdout).</translation>
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
        <translation>%1 évalués, %2 ignorés, %3 exclus par le filtre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>scan takes one watchlist, found %1 arguments</source>
        <translation>scan attend une seule liste de surveillance, %1 arguments trouvés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>give --expr EXPR, or --strategy NAME or --strategy-file FILE</source>
        <translation>indiquez --expr EXPR, ou --strategy NAME ou --strategy-file FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--param and --grid set a strategy&apos;s parameters; an --expr has none</source>
        <translation>--param et --grid définissent les paramètres d&apos;une stratégie ; une --expr n&apos;en a pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1 is a setting of a strategy&apos;s backtest; an --expr has none</source>
        <translation>--%1 est un paramètre du backtest d&apos;une stratégie ; une --expr n&apos;en a pas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 trades two symbols; a scan backtests one symbol at a time</source>
        <translation>%1 négocie deux symboles ; un scan effectue le backtest d&apos;un symbole à la fois</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--objective ranks the points of a --grid; give one</source>
        <translation>--objective classe les points d&apos;une --grid ; indiquez-en un</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Evaluate an expression, or backtest a strategy, on every symbol of a watchlist.</source>
        <translation>Évaluer une expression, ou effectuer le backtest d&apos;une stratégie, sur chaque symbole d&apos;une liste de surveillance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The watchlist to scan (see &apos;list&apos;).</source>
        <translation>La liste de surveillance à scanner (voir &apos;list&apos;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A rule-language expression; each symbol&apos;s value on its last bar (a condition as 1 or 0), ranked highest first. E.g. &quot;close &gt; sma(close, 200) and rsi(close, 14) &lt; 30&quot;.</source>
        <translation>Une expression du langage de règles ; la valeur de chaque symbole sur sa dernière barre (une condition vaut 1 ou 0), classée de la plus haute à la plus basse. P. ex. &quot;close &gt; sma(close, 200) and rsi(close, 14) &lt; 30&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EXPR</source>
        <translation>EXPR</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A column beside the ranked one as NAME=EXPR, its value on the row&apos;s last bar (repeatable), e.g. rsi=&quot;rsi(close, 14)&quot;.</source>
        <translation>Une colonne à côté de la colonne classée, sous la forme NAME=EXPR, avec sa valeur sur la dernière barre de la ligne (répétable), p. ex. rsi=&quot;rsi(close, 14)&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAME=EXPR</source>
        <translation>NAME=EXPR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List only the symbols meeting this condition on their last bar; the others are counted as filtered_out.</source>
        <translation>Ne lister que les symboles remplissant cette condition sur leur dernière barre ; les autres sont comptés dans filtered_out.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>COND</source>
        <translation>COND</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First date read (expression) or traded (backtest; earlier bars warm the indicators up).</source>
        <translation>Première date lue (expression) ou négociée (backtest ; les barres antérieures servent à amorcer les indicateurs).</translation>
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
        <translation>Dernière date : la valeur de l&apos;expression est sa valeur sur la dernière barre jusqu&apos;à cette date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With a strategy: optimise this parameter range on each symbol alone, as name=start:stop:step, name=a,b,c or name=v (repeatable); each row is the symbol&apos;s best point.</source>
        <translation>Avec une stratégie : optimiser cette plage de paramètres sur chaque symbole séparément, sous la forme nom=début:fin:pas, nom=a,b,c ou nom=v (répétable) ; chaque ligne est le meilleur point du symbole.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>K=A:B:S</source>
        <translation>K=A:B:S</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the grid maximises and the rows rank by: %1 (default sharpe).</source>
        <translation>Ce que la grille maximise et selon quoi les lignes sont classées : %1 (par défaut sharpe).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading and evaluating threads (default: one per core).</source>
        <translation>Threads de lecture et d&apos;évaluation (par défaut : un par cœur).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan the i-th of N slices of the list (0-based), for batch schedulers; &apos;merge&apos; joins them.</source>
        <translation>Scanner la i-ème de N tranches de la liste (à partir de 0), pour les ordonnanceurs de lots ; &apos;merge&apos; les réunit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>i/N</source>
        <translation>i/N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the results as JSON to OUT (&apos;-&apos; for stdout).</source>
        <translation>Écrire les résultats en JSON dans OUT (&apos;-&apos; pour stdout).</translation>
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
        <translation>Écrire les lignes classées en CSV dans OUT (&apos;-&apos; pour stdout).</translation>
    </message>
</context>
<context>
    <name>rutile::cli::SymbolsCommand</name>
    <message>
        <location filename="../app/cli/commands/SymbolsCommand.cpp" line="+20"/>
        <source>symbols takes no arguments</source>
        <translation>symbols n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>  (synthetic)</source>
        <translation>  (synthétique)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>List the cached symbols with their bar counts and date ranges.</source>
        <translation>Lister les symboles en cache avec leur nombre de barres et leurs plages de dates.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the list as JSON to OUT (&apos;-&apos; for stdout).</source>
        <translation>Écrire la liste en JSON dans OUT (&apos;-&apos; pour stdout).</translation>
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
        <translation>--%1 : nombre de barres attendu, &apos;%2&apos; trouvé</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>out of sample: cagr %1, sharpe %2, max_drawdown %3, trades %4; walk-forward efficiency %5</source>
        <translation>hors échantillon : cagr %1, sharpe %2, max_drawdown %3, transactions %4 ; efficacité walk-forward %5</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Walk-forward analysis: optimise in-sample, trade the next window out-of-sample, repeat.</source>
        <translation>Analyse walk-forward : optimiser dans l&apos;échantillon, négocier la fenêtre suivante hors échantillon, répéter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bars in each in-sample window (default 756, about 3 years).</source>
        <translation>Barres de chaque fenêtre dans l&apos;échantillon (par défaut 756, environ 3 ans).</translation>
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
        <translation>Barres de chaque fenêtre hors échantillon (par défaut 252).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grow the in-sample window from the start instead of rolling it.</source>
        <translation>Agrandir la fenêtre dans l&apos;échantillon depuis le début au lieu de la faire glisser.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the out-of-sample trades as CSV to OUT.</source>
        <translation>Écrire les transactions hors échantillon en CSV dans OUT.</translation>
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
        <translation>Écrire la courbe de capital hors échantillon raccordée en CSV dans OUT.</translation>
    </message>
</context>
<context>
    <name>rutile::gui</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+36"/>
        <source>Rutile: charting and strategy workstation for index traders.</source>
        <translation>Rutile : station de travail de graphiques et de stratégies pour les traders d&apos;indices.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the sample workspace (synthetic data, generated on first use).</source>
        <translation>Ouvrir l&apos;espace de travail d&apos;exemple (données synthétiques, générées à la première utilisation).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the workspace file &lt;path&gt;.</source>
        <translation>Ouvrir le fichier d&apos;espace de travail &lt;path&gt;.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a PNG image of the main window to &lt;file&gt; after loading, then exit.</source>
        <translation>Enregistrer une image PNG de la fenêtre principale dans &lt;file&gt; après le chargement, puis quitter.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workspace file to open, as --workspace.</source>
        <translation>Le fichier d’espace de travail à ouvrir, comme --workspace.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give one workspace file.</source>
        <translation>Indiquez un seul fichier d’espace de travail.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--sample and --workspace cannot be combined.</source>
        <translation>--sample et --workspace ne peuvent pas être combinés.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The default workspace was opened instead.</source>
        <translation>L&apos;espace de travail par défaut a été ouvert à la place.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot Open Workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

The file was not changed.</source>
        <translation>%1

Le fichier n&apos;a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>rutile::index::Holdings</name>
    <message>
        <location filename="../core/index/Holdings.cpp" line="+68"/>
        <source>Fund Holdings as of: expected a date such as &quot;Apr 10, 2026&quot;, found %1</source>
        <translation>Fund Holdings as of : date attendue comme « Apr 10, 2026 », trouvé %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a holdings export: no header line starting &quot;Ticker,Name&quot;</source>
        <translation>ce n&apos;est pas un export de positions : aucune ligne d&apos;en-tête commençant par &quot;Ticker,Name&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the header has no &apos;%1&apos; column</source>
        <translation>l&apos;en-tête n&apos;a pas de colonne &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected %1 fields as in the header (line %2), found %3</source>
        <translation>%1 champs attendus comme dans l&apos;en-tête (ligne %2), %3 trouvés</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: expected a number or &apos;-&apos;, found %2</source>
        <translation>%1 : un nombre ou &apos;-&apos; attendu, %2 trouvé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no holdings after the header</source>
        <translation>aucune position après l&apos;en-tête</translation>
    </message>
</context>
<context>
    <name>rutile::index::HoldingsAnalysis</name>
    <message>
        <location filename="../core/index/HoldingsAnalysis.cpp" line="+83"/>
        <source>no equity holdings with a market value to weigh</source>
        <translation>aucune position en actions dotée d&apos;une valeur de marché à pondérer</translation>
    </message>
</context>
<context>
    <name>rutile::journal::RunEntries</name>
    <message>
        <location filename="../core/journal/RunEntries.cpp" line="+280"/>
        <source>no workspace here</source>
        <translation>aucun espace de travail ici</translation>
    </message>
</context>
<context>
    <name>rutile::journal::RunInputs</name>
    <message>
        <location filename="../core/journal/RunInputs.cpp" line="+25"/>
        <source>run %1 cannot be run again: %2</source>
        <translation>l&apos;exécution %1 ne peut pas être relancée : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>run %1 is a %2 run; only backtests, grid searches and walk-forwards run again here</source>
        <translation>l&apos;exécution %1 est de type %2 ; seuls les backtests, les recherches par grille et les walk-forwards peuvent être relancés ici</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no symbol</source>
        <translation>aucun symbole</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no objective</source>
        <translation>aucun objectif</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>run %1 is a %2 run, not an ML evaluation</source>
        <translation>l&apos;exécution %1 est de type %2, pas une évaluation ML</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no features, model or evaluation</source>
        <translation>aucune variable, aucun modèle ni aucune évaluation</translation>
    </message>
</context>
<context>
    <name>rutile::ml::Classifier</name>
    <message>
        <location filename="../core/ml/Classifier.cpp" line="+35"/>
        <source>Trees</source>
        <translation>Arbres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trees in the forest</source>
        <translation>Arbres de la forêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Maximum depth</source>
        <translation>Profondeur maximale</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Minimum rows per node</source>
        <translation>Nombre minimal de lignes par nœud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A node with fewer rows is not split</source>
        <translation>Un nœud comportant moins de lignes n&apos;est pas divisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Features per split</source>
        <translation>Variables par division</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Features tried at each split; 0: the square root of their number</source>
        <translation>Variables essayées à chaque division ; 0 : la racine carrée de leur nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The same seed trains the same forest</source>
        <translation>La même graine entraîne la même forêt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Boosting rounds</source>
        <translation>Tours de boosting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row subsample</source>
        <translation>Sous-échantillon de lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the rows each tree sees</source>
        <translation>Part des lignes que voit chaque arbre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same seed trains the same model</source>
        <translation>La même graine entraîne le même modèle</translation>
    </message>
</context>
<context>
    <name>rutile::ml::Dataset</name>
    <message>
        <location filename="../core/ml/Dataset.cpp" line="+45"/>
        <source>%1 has no output &apos;%2&apos;; expected one of: %3</source>
        <translation>%1 n&apos;a pas de sortie &apos;%2&apos; ; valeurs attendues : %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>feature &apos;%1&apos;: expected a whole number in [%2, %3], found &apos;%4&apos;</source>
        <translation>variable &apos;%1&apos; : un nombre entier dans [%2, %3] attendu, &apos;%4&apos; trouvé</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>feature &apos;%1&apos;: expected lag:K:FEATURE</source>
        <translation>variable &apos;%1&apos; : lag:K:FEATURE attendu</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The seed&apos;s four (SMA 50, SMA 200, RSI 14, MACD)</source>
        <translation>Les quatre de départ (SMA 50, SMA 200, RSI 14, MACD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns and ratios (scale-free)</source>
        <translation>Rendements et ratios (sans échelle)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>at least one feature is needed</source>
        <translation>au moins une variable est nécessaire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>feature &apos;%1&apos;: %2</source>
        <translation>variable &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the horizon (%1) must lie in [1, 250] bars</source>
        <translation>l&apos;horizon (%1) doit être compris dans [1, 250] barres</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not enough data: no bar has every feature defined and %1 bars after it</source>
        <translation>données insuffisantes : aucune barre n&apos;a toutes ses variables définies et %1 barres après elle</translation>
    </message>
</context>
<context>
    <name>rutile::ml::Evaluation</name>
    <message>
        <location filename="../core/ml/Evaluation.cpp" line="+53"/>
        <source>not enough data: %1 rows leave no training and test rows for the %2 evaluation</source>
        <translation>données insuffisantes : %1 lignes ne laissent aucune ligne d&apos;entraînement et de test pour l&apos;évaluation %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>up</source>
        <translation>hausse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>down</source>
        <translation>baisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beats always-%1 (accuracy %2 against %3, p = %4)</source>
        <translation>bat la prévision toujours à la %1 (exactitude %2 contre %3, p = %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not beat always-%1 (accuracy %2 against %3, p = %4)</source>
        <translation>ne bat pas la prévision toujours à la %1 (exactitude %2 contre %3, p = %4)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the test fraction (%1) must lie in (0, 1)</source>
        <translation>la fraction de test (%1) doit être comprise dans (0, 1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>folds (%1) out of range [2, 50]</source>
        <translation>plis (%1) hors de l&apos;intervalle [2, 50]</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>the shuffled split leaks the future: rows of neighbouring days share their features and, with a horizon of %1, their outcomes, so its score is optimistic; compare purged or walkforward</source>
        <translation>la division aléatoire laisse fuir le futur : les lignes de jours voisins partagent leurs variables et, avec un horizon de %1, leurs résultats, donc son score est optimiste ; comparez avec purged ou walkforward</translation>
    </message>
    <message>
        <location filename="../core/ml/EvaluationParams.cpp" line="+20"/>
        <source>Horizon (bars)</source>
        <translation>Horizon (barres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The label: the close this many bars later above this close</source>
        <translation>L&apos;étiquette : la clôture ce nombre de barres plus tard est supérieure à cette clôture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test fraction</source>
        <translation>Fraction de test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shuffled and chronological: the share of rows tested</source>
        <translation>shuffled et chronological : la part des lignes testées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the shuffle, the permutation importance and the model</source>
        <translation>Du mélange, de l&apos;importance par permutation et du modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folds</source>
        <translation>Plis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purged: contiguous test folds</source>
        <translation>purged : plis de test contigus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Embargo (bars)</source>
        <translation>Embargo (barres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purged: bars after a test fold left out of training; −1: the horizon</source>
        <translation>purged : barres après un pli de test exclues de l&apos;entraînement ; −1 : l&apos;horizon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training rows</source>
        <translation>Lignes d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>walkforward: rows before the first test block</source>
        <translation>walkforward : lignes avant le premier bloc de test</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refit every (rows)</source>
        <translation>Réentraîner toutes les (lignes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>walkforward: test rows per model</source>
        <translation>walkforward : lignes de test par modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rolling window</source>
        <translation>Fenêtre glissante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>walkforward: train on the last &apos;training rows&apos; only, not on all before</source>
        <translation>walkforward : entraîner uniquement sur les dernières &apos;lignes d&apos;entraînement&apos;, et non sur toutes les précédentes</translation>
    </message>
</context>
<context>
    <name>rutile::ml::GradientBoosting</name>
    <message>
        <location filename="../core/ml/GradientBoosting.cpp" line="+20"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>cannot create the booster</source>
        <translation>impossible de créer le booster</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>parameter %1</source>
        <translation>paramètre %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the training rows do not match their labels</source>
        <translation>les lignes d&apos;entraînement ne correspondent pas à leurs étiquettes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot hold the training rows</source>
        <translation>impossible de stocker les lignes d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot set the labels</source>
        <translation>impossible de définir les étiquettes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>boosting round %1</source>
        <translation>tour de boosting %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+18"/>
        <source>the boosted trees are not trained</source>
        <translation>les arbres boostés ne sont pas entraînés</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>the rows do not have %1 features</source>
        <translation>les lignes n&apos;ont pas %1 variables</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot hold the rows</source>
        <translation>impossible de stocker les lignes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot predict</source>
        <translation>prédiction impossible</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot save the model</source>
        <translation>impossible d&apos;enregistrer le modèle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not a saved boosted-trees model</source>
        <translation>ce n&apos;est pas un modèle d&apos;arbres boostés enregistré</translation>
    </message>
</context>
<context>
    <name>rutile::ml::RandomForest</name>
    <message>
        <location filename="../core/ml/RandomForest.cpp" line="+38"/>
        <source>the training rows do not match their labels</source>
        <translation>les lignes d&apos;entraînement ne correspondent pas à leurs étiquettes</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the random forest could not be trained</source>
        <translation>la forêt aléatoire n&apos;a pas pu être entraînée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the random forest could not be trained: %1</source>
        <translation>la forêt aléatoire n&apos;a pas pu être entraînée : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <source>the random forest is not trained</source>
        <translation>la forêt aléatoire n&apos;est pas entraînée</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the rows do not have %1 features</source>
        <translation>les lignes n&apos;ont pas %1 variables</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>not a saved random forest</source>
        <translation>ce n&apos;est pas une forêt aléatoire enregistrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a saved random forest: %1</source>
        <translation>ce n&apos;est pas une forêt aléatoire enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>rutile::ml::SavedModel</name>
    <message>
        <location filename="../core/ml/SavedModel.cpp" line="+21"/>
        <source>saved model %1 is damaged: %2</source>
        <translation>le modèle enregistré %1 est endommagé : %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>a model&apos;s name must have 1 to 64 characters and no control characters</source>
        <translation>le nom d&apos;un modèle doit comporter de 1 à 64 caractères et aucun caractère de contrôle</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no model called %1 in the workspace</source>
        <translation>aucun modèle nommé %1 dans l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its description names no model, features or horizon</source>
        <translation>sa description ne nomme aucun modèle, aucune variable ni aucun horizon</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>not enough data: no bar of %1 has every feature of the model</source>
        <translation>données insuffisantes : aucune barre de %1 ne possède toutes les variables du modèle</translation>
    </message>
</context>
<context>
    <name>rutile::ml::WalkForwardSignal</name>
    <message>
        <location filename="../core/ml/WalkForwardSignal.cpp" line="+22"/>
        <source>the horizon (%1) must lie in [1, 250] bars</source>
        <translation>l&apos;horizon (%1) doit être compris dans [1, 250] barres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least 2 training rows are needed, not %1</source>
        <translation>au moins 2 lignes d&apos;entraînement sont nécessaires, pas %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the refit interval must be at least 1 bar</source>
        <translation>l&apos;intervalle de réentraînement doit être d&apos;au moins 1 barre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the rolling window (%1 rows) must hold the %2 rows of the first model</source>
        <translation>la fenêtre glissante (%1 lignes) doit contenir les %2 lignes du premier modèle</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not enough data: %1 labelled rows are needed before the first model, the series has %2</source>
        <translation>données insuffisantes : %1 lignes étiquetées sont nécessaires avant le premier modèle, la série en a %2</translation>
    </message>
</context>
<context>
    <name>rutile::net::HistoryFetch</name>
    <message>
        <location filename="../core/net/HistoryFetch.cpp" line="+26"/>
        <source>%1: %2: %3</source>
        <translation>%1 : %2 : %3</translation>
    </message>
</context>
<context>
    <name>rutile::net::HttpClient</name>
    <message>
        <location filename="../core/net/HttpClient.cpp" line="+109"/>
        <source>redirected to a refused address: %1</source>
        <translation>redirigé vers une adresse refusée : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the response is larger than %1 MiB; refused</source>
        <translation>la réponse dépasse %1 Mio ; refusée</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+67"/>
        <location line="+2"/>
        <location line="+23"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>no complete answer within %1 s</source>
        <translation>aucune réponse complète en %1 s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the response was cut short (%1)</source>
        <translation>la réponse a été tronquée (%1)</translation>
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
        <translation>aucune donnée pendant %1 s ; délai dépassé</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (after %2 tries)</source>
        <translation>%1 (après %2 tentatives)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1; the server asks to wait %2 s before trying again, longer than the %3 s allowed</source>
        <translation>%1 ; le serveur demande d&apos;attendre %2 s avant de réessayer, plus que les %3 s autorisées</translation>
    </message>
</context>
<context>
    <name>rutile::net::Provider</name>
    <message>
        <location filename="../core/net/Provider.cpp" line="+25"/>
        <source>%1: %2: %3</source>
        <translation>%1 : %2 : %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no data rows</source>
        <translation>aucune ligne de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none of the %1 rows can be used; the first problem (line %2): %3</source>
        <translation>aucune des %1 lignes n&apos;est utilisable ; premier problème (ligne %2) : %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+12"/>
        <source>the response is empty</source>
        <translation>la réponse est vide</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>expected a CSV with the header Date,Open,High,Low,Close,Volume, found %1</source>
        <translation>CSV avec l&apos;en-tête Date,Open,High,Low,Close,Volume attendu, %1 trouvé</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected a CSV with the header observation_date,%1, found %2</source>
        <translation>CSV avec l&apos;en-tête observation_date,%1 attendu, %2 trouvé</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>no symbol to download</source>
        <translation>aucun symbole à télécharger</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: Stooq needs an API key: set it in Settings → Data providers, or pass --api-key or RUTILE_STOOQ_API_KEY</source>
        <translation>%1 : Stooq nécessite une clé d&apos;API : définissez-la dans Paramètres → Fournisseurs de données, ou passez --api-key ou RUTILE_STOOQ_API_KEY</translation>
    </message>
</context>
<context>
    <name>rutile::net::UrlPolicy</name>
    <message>
        <location filename="../core/net/UrlPolicy.cpp" line="+35"/>
        <source>&apos;%1&apos; is not a usable web address</source>
        <translation>&apos;%1&apos; n&apos;est pas une adresse web utilisable</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>refusing plain http to %1: use https (http is allowed only to this machine)</source>
        <translation>http simple refusé vers %1 : utilisez https (http n&apos;est autorisé que vers cette machine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refusing &apos;%1&apos;: only https addresses are fetched</source>
        <translation>&apos;%1&apos; refusé : seules les adresses https sont récupérées</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>refusing a redirect from %1 to this machine (%2)</source>
        <translation>redirection de %1 vers cette machine refusée (%2)</translation>
    </message>
</context>
<context>
    <name>rutile::net::YahooChart</name>
    <message>
        <location filename="../core/net/YahooChart.cpp" line="+26"/>
        <source>%1: Yahoo: %2</source>
        <translation>%1 : Yahoo : %2</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>the response is empty</source>
        <translation>la réponse est vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a web page came back instead of data</source>
        <translation>une page web a été renvoyée au lieu de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a web page (&quot;%1&quot;) came back instead of data</source>
        <translation>une page web (&quot;%1&quot;) a été renvoyée au lieu de données</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not valid JSON (%1); the response may be cut off</source>
        <translation>JSON non valide (%1) ; la réponse est peut-être tronquée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no &apos;chart&apos; object in the response</source>
        <translation>aucun objet &apos;chart&apos; dans la réponse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no result in the response</source>
        <translation>aucun résultat dans la réponse</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no bars in the requested range</source>
        <translation>aucune barre dans la plage demandée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>row %1: no usable timestamp</source>
        <translation>ligne %1 : aucun horodatage utilisable</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: no price (null in the response)</source>
        <translation>%1 : aucun prix (null dans la réponse)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>no usable bar among %1 rows</source>
        <translation>aucune barre utilisable parmi %1 lignes</translation>
    </message>
</context>
<context>
    <name>rutile::relval::EngleGranger</name>
    <message>
        <location filename="../core/relval/EngleGranger.cpp" line="+82"/>
        <source>the two series have %1 and %2 values</source>
        <translation>les deux séries ont %1 et %2 valeurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not enough data: %1 common days, at least 20 needed</source>
        <translation>données insuffisantes : %1 jours communs, au moins 20 nécessaires</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the hedge series does not vary: no regression</source>
        <translation>la série de couverture ne varie pas : pas de régression</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the residuals&apos; ADF regression cannot be fitted (a perfect fit?)</source>
        <translation>la régression ADF des résidus ne peut pas être ajustée (ajustement parfait ?)</translation>
    </message>
</context>
<context>
    <name>rutile::relval::FairValue</name>
    <message>
        <location filename="../core/relval/FairValue.cpp" line="+18"/>
        <source>%1 (%2) out of range [%3, %4]</source>
        <translation>%1 (%2) hors de l&apos;intervalle [%3, %4]</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the spot (%1) must be a positive number</source>
        <translation>le spot (%1) doit être un nombre positif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate</source>
        <translation>taux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dividend yield</source>
        <translation>rendement du dividende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cost (%)</source>
        <translation>coût (%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the futures price (%1) must be a positive number</source>
        <translation>le prix du contrat à terme (%1) doit être un nombre positif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a dividend of %1 in %2 days: the amount must be ≥ 0 and the day within the %3 days to expiry</source>
        <translation>un dividende de %1 dans %2 jours : le montant doit être ≥ 0 et le jour compris dans les %3 jours jusqu&apos;à l&apos;échéance</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the dividends (%1 today) are worth the index or more</source>
        <translation>les dividendes (%1 aujourd&apos;hui) valent autant que l&apos;indice ou plus</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 and %2 have no common day</source>
        <translation>%1 et %2 n&apos;ont aucun jour commun</translation>
    </message>
</context>
<context>
    <name>rutile::relval::PairAnalysis</name>
    <message>
        <location filename="../core/relval/PairAnalysis.cpp" line="+36"/>
        <source>%1 or %2 has a close that is not positive on %3: no log price</source>
        <translation>%1 ou %2 a une clôture non positive le %3 : pas de prix logarithmique</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not enough data: %1 and %2 have %3 common days in the range, at least 20 needed</source>
        <translation>données insuffisantes : %1 et %2 ont %3 jours communs dans la plage, au moins 20 nécessaires</translation>
    </message>
</context>
<context>
    <name>rutile::relval::PairOutput</name>
    <message>
        <location filename="../core/relval/PairOutput.cpp" line="+38"/>
        <source>cointegrated at 1 % (p = %1)</source>
        <translation>cointégrés à 1 % (p = %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cointegrated at 5 % (p = %1)</source>
        <translation>cointégrés à 5 % (p = %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weakly cointegrated: at 10 %, not at 5 % (p = %1)</source>
        <translation>faiblement cointégrés : à 10 %, pas à 5 % (p = %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not cointegrated at 5 % (p = %1)</source>
        <translation>non cointégrés à 5 % (p = %1)</translation>
    </message>
</context>
<context>
    <name>rutile::relval::PairSettings</name>
    <message>
        <location filename="../core/relval/PairSettings.cpp" line="+16"/>
        <source>z-score window</source>
        <translation>Fenêtre du z-score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days of pairs_spread&apos;s rolling hedge ratio and z-score (its lookback)</source>
        <translation>Jours du ratio de couverture glissant et du z-score de pairs_spread (sa période de rétrospection)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry z</source>
        <translation>z d&apos;entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pairs_spread enters beyond ±entry z</source>
        <translation>pairs_spread entre au-delà de ±z d&apos;entrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit z</source>
        <translation>z de sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pairs_spread exits inside ±exit z</source>
        <translation>pairs_spread sort en deçà de ±z de sortie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rolling test window</source>
        <translation>Fenêtre du test glissant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days of each rolling Engle–Granger test</source>
        <translation>Jours de chaque test d&apos;Engle–Granger glissant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rolling test step</source>
        <translation>Pas du test glissant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days between the ends of two rolling tests</source>
        <translation>Jours entre les fins de deux tests glissants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kalman δ</source>
        <translation>δ de Kalman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State noise of the Kalman hedge ratio: V_w = δ/(1 − δ); larger follows faster</source>
        <translation>Bruit d&apos;état du ratio de couverture de Kalman : V_w = δ/(1 − δ) ; plus il est grand, plus il suit rapidement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kalman observation noise</source>
        <translation>Bruit d&apos;observation de Kalman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variance V_e of the observation noise of the Kalman filter</source>
        <translation>Variance V_e du bruit d&apos;observation du filtre de Kalman</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>exit_z (%1) must be less than entry_z (%2)</source>
        <translation>exit_z (%1) doit être inférieur à entry_z (%2)</translation>
    </message>
</context>
<context>
    <name>rutile::report::ReportFormat</name>
    <message>
        <location filename="../core/report/ReportFormat.cpp" line="+88"/>
        <source>Trades</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final equity</source>
        <translation>Capital final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total return</source>
        <translation>Rendement total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAGR</source>
        <translation>CAGR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharpe ratio</source>
        <translation>Ratio de Sharpe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sortino ratio</source>
        <translation>Ratio de Sortino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calmar ratio</source>
        <translation>Ratio de Calmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual volatility</source>
        <translation>Volatilité annuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum drawdown</source>
        <translation>Drawdown maximal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profit factor</source>
        <translation>Facteur de profit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exposure</source>
        <translation>Exposition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total commission</source>
        <translation>Commissions totales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beta</source>
        <translation>Bêta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-forward efficiency</source>
        <translation>Efficacité walk-forward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folds</source>
        <translation>Plis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best point</source>
        <translation>Meilleur point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deflated Sharpe ratio</source>
        <translation>Ratio de Sharpe déflaté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points evaluated</source>
        <translation>Points évalués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points skipped</source>
        <translation>Points ignorés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline (always-up)</source>
        <translation>Référence (toujours en hausse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edge over the baseline</source>
        <translation>Avantage sur la référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balanced accuracy</source>
        <translation>Exactitude équilibrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p-value of the edge</source>
        <translation>Valeur p de l&apos;avantage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test rows</source>
        <translation>Lignes de test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First test day</source>
        <translation>Premier jour de test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last test day</source>
        <translation>Dernier jour de test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbol</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pair</source>
        <translation>Paire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benchmark</source>
        <translation>Indice de référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk-free rate series</source>
        <translation>Série du taux sans risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule file&apos;s SHA-256</source>
        <translation>SHA-256 du fichier de règles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine settings</source>
        <translation>Paramètres du moteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deflated Sharpe confidence</source>
        <translation>Confiance du Sharpe déflaté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-forward</source>
        <translation>Walk-forward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Features</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizon (bars)</source>
        <translation>Horizon (barres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test fraction</source>
        <translation>Fraction de test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Embargo (bars)</source>
        <translation>Embargo (barres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data fingerprint</source>
        <translation>Empreinte des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rutile version</source>
        <translation>Version de Rutile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grid point</source>
        <translation>Point de la grille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective value</source>
        <translation>Valeur de l&apos;objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trials</source>
        <translation>Essais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected best daily Sharpe of as many unskilled trials</source>
        <translation>Meilleur Sharpe quotidien attendu d&apos;autant d&apos;essais sans talent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability that the best is skill</source>
        <translation>Probabilité que le meilleur soit dû au talent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence required</source>
        <translation>Confiance exigée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Significant</source>
        <translation>Significatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In-sample bars</source>
        <translation>Barres dans l&apos;échantillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-of-sample bars</source>
        <translation>Barres hors échantillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anchored</source>
        <translation>Ancré</translation>
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
        <translation>Exécution</translation>
    </message>
    <message>
        <location line="-330"/>
        <location line="+330"/>
        <source>not journaled</source>
        <translation>non journalisée</translation>
    </message>
    <message>
        <location line="-329"/>
        <location line="+330"/>
        <source>Made</source>
        <translation>Date de création</translation>
    </message>
    <message>
        <location line="-329"/>
        <source>Kind</source>
        <translation>Type</translation>
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
        <translation>Stratégie</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+152"/>
        <location line="+176"/>
        <source>Symbol</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>Hedge</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bars traded</source>
        <translation>Barres négociées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 to %2 (%3 bars)</source>
        <translation>du %1 au %2 (%3 barres)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+63"/>
        <source>Benchmark</source>
        <translation>Indice de référence</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+324"/>
        <source>Data fingerprint</source>
        <translation>Empreinte des données</translation>
    </message>
    <message>
        <location line="-322"/>
        <source>The fingerprint is the SHA-256 of every bar the run read; a run on changed data has another one.</source>
        <translation>L&apos;empreinte est le SHA-256 de toutes les barres lues par l&apos;exécution ; une exécution sur des données modifiées en a une autre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Strategy and parameters</source>
        <translation>Stratégie et paramètres</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+240"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>Rule file (SHA-256 %1):</source>
        <translation>Fichier de règles (SHA-256 %1) :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engine settings</source>
        <translation>Paramètres du moteur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Metric</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+34"/>
        <source>Buy and hold</source>
        <translation>Achat-conservation</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Benchmark (%1)</source>
        <translation>Indice de référence (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Beta to %1</source>
        <translation>Bêta par rapport à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alpha (annual)</source>
        <translation>Alpha (annuel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Headline metrics</source>
        <translation>Mesures principales</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+106"/>
        <source>Equity</source>
        <translation>Capital</translation>
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
        <translation>Rendements mensuels et annuels</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yearly returns</source>
        <translation>Rendements annuels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return</source>
        <translation>Rendement</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Monthly returns: the month&apos;s last equity over the previous month&apos;s, compounded into the year.</source>
        <translation>Rendements mensuels : le dernier capital du mois rapporté à celui du mois précédent, composés sur l&apos;année.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worst drawdowns</source>
        <translation>Pires drawdowns</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Peak</source>
        <translation>Pic</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trough</source>
        <translation>Creux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recovery</source>
        <translation>Rétablissement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Depth</source>
        <translation>Profondeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length (bars)</source>
        <translation>Durée (barres)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not recovered</source>
        <translation>non rétabli</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The equity never fell below a previous high.</source>
        <translation>Le capital n&apos;est jamais descendu sous un plus haut précédent.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Trades</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Winners / losers</source>
        <translation>Gagnantes / perdantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profit factor</source>
        <translation>Facteur de profit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expectancy per trade</source>
        <translation>Espérance par transaction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average win</source>
        <translation>Gain moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average loss</source>
        <translation>Perte moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average bars held</source>
        <translation>Durée moyenne de détention (barres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net profit</source>
        <translation>Profit net</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total commission</source>
        <translation>Commissions totales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trade statistics</source>
        <translation>Statistiques des transactions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry price</source>
        <translation>Prix d&apos;entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exit price</source>
        <translation>Prix de sortie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;L</source>
        <translation>P&amp;L</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exit reason</source>
        <translation>Motif de sortie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trade list</source>
        <translation>Liste des transactions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Risk of the equity curve</source>
        <translation>Risque de la courbe de capital</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not available: %1</source>
        <translation>Non disponible : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily log returns of the equity curve, with the risk analysis&apos; default options (as `rutile-cli risk` computes them for a symbol).</source>
        <translation>Rendements logarithmiques quotidiens de la courbe de capital, avec les options par défaut de l&apos;analyse de risque (tels que `rutile-cli risk` les calcule pour un symbole).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary statistics</source>
        <translation>Statistiques récapitulatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk measures</source>
        <translation>Mesures de risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extreme-value tails (peaks over threshold)</source>
        <translation>Queues de valeurs extrêmes (peaks over threshold)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grid search</source>
        <translation>Recherche par grille</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+62"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Points evaluated</source>
        <translation>Points évalués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points skipped</source>
        <translation>Points ignorés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best value</source>
        <translation>Meilleure valeur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Best %1</source>
        <translation>Meilleur %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deflated Sharpe ratio of the best point: probability %1 over %2 trials, at %3 confidence: %4</source>
        <translation>Ratio de Sharpe déflaté du meilleur point : probabilité %1 sur %2 essais, au niveau de confiance %3 : %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>significant</source>
        <translation>significatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT significant; the optimum may be luck</source>
        <translation>NON significatif ; l&apos;optimum peut être dû à la chance</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 over the grid (blank where a point was skipped)</source>
        <translation>%1 sur la grille (vide là où un point a été ignoré)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Walk-forward</source>
        <translation>Walk-forward</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In-sample bars</source>
        <translation>Barres dans l&apos;échantillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-of-sample bars</source>
        <translation>Barres hors échantillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anchored</source>
        <translation>Ancré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-forward efficiency</source>
        <translation>Efficacité walk-forward</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Out of sample</source>
        <translation>Hors échantillon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In-sample value</source>
        <translation>Valeur dans l&apos;échantillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out-of-sample CAGR</source>
        <translation>CAGR hors échantillon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Efficiency</source>
        <translation>Efficacité</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Folds: each window&apos;s in-sample winner, traded on the next window</source>
        <translation>Plis : le gagnant dans l&apos;échantillon de chaque fenêtre, négocié sur la fenêtre suivante</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>run %1 is a %2 run, which has no backtest report</source>
        <translation>l&apos;exécution %1 est de type %2, qui n&apos;a pas de rapport de backtest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>run %1 has no equity curve to report</source>
        <translation>l&apos;exécution %1 n&apos;a pas de courbe de capital à présenter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Walk-forward report: %1 on %2</source>
        <translation>Rapport walk-forward : %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backtest report: %1 on %2</source>
        <translation>Rapport de backtest : %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stitched out-of-sample equity</source>
        <translation>Capital hors échantillon raccordé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Equity and drawdown</source>
        <translation>Capital et drawdown</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>run %1 is a %2 run, not an ML evaluation</source>
        <translation>l&apos;exécution %1 est de type %2, pas une évaluation ML</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ML evaluation: %1 on %2</source>
        <translation>Évaluation ML : %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tested %1 to %2</source>
        <translation>testé du %1 au %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Features</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horizon (bars)</source>
        <translation>Horizon (barres)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Model parameters</source>
        <translation>Paramètres du modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Against the baseline</source>
        <translation>Par rapport à la référence naïve</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model beats the better of always-up and always-down by %1 on the test rows.</source>
        <translation>Le modèle bat de %1 la meilleure des prévisions toujours à la hausse et toujours à la baisse sur les lignes de test.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model does not beat the better of always-up and always-down on the test rows.</source>
        <translation>Le modèle ne bat pas la meilleure des prévisions toujours à la hausse et toujours à la baisse sur les lignes de test.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training rows</source>
        <translation>Lignes d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test rows</source>
        <translation>Lignes de test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline accuracy</source>
        <translation>Exactitude de référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edge over the baseline</source>
        <translation>Avantage sur la référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balanced accuracy</source>
        <translation>Exactitude équilibrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log loss</source>
        <translation>Perte logarithmique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p-value (accuracy above the baseline)</source>
        <translation>Valeur p (exactitude supérieure à la référence)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of ups in the test rows</source>
        <translation>Part des hausses dans les lignes de test</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feature</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Feature importance</source>
        <translation>Importance des variables</translation>
    </message>
</context>
<context>
    <name>rutile::reporting::RiskReport</name>
    <message>
        <location filename="../core/reporting/RiskReportDocument.cpp" line="+33"/>
        <source>Risk report: %1</source>
        <translation>Rapport de risque : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Symbol</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Range</source>
        <translation>Plage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns</source>
        <translation>Rendements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VaR level</source>
        <translation>Niveau de VaR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EVT threshold quantile</source>
        <translation>Quantile de seuil EVT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EVT stress level</source>
        <translation>Niveau de stress EVT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short-term window</source>
        <translation>Fenêtre de court terme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trading days per year</source>
        <translation>Jours de bourse par an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk-free rate</source>
        <translation>Taux sans risque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>Date de création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rutile</source>
        <translation>Rutile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data fingerprint</source>
        <translation>Empreinte des données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Open</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>High</source>
        <translation>Plus haut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low</source>
        <translation>Plus bas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adj Close</source>
        <translation>Clôture ajustée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first %1 of %2 values</source>
        <translation>Les %1 premières valeurs sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level and returns</source>
        <translation>Niveau et rendements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 close</source>
        <translation>Clôture de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daily returns</source>
        <translation>Rendements quotidiens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Return</source>
        <translation>Rendement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary statistics</source>
        <translation>Statistiques récapitulatives</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Histogram of daily returns with the Gaussian fit</source>
        <translation>Histogramme des rendements quotidiens avec l&apos;ajustement gaussien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Density</source>
        <translation>Densité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaussian fit</source>
        <translation>Ajustement gaussien</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Risk measures</source>
        <translation>Mesures de risque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left and right tails</source>
        <translation>Queues gauche et droite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generalised Pareto fits to the returns beyond the threshold in each tail (peaks over threshold); the stress value is the return exceeded with the stress level&apos;s probability.</source>
        <translation>Ajustements de Pareto généralisée aux rendements au-delà du seuil dans chaque queue (peaks over threshold) ; la valeur de stress est le rendement dépassé avec la probabilité du niveau de stress.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Benchmark: %1</source>
        <translation>Indice de référence : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
</context>
<context>
    <name>rutile::reporting::RiskSections</name>
    <message>
        <location filename="../core/reporting/RiskSections.cpp" line="+28"/>
        <source>Returns</source>
        <translation>Rendements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean daily return</source>
        <translation>Rendement quotidien moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily volatility</source>
        <translation>Volatilité quotidienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annualised mean</source>
        <translation>Moyenne annualisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annualised volatility</source>
        <translation>Volatilité annualisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short-term volatility (annualised)</source>
        <translation>Volatilité de court terme (annualisée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skewness</source>
        <translation>Asymétrie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excess kurtosis</source>
        <translation>Kurtosis excédentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst day</source>
        <translation>Pire jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best day</source>
        <translation>Meilleur jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum drawdown</source>
        <translation>Drawdown maximal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left tail (losses)</source>
        <translation>Queue gauche (pertes)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right tail (gains)</source>
        <translation>Queue droite (gains)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Historical VaR at %1</source>
        <translation>VaR historique à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected shortfall at %1</source>
        <translation>Expected shortfall à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaussian VaR</source>
        <translation>VaR gaussienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cornish–Fisher VaR</source>
        <translation>VaR de Cornish–Fisher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EVT stress value at %1</source>
        <translation>Valeur de stress EVT à %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>GPD fit</source>
        <translation>Ajustement GPD</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left tail</source>
        <translation>Queue gauche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right tail</source>
        <translation>Queue droite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Threshold u</source>
        <translation>Seuil u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shape ξ</source>
        <translation>Forme ξ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale σ</source>
        <translation>Échelle σ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exceedances</source>
        <translation>Dépassements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>converged</source>
        <translation>convergé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not converged</source>
        <translation>non convergé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Beta</source>
        <translation>Bêta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alpha (daily)</source>
        <translation>Alpha (journalier)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alpha (annualised)</source>
        <translation>Alpha (annualisé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correlation</source>
        <translation>Corrélation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking error (annualised)</source>
        <translation>Écart de suivi (annualisé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information ratio</source>
        <translation>Ratio d&apos;information</translation>
    </message>
</context>
<context>
    <name>rutile::risk::ReturnSeries</name>
    <message>
        <location filename="../core/risk/ReturnSeries.cpp" line="+27"/>
        <source>%1: %2 dates but %3 values</source>
        <translation>%1 : %2 dates mais %3 valeurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: dates must ascend, %2 follows %3</source>
        <translation>%1 : les dates doivent être croissantes, %2 suit %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the value on %2 is %3; returns need finite positive values</source>
        <translation>%1 : la valeur au %2 est %3 ; les rendements nécessitent des valeurs finies et positives</translation>
    </message>
</context>
<context>
    <name>rutile::risk::RiskAnalysis</name>
    <message>
        <location filename="../core/risk/RiskAnalysis.cpp" line="+25"/>
        <source>risk analysis cancelled</source>
        <translation>analyse de risque annulée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>left tail (losses)</source>
        <translation>queue gauche (pertes)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right tail (gains)</source>
        <translation>queue droite (gains)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>converged</source>
        <translation>convergé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too few exceedances</source>
        <translation>trop peu de dépassements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the exceedances are all equal</source>
        <translation>les dépassements sont tous égaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the likelihood has no interior maximum (shape at its bound)</source>
        <translation>la vraisemblance n&apos;a pas de maximum intérieur (forme à sa borne)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the gradient is not zero at the optimiser&apos;s answer</source>
        <translation>le gradient n&apos;est pas nul à la solution de l&apos;optimiseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the observed information is not positive definite (no standard errors)</source>
        <translation>l&apos;information observée n&apos;est pas définie positive (pas d&apos;erreurs-types)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: exceedances of the threshold: %2, fewer than the %3 a GPD fit needs; no stress value</source>
        <translation>%1 : dépassements du seuil : %2, moins que les %3 nécessaires à un ajustement GPD ; pas de valeur de stress</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: exceedances of the threshold: %2, fewer than %3; the GPD fit and the stress value are unreliable</source>
        <translation>%1 : dépassements du seuil : %2, moins de %3 ; l&apos;ajustement GPD et la valeur de stress ne sont pas fiables</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: GPD fit not converged: %2</source>
        <translation>%1 : ajustement GPD non convergé : %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: shape %2 is at or below -0.5, where maximum-likelihood standard errors are not valid</source>
        <translation>%1 : la forme %2 est inférieure ou égale à -0.5, où les erreurs-types du maximum de vraisemblance ne sont pas valides</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1: not enough data: %2 returns, at least %3 are needed</source>
        <translation>%1 : données insuffisantes : %2 rendements, au moins %3 sont nécessaires</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>only %1 returns, fewer than the short-term window of %2; the short-term volatility uses them all</source>
        <translation>seulement %1 rendements, moins que la fenêtre de court terme de %2 ; la volatilité de court terme les utilise tous</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 and %2 have %3 common returns; at least 2 are needed for benchmark statistics</source>
        <translation>%1 et %2 ont %3 rendements communs ; au moins 2 sont nécessaires pour les statistiques par rapport à l&apos;indice de référence</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 common returns with %2, fewer than the rolling window of %3: no rolling beta or correlation</source>
        <translation>%1 rendements communs avec %2, moins que la fenêtre glissante de %3 : pas de bêta ni de corrélation glissants</translation>
    </message>
</context>
<context>
    <name>rutile::risk::RiskCsv</name>
    <message>
        <location filename="../core/risk/RiskCsv.cpp" line="+266"/>
        <source>no risk table or series called &apos;%1&apos;</source>
        <translation>aucun tableau ni aucune série de risque nommé &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>rutile::risk::RiskFreeRate</name>
    <message>
        <location filename="../core/risk/RiskFreeRate.cpp" line="+28"/>
        <source>the risk-free series %1 has no value from %2 to %3</source>
        <translation>la série sans risque %1 n&apos;a aucune valeur du %2 au %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the risk-free series %1 averages %2 from %3 to %4: not an annual rate in percent</source>
        <translation>la série sans risque %1 a une moyenne de %2 du %3 au %4 : ce n&apos;est pas un taux annuel en pourcentage</translation>
    </message>
</context>
<context>
    <name>rutile::risk::RiskOptions</name>
    <message>
        <location filename="../core/risk/RiskOptions.cpp" line="+33"/>
        <source>Returns</source>
        <translation>Rendements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily returns of the values: log ln(v[t]/v[t-1]) or simple v[t]/v[t-1] - 1</source>
        <translation>Rendements quotidiens des valeurs : logarithmiques ln(v[t]/v[t-1]) ou simples v[t]/v[t-1] - 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log</source>
        <translation>Logarithmiques</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Simple</source>
        <translation>Simples</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VaR tail probability</source>
        <translation>Probabilité de queue de la VaR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p of the Value at Risk: left VaR = p-quantile, right VaR = (1-p)-quantile</source>
        <translation>p de la valeur à risque : VaR gauche = quantile p, VaR droite = quantile (1-p)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EVT threshold quantile</source>
        <translation>Quantile de seuil EVT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peaks-over-threshold: the threshold is this quantile of losses (left) or gains (right)</source>
        <translation>Peaks over threshold : le seuil est ce quantile des pertes (gauche) ou des gains (droite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stress tail probability</source>
        <translation>Probabilité de queue du stress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tail probability of the EVT stress value (0.01: the 1% loss and the 99% gain)</source>
        <translation>Probabilité de queue de la valeur de stress EVT (0.01 : la perte à 1% et le gain à 99%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short-term window</source>
        <translation>Fenêtre de court terme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns in the short-term volatility and the rolling-volatility curve</source>
        <translation>Rendements pris dans la volatilité de court terme et la courbe de volatilité glissante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolling beta window</source>
        <translation>Fenêtre du bêta glissant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns in the rolling beta and correlation against the benchmark</source>
        <translation>Rendements pris dans le bêta et la corrélation glissants par rapport à l&apos;indice de référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trading days per year</source>
        <translation>Jours de bourse par an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annualisation: mean x T, volatility x sqrt(T), alpha x T</source>
        <translation>Annualisation : moyenne x T, volatilité x sqrt(T), alpha x T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk-free rate (annual)</source>
        <translation>Taux sans risque (annuel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtracted (as rate / T per day) from both series before the benchmark regression</source>
        <translation>Soustrait (à raison de taux / T par jour) des deux séries avant la régression sur l&apos;indice de référence</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>stress_level (%1) must be below 1 - threshold_quantile (%2)</source>
        <translation>stress_level (%1) doit être inférieur à 1 - threshold_quantile (%2)</translation>
    </message>
</context>
<context>
    <name>rutile::rules::WorkspaceRules</name>
    <message>
        <location filename="../core/rules/WorkspaceRules.cpp" line="+29"/>
        <source>a rule strategy needs a name</source>
        <translation>une stratégie à règles doit avoir un nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name %1 is longer than %2 characters</source>
        <translation>le nom %1 dépasse %2 caractères</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name %1 is not a strategy name: use lower-case letters, digits and _, starting with a letter</source>
        <translation>le nom %1 n&apos;est pas un nom de stratégie : utilisez des lettres minuscules, des chiffres et _, en commençant par une lettre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is the name of a built-in strategy; choose another</source>
        <translation>%1 est le nom d&apos;une stratégie intégrée ; choisissez-en un autre</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (et %n autre problème)</numerusform>
            <numerusform> (et %n autres problèmes)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>unknown strategy &apos;%1&apos;; expected one of: %2</source>
        <translation>stratégie inconnue &apos;%1&apos; ; valeurs attendues : %2</translation>
    </message>
</context>
<context>
    <name>rutile::scan::Portfolio</name>
    <message>
        <location filename="../core/scan/Portfolio.cpp" line="+70"/>
        <source>a portfolio needs a rank expression</source>
        <translation>un portefeuille nécessite une expression de classement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the filter must be a condition (true or false), such as close &gt; sma(close, 200)</source>
        <translation>le filtre doit être une condition (vraie ou fausse), comme close &gt; sma(close, 200)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>top (%1) out of range [1, 1000]</source>
        <translation>top (%1) hors de l&apos;intervalle [1, 1000]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vol_window (%1) out of range [2, 1000]</source>
        <translation>vol_window (%1) hors de l&apos;intervalle [2, 1000]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the maximum weight (%1) must lie in (0, 1]</source>
        <translation>le poids maximal (%1) doit être compris dans (0, 1]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the drift tolerance (%1) must lie in [0, 100]</source>
        <translation>la tolérance de dérive (%1) doit être comprise dans [0, 100]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the start date %1 is after the end date %2</source>
        <translation>la date de début %1 est postérieure à la date de fin %2</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>no bars between the dates given</source>
        <translation>aucune barre entre les dates indiquées</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>a portfolio needs at least 2 trading days of data, found %1</source>
        <translation>un portefeuille nécessite des données sur au moins 2 jours de bourse, %1 trouvé(s)</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>the benchmark %1 is not in the workspace</source>
        <translation>l&apos;indice de référence %1 n&apos;est pas dans l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not in the workspace</source>
        <translation>absent de l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>never ranked: the rank is undefined or the filter false on every rebalance day</source>
        <translation>jamais classé : le classement est indéfini ou le filtre faux à chaque jour de rééquilibrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never ranked: the rank is undefined on every rebalance day</source>
        <translation>jamais classé : le classement est indéfini à chaque jour de rééquilibrage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no symbol of the list can be ranked (%1 skipped; the first: %2: %3)</source>
        <translation>aucun symbole de la liste ne peut être classé (%1 ignorés ; le premier : %2 : %3)</translation>
    </message>
</context>
<context>
    <name>rutile::scan::PortfolioSettings</name>
    <message>
        <location filename="../core/scan/PortfolioSettings.cpp" line="+17"/>
        <source>Holdings (top N)</source>
        <translation>Positions (top N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many of the best-ranked symbols the book holds</source>
        <translation>Nombre de symboles les mieux classés que détient le portefeuille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rebalance</source>
        <translation>Rééquilibrage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ranked at the close of the first trading day of each period; orders fill on the next trading day</source>
        <translation>Classement à la clôture du premier jour de négociation de chaque période ; les ordres sont exécutés le jour de négociation suivant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily</source>
        <translation>Quotidien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarterly</source>
        <translation>Trimestriel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weights</source>
        <translation>Pondérations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equal: 1/N of equity each. Inverse volatility: in proportion to 1/σ of the daily returns</source>
        <translation>Égales : 1/N du capital chacune. Volatilité inverse : proportionnelles à 1/σ des rendements quotidiens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equal</source>
        <translation>Égales</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inverse volatility</source>
        <translation>Inverse de la volatilité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volatility window</source>
        <translation>Fenêtre de volatilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily returns in the σ of inverse-volatility weights</source>
        <translation>Rendements quotidiens pris dans le σ des pondérations par volatilité inverse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum weight (%)</source>
        <translation>Poids maximal (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cap of one holding&apos;s weight; what the cap removes stays in cash</source>
        <translation>Plafond du poids d&apos;une position ; ce que le plafond retire reste en liquidités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resize beyond drift (%)</source>
        <translation>Réajuster au-delà d&apos;une dérive de (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A kept holding is traded back to its target only when its value is off the target by more than this percent of it (0: always)</source>
        <translation>Une position conservée n&apos;est ramenée à sa cible que lorsque sa valeur s&apos;écarte de la cible de plus de ce pourcentage de celle-ci (0 : toujours)</translation>
    </message>
</context>
<context>
    <name>rutile::scan::Scan</name>
    <message>
        <location filename="../core/scan/Scan.cpp" line="+56"/>
        <source>%1 is undefined on its last bar (too few of its %2 bars, or 0/0)</source>
        <translation>%1 : valeur non définie sur la dernière barre (trop peu de barres, %2 seulement, ou 0/0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is infinite on its last bar (a division by zero)</source>
        <translation>%1 : valeur infinie sur la dernière barre (division par zéro)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the filter</source>
        <translation>le filtre</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the expression</source>
        <translation>l&apos;expression</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no point of the grid ran: %1</source>
        <translation>aucun point de la grille n&apos;a été exécuté : %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the scan expression is empty</source>
        <translation>l&apos;expression de scan est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a scan expression is one line</source>
        <translation>une expression de scan tient sur une ligne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not an expression</source>
        <translation>ce n&apos;est pas une expression</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a scan expression is one expression, not statements</source>
        <translation>une expression de scan est une seule expression, pas des instructions</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a column is NAME=EXPRESSION, with a NAME of up to 32 letters, digits and &apos;_&apos; (not starting with a digit), not &apos;%1&apos;</source>
        <translation>une colonne s&apos;écrit NAME=EXPRESSION, avec un NAME de 32 lettres, chiffres et &apos;_&apos; au plus (ne commençant pas par un chiffre), pas &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a scan evaluates an expression or backtests a strategy: give one</source>
        <translation>un scan évalue une expression ou effectue le backtest d&apos;une stratégie : indiquez l&apos;une ou l&apos;autre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a grid optimises a strategy&apos;s parameters: give a strategy</source>
        <translation>une grille optimise les paramètres d&apos;une stratégie : indiquez une stratégie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the filter must be a condition (true or false), such as close &gt; sma(close, 200)</source>
        <translation>le filtre doit être une condition (vraie ou fausse), comme close &gt; sma(close, 200)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>two columns are called %1</source>
        <translation>deux colonnes s&apos;appellent %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the start date %1 is after the end date %2</source>
        <translation>la date de début %1 est postérieure à la date de fin %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>not in the workspace</source>
        <translation>absent de l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its history ends on %1, more than %2 days before the scan&apos;s day %3</source>
        <translation>son historique se termine le %1, plus de %2 jours avant le jour du scan %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no bars between the dates given</source>
        <translation>aucune barre entre les dates indiquées</translation>
    </message>
</context>
<context>
    <name>rutile::scan::ScanOutput</name>
    <message>
        <location filename="../core/scan/ScanOutput.cpp" line="+246"/>
        <source>merge needs at least one shard file</source>
        <translation>merge nécessite au moins un fichier de fragment</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not a scan result</source>
        <translation>ce n&apos;est pas un résultat de scan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>differs from %1 in &apos;%2&apos;: not the same scan</source>
        <translation>diffère de %1 par &apos;%2&apos; : pas le même scan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its &apos;shard&apos; is missing, invalid, or from a split into another number of shards</source>
        <translation>son &apos;shard&apos; est absent, non valide ou issu d&apos;un découpage en un autre nombre de fragments</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a result outside its positions %1 to %2, or twice</source>
        <translation>un résultat hors de ses positions %1 à %2, ou en double</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a skipped symbol outside its positions %1 to %2, or twice</source>
        <translation>un symbole ignoré hors de ses positions %1 à %2, ou en double</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a filtered symbol outside its positions %1 to %2, or twice</source>
        <translation>un symbole filtré hors de ses positions %1 à %2, ou en double</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it accounts for %1 of the %2 symbols of its slice</source>
        <translation>il couvre %1 des %2 symboles de sa tranche</translation>
    </message>
</context>
<context>
    <name>rutile::sqlite::Connection</name>
    <message>
        <location filename="../core/storage/Sqlite.cpp" line="+69"/>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>preparing a query</source>
        <translation>préparation d&apos;une requête</translation>
    </message>
</context>
<context>
    <name>rutile::ui::AppLanguage</name>
    <message>
        <location filename="../ui/settings/AppLanguage.cpp" line="+39"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>rutile::ui::BacktestFormat</name>
    <message>
        <location filename="../ui/backtest/BacktestFormat.cpp" line="+57"/>
        <source>Sharpe ratio</source>
        <translation>Ratio de Sharpe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CAGR</source>
        <translation>CAGR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calmar ratio</source>
        <translation>Ratio de Calmar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total return</source>
        <translation>Rendement total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sortino ratio</source>
        <translation>Ratio de Sortino</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
</context>
<context>
    <name>rutile::ui::BacktestJob</name>
    <message>
        <location filename="../ui/backtest/BacktestJob.cpp" line="+20"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>%1 needs a hedge symbol</source>
        <translation>%1 nécessite un symbole de couverture</translation>
    </message>
</context>
<context>
    <name>rutile::ui::BacktestResultsView</name>
    <message>
        <location filename="../ui/backtest/BacktestResultsView.cpp" line="+59"/>
        <source>Run a backtest from the Strategy panel to see its statistics, trades and equity here.</source>
        <translation>Lancez un backtest depuis le panneau Stratégie pour voir ici ses statistiques, ses transactions et son capital.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Log scale</source>
        <translation>Échelle logarithmique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Risk Dashboard</source>
        <translation>Tableau de bord des risques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the risk dashboard for this equity curve</source>
        <translation>Ouvrir le tableau de bord des risques pour cette courbe de capital</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trades as CSV...</source>
        <translation>Transactions en CSV...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Trades</source>
        <translation>Exporter les transactions</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Equity Curve as CSV...</source>
        <translation>Courbe de capital en CSV...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Equity Curve</source>
        <translation>Exporter la courbe de capital</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statistics as CSV...</source>
        <translation>Statistiques en CSV...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Statistics</source>
        <translation>Exporter les statistiques</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Equity Chart as PNG...</source>
        <translation>Graphique du capital en PNG...</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Export Equity Chart</source>
        <translation>Exporter le graphique du capital</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+53"/>
        <source>PNG images (*.png);;All files (*)</source>
        <translation>Images PNG (*.png);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Report (PDF or HTML)...</source>
        <translation>Rapport (PDF ou HTML)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Equity &amp;&amp; Drawdown</source>
        <translation>Capital &amp;&amp; drawdown</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trades</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export as PNG...</source>
        <translation>Exporter en PNG...</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>benchmark %1</source>
        <translation>indice de référence %1</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>run #%1</source>
        <translation>exécution n° %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not journaled: %1</source>
        <translation>Non journalisé : %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Buy &amp; hold %1</source>
        <translation>Achat &amp; conservation %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+9"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>there is no backtest to export</source>
        <translation>il n&apos;y a aucun backtest à exporter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write the image</source>
        <translation>impossible d&apos;écrire l&apos;image</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no backtest to report</source>
        <translation>il n&apos;y a aucun backtest pour le rapport</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export Failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2 equity</source>
        <translation>Capital %1 %2</translation>
    </message>
</context>
<context>
    <name>rutile::ui::BacktestRunner</name>
    <message>
        <location filename="../ui/backtest/BacktestRunner.cpp" line="+100"/>
        <source>the run ended without a result</source>
        <translation>l&apos;exécution s&apos;est terminée sans résultat</translation>
    </message>
</context>
<context>
    <name>rutile::ui::ChartExportDialog</name>
    <message>
        <location filename="../ui/chart/ChartExportDialog.cpp" line="+18"/>
        <source>Export Chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>2 gives an image of twice the width and height with the same layout (high-DPI)</source>
        <translation>2 donne une image deux fois plus large et plus haute avec la même mise en page (haute résolution)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width:</source>
        <translation>Largeur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height:</source>
        <translation>Hauteur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale factor:</source>
        <translation>Facteur d&apos;échelle :</translation>
    </message>
</context>
<context>
    <name>rutile::ui::ChartWorkspace</name>
    <message>
        <location filename="../ui/chart/ChartWorkspace.cpp" line="+39"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1M</source>
        <translation>1M</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the last month</source>
        <translation>Afficher le dernier mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3M</source>
        <translation>3M</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the last three months</source>
        <translation>Afficher les trois derniers mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6M</source>
        <translation>6M</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the last six months</source>
        <translation>Afficher les six derniers mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YTD</source>
        <translation>AàD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1Y</source>
        <translation>1A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the last year</source>
        <translation>Afficher la dernière année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5Y</source>
        <translation>5A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the last five years</source>
        <translation>Afficher les cinq dernières années</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole history</source>
        <translation>Afficher tout l&apos;historique</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Show this year</source>
        <translation>Afficher cette année</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Candles</source>
        <translation>Chandeliers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OHLC bars</source>
        <translation>Barres OHLC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heikin-Ashi</source>
        <translation>Heikin-Ashi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How bars are drawn</source>
        <translation>Mode de tracé des barres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Daily</source>
        <translation>Quotidien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bars of one day, one week (Monday to Friday) or one month; indicators are computed on these bars</source>
        <translation>Barres d&apos;un jour, d&apos;une semaine (du lundi au vendredi) ou d&apos;un mois ; les indicateurs sont calculés sur ces barres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logarithmic price axis</source>
        <translation>Axe des prix logarithmique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock Value Axes</source>
        <translation>Verrouiller les axes des valeurs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the value axes instead of fitting them to the bars in view (drag to move them)</source>
        <translation>Conserver les axes des valeurs au lieu de les ajuster aux barres visibles (faites-les glisser pour les déplacer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+87"/>
        <source>Show the volume pane</source>
        <translation>Afficher le volet du volume</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Indicator...</source>
        <translation>Indicateur...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an indicator (click an indicator&apos;s name on the chart to edit it)</source>
        <translation>Ajouter un indicateur (cliquez sur le nom d&apos;un indicateur sur le graphique pour le modifier)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare...</source>
        <translation>Comparer...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overlay other symbols rebased to 100, with ratio and correlation panes</source>
        <translation>Superposer d&apos;autres symboles ramenés à la base 100, avec des volets de ratio et de corrélation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go to a date: the chart centres on it (YYYY-MM-DD, then Enter)</source>
        <translation>Aller à une date : le graphique se centre sur celle-ci (AAAA-MM-JJ, puis Entrée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the date in a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>This symbol has no volume</source>
        <translation>Ce symbole n&apos;a pas de volume</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>no source for other symbols</source>
        <translation>aucune source pour les autres symboles</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not in this workspace: %1</source>
        <translation>absent de cet espace de travail : %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Magnet (Snap to Open, High, Low, Close)</source>
        <translation>Aimant (accrocher à l&apos;ouverture, au plus haut, au plus bas, à la clôture)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Draw</source>
        <translation>Tracer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawing tools: lines, rectangles, Fibonacci retracements and notes (Esc cancels, Delete removes the selected drawing)</source>
        <translation>Outils de tracé : lignes, rectangles, retracements de Fibonacci et notes (Échap annule, Suppr supprime le tracé sélectionné)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Text Note</source>
        <translation>Note textuelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note on the chart:</source>
        <translation>Note sur le graphique :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Delete Drawing</source>
        <translation>&amp;Supprimer le tracé</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+27"/>
        <source>Export Failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Export Chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export Chart Data as CSV</source>
        <translation>Exporter les données du graphique en CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>rutile::ui::ColorButton</name>
    <message>
        <location filename="../ui/chart/IndicatorDialog.cpp" line="+51"/>
        <source>Line Colour</source>
        <translation>Couleur de la ligne</translation>
    </message>
</context>
<context>
    <name>rutile::ui::ColumnMappingWidget</name>
    <message>
        <location filename="../ui/import/ColumnMappingWidget.cpp" line="+19"/>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open:</source>
        <translation>Ouverture :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High:</source>
        <translation>Plus haut :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low:</source>
        <translation>Plus bas :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close:</source>
        <translation>Clôture :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adj. close:</source>
        <translation>Clôture ajustée :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume:</source>
        <translation>Volume :</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+9"/>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipe ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Point ( . )</source>
        <translation>Point ( . )</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>yyyy or yy for the year, MM or M for the month, dd or d for the day; other characters must match literally</source>
        <translation>yyyy ou yy pour l&apos;année, MM ou M pour le mois, dd ou d pour le jour ; les autres caractères doivent correspondre littéralement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lines before the first data row</source>
        <translation>Lignes avant la première ligne de données</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Délimiteur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;cimal separator:</source>
        <translation>Séparateur dé&amp;cimal :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date &amp;format:</source>
        <translation>Forma&amp;t de date :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Header lines:</source>
        <translation>Lignes d&apos;&amp;en-tête :</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>rutile::ui::CompareDialog</name>
    <message>
        <location filename="../ui/chart/CompareDialog.cpp" line="+19"/>
        <source>Compare Symbols</source>
        <translation>Comparer des symboles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked symbols are drawn over the chart, rebased to 100 at the first bar in view. The ratio and correlation panes compare the charted symbol with the first checked one.</source>
        <translation>Les symboles cochés sont tracés sur le graphique, ramenés à la base 100 à la première barre visible. Les volets de ratio et de corrélation comparent le symbole du graphique au premier symbole coché.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ratio pane</source>
        <translation>Volet de ratio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rolling correlation pane</source>
        <translation>Volet de corrélation glissante</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> returns</source>
        <translation> rendements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily returns per correlation window (2 to %1)</source>
        <translation>Rendements quotidiens par fenêtre de corrélation (de 2 à %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Correlation window:</source>
        <translation>Fenêtre de corrélation :</translation>
    </message>
</context>
<context>
    <name>rutile::ui::DateRangeFilter</name>
    <message>
        <location filename="../ui/DateRangeFilter.cpp" line="+12"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The start date is after the end date.</source>
        <translation>La date de début est postérieure à la date de fin.</translation>
    </message>
</context>
<context>
    <name>rutile::ui::DownloadController</name>
    <message>
        <location filename="../ui/download/DownloadController.cpp" line="+26"/>
        <location filename="../ui/GettingStartedDialog.cpp" line="+60"/>
        <source>&amp;Download...</source>
        <translation>&amp;Télécharger...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Update All</source>
        <translation>Tout &amp;mettre à jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring every downloaded symbol up to date from its provider</source>
        <translation>Mettre à jour chaque symbole téléchargé auprès de son fournisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel Download</source>
        <translation>&amp;Annuler le téléchargement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Network Settings...</source>
        <translation>Paramètres &amp;réseau...</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Updating %1</source>
        <translation>Mise à jour de %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: 0 of %2</source>
        <translation>%1 : 0 sur %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Download History</source>
        <translation>Télécharger l&apos;historique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open or create a workspace first.</source>
        <translation>Ouvrez ou créez d&apos;abord un espace de travail.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Update All</source>
        <translation>Tout mettre à jour</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No downloaded symbol to update: symbols imported from files are updated by importing them again.</source>
        <translation>Aucun symbole téléchargé à mettre à jour : les symboles importés depuis des fichiers se mettent à jour en les important de nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updating</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Downloading the Russell 2000 and the S&amp;P 500</source>
        <translation>Téléchargement du Russell 2000 et du S&amp;P 500</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2 of %3 (%4 failed), last %5</source>
        <translation>%1 : %2 sur %3 (%4 en échec), dernier : %5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 of %3, last %4</source>
        <translation>%1 : %2 sur %3, dernier : %4</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cancelled: %1 of %2 symbols done, %3 left as they were</source>
        <translation>Annulé : %1 symboles sur %2 traités, %3 laissés en l&apos;état</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 symbols up to date</source>
        <translation>%1 symboles sur %2 à jour</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n failed</source>
        <translation>
            <numerusform>; %n en échec</numerusform>
            <numerusform>; %n en échec</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The provider rewrote some histories; see the details.</source>
        <translation>Le fournisseur a réécrit certains historiques ; voir les détails.</translation>
    </message>
</context>
<context>
    <name>rutile::ui::DownloadDialog</name>
    <message>
        <location filename="../ui/download/DownloadDialog.cpp" line="+33"/>
        <source>Download History</source>
        <translation>Télécharger l&apos;historique</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>^RUT ^GSPC IWM</source>
        <translation>^RUT ^GSPC IWM</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;All history</source>
        <translation>Tout l&apos;&amp;historique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Up to t&amp;oday</source>
        <translation>Jusqu&apos;à &amp;aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stooq API &amp;key:</source>
        <translation>&amp;Clé d&apos;API Stooq :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kept in the settings, never in the workspace</source>
        <translation>conservée dans les paramètres, jamais dans l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From &amp;File...</source>
        <translation>Depuis un f&amp;ichier...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the symbols of a watchlist file: spaces, commas or lines; &apos;#&apos; starts a comment</source>
        <translation>Prendre les symboles d&apos;un fichier de liste de surveillance : séparés par des espaces, des virgules ou des lignes ; &apos;#&apos; commence un commentaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Symbols from File</source>
        <translation>Symboles depuis un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbol lists (*.txt *.csv);;All files (*)</source>
        <translation>Listes de symboles (*.txt *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Symbols:</source>
        <translation>&amp;Symboles :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Au :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Download</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Type one or more symbols, separated by spaces or commas.</source>
        <translation>Saisissez un ou plusieurs symboles, séparés par des espaces ou des virgules.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first date is after the last one.</source>
        <translation>La première date est postérieure à la dernière.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stooq needs an API key: get one at stooq.com and paste it here.</source>
        <translation>Stooq nécessite une clé d&apos;API : obtenez-en une sur stooq.com et collez-la ici.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>As Yahoo Finance writes them: ^RUT, ^GSPC, ^VIX, IWM. Prices with dividends and splits; the caret is dropped when stored (^RUT becomes RUT).</source>
        <translation>Tels que Yahoo Finance les écrit : ^RUT, ^GSPC, ^VIX, IWM. Prix avec dividendes et divisions d&apos;actions ; l&apos;accent circonflexe est supprimé à l&apos;enregistrement (^RUT devient RUT).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As Stooq writes them: spy.us, iwm.us, ^spx. Needs a free API key from stooq.com.</source>
        <translation>Tels que Stooq les écrit : spy.us, iwm.us, ^spx. Nécessite une clé d&apos;API gratuite de stooq.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FRED series ids: DGS3MO (3-month Treasury), DGS10, FEDFUNDS. Values, not prices; usable as the risk-free rate.</source>
        <translation>Identifiants de séries FRED : DGS3MO (Trésor à 3 mois), DGS10, FEDFUNDS. Des valeurs, pas des prix ; utilisables comme taux sans risque.</translation>
    </message>
</context>
<context>
    <name>rutile::ui::DrawingDialog</name>
    <message>
        <location filename="../ui/chart/DrawingDialog.cpp" line="+25"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Solid</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashed</source>
        <translation>Tirets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dotted</source>
        <translation>Pointillés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour:</source>
        <translation>Couleur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width:</source>
        <translation>Largeur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line:</source>
        <translation>Ligne :</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Date%1:</source>
        <translation>Date%1 :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Price%1:</source>
        <translation>Prix%1 :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Extend left</source>
        <translation>Prolonger à gauche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extend right</source>
        <translation>Prolonger à droite</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Text:</source>
        <translation>Texte :</translation>
    </message>
</context>
<context>
    <name>rutile::ui::DrawingLayer</name>
    <message>
        <location filename="../ui/chart/DrawingLayer.cpp" line="+229"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Edit Drawing...</source>
        <translation>Modifier le tracé...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extend Left</source>
        <translation>Prolonger à gauche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Extend Right</source>
        <translation>Prolonger à droite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete Drawing</source>
        <translation>Supprimer le tracé</translation>
    </message>
</context>
<context>
    <name>rutile::ui::EmptyStatePanel</name>
    <message>
        <location filename="../ui/EmptyStatePanel.cpp" line="+35"/>
        <source>Explore Rutile with the sample workspace - two synthetic indices covering decades of daily bars, clearly marked as not market data - download the real history of the Russell 2000 and the S&amp;P 500, or import your own from a CSV file (Yahoo Finance, yfinance, Stooq or any other CSV with dates and prices).</source>
        <translation>Découvrez Rutile avec l&apos;espace de travail d&apos;exemple - deux indices synthétiques couvrant des décennies de barres quotidiennes, clairement signalés comme n&apos;étant pas des données de marché -, téléchargez l&apos;historique réel du Russell 2000 et du S&amp;P 500, ou importez le vôtre depuis un fichier CSV (Yahoo Finance, yfinance, Stooq ou tout autre CSV contenant des dates et des prix).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open the &amp;sample workspace</source>
        <translation>Ouvrir l&apos;espace de travail d&apos;&amp;exemple</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import history...</source>
        <translation>&amp;Importer un historique...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Download the Russell 2000 and the S&amp;&amp;P 500</source>
        <translation>&amp;Télécharger le Russell 2000 et le S&amp;&amp;P 500</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily history of ^RUT and ^GSPC from Yahoo Finance, stored as RUT and GSPC</source>
        <translation>Historique quotidien de ^RUT et ^GSPC depuis Yahoo Finance, enregistré sous RUT et GSPC</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Or drop CSV files, or a workspace, onto this window.</source>
        <translation>Ou déposez des fichiers CSV, ou un espace de travail, sur cette fenêtre.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No workspace is open</source>
        <translation>Aucun espace de travail n&apos;est ouvert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This workspace has no price history yet</source>
        <translation>Cet espace de travail n&apos;a pas encore d&apos;historique de prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use File &gt; Open Workspace or File &gt; New Workspace for your own data.</source>
        <translation>Utilisez Fichier &gt; Ouvrir un espace de travail ou Fichier &gt; Nouvel espace de travail pour vos propres données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace: %1</source>
        <translation>Espace de travail : %1</translation>
    </message>
</context>
<context>
    <name>rutile::ui::EquityChart</name>
    <message>
        <location filename="../ui/backtest/EquityChart.cpp" line="+87"/>
        <source>Equity</source>
        <translation>Capital</translation>
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
        <translation>Indice de référence</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+43"/>
        <source>Buy &amp; hold</source>
        <translation>Achat &amp; conservation</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+41"/>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The equity and drawdown of a run appear here.</source>
        <translation>L&apos;équité et le drawdown d&apos;un test s&apos;affichent ici.</translation>
    </message>
</context>
<context>
    <name>rutile::ui::FairValuePanel</name>
    <message>
        <location filename="../ui/relval/FairValuePanel.cpp" line="+60"/>
        <source>Show &amp;History</source>
        <translation>Afficher l&apos;&amp;historique</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual risk-free rate to expiry, continuously compounded</source>
        <translation>Taux sans risque annuel jusqu&apos;à l&apos;échéance, composé en continu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual dividend yield of the index</source>
        <translation>Rendement annuel du dividende de l&apos;indice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round trip of the arbitrage (both legs in and out) in percent of the spot</source>
        <translation>Aller-retour de l&apos;arbitrage (entrée et sortie des deux jambes) en pourcentage du spot</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Spot (index):</source>
        <translation>&amp;Spot (indice) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rate:</source>
        <translation>&amp;Taux :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dividend yield:</source>
        <translation>Rendement du &amp;dividende :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days to &amp;expiry:</source>
        <translation>Jours jusqu&apos;à l&apos;&amp;échéance :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Futures price:</source>
        <translation>Prix du &amp;contrat à terme :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round-trip &amp;cost:</source>
        <translation>C&amp;oût aller-retour :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F* = S · e&lt;sup&gt;(r − q)·T&lt;/sup&gt;, T = days / 365. Outside F* ± cost the arbitrage pays: above, sell the futures and buy the index; below, the reverse.</source>
        <translation>F* = S · e&lt;sup&gt;(r − q)·T&lt;/sup&gt;, T = jours / 365. En dehors de F* ± coût, l&apos;arbitrage est rentable : au-dessus, vendre le contrat à terme et acheter l&apos;indice ; en dessous, l&apos;inverse.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(a futures series)</source>
        <translation>(une série de contrats à terme)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History: pick a cached futures series (e.g. RTY=F, downloaded from Yahoo) and its index. T counts to the next quarterly expiry (third Friday of March, June, September, December); the days just before one mix two contracts in a continuous series.</source>
        <translation>Historique : choisissez une série de contrats à terme en cache (p. ex. RTY=F, téléchargée depuis Yahoo) et son indice. T court jusqu&apos;à la prochaine échéance trimestrielle (troisième vendredi de mars, juin, septembre, décembre) ; les jours qui précèdent juste une échéance mélangent deux contrats dans une série continue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rate of each day: the typed rate, or a cached rate series in percent (FRED&apos;s DGS3MO)</source>
        <translation>Le taux de chaque jour : le taux saisi, ou une série de taux en cache exprimée en pourcentage (DGS3MO de FRED)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Futures:</source>
        <translation>Contrat à terme :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Index:</source>
        <translation>Indice :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate:</source>
        <translation>Taux :</translation>
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
        <translation>Exporter les jours de l&apos;historique en CSV (fairvalue --history --csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the history chart as PNG</source>
        <translation>Exporter le graphique de l&apos;historique en PNG</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Index points</source>
        <translation>Points d&apos;indice</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show History draws the mispricing of the futures against its fair value.</source>
        <translation>Afficher l&apos;historique trace l&apos;écart du contrat à terme par rapport à sa juste valeur.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export the Fair Value History as CSV</source>
        <translation>Exporter l&apos;historique de la juste valeur en CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the Fair Value Chart as PNG</source>
        <translation>Exporter le graphique de la juste valeur en PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Fair value: %1</source>
        <translation>Juste valeur : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No-arbitrage band: %1 to %2</source>
        <translation>Bande de non-arbitrage : de %1 à %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basis (F − S): %1</source>
        <translation>Base (F − S) : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mispricing (F − F*): %1</source>
        <translation>Écart de valorisation (F − F*) : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profit after costs: %1</source>
        <translation>Profit après coûts : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sell the futures, buy the index</source>
        <translation>Vendre le contrat à terme, acheter l&apos;indice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buy the futures, sell the index</source>
        <translation>Acheter le contrat à terme, vendre l&apos;indice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the futures price for a signal.</source>
        <translation>Saisissez le prix du contrat à terme pour obtenir un signal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No arbitrage: the futures price is inside the band.</source>
        <translation>Pas d&apos;arbitrage : le prix du contrat à terme est à l&apos;intérieur de la bande.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the typed rate</source>
        <translation>le taux saisi</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Pick a futures series and its index (two different symbols).</source>
        <translation>Choisissez une série de contrats à terme et son indice (deux symboles différents).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No-arbitrage band (± costs)</source>
        <translation>Bande de non-arbitrage (± coûts)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mispricing %1 − F* (points)</source>
        <translation>Écart de valorisation %1 − F* (points)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 against %2: %3 common days, %4 to %5; outside the band on %6 of them.</source>
        <translation>%1 par rapport à %2 : %3 jours communs, du %4 au %5 ; hors de la bande pour %6 d&apos;entre eux.</translation>
    </message>
</context>
<context>
    <name>rutile::ui::FeaturePicker</name>
    <message>
        <location filename="../ui/ml/FeaturePicker.cpp" line="+22"/>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click a feature to edit it: an indicator spec (sma:50, macd:12,26,9.signal), ret:N, ratio:SPEC or lag:K:FEATURE</source>
        <translation>Double-cliquez sur une variable pour la modifier : une spécification d&apos;indicateur (sma:50, macd:12,26,9.signal), ret:N, ratio:SPEC ou lag:K:FEATURE</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>return over 5 bars</source>
        <translation>rendement sur 5 barres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>close over SMA 50</source>
        <translation>clôture rapportée à la SMA 50</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSI 14 one bar earlier</source>
        <translation>RSI 14 une barre plus tôt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>rutile::ui::FileDialog</name>
    <message>
        <location filename="../ui/FileDialog.cpp" line="+54"/>
        <source>Cannot Export</source>
        <translation>Export impossible</translation>
    </message>
</context>
<context>
    <name>rutile::ui::FindReplaceBar</name>
    <message>
        <location filename="../ui/strategy/FindReplaceBar.cpp" line="+25"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;vious</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole words</source>
        <translation>&amp;Mots entiers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace with:</source>
        <translation>Remplacer par :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace &amp;All</source>
        <translation>Remplacer &amp;tout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find:</source>
        <translation>Rechercher :</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n occurrence remplacée</numerusform>
            <numerusform>%n occurrences remplacées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rutile::ui::GettingStartedDialog</name>
    <message>
        <location filename="../ui/GettingStartedDialog.cpp" line="-26"/>
        <source>Getting Started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Getting started with Rutile</source>
        <translation>Premiers pas avec Rutile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Get history.</source>
        <translation>Obtenir l&apos;historique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 explores Rutile on two synthetic indices (marked as such everywhere). %2 fetches the real Russell 2000 and S&amp;amp;P 500 from Yahoo Finance, Stooq or FRED; %3 reads your own CSV files, and you can drop them onto the window too. Everything goes into the workspace, one file you can copy.</source>
        <translation>%1 fait découvrir Rutile sur deux indices synthétiques (signalés comme tels partout). %2 récupère les vrais Russell 2000 et S&amp;amp;P 500 auprès de Yahoo Finance, Stooq ou FRED ; %3 lit vos propres fichiers CSV, que vous pouvez aussi déposer sur la fenêtre. Tout va dans l&apos;espace de travail, un seul fichier que vous pouvez copier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read the chart.</source>
        <translation>Lire le graphique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a symbol in the list. The chart&apos;s toolbar sets the range, the bar style, the time frame, indicators, comparisons and drawings; scroll to zoom, drag to pan. %1 turns the whole window dark.</source>
        <translation>Choisissez un symbole dans la liste. La barre d&apos;outils du graphique règle la période, le style des barres, l&apos;unité de temps, les indicateurs, les comparaisons et les tracés ; la molette zoome, le glisser déplace. %1 assombrit toute la fenêtre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test a strategy.</source>
        <translation>Tester une stratégie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In %1 choose a strategy, its parameters, costs and dates, then run the backtest: the results show the metrics beside buy-and-hold and the benchmark, the equity curve and every trade. %2 writes your own rules; the optimiser and walk-forward analysis search parameters without fooling you (deflated Sharpe ratio, out-of-sample folds).</source>
        <translation>Dans %1, choisissez une stratégie, ses paramètres, ses coûts et ses dates, puis lancez le backtest : les résultats montrent les mesures à côté de l&apos;achat-conservation et de l&apos;indice de référence, la courbe de capital et chaque transaction. %2 écrit vos propres règles ; l&apos;optimiseur et l&apos;analyse walk-forward cherchent les paramètres sans vous tromper (ratio de Sharpe déflaté, plis hors échantillon).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measure the risk.</source>
        <translation>Mesurer le risque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: value at risk and expected shortfall, extreme-value stress values, drawdowns, and beta against the S&amp;amp;P 500.</source>
        <translation>%1 : valeur à risque et expected shortfall, valeurs de stress des extrêmes, drawdowns et bêta par rapport au S&amp;amp;P 500.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go further.</source>
        <translation>Aller plus loin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 menu also holds the index lab, the scanner of a whole universe, relative value against the S&amp;amp;P 500 and the ML lab. Every backtest, search and ML run is kept in %2, with its report as PDF or HTML.</source>
        <translation>Le menu %1 contient aussi le labo d&apos;indice, le scanner d&apos;un univers entier, la valeur relative par rapport au S&amp;amp;P 500 et le labo ML. Chaque backtest, recherche et exécution ML est conservé dans %2, avec son rapport en PDF ou HTML.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Script it.</source>
        <translation>L’automatiser.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;code&gt;rutile-cli&lt;/code&gt; is the same engine without windows, for scripts and scheduled jobs, with JSON and CSV outputs: &lt;code&gt;rutile-cli --help&lt;/code&gt; lists its commands.</source>
        <translation>&lt;code&gt;rutile-cli&lt;/code&gt; est le même moteur sans fenêtres, pour les scripts et les tâches planifiées, avec des sorties JSON et CSV : &lt;code&gt;rutile-cli --help&lt;/code&gt; liste ses commandes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Language, theme, data providers and backtest defaults: %1. Keyboard shortcuts: %2.</source>
        <translation>Langue, thème, fournisseurs de données et réglages par défaut des backtests : %1. Raccourcis clavier : %2.</translation>
    </message>
</context>
<context>
    <name>rutile::ui::GridEditor</name>
    <message>
        <location filename="../ui/backtest/GridEditor.cpp" line="+105"/>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 has no parameters to optimise.</source>
        <translation>%1 n&apos;a aucun paramètre à optimiser.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>include at least one parameter on the grid</source>
        <translation>incluez au moins un paramètre dans la grille</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>fixed at %1</source>
        <translation>fixé à %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 grid points</source>
        <translation>%1 points de grille</translation>
    </message>
</context>
<context>
    <name>rutile::ui::GridEstimate</name>
    <message>
        <location filename="../ui/backtest/GridEstimate.cpp" line="+27"/>
        <source>under a second</source>
        <translation>moins d&apos;une seconde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about %1 s</source>
        <translation>environ %1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about %1 min</source>
        <translation>environ %1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 h %2 min</source>
        <translation>environ %1 h %2 min</translation>
    </message>
</context>
<context>
    <name>rutile::ui::HoldingsPanel</name>
    <message>
        <location filename="../ui/index/HoldingsPanel.cpp" line="+47"/>
        <source>&amp;Fund:</source>
        <translation>&amp;Fonds :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Compare with:</source>
        <translation>&amp;Comparer avec :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import Holdings...</source>
        <translation>&amp;Importer des positions...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read an iShares-style holdings export (CSV) into the workspace as a dated snapshot</source>
        <translation>Lire un export de positions de type iShares (CSV) dans l&apos;espace de travail sous forme d&apos;instantané daté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Download Constituents...</source>
        <translation>&amp;Télécharger les constituants...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the histories of the snapshot&apos;s stocks that are not in the workspace yet, so an index can be built from them</source>
        <translation>Télécharger les historiques des actions de l&apos;instantané qui ne sont pas encore dans l&apos;espace de travail, afin de pouvoir construire un indice à partir d&apos;elles</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Top 10</source>
        <translation>Top 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur :</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>All Holdings</source>
        <translation>Toutes les positions</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+74"/>
        <source>Import Holdings</source>
        <translation>Importer des positions</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Holdings exports (*.csv);;All files (*)</source>
        <translation>Exports de positions (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Download Constituents</source>
        <translation>Télécharger les constituants</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every stock of this snapshot is in the workspace.</source>
        <translation>Toutes les actions de cet instantané sont dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No comparison</source>
        <translation>Aucune comparaison</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>No holdings snapshot in this workspace yet. Import an iShares holdings export (for example IWM&apos;s, from the fund&apos;s page) with Import Holdings.</source>
        <translation>Aucun instantané de positions dans cet espace de travail pour l&apos;instant. Importez un export de positions iShares (par exemple celui d&apos;IWM, depuis la page du fonds) avec Importer des positions.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 equities worth %2. Concentration: HHI %3, effective number of holdings %4, top 10 %5 %, top 100 %6 %.</source>
        <translation>%1 actions d&apos;une valeur de %2. Concentration : HHI %3, nombre effectif de positions %4, top 10 %5 %, top 100 %6 %.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n other row(s) (cash, futures…) not weighted.</source>
        <translation>
            <numerusform>%n autre ligne (liquidités, contrats à terme…) non pondérée.</numerusform>
            <numerusform>%n autres lignes (liquidités, contrats à terme…) non pondérées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On more than one row: %1.</source>
        <translation>Sur plusieurs lignes : %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n holding(s) priced at zero.</source>
        <translation>
            <numerusform>%n position valorisée à zéro.</numerusform>
            <numerusform>%n positions valorisées à zéro.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rutile::ui::HtmlReportWriter</name>
    <message>
        <location filename="../ui/report/HtmlReportWriter.cpp" line="+104"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>rutile::ui::ImportDialog</name>
    <message>
        <location filename="../ui/import/ImportDialog.cpp" line="+41"/>
        <source>Auto-detect</source>
        <translation>Détection automatique</translation>
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
        <translation>CSV générique</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import History</source>
        <translation>Importer un historique</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A CSV file with daily bars</source>
        <translation>Un fichier CSV de barres quotidiennes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The symbol the bars are stored under; bars of an existing symbol are replaced day by day</source>
        <translation>Le symbole sous lequel les barres sont enregistrées ; les barres d&apos;un symbole existant sont remplacées jour par jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strict: abort on the first bad row, write nothing</source>
        <translation>Strict : abandonner à la première ligne incorrecte, ne rien écrire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Symbol:</source>
        <translation>&amp;Symbole :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview of the first rows</source>
        <translation>Aperçu des premières lignes</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+356"/>
        <location line="+9"/>
        <source>Importing... %p%</source>
        <translation>Importation... %p %</translation>
    </message>
    <message>
        <location line="-364"/>
        <source>&amp;Cancel import</source>
        <translation>&amp;Annuler l&apos;import</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The import report appears here.</source>
        <translation>Le rapport d&apos;import s&apos;affiche ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Choose a history file</source>
        <translation>Choisir un fichier d&apos;historique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Detected: %1</source>
        <translation>Détecté : %1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Choose a file to import.</source>
        <translation>Choisissez un fichier à importer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be read as %1.</source>
        <translation>Le fichier ne peut pas être lu en tant que %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column mapping: %1</source>
        <translation>Correspondance des colonnes : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n of the first %1 rows cannot be read (highlighted); an import skips such rows, or stops at the first one when Strict is checked.</source>
        <translation>
            <numerusform>%n des %1 premières lignes ne peut pas être lue (surlignée) ; un import ignore ces lignes, ou s&apos;arrête à la première lorsque Strict est coché.</numerusform>
            <numerusform>%n des %1 premières lignes ne peuvent pas être lues (surlignées) ; un import ignore ces lignes, ou s&apos;arrête à la première lorsque Strict est coché.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data rows in the first part of the file.</source>
        <translation>Aucune ligne de données dans la première partie du fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the symbol to store the bars under.</source>
        <translation>Saisissez le symbole sous lequel enregistrer les barres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a valid symbol: use letters, digits and . - _ =, up to 32.</source>
        <translation>&apos;%1&apos; n&apos;est pas un symbole valide : utilisez des lettres, des chiffres et . - _ =, 32 caractères au plus.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The first %n rows read correctly.</source>
        <translation>
            <numerusform>%n première ligne lue correctement.</numerusform>
            <numerusform>%n premières lignes lues correctement.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 already has %2 bars in this workspace. This file changes %3 of them, from %4 to %5, and adds %6.</source>
        <translation>%1 a déjà %2 barres dans cet espace de travail. Ce fichier en modifie %3, du %4 au %5, et en ajoute %6.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volumes differ by up to %1 times: the file may come from another source.</source>
        <translation>Les volumes diffèrent d&apos;un facteur allant jusqu&apos;à %1 : le fichier provient peut-être d&apos;une autre source.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n bar(s) with a volume get none from the file.</source>
        <translation>
            <numerusform>%n barre avec un volume n&apos;en reçoit aucun du fichier.</numerusform>
            <numerusform>%n barres avec un volume n&apos;en reçoivent aucun du fichier.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes differ by up to %1%.</source>
        <translation>Les clôtures diffèrent de %1% au plus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the cached bars with the file&apos;s?</source>
        <translation>Remplacer les barres en cache par celles du fichier ?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling...</source>
        <translation>Annulation...</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Replace Cached Bars?</source>
        <translation>Remplacer les barres en cache ?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the cached bars of %1 were kept</source>
        <translation>les barres en cache de %1 ont été conservées</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation>Import annulé ; l&apos;espace de travail n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import cancelled</source>
        <translation>import annulé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import failed; the workspace is unchanged.</source>
        <translation>Échec de l&apos;import ; l&apos;espace de travail n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1 bars of %2 from %3 (%4) in %5 ms.</source>
        <translation>%1 barres de %2 importées depuis %3 (%4) en %5 ms.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows read: %1; imported: %2; skipped: %3; duplicate dates dropped: %4.</source>
        <translation>Lignes lues : %1 ; importées : %2 ; ignorées : %3 ; dates en double supprimées : %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates: %1 to %2.</source>
        <translation>Dates : du %1 au %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped rows:</source>
        <translation>Lignes ignorées :</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+13"/>
        <source>  ... and %n more</source>
        <translation>
            <numerusform>  ... et %n autre</numerusform>
            <numerusform>  ... et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Warnings:</source>
        <translation>Avertissements :</translation>
    </message>
</context>
<context>
    <name>rutile::ui::ImportPreviewModel</name>
    <message>
        <location filename="../ui/import/ImportPreviewModel.cpp" line="+20"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Plus haut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low</source>
        <translation>Plus bas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adj Close</source>
        <translation>Clôture ajustée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&apos;%1&apos; in the file</source>
        <translation>&apos;%1&apos; dans le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, read as %2</source>
        <translation>%1, lu comme %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, not imported</source>
        <translation>%1, non importé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(column %1)</source>
        <translation>(colonne %1)</translation>
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
        <translation>l&apos;import s&apos;est terminé sans résultat</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+22"/>
        <location line="+55"/>
        <source>import cancelled</source>
        <translation>import annulé</translation>
    </message>
</context>
<context>
    <name>rutile::ui::IndexBuildPanel</name>
    <message>
        <location filename="../ui/index/IndexBuildPanel.cpp" line="+46"/>
        <source>Index</source>
        <translation>Indice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Watchlist</source>
        <translation>&amp;Liste de surveillance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Holdings</source>
        <translation>&amp;Positions</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cap-weighted</source>
        <translation>Pondéré par la capitalisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Float-adjusted</source>
        <translation>Ajusté du flottant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equal-weighted</source>
        <translation>Équipondéré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;eighting:</source>
        <translation>Po&amp;ndération :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annually in June</source>
        <translation>Chaque année en juin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (members enter at listing)</source>
        <translation>Aucune (les constituants entrent dès leur cotation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russell indexes reconstitute after the close of the fourth Friday of June: new listings join then, and equal weights are reset</source>
        <translation>Les indices Russell sont reconstitués après la clôture du quatrième vendredi de juin : les nouvelles cotations y entrent alors et les pondérations égales sont réinitialisées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reconstitution:</source>
        <translation>&amp;Reconstitution :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Base value:</source>
        <translation>Valeur de &amp;base :</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Limit the range</source>
        <translation>Li&amp;miter la période</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Attribute a part of it</source>
        <translation>&amp;Attribution sur une partie de la période</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Store as &amp;symbol:</source>
        <translation>Enregistrer comme &amp;symbole :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Build Index</source>
        <translation>&amp;Construire l&apos;indice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Generate the Sample Universe</source>
        <translation>Générer l&apos;&amp;univers d&apos;exemple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds %1 synthetic constituents (about 900 MB, a quarter of a minute) to this sample workspace as the watchlist %2</source>
        <translation>Ajoute %1 constituants synthétiques (environ 900 Mo, un quart de minute) à cet espace de travail d&apos;exemple, dans la liste de surveillance %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Constituents</source>
        <translation>Constituants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Choose a watchlist or a holdings snapshot to build the index from.</source>
        <translation>Choisissez une liste de surveillance ou un instantané de positions à partir duquel construire l&apos;indice.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Building %1...</source>
        <translation>Construction de %1...</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The sample universe is being generated; the main window&apos;s status bar shows how far. It is offered here when it is complete.</source>
        <translation>L&apos;univers d&apos;exemple est en cours de génération ; la barre d&apos;état de la fenêtre principale indique sa progression. Il sera proposé ici une fois terminé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The sample universe is in the watchlist %1.</source>
        <translation>L&apos;univers d&apos;exemple se trouve dans la liste de surveillance %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelled; the workspace is unchanged.</source>
        <translation>Annulé ; l&apos;espace de travail n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stored %1: %2 bars from %3 to %4, last level %5; %6 divisor adjustments. Return %7 % from %8 to %9.</source>
        <translation>%1 enregistré : %2 barres du %3 au %4, dernier niveau %5 ; %6 ajustements du diviseur. Rendement de %7 % du %8 au %9.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n constituent(s) not cached and left out (first: %1).</source>
        <translation>
            <numerusform>%n constituant absent du cache a été écarté (premier : %1).</numerusform>
            <numerusform>%n constituants absents du cache ont été écartés (premier : %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rutile::ui::IndexLab</name>
    <message>
        <location filename="../ui/index/IndexLabCharts.cpp" line="+40"/>
        <source>Sector weights of %1</source>
        <translation>Poids sectoriels de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sector weights: %1 and %2</source>
        <translation>Poids sectoriels : %1 et %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Weight (%)</source>
        <translation>Poids (%)</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+9"/>
        <location line="+24"/>
        <location line="+9"/>
        <location line="+9"/>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="-51"/>
        <location line="+9"/>
        <location line="+24"/>
        <source>Market value</source>
        <translation>Valeur de marché</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+8"/>
        <location line="+25"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Stocks</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight in %1</source>
        <translation>Poids dans %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source> pp</source>
        <translation> pts</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Symbol</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>Average weight</source>
        <translation>Poids moyen</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+9"/>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Index points</source>
        <translation>Points d&apos;indice</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Constituents</source>
        <translation>Constituants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no sector)</source>
        <translation>(aucun secteur)</translation>
    </message>
</context>
<context>
    <name>rutile::ui::IndexLabWindow</name>
    <message>
        <location filename="../ui/index/IndexLabWindow.cpp" line="+24"/>
        <source>Index Lab</source>
        <translation>Labo d&apos;indice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Holdings</source>
        <translation>&amp;Positions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Build Index</source>
        <translation>&amp;Construire l&apos;indice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show on &amp;Chart</source>
        <translation>Afficher sur le &amp;graphique</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is in the symbol list: it charts, backtests and goes into the risk dashboard like any other symbol.</source>
        <translation>%1 figure dans la liste des symboles : il s&apos;affiche en graphique, se backteste et entre dans le tableau de bord des risques comme tout autre symbole.</translation>
    </message>
</context>
<context>
    <name>rutile::ui::IndicatorDialog</name>
    <message>
        <location filename="../ui/chart/IndicatorDialog.cpp" line="+12"/>
        <source>Add Indicator</source>
        <translation>Ajouter un indicateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>on the price</source>
        <translation>sur le prix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>own pane</source>
        <translation>volet séparé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove Indicator</source>
        <translation>Supprimer l&apos;indicateur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indicator:</source>
        <translation>Indicateur :</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width</source>
        <translation>Épaisseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Solid</source>
        <translation>Continu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashed</source>
        <translation>Tirets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dotted</source>
        <translation>Pointillés</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose an indicator.</source>
        <translation>Choisissez un indicateur.</translation>
    </message>
</context>
<context>
    <name>rutile::ui::JournalWindow</name>
    <message>
        <location filename="../ui/journal/JournalWindow.cpp" line="+68"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Best point&apos;s daily Sharpe ratio: %1</source>
        <translation>Ratio de Sharpe quotidien du meilleur point : %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Run Journal - %1</source>
        <translation>Journal des exécutions - %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backtests</source>
        <translation>Backtests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid searches</source>
        <translation>Recherches par grille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-forwards</source>
        <translation>Walk-forwards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ML evaluations</source>
        <translation>Évaluations ML</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Symbol</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Strategy or model</source>
        <translation>Stratégie ou modèle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made between</source>
        <translation>Effectuées entre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Open Results</source>
        <translation>&amp;Ouvrir les résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the run&apos;s report again, from what the journal kept</source>
        <translation>Afficher à nouveau le rapport de l&apos;exécution, à partir de ce que le journal a conservé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put two selected runs side by side, differences highlighted</source>
        <translation>Placer deux exécutions sélectionnées côte à côte, avec les différences surlignées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Re-run</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run it again with the same inputs and say whether the data changed since</source>
        <translation>La relancer avec les mêmes entrées et indiquer si les données ont changé depuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Report...</source>
        <translation>Exporter le ra&amp;pport...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot read the journal: %1</source>
        <translation>Impossible de lire le journal : %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No run journaled yet: every backtest, grid search, walk-forward and ML evaluation, from the app or rutile-cli, appears here.</source>
        <translation>Aucune exécution journalisée pour l&apos;instant : chaque backtest, recherche par grille, walk-forward et évaluation ML, lancé depuis l&apos;application ou rutile-cli, apparaît ici.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n run(s) in the journal.</source>
        <translation>
            <numerusform>%n exécution dans le journal.</numerusform>
            <numerusform>%n exécutions dans le journal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>%n runs selected.</source>
        <translation>
            <numerusform>%n exécution sélectionnée.</numerusform>
            <numerusform>%n exécutions sélectionnées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run #%1: %2 %3 on %4</source>
        <translation>Exécution n° %1 : %2 %3 sur %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made %1 with Rutile %2; data %3</source>
        <translation>Effectuée le %1 avec Rutile %2 ; données %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Run #%1 - %2</source>
        <translation>Exécution n° %1 - %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+49"/>
        <source>Running run #%1 again...</source>
        <translation>Relance de l&apos;exécution n° %1...</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run #%1 ran again as run #%2.</source>
        <translation>L&apos;exécution n° %1 a été relancée en tant qu&apos;exécution n° %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run #%1 ran again (not journaled: %2).</source>
        <translation>L&apos;exécution n° %1 a été relancée (non journalisée : %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data changed since: the bars&apos; fingerprint differs, so the results may too.</source>
        <translation>Les données ont changé depuis : l&apos;empreinte des barres diffère, les résultats peuvent donc différer aussi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same data (the bars&apos; fingerprint matches).</source>
        <translation>Mêmes données (l&apos;empreinte des barres correspond).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same results.</source>
        <translation>Mêmes résultats.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The results differ.</source>
        <translation>Les résultats diffèrent.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no run is selected</source>
        <translation>aucune exécution n&apos;est sélectionnée</translation>
    </message>
</context>
<context>
    <name>rutile::ui::LiveUpdates</name>
    <message>
        <location filename="../ui/download/LiveUpdates.cpp" line="+23"/>
        <source>&amp;Live Updates</source>
        <translation>Mises à jour en &amp;direct</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>While the market is open, show the session&apos;s forming bar and update the indicators</source>
        <translation>Pendant l&apos;ouverture du marché, afficher la barre de la séance en cours de formation et mettre à jour les indicateurs</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Live: no symbol</source>
        <translation>Direct : aucun symbole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live: %1 was imported from a file; download it to follow it live</source>
        <translation>Direct : %1 a été importé depuis un fichier ; téléchargez-le pour le suivre en direct</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Live: market closed; %1 follows at the next session (09:30 New York)</source>
        <translation>Direct : marché fermé ; %1 sera suivi à la prochaine séance (09:30 New York)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Live: %1</source>
        <translation>Direct : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Live: %1 has no bar for %2 yet</source>
        <translation>Direct : %1 n&apos;a pas encore de barre pour %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Live: %1 has no bar after %2 yet</source>
        <translation>Direct : %1 n&apos;a pas encore de barre après %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Live: %1 %2 at %3</source>
        <translation>Direct : %1 %2 à %3</translation>
    </message>
</context>
<context>
    <name>rutile::ui::MainWindow</name>
    <message>
        <location filename="../ui/backtest/StrategyController.cpp" line="+39"/>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backtest Results</source>
        <translation>Résultats du backtest</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../ui/GettingStartedDialog.cpp" line="-22"/>
        <source>Strategy &amp;Panel</source>
        <translation>&amp;Panneau de stratégie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Run Backtest</source>
        <translation>&amp;Lancer le backtest</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Optimise...</source>
        <translation>&amp;Optimiser...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Walk-Forward...</source>
        <translation>&amp;Walk-forward...</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/GettingStartedDialog.cpp" line="+1"/>
        <source>Strategy &amp;Editor...</source>
        <translation>Édit&amp;eur de stratégies...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backtest Re&amp;sults</source>
        <translation>&amp;Résultats du backtest</translation>
    </message>
    <message>
        <location filename="../ui/index/IndexLabWindow.cpp" line="+39"/>
        <source>&amp;Index Lab...</source>
        <translation>Labo d&apos;&amp;indice...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fund holdings, sector weights and concentration; build an index from its constituents</source>
        <translation>Positions des fonds, poids sectoriels et concentration ; construire un indice à partir de ses constituants</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Index Lab</source>
        <translation>Labo d&apos;indice</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/journal/JournalWindow.cpp" line="+13"/>
        <location filename="../ui/ml/MlLabWindow.cpp" line="+666"/>
        <location filename="../ui/relval/RelativeValueWindow.cpp" line="+377"/>
        <location filename="../ui/scan/ScannerWindow.cpp" line="+673"/>
        <source>Open a workspace first.</source>
        <translation>Ouvrez d&apos;abord un espace de travail.</translation>
    </message>
    <message>
        <location filename="../ui/GettingStartedDialog.cpp" line="+10"/>
        <location filename="../ui/journal/JournalWindow.cpp" line="-7"/>
        <source>Run &amp;Journal...</source>
        <translation>&amp;Journal des exécutions...</translation>
    </message>
    <message>
        <location filename="../ui/journal/JournalWindow.cpp" line="+3"/>
        <source>Every backtest, grid search, walk-forward and ML run of the workspace: open, compare, run again, report</source>
        <translation>Chaque backtest, recherche par grille, walk-forward et exécution ML de l&apos;espace de travail : ouvrir, comparer, relancer, générer un rapport</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run Journal</source>
        <translation>Journal des exécutions</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+76"/>
        <source>Rutile workspaces (*.rutile);;All files (*)</source>
        <translation>Espaces de travail Rutile (*.rutile);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Symbols</source>
        <translation>Symboles</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+570"/>
        <source>no workspace is open</source>
        <translation>aucun espace de travail n&apos;est ouvert</translation>
    </message>
    <message>
        <location filename="../ui/GettingStartedDialog.cpp" line="-33"/>
        <location filename="../ui/MainWindow.cpp" line="-483"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/MainWindow.cpp" line="+0"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/MainWindow.cpp" line="+0"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../ui/MainWindow.cpp" line="+0"/>
        <source>&amp;Data</source>
        <translation>&amp;Données</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/MainWindow.cpp" line="+1"/>
        <source>&amp;Strategy</source>
        <translation>&amp;Stratégie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/MainWindow.cpp" line="+1"/>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+0"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open Workspace...</source>
        <translation>&amp;Ouvrir un espace de travail...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Workspace...</source>
        <translation>&amp;Nouvel espace de travail...</translation>
    </message>
    <message>
        <location filename="../ui/GettingStartedDialog.cpp" line="+10"/>
        <location filename="../ui/MainWindow.cpp" line="+2"/>
        <source>Open &amp;Sample Workspace</source>
        <translation>Ouvrir l&apos;espace de travail d&apos;&amp;exemple</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/MainWindow.cpp" line="+2"/>
        <source>&amp;Import History...</source>
        <translation>&amp;Importer un historique...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+4"/>
        <source>Export Chart as &amp;PNG...</source>
        <translation>Exporter le graphique en &amp;PNG...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Chart &amp;Data as CSV...</source>
        <translation>Exporter les &amp;données du graphique en CSV...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Symbols as &amp;CSV...</source>
        <translation>Exporter les symboles en &amp;CSV...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Report...</source>
        <translation>Exporter le &amp;rapport...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last backtest&apos;s report as PDF or HTML (other reports: the optimiser, the risk dashboard and the run journal)</source>
        <translation>Le rapport du dernier backtest en PDF ou HTML (autres rapports : l&apos;optimiseur, le tableau de bord des risques et le journal des exécutions)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/GettingStartedDialog.cpp" line="+27"/>
        <location line="+2"/>
        <location filename="../ui/MainWindow.cpp" line="+8"/>
        <source>Se&amp;ttings...</source>
        <translation>Para&amp;mètres...</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+6"/>
        <source>Show &amp;All History</source>
        <translation>Afficher &amp;tout l&apos;historique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show Last &amp;Year</source>
        <translation>Afficher la dernière &amp;année</translation>
    </message>
    <message>
        <location filename="../ui/GettingStartedDialog.cpp" line="-25"/>
        <location filename="../ui/MainWindow.cpp" line="+4"/>
        <source>&amp;Dark Theme</source>
        <translation>Thème &amp;sombre</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+10"/>
        <source>&amp;Getting Started</source>
        <translation>Premiers p&amp;as</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Rutile</source>
        <translation>À &amp;propos de Rutile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot Open Workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

The file was not changed.</source>
        <translation>%1

Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current workspace stays open.</source>
        <translation>L&apos;espace de travail actuel reste ouvert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 - Rutile</source>
        <translation>%1 - Rutile</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot read the symbols: %1</source>
        <translation>Impossible de lire les symboles : %1</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The saved chart layout of %1 cannot be used: %2</source>
        <translation>La disposition de graphique enregistrée de %1 est inutilisable : %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot save the chart layout: %1</source>
        <translation>Impossible d&apos;enregistrer la disposition du graphique : %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Workspace: %1</source>
        <translation>Espace de travail : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No workspace</source>
        <translation>Aucun espace de travail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No symbols</source>
        <translation>Aucun symbole</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No symbol selected</source>
        <translation>Aucun symbole sélectionné</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 bars, %3 to %4</source>
        <translation>%1 : %2 barres, du %3 au %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(synthetic data)</source>
        <translation>(données synthétiques)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import History</source>
        <translation>Importer un historique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open or create a workspace first.</source>
        <translation>Ouvrez ou créez d&apos;abord un espace de travail.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Use Open Workspace to open it, or choose another name.</source>
        <translation>%1 existe déjà. Utilisez Ouvrir un espace de travail pour l&apos;ouvrir, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot Open the Sample Workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de travail d&apos;exemple</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export Symbols as CSV</source>
        <translation>Exporter les symboles en CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+12"/>
        <source>Export Failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Export Bars of %1 as CSV</source>
        <translation>Exporter les barres de %1 en CSV</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot save the default benchmark: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;indice de référence par défaut : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rutile will be in %1 from its next start. Restart now?</source>
        <translation>Rutile sera en %1 dès son prochain démarrage. Redémarrer maintenant ?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About Rutile</source>
        <translation>À propos de Rutile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Rutile %1&lt;/h3&gt;&lt;p&gt;A charting and strategy workstation for Russell 2000 and S&amp;amp;P 500 index traders.&lt;/p&gt;&lt;p&gt;The sample workspace holds synthetic data generated by a GARCH model; it is not market data.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QCustomPlot %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rutile %1&lt;/h3&gt;&lt;p&gt;Un poste de travail d&apos;analyse graphique et de stratégies pour les traders d&apos;indices Russell 2000 et S&amp;amp;P 500.&lt;/p&gt;&lt;p&gt;L&apos;espace de travail d&apos;exemple contient des données synthétiques générées par un modèle GARCH ; ce ne sont pas des données de marché.&lt;/p&gt;&lt;p&gt;Conçu avec Qt %2 et QCustomPlot %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/ml/MlLabWindow.cpp" line="-7"/>
        <source>&amp;ML Lab...</source>
        <translation>Labo &amp;ML...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Train a direction classifier on a symbol&apos;s indicators and see whether it beats always-up once evaluated without leaking the future</source>
        <translation>Entraîner un classifieur de direction sur les indicateurs d&apos;un symbole et voir s&apos;il fait mieux que de toujours prévoir la hausse, une fois évalué sans fuite du futur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ML Lab</source>
        <translation>Labo ML</translation>
    </message>
    <message>
        <location filename="../ui/relval/RelativeValueWindow.cpp" line="-7"/>
        <source>Relati&amp;ve Value...</source>
        <translation>&amp;Valeur relative...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test whether two symbols are cointegrated (RUT against the S&amp;P 500), their spread and hedge ratios; index-futures fair value</source>
        <translation>Tester si deux symboles sont cointégrés (RUT contre le S&amp;P 500), leur spread et leurs ratios de couverture ; juste valeur des contrats à terme sur indice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Relative Value</source>
        <translation>Valeur relative</translation>
    </message>
    <message>
        <location filename="../ui/GettingStartedDialog.cpp" line="+11"/>
        <location filename="../ui/risk/RiskMenu.cpp" line="+14"/>
        <source>&amp;Risk Dashboard...</source>
        <translation>&amp;Tableau de bord des risques...</translation>
    </message>
    <message>
        <location filename="../ui/risk/RiskMenu.cpp" line="+3"/>
        <source>Return statistics, VaR, expected shortfall, EVT stress values, drawdowns and beta of the selected symbol</source>
        <translation>Statistiques de rendement, VaR, expected shortfall, valeurs de stress EVT, drawdowns et bêta du symbole sélectionné</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Risk Dashboard</source>
        <translation>Tableau de bord des risques</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select a symbol first.</source>
        <translation>Sélectionnez d&apos;abord un symbole.</translation>
    </message>
    <message>
        <location filename="../ui/scan/ScannerWindow.cpp" line="-7"/>
        <source>&amp;Scanner...</source>
        <translation>&amp;Scanner...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rank every symbol of a watchlist by an expression or a strategy&apos;s backtest, or backtest a top-N portfolio over it</source>
        <translation>Classer chaque symbole d&apos;une liste de surveillance selon une expression ou le backtest d&apos;une stratégie, ou backtester sur cette liste un portefeuille des N premiers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
</context>
<context>
    <name>rutile::ui::MetricsTableModel</name>
    <message>
        <location filename="../ui/backtest/MetricsTableModel.cpp" line="+88"/>
        <source>Final equity</source>
        <translation>Capital final</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cash plus positions at the last close</source>
        <translation>Liquidités plus positions à la dernière clôture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total return</source>
        <translation>Rendement total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final equity / initial equity − 1</source>
        <translation>Capital final / capital initial − 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CAGR</source>
        <translation>CAGR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compound annual growth rate, years counted in trading days</source>
        <translation>Taux de croissance annuel composé, années comptées en jours de bourse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annual volatility</source>
        <translation>Volatilité annuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample standard deviation of daily returns × √(trading days per year)</source>
        <translation>Écart type d&apos;échantillon des rendements journaliers × √(jours de bourse par an)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sharpe ratio</source>
        <translation>Ratio de Sharpe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(mean daily return − risk-free) / σ × √N</source>
        <translation>(rendement journalier moyen − taux sans risque) / σ × √N</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sortino ratio</source>
        <translation>Ratio de Sortino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(mean daily return − risk-free) / downside deviation × √N</source>
        <translation>(rendement journalier moyen − taux sans risque) / écart type à la baisse × √N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calmar ratio</source>
        <translation>Ratio de Calmar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CAGR / |maximum drawdown|</source>
        <translation>CAGR / |drawdown maximal|</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum drawdown</source>
        <translation>Drawdown maximal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deepest fall from a running peak</source>
        <translation>Plus forte baisse depuis le plus haut atteint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max drawdown duration (bars)</source>
        <translation>Durée du drawdown max. (barres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bars from the peak before the maximum drawdown to its recovery (or the end)</source>
        <translation>Barres entre le pic précédant le drawdown maximal et son rétablissement (ou la fin)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest drawdown (bars)</source>
        <translation>Drawdown le plus long (barres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The most bars from any peak to its recovery (or the end)</source>
        <translation>Le plus grand nombre de barres entre un pic et son rétablissement (ou la fin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time in market</source>
        <translation>Temps sur le marché</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fraction of bars holding a position at the close</source>
        <translation>Part des barres avec une position détenue à la clôture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skewness</source>
        <translation>Asymétrie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Of the daily returns (m₃ / m₂^1.5)</source>
        <translation>Des rendements journaliers (m₃ / m₂^1.5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excess kurtosis</source>
        <translation>Kurtosis excédentaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Of the daily returns (m₄ / m₂² − 3)</source>
        <translation>Des rendements journaliers (m₄ / m₂² − 3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beta to %1</source>
        <translation>Bêta par rapport à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OLS slope of daily returns on the benchmark&apos;s</source>
        <translation>Pente MCO des rendements journaliers sur ceux de l&apos;indice de référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alpha (annual)</source>
        <translation>Alpha (annuel)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Jensen&apos;s alpha × trading days per year</source>
        <translation>Alpha de Jensen × jours de bourse par an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correlation</source>
        <translation>Corrélation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pearson correlation of daily returns</source>
        <translation>Corrélation de Pearson des rendements journaliers</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trades</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Round trips (the legs of one decision count once)</source>
        <translation>Allers-retours (les jambes d&apos;une même décision ne comptent qu&apos;une fois)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Win rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Winning round trips / round trips</source>
        <translation>Allers-retours gagnants / allers-retours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profit factor</source>
        <translation>Facteur de profit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gross profit / |gross loss|</source>
        <translation>Profit brut / |perte brute|</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average win</source>
        <translation>Gain moyen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean profit of the winners</source>
        <translation>Profit moyen des transactions gagnantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average loss</source>
        <translation>Perte moyenne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean loss of the losers</source>
        <translation>Perte moyenne des transactions perdantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expectancy</source>
        <translation>Espérance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net profit per round trip</source>
        <translation>Profit net par aller-retour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net profit</source>
        <translation>Profit net</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sum of trade P&amp;L, net of commission</source>
        <translation>Somme des P&amp;L des transactions, nette de commissions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission paid</source>
        <translation>Commissions payées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commission of every fill</source>
        <translation>Commission de chaque exécution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average bars held</source>
        <translation>Durée moyenne de détention (barres)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean bars from entry to exit</source>
        <translation>Nombre moyen de barres entre l&apos;entrée et la sortie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed at end of data</source>
        <translation>Fermées en fin de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round trips still open on the last bar, closed at its close</source>
        <translation>Allers-retours encore ouverts sur la dernière barre, fermés à son cours de clôture</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Statistic</source>
        <translation>Statistique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buy &amp; hold</source>
        <translation>Achat &amp; conservation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Benchmark</source>
        <translation>Indice de référence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Benchmark (%1)</source>
        <translation>Indice de référence (%1)</translation>
    </message>
</context>
<context>
    <name>rutile::ui::MlCharts</name>
    <message>
        <location filename="../ui/ml/MlCharts.cpp" line="+42"/>
        <source>Accuracy lost when shuffled (points)</source>
        <translation>Exactitude perdue après permutation (points)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Predicted probability of up</source>
        <translation>Probabilité de hausse prédite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observed rate of up</source>
        <translation>Fréquence de hausse observée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature &amp;importance</source>
        <translation>&amp;Importance des variables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Calibration</source>
        <translation>&amp;Calibration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy over &amp;time</source>
        <translation>Exactitude dans le &amp;temps</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Train a model to see how it did.</source>
        <translation>Entraînez un modèle pour voir ce qu&apos;il vaut.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Calibrated</source>
        <translation>Calibré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model (per bin)</source>
        <translation>Modèle (par intervalle)</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Model, rolling %n test rows</source>
        <translation>
            <numerusform>Modèle, glissant sur %n ligne de test</numerusform>
            <numerusform>Modèle, glissant sur %n lignes de test</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always-up or always-down, same rows</source>
        <translation>Toujours hausse ou toujours baisse, mêmes lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each fold&apos;s model</source>
        <translation>Modèle de chaque pli</translation>
    </message>
</context>
<context>
    <name>rutile::ui::MlLabWindow</name>
    <message>
        <location filename="../ui/ml/MlLabWindow.cpp" line="-605"/>
        <source>Shuffled split (the seed&apos;s; leaks the future)</source>
        <translation>Découpage mélangé (celui d&apos;origine ; fait fuiter le futur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chronological split</source>
        <translation>Découpage chronologique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purged k-fold with embargo</source>
        <translation>Validation en k plis purgée, avec embargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-forward retraining</source>
        <translation>Réentraînement walk-forward</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>ML Lab - %1</source>
        <translation>Labo ML - %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Random forest (OpenCV)</source>
        <translation>Forêt aléatoire (OpenCV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient-boosted trees (XGBoost)</source>
        <translation>Arbres boostés par gradient (XGBoost)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Train and Evaluate</source>
        <translation>&amp;Entraîner et évaluer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Predict &amp;Latest Bar</source>
        <translation>Prédire la &amp;dernière barre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Models kept in the workspace</source>
        <translation>Modèles conservés dans l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Symbol:</source>
        <translation>&amp;Symbole :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Features</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Train a model to see whether it beats always-up.</source>
        <translation>Entraînez un modèle pour voir s&apos;il fait mieux que de toujours prévoir la hausse.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Confusion matrix (rows: actual, columns: predicted)</source>
        <translation>Matrice de confusion (lignes : réel, colonnes : prédit)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Backtest This Signal</source>
        <translation>&amp;Backtester ce signal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sa&amp;ve Model...</source>
        <translation>En&amp;registrer le modèle...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;CSV...</source>
        <translation>Exporter en &amp;CSV...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export P&amp;NG...</source>
        <translation>Exporter en P&amp;NG...</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save Model</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the model, trained on every row, as:</source>
        <translation>Conserver le modèle, entraîné sur toutes les lignes, sous le nom :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export the Test Rows&apos; Predictions as CSV</source>
        <translation>Exporter les prédictions des lignes de test en CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the Chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Import or download a symbol&apos;s daily history first.</source>
        <translation>Importez ou téléchargez d&apos;abord l&apos;historique quotidien d&apos;un symbole.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>None yet: train a model, then Save Model.</source>
        <translation>Aucun pour l&apos;instant : entraînez un modèle, puis Enregistrer le modèle.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Choose at least one feature.</source>
        <translation>Choisissez au moins une variable.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a symbol.</source>
        <translation>Choisissez un symbole.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Training on %1...</source>
        <translation>Entraînement sur %1...</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Training %1 on every row...</source>
        <translation>Entraînement de %1 sur toutes les lignes...</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Kept %1 in the workspace.</source>
        <translation>%1 conservé dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open the strategy panel with ml_signal: this model, refit on the same schedule, trading its walk-forward probability</source>
        <translation>Ouvrir le panneau de stratégie avec ml_signal : ce modèle, réentraîné selon le même calendrier, négociant sa probabilité walk-forward</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ml_signal trades the preset feature sets; choose one to backtest the signal</source>
        <translation>ml_signal négocie les jeux de variables prédéfinis ; choisissez-en un pour backtester le signal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journaled as run #%1.</source>
        <translation>Journalisé comme exécution n° %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not journaled: %1</source>
        <translation>Non journalisé : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows, %2 tested (%3 to %4).</source>
        <translation>%1 lignes, %2 testées (du %3 au %4).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>always-up</source>
        <translation>toujours hausse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>always-down</source>
        <translation>toujours baisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>Exactitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline (%1)</source>
        <translation>Référence (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The better of always-up and always-down on the test rows</source>
        <translation>La meilleure de toujours hausse et toujours baisse sur les lignes de test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edge over the baseline</source>
        <translation>Avantage sur la référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p-value of the edge</source>
        <translation>Valeur p de l&apos;avantage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One-sided binomial test: P(as many right or more) for a coin with the baseline&apos;s accuracy</source>
        <translation>Test binomial unilatéral : P(autant de bonnes réponses ou plus) pour une pièce ayant l&apos;exactitude de la référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balanced accuracy</source>
        <translation>Exactitude équilibrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROC AUC</source>
        <translation>ROC AUC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log loss</source>
        <translation>Perte logarithmique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base rate (share of up)</source>
        <translation>Taux de base (part des hausses)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training rows per model</source>
        <translation>Lignes d&apos;entraînement par modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test rows</source>
        <translation>Lignes de test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models trained</source>
        <translation>Modèles entraînés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Predicted down</source>
        <translation>Baisse prédite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Predicted up</source>
        <translation>Hausse prédite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actual down</source>
        <translation>Baisse réelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual up</source>
        <translation>Hausse réelle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ml_signal trades the preset feature sets; choose one to backtest the signal.</source>
        <translation>ml_signal négocie les jeux de variables prédéfinis ; choisissez-en un pour backtester le signal.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%1 (trained on %2, %3 rows to %4): probability that %5 closes higher %n bar(s) after %6: %7</source>
        <translation>
            <numerusform>%1 (entraîné sur %2, %3 lignes jusqu&apos;au %4) : probabilité que %5 clôture plus haut %n barre après le %6 : %7</numerusform>
            <numerusform>%1 (entraîné sur %2, %3 lignes jusqu&apos;au %4) : probabilité que %5 clôture plus haut %n barres après le %6 : %7</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is nothing to export: train a model first.</source>
        <translation>Il n&apos;y a rien à exporter : entraînez d&apos;abord un modèle.</translation>
    </message>
</context>
<context>
    <name>rutile::ui::NetworkSettingsPage</name>
    <message>
        <location filename="../ui/download/NetworkSettingsPage.cpp" line="+26"/>
        <source> requests/s</source>
        <translation> requêtes/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per provider, shared by every download. Providers block clients that ask too often.</source>
        <translation>Par fournisseur, partagé par tous les téléchargements. Les fournisseurs bloquent les clients qui les sollicitent trop souvent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests that may go at once before the rate applies.</source>
        <translation>Requêtes pouvant partir en même temps avant que le débit ne s&apos;applique.</translation>
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
        <translation>Une tentative est abandonnée après ce délai sans données, puis retentée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>View &gt; Live Updates asks for the session&apos;s bar this often while the market is open.</source>
        <translation>Affichage &gt; Mises à jour en direct demande la barre de la séance à cette fréquence pendant l&apos;ouverture du marché.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the providers&apos; own servers</source>
        <translation>les serveurs des fournisseurs eux-mêmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mirror or proxy that serves the providers&apos; paths: https, or http on this machine.</source>
        <translation>Un miroir ou proxy qui sert les chemins des fournisseurs : https, ou http sur cette machine.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request &amp;rate:</source>
        <translation>&amp;Débit de requêtes :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Burst:</source>
        <translation>&amp;Rafale :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbols at &amp;once:</source>
        <translation>Symboles &amp;simultanés :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeout:</source>
        <translation>Dé&amp;lai d&apos;expiration :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Live updates every:</source>
        <translation>Mises à jour en direct &amp;toutes les :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stooq API key:</source>
        <translation>Clé d&apos;&amp;API Stooq :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mirror:</source>
        <translation>&amp;Miroir :</translation>
    </message>
</context>
<context>
    <name>rutile::ui::ObjectiveHeatmap</name>
    <message>
        <location filename="../ui/backtest/ObjectiveHeatmap.cpp" line="+114"/>
        <source>Run a grid search over two or more parameters to see the heatmap.</source>
        <translation>Lancez une recherche par grille sur deux paramètres ou plus pour voir la carte de chaleur.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Both heatmap parameters need at least two values on the grid.</source>
        <translation>Les deux paramètres de la carte de chaleur doivent avoir au moins deux valeurs sur la grille.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>%1 = %2, %3 = %4
%5: %6</source>
        <translation>%1 = %2, %3 = %4
%5 : %6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not evaluated</source>
        <translation>non évalué</translation>
    </message>
</context>
<context>
    <name>rutile::ui::OptimizerResultsModel</name>
    <message>
        <location filename="../ui/backtest/OptimizerResultsModel.cpp" line="+100"/>
        <source>The best grid point by the objective</source>
        <translation>Le meilleur point de la grille selon l&apos;objectif</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Objective (%1)</source>
        <translation>Objectif (%1)</translation>
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
        <translation>Rendement total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max drawdown</source>
        <translation>Drawdown max.</translation>
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
        <translation>Transactions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Win rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time in market</source>
        <translation>Temps sur le marché</translation>
    </message>
</context>
<context>
    <name>rutile::ui::OptimizerWindow</name>
    <message>
        <location filename="../ui/backtest/OptimizerWindow.cpp" line="+51"/>
        <source>Export Failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Optimiser</source>
        <translation>Optimiseur</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Objective:</source>
        <translation>&amp;Objectif :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>all cores (%1)</source>
        <translation>tous les cœurs (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Threads:</source>
        <translation>&amp;Fils d&apos;exécution :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &amp;Grid Search</source>
        <translation>Lancer la recherche par &amp;grille</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Walk-forward</source>
        <translation>Walk-forward</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source> bars</source>
        <translation> barres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anchored (in-sample windows grow from the start)</source>
        <translation>Ancré (les fenêtres dans l&apos;échantillon s&apos;agrandissent depuis le début)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;In-sample:</source>
        <translation>&amp;Dans l&apos;échantillon :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;ut-of-sample:</source>
        <translation>&amp;Hors échantillon :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &amp;Walk-Forward</source>
        <translation>Lancer le &amp;walk-forward</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export &amp;Report...</source>
        <translation>Exporter le &amp;rapport...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last run&apos;s report as PDF or HTML: the best point&apos;s backtest with the grid&apos;s heat map and deflated Sharpe verdict, or the walk-forward&apos;s stitched record</source>
        <translation>Le rapport de la dernière exécution en PDF ou HTML : le backtest du meilleur point avec la carte de chaleur de la grille et le verdict du ratio de Sharpe déflaté, ou l&apos;historique raccordé du walk-forward</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Backtest Selected</source>
        <translation>&amp;Backtester la sélection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the selected point in the strategy panel and show its trades on the chart</source>
        <translation>Exécuter le point sélectionné dans le panneau de stratégie et afficher ses transactions sur le graphique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Table...</source>
        <translation>Exporter le tableau...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>X:</source>
        <translation>X :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Y:</source>
        <translation>Y :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PNG...</source>
        <translation>Exporter en PNG...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cell: best objective over the other grid parameters. Outlined: best point. Grey: not evaluated.</source>
        <translation>Cellule : meilleur objectif sur les autres paramètres de la grille. Encadré : meilleur point. Gris : non évalué.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Grid Search</source>
        <translation>Recherche par grille</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export Folds...</source>
        <translation>Exporter les plis...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Equity...</source>
        <translation>Exporter le capital...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Chart...</source>
        <translation>Exporter le graphique...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Walk-Forward</source>
        <translation>Walk-forward</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export Grid Results</source>
        <translation>Exporter les résultats de la grille</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+4"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Export Heatmap</source>
        <translation>Exporter la carte de chaleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>PNG images (*.png);;All files (*)</source>
        <translation>Images PNG (*.png);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Export Walk-Forward Folds</source>
        <translation>Exporter les plis du walk-forward</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Out-of-Sample Equity</source>
        <translation>Exporter le capital hors échantillon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Walk-Forward Chart</source>
        <translation>Exporter le graphique du walk-forward</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Estimated time: unknown until a backtest can run (%1).</source>
        <translation>Durée estimée : inconnue tant qu&apos;aucun backtest ne peut s&apos;exécuter (%1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Estimated time: timing one backtest on this data...</source>
        <translation>Durée estimée : chronométrage d&apos;un backtest sur ces données...</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Estimated time: %1 on %n thread(s) (one backtest takes %2 ms on this data).</source>
        <translation>
            <numerusform>Durée estimée : %1 sur %n fil d&apos;exécution (un backtest prend %2 ms sur ces données).</numerusform>
            <numerusform>Durée estimée : %1 sur %n fils d&apos;exécution (un backtest prend %2 ms sur ces données).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;. Data, costs and sizing come from the Strategy panel; parameters left off the grid keep the panel&apos;s values.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; sur &lt;b&gt;%2&lt;/b&gt;. Les données, les coûts et le dimensionnement proviennent du panneau de stratégie ; les paramètres laissés hors de la grille conservent les valeurs du panneau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optimiser - %1 on %2</source>
        <translation>Optimiseur - %1 sur %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The grid has %1 points.</source>
        <translation>La grille comporte %1 points.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It would take %1.</source>
        <translation>Cela prendrait %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrow the ranges or raise the steps for a faster search. Run it anyway?</source>
        <translation>Réduisez les plages ou augmentez les pas pour une recherche plus rapide. La lancer quand même ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large Grid</source>
        <translation>Grille volumineuse</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Searching %1 grid points...</source>
        <translation>Recherche sur %1 points de grille...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walking forward over %1 grid points per window...</source>
        <translation>Walk-forward sur %1 points de grille par fenêtre...</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancelled after %1 of %2 points.</source>
        <translation>Annulé après %1 points sur %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2 points evaluated.</source>
        <translation>%1 points sur %2 évalués.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 skipped (%2).</source>
        <translation>%1 ignorés (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 threads, %2 s.</source>
        <translation>%1 fils d&apos;exécution, %2 s.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Walk-forward cancelled after %n fold(s).</source>
        <translation>
            <numerusform>Walk-forward annulé après %n pli.</numerusform>
            <numerusform>Walk-forward annulé après %n plis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Walk-forward finished: %n fold(s).</source>
        <translation>
            <numerusform>Walk-forward terminé : %n pli.</numerusform>
            <numerusform>Walk-forward terminé : %n plis.</numerusform>
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
        <translation>Journalisé comme exécution n° %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not journaled: %1</source>
        <translation>Non journalisé : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run a grid search over two or more parameters to see the heatmap.</source>
        <translation>Lancez une recherche par grille sur deux paramètres ou plus pour voir la carte de chaleur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The heatmap needs two parameters with at least two values each on the grid.</source>
        <translation>La carte de chaleur nécessite deux paramètres ayant chacun au moins deux valeurs sur la grille.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose two different parameters for the heatmap&apos;s axes.</source>
        <translation>Choisissez deux paramètres différents pour les axes de la carte de chaleur.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The deflated Sharpe ratio (Bailey &amp;amp; López de Prado, 2014) of the best point appears here after a grid search: the probability that its Sharpe ratio beats the best of as many unskilled trials.</source>
        <translation>Le ratio de Sharpe déflaté (Bailey &amp;amp; López de Prado, 2014) du meilleur point s&apos;affiche ici après une recherche par grille : la probabilité que son ratio de Sharpe batte le meilleur d&apos;autant d&apos;essais sans compétence.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The search was cancelled: the deflated Sharpe ratio needs every trial and was not computed.</source>
        <translation>La recherche a été annulée : le ratio de Sharpe déflaté nécessite tous les essais et n&apos;a pas été calculé.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Deflated Sharpe ratio: undefined for this search (%n trial(s); it needs at least two with a defined Sharpe ratio).</source>
        <translation>
            <numerusform>Ratio de Sharpe déflaté : indéfini pour cette recherche (%n essai ; il en faut au moins deux avec un ratio de Sharpe défini).</numerusform>
            <numerusform>Ratio de Sharpe déflaté : indéfini pour cette recherche (%n essais ; il en faut au moins deux avec un ratio de Sharpe défini).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deflated Sharpe ratio of the best point: &lt;b&gt;%1&lt;/b&gt; over %2 trials (its daily Sharpe %3 against %4 expected from the best of %2 unskilled trials).</source>
        <translation>Ratio de Sharpe déflaté du meilleur point : &lt;b&gt;%1&lt;/b&gt; sur %2 essais (son Sharpe journalier de %3 contre %4 attendu pour le meilleur de %2 essais sans compétence).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At or above %1: the optimum is unlikely to be luck.</source>
        <translation>À %1 ou au-dessus : il est peu probable que l&apos;optimum soit dû à la chance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: the best point is probably luck.</source>
        <translation>Attention : le meilleur point est probablement dû à la chance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Below %1: with this many trials a Sharpe ratio this high is expected by chance; do not trust the optimum.</source>
        <translation>En dessous de %1 : avec autant d&apos;essais, un ratio de Sharpe aussi élevé est attendu par hasard ; ne vous fiez pas à l&apos;optimum.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>there are no grid results to export</source>
        <translation>il n&apos;y a aucun résultat de grille à exporter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no heatmap to export</source>
        <translation>il n&apos;y a aucune carte de chaleur à exporter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write the image</source>
        <translation>impossible d&apos;écrire l&apos;image</translation>
    </message>
</context>
<context>
    <name>rutile::ui::PairCharts</name>
    <message>
        <location filename="../ui/relval/PairCharts.cpp" line="+68"/>
        <source>&amp;Prices</source>
        <translation>&amp;Prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Spread and z-score</source>
        <translation>&amp;Spread et z-score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hedge ratio</source>
        <translation>Ratio de c&amp;ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolling &amp;test</source>
        <translation>&amp;Test glissant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebased to 100</source>
        <translation>Base 100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread (log)</source>
        <translation>Spread (log)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>z-score</source>
        <translation>z-score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hedge ratio β</source>
        <translation>Ratio de couverture β</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engle–Granger p-value</source>
        <translation>Valeur p d&apos;Engle–Granger</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Choose two symbols and run the analysis.</source>
        <translation>Choisissez deux symboles et lancez l&apos;analyse.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Spread: ln %1 − (%2 + %3 · ln %4)</source>
        <translation>Spread : ln %1 − (%2 + %3 · ln %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>z-score (pairs_spread, %1 days)</source>
        <translation>z-score (pairs_spread, %1 jours)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whole range (OLS)</source>
        <translation>Période entière (MCO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolling OLS, %1 days</source>
        <translation>MCO glissants, %1 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kalman filter</source>
        <translation>Filtre de Kalman</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>p-value, %1-day windows</source>
        <translation>Valeur p, fenêtres de %1 jours</translation>
    </message>
</context>
<context>
    <name>rutile::ui::ParamForm</name>
    <message>
        <location filename="../ui/params/ParamForm.cpp" line="+53"/>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>rutile::ui::PdfReportWriter</name>
    <message>
        <location filename="../ui/report/PdfReportWriter.cpp" line="+208"/>
        <source>cannot start the PDF</source>
        <translation>impossible de commencer le PDF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot add a page to the PDF</source>
        <translation>impossible d&apos;ajouter une page au PDF</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot finish the PDF</source>
        <translation>impossible de terminer le PDF</translation>
    </message>
</context>
<context>
    <name>rutile::ui::PngOutput</name>
    <message>
        <location filename="../ui/chart/PngOutput.cpp" line="+21"/>
        <source>cannot encode the PNG image</source>
        <translation>impossible d&apos;encoder l&apos;image PNG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot write: %1</source>
        <translation>impossible d&apos;écrire : %1</translation>
    </message>
</context>
<context>
    <name>rutile::ui::PortfolioHoldingsModel</name>
    <message>
        <location filename="../ui/scan/PortfolioHoldingsModel.cpp" line="+77"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbol</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
</context>
<context>
    <name>rutile::ui::PortfolioPanel</name>
    <message>
        <location filename="../ui/scan/PortfolioPanel.cpp" line="+53"/>
        <source>Momentum, 6 months</source>
        <translation>Momentum, 6 mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Momentum, 12 months skipping the last</source>
        <translation>Momentum, 12 mois hors le dernier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance above SMA(200)</source>
        <translation>Écart au-dessus de la SMA(200)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low volatility</source>
        <translation>Faible volatilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most oversold, RSI(2)</source>
        <translation>Les plus survendus, RSI(2)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Start from...</source>
        <translation>Partir de...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ranks the symbols on each rebalance day; the highest are held</source>
        <translation>Classe les symboles à chaque date de rééquilibrage ; les mieux classés sont détenus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hold only &amp;where:</source>
        <translation>Détenir &amp;uniquement si :</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Trade between the two dates (earlier bars warm the rank up)</source>
        <translation>Négocier entre les deux dates (les barres antérieures servent à amorcer le classement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backtest</source>
        <translation>&amp;Backtest</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Watchlist:</source>
        <translation>&amp;Liste de surveillance :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rank by:</source>
        <translation>&amp;Classer par :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Book&lt;/b&gt;</source>
        <translation>&lt;b&gt;Portefeuille&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Account and costs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Compte et coûts&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export &amp;PNG...</source>
        <translation>Exporter en &amp;PNG...</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The book after every day with a fill. Double-click a row to chart its symbol</source>
        <translation>Le portefeuille après chaque jour comportant une exécution. Double-cliquez sur une ligne pour afficher son symbole en graphique</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Equity</source>
        <translation>C&amp;apital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatistics</source>
        <translation>&amp;Statistiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Holdings</source>
        <translation>P&amp;ositions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;rades</source>
        <translation>&amp;Transactions</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export the Portfolio Equity as PNG</source>
        <translation>Exporter le capital du portefeuille en PNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot Export</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Rank: %1</source>
        <translation>Classement : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter: %1</source>
        <translation>Filtre : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter: it must be a condition (true or false), such as close &gt; sma(close, 200)</source>
        <translation>Filtre : ce doit être une condition (vraie ou fausse), par exemple close &gt; sma(close, 200)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose a watchlist.</source>
        <translation>Choisissez une liste de surveillance.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rank has a problem: %1</source>
        <translation>Le classement pose un problème : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The filter has a problem: %1</source>
        <translation>Le filtre pose un problème : %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Backtesting the top %1 of %2 symbols of %3...</source>
        <translation>Backtest des %1 premiers des %2 symboles de %3...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Top %1 of %2</source>
        <translation>%1 premiers sur %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 rebalances, %2 trades, %3 to %4.</source>
        <translation>%1 rééquilibrages, %2 transactions, du %3 au %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 symbols skipped (hover for why).</source>
        <translation>%1 symboles ignorés (survolez pour savoir pourquoi).</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Statistic</source>
        <translation>Statistique</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 held</source>
        <translation>%1 détenu</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Final equity</source>
        <translation>Capital final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total return</source>
        <translation>Rendement total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CAGR</source>
        <translation>CAGR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual volatility</source>
        <translation>Volatilité annuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharpe ratio</source>
        <translation>Ratio de Sharpe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sortino ratio</source>
        <translation>Ratio de Sortino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calmar ratio</source>
        <translation>Ratio de Calmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum drawdown</source>
        <translation>Drawdown maximal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average exposure</source>
        <translation>Exposition moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual turnover</source>
        <translation>Rotation annuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round trips</source>
        <translation>Allers-retours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profit factor</source>
        <translation>Facteur de profit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total commission</source>
        <translation>Commissions totales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beta to %1</source>
        <translation>Bêta par rapport à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alpha (annual)</source>
        <translation>Alpha (annuel)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daily VaR %1% (historical)</source>
        <translation>VaR journalière %1% (historique)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily ES %1% (historical)</source>
        <translation>ES journalière %1% (historique)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EVT stress value (p = %1%)</source>
        <translation>Valeur de stress EVT (p = %1%)</translation>
    </message>
</context>
<context>
    <name>rutile::ui::PriceChart</name>
    <message>
        <location filename="../ui/chart/PriceChart.cpp" line="+520"/>
        <source>Close</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Volume (up days)</source>
        <translation>Volume (jours de hausse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume (down days)</source>
        <translation>Volume (jours de baisse)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>SYNTHETIC DATA - not market data</source>
        <translation>DONNÉES SYNTHÉTIQUES - non issues du marché</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a symbol to show its chart</source>
        <translation>Sélectionnez un symbole pour afficher son graphique</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>Buy (long entry)</source>
        <translation>Achat (entrée longue)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sell (long exit)</source>
        <translation>Vente (sortie longue)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sell short (short entry)</source>
        <translation>Vente à découvert (entrée courte)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buy to cover (short exit)</source>
        <translation>Rachat pour couvrir (sortie courte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2 on %3</source>
        <translation>%1 à %2 le %3</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Daily</source>
        <translation>Quotidien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compared with %1</source>
        <translation>comparé à %1</translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChartData.cpp" line="+79"/>
        <location line="+7"/>
        <location line="+720"/>
        <location line="+12"/>
        <source>n/a</source>
        <translation>n.d.</translation>
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
        <translation>B %1</translation>
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
        <translation>rebasé %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(not enough bars)</source>
        <translation>(pas assez de barres)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Correlation of daily returns %1 / %2 (%3)</source>
        <translation>Corrélation des rendements journaliers %1 / %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/chart/PriceChartInteraction.cpp" line="+252"/>
        <source>Add Indicator...</source>
        <translation>Ajouter un indicateur...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit %1...</source>
        <translation>Modifier %1...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove This Pane</source>
        <translation>Supprimer ce volet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Style</source>
        <translation>Style</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Candlesticks</source>
        <translation>Chandeliers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OHLC Bars</source>
        <translation>Barres OHLC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line (Close)</source>
        <translation>Ligne (clôture)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heikin-Ashi</source>
        <translation>Heikin-Ashi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Logarithmic Price Axis</source>
        <translation>Axe des prix logarithmique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock Value Axes</source>
        <translation>Verrouiller les axes des valeurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show Volume</source>
        <translation>Afficher le volume</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fit All</source>
        <translation>Tout ajuster</translation>
    </message>
</context>
<context>
    <name>rutile::ui::ProgressRun</name>
    <message>
        <location filename="../ui/ProgressRun.cpp" line="+44"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cancelling...</source>
        <translation>Annulation...</translation>
    </message>
</context>
<context>
    <name>rutile::ui::RelativeValueWindow</name>
    <message>
        <location filename="../ui/relval/RelativeValueWindow.cpp" line="-319"/>
        <source>Relative Value - %1</source>
        <translation>Valeur relative - %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The symbol regressed: ln Y = α + β ln X + spread</source>
        <translation>Le symbole régressé : ln Y = α + β ln X + spread</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hedge symbol</source>
        <translation>Le symbole de couverture</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Analyse</source>
        <translation>&amp;Analyser</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Backtest &amp;pairs_spread with These Settings</source>
        <translation>Backtester &amp;pairs_spread avec ces réglages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;CSV...</source>
        <translation>Exporter en &amp;CSV...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export P&amp;NG...</source>
        <translation>Exporter en P&amp;NG...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Y:</source>
        <translation>&amp;Y :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;X (hedge):</source>
        <translation>&amp;X (couverture) :</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Pair</source>
        <translation>Paire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index Futures Fair Value</source>
        <translation>Juste valeur des contrats à terme sur indice</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the Pair&apos;s Daily Series as CSV</source>
        <translation>Exporter les séries journalières de la paire en CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the Chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The pair needs two cached symbols: import or download RUT and the S&amp;P 500.</source>
        <translation>La paire nécessite deux symboles en cache : importez ou téléchargez RUT et le S&amp;P 500.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Choose two different symbols.</source>
        <translation>Choisissez deux symboles différents.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Testing %1 against %2...</source>
        <translation>Test de %1 contre %2...</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 and %2: %3</source>
        <translation>%1 et %2 : %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 common days, %2 to %3.</source>
        <translation>%1 jours communs, du %2 au %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1&apos;s close on %2</source>
        <translation>Clôture de %1 le %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Common days</source>
        <translation>Jours communs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hedge ratio β</source>
        <translation>Ratio de couverture β</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OLS slope of ln %1 on ln %2</source>
        <translation>Pente MCO de ln %1 sur ln %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intercept α</source>
        <translation>Ordonnée à l&apos;origine α</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Engle–Granger τ (%n lags)</source>
        <translation>
            <numerusform>τ d&apos;Engle–Granger (%n retard)</numerusform>
            <numerusform>τ d&apos;Engle–Granger (%n retards)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ADF statistic of the residuals, lags chosen by AIC</source>
        <translation>Statistique ADF des résidus, retards choisis par AIC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p-value (MacKinnon)</source>
        <translation>Valeur p (MacKinnon)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical value 1 %</source>
        <translation>Valeur critique 1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical value 5 %</source>
        <translation>Valeur critique 5 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical value 10 %</source>
        <translation>Valeur critique 10 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-life (days)</source>
        <translation>Demi-vie (jours)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>−ln 2 / ln(1 + b) from Δs = a + b·s₋₁; blank without reversion</source>
        <translation>−ln 2 / ln(1 + b) d&apos;après Δs = a + b·s₋₁ ; vide en l&apos;absence de retour à la moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spread, last</source>
        <translation>Spread, dernier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>z-score, last</source>
        <translation>z-score, dernier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pairs_spread&apos;s z over %1 days</source>
        <translation>z de pairs_spread sur %1 jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kalman β, last</source>
        <translation>β de Kalman, dernier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows cointegrated at 5 % (%)</source>
        <translation>Fenêtres cointégrées à 5 % (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of %1 rolling windows of %2 days</source>
        <translation>Sur %1 fenêtres glissantes de %2 jours</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>There is nothing to export: analyse a pair first.</source>
        <translation>Il n&apos;y a rien à exporter : analysez d&apos;abord une paire.</translation>
    </message>
</context>
<context>
    <name>rutile::ui::ReportBrowser</name>
    <message>
        <location filename="../ui/journal/ReportBrowser.cpp" line="+18"/>
        <source>Drawing the report...</source>
        <translation>Dessin du rapport...</translation>
    </message>
</context>
<context>
    <name>rutile::ui::ReportChartPlot</name>
    <message>
        <location filename="../ui/report/ReportChartPlot.cpp" line="+221"/>
        <source>the report has more charts than were drawn</source>
        <translation>le rapport compte plus de graphiques que ceux qui ont été dessinés</translation>
    </message>
</context>
<context>
    <name>rutile::ui::ReportWriters</name>
    <message>
        <location filename="../ui/report/ReportWriters.cpp" line="+66"/>
        <source>cannot write the report: %1</source>
        <translation>impossible d&apos;écrire le rapport : %1</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Writing %1...</source>
        <translation>Écriture de %1...</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>PDF documents (*.pdf);;HTML pages (*.html);;All files (*)</source>
        <translation>Documents PDF (*.pdf);;Pages HTML (*.html);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>rutile::ui::RiskChartView</name>
    <message>
        <location filename="../ui/risk/RiskChartView.cpp" line="+26"/>
        <source>Export as PNG...</source>
        <translation>Exporter en PNG...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export Chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy Image</source>
        <translation>Copier l&apos;image</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot write the image</source>
        <translation>impossible d&apos;écrire l&apos;image</translation>
    </message>
</context>
<context>
    <name>rutile::ui::RiskCharts</name>
    <message>
        <location filename="../ui/risk/RiskCharts.cpp" line="+134"/>
        <source>left tail (losses)</source>
        <translation>queue gauche (pertes)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>right tail (gains)</source>
        <translation>queue droite (gains)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loss: -return (%)</source>
        <translation>Perte : -rendement (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gain: return (%)</source>
        <translation>Gain : rendement (%)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Daily %1 returns: histogram and fitted normal density</source>
        <translation>Rendements journaliers de %1 : histogramme et densité normale ajustée</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+55"/>
        <location line="+147"/>
        <source>no returns</source>
        <translation>aucun rendement</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Histogram (%1 returns)</source>
        <translation>Histogramme (%1 rendements)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+40"/>
        <source>Daily return (%)</source>
        <translation>Rendement journalier (%)</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Density (per %)</source>
        <translation>Densité (par %)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Normal density N(mean, s²)</source>
        <translation>Densité normale N(moyenne, s²)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Historical VaR %1% / %2%</source>
        <translation>VaR historique %1% / %2%</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Normal QQ-plot</source>
        <translation>Diagramme QQ normal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Standard normal quantile</source>
        <translation>Quantile de la loi normale centrée réduite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Returns (sample quantiles)</source>
        <translation>Rendements (quantiles de l&apos;échantillon)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normal: mean + s·z</source>
        <translation>Normale : moyenne + s·z</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Mean excess, %1</source>
        <translation>Excès moyen, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too few returns</source>
        <translation>trop peu de rendements</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Threshold v: %1</source>
        <translation>Seuil v : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean excess e(v) (%)</source>
        <translation>Excès moyen e(v) (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empirical e(v)</source>
        <translation>e(v) empirique</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>GPD: (σ + ξ(v − u))/(1 − ξ), ξ = %1</source>
        <translation>GPD : (σ + ξ(v − u))/(1 − ξ), ξ = %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Threshold u = %1% (q = %2)</source>
        <translation>Seuil u = %1% (q = %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>GPD tail fit, %1</source>
        <translation>Ajustement GPD de la queue, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no exceedances</source>
        <translation>aucun dépassement</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tail probability P(Y &gt; y)</source>
        <translation>Probabilité de queue P(Y &gt; y)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Empirical (%1 exceedances)</source>
        <translation>Empirique (%1 dépassements)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>GPD ξ = %1 (%2), σ = %3%</source>
        <translation>GPD ξ = %1 (%2), σ = %3%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GPD (not converged)</source>
        <translation>GPD (non convergé)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stress value at p = %1: %2%</source>
        <translation>Valeur de stress à p = %1 : %2%</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rolling %1-day volatility (annualised)</source>
        <translation>Volatilité glissante sur %1 jours (annualisée)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>fewer returns than the window</source>
        <translation>moins de rendements que la taille de la fenêtre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Volatility (% a year)</source>
        <translation>Volatilité (% par an)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rolling %1-day</source>
        <translation>Glissante sur %1 jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Long-term %1%</source>
        <translation>Long terme %1%</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drawdown from the running peak (underwater curve)</source>
        <translation>Drawdown depuis le plus haut atteint (courbe sous l&apos;eau)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Drawdown</source>
        <translation>Drawdown</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Below the peak (%)</source>
        <translation>Sous le pic (%)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Maximum drawdown %1% (%2 to %3)</source>
        <translation>Drawdown maximal %1% (du %2 au %3)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rolling beta and correlation</source>
        <translation>Bêta et corrélation glissants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no benchmark selected</source>
        <translation>aucun indice de référence sélectionné</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rolling %1-day beta and correlation against %2</source>
        <translation>Bêta et corrélation glissants sur %1 jours par rapport à %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no common returns</source>
        <translation>aucun rendement commun</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>fewer common returns (%1) than the window</source>
        <translation>moins de rendements communs (%1) que la taille de la fenêtre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beta</source>
        <translation>Bêta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correlation</source>
        <translation>Corrélation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rolling beta</source>
        <translation>Bêta glissant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolling correlation (right axis)</source>
        <translation>Corrélation glissante (axe de droite)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full-sample beta %1</source>
        <translation>Bêta sur tout l&apos;échantillon %1</translation>
    </message>
</context>
<context>
    <name>rutile::ui::RiskDashboard</name>
    <message>
        <location filename="../ui/risk/RiskDashboard.cpp" line="+160"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy Table</source>
        <translation>Copier le tableau</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The risk-free rate of the benchmark regression: the rate in the options, or the mean of a downloaded rate series (FRED&apos;s DGS3MO) over the range</source>
        <translation>Le taux sans risque de la régression sur l&apos;indice de référence : le taux défini dans les options, ou la moyenne d&apos;une série de taux téléchargée (DGS3MO de la FRED) sur la période</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk-free</source>
        <translation>Taux sans risque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export All...</source>
        <translation>Tout exporter...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Charts and Tables to Folder</source>
        <translation>Exporter les graphiques et les tableaux dans un dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Report...</source>
        <translation>Exporter le rapport...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The risk report as PDF or HTML: data, level and returns, statistics, the distribution with its Gaussian fit, VaR, ES and EVT stress values, both tails and the benchmark</source>
        <translation>Le rapport de risque en PDF ou HTML : données, niveau et rendements, statistiques, la distribution avec son ajustement gaussien, VaR, ES et valeurs de stress EVT, les deux queues et l&apos;indice de référence</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export Risk Report</source>
        <translation>Exporter le rapport de risque</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+73"/>
        <source>Benchmark</source>
        <translation>Indice de référence</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tails (EVT)</source>
        <translation>Queues (EVT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volatility &amp;&amp; Drawdown</source>
        <translation>Volatilité &amp;&amp; drawdown</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Options&lt;/b&gt;</source>
        <translation>&lt;b&gt;Options&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rate in the options</source>
        <translation>taux défini dans les options</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (synthetic data)</source>
        <translation>%1 (données synthétiques)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Computing...</source>
        <translation>Calcul en cours...</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 returns, computed in %2 ms</source>
        <translation>%1 rendements, calculés en %2 ms</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>there is no analysis to report</source>
        <translation>il n&apos;y a aucune analyse pour le rapport</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>there is no analysis to export yet</source>
        <translation>il n&apos;y a encore aucune analyse à exporter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
</context>
<context>
    <name>rutile::ui::RiskDashboardWindow</name>
    <message>
        <location filename="../ui/risk/RiskDashboardWindow.cpp" line="+24"/>
        <location line="+12"/>
        <source>Risk Dashboard - %1</source>
        <translation>Tableau de bord des risques - %1</translation>
    </message>
</context>
<context>
    <name>rutile::ui::RiskOptionsForm</name>
    <message>
        <location filename="../ui/risk/RiskOptionsForm.cpp" line="+31"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>rutile::ui::RiskRunner</name>
    <message>
        <location filename="../ui/risk/RiskRunner.cpp" line="+49"/>
        <source>the risk analysis ended without a result</source>
        <translation>l&apos;analyse de risque s&apos;est terminée sans résultat</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>risk analysis cancelled</source>
        <translation>analyse de risque annulée</translation>
    </message>
</context>
<context>
    <name>rutile::ui::RiskTables</name>
    <message>
        <location filename="../ui/risk/RiskTables.cpp" line="+59"/>
        <source>converged</source>
        <translation>convergé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not converged</source>
        <translation>non convergé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not fitted</source>
        <translation>non ajusté</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+8"/>
        <location line="+31"/>
        <location line="+58"/>
        <source>Statistic</source>
        <translation>Statistique</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+12"/>
        <source>Daily</source>
        <translation>Journalier</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+12"/>
        <source>Annualised</source>
        <translation>Annualisé</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+41"/>
        <source>Left tail</source>
        <translation>Queue gauche</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+41"/>
        <source>Right tail</source>
        <translation>Queue droite</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+97"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>A. Moments of daily %1 returns</source>
        <translation>A. Moments des rendements journaliers de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns between consecutive values: one fewer than the values</source>
        <translation>Rendements entre valeurs consécutives : une de moins que le nombre de valeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annualised: mean × %1</source>
        <translation>Annualisée : moyenne × %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard deviation</source>
        <translation>Écart type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample (n − 1); annualised × √%1</source>
        <translation>D&apos;échantillon (n − 1) ; annualisé × √%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skewness</source>
        <translation>Asymétrie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjusted sample skewness G1 (Excel SKEW, pandas)</source>
        <translation>Asymétrie d&apos;échantillon ajustée G1 (Excel SKEW, pandas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excess kurtosis</source>
        <translation>Kurtosis excédentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adjusted sample excess kurtosis G2 (Excel KURT, pandas); 0 for a normal</source>
        <translation>Kurtosis excédentaire d&apos;échantillon ajustée G2 (Excel KURT, pandas) ; 0 pour une loi normale</translation>
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
        <translation>B. Volatilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long-term (whole range)</source>
        <translation>Long terme (période entière)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard deviation of all %1 returns</source>
        <translation>Écart type de l&apos;ensemble des %1 rendements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short-term (last %1)</source>
        <translation>Court terme (%1 derniers)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standard deviation of the last %1 returns</source>
        <translation>Écart type des %1 derniers rendements</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C. Value at Risk and Expected Shortfall</source>
        <translation>C. Valeur à risque et expected shortfall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantile level</source>
        <translation>Niveau de quantile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Historical VaR</source>
        <translation>VaR historique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type-7 quantile of the returns (R, Excel PERCENTILE.INC, numpy)</source>
        <translation>Quantile de type 7 des rendements (R, Excel PERCENTILE.INC, numpy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected shortfall</source>
        <translation>Expected shortfall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mean of the returns at or beyond the VaR</source>
        <translation>Moyenne des rendements au niveau de la VaR ou au-delà</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaussian VaR</source>
        <translation>VaR gaussienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean + Φ⁻¹(level)·s</source>
        <translation>moyenne + Φ⁻¹(niveau)·s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cornish–Fisher VaR</source>
        <translation>VaR de Cornish–Fisher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean + z_cf·s, z corrected for skewness and excess kurtosis</source>
        <translation>moyenne + z_cf·s, z corrigé de l&apos;asymétrie et de la kurtosis excédentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D. Extreme value theory (GPD over a threshold)</source>
        <translation>D. Théorie des valeurs extrêmes (GPD au-delà d&apos;un seuil)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold quantile q</source>
        <translation>Quantile seuil q</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold u (loss | gain)</source>
        <translation>Seuil u (perte | gain)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantile q of losses −r (left) and gains r (right)</source>
        <translation>Quantile q des pertes −r (gauche) et des gains r (droite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exceedances Nu</source>
        <translation>Dépassements Nu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Values above u; fewer than 30 make the fit unreliable</source>
        <translation>Valeurs au-dessus de u ; moins de 30 rendent l&apos;ajustement peu fiable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shape ξ</source>
        <translation>Forme ξ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum likelihood; ξ &gt; 0 is a heavy (Pareto) tail</source>
        <translation>Maximum de vraisemblance ; ξ &gt; 0 indique une queue épaisse (Pareto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>(standard error)</source>
        <translation>(erreur type)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>From the inverse observed information</source>
        <translation>D&apos;après l&apos;inverse de l&apos;information observée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale σ</source>
        <translation>Échelle σ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fit</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converged: interior maximum, score ≈ 0, information positive definite</source>
        <translation>Convergé : maximum intérieur, score ≈ 0, information définie positive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stress value (p = %1%)</source>
        <translation>Valeur de stress (p = %1%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>u + σ/ξ·((n/Nu·p)^(−ξ) − 1), shown as a return</source>
        <translation>u + σ/ξ·((n/Nu·p)^(−ξ) − 1), affichée comme un rendement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>E. Drawdowns</source>
        <translation>E. Drawdowns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum drawdown</source>
        <translation>Drawdown maximal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>min of value / running peak − 1</source>
        <translation>min de valeur / plus haut atteint − 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Peak</source>
        <translation>Pic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trough</source>
        <translation>Creux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recovered</source>
        <translation>non rétabli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery</source>
        <translation>Rétablissement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First value back at the peak</source>
        <translation>Première valeur revenue au niveau du pic</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Longest drawdown (trading days)</source>
        <translation>Drawdown le plus long (jours de bourse)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (not recovered)</source>
        <translation>%1 (non rétabli)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>   from peak … to recovery</source>
        <translation>   du pic … au rétablissement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F. Against %1 (%2 common returns)</source>
        <translation>F. Par rapport à %1 (%2 rendements communs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beta</source>
        <translation>Bêta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OLS slope of the returns on the benchmark&apos;s</source>
        <translation>Pente MCO des rendements sur ceux de l&apos;indice de référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alpha (daily)</source>
        <translation>Alpha (journalier)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OLS intercept</source>
        <translation>Ordonnée à l&apos;origine MCO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alpha (annualised)</source>
        <translation>Alpha (annualisé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily alpha × %1</source>
        <translation>Alpha journalier × %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correlation</source>
        <translation>Corrélation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R²</source>
        <translation>R²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking error (annualised)</source>
        <translation>Écart de suivi (annualisé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard deviation of (return − benchmark) × √T</source>
        <translation>Écart type de (rendement − indice de référence) × √T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information ratio</source>
        <translation>Ratio d&apos;information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annualised active return / tracking error</source>
        <translation>Rendement actif annualisé / écart de suivi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F. Benchmark: none</source>
        <translation>F. Indice de référence : aucun</translation>
    </message>
</context>
<context>
    <name>rutile::ui::RuleLexer</name>
    <message>
        <location filename="../ui/strategy/RuleLexer.cpp" line="+104"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement keyword</source>
        <translation>Mot-clé d&apos;instruction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyword</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price field</source>
        <translation>Champ de prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Function or indicator</source>
        <translation>Fonction ou indicateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declared name</source>
        <translation>Nom déclaré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
</context>
<context>
    <name>rutile::ui::RunComparisonDialog</name>
    <message>
        <location filename="../ui/journal/RunComparisonDialog.cpp" line="+22"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Compare Run #%1 and Run #%2</source>
        <translation>Comparer l&apos;exécution n° %1 et l&apos;exécution n° %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run #%1</source>
        <translation>Exécution n° %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The two runs were asked the same and say the same.</source>
        <translation>Les deux exécutions ont reçu les mêmes demandes et donnent les mêmes résultats.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) differ, highlighted.</source>
        <translation>
            <numerusform>%n ligne diffère, surlignée.</numerusform>
            <numerusform>%n lignes diffèrent, surlignées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rutile::ui::RunSettingsDialog</name>
    <message>
        <location filename="../ui/backtest/RunSettingsDialog.cpp" line="+18"/>
        <source>Backtest Settings</source>
        <translation>Réglages du backtest</translation>
    </message>
</context>
<context>
    <name>rutile::ui::RunSettingsForm</name>
    <message>
        <location filename="../ui/backtest/RunSettingsForm.cpp" line="+27"/>
        <source>Costs &amp;&amp; fills</source>
        <translation>Coûts &amp;&amp; exécutions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sizing</source>
        <translation>Dimensionnement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stops</source>
        <translation>Stops</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>%1 units</source>
        <translation>%1 unités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1% risk per ATR</source>
        <translation>%1% de risque par ATR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1% of equity</source>
        <translation>%1% du capital</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 per unit commission</source>
        <translation>commission de %1 par unité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 per order commission</source>
        <translation>commission de %1 par ordre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1% commission</source>
        <translation>commission de %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no commission</source>
        <translation>sans commission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bps slippage</source>
        <translation>glissement de %1 pb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no slippage</source>
        <translation>sans glissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stop %1%</source>
        <translation>stop %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target %1%</source>
        <translation>objectif %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trailing %1%</source>
        <translation>stop suiveur %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trailing %1 ATR</source>
        <translation>stop suiveur %1 ATR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fills at next close</source>
        <translation>exécution à la clôture suivante</translation>
    </message>
</context>
<context>
    <name>rutile::ui::RunTableModel</name>
    <message>
        <location filename="../ui/journal/RunTableModel.cpp" line="+41"/>
        <source>accuracy %1 vs %2</source>
        <translation>exactitude %1 contre %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>best %1 %2 of %3 points</source>
        <translation>meilleur %1 %2 sur %3 points</translation>
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
        <translation>Recherche par grille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk-forward</source>
        <translation>Walk-forward</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ML evaluation</source>
        <translation>Évaluation ML</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbol</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategy / model</source>
        <translation>Stratégie / modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
</context>
<context>
    <name>rutile::ui::SampleUniverseController</name>
    <message>
        <location filename="../ui/index/SampleUniverseController.cpp" line="+41"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop generating the sample universe; what is written is kept, and the next start goes on from there</source>
        <translation>Arrêter la génération de l&apos;univers d&apos;exemple ; ce qui est écrit est conservé, et le prochain démarrage reprend à partir de là</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Sample universe...</source>
        <translation>Univers d&apos;exemple...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generating %1 synthetic stocks for the sample workspace (about 15 seconds); the symbols, the Index Lab and the watchlist %2 get them when they are complete</source>
        <translation>Génération de %1 actions synthétiques pour l&apos;espace de travail d&apos;exemple (environ 15 secondes) ; les symboles, le labo d&apos;indice et la liste de surveillance %2 les recevront une fois la génération terminée</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The sample universe is ready: %1 synthetic stocks in the watchlist %2.</source>
        <translation>L&apos;univers d&apos;exemple est prêt : %1 actions synthétiques dans la liste de surveillance %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sample universe was stopped; what was written is kept, and it goes on the next time the sample opens.</source>
        <translation>La génération de l&apos;univers d&apos;exemple a été arrêtée ; ce qui a été écrit est conservé, et elle reprendra à la prochaine ouverture de l&apos;exemple.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot generate the sample universe: %1</source>
        <translation>Impossible de générer l&apos;univers d&apos;exemple : %1</translation>
    </message>
</context>
<context>
    <name>rutile::ui::ScanResultsModel</name>
    <message>
        <location filename="../ui/scan/ScanResultsModel.cpp" line="+111"/>
        <source>The last %1 closes up to the row&apos;s date</source>
        <translation>Les %1 dernières clôtures jusqu&apos;à la date de la ligne</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>true</source>
        <translation>vrai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>false</source>
        <translation>faux</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The deflated Sharpe ratio of the row&apos;s best point: the probability that its Sharpe ratio is more than luck after all %1 grid points tried on every symbol of the scan. Below 0.95 the row may be luck.</source>
        <translation>Le ratio de Sharpe déflaté du meilleur point de la ligne : la probabilité que son ratio de Sharpe soit plus que de la chance, après les %1 points de grille essayés sur tous les symboles du scan. En dessous de 0,95, la ligne peut être due à la chance.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbol</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return</source>
        <translation>Rendement</translation>
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
        <translation>DD max.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volatility</source>
        <translation>Volatilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exposure</source>
        <translation>Exposition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trades</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profit factor</source>
        <translation>Facteur de profit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final equity</source>
        <translation>Capital final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deflated Sharpe</source>
        <translation>Sharpe déflaté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent closes</source>
        <translation>Clôtures récentes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Best %1</source>
        <translation>Meilleur %1</translation>
    </message>
</context>
<context>
    <name>rutile::ui::ScannerWindow</name>
    <message>
        <location filename="../ui/scan/ScannerWindow.cpp" line="-613"/>
        <source>Distance from SMA(200)</source>
        <translation>Écart à la SMA(200)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change over 20 bars</source>
        <translation>Variation sur 20 barres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSI(14)</source>
        <translation>RSI(14)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close to the 52-week high</source>
        <translation>Proche du plus haut sur 52 semaines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above SMA(200), RSI(14) below 30</source>
        <translation>Au-dessus de la SMA(200), RSI(14) sous 30</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last close</source>
        <translation>Dernière clôture</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Scanner - %1</source>
        <translation>Scanner - %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The watchlist to scan (lists are made with &apos;rutile-cli list&apos;, from a fund&apos;s holdings in the Index Lab, or are the sample universe)</source>
        <translation>La liste de surveillance à scanner (les listes se créent avec &apos;rutile-cli list&apos;, à partir des positions d&apos;un fonds dans le labo d&apos;indice, ou sont l&apos;univers d&apos;exemple)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Expression</source>
        <translation>&amp;Expression</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strategy &amp;backtest</source>
        <translation>&amp;Backtest de stratégie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start from...</source>
        <translation>Partir de...</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Optimise a grid on each symbol</source>
        <translation>&amp;Optimiser une grille sur chaque symbole</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The engine&apos;s default account and costs; rows are ranked by Sharpe ratio, or with a grid by the objective of each symbol&apos;s best point.</source>
        <translation>Le compte et les coûts par défaut du moteur ; les lignes sont classées par ratio de Sharpe ou, avec une grille, par l&apos;objectif du meilleur point de chaque symbole.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Columns shown beside the ranked value, one a line as NAME = expression, e.g. rsi = rsi(close, 14)</source>
        <translation>Colonnes affichées à côté de la valeur classée, une par ligne sous la forme NOM = expression, par ex. rsi = rsi(close, 14)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Only where:</source>
        <translation>&amp;Uniquement si :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List only the symbols meeting this condition on their last bar</source>
        <translation>Ne lister que les symboles remplissant cette condition sur leur dernière barre</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>An expression is evaluated on the last bar up to the end date; a backtest trades between the two (earlier bars warm the indicators up)</source>
        <translation>Une expression est évaluée sur la dernière barre jusqu&apos;à la date de fin ; un backtest négocie entre les deux dates (les barres antérieures servent à amorcer les indicateurs)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Watchlist:</source>
        <translation>Liste de &amp;surveillance :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scan:</source>
        <translation>Scan :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colu&amp;mns:</source>
        <translation>Colo&amp;nnes :</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Double-click a row to chart its symbol in the main window</source>
        <translation>Double-cliquez sur une ligne pour afficher son symbole en graphique dans la fenêtre principale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;CSV...</source>
        <translation>Exporter en &amp;CSV...</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portfolio Backtest</source>
        <translation>Backtest de portefeuille</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export the Scan as CSV</source>
        <translation>Exporter le scan en CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 (rule)</source>
        <translation>%1 (règles)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This workspace has no watchlist yet: make one with &apos;rutile-cli list&apos;, from a fund&apos;s holdings, or open the sample workspace (its universe is one).</source>
        <translation>Cet espace de travail n&apos;a pas encore de liste de surveillance : créez-en une avec &apos;rutile-cli list&apos;, à partir des positions d&apos;un fonds, ou ouvrez l&apos;espace de travail d&apos;exemple (son univers en est une).</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the filter must be a condition (true or false)</source>
        <translation>le filtre doit être une condition (vraie ou fausse)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Columns, line %1: %2</source>
        <translation>Colonnes, ligne %1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter: %1</source>
        <translation>Filtre : %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>A condition: true ranks above false.</source>
        <translation>Une condition : vrai est classé avant faux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number: the highest ranks first.</source>
        <translation>Un nombre : le plus élevé est classé en premier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column %1: %2</source>
        <translation>Colonne %1 : %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose a watchlist to scan.</source>
        <translation>Choisissez une liste de surveillance à scanner.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The expression has a problem: %1</source>
        <translation>L&apos;expression pose un problème : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a strategy.</source>
        <translation>Choisissez une stratégie.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Put at least one parameter on the grid, or untick Optimise.</source>
        <translation>Placez au moins un paramètre sur la grille, ou décochez Optimiser.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The grid has a problem: %1</source>
        <translation>La grille pose un problème : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The columns or the filter have a problem: %1</source>
        <translation>Les colonnes ou le filtre posent un problème : %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Scanning %1 symbols of %2...</source>
        <translation>Scan de %1 symboles de %2...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 of %2 symbols evaluated.</source>
        <translation>%1 symboles sur %2 évalués.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 symbols evaluated, %3 left out by the filter.</source>
        <translation>%1 symboles sur %2 évalués, %3 écartés par le filtre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 skipped (hover for why).</source>
        <translation>%1 ignorés (survolez pour savoir pourquoi).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There are no rows to export: run a scan first.</source>
        <translation>Il n&apos;y a aucune ligne à exporter : lancez d&apos;abord un scan.</translation>
    </message>
</context>
<context>
    <name>rutile::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/SettingsDialog.cpp" line="+23"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+68"/>
        <source>Rutile is in %1.</source>
        <translation>Rutile est en %1.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Data providers</source>
        <translation>&amp;Fournisseurs de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backtest defaults</source>
        <translation>&amp;Backtests par défaut</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+70"/>
        <source>Takes effect when Rutile starts again.</source>
        <translation>Prend effet au prochain démarrage de Rutile.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Automatic (the S&amp;P 500 when the workspace has it)</source>
        <translation>Automatique (le S&amp;P 500 quand l&apos;espace de travail le contient)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (not in the workspace)</source>
        <translation>%1 (absent de l&apos;espace de travail)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beta, alpha and the benchmark curve of backtests and risk studies, in this workspace (rutile-cli uses it too)</source>
        <translation>Bêta, alpha et courbe de l&apos;indice de référence des backtests et des études de risque, dans cet espace de travail (rutile-cli l&apos;utilise aussi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default &amp;benchmark:</source>
        <translation>Indice de &amp;référence par défaut :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Costs, sizing and fills the strategy panel starts from:</source>
        <translation>Coûts, taille des positions et exécutions dont part le panneau de stratégie :</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Data providers: the mirror is refused (see the page).</source>
        <translation>Fournisseurs de données : le miroir est refusé (voir l&apos;onglet).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backtest defaults: %1</source>
        <translation>Backtests par défaut : %1</translation>
    </message>
</context>
<context>
    <name>rutile::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/ShortcutsDialog.cpp" line="+27"/>
        <location line="+19"/>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in / out</source>
        <translation>Zoom avant / arrière</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+ / -, mouse wheel</source>
        <translation>+ / -, molette de la souris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pan earlier / later</source>
        <translation>Déplacer vers plus tôt / plus tard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left / Right, drag</source>
        <translation>Flèche gauche / droite, glisser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First / last bar</source>
        <translation>Première / dernière barre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Home / End</source>
        <translation>Début / Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all bars</source>
        <translation>Afficher toutes les barres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Double-click</source>
        <translation>Double-clic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel drawing tool, deselect</source>
        <translation>Annuler l&apos;outil de tracé, désélectionner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete selected drawing</source>
        <translation>Supprimer le tracé sélectionné</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete, Backspace</source>
        <translation>Suppr, Retour arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit drawing</source>
        <translation>Modifier un tracé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Double-click the drawing</source>
        <translation>Double-cliquer sur le tracé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resize panes</source>
        <translation>Redimensionner les volets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drag the line between panes</source>
        <translation>Faire glisser la ligne entre les volets</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>rutile::ui::StrategyController</name>
    <message>
        <location filename="../ui/backtest/StrategyController.cpp" line="+75"/>
        <source>Saved strategies that do not compile are not listed: %1</source>
        <translation>Les stratégies enregistrées qui ne compilent pas ne sont pas listées : %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A backtest is already running: wait for it, or cancel it in the strategy panel.</source>
        <translation>Un backtest est déjà en cours : attendez qu&apos;il se termine, ou annulez-le dans le panneau de stratégie.</translation>
    </message>
</context>
<context>
    <name>rutile::ui::StrategyEditorWindow</name>
    <message>
        <location filename="../ui/strategy/StrategyEditorWindow.cpp" line="+66"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Line %1, column %2</source>
        <translation>Ligne %1, colonne %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New from &amp;Template</source>
        <translation>Nouveau à partir d&apos;un &amp;modèle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open...</source>
        <translation>&amp;Ouvrir...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As...</source>
        <translation>Enregistrer &amp;sous...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open from &amp;Workspace...</source>
        <translation>Ouvrir depuis l&apos;espace de &amp;travail...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to Wor&amp;kspace...</source>
        <translation>Enregistrer dans l&apos;espace de tra&amp;vail...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete from Workspace...</source>
        <translation>Su&amp;pprimer de l&apos;espace de travail...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Couper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>Co&amp;pier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find...</source>
        <translation>Rec&amp;hercher...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le précé&amp;dent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;eplace...</source>
        <translation>R&amp;emplacer...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Complete &amp;Word</source>
        <translation>Compléter le &amp;mot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Strategy</source>
        <translation>&amp;Stratégie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Run Backtest</source>
        <translation>&amp;Lancer le backtest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Optimise...</source>
        <translation>&amp;Optimiser...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark Theme</source>
        <translation>Thème &amp;sombre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Strategy Editor</source>
        <translation>Éditeur de stratégies</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has changes that are not saved. Save them first?</source>
        <translation>%1 comporte des modifications non enregistrées. Les enregistrer d&apos;abord ?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source># A new strategy. Declare parameters with `param`, then the rules:
# param fast = 20 in 5..100 step 5 &quot;Fast average&quot;
# buy when cross_above(sma(close, fast), sma(close, 50))
</source>
        <translation># Une nouvelle stratégie. Déclarez les paramètres avec `param`, puis les règles :
# param fast = 20 in 5..100 step 5 &quot;Moyenne rapide&quot;
# buy when cross_above(sma(close, fast), sma(close, 50))
</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+5"/>
        <location line="+132"/>
        <source>Open Rule File</source>
        <translation>Ouvrir un fichier de règles</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is larger than 1 MB; a rule file is a few lines.</source>
        <translation>%1 dépasse 1 Mo ; un fichier de règles ne fait que quelques lignes.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+121"/>
        <source>Save Rule File</source>
        <translation>Enregistrer le fichier de règles</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+5"/>
        <location line="+110"/>
        <source>Open from Workspace</source>
        <translation>Ouvrir depuis l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>The workspace has no strategy called %1.</source>
        <translation>L&apos;espace de travail ne contient aucune stratégie nommée %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+101"/>
        <location line="+7"/>
        <location line="+5"/>
        <source>Save to Workspace</source>
        <translation>Enregistrer dans l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Saved %1 in the workspace; it is listed in the strategy panel.</source>
        <translation>%1 enregistrée dans l&apos;espace de travail ; elle figure dans le panneau de stratégie.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+17"/>
        <location line="+3"/>
        <source>Delete from Workspace</source>
        <translation>Supprimer de l&apos;espace de travail</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Deleted %1 from the workspace.</source>
        <translation>%1 supprimée de l&apos;espace de travail.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the strategy %1 from the workspace? rutile-cli --strategy %1 will no longer find it.</source>
        <translation>Supprimer la stratégie %1 de l&apos;espace de travail ? rutile-cli --strategy %1 ne la trouvera plus.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The workspace has no saved strategies yet. Save one with File &gt; Save to Workspace.</source>
        <translation>L&apos;espace de travail ne contient encore aucune stratégie enregistrée. Enregistrez-en une avec Fichier &gt; Enregistrer dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Strategy:</source>
        <translation>Stratégie :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rule files (*.rule);;All files (*)</source>
        <translation>Fichiers de règles (*.rule);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rule files (*.rule)</source>
        <translation>Fichiers de règles (*.rule)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name (lower-case letters, digits and _; used by rutile-cli --strategy):</source>
        <translation>Nom (lettres minuscules, chiffres et _ ; utilisé par rutile-cli --strategy) :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the strategy %1 in the workspace?</source>
        <translation>Remplacer la stratégie %1 dans l&apos;espace de travail ?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No problems.</source>
        <translation>Aucun problème.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s).</source>
        <translation>
            <numerusform>%n problème.</numerusform>
            <numerusform>%n problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file has problems; the form shows the parameters of the last version that compiled.</source>
        <translation>Le fichier comporte des problèmes ; le formulaire affiche les paramètres de la dernière version compilée.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This strategy declares no parameters.</source>
        <translation>Cette stratégie ne déclare aucun paramètre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the file&apos;s param declarations; Run Backtest uses these values.</source>
        <translation>Issus des déclarations param du fichier ; Lancer le backtest utilise ces valeurs.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>fix the %n problem(s) first</source>
        <translation>
            <numerusform>corrigez d&apos;abord %n problème</numerusform>
            <numerusform>corrigez d&apos;abord les %n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+50"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Running %1...</source>
        <translation>Exécution de %1...</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (workspace)</source>
        <translation>%1 (espace de travail)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untitled, from the template %1</source>
        <translation>Sans titre, d’après le modèle %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1[*] — Strategy Editor</source>
        <translation>%1[*] — Éditeur de stratégies</translation>
    </message>
</context>
<context>
    <name>rutile::ui::StrategyPanel</name>
    <message>
        <location filename="../ui/backtest/StrategyPanel.cpp" line="+86"/>
        <source>&amp;Strategy:</source>
        <translation>&amp;Stratégie :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit &amp;Parameters...</source>
        <translation>Modifier les &amp;paramètres...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parameters:</source>
        <translation>Paramètres :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>S&amp;ymbol:</source>
        <translation>S&amp;ymbole :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hedge:</source>
        <translation>&amp;Couverture :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Beta, alpha and the benchmark curve are measured against this symbol</source>
        <translation>Le bêta, l&apos;alpha et la courbe de l&apos;indice de référence sont mesurés par rapport à ce symbole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Benchmark:</source>
        <translation>&amp;Indice de référence :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The risk-free rate of Sharpe, Sortino and alpha: the constant in the run settings, or the mean of a downloaded rate series (FRED&apos;s DGS3MO) over the bars traded</source>
        <translation>Le taux sans risque du Sharpe, du Sortino et de l&apos;alpha : la constante des réglages du backtest, ou la moyenne d&apos;une série de taux téléchargée (DGS3MO de la FRED) sur les barres négociées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Risk-free:</source>
        <translation>Taux sans &amp;risque :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first bar</source>
        <translation>première barre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last bar</source>
        <translation>dernière barre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First bar traded; earlier bars still warm the indicators up</source>
        <translation>Première barre négociée ; les barres antérieures servent toujours à amorcer les indicateurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit Se&amp;ttings...</source>
        <translation>Modifier les ré&amp;glages...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Costs, slippage, fills, stops, position sizing and the account</source>
        <translation>Coûts, glissement, exécutions, stops, dimensionnement des positions et compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Costs &amp;&amp; sizing:</source>
        <translation>Coûts &amp;&amp; dimensionnement :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Run Backtest</source>
        <translation>&amp;Lancer le backtest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Optimise...</source>
        <translation>&amp;Optimiser...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grid search over the strategy&apos;s parameters, with heatmap and deflated Sharpe ratio</source>
        <translation>Recherche par grille sur les paramètres de la stratégie, avec carte de chaleur et ratio de Sharpe déflaté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Walk-Forward...</source>
        <translation>&amp;Walk-forward...</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Rate in the run settings</source>
        <translation>Taux des réglages du backtest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (mean over the run)</source>
        <translation>%1 (moyenne sur l&apos;exécution)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1 (rule)</source>
        <translation>%1 (règles)</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>choose a strategy</source>
        <translation>choisissez une stratégie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open a workspace first</source>
        <translation>ouvrez d&apos;abord un espace de travail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose a symbol to trade</source>
        <translation>choisissez un symbole à négocier</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>choose a hedge symbol other than %1</source>
        <translation>choisissez un symbole de couverture autre que %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the first date (%1) is after the last (%2)</source>
        <translation>la première date (%1) est postérieure à la dernière (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Running %1 on %2...</source>
        <translation>Exécution de %1 sur %2...</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n round trip(s), Sharpe %1, CAGR %2 (%3 ms).</source>
        <translation>
            <numerusform>%n aller-retour, Sharpe %1, CAGR %2 (%3 ms).</numerusform>
            <numerusform>%n allers-retours, Sharpe %1, CAGR %2 (%3 ms).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rutile::ui::StrategyParamsDialog</name>
    <message>
        <location filename="../ui/backtest/StrategyParamsDialog.cpp" line="+19"/>
        <source>%1 Parameters</source>
        <translation>Paramètres de %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This strategy has no parameters.</source>
        <translation>Cette stratégie n&apos;a aucun paramètre.</translation>
    </message>
</context>
<context>
    <name>rutile::ui::SymbolTableModel</name>
    <message>
        <location filename="../ui/SymbolTableModel.cpp" line="+22"/>
        <source>Sample</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1 (synthetic)</source>
        <translation>%1 (synthétique)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded from %1 as %2</source>
        <translation>Téléchargé depuis %1 sous le nom %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last updated %1</source>
        <translation>Dernière mise à jour : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synthetic data generated by Rutile, not market data.</source>
        <translation>Données synthétiques générées par Rutile, pas des données de marché.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Symbol</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chg</source>
        <translation>Var.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chg %</source>
        <translation>Var. %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bars</source>
        <translation>Barres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>MàJ</translation>
    </message>
</context>
<context>
    <name>rutile::ui::TableCsvExport</name>
    <message>
        <location filename="../ui/TableCsvExport.cpp" line="+69"/>
        <source>Export table as CSV</source>
        <translation>Exporter le tableau en CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export as CSV...</source>
        <translation>Exporter en CSV...</translation>
    </message>
</context>
<context>
    <name>rutile::ui::TaskRunControls</name>
    <message>
        <location filename="../ui/TaskRunControls.cpp" line="+18"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>rutile::ui::TradeChartLink</name>
    <message>
        <location filename="../ui/backtest/TradeChartLink.cpp" line="+71"/>
        <source>long</source>
        <translation>longue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>short</source>
        <translation>courte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trade %1: %2 entry at %3 on %4</source>
        <translation>Transaction %1 : entrée %2 à %3 le %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trade %1: %2 exit at %3 on %4 (P&amp;L %5)</source>
        <translation>Transaction %1 : sortie %2 à %3 le %4 (P&amp;L %5)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stop-loss %1</source>
        <translation>Stop loss %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take-profit %1</source>
        <translation>Take profit %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trailing stop (initial) %1</source>
        <translation>Stop suiveur (initial) %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Trade %1: %2</source>
        <translation>Transaction %1 : %2</translation>
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
        <translation>Stop loss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take-profit</source>
        <translation>Take profit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trailing stop</source>
        <translation>Stop suiveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End of data</source>
        <translation>Fin des données</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Long</source>
        <translation>Longue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Short</source>
        <translation>Courte</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Select the trade to show it on the chart</source>
        <translation>Sélectionnez la transaction pour l&apos;afficher sur le graphique</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Symbol</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry date</source>
        <translation>Date d&apos;entrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry price</source>
        <translation>Prix d&apos;entrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit date</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit price</source>
        <translation>Prix de sortie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;L</source>
        <translation>P&amp;L</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return</source>
        <translation>Rendement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bars</source>
        <translation>Barres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit reason</source>
        <translation>Motif de sortie</translation>
    </message>
</context>
<context>
    <name>rutile::ui::VolumeAxisTicker</name>
    <message>
        <location filename="../ui/chart/VolumeAxisTicker.cpp" line="+27"/>
        <source>T</source>
        <translation>Bn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B</source>
        <translation>Md</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K</source>
        <translation>k</translation>
    </message>
</context>
<context>
    <name>rutile::ui::WalkForwardFoldModel</name>
    <message>
        <location filename="../ui/backtest/WalkForwardView.cpp" line="+119"/>
        <source>Fold</source>
        <translation>Pli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In-sample</source>
        <translation>Dans l&apos;échantillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out-of-sample</source>
        <translation>Hors échantillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Winner</source>
        <translation>Gagnant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IS %1</source>
        <translation>%1 dans l&apos;éch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IS CAGR</source>
        <translation>CAGR dans l&apos;éch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OOS CAGR</source>
        <translation>CAGR hors éch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OOS Sharpe</source>
        <translation>Sharpe hors éch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OOS max DD</source>
        <translation>DD max. hors éch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OOS trades</source>
        <translation>Transactions hors éch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Efficiency</source>
        <translation>Efficacité</translation>
    </message>
</context>
<context>
    <name>rutile::ui::WalkForwardView</name>
    <message>
        <location line="+46"/>
        <source>Run a walk-forward analysis: each in-sample window is optimised over the grid and the next out-of-sample window is traded with the winner.</source>
        <translation>Lancez une analyse walk-forward : chaque fenêtre dans l&apos;échantillon est optimisée sur la grille et la fenêtre hors échantillon suivante est négociée avec le gagnant.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n fold(s), %1 %2 out-of-sample bars</source>
        <translation>
            <numerusform>%n pli, %1 %2 barres hors échantillon</numerusform>
            <numerusform>%n plis, %1 %2 barres hors échantillon</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anchored,</source>
        <translation>ancré,</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rolling,</source>
        <translation>glissant,</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Out of sample: CAGR %1, Sharpe %2, max drawdown %3, %4 trades.</source>
        <translation>Hors échantillon : CAGR %1, Sharpe %2, drawdown max. %3, %4 transactions.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Walk-forward efficiency %1</source>
        <translation>Efficacité du walk-forward %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(undefined: the in-sample winners did not grow on average).</source>
        <translation>(indéfinie : les gagnants dans l&apos;échantillon n&apos;ont pas progressé en moyenne).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(0.5 or more is usually read as robust).</source>
        <translation>(0.5 ou plus est généralement considéré comme robuste).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(below 0.5: the in-sample optimum carries over poorly; likely over-fitted).</source>
        <translation>(en dessous de 0.5 : l&apos;optimum dans l&apos;échantillon se transpose mal ; probablement surajusté).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled: the folds finished before the cancel are shown.</source>
        <translation>Annulé : les plis terminés avant l&apos;annulation sont affichés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Out-of-sample (stitched)</source>
        <translation>Hors échantillon (raccordé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buy &amp; hold %1</source>
        <translation>Achat &amp; conservation %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>F%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <location line="+8"/>
        <source>there is no walk-forward result to export</source>
        <translation>il n&apos;y a aucun résultat de walk-forward à exporter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write the image</source>
        <translation>impossible d&apos;écrire l&apos;image</translation>
    </message>
</context>
<context>
    <name>rutile::ui::WatchlistBar</name>
    <message>
        <location filename="../ui/WatchlistBar.cpp" line="+36"/>
        <source>Show every symbol, or only the members of a watchlist</source>
        <translation>Afficher tous les symboles, ou seulement les membres d&apos;une liste de surveillance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make or delete watchlists</source>
        <translation>Créer ou supprimer des listes de surveillance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New Watchlist of the Symbol Shown...</source>
        <translation>&amp;Nouvelle liste de surveillance avec le symbole affiché...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New Watchlist of &amp;All Symbols...</source>
        <translation>Nouvelle liste de surveillance avec &amp;tous les symboles...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Delete the Watchlist Shown</source>
        <translation>&amp;Supprimer la liste de surveillance affichée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete Watchlist</source>
        <translation>Supprimer la liste de surveillance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the watchlist %1? Its symbols stay in the workspace.</source>
        <translation>Supprimer la liste de surveillance %1 ? Ses symboles restent dans l&apos;espace de travail.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot read the watchlists: %1</source>
        <translation>Impossible de lire les listes de surveillance : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All symbols</source>
        <translation>Tous les symboles</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot read the watchlist %1: %2</source>
        <translation>Impossible de lire la liste de surveillance %1 : %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New Watchlist</source>
        <translation>Nouvelle liste de surveillance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the watchlist:</source>
        <translation>Nom de la liste de surveillance :</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot change the watchlist %1: %2</source>
        <translation>Impossible de modifier la liste de surveillance %1 : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a symbol to start the watchlist %1 with.</source>
        <translation>Sélectionnez un symbole par lequel commencer la liste de surveillance %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is a watchlist %1 already</source>
        <translation>il existe déjà une liste de surveillance %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made the watchlist %1 of %2 symbols.</source>
        <translation>Liste de surveillance %1 de %2 symboles créée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no watchlist %1 any more</source>
        <translation>la liste de surveillance %1 n&apos;existe plus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added %1 to %2.</source>
        <translation>%1 ajouté à %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not in the watchlist %2</source>
        <translation>%1 ne figure pas dans la liste de surveillance %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removed %1, the last of %2: the watchlist is gone.</source>
        <translation>%1 retiré, le dernier de %2 : la liste de surveillance n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed %1 from %2.</source>
        <translation>%1 retiré de %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>there is no watchlist %1</source>
        <translation>il n&apos;existe aucune liste de surveillance %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted the watchlist %1.</source>
        <translation>Liste de surveillance %1 supprimée.</translation>
    </message>
</context>
<context>
    <name>rutile::ui::WatchlistView</name>
    <message>
        <location filename="../ui/WatchlistView.cpp" line="+73"/>
        <source>Export Bars of %1 as CSV...</source>
        <translation>Exporter les barres de %1 en CSV...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Update %1 from %2</source>
        <translation>Mettre à jour %1 depuis %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add %1 to &amp;Watchlist</source>
        <translation>Ajouter %1 à la &amp;liste de surveillance</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;New Watchlist...</source>
        <translation>&amp;Nouvelle liste de surveillance...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove %1 from %2</source>
        <translation>&amp;Retirer %1 de %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export Table as CSV...</source>
        <translation>Exporter le tableau en CSV...</translation>
    </message>
</context>
<context>
    <name>rutile::ui::WorkspaceWriter</name>
    <message>
        <location filename="../ui/WorkspaceWriter.cpp" line="+17"/>
        <source>the workspace file no longer exists</source>
        <translation>le fichier de l&apos;espace de travail n&apos;existe plus</translation>
    </message>
</context>
</TS>
