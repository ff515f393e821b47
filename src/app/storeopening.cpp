#include "app/storeopening.h"

#include "core/store/store.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QDialog>
#include <QEventLoop>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>
#include <climits>
#include <memory>

namespace tidings::app {
namespace {

// The work cannot stop halfway (each step is one transaction; stopped, it would start over at the
// next launch), so this window has no Cancel and does not close.
class StoreOpeningDialog : public QDialog
{
    Q_OBJECT

public:
    StoreOpeningDialog()
    {
        setObjectName(QStringLiteral("storeOpeningDialog"));
        setWindowTitle(QStringLiteral("Tidings"));
        setWindowIcon(QIcon(QStringLiteral(":/icons/tidings.svg")));
        m_label = new QLabel(this);
        m_label->setObjectName(QStringLiteral("storeOpeningLabel"));
        m_label->setWordWrap(true);
        m_bar = new QProgressBar(this);
        m_bar->setObjectName(QStringLiteral("storeOpeningProgress"));
        auto *note = new QLabel(tr("This happens once after an update."), this);
        note->setEnabled(false);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_label);
        layout->addWidget(m_bar);
        layout->addWidget(note);
        setMinimumWidth(420);
        setProgress(SetupStep::Upgrading, 0, 0);
    }

    void setProgress(SetupStep step, qint64 done, qint64 total)
    {
        if (step == SetupStep::Upgrading) {
            m_label->setText(tr("Upgrading the database to this version of Tidings. "
                                "A copy of the previous one is kept in the profile folder."));
            m_bar->setRange(0, 0);   // no count: a busy indicator
            return;
        }
        m_label->setText(tr("Rebuilding the search index: %L1 of %Ln item(s).", nullptr, int(qMin<qint64>(total, INT_MAX)))
                             .arg(done));
        // QProgressBar counts in int: a permille scale fits any profile.
        m_bar->setRange(0, 1000);
        m_bar->setValue(total > 0 ? int(done * 1000 / total) : 0);
    }
    void reject() override {}

protected:
    void closeEvent(QCloseEvent *event) override { event->ignore(); }

private:
    QLabel *m_label;
    QProgressBar *m_bar;
};

} // namespace

QString openStoreShowingProgress(Store &store, const QString &profileDir, std::chrono::milliseconds showAfter)
{
    // Written on the preparing thread, read by the timer below.
    std::atomic<int> step{-1};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    StoreOptions options;
    options.observe = [&](SetupStep now, qint64 doneNow, qint64 totalNow) {
        done = doneNow;
        total = totalNow;
        step = int(now);
    };
    QString error;
    std::unique_ptr<QThread> thread(QThread::create([&] { error = Store::prepare(profileDir, options); }));
    thread->setObjectName(QStringLiteral("Tidings store setup"));

    std::unique_ptr<StoreOpeningDialog> dialog;
    const auto refresh = [&] {
        if (step < 0)
            return;   // nothing slow under way (yet)
        if (!dialog) {
            dialog = std::make_unique<StoreOpeningDialog>();
            dialog->show();
        }
        dialog->setProgress(SetupStep(step.load()), done, total);
    };
    QTimer update;
    update.setInterval(50);
    QObject::connect(&update, &QTimer::timeout, refresh);
    QTimer::singleShot(showAfter, &update, [&] {
        refresh();
        update.start();
    });

    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    // Socket notifiers wait: a second launch's hand-off (single instance) must reach the window,
    // which does not exist yet, as it did when opening blocked.
    loop.exec(QEventLoop::ExcludeSocketNotifiers);
    thread->wait();
    update.stop();
    dialog.reset();
    if (!error.isEmpty())
        return error;
    return store.open(profileDir);
}

} // namespace tidings::app

#include "storeopening.moc"
