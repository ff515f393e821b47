#include "app/article/articlepage.h"

#include "app/article/articlescheme.h"

#include <QAuthenticator>
#include <QDesktopServices>
#include <QWebEngineCertificateError>
#include <QWebEngineFileSystemAccessRequest>
#include <QWebEngineFullScreenRequest>
#include <QWebEngineNewWindowRequest>
#include <QWebEngineQuotaRequest>
#include <QWebEngineRegisterProtocolHandlerRequest>
#include <QWebEngineSettings>

namespace tidings::app {

namespace {

bool isExternalLinkScheme(const QString &scheme)
{
    return scheme == QLatin1String("http") || scheme == QLatin1String("https")
           || scheme == QLatin1String("mailto");
}

} // namespace

ArticlePage::ArticlePage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    connect(this, &QWebEnginePage::featurePermissionRequested, this,
            [this](const QUrl &origin, QWebEnginePage::Feature feature) {
                setFeaturePermission(origin, feature, QWebEnginePage::PermissionDeniedByUser);
            });
    connect(this, &QWebEnginePage::fullScreenRequested, this,
            [](QWebEngineFullScreenRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::quotaRequested, this,
            [](QWebEngineQuotaRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::registerProtocolHandlerRequested, this,
            [](QWebEngineRegisterProtocolHandlerRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::fileSystemAccessRequested, this,
            [](QWebEngineFileSystemAccessRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::certificateError, this,
            [](const QWebEngineCertificateError &error) {
                QWebEngineCertificateError copy = error;
                copy.rejectCertificate();
            });
    // An empty authenticator cancels the request: an article never asks for anyone's password.
    connect(this, &QWebEnginePage::authenticationRequired, this,
            [](const QUrl &, QAuthenticator *authenticator) { *authenticator = QAuthenticator(); });
    connect(this, &QWebEnginePage::proxyAuthenticationRequired, this,
            [](const QUrl &, QAuthenticator *authenticator, const QString &) {
                *authenticator = QAuthenticator();
            });
    // A middle or Ctrl click asks for a new window: a link the user chose, so it goes to the
    // browser like a plain click. The request is left unaccepted, so no window (and createWindow()
    // refuses anyway). JavaScript is off, so nothing else can ask; the check is defence in depth.
    connect(this, &QWebEnginePage::newWindowRequested, this,
            [](QWebEngineNewWindowRequest &request) {
                if (request.isUserInitiated() && isExternalLinkScheme(request.requestedUrl().scheme()))
                    QDesktopServices::openUrl(request.requestedUrl());
            });
}

void ArticlePage::loadOwnPage(const QUrl &url, bool remoteImages)
{
    m_ownUrl = url;
    settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, remoteImages);
    load(url);
}

bool ArticlePage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    // Only the load we started ourselves: a meta refresh or reload to the same URL is refused too.
    if (isMainFrame && type == NavigationTypeTyped && url == m_ownUrl)
        return true;
    if (isMainFrame && type == NavigationTypeLinkClicked) {
        if (url.scheme() == kArticleScheme) {
            if (m_actionLinks)
                emit actionLinkClicked(url);
        } else if (isExternalLinkScheme(url.scheme())) {
            QDesktopServices::openUrl(url);
        }
    }
    return false;
}

QWebEnginePage *ArticlePage::createWindow(WebWindowType)
{
    return nullptr;
}

QStringList ArticlePage::chooseFiles(FileSelectionMode, const QStringList &, const QStringList &)
{
    return {};
}

} // namespace tidings::app
