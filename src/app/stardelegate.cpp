#include "app/stardelegate.h"

#include <QApplication>
#include <QIcon>
#include <QMouseEvent>
#include <QPainter>

namespace tidings::app {

void StarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.features &= ~QStyleOptionViewItem::HasCheckIndicator;
    background.text.clear();
    background.icon = QIcon();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const bool starred = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    static const QIcon full(QStringLiteral(":/icons/star.svg"));
    static const QIcon outline(QStringLiteral(":/icons/star-outline.svg"));
    const int size = qMin(16, option.rect.height() - 2);
    const QRect target(option.rect.center().x() - size / 2, option.rect.center().y() - size / 2, size, size);
    // The outline only where the pointer is, so that a long list is not a column of grey stars.
    if (starred)
        full.paint(painter, target);
    else if (option.state & QStyle::State_MouseOver)
        outline.paint(painter, target);
}

bool StarDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                               const QModelIndex &index)
{
    if (event->type() != QEvent::MouseButtonRelease)
        return event->type() == QEvent::MouseButtonDblClick;   // a double click must not open the item
    auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton || !option.rect.contains(mouse->position().toPoint()))
        return false;
    const bool starred = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    return model->setData(index, starred ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

} // namespace tidings::app
