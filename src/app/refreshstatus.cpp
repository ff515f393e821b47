#include "app/refreshstatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

namespace tidings::app {

RefreshStatus::RefreshStatus(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_failing(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label->setTextFormat(Qt::PlainText);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAutoRaise(true);
    m_cancel->hide();
    m_failing->setAutoRaise(true);
    m_failing->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_failing->setToolTip(tr("Show the feeds that could not be refreshed"));
    m_failing->hide();
    layout->addWidget(m_failing);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &RefreshStatus::cancelRequested);
    connect(m_failing, &QToolButton::clicked, this, &RefreshStatus::failingFeedsRequested);
}

void RefreshStatus::started(int total)
{
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    progressed(0, total, 0);
}

void RefreshStatus::progressed(int done, int total, int newItems)
{
    m_progress->setMaximum(qMax(1, total));
    m_progress->setValue(done);
    m_label->setText(tr("Refreshing %1 of %2 feeds, %n new item(s)", nullptr, newItems).arg(done).arg(total));
}

void RefreshStatus::finished(int newItems, bool cancelled, const QDateTime &at)
{
    m_progress->hide();
    m_cancel->hide();
    const QString time = QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat);
    m_label->setText(cancelled ? tr("Refresh cancelled at %1").arg(time)
                               : tr("Last refresh %1, %n new item(s)", nullptr, newItems).arg(time));
}

void RefreshStatus::setFailingFeeds(int count)
{
    m_failing->setVisible(count > 0);
    m_failing->setText(tr("%n failing feed(s)", nullptr, count));
}

} // namespace tidings::app
