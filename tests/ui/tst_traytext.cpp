// The tray's parts that need no tray: the words of the grouped notification and tooltip (plural
// forms, caps, hostile text made inert), the unread badge drawing (pixels at 1x and 2x), and the
// window without a system tray (offscreen has none): no icon, and closing it closes it.
// The tray itself, on a real X server with a fake tray host, is tests/tray/tst_tray.cpp.

#include "app/appsettings.h"
#include "app/article/articlescheme.h"
#include "app/mainwindow.h"
#include "app/plainline.h"
#include "app/tray/notificationtext.h"
#include "app/tray/traycontroller.h"
#include "app/tray/unreadbadge.h"

#include "../unit/tst_storehelpers.h"

#include <QApplication>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>
#include <QTimer>
#include <QWindow>

using namespace tidings;
using namespace tidings::app;
using namespace storetest;

namespace {

NewItemsInFeed feed(const QString &title, int count, const QStringList &titles)
{
    NewItemsInFeed entry;
    entry.feedId = qHash(title) + 1;
    entry.feedTitle = title;
    entry.count = count;
    entry.itemTitles = titles;
    return entry;
}

bool isBadgeRed(QRgb pixel)
{
    return qAlpha(pixel) > 200 && qRed(pixel) > 180 && qGreen(pixel) < 90 && qBlue(pixel) < 90;
}

} // namespace

class TstTrayText : public QObject
{
    Q_OBJECT

private slots:
    void plainLineMakesUntrustedTextInert_data();
    void plainLineMakesUntrustedTextInert();
    void groupedTextAndPlurals();
    void unseenItemsCombine();
    void escapedForMarkup();
    void badgePixelsAtOneAndTwoX();
    void withoutATrayClosingClosesTheWindow();
};

void TstTrayText::plainLineMakesUntrustedTextInert_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("max");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Hello world") << 40 << QStringLiteral("Hello world");
    QTest::newRow("whitespace runs and newlines") << QStringLiteral("  a\n\n b\t\rc  ") << 40 << QStringLiteral("a b c");
    // U+0085 (NEL) is a line break, so a space; U+009B (CSI) goes.
    QTest::newRow("C0, DEL, C1") << QStringLiteral("a\x01\x07" "b\x7f" "c\u0085d\u009b[31m") << 40
                                 << QStringLiteral("abc d[31m");
    QTest::newRow("bidi overrides and isolates") << QStringLiteral("invoice\u202Efdp.exe\u2066x\u2069") << 40
                                                 << QStringLiteral("invoicefdp.exex");
    QTest::newRow("markup stays text") << QStringLiteral("<b>x</b>") << 40 << QStringLiteral("<b>x</b>");
    QTest::newRow("capped with an ellipsis") << QStringLiteral("abcdefghij") << 6 << QStringLiteral("abcde\u2026");
    // U+1F600 is two UTF-16 units: the cut never leaves half of it.
    QTest::newRow("cap keeps surrogate pairs whole") << QStringLiteral("abcd\U0001F600\U0001F600xyz") << 6
                                                     << QStringLiteral("abcd\u2026");
    QTest::newRow("empty after cleaning") << QStringLiteral("\x01\n\u202E") << 10 << QString();
}

void TstTrayText::plainLineMakesUntrustedTextInert()
{
    QFETCH(QString, input);
    QFETCH(int, max);
    QFETCH(QString, expected);
    QCOMPARE(tidings::app::plainLine(input, max), expected);
}

// The plural forms are tr("%n new item(s)", nullptr, n); until translations/ has an English
// catalogue with numerus forms, Qt shows them as written: "(s)".
void TstTrayText::groupedTextAndPlurals()
{
    QVERIFY(NotificationTexts::newItems({}).isEmpty());
    QVERIFY(NotificationTexts::newItems({feed(QStringLiteral("A"), 0, {})}).isEmpty());

    NotificationText one = NotificationTexts::newItems({feed(QStringLiteral("LWN.net"), 1, {QStringLiteral("Kernel 7.0")})});
    QCOMPARE(one.summary, QStringLiteral("1 new item(s)"));
    QCOMPARE(one.body, QStringLiteral("LWN.net: Kernel 7.0"));

    // 12 in 4 feeds, titles capped at kMaxTitles lines, the rest counted.
    const NotificationText many = NotificationTexts::newItems({
        feed(QStringLiteral("A"), 5, {QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3")}),
        feed(QStringLiteral("B"), 4, {QStringLiteral("b1"), QStringLiteral("b2")}),
        feed(QStringLiteral("C"), 2, {QStringLiteral("c1")}),
        feed(QStringLiteral("D"), 1, {QStringLiteral("d1")}),
    });
    QCOMPARE(many.summary, QStringLiteral("12 new item(s) in 4 feed(s)"));
    QCOMPARE(many.items, 12);
    QCOMPARE(many.feeds, 4);
    QCOMPARE(many.body, QStringLiteral("A: a1\nA: a2\nA: a3\nB: b1\nand 8 more"));

    const NotificationText two = NotificationTexts::newItems(
        {feed(QString(), 2, {QString(), QString::fromUtf8("x").repeated(500)}), feed(QStringLiteral("B"), 1, {})});
    QCOMPARE(two.summary, QStringLiteral("3 new item(s) in 2 feed(s)"));
    const QStringList lines = two.body.split(u'\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("Untitled feed: (untitled)"));
    QCOMPARE(lines.at(1).size(), qsizetype(QStringLiteral("Untitled feed: ").size() + NotificationTexts::kMaxItemTitleChars));
    QCOMPARE(lines.at(2), QStringLiteral("and 1 more"));

    QCOMPARE(NotificationTexts::toolTip(0), QStringLiteral("Tidings\nNo unread items"));
    QCOMPARE(NotificationTexts::toolTip(1), QStringLiteral("Tidings\n1 unread item(s)"));
    QCOMPARE(NotificationTexts::toolTip(12), QStringLiteral("Tidings\n12 unread item(s)"));
}

void TstTrayText::unseenItemsCombine()
{
    const auto entry = [](qint64 feedId, QStringList titles, QList<qint64> ids) {
        return NewItemsInFeed{feedId, QStringLiteral("F%1").arg(feedId), int(ids.size()), std::move(titles), std::move(ids)};
    };
    const QList<NewItemsInFeed> older = {entry(1, {QStringLiteral("a")}, {10, 11}), entry(2, {QStringLiteral("b")}, {20})};
    const QList<NewItemsInFeed> newer = {entry(3, {QStringLiteral("c")}, {30}), entry(1, {QStringLiteral("d")}, {12})};
    const QList<NewItemsInFeed> all = combinedNewItems(newer, older);
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).feedId, 3);
    QCOMPARE(all.at(1).feedId, 1);   // in both: where the newer list has it, the counts added up
    QCOMPARE(all.at(1).count, 3);
    QCOMPARE(all.at(1).itemTitles, (QStringList{QStringLiteral("d"), QStringLiteral("a")}));
    QCOMPARE(all.at(1).itemIds, (QList<qint64>{12, 10, 11}));
    QCOMPARE(all.at(2).feedId, 2);
    QCOMPARE(NotificationTexts::newItems(all).summary, QStringLiteral("5 new item(s) in 3 feed(s)"));
    QCOMPARE(combinedNewItems(newer, {}).size(), 2);
    QCOMPARE(combinedNewItems({}, older).size(), 2);
}

void TstTrayText::escapedForMarkup()
{
    QCOMPARE(NotificationTexts::escapedForMarkup(QStringLiteral("<img src=\"file:///etc/x\"> & 'a'")),
             QStringLiteral("&lt;img src=&quot;file:///etc/x&quot;&gt; &amp; &#39;a&#39;"));
}

void TstTrayText::badgePixelsAtOneAndTwoX()
{
    const QIcon base(QStringLiteral(":/icons/tidings.svg"));
    QVERIFY(!base.isNull());
    for (const qreal ratio : {1.0, 2.0}) {
        const QImage plain = UnreadBadge::image(base, 0, 22, ratio);
        const QImage badged = UnreadBadge::image(base, 7, 22, ratio);
        QCOMPARE(badged.size(), QSize(22, 22) * ratio);   // drawn at device size, not scaled
        QCOMPARE(badged.devicePixelRatio(), ratio);
        const int s = badged.width();
        // Lower right: the badge, red with white digits; upper left: the app icon, untouched.
        int red = 0;
        int white = 0;
        for (int y = s / 2; y < s; ++y) {
            for (int x = s / 2; x < s; ++x) {
                const QRgb p = badged.pixel(x, y);
                red += isBadgeRed(p);
                white += qAlpha(p) > 200 && qRed(p) > 230 && qGreen(p) > 230 && qBlue(p) > 230;
                QVERIFY(!isBadgeRed(plain.pixel(x, y)));
            }
        }
        QVERIFY2(red > s * s / 16, qPrintable(QStringLiteral("%1 red pixels at %2x").arg(red).arg(ratio)));
        QVERIFY2(white > 0, "the digits");
        for (int y = 0; y < s / 3; ++y) {
            for (int x = 0; x < s / 3; ++x)
                QCOMPARE(badged.pixel(x, y), plain.pixel(x, y));
        }
    }
    QCOMPARE(UnreadBadge::label(99), QStringLiteral("99"));
    QCOMPARE(UnreadBadge::label(100), QStringLiteral("99+"));
    // The icon a tray gets holds the 2x sizes drawn for themselves.
    const QIcon icon = UnreadBadge::icon(base, 5);
    QVERIFY(icon.availableSizes().contains(QSize(44, 44)));
}

void TstTrayText::withoutATrayClosingClosesTheWindow()
{
    QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());   // offscreen
    QTemporaryDir dir;
    Store store;
    QCOMPARE(store.open(dir.path()), QString());
    {
        AppSettings settings(dir.path());
        settings.setRefreshAtStart(false);
        settings.setShowTrayIcon(true);
        settings.setCloseToTray(true);
        settings.setMinimizeToTray(true);
        settings.setStartMinimized(true);
    }
    MainWindow window(store, dir.path());
    QVERIFY(!window.tray().trayShown());
    QVERIFY(!window.tray().trayIcon());
    // "Start minimized" with no tray to start in: a minimized window, never an invisible app.
    window.showAtStart();
    QVERIFY(window.isVisible());
    QVERIFY(window.isMinimized());
    window.showNormal();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // As the window manager's close button does; the application's event loop must end by itself
    // (lastWindowClosed is only emitted inside exec()).
    QSignalSpy lastClosed(qApp, &QGuiApplication::lastWindowClosed);
    QTimer::singleShot(0, &window, [&window] { window.windowHandle()->close(); });
    QTimer failsafe;
    failsafe.setSingleShot(true);
    connect(&failsafe, &QTimer::timeout, qApp, [] { QCoreApplication::exit(42); });
    failsafe.start(10000);
    QCOMPARE(QApplication::exec(), 0);
    QVERIFY(!window.isVisible());
    QCOMPARE(lastClosed.size(), 1);
}

int main(int argc, char **argv)
{
    registerArticleScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TstTrayText test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_traytext.moc"
