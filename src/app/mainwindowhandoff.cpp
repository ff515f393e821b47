// MainWindow, hand-off: what a launch asked for (`tidings feed:…`, `tidings list.opml`, a second
// launch over the instance socket, a macOS file-open event) becomes the Add Feed dialog prefilled
// or the OPML import, one at a time. The dialogs are opened, not exec()'d: a request arrives from
// the event loop (a socket, an event) and must not wait there, and a request arriving while one is
// shown only joins the queue.

#include "app/mainwindow.h"
#include "ui_mainwindow.h"

#include "app/dialogs/addfeeddialog.h"
#include "app/dialogs/opmlimport.h"
#include "app/dialogs/opmlsummarydialog.h"
#include "app/instance/launchrequest.h"

#include <QFileInfo>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>

namespace tidings::app {

void MainWindow::handleLaunchRequest(const LaunchRequest &request)
{
    // The queue is bounded like one request: launches in a loop must not pile up dialogs.
    for (const QString &url : request.feedUrls) {
        if (!m_launchUrls.contains(url) && m_launchUrls.size() < kMaxLaunchItems)
            m_launchUrls.append(url);
    }
    for (const QString &path : request.opmlFiles) {
        if (!m_launchFiles.contains(path) && m_launchFiles.size() < kMaxLaunchItems)
            m_launchFiles.append(path);
    }
    if (request.ignored > 0)
        showMessage(tr("Tidings opens feed addresses and OPML files; %n argument(s) were neither", nullptr,
                       request.ignored));
    QTimer::singleShot(0, this, &MainWindow::processLaunchRequests);
}

void MainWindow::bringToFront(const QString &activationToken)
{
    // On Wayland the compositor lets a window take the focus only with a token from the launch
    // that asked for it; Qt reads it from the environment when the window requests activation.
    if (!activationToken.isEmpty() && QGuiApplication::platformName().startsWith(QLatin1String("wayland")))
        qputenv("XDG_ACTIVATION_TOKEN", activationToken.toUtf8());
    if (isMinimized())
        setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
    if (m_launchDialog) {
        m_launchDialog->raise();
        m_launchDialog->activateWindow();
    }
    // A window manager that prevents focus stealing (X11) may refuse: then at least ask for
    // attention, as the taskbar shows it.
    QTimer::singleShot(500, this, [this] {
        if (!isActiveWindow())
            QApplication::alert(this);
    });
}

void MainWindow::processLaunchRequests()
{
    if (m_launchDialog)
        return;   // its end continues the queue
    const auto next = [this] { QTimer::singleShot(0, this, &MainWindow::processLaunchRequests); };

    if (!m_launchFiles.isEmpty()) {
        // Asked first: a file handed over by the desktop may come from anywhere (a download), and
        // an import subscribes to every feed it lists.
        const QString path = m_launchFiles.takeFirst();
        auto *box = new QMessageBox(QMessageBox::Question, tr("Import Subscriptions"),
                                    tr("Import the subscriptions listed in “%1”?").arg(QFileInfo(path).fileName()),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("launchImportQuestion"));
        box->setTextFormat(Qt::PlainText);
        box->setInformativeText(path);
        box->setDefaultButton(QMessageBox::Yes);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QDialog::finished, this, [this, path, next](int result) {
            if (result != QMessageBox::Yes) {
                next();
                return;
            }
            const OpmlImportSummary summary = importOpmlFile(m_store, path);
            QDialog *shown = nullptr;
            if (summary.ok()) {
                shown = new OpmlSummaryDialog(QFileInfo(path).fileName(), summary, this);
            } else {
                auto *failed = new QMessageBox(QMessageBox::Warning, tr("Import Subscriptions"),
                                               tr("Nothing was imported from %1:\n%2")
                                                   .arg(QFileInfo(path).fileName(), summary.error),
                                               QMessageBox::Ok, this);
                failed->setTextFormat(Qt::PlainText);   // the reason may quote the file
                shown = failed;
            }
            shown->setAttribute(Qt::WA_DeleteOnClose);
            m_launchDialog = shown;
            connect(shown, &QDialog::finished, this, next);
            shown->open();
            if (summary.ok() && summary.added > 0) {
                reloadSubscriptions();
                refreshAll();
            }
        });
        m_launchDialog = box;
        box->open();
        return;
    }

    if (!m_launchUrls.isEmpty()) {
        auto *dialog = new AddFeedDialog(m_store, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setUrl(m_launchUrls.takeFirst());
        connect(dialog, &QDialog::finished, this, [this, dialog, next](int result) {
            if (result == QDialog::Accepted)
                feedsAdded(dialog->addedFeedIds());
            next();
        });
        m_launchDialog = dialog;
        dialog->open();
    }
}

} // namespace tidings::app
