#include "app/dialogs/opmlimport.h"

#include "app/dialogs/opmlsummarydialog.h"

#include "core/store/store.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace tidings::app {
namespace {

struct OpmlImport {
    Q_DECLARE_TR_FUNCTIONS(OpmlImport)
};

} // namespace

OpmlImportSummary importOpmlFile(tidings::Store &store, const QString &path)
{
    const OpmlFile file = readOpmlFile(path);
    if (!file.fileError.isEmpty()) {
        OpmlImportSummary failed;
        failed.error = file.fileError;
        return failed;
    }
    if (!file.document.ok()) {
        OpmlImportSummary failed;
        failed.error = file.document.error;
        return failed;
    }

    WriteResult result;
    bool done = false;
    QEventLoop loop;
    store.importSubscriptions(newSubscriptions(file.document), [&](const WriteResult &r) {
        result = r;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return summarizeOpmlImport(file.document, result);
}

int importOpmlInteractively(tidings::Store &store, QWidget *parent)
{
    const QString path = QFileDialog::getOpenFileName(
            parent, OpmlImport::tr("Import Subscriptions"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            OpmlImport::tr("OPML files (*.opml *.xml);;All files (*)"));
    if (path.isEmpty())
        return 0;
    const OpmlImportSummary summary = importOpmlFile(store, path);
    if (!summary.ok()) {
        // Plain text: the reason may quote the file.
        QMessageBox box(QMessageBox::Warning, OpmlImport::tr("Import Subscriptions"),
                        OpmlImport::tr("Nothing was imported from %1:\n%2")
                                .arg(QFileInfo(path).fileName(), summary.error),
                        QMessageBox::Ok, parent);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return 0;
    }
    OpmlSummaryDialog dialog(QFileInfo(path).fileName(), summary, parent);
    dialog.exec();
    return summary.added;
}

} // namespace tidings::app
