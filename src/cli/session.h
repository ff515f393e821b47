#pragma once

#include "core/store/store.h"

#include <QString>

namespace tidings::cli {

// What every verb that touches the profile needs: the resolved profile folder and the open store.
struct Session {
    QString profile;      // as given by --profile, empty for the default
    Store store;

    // Resolves the profile and opens its database; one translated sentence on failure.
    QString open();
};

} // namespace tidings::cli
