#pragma once

// The pages of the article pane, built from the template in resources/article/. Pure functions:
// values in, UTF-8 HTML out, so the markup is testable without WebEngine. Everything written
// here from an item (title, feed title, authors, URLs) is escaped; the item's content is put in
// as it is, because the core's HtmlSanitizer already rebuilt it from its allow-list.

#include "core/store/store.h"

#include <QByteArray>
#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace tidings::app {

struct ArticleAppearance {
    bool dark = false;
    int fontSizePx = 16;
};

// The page background of a theme; the view paints it before a page arrives, so switching
// articles never flashes white.
QColor articleBackground(const ArticleAppearance &appearance);

class ArticleHtml
{
    Q_DECLARE_TR_FUNCTIONS(tidings::app::ArticleHtml)
public:
    // The welcome page's links; the page reports clicks on them instead of navigating.
    static const QString addFeedAction;
    static const QString importOpmlAction;

    static QByteArray article(const ItemRow &item, const QString &feedTitle, bool loadRemoteImages,
                              const ArticleAppearance &appearance);
    static QByteArray welcome(const ArticleAppearance &appearance);
    static QByteArray empty(const ArticleAppearance &appearance);

    // The Content-Security-Policy of a page: remote images and media appear in it only when
    // `loadRemoteImages` is on (threats.md §3b).
    static QString contentSecurityPolicy(bool loadRemoteImages);
};

} // namespace tidings::app
