#include "EmptyStatePanel.h"

#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rutile::ui {

EmptyStatePanel::EmptyStatePanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyStatePanel"));

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("emptyStateCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setMaximumWidth(560);

    auto *icon = new QLabel(card);
    icon->setPixmap(QIcon(QStringLiteral(":/rutile/rutile.svg")).pixmap(72, 72));
    icon->setAlignment(Qt::AlignCenter);

    auto *title = m_title = new QLabel(card);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);

    auto *text = new QLabel(tr("Explore Rutile with the sample workspace - two synthetic indices covering "
                               "decades of daily bars, clearly marked as not market data - download the "
                               "real history of the Russell 2000 and the S&P 500, or import your own from a "
                               "CSV file (Yahoo Finance, yfinance, Stooq or any other CSV with dates and prices)."),
        card);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);

    m_detail = new QLabel(card);
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette muted = m_detail->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_detail->setPalette(muted);

    m_sample = new QPushButton(tr("Open the &sample workspace"), card);
    m_sample->setObjectName(QStringLiteral("openSampleButton"));
    m_sample->setDefault(true);
    m_import = new QPushButton(tr("&Import history..."), card);
    m_import->setObjectName(QStringLiteral("importHistoryButton"));
    m_download = new QPushButton(tr("&Download the Russell 2000 and the S&&P 500"), card);
    m_download->setObjectName(QStringLiteral("downloadIndexesButton"));
    m_download->setToolTip(tr("Daily history of ^RUT and ^GSPC from Yahoo Finance, stored as RUT and GSPC"));
    for (QPushButton *b : {m_sample, m_import, m_download})
        b->setMinimumHeight(b->sizeHint().height() + 8);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_sample);
    buttons->addSpacing(12);
    buttons->addWidget(m_import);
    buttons->addStretch(1);
    auto *downloadRow = new QHBoxLayout;
    downloadRow->addStretch(1);
    downloadRow->addWidget(m_download);
    downloadRow->addStretch(1);

    auto *dropHint = new QLabel(tr("Or drop CSV files, or a workspace, onto this window."), card);
    dropHint->setObjectName(QStringLiteral("dropHint"));
    dropHint->setAlignment(Qt::AlignCenter);
    dropHint->setWordWrap(true);

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(32, 28, 32, 28);
    cardLayout->setSpacing(14);
    cardLayout->addWidget(icon);
    cardLayout->addWidget(title);
    cardLayout->addWidget(text);
    cardLayout->addSpacing(6);
    cardLayout->addLayout(buttons);
    cardLayout->addLayout(downloadRow);
    cardLayout->addWidget(dropHint);
    cardLayout->addWidget(m_detail);

    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 4);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    setWorkspacePath({});

    connect(m_sample, &QPushButton::clicked, this, &EmptyStatePanel::openSampleRequested);
    connect(m_import, &QPushButton::clicked, this, &EmptyStatePanel::importRequested);
    connect(m_download, &QPushButton::clicked, this, &EmptyStatePanel::downloadIndexesRequested);
}

void EmptyStatePanel::setWorkspacePath(const QString &path)
{
    m_title->setText(path.isEmpty() ? tr("No workspace is open") : tr("This workspace has no price history yet"));
    m_detail->setText(path.isEmpty() ? tr("Use File > Open Workspace or File > New Workspace for your own data.")
                                     : tr("Workspace: %1").arg(QDir::toNativeSeparators(path)));
    m_import->setVisible(!path.isEmpty());
    m_download->setVisible(!path.isEmpty());
}

} // namespace rutile::ui
