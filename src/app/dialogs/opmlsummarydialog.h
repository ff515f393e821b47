#pragma once

// What an OPML import did: counts, then every entry the reader skipped or repaired with its reason.
// All of it is plain text (the reasons quote the file's titles and addresses: threats.md §5).

#include "core/service/opmltransfer.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace tidings::app {

class OpmlSummaryDialog : public QDialog
{
    Q_OBJECT

public:
    OpmlSummaryDialog(const QString &fileName, const OpmlImportSummary &summary, QWidget *parent = nullptr);

    // For tests: the text shown.
    QString countsText() const;
    QString skippedText() const;   // one line per skipped or repaired entry; empty when there were none

private:
    QLabel *m_counts = nullptr;
    QPlainTextEdit *m_skipped = nullptr;
};

} // namespace tidings::app
