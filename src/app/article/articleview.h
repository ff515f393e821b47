#pragma once

// The article pane the main window embeds: a QWebEngineView on a locked-down page and profile
// (articleprofile.h, articlepage.h, articleinterceptor.h) showing pages built by ArticleHtml and
// served under tidings: (articlescheme.h). The rules for untrusted content live in those classes;
// this one only decides what to show.

#include "app/article/articlehtml.h"
#include "core/store/store.h"

#include <QUrl>
#include <QWidget>

#include <functional>

class QWebEngineView;

namespace tidings::app {

class ArticlePage;
class ArticleProfile;

void registerArticleScheme();   // articlescheme.h

class ArticleView : public QWidget
{
    Q_OBJECT
public:
    explicit ArticleView(QWidget *parent = nullptr);
    ~ArticleView() override;

    // `loadRemoteImages` is the per-feed decision (the global default is on): off, no request
    // leaves the machine for this article.
    void showArticle(const tidings::ItemRow &item, const QString &feedTitle, bool loadRemoteImages);
    void showWelcome();          // first run: "Add feed" and "Import OPML" links
    void clear();                // an empty page in the theme's colours
    void setAppearance(const ArticleAppearance &appearance);   // re-renders the current page
    ArticleAppearance appearance() const { return m_appearance; }
    void setZoomFactor(qreal factor);
    qreal zoomFactor() const;
    // Space-bar reading: scrolls one page; `done(false)` when it was already at the bottom.
    void scrollPageDown(std::function<void(bool scrolled)> done);
    void scrollPageUp();

signals:
    void addFeedRequested();
    void importOpmlRequested();
    void loadFinished(bool ok);

private:
    enum class Showing { Nothing, Article, Welcome };

    void render();
    void load(const QByteArray &html, bool loadRemoteImages);
    void showContextMenu(const QPoint &position);

    ArticleProfile *m_profile;
    ArticlePage *m_page;
    QWebEngineView *m_web;

    Showing m_showing = Showing::Nothing;
    ItemRow m_item;
    QString m_feedTitle;
    bool m_remoteImages = false;
    ArticleAppearance m_appearance;
    qreal m_zoom = 1.0;
    QUrl m_url;                  // the page being shown or loading
    quint64 m_generation = 0;    // every page gets a URL of its own, so no load is mistaken for another
    double m_restoreScroll = -1; // after a re-render: the fraction of the page that was scrolled
};

} // namespace tidings::app
