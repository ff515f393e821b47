#include "app/dialogs/opmlsummarydialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace tidings::app {

OpmlSummaryDialog::OpmlSummaryDialog(const QString &fileName, const OpmlImportSummary &summary, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import Subscriptions"));
    auto *layout = new QVBoxLayout(this);

    auto *heading = new QLabel(tr("Imported from %1").arg(fileName), this);
    heading->setTextFormat(Qt::PlainText);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);

    QStringList lines;
    lines << tr("Feeds added: %1").arg(summary.added) << tr("Already subscribed: %1").arg(summary.alreadySubscribed)
          << tr("Folders created: %1").arg(summary.foldersCreated);
    if (summary.duplicates > 0)
        lines << tr("Repeated in the file, skipped: %1").arg(summary.duplicates);
    if (summary.rejected > 0)
        lines << tr("Entries skipped: %1").arg(summary.rejected);
    m_counts = new QLabel(lines.join(u'\n'), this);
    m_counts->setObjectName(QStringLiteral("countsLabel"));
    m_counts->setTextFormat(Qt::PlainText);
    layout->addWidget(m_counts);

    if (!summary.warnings.isEmpty()) {
        auto *title = new QLabel(tr("Skipped or repaired while reading the file:"), this);
        title->setTextFormat(Qt::PlainText);
        layout->addWidget(title);
        QStringList reasons;
        for (const ParseWarning &warning : summary.warnings)
            reasons << warning.toString();
        // A plain-text editor: markup in a title or address shows as written, and long lists scroll.
        // Wrapped, because each line is a sentence to read to its end.
        m_skipped = new QPlainTextEdit(reasons.join(u'\n'), this);
        m_skipped->setObjectName(QStringLiteral("skippedText"));
        m_skipped->setReadOnly(true);
        m_skipped->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        layout->addWidget(m_skipped, 1);
        resize(640, 360);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
}

QString OpmlSummaryDialog::countsText() const
{
    return m_counts->text();
}

QString OpmlSummaryDialog::skippedText() const
{
    return m_skipped ? m_skipped->toPlainText() : QString();
}

} // namespace tidings::app
