#include "cli/session.h"

#include "core/store/profile.h"

namespace tidings::cli {

QString Session::open()
{
    const ProfileLocation location = resolveProfile(profile);
    if (location.path.isEmpty())
        return location.error;
    return store.open(location.path);
}

} // namespace tidings::cli
