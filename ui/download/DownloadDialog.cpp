#include "DownloadDialog.h"

#include "RecentFolders.h"
#include "data/Symbol.h"
#include "data/SymbolList.h"
#include "net/NetworkSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QVBoxLayout>

namespace rutile::ui {

namespace {

const QString kRecentKey = QStringLiteral("download/recentSymbols");
constexpr int kRecentKept = 20;

} // namespace

DownloadDialog::DownloadDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Download History"));
    setObjectName(QStringLiteral("downloadDialog"));

    m_symbols = new QComboBox(this);
    m_symbols->setObjectName(QStringLiteral("downloadSymbols"));
    m_symbols->setEditable(true);
    m_symbols->setInsertPolicy(QComboBox::NoInsert);
    m_symbols->addItems(recentSymbols());
    m_symbols->setCurrentText(QString());
    m_symbols->lineEdit()->setPlaceholderText(tr("^RUT ^GSPC IWM"));
    m_symbols->setMinimumContentsLength(28);

    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("downloadProvider"));
    for (net::Provider p : {net::Provider::Yahoo, net::Provider::Stooq, net::Provider::Fred})
        m_provider->addItem(net::providerTitle(p), static_cast<int>(p));

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    QPalette muted = m_hint->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_hint->setPalette(muted);

    m_allHistory = new QCheckBox(tr("&All history"), this);
    m_allHistory->setChecked(true);
    m_from = new QDateEdit(QDate::currentDate().addYears(-5), this);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_toToday = new QCheckBox(tr("Up to t&oday"), this);
    m_toToday->setChecked(true);
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *fromRow = new QHBoxLayout;
    fromRow->addWidget(m_allHistory);
    fromRow->addWidget(m_from, 1);
    auto *toRow = new QHBoxLayout;
    toRow->addWidget(m_toToday);
    toRow->addWidget(m_to, 1);

    m_apiKeyLabel = new QLabel(tr("Stooq API &key:"), this);
    m_apiKey = new QLineEdit(net::NetworkSettings::load().stooqApiKey, this);
    m_apiKey->setObjectName(QStringLiteral("stooqApiKey"));
    m_apiKey->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_apiKey->setPlaceholderText(tr("kept in the settings, never in the workspace"));
    m_apiKeyLabel->setBuddy(m_apiKey);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("downloadProblem"));
    m_problem->setWordWrap(true);
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_problem->setPalette(warn);

    auto *fromFile = new QPushButton(tr("From &File..."), this);
    fromFile->setObjectName(QStringLiteral("symbolsFromFile"));
    fromFile->setToolTip(tr("Take the symbols of a watchlist file: spaces, commas or lines; '#' starts a comment"));
    connect(fromFile, &QPushButton::clicked, this, [this] {
        const QString path = askOpenFileName(this, FolderKind::Import, tr("Symbols from File"),
                                             tr("Symbol lists (*.txt *.csv);;All files (*)"));
        if (!path.isEmpty())
            (void)loadSymbolList(path); // a bad file is named in the dialog
    });
    auto *symbolsRow = new QHBoxLayout;
    symbolsRow->addWidget(m_symbols, 1);
    symbolsRow->addWidget(fromFile);

    auto *form = new QFormLayout;
    auto *symbolsLabel = new QLabel(tr("&Symbols:"), this);
    symbolsLabel->setBuddy(m_symbols);
    form->addRow(symbolsLabel, symbolsRow);
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(QString(), m_hint);
    form->addRow(tr("From:"), fromRow);
    form->addRow(tr("To:"), toRow);
    form->addRow(m_apiKeyLabel, m_apiKey);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Download"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_symbols, &QComboBox::currentTextChanged, this, &DownloadDialog::updateState);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &DownloadDialog::updateState);
    connect(m_allHistory, &QCheckBox::toggled, this, &DownloadDialog::updateState);
    connect(m_toToday, &QCheckBox::toggled, this, &DownloadDialog::updateState);
    connect(m_from, &QDateEdit::dateChanged, this, &DownloadDialog::updateState);
    connect(m_to, &QDateEdit::dateChanged, this, &DownloadDialog::updateState);
    connect(m_apiKey, &QLineEdit::textChanged, this, &DownloadDialog::updateState);
    updateState();
}

void DownloadDialog::setSymbolsText(const QString &text)
{
    m_symbols->setCurrentText(text);
}

Status DownloadDialog::loadSymbolList(const QString &path)
{
    const auto symbols = readSymbolList(path);
    if (!symbols) {
        m_problem->setText(symbols.error().toString());
        return symbols.error();
    }
    m_symbols->setCurrentText(symbols->join(QLatin1Char(' ')));
    return {};
}

void DownloadDialog::setProvider(net::Provider provider)
{
    m_provider->setCurrentIndex(m_provider->findData(static_cast<int>(provider)));
}

net::Provider DownloadDialog::provider() const
{
    return static_cast<net::Provider>(m_provider->currentData().toInt());
}

QStringList DownloadDialog::symbolList() const
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return m_symbols->currentText().split(separators, Qt::SkipEmptyParts);
}

QString DownloadDialog::problem() const
{
    const QStringList symbols = symbolList();
    if (symbols.isEmpty())
        return tr("Type one or more symbols, separated by spaces or commas.");
    for (const QString &s : symbols) {
        if (const auto canonical = parseSymbol(s); !canonical)
            return canonical.error().message;
    }
    if (!m_allHistory->isChecked() && !m_toToday->isChecked() && m_from->date() > m_to->date())
        return tr("The first date is after the last one.");
    if (provider() == net::Provider::Stooq && m_apiKey->text().trimmed().isEmpty())
        return tr("Stooq needs an API key: get one at stooq.com and paste it here.");
    return {};
}

std::vector<DownloadJob> DownloadDialog::jobs() const
{
    std::vector<DownloadJob> jobs;
    if (!problem().isEmpty())
        return jobs;
    for (const QString &s : symbolList()) {
        net::HistoryQuery query;
        query.provider = provider();
        query.remoteSymbol = s;
        query.from = m_allHistory->isChecked() ? QDate() : m_from->date();
        query.to = m_toToday->isChecked() ? QDate() : m_to->date();
        query.apiKey = m_apiKey->text().trimmed();
        jobs.push_back(DownloadJob{query, {}});
    }
    return jobs;
}

void DownloadDialog::updateState()
{
    switch (provider()) {
    case net::Provider::Yahoo:
        m_hint->setText(tr("As Yahoo Finance writes them: ^RUT, ^GSPC, ^VIX, IWM. Prices with dividends and "
                           "splits; the caret is dropped when stored (^RUT becomes RUT)."));
        break;
    case net::Provider::Stooq:
        m_hint->setText(tr("As Stooq writes them: spy.us, iwm.us, ^spx. Needs a free API key from stooq.com."));
        break;
    case net::Provider::Fred:
        m_hint->setText(tr("FRED series ids: DGS3MO (3-month Treasury), DGS10, FEDFUNDS. Values, not prices; "
                           "usable as the risk-free rate."));
        break;
    }
    const bool stooq = provider() == net::Provider::Stooq;
    m_apiKeyLabel->setVisible(stooq);
    m_apiKey->setVisible(stooq);
    m_from->setEnabled(!m_allHistory->isChecked());
    m_to->setEnabled(!m_toToday->isChecked());
    const QString why = problem();
    // Say nothing about an empty field: the disabled button says enough until the user types.
    m_problem->setText(m_symbols->currentText().trimmed().isEmpty() ? QString() : why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void DownloadDialog::accept()
{
    if (!problem().isEmpty())
        return;
    rememberSymbols({m_symbols->currentText().simplified()});
    if (provider() == net::Provider::Stooq) {
        net::NetworkSettings settings = net::NetworkSettings::load();
        if (settings.stooqApiKey != m_apiKey->text().trimmed()) {
            settings.stooqApiKey = m_apiKey->text().trimmed();
            settings.save();
        }
    }
    QDialog::accept();
}

QStringList DownloadDialog::recentSymbols()
{
    return QSettings().value(kRecentKey).toStringList();
}

void DownloadDialog::rememberSymbols(const QStringList &symbols)
{
    QStringList recent = recentSymbols();
    for (const QString &s : symbols) {
        recent.removeAll(s);
        recent.prepend(s);
    }
    while (recent.size() > kRecentKept)
        recent.removeLast();
    QSettings().setValue(kRecentKey, recent);
}

} // namespace rutile::ui
