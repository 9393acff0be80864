#include "util/JsonNumber.h"

#include <cmath>

namespace rutile {

QJsonValue jsonNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

} // namespace rutile
