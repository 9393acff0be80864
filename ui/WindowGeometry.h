#pragma once

// The one rule for the size and place of Rutile's top-level windows: a window opens at its
// preferred size, but never larger than kScreenShare of the available area (the screen less
// task bars and docks) of the screen it opens on, and centred there; a saved geometry is
// restored only when it still fits on a screen (a window saved on a large monitor opens at
// its default size on a laptop instead of cut off or squeezed to the screen's edges).

#include <QByteArray>
#include <QRect>
#include <QSize>
#include <QString>

#include <optional>

class QScreen;
class QWidget;

namespace rutile::ui {

/// The largest share of the available width and height a window takes by default: room is
/// left for the window frame and to see what lies behind.
inline constexpr double kScreenShare = 0.9;

/// `preferred`, each side at most `share` of `available`'s.
QSize boundedSize(QSize preferred, const QRect &available, double share = kScreenShare);

/// True when `frame` lies wholly inside `available`.
bool fitsOn(const QRect &frame, const QRect &available);

/// The frame geometry recorded in `saved` (what QWidget::saveGeometry() returns), or nothing
/// when `saved` is not such a record.
std::optional<QRect> savedFrameGeometry(const QByteArray &saved);

/// The screen `window` opens on: its parent window's, else its own (the primary screen for a
/// window never shown).
QScreen *screenFor(const QWidget *window);

/// Resizes the top-level `window` to boundedSize(preferred) of its screen's available geometry
/// (never below the window's minimum size) and centres it over its parent window, moved as
/// little as needed to lie inside the available geometry (centred on the screen without a parent).
void applyDefaultGeometry(QWidget *window, QSize preferred, double share = kScreenShare);

/// Restores `saved` (QWidget::saveGeometry()) when the frame it records fits inside the
/// available geometry of the screen under its centre; returns false, changing nothing,
/// otherwise (also for an empty or unreadable record).
bool restoreGeometryIfFits(QWidget *window, const QByteArray &saved);

/// Everything a secondary window needs: applyDefaultGeometry(preferred), then the geometry saved
/// in QSettings under `settingsKey` when it fits; the geometry is saved there again when the
/// window is closed and when the application quits.
void manageWindowGeometry(QWidget *window, const QString &settingsKey, QSize preferred);

} // namespace rutile::ui
