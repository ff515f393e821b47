// bench_app: the desktop app's figures on the profile bench_profile wrote (issue 4). One process:
//   startup   time before main() (from /proc/self/stat's start time) and from main() to the first
//             paint of the main window, built the way src/app/main.cpp builds it;
//   open      selecting the 100,000-item feed until the list has its first rows (and has painted them);
//   search    Store::itemSummaries/items with a search over every item (first page), and the window's
//             search field until the list is reset (the field's 200 ms typing delay included);
//   mark      "mark everything read" and its undo through the window's actions, until the store has
//             finished and the window has taken the result in; the longest stall of the GUI thread;
//   scroll    the list scrolled to its end repeatedly until row 20,000: each step is one fetchMore
//             page plus the repaint;
//   memory    VmHWM/VmRSS of this process (not WebEngine's renderer) before and after an article shows.
//
//   QT_QPA_PLATFORM=offscreen bench_app PROFILE_DIR [--reps N] [--skip-mark]

#include "profilecorpus.h"

#include "app/appsettings.h"
#include "app/article/articlescheme.h"
#include "app/article/articleview.h"
#include "app/mainwindow.h"
#include "app/models/subscriptionmodel.h"
#include "core/store/store.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <unistd.h>

using namespace tidings;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

// How long this process ran before main(): now (since boot) minus the start time the kernel
// recorded, which has the resolution of a clock tick (10 ms).
double msBeforeMain()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command name, which is in parentheses and may contain spaces.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const double startSeconds = fields.value(19).toDouble() / double(sysconf(_SC_CLK_TCK));   // field 22
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return (double(now.tv_sec) + now.tv_nsec / 1e9 - startSeconds) * 1000.0;
}

double statusMiB(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// The longest gap between ticks of a 5 ms timer: how long the GUI thread was unresponsive.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_worst = std::max(m_worst, msSince(m_clock));
            m_clock.restart();
        });
    }
    void start()
    {
        m_worst = 0;
        m_clock.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return std::max(m_worst, msSince(m_clock));
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_worst = 0;
};

// Waits (processing events) until `done` holds or `timeoutMs` pass; false on timeout.
template<typename Predicate>
bool waitFor(Predicate done, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 10);
    }
    return true;
}

// Counts paint events of a widget (the window, the list's viewport).
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget *watched) { watched->installEventFilter(this); }
    int paints = 0;
    QElapsedTimer firstPaint;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && paints++ == 0)
            firstPaint.start();
        return false;
    }
};

struct Row {
    QString measure;
    QString value;
    QString target;
    QString verdict;
};
QList<Row> g_rows;

void report(const QString &measure, double value, const QString &unit, double target = -1)
{
    const QString shown = QString::number(value, 'f', value < 10 ? 1 : 0) + u' ' + unit;
    g_rows.append({measure, shown, target < 0 ? QString() : QStringLiteral("≤ %1 %2").arg(target).arg(unit),
                   target < 0 ? QString() : (value <= target ? QStringLiteral("met") : QStringLiteral("NOT MET"))});
    std::printf("  %-62s %12s\n", qPrintable(measure), qPrintable(shown));
    std::fflush(stdout);
}

void note(const QString &text)
{
    std::printf("  (%s)\n", qPrintable(text));
    std::fflush(stdout);
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QModelIndex findRow(QAbstractItemModel *model, int role, const QVariant &value)
{
    const QModelIndexList found =
        model->match(model->index(0, 0), role, value, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.value(0);
}

} // namespace

int main(int argc, char **argv)
{
    const double beforeMain = msBeforeMain();
    QElapsedTimer sinceMain;
    sinceMain.start();

    // As src/app/main.cpp does.
    app::registerArticleScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication qapp(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tidings-bench"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_app PROFILE_DIR [--reps N] [--skip-mark]\n");
        return 2;
    }
    const QString profile = args.at(1);
    const int reps = args.contains(QStringLiteral("--reps")) ? args.value(args.indexOf(QStringLiteral("--reps")) + 1).toInt() : 3;
    const bool skipMark = args.contains(QStringLiteral("--skip-mark"));
    const double appCreated = msSince(sinceMain);

    Store store;
    if (const QString error = store.open(profile); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    {
        // The bench measures reading a large profile: no refresh of its made-up feeds (they would
        // fail one by one in the background, during the measurements).
        app::AppSettings settings(profile);
        settings.setRefreshAtStart(false);
        settings.setAutomaticRefreshPaused(true);
    }
    const double storeOpened = msSince(sinceMain);
    auto *window = new app::MainWindow(store, profile);
    const double constructed = msSince(sinceMain);
    PaintWatch windowPaint(window);
    window->show();
    if (!waitFor([&] { return windowPaint.paints > 0; })) {
        std::fprintf(stderr, "the window never painted (QT_QPA_PLATFORM=offscreen?)\n");
        return 1;
    }
    const double firstPaint = msSince(sinceMain) - windowPaint.firstPaint.nsecsElapsed() / 1e6;

    std::printf("profile %s\n\n", qPrintable(profile));
    std::printf("startup\n");
    report(QStringLiteral("before main() (exec, dynamic linking)"), beforeMain, QStringLiteral("ms"));
    report(QStringLiteral("main() to QApplication"), appCreated, QStringLiteral("ms"));
    report(QStringLiteral("Store::open"), storeOpened - appCreated, QStringLiteral("ms"));
    report(QStringLiteral("MainWindow constructor"), constructed - storeOpened, QStringLiteral("ms"));
    report(QStringLiteral("show() to first paint"), firstPaint - constructed, QStringLiteral("ms"));
    report(QStringLiteral("**process start to first paint**"), beforeMain + firstPaint, QStringLiteral("ms"), 1000);
    const double rssStart = statusMiB("VmRSS:");
    report(QStringLiteral("RSS after first paint"), rssStart, QStringLiteral("MiB"));

    auto *subscriptions = window->findChild<QTreeView *>(QStringLiteral("subscriptionsView"));
    auto *items = window->findChild<QTreeView *>(QStringLiteral("itemsView"));
    auto *searchField = window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    QAbstractItemModel *tree = subscriptions->model();
    QAbstractItemModel *list = items->model();
    const QModelIndex allEntry = findRow(tree, app::SubscriptionModel::SmartEntryRole, int(app::SmartEntry::All));

    // Diagnostics: the reads the window makes on start and after marks.
    std::printf("\nstore reads (median of %d)\n", reps);
    {
        QList<double> feeds, counts;
        for (int i = 0; i < reps; ++i) {
            QElapsedTimer t;
            t.start();
            store.feeds();
            feeds.append(msSince(t));
            t.restart();
            store.itemCounts(QDateTime::currentDateTimeUtc().addDays(-1));
            counts.append(msSince(t));
        }
        report(QStringLiteral("Store::feeds() (1000 feeds with unread and total counts)"), median(feeds), QStringLiteral("ms"));
        report(QStringLiteral("Store::itemCounts()"), median(counts), QStringLiteral("ms"));
    }

    // --- open the 100,000-item feed ---------------------------------------------------------------
    qint64 bigFeed = 0;
    for (const FeedRow &feed : store.feeds().rows) {
        if (feed.url == bench::feedUrl(0))
            bigFeed = feed.id;
    }
    const QModelIndex bigEntry = findRow(tree, app::SubscriptionModel::FeedIdRole, bigFeed);
    std::printf("\nopen the %s-item feed (median of %d)\n", qPrintable(QLocale::c().toString(100000)), reps);
    {
        QList<double> rows, painted;
        for (int i = 0; i < reps; ++i) {
            subscriptions->setCurrentIndex(allEntry);
            waitFor([] { return true; });
            QCoreApplication::processEvents();
            PaintWatch listPaint(items->viewport());
            QElapsedTimer t;
            t.start();
            subscriptions->setCurrentIndex(bigEntry);
            rows.append(list->rowCount() > 0 ? msSince(t) : -1);
            waitFor([&] { return listPaint.paints > 0; }, 5000);
            painted.append(msSince(t));
        }
        report(QStringLiteral("select feed → first rows in the model"), median(rows), QStringLiteral("ms"), 100);
        report(QStringLiteral("select feed → list painted"), median(painted), QStringLiteral("ms"));
    }

    // --- scroll to row 20,000 in that feed ----------------------------------------------------------
    std::printf("\nscroll the feed's list to row 20,000 (fetchMore pages of %d)\n", 200);
    {
        QList<double> steps;
        QElapsedTimer whole;
        whole.start();
        StallMeter stall;
        stall.start();
        int guard = 0;
        while (list->rowCount() < 20000 && guard++ < 1000) {
            const int before = list->rowCount();
            QElapsedTimer t;
            t.start();
            items->verticalScrollBar()->setValue(items->verticalScrollBar()->maximum());
            QCoreApplication::processEvents();
            if (list->rowCount() > before)
                steps.append(msSince(t));
        }
        const double worstStall = stall.stop();
        report(QStringLiteral("rows loaded"), list->rowCount(), QStringLiteral("rows"));
        report(QStringLiteral("scroll step (fetchMore page + repaint), median"), median(steps), QStringLiteral("ms"));
        report(QStringLiteral("scroll step, slowest"), steps.isEmpty() ? 0 : *std::max_element(steps.begin(), steps.end()),
               QStringLiteral("ms"), 50);
        report(QStringLiteral("whole scroll to row 20,000"), msSince(whole), QStringLiteral("ms"));
        report(QStringLiteral("longest GUI stall while scrolling"), worstStall, QStringLiteral("ms"));
        ItemFilter deep;
        deep.feedId = bigFeed;
        deep.limit = 200;
        deep.offset = 0;
        ItemFilter at20k = deep;
        at20k.limit = 1;
        at20k.offset = 19999;
        const ReadResult<ItemSummary> anchor = store.itemSummaries(at20k);
        if (!anchor.rows.isEmpty()) {
            deep.after = anchor.rows.first().cursor();
            QElapsedTimer t;
            t.start();
            store.itemSummaries(deep);
            report(QStringLiteral("Store::itemSummaries page after row 20,000"), msSince(t), QStringLiteral("ms"));
        }
    }

    // --- search -----------------------------------------------------------------------------------------
    const bench::SearchTerms terms = bench::searchTerms();
    std::printf("\nsearch over all items, first page of 200 (median of %d)\n", reps);
    for (const QString &term : {terms.common, terms.medium, terms.rare, terms.twoWords, terms.prefix}) {
        ItemFilter filter;
        filter.search = term;
        filter.limit = 200;
        QList<double> summaries, rows;
        int found = 0;
        for (int i = 0; i < reps; ++i) {
            QElapsedTimer t;
            t.start();
            found = int(store.itemSummaries(filter).rows.size());
            summaries.append(msSince(t));
            t.restart();
            store.items(filter);
            rows.append(msSince(t));
        }
        report(QStringLiteral("itemSummaries \"%1\" (%2 rows)").arg(term).arg(found), median(summaries), QStringLiteral("ms"), 200);
        report(QStringLiteral("items \"%1\"").arg(term), median(rows), QStringLiteral("ms"), 200);
    }
    {
        ItemFilter filter;
        filter.search = terms.common;
        filter.feedId = bigFeed;
        filter.limit = 200;
        QElapsedTimer t;
        t.start();
        store.itemSummaries(filter);
        report(QStringLiteral("itemSummaries \"%1\" in the 100,000-item feed").arg(terms.common), msSince(t), QStringLiteral("ms"), 200);
    }
    std::printf("\nsearch through the window's search field, All selected (typing delay 200 ms included)\n");
    subscriptions->setCurrentIndex(allEntry);
    QCoreApplication::processEvents();
    for (const QString &term : {terms.common, terms.medium, terms.rare}) {
        bool reset = false;
        const QMetaObject::Connection c = QObject::connect(list, &QAbstractItemModel::modelReset, [&] { reset = true; });
        QElapsedTimer t;
        t.start();
        searchField->setText(term);
        waitFor([&] { return reset; }, 10000);
        report(QStringLiteral("search field \"%1\" → rows (%2)").arg(term).arg(list->rowCount()), msSince(t), QStringLiteral("ms"), 400);
        QObject::disconnect(c);
    }
    searchField->clear();
    waitFor([] { return false; }, 300);   // the field's timer: the list shows everything again

    // --- mark everything read, and undo --------------------------------------------------------------
    if (!skipMark) {
        const int unreadBefore = store.itemCounts({}).unread;
        std::printf("\nmark everything read and undo (%d unread before)\n", unreadBefore);
        auto *markAll = window->findChild<QAction *>(QStringLiteral("markAllReadAction"));
        auto *undo = window->findChild<QAction *>(QStringLiteral("undoMarkReadAction"));
        int expected = unreadBefore;
        for (auto [action, label] : {std::pair{markAll, QStringLiteral("mark everything read")},
                                     std::pair{undo, QStringLiteral("undo")}}) {
            bool finished = false;
            int affected = 0;
            // Only the mark's own result counts: the window reselecting its current item after the
            // reload writes too (a no-op mark of a read item).
            const QMetaObject::Connection c = QObject::connect(&store, &Store::jobFinished, [&](const WriteResult &r) {
                if (r.affected != expected && r.ok)
                    return;
                finished = true;
                affected = r.affected;
            });
            StallMeter stall;
            stall.start();
            QElapsedTimer t;
            t.start();
            action->trigger();
            const double triggered = msSince(t);
            waitFor([&] { return finished; }, 600000);
            const double stored = msSince(t);
            QCoreApplication::processEvents();   // the completion: list reloaded, counts updated
            const double done = msSince(t);
            const double worst = stall.stop();
            QObject::disconnect(c);
            report(QStringLiteral("%1: trigger() returned (GUI thread)").arg(label), triggered, QStringLiteral("ms"));
            report(QStringLiteral("%1: store done (%2 items)").arg(label).arg(affected), stored, QStringLiteral("ms"));
            report(QStringLiteral("**%1: window updated**").arg(label), done, QStringLiteral("ms"), 2000);
            report(QStringLiteral("%1: longest GUI stall").arg(label), worst, QStringLiteral("ms"));
            expected = affected;   // the undo gives back what the mark changed
        }
        const int unreadAfter = store.itemCounts({}).unread;
        if (unreadAfter != unreadBefore)
            note(QStringLiteral("unread after undo: %1, before: %2").arg(unreadAfter).arg(unreadBefore));
    }

    // --- memory ---------------------------------------------------------------------------------------
    std::printf("\nmemory of this process (WebEngine's renderer not included)\n");
    report(QStringLiteral("VmHWM, no article shown yet"), statusMiB("VmHWM:"), QStringLiteral("MiB"), 200);
    report(QStringLiteral("VmRSS, no article shown yet"), statusMiB("VmRSS:"), QStringLiteral("MiB"));
    {
        auto *article = window->findChild<app::ArticleView *>(QStringLiteral("articleView"));
        bool loaded = false;
        const QMetaObject::Connection c = QObject::connect(article, &app::ArticleView::loadFinished, [&] { loaded = true; });
        subscriptions->setCurrentIndex(bigEntry);
        QCoreApplication::processEvents();
        const QModelIndex first = list->index(0, 1);
        QElapsedTimer t;
        t.start();
        items->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        waitFor([&] { return loaded; }, 20000);
        report(QStringLiteral("select an item → article loaded"), msSince(t), QStringLiteral("ms"));
        waitFor([] { return false; }, 1000);
        report(QStringLiteral("VmHWM, with an article shown"), statusMiB("VmHWM:"), QStringLiteral("MiB"), 200);
        report(QStringLiteral("VmRSS, with an article shown"), statusMiB("VmRSS:"), QStringLiteral("MiB"));
        QObject::disconnect(c);   // `loaded` ends here; the view lives on
    }

    std::printf("\n| measure | value | target | |\n|---|---:|---|---|\n");
    for (const Row &row : std::as_const(g_rows))
        std::printf("| %s | %s | %s | %s |\n", qPrintable(row.measure), qPrintable(row.value), qPrintable(row.target),
                    qPrintable(row.verdict));
    delete window;
    return 0;
}
