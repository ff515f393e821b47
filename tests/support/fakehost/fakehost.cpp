// fakehost: stands in for a desktop's tray host and notification server on a private session bus
// (platform-notes §4, recipe A), for tests/tray. It owns org.kde.StatusNotifierWatcher (reporting a
// registered host, so Qt uses its D-Bus tray) and org.freedesktop.Notifications, and prints one
// line per call on stdout, fields separated by tabs:
//   READY <1|0>                          once, after taking both names
//   REGISTER <service+path>              RegisterStatusNotifierItem
//   NOTIFY <id> <app> <replaces> <summary> <body> <actions>   body and summary with \n, \t, \\ and
//                                        other control characters written as escapes
// It must be its own process: a watcher inside the test process makes Qt block on calls to itself.
//
// Usage: fakehost [capability,...]   (default: body,body-markup,actions)
// Tests click a notification by calling Click(id, action) on the Notifications object: it emits
// ActionInvoked as a server does; Close(id, reason) emits NotificationClosed.

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QStringList>
#include <QVariantMap>

#include <cstdio>

namespace {

QByteArray escaped(const QString &text)
{
    QByteArray out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\\')
            out += "\\\\";
        else if (u == u'\n')
            out += "\\n";
        else if (u == u'\t')
            out += "\\t";
        else if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
            out += "\\u" + QByteArray::number(u, 16).rightJustified(4, '0');
        else
            out += QString(c).toUtf8();
    }
    return out;
}

void emitLine(const QList<QByteArray> &fields)
{
    const QByteArray line = QByteArrayList(fields).join('\t') + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

} // namespace

class Watcher : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.StatusNotifierWatcher")
    Q_PROPERTY(bool IsStatusNotifierHostRegistered READ host)
    Q_PROPERTY(int ProtocolVersion READ version)
    Q_PROPERTY(QStringList RegisteredStatusNotifierItems READ items)

public:
    bool host() const { return true; }
    int version() const { return 0; }
    QStringList items() const { return m_items; }

public slots:
    void RegisterStatusNotifierItem(const QString &service, const QDBusMessage &message)
    {
        const QString item = service.startsWith(u'/') ? message.service() + service : service;
        m_items.append(item);
        emitLine({"REGISTER", escaped(item)});
        emit StatusNotifierItemRegistered(item);
    }
    void RegisterStatusNotifierHost(const QString &) {}

signals:
    void StatusNotifierItemRegistered(const QString &item);
    void StatusNotifierItemUnregistered(const QString &item);
    void StatusNotifierHostRegistered();

private:
    QStringList m_items;
};

class Notifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    explicit Notifications(QStringList capabilities) : m_capabilities(std::move(capabilities)) {}

public slots:
    uint Notify(const QString &app, uint replaces, const QString &icon, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(icon);
        Q_UNUSED(hints);
        Q_UNUSED(timeout);
        const uint id = replaces != 0 ? replaces : ++m_last;   // as the specification says
        emitLine({"NOTIFY", QByteArray::number(id), escaped(app), QByteArray::number(replaces), escaped(summary),
                  escaped(body), escaped(actions.join(u','))});
        return id;
    }
    QStringList GetCapabilities() { return m_capabilities; }
    void CloseNotification(uint) {}
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion)
    {
        vendor = QStringLiteral("tidings-tests");
        version = QStringLiteral("1");
        specVersion = QStringLiteral("1.2");
        return QStringLiteral("fakehost");
    }
    // Not part of the spec: what a click on notification `id` makes a real server do.
    void Click(uint id, const QString &action) { emit ActionInvoked(id, action); }
    // Not part of the spec either: the reader closing it (reason 2), or it timing out (reason 1).
    void Close(uint id, uint reason) { emit NotificationClosed(id, reason); }

signals:
    void ActionInvoked(uint id, const QString &action);
    void NotificationClosed(uint id, uint reason);

private:
    QStringList m_capabilities;
    uint m_last = 0;
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList capabilities = {QStringLiteral("body"), QStringLiteral("body-markup"), QStringLiteral("actions")};
    if (argc > 1)
        capabilities = QString::fromLocal8Bit(argv[1]).split(u',', Qt::SkipEmptyParts);
    QDBusConnection bus = QDBusConnection::sessionBus();
    Watcher watcher;
    Notifications notifications(capabilities);
    const auto all = QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllProperties
                     | QDBusConnection::ExportAllSignals;
    const bool ok = bus.isConnected() && bus.registerObject(QStringLiteral("/StatusNotifierWatcher"), &watcher, all)
                    && bus.registerService(QStringLiteral("org.kde.StatusNotifierWatcher"))
                    && bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &notifications, all)
                    && bus.registerService(QStringLiteral("org.freedesktop.Notifications"));
    emitLine({"READY", ok ? "1" : "0"});
    if (!ok)
        std::fprintf(stderr, "fakehost: %s\n", qPrintable(bus.lastError().message()));
    return app.exec();
}

#include "fakehost.moc"
