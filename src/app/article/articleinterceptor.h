#pragma once

// The second gate of the article pane (the first is LocalContentCanAccessRemoteUrls, the third the
// page's CSP): every request WebEngine is about to make passes through here. Our own scheme and
// data: are allowed; http(s) only for images and media, and only while remote images are on for
// the article shown. Everything else (scripts, style sheets, frames, fonts, prefetches, pings,
// workers, other schemes) is blocked whatever the page says.

#include <QWebEngineUrlRequestInterceptor>

#include <atomic>

namespace tidings::app {

class ArticleRequestInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
public:
    explicit ArticleRequestInterceptor(QObject *parent = nullptr);

    void setRemoteImagesAllowed(bool allowed) { m_remoteImages = allowed; }
    bool remoteImagesAllowed() const { return m_remoteImages; }

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

private:
    // Qt 6 calls interceptRequest() on the UI thread, but an atomic costs nothing and stays right
    // should that ever change.
    std::atomic_bool m_remoteImages{false};
};

} // namespace tidings::app
