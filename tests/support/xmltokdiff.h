#pragma once

// Reads one document with FastXmlTokenizer and with QXmlStreamReader (set up as XmlFeedReader sets
// it up) side by side and compares every token the fast one reports: type, names, prefixes,
// attributes, text, isWhitespace, isCDATA, line and column. Shared by tst_fastxml and fuzz_xmltok.

#include "core/feed/fastxmltokenizer.h"

#include <QBuffer>
#include <QXmlStreamReader>

namespace tidings::xmltokdiff {

struct Outcome {
    bool accepted = false;      // the fast tokenizer read to EndDocument
    QString unsupportedReason;  // when it stopped
    QString mismatch;           // the first difference; empty when none
    int tokens = 0;
};

// A test hook: corrupts what the fast side reports, to show the comparison can fail.
enum class Sabotage { None, Column, AttributeValue };

inline QString quoted(QStringView s)
{
    QString out = s.left(80).toString();
    out.replace(u'\n', QLatin1String("\\n")).replace(u'\r', QLatin1String("\\r")).replace(u'\t', QLatin1String("\\t"));
    return u'"' + out + u'"';
}

inline Outcome compare(const QByteArray &xml, Sabotage sabotage = Sabotage::None)
{
    Outcome outcome;
    FastXmlTokenizer fast(xml);
    QBuffer buffer;
    buffer.setData(xml);
    buffer.open(QIODevice::ReadOnly);
    QXmlStreamReader qt(&buffer);
    qt.setNamespaceProcessing(false);
    auto differ = [&](const char *what, const QString &fastValue, const QString &qtValue) {
        outcome.mismatch = QStringLiteral("token %1 (%2) %3: fast %4, Qt %5")
                               .arg(outcome.tokens)
                               .arg(qt.tokenString(), QLatin1String(what), fastValue, qtValue);
    };
    for (;;) {
        const QXmlStreamReader::TokenType f = fast.readNext();
        if (fast.unsupported()) {
            outcome.unsupportedReason = QString::fromLatin1(fast.unsupportedReason());
            return outcome;
        }
        const QXmlStreamReader::TokenType q = qt.readNext();
        ++outcome.tokens;
        if (f != q) {
            differ("type", QString::number(f),
                   QString::number(q) + (qt.hasError() ? QStringLiteral(" error: ") + qt.errorString() : QString()));
            return outcome;
        }
        if (fast.qualifiedName() != qt.qualifiedName())
            return differ("qualifiedName", quoted(fast.qualifiedName()), quoted(qt.qualifiedName())), outcome;
        if (fast.prefix() != qt.prefix())
            return differ("prefix", quoted(fast.prefix()), quoted(qt.prefix())), outcome;
        if (fast.name() != qt.name())
            return differ("name", quoted(fast.name()), quoted(qt.name())), outcome;
        const QXmlStreamAttributes attributes = qt.attributes();
        if (fast.attributeCount() != attributes.size()) {
            return differ("attribute count", QString::number(fast.attributeCount()), QString::number(attributes.size())),
                   outcome;
        }
        for (int i = 0; i < fast.attributeCount(); ++i) {
            const QXmlStreamAttribute &a = attributes.at(i);
            QString value = fast.attributeValue(i).toString();
            if (sabotage == Sabotage::AttributeValue)
                value.replace(u' ', u'\t');
            if (fast.attributeQualifiedName(i) != a.qualifiedName() || fast.attributePrefix(i) != a.prefix()
                || fast.attributeName(i) != a.name() || value != a.value()) {
                return differ("attribute", quoted(fast.attributeQualifiedName(i)) + u'=' + quoted(value),
                              quoted(a.qualifiedName()) + u'=' + quoted(a.value())),
                       outcome;
            }
        }
        if (fast.text() != qt.text())
            return differ("text", quoted(fast.text()), quoted(qt.text())), outcome;
        if (fast.isWhitespace() != qt.isWhitespace())
            return differ("isWhitespace", QString::number(fast.isWhitespace()), QString::number(qt.isWhitespace())), outcome;
        if (fast.isCDATA() != qt.isCDATA())
            return differ("isCDATA", QString::number(fast.isCDATA()), QString::number(qt.isCDATA())), outcome;
        // StartDocument's position depends on how far Qt looked ahead for a declaration; nothing reads it.
        if (f != QXmlStreamReader::StartDocument) {
            const qint64 column = fast.columnNumber() + (sabotage == Sabotage::Column && fast.lineNumber() > 1 ? 1 : 0);
            if (fast.lineNumber() != qt.lineNumber() || column != qt.columnNumber()) {
                return differ("position",
                              QStringLiteral("%1:%2").arg(fast.lineNumber()).arg(column),
                              QStringLiteral("%1:%2").arg(qt.lineNumber()).arg(qt.columnNumber())),
                       outcome;
            }
        }
        if (f == QXmlStreamReader::EndDocument) {
            if (!qt.atEnd() || qt.hasError())
                return differ("end", QStringLiteral("end"), qt.errorString()), outcome;
            outcome.accepted = true;
            return outcome;
        }
    }
}

} // namespace tidings::xmltokdiff
