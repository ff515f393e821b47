#pragma once

// The tray icon with the unread count drawn on it: the app icon with a red badge in its lower right
// corner. Drawn per size and device pixel ratio (not a scaled bitmap), so it is sharp at 2x.

#include <QIcon>
#include <QImage>

namespace tidings::app {

class UnreadBadge
{
public:
    // Pixmaps drawn at every size a tray asks for, 1x and 2x (16 to 128 device pixels).
    static QIcon icon(const QIcon &base, int unread);
    // One rendering: `logicalSize` square at `devicePixelRatio`; no badge when unread <= 0.
    static QImage image(const QIcon &base, int unread, int logicalSize, qreal devicePixelRatio);
    // What the badge says: the count, "99+" above 99 (it has to fit a 16 px icon).
    static QString label(int unread);
};

} // namespace tidings::app
