#include "app/article/articleprofile.h"

#include "app/article/articleinterceptor.h"
#include "app/article/articlescheme.h"

#include <QWebEngineDownloadRequest>
#include <QWebEngineSettings>

namespace tidings::app {

ArticleProfile::ArticleProfile(QObject *parent)
    : QWebEngineProfile(parent)   // no storage name: off the record
    , m_interceptor(new ArticleRequestInterceptor(this))
    , m_handler(new ArticleSchemeHandler(this))
{
    setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    setSpellCheckEnabled(false);
    setUrlRequestInterceptor(m_interceptor);
    installUrlSchemeHandler(kArticleScheme.toLatin1(), m_handler);
    // Nothing in an article may save a file: a "save link" from the context menu included.
    connect(this, &QWebEngineProfile::downloadRequested, this,
            [](QWebEngineDownloadRequest *download) { download->cancel(); });

    QWebEngineSettings *s = settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanPaste, false);
    // Per page, and on only while the article's feed may load remote images (ArticlePage).
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::WebGLEnabled, false);
    s->setAttribute(QWebEngineSettings::Accelerated2dCanvasEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    s->setAttribute(QWebEngineSettings::TouchIconsEnabled, false);
    s->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    s->setAttribute(QWebEngineSettings::HyperlinkAuditingEnabled, false);
    s->setAttribute(QWebEngineSettings::AllowRunningInsecureContent, false);
    s->setAttribute(QWebEngineSettings::AllowGeolocationOnInsecureOrigins, false);
    s->setAttribute(QWebEngineSettings::AllowWindowActivationFromJavaScript, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    s->setAttribute(QWebEngineSettings::PlaybackRequiresUserGesture, true);
    s->setAttribute(QWebEngineSettings::FullScreenSupportEnabled, false);
    s->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
    s->setAttribute(QWebEngineSettings::WebRTCPublicInterfacesOnly, true);
    // A failed load shows our page or nothing, never Chromium's error page with its own links.
    s->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
    // AutoLoadImages stays on: off would hide data: images too. Remote ones are gated above.
    // Not DisallowUnknownUrlSchemes: with it, a clicked mailto: link never reaches
    // acceptNavigationRequest() (Qt refuses it before asking the page). From user interaction,
    // ArticlePage's allow-list decides: mailto goes to the mail client, everything else nowhere.
    s->setUnknownUrlSchemePolicy(QWebEngineSettings::AllowUnknownUrlSchemesFromUserInteraction);
}

} // namespace tidings::app
