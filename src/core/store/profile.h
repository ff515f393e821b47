#pragma once

// Where a profile (database and settings) lives, as the command-line contract defines it.

#include <QCoreApplication>
#include <QString>

namespace tidings {

struct ProfileLocation {
    QString path;    // absolute; empty when it could not be found or created
    QString error;   // one translated sentence when path is empty
};

// `--profile DIR` when given (non-empty), else the environment variable TIDINGS_PROFILE, else the
// platform's application-data folder (QStandardPaths::AppDataLocation). A missing folder is created.
ProfileLocation resolveProfile(const QString &profileOption);

} // namespace tidings
