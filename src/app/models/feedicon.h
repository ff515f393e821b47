#pragma once

// How a feed looks in the subscriptions pane: its favicon (or a generic icon), with a badge when
// fetching it fails, moved or is gone. Internal to app/models.

#include "core/store/store.h"

#include <QIcon>

namespace tidings::app {

// The favicon bytes come from the network: anything Qt cannot decode gives the generic icon.
QIcon feedIcon(const FeedRow &feed);

} // namespace tidings::app
