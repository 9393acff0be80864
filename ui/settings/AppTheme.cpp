#include "settings/AppTheme.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace rutile::ui {

namespace {

const QString kThemeKey = QStringLiteral("ui/theme");
const QString kLegacyChartThemeKey = QStringLiteral("chart/theme");

/// What the platform gave the application, to go back to from dark: set on the first switch to
/// dark only, so that a light start leaves Qt following the desktop's palette.
struct Platform {
    QString styleName;
    QPalette palette;
    bool captured = false;
};

Platform &platform()
{
    static Platform p;
    return p;
}

Theme &current()
{
    static Theme theme = Theme::Light;
    return theme;
}

QPalette darkPalette()
{
    const QColor window(0x2d, 0x2f, 0x33), base(0x1f, 0x21, 0x24), text(0xe6, 0xe6, 0xe6);
    const QColor highlight(0x2f, 0x7d, 0xd1), disabledText(0x80, 0x80, 0x80);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3f, 0x42, 0x47));
    p.setColor(QPalette::Mid, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return p;
}

struct BannerColours {
    const char *border, *background, *text;
};

} // namespace

Theme savedTheme()
{
    const QSettings settings;
    const QString name = settings.value(kThemeKey, settings.value(kLegacyChartThemeKey)).toString();
    return name == QLatin1String("dark") ? Theme::Dark : Theme::Light;
}

void saveTheme(Theme theme)
{
    QSettings settings;
    settings.setValue(kThemeKey, theme == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light"));
    settings.remove(kLegacyChartThemeKey);
}

void applyTheme(Theme theme)
{
    if (theme == current())
        return;
    current() = theme;
    Platform &p = platform();
    if (theme == Theme::Dark) {
        if (!p.captured) {
            p = {QApplication::style()->name(), QApplication::palette(), true};
        }
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    } else if (p.captured) {
        QApplication::setStyle(QStyleFactory::create(p.styleName));
        QApplication::setPalette(p.palette);
    }
}

Theme currentTheme()
{
    return current();
}

bool isDarkPalette()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

QString textStyle(Tone tone)
{
    const bool dark = isDarkPalette();
    switch (tone) {
    case Tone::Neutral: return QString();
    case Tone::Good: return QStringLiteral("color: %1;").arg(dark ? QStringLiteral("#81c784") : QStringLiteral("#2e7d32"));
    case Tone::Bad: return QStringLiteral("color: %1;").arg(dark ? QStringLiteral("#ff8a80") : QStringLiteral("#b3261e"));
    case Tone::Warning: return QStringLiteral("color: %1;").arg(dark ? QStringLiteral("#ffcc80") : QStringLiteral("#9a4d00"));
    }
    return QString();
}

QString bannerStyle(Tone tone)
{
    // {border, background, text} on a light and on a dark palette.
    static constexpr BannerColours light[] = {{"#d0d0d0", "#f6f6f6", "#404040"}, {"#8fcf9f", "#e8f6ec", "#1b5e20"},
                                              {"#e09a9a", "#fdecea", "#8b1a1a"}, {"#f0d090", "#fff4d6", "#7a4a00"}};
    static constexpr BannerColours dark[] = {{"#55595f", "#383b40", "#e0e0e0"}, {"#3f7d4e", "#1e3326", "#a5d6a7"},
                                             {"#8e4646", "#3a2121", "#f6b6b0"}, {"#8c6d2c", "#3a311f", "#ffd89a"}};
    const BannerColours &c = (isDarkPalette() ? dark : light)[static_cast<int>(tone)];
    return QStringLiteral("QLabel { padding: 5px 8px; border-radius: 3px; border: 1px solid %1; background: %2; color: %3; }")
        .arg(QLatin1String(c.border), QLatin1String(c.background), QLatin1String(c.text));
}

} // namespace rutile::ui
