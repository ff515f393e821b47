#pragma once

// The star column of the item list: a star instead of a check box (the model keeps the check
// state, which is what accessibility tools and tests read), toggled by a click on the cell.

#include <QStyledItemDelegate>

namespace tidings::app {

class StarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
};

} // namespace tidings::app
