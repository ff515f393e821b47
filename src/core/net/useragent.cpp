#include "core/net/useragent.h"

namespace tidings {

QByteArray userAgent()
{
    return QByteArrayLiteral("Tidings/" TIDINGS_VERSION " (+" TIDINGS_HOMEPAGE ")");
}

} // namespace tidings
