#include "app/tray/unreadbadge.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace tidings::app {

QString UnreadBadge::label(int unread)
{
    return unread > 99 ? QStringLiteral("99+") : QString::number(unread);
}

QImage UnreadBadge::image(const QIcon &base, int unread, int logicalSize, qreal devicePixelRatio)
{
    const int device = qRound(logicalSize * devicePixelRatio);
    QImage image(device, device, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    // The SVG is rendered at the device size itself, not a 1x pixmap scaled up.
    const QPixmap icon = base.pixmap(QSize(logicalSize, logicalSize), devicePixelRatio);
    painter.drawPixmap(QRectF(0, 0, logicalSize, logicalSize), icon, QRectF(icon.rect()));
    if (unread <= 0)
        return image;

    // In logical pixels from here: the painter maps them to device pixels.
    const QString text = label(unread);
    const qreal height = logicalSize * 0.58;
    QFont font;
    font.setBold(true);
    font.setPixelSize(qMax(6, qRound(height * 0.78)));
    font.setHintingPreference(QFont::PreferNoHinting);
    QFontMetricsF metrics(font);
    // Wider counts shrink the font rather than cover the whole icon.
    const qreal maxWidth = logicalSize * 0.95;
    qreal textWidth = metrics.horizontalAdvance(text);
    const qreal padding = height * 0.22;
    if (textWidth + 2 * padding > maxWidth) {
        font.setPixelSize(qMax(5, int(font.pixelSize() * (maxWidth - 2 * padding) / textWidth)));
        metrics = QFontMetricsF(font);
        textWidth = metrics.horizontalAdvance(text);
    }
    const qreal width = qBound(height, textWidth + 2 * padding, maxWidth);
    const QRectF badge(logicalSize - width, logicalSize - height, width, height);
    QPainterPath path;
    path.addRoundedRect(badge.adjusted(0.5, 0.5, -0.5, -0.5), height / 2, height / 2);
    painter.fillPath(path, QColor(0xd3, 0x2f, 0x2f));
    // A thin light rim keeps the badge apart from a dark or a red icon.
    painter.setPen(QPen(QColor(255, 255, 255, 230), qMax(1.0, logicalSize / 32.0)));
    painter.drawPath(path);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, text);
    return image;
}

QIcon UnreadBadge::icon(const QIcon &base, int unread)
{
    // Each size drawn for itself, the 2x tray sizes (32, 44, 48) too, so no tray scales a badge up.
    QIcon icon;
    for (int size : {16, 20, 22, 24, 32, 40, 44, 48, 64, 96, 128})
        icon.addPixmap(QPixmap::fromImage(image(base, unread, size, 1.0)));
    return icon;
}

} // namespace tidings::app
