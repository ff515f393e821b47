#pragma once

// Small synchronous wrappers for tests that drive a real QWebEnginePage: run a script in a world
// and wait for its value, read the page's text or HTML, click an element by id, and a permissive
// page to serve as the positive control of a guard ("the payload does work without the guard").
// Header-only so every UI test can include it.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineView>

#include <functional>
#include <memory>

namespace webtest {

// Waits for an asynchronous WebEngine answer; the state is shared, so a late answer after a
// timeout writes into memory that still exists.
template<typename T>
T await(const std::function<void(std::function<void(const T &)>)> &ask, int timeoutMs = 15000)
{
    struct State { bool done = false; T value{}; };
    auto state = std::make_shared<State>();
    ask([state](const T &value) {
        state->value = value;
        state->done = true;
    });
    QElapsedTimer timer;
    timer.start();
    while (!state->done && timer.elapsed() < timeoutMs)
        QTest::qWait(5);
    return state->value;
}

inline QVariant run(QWebEnginePage *page, const QString &script,
                    quint32 world = QWebEngineScript::ApplicationWorld)
{
    return await<QVariant>([&](std::function<void(const QVariant &)> done) {
        page->runJavaScript(script, world, done);
    });
}

inline QString plainText(QWebEnginePage *page)
{
    return await<QString>([&](std::function<void(const QString &)> done) { page->toPlainText(done); });
}

inline QString html(QWebEnginePage *page)
{
    return await<QString>([&](std::function<void(const QString &)> done) { page->toHtml(done); });
}

// The centre of the element with `id`, in the view's widget coordinates; invalid if absent.
inline QPoint elementCentre(QWebEngineView *view, const QString &id)
{
    const QVariant centre = run(view->page(), QStringLiteral(
        "(function () { var e = document.getElementById('%1'); if (!e) return null;"
        " var r = e.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()").arg(id));
    const QVariantList xy = centre.toList();
    if (xy.size() != 2)
        return {-1, -1};
    const qreal zoom = view->page()->zoomFactor();
    return QPointF(xy[0].toDouble() * zoom, xy[1].toDouble() * zoom).toPoint();
}

// A real mouse click, delivered where Chromium reads input: the view's focus proxy.
inline bool clickElement(QWebEngineView *view, const QString &id, Qt::MouseButton button = Qt::LeftButton)
{
    const QPoint at = elementCentre(view, id);
    QWidget *target = view->focusProxy();
    if (at.x() < 0 || !target)
        return false;
    QTest::mouseMove(target, at);
    QTest::qWait(20);
    QTest::mousePress(target, button, {}, at);
    QTest::qWait(20);
    QTest::mouseRelease(target, button, {}, at);
    return true;
}

// A page with WebEngine's defaults (JavaScript on, no interceptor, no navigation policy): the same
// payload must have its effect here, so a passing guard test cannot mean a broken harness.
class PermissivePage
{
public:
    PermissivePage()
    {
        m_view.setPage(&m_page);
        m_view.resize(900, 700);
    }
    QWebEnginePage *page() { return &m_page; }
    QWebEngineView *view() { return &m_view; }

    bool setHtml(const QString &html, const QUrl &base)
    {
        QSignalSpy loaded(&m_page, &QWebEnginePage::loadFinished);
        m_page.setHtml(html, base);
        return loaded.wait(30000) && loaded.first().first().toBool();
    }

private:
    QWebEngineProfile m_profile;          // off the record
    QWebEnginePage m_page{&m_profile};    // destroyed before the profile
    QWebEngineView m_view;                // does not own the page
};

} // namespace webtest
