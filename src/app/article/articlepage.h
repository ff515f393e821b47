#pragma once

// Where the article pane may go (threats.md §3b): nowhere but the page the view itself loads.
// A clicked http, https or mailto link in the main frame is handed to the desktop's browser or
// mail client; every other navigation (meta refresh, frames, objects, form posts, javascript:,
// file: and custom schemes, back/forward, reload) is refused. Permission, full-screen, window,
// certificate and login requests are refused too.

#include <QUrl>
#include <QWebEnginePage>

namespace tidings::app {

class ArticlePage : public QWebEnginePage
{
    Q_OBJECT
public:
    explicit ArticlePage(QWebEngineProfile *profile, QObject *parent = nullptr);

    // The one URL the next main-frame load may go to; remote content follows `remoteImages`
    // (LocalContentCanAccessRemoteUrls for this page, the interceptor does the rest).
    void loadOwnPage(const QUrl &url, bool remoteImages);

    // Clicks on tidings:action/... links are reported only while this is on (the welcome page):
    // an article cannot trigger app actions even if such a link got past the sanitizer.
    void setActionLinksEnabled(bool enabled) { m_actionLinks = enabled; }

signals:
    void actionLinkClicked(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    QStringList chooseFiles(FileSelectionMode mode, const QStringList &oldFiles,
                            const QStringList &acceptedMimeTypes) override;

private:
    QUrl m_ownUrl;
    bool m_actionLinks = false;
};

} // namespace tidings::app
