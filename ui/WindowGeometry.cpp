#include "WindowGeometry.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QDataStream>
#include <QGuiApplication>
#include <QPointer>
#include <QScreen>
#include <QSettings>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace rutile::ui {

QSize boundedSize(QSize preferred, const QRect &available, double share)
{
    const int width = int(std::floor(available.width() * share));
    const int height = int(std::floor(available.height() * share));
    return {std::min(preferred.width(), width), std::min(preferred.height(), height)};
}

bool fitsOn(const QRect &frame, const QRect &available)
{
    return frame.isValid() && available.contains(frame);
}

std::optional<QRect> savedFrameGeometry(const QByteArray &saved)
{
    // The head of QWidget::saveGeometry()'s record, unchanged since Qt 4.2 (versions 1 to 3
    // only appended fields): magic number, major and minor version, then the frame geometry.
    // Qt's own restoreGeometry() squeezes a frame that no longer fits onto the screen, edge to
    // edge, so whether it fits has to be read before restoring.
    QDataStream stream(saved);
    stream.setVersion(QDataStream::Qt_4_0);
    quint32 magic = 0;
    quint16 major = 0;
    quint16 minor = 0;
    QRect frame;
    stream >> magic >> major >> minor >> frame;
    if (stream.status() != QDataStream::Ok || magic != 0x1D9D0CB || major < 1 || major > 3)
        return std::nullopt;
    return frame;
}

QScreen *screenFor(const QWidget *window)
{
    if (const QWidget *parent = window->parentWidget())
        return parent->window()->screen();
    return window->screen();
}

void applyDefaultGeometry(QWidget *window, QSize preferred, double share)
{
    QScreen *screen = screenFor(window);
    if (!screen)
        return; // no screen at all: nothing to bound by
    // A window opens on the primary screen unless told otherwise, even with a parent elsewhere.
    window->setScreen(screen);
    const QRect available = screen->availableGeometry();
    const QSize size = boundedSize(preferred, available, share).expandedTo(window->minimumSize());
    window->resize(size);
    QRect placed(QPoint(), size);
    const QWidget *parent = window->parentWidget();
    placed.moveCenter(parent && parent->isVisible() ? parent->window()->frameGeometry().center() : available.center());
    // Into the available area, the top edge first: the title bar is where the window is moved.
    placed.moveLeft(std::max(available.left(), std::min(placed.left(), available.right() + 1 - size.width())));
    placed.moveTop(std::max(available.top(), std::min(placed.top(), available.bottom() + 1 - size.height())));
    window->move(placed.topLeft());
}

bool restoreGeometryIfFits(QWidget *window, const QByteArray &saved)
{
    const std::optional<QRect> frame = savedFrameGeometry(saved);
    if (!frame)
        return false;
    const QScreen *screen = QGuiApplication::screenAt(frame->center());
    if (!screen || !fitsOn(*frame, screen->availableGeometry()))
        return false;
    return window->restoreGeometry(saved);
}

namespace {

QString settingsPath(const QString &key)
{
    return QStringLiteral("windows/%1/geometry").arg(key);
}

// Saves the window's geometry when it is closed: a window closed with its parent or left open
// at quit gets no close event, so the application's aboutToQuit saves it too.
class GeometryKeeper : public QObject {
public:
    GeometryKeeper(QWidget *window, const QString &key)
        : QObject(window)
        , m_window(window)
        , m_key(key)
    {
        window->installEventFilter(this);
        connect(qApp, &QCoreApplication::aboutToQuit, this, &GeometryKeeper::save);
    }

    void save() const
    {
        if (m_window && m_window->isVisible())
            QSettings().setValue(settingsPath(m_key), m_window->saveGeometry());
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::Close)
            save();
        return QObject::eventFilter(watched, event);
    }

private:
    QPointer<QWidget> m_window;
    QString m_key;
};

} // namespace

void manageWindowGeometry(QWidget *window, const QString &settingsKey, QSize preferred)
{
    applyDefaultGeometry(window, preferred);
    restoreGeometryIfFits(window, QSettings().value(settingsPath(settingsKey)).toByteArray());
    new GeometryKeeper(window, settingsKey);
}

} // namespace rutile::ui
