#include "app/dialogs/preferencesdialog.h"

#include "app/appsettings.h"
#include "core/i18n/translations.h"
#include "ui_preferencesdialog.h"

#include <QAction>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

namespace tidings::app {
namespace {

enum ShortcutColumn { ActionColumn, KeysColumn, DefaultColumn, ResetColumn, ShortcutColumnCount };

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts.append(key.toString(QKeySequence::NativeText));
    return texts.join(QLatin1String(", "));
}

// The text of a menu entry without its mnemonic markers ("&&" stays a literal '&').
QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x1f"));
    text.remove(u'&');
    text.replace(u'\x1f', u'&');
    return text;
}

} // namespace

PreferencesDialog::PreferencesDialog(AppSettings &settings, const QList<ShortcutEntry> &shortcuts, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->layoutCombo->addItem(tr("Wide: subscriptions, list and article side by side"), QStringLiteral("wide"));
    m_ui->layoutCombo->addItem(tr("Classic: the list above the article"), QStringLiteral("classic"));
    m_ui->themeCombo->addItem(tr("As the desktop is"), QStringLiteral("system"));
    m_ui->themeCombo->addItem(tr("Light"), QStringLiteral("light"));
    m_ui->themeCombo->addItem(tr("Dark"), QStringLiteral("dark"));
    fillLanguages();
    m_ui->conflictLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_ui->notifyScopeCombo->addItem(tr("Every feed, unless its properties say no"), QStringLiteral("all"));
    m_ui->notifyScopeCombo->addItem(tr("Only the feeds chosen in their properties"), QStringLiteral("chosen"));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    for (QAbstractButton *button : {static_cast<QAbstractButton *>(m_ui->markImmediatelyRadio),
                                    static_cast<QAbstractButton *>(m_ui->markAfterRadio),
                                    static_cast<QAbstractButton *>(m_ui->markNeverRadio),
                                    static_cast<QAbstractButton *>(m_ui->showTrayCheck),
                                    static_cast<QAbstractButton *>(m_ui->notifyCheck)})
        connect(button, &QAbstractButton::toggled, this, &PreferencesDialog::updateEnabledStates);
    connect(m_ui->resetAllShortcutsButton, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_shortcutRows.size(); ++row)
            resetShortcut(row);
    });

    load();
    fillShortcuts(shortcuts);
    updateEnabledStates();
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::load()
{
    m_ui->refreshIntervalSpin->setValue(m_settings.refreshIntervalMinutes());
    m_ui->refreshAtStartCheck->setChecked(m_settings.refreshAtStart());
    const int delay = m_settings.markReadDelayMs();
    m_ui->markImmediatelyRadio->setChecked(delay == 0);
    m_ui->markAfterRadio->setChecked(delay > 0);
    m_ui->markNeverRadio->setChecked(delay < 0);
    m_ui->markDelaySpin->setValue(delay > 0 ? qMax(1, (delay + 500) / 1000) : 2);
    m_ui->loadImagesCheck->setChecked(m_settings.loadRemoteImages());

    m_ui->showTrayCheck->setChecked(m_settings.showTrayIcon());
    m_ui->closeToTrayCheck->setChecked(m_settings.closeToTray());
    m_ui->minimizeToTrayCheck->setChecked(m_settings.minimizeToTray());
    m_ui->startMinimizedCheck->setChecked(m_settings.startMinimized());
    m_ui->unreadOnIconCheck->setChecked(m_settings.showUnreadOnIcon());
    m_ui->notifyScopeCombo->setCurrentIndex(m_settings.notifyScope() == NotifyScope::ChosenFeeds ? 1 : 0);
    m_ui->notifyCheck->setChecked(m_settings.notifyNewItems());
    m_ui->quietCheck->setChecked(m_settings.quietWhileFocused());

    m_ui->fontSizeSpin->setValue(m_settings.articleFontSizePx());
    m_ui->layoutCombo->setCurrentIndex(m_settings.layout() == PaneLayout::Classic ? 1 : 0);
    m_ui->themeCombo->setCurrentIndex(qMax(0, m_ui->themeCombo->findData(m_settings.themeName())));
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(m_settings.language())));
}

// Each language in its own name ("Deutsch", "Français"): who cannot read the current one must
// still find theirs.
void PreferencesDialog::fillLanguages()
{
    m_ui->languageCombo->addItem(tr("System default"), QString());
    QList<QPair<QString, QString>> languages;
    for (const QString &name : availableLanguages())
        languages.append({nativeLanguageName(name), name});
    std::sort(languages.begin(), languages.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto &[native, name] : languages)
        m_ui->languageCombo->addItem(native, name);
}

void PreferencesDialog::updateEnabledStates()
{
    m_ui->markDelaySpin->setEnabled(m_ui->markAfterRadio->isChecked());
    for (QWidget *trayOption : {static_cast<QWidget *>(m_ui->closeToTrayCheck),
                                static_cast<QWidget *>(m_ui->minimizeToTrayCheck),
                                static_cast<QWidget *>(m_ui->startMinimizedCheck),
                                static_cast<QWidget *>(m_ui->unreadOnIconCheck)})
        trayOption->setEnabled(m_ui->showTrayCheck->isChecked());
    for (QWidget *notifyOption : {static_cast<QWidget *>(m_ui->quietCheck),
                                  static_cast<QWidget *>(m_ui->notifyScopeLabel),
                                  static_cast<QWidget *>(m_ui->notifyScopeCombo)})
        notifyOption->setEnabled(m_ui->notifyCheck->isChecked());
}

// --- shortcuts ---------------------------------------------------------------------------------

void PreferencesDialog::fillShortcuts(const QList<ShortcutEntry> &shortcuts)
{
    QTableWidget *table = m_ui->shortcutTable;
    table->setColumnCount(ShortcutColumnCount);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys"), tr("Default"), QString()});
    table->setRowCount(int(shortcuts.size()));
    table->verticalHeader()->hide();
    m_settingEdits = true;
    for (int i = 0; i < shortcuts.size(); ++i) {
        const ShortcutEntry &entry = shortcuts.at(i);
        ShortcutRow row;
        row.name = entry.action->objectName();
        row.text = withoutMnemonic(entry.action->text());
        row.defaults = entry.defaults;
        row.stored = m_settings.shortcut(row.name);
        row.chosen = row.stored;

        auto *name = new QTableWidgetItem(row.text);
        name->setToolTip(entry.action->toolTip());
        table->setItem(i, ActionColumn, name);
        row.edit = new QKeySequenceEdit(table);
        row.edit->setObjectName(QStringLiteral("shortcut:") + row.name);
        row.edit->setClearButtonEnabled(true);
        row.edit->setKeySequence(row.chosen ? *row.chosen : row.defaults.value(0));
        table->setCellWidget(i, KeysColumn, row.edit);
        auto *defaults = new QTableWidgetItem(row.defaults.isEmpty() ? tr("None") : keysText(row.defaults));
        table->setItem(i, DefaultColumn, defaults);
        row.reset = new QToolButton(table);
        row.reset->setObjectName(QStringLiteral("reset:") + row.name);
        row.reset->setText(tr("Reset"));
        row.reset->setToolTip(tr("Back to the default keys"));
        table->setCellWidget(i, ResetColumn, row.reset);

        connect(row.edit, &QKeySequenceEdit::keySequenceChanged, this, [this, i] { onShortcutEdited(i); });
        connect(row.reset, &QToolButton::clicked, this, [this, i] { resetShortcut(i); });
        m_shortcutRows.append(row);
    }
    m_settingEdits = false;
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(ActionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(KeysColumn, QHeaderView::Fixed);
    header->resizeSection(KeysColumn, 150);
    header->setSectionResizeMode(DefaultColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ResetColumn, QHeaderView::ResizeToContents);
    updateShortcutState();
}

void PreferencesDialog::onShortcutEdited(int index)
{
    if (m_settingEdits)
        return;
    ShortcutRow &row = m_shortcutRows[index];
    const QKeySequence keys = row.edit->keySequence();
    // The default typed again is the default (with all its alternatives), not a custom key.
    const bool isDefault = row.defaults.isEmpty() ? keys.isEmpty() : keys == row.defaults.first();
    if (isDefault)
        row.chosen.reset();
    else
        row.chosen = keys;
    updateShortcutState();
}

void PreferencesDialog::resetShortcut(int index)
{
    ShortcutRow &row = m_shortcutRows[index];
    row.chosen.reset();
    m_settingEdits = true;
    row.edit->setKeySequence(row.defaults.value(0));
    m_settingEdits = false;
    updateShortcutState();
}

QList<QKeySequence> PreferencesDialog::effectiveKeys(const ShortcutRow &row) const
{
    if (!row.chosen)
        return row.defaults;
    return row.chosen->isEmpty() ? QList<QKeySequence>() : QList<QKeySequence>{*row.chosen};
}

QStringList PreferencesDialog::shortcutConflicts() const
{
    QStringList lines;
    for (int a = 0; a < m_shortcutRows.size(); ++a) {
        const QList<QKeySequence> keysA = effectiveKeys(m_shortcutRows.at(a));
        for (int b = a + 1; b < m_shortcutRows.size(); ++b) {
            for (const QKeySequence &key : effectiveKeys(m_shortcutRows.at(b))) {
                if (!key.isEmpty() && keysA.contains(key)) {
                    lines.append(tr("“%1” and “%2” both use %3.")
                                     .arg(m_shortcutRows.at(a).text, m_shortcutRows.at(b).text,
                                          key.toString(QKeySequence::NativeText)));
                }
            }
        }
    }
    return lines;
}

void PreferencesDialog::updateShortcutState()
{
    QSet<QString> clashing;
    const QStringList conflicts = shortcutConflicts();
    for (int a = 0; a < m_shortcutRows.size(); ++a) {
        const QList<QKeySequence> keysA = effectiveKeys(m_shortcutRows.at(a));
        for (int b = 0; b < m_shortcutRows.size(); ++b) {
            if (a == b)
                continue;
            for (const QKeySequence &key : effectiveKeys(m_shortcutRows.at(b))) {
                if (!key.isEmpty() && keysA.contains(key))
                    clashing.insert(m_shortcutRows.at(a).name);
            }
        }
    }
    for (int i = 0; i < m_shortcutRows.size(); ++i) {
        const ShortcutRow &row = m_shortcutRows.at(i);
        row.reset->setEnabled(row.chosen.has_value());
        QTableWidgetItem *name = m_ui->shortcutTable->item(i, ActionColumn);
        const bool clash = clashing.contains(row.name);
        name->setForeground(clash ? QBrush(QColor(0xc6, 0x28, 0x28)) : QBrush());
        name->setIcon(clash ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    }
    if (conflicts.isEmpty()) {
        m_ui->conflictLabel->clear();
        m_ui->conflictLabel->hide();
    } else {
        m_ui->conflictLabel->setText(conflicts.join(u'\n') + u'\n'
                                     + tr("Give one of them other keys before saving."));
        m_ui->conflictLabel->show();
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(conflicts.isEmpty());
}

// --- saving ------------------------------------------------------------------------------------

int PreferencesDialog::chosenMarkReadDelayMs() const
{
    if (m_ui->markImmediatelyRadio->isChecked())
        return 0;
    if (m_ui->markNeverRadio->isChecked())
        return -1;
    // A delay stored in milliseconds that shows as the same whole second is kept as it was.
    const int stored = m_settings.markReadDelayMs();
    const int seconds = m_ui->markDelaySpin->value();
    return stored > 0 && qMax(1, (stored + 500) / 1000) == seconds ? stored : seconds * 1000;
}

PreferenceChanges PreferencesDialog::save()
{
    PreferenceChanges changes;
    const auto update = [&changes](PreferenceChange change, auto current, auto chosen, auto write) {
        if (current != chosen) {
            write(chosen);
            changes |= change;
        }
    };
    AppSettings &s = m_settings;
    update(PreferenceChange::Refresh, s.refreshIntervalMinutes(), m_ui->refreshIntervalSpin->value(),
           [&s](int v) { s.setRefreshIntervalMinutes(v); });
    update(PreferenceChange::Refresh, s.refreshAtStart(), m_ui->refreshAtStartCheck->isChecked(),
           [&s](bool v) { s.setRefreshAtStart(v); });
    update(PreferenceChange::Reading, s.markReadDelayMs(), chosenMarkReadDelayMs(),
           [&s](int v) { s.setMarkReadDelayMs(v); });
    update(PreferenceChange::Images, s.loadRemoteImages(), m_ui->loadImagesCheck->isChecked(),
           [&s](bool v) { s.setLoadRemoteImages(v); });
    update(PreferenceChange::Tray, s.showTrayIcon(), m_ui->showTrayCheck->isChecked(),
           [&s](bool v) { s.setShowTrayIcon(v); });
    update(PreferenceChange::Tray, s.closeToTray(), m_ui->closeToTrayCheck->isChecked(),
           [&s](bool v) { s.setCloseToTray(v); });
    update(PreferenceChange::Tray, s.minimizeToTray(), m_ui->minimizeToTrayCheck->isChecked(),
           [&s](bool v) { s.setMinimizeToTray(v); });
    update(PreferenceChange::Tray, s.startMinimized(), m_ui->startMinimizedCheck->isChecked(),
           [&s](bool v) { s.setStartMinimized(v); });
    update(PreferenceChange::Tray, s.showUnreadOnIcon(), m_ui->unreadOnIconCheck->isChecked(),
           [&s](bool v) { s.setShowUnreadOnIcon(v); });
    const NotifyScope scope = m_ui->notifyScopeCombo->currentData().toString() == QLatin1String("chosen")
                                  ? NotifyScope::ChosenFeeds : NotifyScope::AllFeeds;
    update(PreferenceChange::Tray, s.notifyScope(), scope, [&s](NotifyScope v) { s.setNotifyScope(v); });
    update(PreferenceChange::Tray, s.notifyNewItems(), m_ui->notifyCheck->isChecked(),
           [&s](bool v) { s.setNotifyNewItems(v); });
    update(PreferenceChange::Tray, s.quietWhileFocused(), m_ui->quietCheck->isChecked(),
           [&s](bool v) { s.setQuietWhileFocused(v); });
    update(PreferenceChange::Appearance, s.articleFontSizePx(), m_ui->fontSizeSpin->value(),
           [&s](int v) { s.setArticleFontSizePx(v); });
    const PaneLayout layout = m_ui->layoutCombo->currentData().toString() == QLatin1String("classic")
                                  ? PaneLayout::Classic : PaneLayout::Wide;
    update(PreferenceChange::Layout, s.layout(), layout, [&s](PaneLayout v) { s.setLayout(v); });
    update(PreferenceChange::Theme, s.themeName(), m_ui->themeCombo->currentData().toString(),
           [&s](const QString &v) { s.setThemeName(v); });
    update(PreferenceChange::Language, s.language(), m_ui->languageCombo->currentData().toString(),
           [&s](const QString &v) { s.setLanguage(v); });
    for (ShortcutRow &row : m_shortcutRows) {
        if (row.chosen != row.stored) {
            s.setShortcut(row.name, row.chosen);
            row.stored = row.chosen;
            changes |= PreferenceChange::Shortcuts;
        }
    }
    s.raw().sync();
    return changes;
}

void PreferencesDialog::accept()
{
    if (!shortcutConflicts().isEmpty()) {
        m_ui->pages->setCurrentWidget(m_ui->shortcutsPage);
        return;
    }
    m_changes = save();
    emit applied(m_changes);
    QDialog::accept();
}

} // namespace tidings::app
