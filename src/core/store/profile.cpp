#include "core/store/profile.h"

#include <QDir>
#include <QStandardPaths>

namespace tidings {

QString profileDirectory(const QString &profileOption)
{
    QString dir = profileOption;
    if (dir.isEmpty())
        dir = qEnvironmentVariable("TIDINGS_PROFILE");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir;
}

ProfileLocation resolveProfile(const QString &profileOption)
{
    const QString dir = profileDirectory(profileOption);
    ProfileLocation location;
    if (dir.isEmpty()) {
        location.error = QCoreApplication::translate("tidings::Profile",
                                                     "this system has no folder for application data; "
                                                     "choose one with --profile");
        return location;
    }
    const QString absolute = QDir(dir).absolutePath();
    if (!QDir().mkpath(absolute)) {
        location.error = QCoreApplication::translate("tidings::Profile", "the profile folder %1 cannot be created")
                             .arg(QDir::toNativeSeparators(absolute));
        return location;
    }
    location.path = absolute;
    return location;
}

} // namespace tidings
