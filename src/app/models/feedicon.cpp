#include "app/models/feedicon.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>
#include <QStyle>

namespace tidings::app {
namespace {

constexpr int kIconSize = 16;

QIcon genericIcon()
{
    return QIcon::fromTheme(QStringLiteral("application-rss+xml"), QIcon(QStringLiteral(":/icons/feed.svg")));
}

QIcon badgeFor(FeedStatus status)
{
    QStyle *style = QApplication::style();
    switch (status) {
    case FeedStatus::Failing: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case FeedStatus::Gone: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case FeedStatus::Moved: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case FeedStatus::New:
    case FeedStatus::Ok: break;
    }
    return {};
}

} // namespace

QIcon feedIcon(const FeedRow &feed)
{
    QPixmap base;
    if (feed.icon.isEmpty() || !base.loadFromData(feed.icon))
        base = genericIcon().pixmap(kIconSize, kIconSize);
    else
        base = base.scaled(kIconSize, kIconSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    const QIcon badge = badgeFor(feed.status);
    if (badge.isNull())
        return QIcon(base);
    // Drawn once per reload and kept in the node, not per paint.
    QPixmap composed(kIconSize, kIconSize);
    composed.fill(Qt::transparent);
    QPainter painter(&composed);
    painter.drawPixmap((kIconSize - base.width()) / 2, (kIconSize - base.height()) / 2, base);
    const int badgeSize = kIconSize * 5 / 8;
    painter.drawPixmap(kIconSize - badgeSize, kIconSize - badgeSize, badge.pixmap(badgeSize, badgeSize));
    painter.end();
    return QIcon(composed);
}

} // namespace tidings::app
