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

// The folder resolveProfile() would use, as given (possibly relative), without creating it; empty
// when the system has no application-data folder. For reading a setting before anything is shown.
QString profileDirectory(const QString &profileOption);

} // namespace tidings
