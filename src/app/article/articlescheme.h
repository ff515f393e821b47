#pragma once

// The `tidings:` scheme: the article pane's pages are served from memory under it, never through
// setHtml() (whose data: URL Chromium caps at 2 MB, threats.md §3a) and never from a file: URL
// (which would open the door to local files).

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QWebEngineUrlSchemeHandler>

namespace tidings::app {

// Registers `tidings` with WebEngine. Must run in main() before the QApplication exists.
// LocalScheme makes remote subresources obey LocalContentCanAccessRemoteUrls (verified, §3a),
// which is the per-page master switch for remote images.
void registerArticleScheme();

inline const QString kArticleScheme = QStringLiteral("tidings");

// Serves exactly one page, the one the view is showing; every other tidings: URL fails. So a
// relative reference that resolves against the page (a base-less `src=x`) cannot fetch anything.
class ArticleSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
public:
    explicit ArticleSchemeHandler(QObject *parent = nullptr);

    void setPage(const QUrl &url, const QByteArray &html);
    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    QUrl m_url;
    QByteArray m_html;
};

} // namespace tidings::app
