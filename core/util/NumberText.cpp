#include "util/NumberText.h"

#include <QLocale>

#include <cmath>

namespace rutile {

QString shortestNumberText(double value)
{
    if (value == std::trunc(value) && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace rutile
