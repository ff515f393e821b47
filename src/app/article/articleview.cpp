#include "app/article/articleview.h"

#include "app/article/articleinterceptor.h"
#include "app/article/articlepage.h"
#include "app/article/articleprofile.h"
#include "app/article/articlescheme.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QVBoxLayout>
#include <QWebEngineContextMenuRequest>
#include <QWebEngineLoadingInfo>
#include <QWebEngineScript>
#include <QWebEngineView>

namespace tidings::app {

namespace {

// Our own scripts run in the application's isolated world: JavascriptEnabled governs only the
// main world, where page script would run, so scrolling works while the article cannot script.
constexpr quint32 kScriptWorld = QWebEngineScript::ApplicationWorld;

// One page less three lines, so the line read last stays in sight.
const QString kScrollScript = QStringLiteral(
    "(function (down) {"
    "  var e = document.scrollingElement || document.documentElement;"
    "  var max = e.scrollHeight - e.clientHeight;"
    "  var step = Math.max(40, e.clientHeight - 3 * parseFloat(getComputedStyle(document.body).lineHeight || 24));"
    "  if (down) {"
    "    if (e.scrollTop >= max - 1) return false;"
    "    e.scrollTop = Math.min(max, e.scrollTop + step);"
    "  } else {"
    "    if (e.scrollTop <= 0) return false;"
    "    e.scrollTop = Math.max(0, e.scrollTop - step);"
    "  }"
    "  return true;"
    "})(%1)");

} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QWidget(parent)
    , m_profile(new ArticleProfile(this))
    , m_page(new ArticlePage(m_profile, this))
    , m_web(new QWebEngineView(this))
{
    m_web->setPage(m_page);
    m_web->setContextMenuPolicy(Qt::CustomContextMenu);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_web);
    setFocusProxy(m_web);

    connect(m_web, &QWidget::customContextMenuRequested, this, &ArticleView::showContextMenu);
    connect(m_page, &ArticlePage::actionLinkClicked, this, [this](const QUrl &url) {
        const QString action = url.toString();
        if (action == ArticleHtml::addFeedAction)
            emit addFeedRequested();
        else if (action == ArticleHtml::importOpmlAction)
            emit importOpmlRequested();
    });
    // Only the outcome of our own load counts; a refused navigation is not a page.
    connect(m_page, &QWebEnginePage::loadingChanged, this, [this](const QWebEngineLoadingInfo &info) {
        if (info.url() != m_url || info.status() == QWebEngineLoadingInfo::LoadStartedStatus)
            return;
        const bool ok = info.status() == QWebEngineLoadingInfo::LoadSucceededStatus;
        // Chromium keeps zoom per site and our pages have no host: set it again for each page.
        m_page->setZoomFactor(m_zoom);
        if (ok && m_restoreScroll >= 0) {
            m_page->runJavaScript(
                QStringLiteral("(function (f) { var e = document.scrollingElement || document.documentElement;"
                               " e.scrollTop = f * (e.scrollHeight - e.clientHeight); })(%1)")
                    .arg(m_restoreScroll),
                kScriptWorld);
        }
        m_restoreScroll = -1;
        emit loadFinished(ok);
    });

    m_page->setBackgroundColor(articleBackground(m_appearance));
    clear();
}

ArticleView::~ArticleView()
{
    // The page must go before its profile (platform-notes §2), and both before the widgets.
    // Script callbacks still pending are answered while the page goes: make them stale first.
    ++m_generation;
    delete m_page;
    delete m_profile;
}

void ArticleView::showArticle(const ItemRow &item, const QString &feedTitle, bool loadRemoteImages)
{
    m_showing = Showing::Article;
    m_item = item;
    m_feedTitle = feedTitle;
    m_remoteImages = loadRemoteImages;
    m_restoreScroll = -1;
    render();
}

void ArticleView::showWelcome()
{
    m_showing = Showing::Welcome;
    m_item = {};
    m_restoreScroll = -1;
    render();
}

void ArticleView::clear()
{
    m_showing = Showing::Nothing;
    m_item = {};
    m_restoreScroll = -1;
    render();
}

void ArticleView::setAppearance(const ArticleAppearance &appearance)
{
    m_appearance = appearance;
    if (m_showing != Showing::Article) {
        render();
        return;
    }
    // Keep the reader's place: ask where the page is scrolled to, then render at that point.
    const quint64 generation = m_generation;
    m_page->runJavaScript(
        QStringLiteral("(function () { var e = document.scrollingElement || document.documentElement;"
                       " var max = e.scrollHeight - e.clientHeight; return max > 0 ? e.scrollTop / max : 0; })()"),
        kScriptWorld, [this, generation](const QVariant &fraction) {
            if (generation != m_generation)
                return;   // another page was shown meanwhile and rendered with the new look
            render();
            m_restoreScroll = fraction.isValid() ? fraction.toDouble() : -1;
        });
}

void ArticleView::setZoomFactor(qreal factor)
{
    m_zoom = qBound<qreal>(0.25, factor, 5.0);   // QWebEnginePage's own range
    m_page->setZoomFactor(m_zoom);
}

qreal ArticleView::zoomFactor() const
{
    return m_zoom;
}

void ArticleView::scrollPageDown(std::function<void(bool scrolled)> done)
{
    m_page->runJavaScript(kScrollScript.arg(QLatin1String("true")), kScriptWorld,
                          [done = std::move(done)](const QVariant &scrolled) {
                              if (done)
                                  done(scrolled.toBool());
                          });
}

void ArticleView::scrollPageUp()
{
    m_page->runJavaScript(kScrollScript.arg(QLatin1String("false")), kScriptWorld);
}

void ArticleView::render()
{
    switch (m_showing) {
    case Showing::Article:
        load(ArticleHtml::article(m_item, m_feedTitle, m_remoteImages, m_appearance), m_remoteImages);
        break;
    case Showing::Welcome:
        load(ArticleHtml::welcome(m_appearance), false);
        break;
    case Showing::Nothing:
        load(ArticleHtml::empty(m_appearance), false);
        break;
    }
}

void ArticleView::load(const QByteArray &html, bool loadRemoteImages)
{
    m_url = QUrl(QStringLiteral("%1://article/%2").arg(kArticleScheme).arg(++m_generation));
    // Painted before the new page arrives, so switching articles or themes never flashes white.
    m_page->setBackgroundColor(articleBackground(m_appearance));
    m_page->setActionLinksEnabled(m_showing == Showing::Welcome);
    m_profile->interceptor()->setRemoteImagesAllowed(loadRemoteImages);
    m_profile->schemeHandler()->setPage(m_url, html);
    m_page->loadOwnPage(m_url, loadRemoteImages);
}

void ArticleView::showContextMenu(const QPoint &position)
{
    // A reader's menu: copying only. The stock one offers back, reload, save and view source,
    // none of which an article pane has any use for.
    QMenu menu(this);
    const QWebEngineContextMenuRequest *request = m_web->lastContextMenuRequest();
    if (request && !request->selectedText().isEmpty())
        menu.addAction(m_page->action(QWebEnginePage::Copy));
    if (request && request->linkUrl().isValid())
        menu.addAction(m_page->action(QWebEnginePage::CopyLinkToClipboard));
    menu.addAction(m_page->action(QWebEnginePage::SelectAll));
    menu.exec(m_web->mapToGlobal(position));
}

} // namespace tidings::app
