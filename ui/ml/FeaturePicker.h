#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;
class QListWidget;
class QPushButton;

namespace rutile::ui {

/// The ML Lab's features: a preset (the seed's four, the scale-free set, or Custom) and the list
/// it fills, each row a feature written as the CLI writes it (sma:50, macd:12,26,9.signal, ret:5,
/// ratio:sma:200, lag:1:rsi:14) and editable in place; Add offers every indicator of the
/// registry with its default parameters and the three transforms.
class FeaturePicker : public QWidget {
    Q_OBJECT
public:
    explicit FeaturePicker(QWidget *parent = nullptr);

    QStringList features() const;
    void setFeatures(const QStringList &features);
    /// The preset whose list is shown, or empty for Custom.
    QString presetName() const;

    QComboBox *presetBox() const { return m_preset; }
    QComboBox *addBox() const { return m_add; }
    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_addButton; }
    QPushButton *removeButton() const { return m_removeButton; }

signals:
    void featuresChanged();

private:
    void matchPreset();

    QComboBox *m_preset;
    QListWidget *m_list;
    QComboBox *m_add;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    bool m_updating = false;
};

} // namespace rutile::ui
