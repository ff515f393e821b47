#include "app/dialogs/opmlexport.h"

#include "core/service/opmltransfer.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace tidings::app {
namespace {

struct OpmlExport {
    Q_DECLARE_TR_FUNCTIONS(OpmlExport)
};

} // namespace

OpmlExportResult exportOpmlFile(const tidings::Store &store, const QString &path)
{
    OpmlExportResult result;
    const ReadResult<FeedRow> feeds = store.feeds();
    if (!feeds.ok()) {
        result.error = feeds.error;
        return result;
    }
    result.error = saveOpmlFile(path, opmlExport(feeds.rows));
    if (result.ok())
        result.feeds = int(feeds.rows.size());
    return result;
}

bool exportOpmlInteractively(tidings::Store &store, QWidget *parent)
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                      .filePath(QStringLiteral("tidings-subscriptions.opml"));
    QString path = QFileDialog::getSaveFileName(parent, OpmlExport::tr("Export Subscriptions"), suggested,
                                                OpmlExport::tr("OPML files (*.opml);;All files (*)"));
    if (path.isEmpty())
        return false;
    // Some platform dialogs do not add the filter's suffix; other readers look for .opml.
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".opml");
    const OpmlExportResult result = exportOpmlFile(store, path);
    if (result.ok())
        return true;
    QMessageBox box(QMessageBox::Warning, OpmlExport::tr("Export Subscriptions"),
                    OpmlExport::tr("The subscriptions could not be written to %1:\n%2")
                            .arg(QDir::toNativeSeparators(path), result.error),
                    QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
    return false;
}

} // namespace tidings::app
