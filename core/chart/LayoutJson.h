#pragma once

// Reading the chart layout's JSON (ChartLayout.cpp, Drawing.cpp): each reader names the key
// it could not use, as "chart layout: 'log_scale' must be true or false". Internal to
// core/chart.

#include "util/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace rutile::chart::layout_json {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::chart::ChartLayout)
};

inline Error invalidInput(const QString &message)
{
    return Error::invalidInput(Text::tr("chart layout: %1").arg(message));
}

template<typename T> Result<T> read(const QJsonObject &o, const QString &key, T fallback);

template<> inline Result<bool> read(const QJsonObject &o, const QString &key, bool fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isBool())
        return invalidInput(Text::tr("'%1' must be true or false").arg(key));
    return v.toBool();
}

template<> inline Result<double> read(const QJsonObject &o, const QString &key, double fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isDouble())
        return invalidInput(Text::tr("'%1' must be a number").arg(key));
    return v.toDouble();
}

template<> inline Result<QString> read(const QJsonObject &o, const QString &key, QString fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isString())
        return invalidInput(Text::tr("'%1' must be a string").arg(key));
    return v.toString();
}

inline Result<QDate> readDate(const QJsonObject &o, const QString &key)
{
    Result<QString> text = read<QString>(o, key, QString());
    if (!text)
        return text.error();
    if (text->isEmpty())
        return QDate();
    const QDate d = QDate::fromString(*text, Qt::ISODate);
    if (!d.isValid())
        return invalidInput(Text::tr("'%1' must be a date as YYYY-MM-DD, found '%2'").arg(key, *text));
    return d;
}

// Unwraps a Result<T> into `target` or returns its error from the enclosing function.
#define RUTILE_READ(target, expression)                                                                                \
    do {                                                                                                               \
        auto rutileValue_ = (expression);                                                                              \
        if (!rutileValue_)                                                                                             \
            return rutileValue_.error();                                                                               \
        target = std::move(*rutileValue_);                                                                             \
    } while (false)

} // namespace rutile::chart::layout_json
