#pragma once

#include <QByteArray>

namespace tidings {

// "Tidings/<version> (+<homepage>)": publishers can see who polls them and where to read about it.
QByteArray userAgent();

} // namespace tidings
