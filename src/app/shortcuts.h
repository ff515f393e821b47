#pragma once

// The keyboard map: every action of the main window with its default keys, the user's changes
// from the settings applied on top, and the help dialog that lists them.

#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;
class QWidget;

namespace tidings::app {

class AppSettings;

struct ShortcutEntry {
    QAction *action;
    QList<QKeySequence> defaults;
};

// Sets each action's shortcuts: the user's one when set, else the defaults.
void applyShortcuts(const QList<ShortcutEntry> &entries, const AppSettings &settings);

// A dialog listing every action and its keys (plain text).
void showShortcutsHelp(const QList<ShortcutEntry> &entries, QWidget *parent);

} // namespace tidings::app
