#include "SymbolTableModel.h"

#include "TableCsvExport.h"
#include "net/Provider.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <cmath>

namespace rutile::ui {

namespace {

/// The provider's name for a downloaded symbol, "File" for an import, "Sample" for generated data.
QString sourceTitle(const SymbolInfo &s, bool shortName = false)
{
    if (const auto provider = net::providerFromName(s.source))
        return shortName ? net::providerShortTitle(*provider) : net::providerTitle(*provider);
    if (s.synthetic)
        return SymbolTableModel::tr("Sample");
    return s.lastUpdate.isValid() ? SymbolTableModel::tr("File") : QString();
}

/// The same as a machine-readable word for CSV: the provider's CLI name, "file" or "sample".
QString sourceName(const SymbolInfo &s)
{
    if (!s.source.isEmpty())
        return s.source;
    if (s.synthetic)
        return QStringLiteral("sample");
    return s.lastUpdate.isValid() ? QStringLiteral("file") : QString();
}

/// The time alone for an update today, the date alone before: what fits a narrow column.
QString compactTime(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    return local.date() == QDate::currentDate() ? QLocale().toString(local.time(), QLocale::ShortFormat)
                                                : QLocale().toString(local.date(), QLocale::ShortFormat);
}

QString signedText(const QString &text, double value)
{
    return value > 0 ? QLatin1Char('+') + text : text;
}

/// A number for sorting and CSV, or an empty cell (sorted first) when there is none.
QVariant numberOrEmpty(double value)
{
    return std::isfinite(value) ? QVariant(value) : QVariant();
}

} // namespace

SymbolTableModel::SymbolTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SymbolTableModel::setSymbols(std::vector<SymbolInfo> symbols)
{
    beginResetModel();
    m_symbols = std::move(symbols);
    endResetModel();
}

int SymbolTableModel::rowOf(const QString &symbol) const
{
    for (std::size_t i = 0; i < m_symbols.size(); ++i) {
        if (m_symbols[i].symbol == symbol)
            return static_cast<int>(i);
    }
    return -1;
}

int SymbolTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_symbols.size());
}

int SymbolTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SymbolTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SymbolInfo &s = m_symbols[static_cast<std::size_t>(index.row())];
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SymbolColumn:
            return s.synthetic ? tr("%1 (synthetic)").arg(s.symbol) : s.symbol;
        case CloseColumn:
            return std::isfinite(s.lastClose) ? QLocale().toString(s.lastClose, 'f', 2) : QString();
        case ChangeColumn:
            return std::isfinite(s.change()) ? signedText(QLocale().toString(s.change(), 'f', 2), s.change()) : QString();
        case ChangePercentColumn:
            return std::isfinite(s.changePercent())
                ? signedText(QLocale().toString(s.changePercent(), 'f', 2), s.changePercent()) + QLatin1Char('%')
                : QString();
        case BarsColumn:
            return QLocale().toString(s.bars);
        case FirstColumn:
            return QLocale().toString(s.firstDate, QLocale::ShortFormat);
        case LastColumn:
            return QLocale().toString(s.lastDate, QLocale::ShortFormat);
        case SourceColumn:
            return sourceTitle(s, true);
        case UpdatedColumn:
            return s.lastUpdate.isValid() ? compactTime(s.lastUpdate) : QString();
        }
        break;
    case SortRole:
    case kExportRole:
        switch (column) {
        case SymbolColumn:
            return s.symbol;
        case CloseColumn:
            return numberOrEmpty(s.lastClose);
        case ChangeColumn:
            return numberOrEmpty(s.change());
        case ChangePercentColumn:
            return numberOrEmpty(s.changePercent());
        case BarsColumn:
            return s.bars;
        case FirstColumn:
            return role == SortRole ? QVariant(s.firstDate) : QVariant(s.firstDate.toString(Qt::ISODate));
        case LastColumn:
            return role == SortRole ? QVariant(s.lastDate) : QVariant(s.lastDate.toString(Qt::ISODate));
        case SourceColumn:
            return role == SortRole ? QVariant(sourceTitle(s)) : QVariant(sourceName(s));
        case UpdatedColumn:
            return role == SortRole ? QVariant(s.lastUpdate)
                                    : QVariant(s.lastUpdate.isValid() ? s.lastUpdate.toUTC().toString(Qt::ISODate) : QString());
        }
        break;
    case SymbolRole:
        return s.symbol;
    case SyntheticRole:
        return s.synthetic;
    case RemoteSymbolRole:
        return s.remoteSymbol;
    case Qt::ForegroundRole:
        if ((column == ChangeColumn || column == ChangePercentColumn) && std::isfinite(s.change()) && s.change() != 0)
            return s.change() > 0 ? QColor(0x1b, 0x8a, 0x5a) : QColor(0xc6, 0x28, 0x28);
        break;
    case Qt::FontRole:
        if (s.synthetic) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = s.name.isEmpty() ? s.symbol : tr("%1 - %2").arg(s.symbol, s.name);
        if (!s.remoteSymbol.isEmpty())
            tip += QLatin1Char('\n') + tr("Downloaded from %1 as %2").arg(sourceTitle(s), s.remoteSymbol);
        if (s.lastUpdate.isValid())
            tip += QLatin1Char('\n') + tr("Last updated %1").arg(QLocale().toString(s.lastUpdate.toLocalTime(), QLocale::LongFormat));
        if (s.synthetic)
            tip += QLatin1Char('\n') + tr("Synthetic data generated by Rutile, not market data.");
        return tip;
    }
    case Qt::TextAlignmentRole:
        return column == SymbolColumn || column == SourceColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        break;
    }
    return {};
}

QVariant SymbolTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != kExportRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SymbolColumn:
        return tr("Symbol");
    case CloseColumn:
        return tr("Close");
    case ChangeColumn:
        return tr("Chg");
    case ChangePercentColumn:
        return tr("Chg %");
    case BarsColumn:
        return tr("Bars");
    case FirstColumn:
        return tr("From");
    case LastColumn:
        return tr("To");
    case SourceColumn:
        return tr("Source");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

} // namespace rutile::ui
