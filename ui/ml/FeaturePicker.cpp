#include "ml/FeaturePicker.h"

#include "indicators/IndicatorRegistry.h"
#include "ml/Dataset.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>

namespace rutile::ui {

FeaturePicker::FeaturePicker(QWidget *parent)
    : QWidget(parent)
{
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("featurePreset"));
    for (const ml::FeatureSet &set : ml::featureSets())
        m_preset->addItem(set.label, set.name);
    m_preset->addItem(tr("Custom"), QString());
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("featureList"));
    m_list->setToolTip(tr("Double-click a feature to edit it: an indicator spec (sma:50, macd:12,26,9.signal), "
                          "ret:N, ratio:SPEC or lag:K:FEATURE"));
    const int row = m_list->fontMetrics().height() + 2;
    m_list->setMinimumHeight(row * 4 + 8);
    m_list->setMaximumHeight(row * 8 + 8);
    m_add = new QComboBox(this);
    m_add->setObjectName(QStringLiteral("featureAddChoice"));
    for (const indicators::IndicatorDescriptor &d : indicators::IndicatorRegistry::builtIn().all()) {
        const QString args = formatPositional(d.params, defaultValues(d.params));
        const QString spec = args.isEmpty() ? d.name : d.name + u':' + args;
        m_add->addItem(QStringLiteral("%1 — %2").arg(spec, d.displayName), spec);
    }
    const std::pair<QString, QString> transforms[] = {
        {QStringLiteral("ret:5"), tr("return over 5 bars")},
        {QStringLiteral("ratio:sma:50"), tr("close over SMA 50")},
        {QStringLiteral("lag:1:rsi:14"), tr("RSI 14 one bar earlier")},
    };
    for (const auto &[spec, label] : transforms)
        m_add->insertItem(0, QStringLiteral("%1 — %2").arg(spec, label), spec);
    m_add->setCurrentIndex(0);
    for (QComboBox *box : {m_preset, m_add}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(14);
    }
    m_addButton = new QPushButton(tr("Add"), this);
    m_addButton->setObjectName(QStringLiteral("featureAdd"));
    m_removeButton = new QPushButton(tr("Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("featureRemove"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preset, 0, 0, 1, 3);
    layout->addWidget(m_list, 1, 0, 1, 3);
    layout->addWidget(m_add, 2, 0);
    layout->addWidget(m_addButton, 2, 1);
    layout->addWidget(m_removeButton, 2, 2);
    layout->setColumnStretch(0, 1);

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_updating || index < 0 || std::size_t(index) >= ml::featureSets().size())
            return; // Custom keeps the list as it is
        setFeatures(ml::featureSets()[std::size_t(index)].features);
    });
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        QStringList now = features();
        now << m_add->currentData().toString();
        setFeatures(now);
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem()) {
            delete item;
            matchPreset();
            emit featuresChanged();
        }
    });
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (m_updating)
            return;
        matchPreset();
        emit featuresChanged();
    });
    setFeatures(ml::defaultFeatures());
}

QStringList FeaturePicker::features() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        const QString text = m_list->item(i)->text().trimmed();
        if (!text.isEmpty())
            out << text;
    }
    return out;
}

void FeaturePicker::setFeatures(const QStringList &features)
{
    m_updating = true;
    m_list->clear();
    for (const QString &f : features) {
        auto *item = new QListWidgetItem(f, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_updating = false;
    matchPreset();
    emit featuresChanged();
}

QString FeaturePicker::presetName() const
{
    return m_preset->currentData().toString();
}

void FeaturePicker::matchPreset()
{
    const QStringList now = features();
    int index = m_preset->count() - 1; // Custom
    for (std::size_t i = 0; i < ml::featureSets().size(); ++i)
        if (ml::featureSets()[i].features == now)
            index = int(i);
    m_updating = true;
    m_preset->setCurrentIndex(index);
    m_updating = false;
}

} // namespace rutile::ui
