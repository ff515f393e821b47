#pragma once

// "Preferences", over AppSettings: refreshing, reading (when an item counts as read, remote
// images), appearance (article text size, layout, theme, language: the latter at the next start),
// the keyboard map (every action of the main window, its keys editable, conflicts refused) and
// the tray and notification options.
// Nothing is written before OK; OK writes what differs and says what changed (changes(),
// applied()), so the main window re-applies only that.

#include "app/shortcuts.h"

#include <QDialog>
#include <QFlags>
#include <QStringList>

#include <memory>
#include <optional>

namespace Ui {
class PreferencesDialog;
}

class QKeySequenceEdit;
class QToolButton;

namespace tidings::app {

class AppSettings;

enum class PreferenceChange {
    Refresh = 0x01,      // the refresh interval, refreshing at start
    Reading = 0x02,      // when an item is marked read
    Images = 0x04,       // the global remote-images default
    Appearance = 0x08,   // the article text size
    Layout = 0x10,
    Theme = 0x20,
    Shortcuts = 0x40,
    Tray = 0x80,         // tray icon and notification options
    Language = 0x100,    // applies at the next start
};
Q_DECLARE_FLAGS(PreferenceChanges, PreferenceChange)
Q_DECLARE_OPERATORS_FOR_FLAGS(PreferenceChanges)

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // `shortcuts`: the main window's actions with their default keys; their object names are the
    // settings keys, their texts the names shown.
    PreferencesDialog(AppSettings &settings, const QList<ShortcutEntry> &shortcuts, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    PreferenceChanges changes() const { return m_changes; }   // after accept(): what OK wrote
    // Lines naming the actions that share keys now; OK is refused while there are any.
    QStringList shortcutConflicts() const;

    void accept() override;

signals:
    void applied(tidings::app::PreferenceChanges changes);

private:
    struct ShortcutRow {
        QString name;                          // the action's object name
        QString text;                          // what the reader sees
        QList<QKeySequence> defaults;
        std::optional<QKeySequence> stored;    // what the settings say (nullopt: the defaults)
        std::optional<QKeySequence> chosen;    // what the page says now
        QKeySequenceEdit *edit = nullptr;
        QToolButton *reset = nullptr;
    };

    void load();
    void fillLanguages();
    void fillShortcuts(const QList<ShortcutEntry> &shortcuts);
    void onShortcutEdited(int row);
    void resetShortcut(int row);
    void updateShortcutState();
    QList<QKeySequence> effectiveKeys(const ShortcutRow &row) const;
    void updateEnabledStates();
    int chosenMarkReadDelayMs() const;
    PreferenceChanges save();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    AppSettings &m_settings;
    QList<ShortcutRow> m_shortcutRows;
    bool m_settingEdits = false;   // edits changed by the dialog itself, not by the reader
    PreferenceChanges m_changes;
};

} // namespace tidings::app

Q_DECLARE_METATYPE(tidings::app::PreferenceChanges)
