#include "app/shortcuts.h"

#include "app/appsettings.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tidings::app {

void applyShortcuts(const QList<ShortcutEntry> &entries, const AppSettings &settings)
{
    for (const ShortcutEntry &entry : entries) {
        const std::optional<QKeySequence> custom = settings.shortcut(entry.action->objectName());
        entry.action->setShortcuts(!custom ? entry.defaults
                                           : custom->isEmpty() ? QList<QKeySequence>() : QList<QKeySequence>{*custom});
        // Single letters must work wherever the focus is in the window, not only in the menu.
        entry.action->setShortcutContext(Qt::WindowShortcut);
    }
}

void showShortcutsHelp(const QList<ShortcutEntry> &entries, QWidget *parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(QDialog::tr("Keyboard Shortcuts"));
    auto *table = new QTableWidget(int(entries.size()), 2, &dialog);
    table->setHorizontalHeaderLabels({QDialog::tr("Action"), QDialog::tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    for (int row = 0; row < entries.size(); ++row) {
        const QAction *action = entries[row].action;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        table->setItem(row, 0, new QTableWidgetItem(action->text().remove(u'&')));
        table->setItem(row, 1, new QTableWidgetItem(keys.join(QLatin1String(", "))));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(520, 560);
    dialog.exec();
}

} // namespace tidings::app
