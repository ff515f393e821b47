#pragma once

// The status bar's account of refreshing: progress while it runs (feeds done of total, new items)
// with a Cancel button, and afterwards when the last refresh ended and how many feeds are failing,
// as a button that lists them.

#include <QDateTime>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace tidings::app {

class RefreshStatus : public QWidget
{
    Q_OBJECT

public:
    explicit RefreshStatus(QWidget *parent = nullptr);

    void started(int total);
    void progressed(int done, int total, int newItems);
    void finished(int newItems, bool cancelled, const QDateTime &at);
    void setFailingFeeds(int count);

signals:
    void cancelRequested();
    void failingFeedsRequested();

private:
    QLabel *m_label;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QToolButton *m_failing;
};

} // namespace tidings::app
