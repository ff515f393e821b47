#include "app/article/articlescheme.h"

#include <QBuffer>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace tidings::app {

void registerArticleScheme()
{
    QWebEngineUrlScheme scheme(kArticleScheme.toLatin1());
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    scheme.setFlags(QWebEngineUrlScheme::LocalScheme);
    QWebEngineUrlScheme::registerScheme(scheme);
}

ArticleSchemeHandler::ArticleSchemeHandler(QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
{
}

void ArticleSchemeHandler::setPage(const QUrl &url, const QByteArray &html)
{
    m_url = url;
    m_html = html;
}

void ArticleSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    if (job->requestMethod() != "GET" || job->requestUrl() != m_url) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    // The buffer shares the bytes (implicit sharing), so a 3 MB page is not copied per request;
    // the job owns it and deletes it when the reply is done.
    auto *buffer = new QBuffer(job);
    buffer->setData(m_html);
    buffer->open(QIODevice::ReadOnly);
    job->reply(QByteArrayLiteral("text/html"), buffer);
}

} // namespace tidings::app
