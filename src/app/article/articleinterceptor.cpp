#include "app/article/articleinterceptor.h"

#include "app/article/articlescheme.h"

#include <QWebEngineUrlRequestInfo>

namespace tidings::app {

ArticleRequestInterceptor::ArticleRequestInterceptor(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{
}

void ArticleRequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QString scheme = info.requestUrl().scheme();
    if (scheme == kArticleScheme || scheme == QLatin1String("data"))
        return;
    const bool remote = scheme == QLatin1String("http") || scheme == QLatin1String("https");
    const auto type = info.resourceType();
    const bool imageOrMedia = type == QWebEngineUrlRequestInfo::ResourceTypeImage
                              || type == QWebEngineUrlRequestInfo::ResourceTypeMedia;
    if (remote && imageOrMedia && m_remoteImages)
        return;
    info.block(true);
}

} // namespace tidings::app
