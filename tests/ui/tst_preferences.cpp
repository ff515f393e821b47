// Feed Properties and Preferences driven like a person would (typing, choosing, clicking OK) on a
// real profile in a temporary folder: what OK writes is read back from the store and from a fresh
// AppSettings on the same folder; refusals are said inside the dialog, which stays open; the main
// window opens both and applies what changed. Screenshots go to $TIDINGS_SCREENSHOTS when set.

#include "app/appsettings.h"
#include "app/article/articlescheme.h"
#include "app/article/articleview.h"
#include "app/dialogs/feedpropertiesdialog.h"
#include "app/dialogs/preferencesdialog.h"
#include "app/mainwindow.h"
#include "app/models/itemlistmodel.h"
#include "app/models/subscriptionmodel.h"
#include "core/i18n/translations.h"

#include "../support/scriptedhttpserver.h"
#include "../unit/tst_storehelpers.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QToolButton>
#include <QTranslator>

using namespace tidings;
using namespace tidings::app;
using namespace storetest;

namespace {

const QString kHostileTitle = QStringLiteral("<img src=\"file:///etc/hosts\"><b>Bold</b> & <a href=\"https://x\">x</a>");

template<typename T>
T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no %s", name);
    return found;
}

void clickOk(QDialog &dialog)
{
    QPushButton *ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

// Where a person clicks a check box or radio button: on its box, not the middle of a wide row.
void clickButton(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

void saveScreenshot(QWidget &widget, const QString &name)
{
    QString folder = qEnvironmentVariable("TIDINGS_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    widget.grab().save(folder + u'/' + name + QStringLiteral(".png"));
}

FeedRow feedRow(const Store &store, qint64 id)
{
    for (const FeedRow &row : store.feeds().rows) {
        if (row.id == id)
            return row;
    }
    return {};
}

// Every label that shows something with markup in it must show it as text (threats.md §5).
void verifyLabelsArePlainText(QWidget &dialog)
{
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().contains(u'<'))
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    }
}

} // namespace

class TstPreferences : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void preferencesAreWrittenOnOkOnly();
    void shortcutsEditConflictResetAndClear();
    void feedPropertiesWriteTheOptions();
    void subscribedAddressIsRefusedInline();
    void notAWebAddressIsRefusedInline();
    void hostileFeedTextIsPlainText();
    void mainWindowOpensBothAndApplies();
    void perFeedImageChoiceReachesTheArticle();
    void optInNotificationsThroughTheDialogs();
    void chosenLanguageSpeaksAtTheNextStart();

private:
    QList<ShortcutEntry> makeShortcuts();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    QList<QAction *> m_actions;
};

void TstPreferences::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Store>();
    QCOMPARE(m_store->open(m_dir->path()), QString());
}

void TstPreferences::cleanup()
{
    qDeleteAll(m_actions);
    m_actions.clear();
    m_store.reset();
    m_dir.reset();
}

QList<ShortcutEntry> TstPreferences::makeShortcuts()
{
    const auto make = [this](const char *name, const QString &text) {
        auto *action = new QAction(text);
        action->setObjectName(QLatin1String(name));
        m_actions.append(action);
        return action;
    };
    return {
        {make("nextItemAction", QStringLiteral("&Next Item")), {QKeySequence(Qt::Key_J)}},
        {make("previousItemAction", QStringLiteral("&Previous Item")), {QKeySequence(Qt::Key_K)}},
        {make("refreshAllAction", QStringLiteral("&Refresh All")), {QKeySequence(Qt::Key_R), QKeySequence(Qt::Key_F5)}},
        {make("importOpmlAction", QStringLiteral("&Import OPML…")), {}},
    };
}

void TstPreferences::preferencesAreWrittenOnOkOnly()
{
    {
        AppSettings settings(m_dir->path());
        PreferencesDialog dialog(settings, makeShortcuts());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The defaults are what the pages show first.
        QCOMPARE(child<QSpinBox>(dialog, "refreshIntervalSpin")->value(), 60);
        QVERIFY(child<QRadioButton>(dialog, "markImmediatelyRadio")->isChecked());
        QVERIFY(!child<QSpinBox>(dialog, "markDelaySpin")->isEnabled());
        QVERIFY(child<QCheckBox>(dialog, "loadImagesCheck")->isChecked());
        QVERIFY(!child<QCheckBox>(dialog, "closeToTrayCheck")->isEnabled());   // no tray icon, nothing to close to
        saveScreenshot(dialog, QStringLiteral("preferences-general"));
        child<QSpinBox>(dialog, "refreshIntervalSpin")->setValue(0);
        dialog.reject();
    }
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("settings.ini")))
            || !AppSettings(m_dir->path()).raw().contains(QStringLiteral("refresh/intervalMinutes")));

    AppSettings settings(m_dir->path());
    PreferencesDialog dialog(settings, makeShortcuts());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy applied(&dialog, &PreferencesDialog::applied);
    QSpinBox *interval = child<QSpinBox>(dialog, "refreshIntervalSpin");
    interval->setValue(0);
    QCOMPARE(interval->text(), QStringLiteral("Only when I refresh"));
    child<QCheckBox>(dialog, "refreshAtStartCheck")->setChecked(false);
    clickButton(child<QRadioButton>(dialog, "markAfterRadio"));
    QVERIFY(child<QSpinBox>(dialog, "markDelaySpin")->isEnabled());
    child<QSpinBox>(dialog, "markDelaySpin")->setValue(3);
    child<QCheckBox>(dialog, "loadImagesCheck")->setChecked(false);
    clickButton(child<QCheckBox>(dialog, "showTrayCheck"));
    QVERIFY(child<QCheckBox>(dialog, "closeToTrayCheck")->isEnabled());
    child<QCheckBox>(dialog, "closeToTrayCheck")->setChecked(true);
    child<QCheckBox>(dialog, "startMinimizedCheck")->setChecked(true);
    child<QCheckBox>(dialog, "quietCheck")->setChecked(false);
    child<QTabWidget>(dialog, "pages")->setCurrentIndex(1);
    child<QSpinBox>(dialog, "fontSizeSpin")->setValue(20);
    selectData(child<QComboBox>(dialog, "layoutCombo"), QStringLiteral("classic"));
    selectData(child<QComboBox>(dialog, "themeCombo"), QStringLiteral("dark"));
    // Every catalogue, each language in its own name, after the system's; the system's first.
    QComboBox *language = child<QComboBox>(dialog, "languageCombo");
    QCOMPARE(language->currentData().toString(), QString());
    QStringList languages;
    for (int i = 0; i < language->count(); ++i)
        languages.append(language->itemText(i) + u'=' + language->itemData(i).toString());
    QStringList offered{QStringLiteral("System default=")};
    for (const char *name : {"de", "en", "es", "fr"})   // tst_translations checks the names themselves
        offered.append(tidings::nativeLanguageName(QLatin1String(name)) + u'=' + QLatin1String(name));
    QCOMPARE(languages, offered);
    selectData(language, QStringLiteral("fr"));
    saveScreenshot(dialog, QStringLiteral("preferences-appearance"));
    clickOk(dialog);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const PreferenceChanges expected = PreferenceChange::Refresh | PreferenceChange::Reading | PreferenceChange::Images
        | PreferenceChange::Tray | PreferenceChange::Appearance | PreferenceChange::Layout | PreferenceChange::Theme
        | PreferenceChange::Language;
    QCOMPARE(dialog.changes(), expected);
    QCOMPARE(applied.size(), 1);

    // A fresh reader of the same profile's settings.ini sees all of it.
    const AppSettings fresh(m_dir->path());
    QCOMPARE(fresh.refreshIntervalMinutes(), 0);
    QCOMPARE(fresh.refreshAtStart(), false);
    QCOMPARE(fresh.markReadDelayMs(), 3000);
    QCOMPARE(fresh.loadRemoteImages(), false);
    QCOMPARE(fresh.showTrayIcon(), true);
    QCOMPARE(fresh.closeToTray(), true);
    QCOMPARE(fresh.startMinimized(), true);
    QCOMPARE(fresh.notifyNewItems(), true);
    QCOMPARE(fresh.quietWhileFocused(), false);
    QCOMPARE(fresh.articleFontSizePx(), 20);
    QCOMPARE(fresh.layout(), PaneLayout::Classic);
    QCOMPARE(fresh.themeName(), QStringLiteral("dark"));
    QCOMPARE(fresh.language(), QStringLiteral("fr"));

    // Never automatically; and OK without a change says so.
    {
        PreferencesDialog again(settings, makeShortcuts());
        again.show();
        QCOMPARE(child<QSpinBox>(again, "markDelaySpin")->value(), 3);
        clickButton(child<QRadioButton>(again, "markNeverRadio"));
        clickOk(again);
        QCOMPARE(again.changes(), PreferenceChanges(PreferenceChange::Reading));
        QCOMPARE(AppSettings(m_dir->path()).markReadDelayMs(), -1);
    }
    PreferencesDialog unchanged(settings, makeShortcuts());
    unchanged.show();
    clickOk(unchanged);
    QCOMPARE(unchanged.changes(), PreferenceChanges());
}

void TstPreferences::shortcutsEditConflictResetAndClear()
{
    AppSettings settings(m_dir->path());
    PreferencesDialog dialog(settings, makeShortcuts());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    child<QTabWidget>(dialog, "pages")->setCurrentIndex(2);
    auto *next = child<QKeySequenceEdit>(dialog, "shortcut:nextItemAction");
    auto *previous = child<QKeySequenceEdit>(dialog, "shortcut:previousItemAction");
    auto *refresh = child<QKeySequenceEdit>(dialog, "shortcut:refreshAllAction");
    auto *import = child<QKeySequenceEdit>(dialog, "shortcut:importOpmlAction");
    QLabel *conflict = child<QLabel>(dialog, "conflictLabel");
    QPushButton *ok = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    QCOMPARE(next->keySequence(), QKeySequence(Qt::Key_J));
    QVERIFY(!child<QToolButton>(dialog, "reset:nextItemAction")->isEnabled());   // nothing to reset yet
    QVERIFY(conflict->isHidden());

    // K typed for "Next Item" is "Previous Item"'s key: said, and OK refused.
    next->setFocus();
    QTest::keyClick(next, Qt::Key_K);
    QTRY_VERIFY(!conflict->isHidden());
    QVERIFY2(conflict->text().contains(QStringLiteral("“Next Item” and “Previous Item” both use K")),
             qPrintable(conflict->text()));
    QCOMPARE(conflict->textFormat(), Qt::PlainText);
    QVERIFY(!ok->isEnabled());
    QCOMPARE(dialog.shortcutConflicts().size(), 1);
    saveScreenshot(dialog, QStringLiteral("preferences-shortcuts-conflict"));
    dialog.accept();   // refused while the keys clash
    QVERIFY(dialog.isVisible());
    QCOMPARE(AppSettings(m_dir->path()).shortcut(QStringLiteral("nextItemAction")), std::nullopt);

    // Reset to default clears the conflict.
    QTest::mouseClick(child<QToolButton>(dialog, "reset:nextItemAction"), Qt::LeftButton);
    QCOMPARE(next->keySequence(), QKeySequence(Qt::Key_J));
    QVERIFY(conflict->isHidden());
    QVERIFY(ok->isEnabled());

    // F5, one of "Refresh All"'s two defaults, for "Import OPML": a conflict with the second default.
    import->setFocus();
    QTest::keyClick(import, Qt::Key_F5);
    QTRY_VERIFY(!conflict->isHidden());
    QVERIFY(conflict->text().contains(QStringLiteral("“Refresh All” and “Import OPML…” both use F5")));
    // Refresh All gets Ctrl+G alone; "Previous Item" no keys at all; Import keeps F5.
    refresh->setFocus();
    refresh->clear();
    QTest::keyClick(refresh, Qt::Key_G, Qt::ControlModifier);
    QTRY_VERIFY(conflict->isHidden());
    previous->clear();
    QVERIFY(ok->isEnabled());
    clickOk(dialog);
    QVERIFY(dialog.changes() & PreferenceChange::Shortcuts);

    const AppSettings fresh(m_dir->path());
    QCOMPARE(fresh.shortcut(QStringLiteral("nextItemAction")), std::nullopt);   // the default
    QCOMPARE(fresh.shortcut(QStringLiteral("refreshAllAction")), QKeySequence(Qt::CTRL | Qt::Key_G));
    QCOMPARE(fresh.shortcut(QStringLiteral("importOpmlAction")), QKeySequence(Qt::Key_F5));
    QCOMPARE(fresh.shortcut(QStringLiteral("previousItemAction")), QKeySequence());   // none at all

    // The keys as the window applies them.
    const QList<ShortcutEntry> entries = makeShortcuts();
    applyShortcuts(entries, fresh);
    QCOMPARE(entries.at(0).action->shortcuts(), QList<QKeySequence>{QKeySequence(Qt::Key_J)});
    QCOMPARE(entries.at(1).action->shortcuts(), QList<QKeySequence>());
    QCOMPARE(entries.at(2).action->shortcuts(), QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_G)});

    // Reset All puts every default back.
    PreferencesDialog again(settings, makeShortcuts());
    again.show();
    QCOMPARE(child<QKeySequenceEdit>(again, "shortcut:previousItemAction")->keySequence(), QKeySequence());
    QTest::mouseClick(child<QPushButton>(again, "resetAllShortcutsButton"), Qt::LeftButton);
    clickOk(again);
    for (const char *name : {"nextItemAction", "previousItemAction", "refreshAllAction", "importOpmlAction"})
        QCOMPARE(AppSettings(m_dir->path()).shortcut(QLatin1String(name)), std::nullopt);
}

void TstPreferences::feedPropertiesWriteTheOptions()
{
    const qint64 news = sync(*m_store, [&](Completion done) { m_store->addFolder({QStringLiteral("News")}, done); }).id;
    sync(*m_store, [&](Completion done) { m_store->addFolder({QStringLiteral("News"), QStringLiteral("Tech")}, done); });
    const qint64 feed = addFeed(*m_store, QStringLiteral("https://example.org/feed.xml"));
    QVERIFY(storeFeed(*m_store, feed, makeFeed(0, 4)).ok);

    FeedPropertiesDialog dialog(*m_store, feedRow(*m_store, feed), true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLineEdit *title = child<QLineEdit>(dialog, "titleEdit");
    QCOMPARE(title->text(), QString());
    QCOMPARE(title->placeholderText(), QStringLiteral("Generated feed"));   // the feed's own title
    QCOMPARE(child<QLineEdit>(dialog, "urlEdit")->text(), QStringLiteral("https://example.org/feed.xml"));
    QComboBox *folder = child<QComboBox>(dialog, "folderCombo");
    QCOMPARE(folder->count(), 3);   // none, News, News / Tech
    QCOMPARE(folder->itemText(2), QStringLiteral("News / Tech"));
    QCOMPARE(child<QLabel>(dialog, "statusValue")->text(), QStringLiteral("Working"));
    QCOMPARE(child<QLabel>(dialog, "siteValue")->text(), QStringLiteral("https://example.org/"));
    QCOMPARE(child<QLabel>(dialog, "itemsValue")->text(), QStringLiteral("4 in all, 4 unread"));
    QCOMPARE(child<QLabel>(dialog, "lastErrorValue")->text(), QStringLiteral("None"));
    saveScreenshot(dialog, QStringLiteral("feed-properties"));

    QTest::keyClicks(title, QStringLiteral("My news"));
    selectData(folder, news);
    selectData(child<QComboBox>(dialog, "intervalCombo"), 360);
    selectData(child<QComboBox>(dialog, "imagesCombo"), 0);
    clickButton(child<QCheckBox>(dialog, "notifyCheck"));
    QSignalSpy finished(&dialog, &QDialog::finished);
    clickOk(dialog);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().toInt(), int(QDialog::Accepted));

    FeedRow row = feedRow(*m_store, feed);
    QCOMPARE(row.title, QStringLiteral("My news"));
    QVERIFY(row.titleFromUser);
    QCOMPARE(row.folderPath, QStringList{QStringLiteral("News")});
    QCOMPARE(row.updateIntervalMinutes, 360);
    QCOMPARE(row.loadImages, std::optional<bool>(false));
    QVERIFY(!row.notify);
    QCOMPARE(row.url, QStringLiteral("https://example.org/feed.xml"));

    // Opened again, the form shows what was saved; emptying the title gives the feed's own back.
    FeedPropertiesDialog again(*m_store, row, false);
    again.show();
    QCOMPARE(child<QLineEdit>(again, "titleEdit")->text(), QStringLiteral("My news"));
    QCOMPARE(child<QComboBox>(again, "folderCombo")->currentText(), QStringLiteral("News"));
    QCOMPARE(child<QComboBox>(again, "intervalCombo")->currentData().toInt(), 360);
    QCOMPARE(child<QComboBox>(again, "imagesCombo")->currentData().toInt(), 0);
    QVERIFY(!child<QCheckBox>(again, "notifyCheck")->isChecked());
    child<QLineEdit>(again, "titleEdit")->clear();
    selectData(child<QComboBox>(again, "imagesCombo"), -1);
    selectData(child<QComboBox>(again, "folderCombo"), 0);
    QSignalSpy againFinished(&again, &QDialog::finished);
    clickOk(again);
    QVERIFY(againFinished.wait(5000));
    row = feedRow(*m_store, feed);
    QVERIFY(!row.titleFromUser);
    QVERIFY(!row.loadImages.has_value());
    QVERIFY(row.folderPath.isEmpty());
    QCOMPARE(again.savedOptions().url, QStringLiteral("https://example.org/feed.xml"));
}

void TstPreferences::subscribedAddressIsRefusedInline()
{
    const qint64 feed = addFeed(*m_store, QStringLiteral("https://example.org/feed.xml"));
    const qint64 other = addFeed(*m_store, QStringLiteral("https://example.org/other.xml"));
    QVERIFY(sync(*m_store, [&](Completion done) { m_store->renameFeed(other, QStringLiteral("The Other"), done); }).ok);
    FeedPropertiesDialog dialog(*m_store, feedRow(*m_store, feed), true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QLineEdit *url = child<QLineEdit>(dialog, "urlEdit");
    url->selectAll();
    QTest::keyClicks(url, QStringLiteral("https://example.org/other.xml"));
    QTest::keyClicks(child<QLineEdit>(dialog, "titleEdit"), QStringLiteral("Not saved"));
    QLabel *error = child<QLabel>(dialog, "errorLabel");
    QVERIFY(error->isHidden());
    clickOk(dialog);
    QTRY_VERIFY(!error->isHidden());
    QCOMPARE(error->text(),
             QStringLiteral("Not saved: https://example.org/other.xml is subscribed already, as \"The Other\""));
    QCOMPARE(error->textFormat(), Qt::PlainText);
    QVERIFY(dialog.isVisible());   // stays open, as typed
    QCOMPARE(url->text(), QStringLiteral("https://example.org/other.xml"));
    QVERIFY(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());
    saveScreenshot(dialog, QStringLiteral("feed-properties-refused"));
    const FeedRow row = feedRow(*m_store, feed);
    QCOMPARE(row.url, QStringLiteral("https://example.org/feed.xml"));
    QVERIFY(!row.titleFromUser);

    // Typing again hides the sentence; a free address is taken.
    url->selectAll();
    QTest::keyClicks(url, QStringLiteral("example.org/new.xml"));
    QVERIFY(error->isHidden());
    QSignalSpy finished(&dialog, &QDialog::finished);
    clickOk(dialog);
    QVERIFY(finished.wait(5000));
    QCOMPARE(feedRow(*m_store, feed).url, QStringLiteral("https://example.org/new.xml"));
}

void TstPreferences::notAWebAddressIsRefusedInline()
{
    const qint64 feed = addFeed(*m_store, QStringLiteral("https://example.org/feed.xml"));
    FeedPropertiesDialog dialog(*m_store, feedRow(*m_store, feed), true);
    dialog.show();
    QLineEdit *url = child<QLineEdit>(dialog, "urlEdit");
    for (const char *bad : {"javascript:alert(1)", "file:///etc/passwd", ""}) {
        url->setText(QString::fromLatin1(bad));
        clickOk(dialog);
        QLabel *error = child<QLabel>(dialog, "errorLabel");
        QVERIFY2(!error->isHidden(), bad);
        QVERIFY(!error->text().isEmpty());
        QVERIFY(dialog.isVisible());
    }
    m_store->waitForIdle();
    QCOMPARE(feedRow(*m_store, feed).url, QStringLiteral("https://example.org/feed.xml"));
}

void TstPreferences::hostileFeedTextIsPlainText()
{
    const qint64 feed = addFeed(*m_store, QStringLiteral("https://example.org/feed.xml"));
    Feed parsed = makeFeed(0, 1);
    parsed.title = kHostileTitle;
    parsed.link = QStringLiteral("https://example.org/<b>site</b>");
    QVERIFY(storeFeed(*m_store, feed, parsed).ok);
    FeedFetchState failing = okFetch();
    failing.status = FeedStatus::Failing;
    failing.error = QStringLiteral("server said <b>no</b> <img src=\"file:///etc/hosts\">");
    QVERIFY(sync(*m_store, [&](Completion done) {
        m_store->storeFetchResult(feed, failing, std::optional<Feed>(), done);
    }).ok);

    const FeedRow row = feedRow(*m_store, feed);
    QCOMPARE(row.title, kHostileTitle);
    FeedPropertiesDialog dialog(*m_store, row, true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(child<QLineEdit>(dialog, "titleEdit")->placeholderText(), kHostileTitle);
    QCOMPARE(child<QLabel>(dialog, "lastErrorValue")->text(), failing.error);
    QVERIFY(child<QLabel>(dialog, "statusValue")->text().startsWith(QStringLiteral("Failing")));
    QVERIFY(dialog.windowTitle().contains(kHostileTitle));
    verifyLabelsArePlainText(dialog);

    // The refusal quoting the hostile title is text too.
    const qint64 other = addFeed(*m_store, QStringLiteral("https://example.org/other.xml"));
    QVERIFY(sync(*m_store, [&](Completion done) { m_store->renameFeed(other, kHostileTitle, done); }).ok);
    child<QLineEdit>(dialog, "urlEdit")->setText(QStringLiteral("https://example.org/other.xml"));
    clickOk(dialog);
    QLabel *error = child<QLabel>(dialog, "errorLabel");
    QTRY_VERIFY(!error->isHidden());
    QVERIFY(error->text().contains(kHostileTitle));
    verifyLabelsArePlainText(dialog);
    saveScreenshot(dialog, QStringLiteral("feed-properties-hostile"));
}

void TstPreferences::mainWindowOpensBothAndApplies()
{
    const qint64 feed = addFeed(*m_store, QStringLiteral("https://example.org/feed.xml"));
    QVERIFY(storeFeed(*m_store, feed, makeFeed(0, 2)).ok);
    MainWindow window(*m_store, m_dir->path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *properties = window.action(QStringLiteral("feedPropertiesAction"));
    QAction *preferences = window.action(QStringLiteral("preferencesAction"));
    QVERIFY(properties && preferences);
    // In the menus: Feeds has Properties, Settings has Preferences.
    QStringList menus;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(properties))
            menus.append(menu->text());
        if (menu->menu() && menu->menu()->actions().contains(preferences))
            menus.append(menu->text());
    }
    QCOMPARE(menus, (QStringList{QStringLiteral("Fee&ds"), QStringLiteral("&Settings")}));
    QVERIFY(!properties->isEnabled());   // "All items" is selected, not a feed
    window.selectSubscription(window.subscriptionModel()->feedIndex(feed));
    QTRY_VERIFY(properties->isEnabled());

    // Properties: rename the feed; the window's list follows.
    bool sawProperties = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<FeedPropertiesDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        sawProperties = true;
        dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Renamed in the dialog"));
        dialog->accept();
    });
    properties->trigger();
    QVERIFY(sawProperties);
    QTRY_COMPARE(window.subscriptionModel()->feedIndex(feed).data(Qt::DisplayRole).toString(),
                 QStringLiteral("Renamed in the dialog"));

    // Preferences: a key for Next Item and a larger article text, applied on OK.
    QAction *next = window.action(QStringLiteral("nextItemAction"));
    QCOMPARE(next->shortcut(), QKeySequence(Qt::Key_J));
    bool sawPreferences = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        sawPreferences = true;
        // Every action of the window is listed.
        for (const char *name : {"nextItemAction", "feedPropertiesAction", "preferencesAction", "addFeedAction"})
            QVERIFY2(dialog->findChild<QKeySequenceEdit *>(QStringLiteral("shortcut:") + QLatin1String(name)), name);
        dialog->findChild<QKeySequenceEdit *>(QStringLiteral("shortcut:nextItemAction"))
            ->setKeySequence(QKeySequence(Qt::Key_Period));
        dialog->findChild<QSpinBox *>(QStringLiteral("fontSizeSpin"))->setValue(22);
        dialog->findChild<QComboBox *>(QStringLiteral("layoutCombo"))->setCurrentIndex(1);
        saveScreenshot(*dialog, QStringLiteral("preferences-from-window"));
        dialog->accept();
    });
    preferences->trigger();
    QVERIFY(sawPreferences);
    QCOMPARE(next->shortcut(), QKeySequence(Qt::Key_Period));
    QCOMPARE(window.articleView()->appearance().fontSizePx, 22);
    QVERIFY(window.action(QStringLiteral("classicLayoutAction"))->isChecked());
    QCOMPARE(AppSettings(m_dir->path()).layout(), PaneLayout::Classic);
}

void TstPreferences::perFeedImageChoiceReachesTheArticle()
{
    ScriptedHttpServer server;
    const QByteArray png = QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    server.respond("/on.png", 200, png, {{"Content-Type", "image/png"}});
    server.respond("/off.png", 200, png, {{"Content-Type", "image/png"}});
    const auto hits = [&server](const QByteArray &path) {
        int count = 0;
        for (const auto &request : server.requests())
            count += request.path == path;
        return count;
    };
    const auto feedWithImage = [&](const QString &name, const QString &image) {
        const qint64 id = addFeed(*m_store, QStringLiteral("https://example.org/%1.xml").arg(name));
        Feed parsed = makeFeed(int(id) * 10, 1);
        parsed.items[0].content = QStringLiteral("<p>picture: <img src=\"%1\"></p>").arg(server.url(image).toString());
        storeFeed(*m_store, id, parsed);
        return id;
    };
    // The preference says no; one feed says always, the other follows.
    AppSettings(m_dir->path()).setLoadRemoteImages(false);
    const qint64 always = feedWithImage(QStringLiteral("always"), QStringLiteral("/on.png"));
    const qint64 follows = feedWithImage(QStringLiteral("follows"), QStringLiteral("/off.png"));
    FeedOptions options;
    options.url = feedRow(*m_store, always).url;
    options.loadImages = true;
    QVERIFY(sync(*m_store, [&](Completion done) { m_store->setFeedOptions(always, options, done); }).ok);

    MainWindow window(*m_store, m_dir->path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(window.articleView(), &ArticleView::loadFinished);
    for (const qint64 feed : {follows, always}) {
        window.selectSubscription(window.subscriptionModel()->feedIndex(feed));
        QTRY_COMPARE(window.itemModel()->rowCount(), 1);
        window.action(QStringLiteral("nextItemAction"))->trigger();
        QTRY_VERIFY(window.currentItemId() != 0);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
        loaded.clear();
        QTest::qWait(500);
    }
    QTRY_COMPARE_WITH_TIMEOUT(hits("/on.png"), 1, 10000);
    QCOMPARE(hits("/off.png"), 0);
}

// The opt-in mode, as a person sets it up: Preferences announces only the feeds chosen in their
// properties; Feed Properties' "notify" box then says whether this feed is chosen (not its opt-out
// flag, which stays as it was), and OK adds it to the list or takes it off.
void TstPreferences::optInNotificationsThroughTheDialogs()
{
    const qint64 feed = addFeed(*m_store, QStringLiteral("https://example.org/feed.xml"));
    QVERIFY(storeFeed(*m_store, feed, makeFeed(0, 2)).ok);
    MainWindow window(*m_store, m_dir->path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(AppSettings(m_dir->path()).notifyScope(), NotifyScope::AllFeeds);

    std::optional<bool> scopeEnabled;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QComboBox *scope = dialog->findChild<QComboBox *>(QStringLiteral("notifyScopeCombo"));
        scopeEnabled = scope->isEnabled();
        scope->setCurrentIndex(scope->findData(QStringLiteral("chosen")));
        dialog->accept();
    });
    window.action(QStringLiteral("preferencesAction"))->trigger();
    QCOMPARE(scopeEnabled, std::optional<bool>(true));
    QCOMPARE(AppSettings(m_dir->path()).notifyScope(), NotifyScope::ChosenFeeds);
    QVERIFY(AppSettings(m_dir->path()).notifyChosenFeeds().isEmpty());

    QAction *properties = window.action(QStringLiteral("feedPropertiesAction"));
    // Opens Feed Properties, notes what its box shows, sets it and clicks OK (whatever it showed:
    // a check failing inside the dialog would leave it open and the test waiting).
    const auto choose = [&](bool chosen) {
        std::optional<bool> shown;
        window.selectSubscription(window.subscriptionModel()->feedIndex(feed));
        if (!QTest::qWaitFor([&] { return properties->isEnabled(); }, 5000))
            return shown;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<FeedPropertiesDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QCheckBox *notify = dialog->findChild<QCheckBox *>(QStringLiteral("notifyCheck"));
            shown = notify->isChecked();
            if (notify->isChecked() != chosen)
                clickButton(notify);
            dialog->accept();
        });
        properties->trigger();
        return shown;
    };
    QCOMPARE(choose(true), std::optional<bool>(false));   // not chosen yet, though its opt-out flag is on
    // The tree keeps its place through the dialog (rebuilding it used to leave nothing current).
    const QModelIndex current = window.findChild<QTreeView *>(QStringLiteral("subscriptionsView"))->currentIndex();
    QCOMPARE(current.data(SubscriptionModel::FeedIdRole).toLongLong(), feed);
    QCOMPARE(AppSettings(m_dir->path()).notifyChosenFeeds(), QSet<qint64>{feed});
    QVERIFY(feedRow(*m_store, feed).notify);
    QCOMPARE(choose(false), std::optional<bool>(true));
    QVERIFY(AppSettings(m_dir->path()).notifyChosenFeeds().isEmpty());
    QVERIFY(feedRow(*m_store, feed).notify);   // off the list, not opted out
}

// The language chosen in Preferences is what the next start speaks, over the system's (main()
// reads it from the profile before anything is said, --help included); with no choice the
// system's locale decides. Qt's own strings follow (qtbase's catalogue, from qt6-translations-l10n).
// The real binary, as a desktop starts it.
void TstPreferences::chosenLanguageSpeaksAtTheNextStart()
{
    const auto help = [this](const QString &systemLocale) {
        QProcess app;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("LC_ALL"), systemLocale);
        environment.remove(QStringLiteral("LANGUAGE"));   // it would outrank LC_ALL for Qt's UI languages
        app.setProcessEnvironment(environment);
        app.start(QStringLiteral(TIDINGS_APP), {QStringLiteral("--profile"), m_dir->path(), QStringLiteral("--help")});
        if (!app.waitForFinished(60000)) {
            app.kill();
            app.waitForFinished();
        }
        return QString::fromUtf8(app.readAllStandardOutput());
    };
    const char *description = "A fast, safe desktop feed reader";
    const auto ours = [description](const char *language) {
        QTranslator translator;
        return translator.load(QLatin1String("tidings_") + QLatin1String(language), QStringLiteral(":/i18n"))
                   ? translator.translate("main", description)
                   : QString();
    };
    const QString french = ours("fr");
    const QString german = ours("de");
    QVERIFY(!french.isEmpty() && !german.isEmpty() && french != german);

    QString text = help(QStringLiteral("C.UTF-8"));
    QVERIFY2(text.contains(QLatin1String(description)), qPrintable(text));
    text = help(QStringLiteral("fr_FR.UTF-8"));
    QVERIFY2(text.contains(french), qPrintable(text));

    AppSettings(m_dir->path()).setLanguage(QStringLiteral("de"));
    text = help(QStringLiteral("fr_FR.UTF-8"));
    QVERIFY2(text.contains(german), qPrintable(text));
    QTranslator qt;
    QVERIFY(qt.load(QLocale(QLocale::German), QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    const QString qtHelp = qt.translate("QCommandLineParser", "Displays help on commandline options.");
    QVERIFY(!qtHelp.isEmpty());
    QVERIFY2(text.contains(qtHelp), qPrintable(text));
}

int main(int argc, char **argv)
{
    registerArticleScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TstPreferences test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_preferences.moc"
