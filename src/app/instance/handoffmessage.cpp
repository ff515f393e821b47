#include "app/instance/handoffmessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tidings::app {
namespace {

const QByteArray kMagic = QByteArrayLiteral("TIDINGS-HANDOFF");

bool isPlainToken(const QString &token)
{
    if (token.size() > kMaxActivationToken)
        return false;
    for (QChar c : token) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

} // namespace

QByteArray encodeHandoff(const Handoff &handoff)
{
    QJsonArray args;
    for (const QString &url : handoff.request.feedUrls)
        args.append(url);
    for (const QString &path : handoff.request.opmlFiles)
        args.append(path);
    QJsonObject object{{QStringLiteral("args"), args}};
    if (isPlainToken(handoff.activationToken) && !handoff.activationToken.isEmpty())
        object.insert(QStringLiteral("token"), handoff.activationToken);
    const QByteArray payload = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return kMagic + ' ' + QByteArray::number(kHandoffVersion) + ' ' + QByteArray::number(payload.size()) + '\n'
           + payload;
}

HandoffReader::Status HandoffReader::feed(const QByteArray &bytes)
{
    if (m_status != Status::NeedMore)
        return m_status;
    m_buffer.append(bytes);
    if (m_payloadSize < 0) {
        const qsizetype end = m_buffer.indexOf('\n');
        if (end < 0)
            return m_buffer.size() > kMaxHandoffHeader ? fail() : Status::NeedMore;
        if (end > kMaxHandoffHeader)
            return fail();
        const QList<QByteArray> fields = m_buffer.left(end).split(' ');
        bool versionOk = false;
        bool sizeOk = false;
        if (fields.size() != 3 || fields[0] != kMagic || fields[1].toInt(&versionOk) != kHandoffVersion || !versionOk)
            return fail();
        const qlonglong size = fields[2].toLongLong(&sizeOk);
        if (!sizeOk || size < 0 || size > kMaxHandoffPayload)
            return fail();
        m_payloadSize = size;
        m_buffer.remove(0, end + 1);
    }
    if (m_buffer.size() > m_payloadSize)
        return fail();   // more than announced: not a peer that follows the protocol
    return m_buffer.size() == m_payloadSize ? finish() : Status::NeedMore;
}

HandoffReader::Status HandoffReader::fail()
{
    m_buffer.clear();
    m_status = Status::Invalid;
    return m_status;
}

HandoffReader::Status HandoffReader::finish()
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(m_buffer, &error);
    m_buffer.clear();
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail();
    const QJsonObject object = document.object();
    const QJsonValue args = object.value(QLatin1String("args"));
    const QJsonValue token = object.value(QLatin1String("token"));
    if (!args.isArray() || !(token.isUndefined() || token.isString()))
        return fail();
    QStringList arguments;
    for (const QJsonValue &value : args.toArray()) {
        if (!value.isString())
            return fail();
        arguments.append(value.toString());
    }
    // No working directory: the sender made paths absolute, and a relative one is refused.
    m_handoff.request = launchRequestFromArguments(arguments, QString());
    const QString tokenText = token.toString();
    if (!isPlainToken(tokenText))
        return fail();
    m_handoff.activationToken = tokenText;
    m_status = Status::Done;
    return m_status;
}

} // namespace tidings::app
