#pragma once

// macOS does not pass a clicked feed: link or a double-clicked .opml file on the command line: it
// sends the running application a QFileOpenEvent. This filter (installed on the QApplication) turns
// that event into the same LaunchRequest the command line and the instance socket produce.

#include "app/instance/launchrequest.h"

#include <QObject>

namespace tidings::app {

class FileOpenFilter : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void requested(const tidings::app::LaunchRequest &request);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace tidings::app
