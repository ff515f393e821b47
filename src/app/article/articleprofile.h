#pragma once

// The locked-down WebEngine profile of the article pane, exactly as threats.md §3b lays it out:
// off the record (no disk cache, cookies or storage), JavaScript off, no file access, no plugins,
// no window opening, downloads cancelled, unknown schemes refused. One profile per article view,
// so its interceptor and scheme handler answer for that view alone.

#include <QWebEngineProfile>

namespace tidings::app {

class ArticleRequestInterceptor;
class ArticleSchemeHandler;

class ArticleProfile : public QWebEngineProfile
{
    Q_OBJECT
public:
    explicit ArticleProfile(QObject *parent = nullptr);

    ArticleRequestInterceptor *interceptor() const { return m_interceptor; }
    ArticleSchemeHandler *schemeHandler() const { return m_handler; }

private:
    ArticleRequestInterceptor *m_interceptor;   // children: they outlive every use by the profile
    ArticleSchemeHandler *m_handler;
};

} // namespace tidings::app
