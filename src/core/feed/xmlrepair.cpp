#include "core/feed/xmlrepair.h"
#include "core/feed/textdecoder.h"
#include "core/feed/xmlrepair_p.h"

#include <QCoreApplication>
#include <algorithm>

namespace tidings {
namespace detail {
namespace {

struct XmlRepair {
    Q_DECLARE_TR_FUNCTIONS(XmlRepair)
};

QString describe(Repair kind, qsizetype count)
{
    const char *text = "";
    switch (kind) {
    case Junk: text = QT_TRANSLATE_NOOP("XmlRepair", "text before the first tag removed (%1 in total)"); break;
    case Doctype: text = QT_TRANSLATE_NOOP("XmlRepair", "entity declarations in the DTD were ignored (%1 in total)"); break;
    case BareAmpersand: text = QT_TRANSLATE_NOOP("XmlRepair", "bare '&' escaped (%1 in total)"); break;
    case HtmlEntity: text = QT_TRANSLATE_NOOP("XmlRepair", "HTML entities replaced by their characters (%1 in total)"); break;
    case UnknownEntity: text = QT_TRANSLATE_NOOP("XmlRepair", "undeclared entities kept as text (%1 in total)"); break;
    case BadReference: text = QT_TRANSLATE_NOOP("XmlRepair", "references to characters XML forbids replaced by U+FFFD (%1 in total)"); break;
    case BadCharacter: text = QT_TRANSLATE_NOOP("XmlRepair", "characters XML forbids removed (%1 in total)"); break;
    case StrayLessThan: text = QT_TRANSLATE_NOOP("XmlRepair", "'<' starting no tag escaped (%1 in total)"); break;
    case CdataEnd: text = QT_TRANSLATE_NOOP("XmlRepair", "']]>' outside CDATA escaped (%1 in total)"); break;
    case VoidElement: text = QT_TRANSLATE_NOOP("XmlRepair", "HTML void elements closed (%1 in total)"); break;
    case UnclosedElement: text = QT_TRANSLATE_NOOP("XmlRepair", "unclosed elements closed (%1 in total)"); break;
    case StrayEndTag: text = QT_TRANSLATE_NOOP("XmlRepair", "end tags closing no element dropped (%1 in total)"); break;
    case UnquotedValue: text = QT_TRANSLATE_NOOP("XmlRepair", "attribute values quoted (%1 in total)"); break;
    case MissingValue: text = QT_TRANSLATE_NOOP("XmlRepair", "attributes without a value given an empty one (%1 in total)"); break;
    case DuplicateAttribute: text = QT_TRANSLATE_NOOP("XmlRepair", "duplicate attributes dropped (%1 in total)"); break;
    case ExcessAttribute: text = QT_TRANSLATE_NOOP("XmlRepair", "attributes beyond a tag's first 256 or 64 KB dropped (%1 in total)"); break;
    case BadAttributeName: text = QT_TRANSLATE_NOOP("XmlRepair", "attributes with invalid names dropped (%1 in total)"); break;
    case MalformedTag: text = QT_TRANSLATE_NOOP("XmlRepair", "malformed tags mended (%1 in total)"); break;
    case RepairCount: break;
    }
    return XmlRepair::tr(text).arg(count);
}

} // namespace

QByteArray Repairer::run(QList<ParseWarning> &warnings)
{
    leading();
    while (m_pos < m_size) {
        while (m_pos < m_size && !kText.has[uchar(m_data[m_pos])])
            ++m_pos;
        if (m_pos >= m_size)
            break;
        if (m_data[m_pos] == '<') {
            markup();
        } else if (m_data[m_pos] == '&') {
            m_pos = reference(m_pos);
        } else if (m_data[m_pos] == ']') {
            if (at(m_pos, "]]>")) {
                replace(m_pos + 2, m_pos + 3, "&gt;");
                note(CdataEnd, m_pos);
            }
            m_pos += at(m_pos, "]]>") ? 3 : 1;
        } else {
            m_pos = badCharacter(m_pos);
        }
    }
    for (const Open &open : m_open) {
        if (open.isVoid)
            closeVoid(open);
    }
    report(warnings);
    return output();
}

void Repairer::leading()
{
    const void *lt = std::memchr(m_data, '<', size_t(m_size));
    if (!lt) {
        m_pos = m_size;   // no markup at all: not a document this pass can help
        return;
    }
    const qsizetype first = static_cast<const char *>(lt) - m_data;
    qsizetype junk = -1;
    for (qsizetype k = at(0, "\xEF\xBB\xBF") ? 3 : 0; k < first && junk < 0; ++k) {
        if (!isSpace(uchar(m_data[k])))
            junk = k;
    }
    if (junk >= 0)
        note(Junk, junk);
    // Whitespace alone is fine before a root element, but not before an XML declaration.
    const bool declaration = at(first, "<?xml") && (isSpace(byte(first + 5)) || byte(first + 5) == '?');
    if (declaration && first > 0)
        replace(0, first, {});
    else if (junk >= 0)
        removeKeepingLines(0, first);
    m_pos = first;
}

void Repairer::markup()
{
    const uchar next = byte(m_pos + 1);
    if (next == '!') {
        if (at(m_pos, "<!--"))
            m_pos = skipSection(m_pos + 4, "-->", kComment);
        else if (at(m_pos, "<![CDATA["))
            m_pos = skipSection(m_pos + 9, "]]>", kCdata);
        else if (m_size - m_pos >= 9 && QByteArrayView(m_data + m_pos + 2, 7).compare("DOCTYPE", Qt::CaseInsensitive) == 0)
            doctype();
        else
            strayLessThan();
    } else if (next == '?') {
        if (kNameStart.has[byte(m_pos + 2)])
            m_pos = skipSection(m_pos + 2, "?>", kPi);
        else
            strayLessThan();
    } else if (next == '/') {
        endTag();
    } else if (kNameStart.has[next]) {
        startTag();
    } else {
        strayLessThan();
    }
}

// QXmlStreamReader never fetches external DTDs, but it does expand internal entities, and one 4 KB
// entity referenced 250 000 times is a gigabyte (threats.md section 2). Without the DTD, references
// to its entities stay text.
void Repairer::doctype()
{
    const QByteArrayView all(m_data, m_size);
    const qsizetype start = m_pos;
    qsizetype k = m_pos + 9;
    qsizetype entities = 0;
    qsizetype firstEntity = -1;
    bool subset = false;
    const auto after = [&](QByteArrayView terminator, qsizetype from) {
        const qsizetype found = all.indexOf(terminator, from);
        return found < 0 ? m_size : found + terminator.size();
    };
    while (k < m_size) {
        const char c = m_data[k];
        if (c == '"' || c == '\'') {
            const void *quote = std::memchr(m_data + k + 1, c, size_t(m_size - k - 1));
            k = quote ? static_cast<const char *>(quote) - m_data + 1 : m_size;
        } else if (subset && at(k, "<!--")) {
            k = after("-->", k + 4);
        } else if (subset && at(k, "<?")) {
            k = after("?>", k + 2);
        } else if (subset && at(k, "<!ENTITY")) {
            if (entities++ == 0)
                firstEntity = k;
            k += 8;
        } else if (c == '[' || c == ']') {
            subset = c == '[';
            ++k;
        } else if (c == '>' && !subset) {
            ++k;
            break;
        } else {
            ++k;
        }
    }
    removeKeepingLines(start, k);
    if (entities > 0)
        note(Doctype, firstEntity, entities);
    m_pos = k;
}

bool Repairer::structureBroken() const
{
    return m_count[UnclosedElement] > 0 || m_count[StrayEndTag] > 0 || m_untracked > 0
            || std::any_of(m_open.begin(), m_open.end(), [](const Open &open) { return !open.isVoid; });
}

void Repairer::report(QList<ParseWarning> &warnings) const
{
    std::vector<std::pair<qsizetype, Repair>> found;
    for (int kind = 0; kind < RepairCount; ++kind) {
        if (m_count[kind] > 0)
            found.emplace_back(m_first[kind], Repair(kind));
    }
    std::sort(found.begin(), found.end());
    for (const auto &[offset, kind] : found)
        warnings.append(warningAt(m_in, offset, describe(kind, m_count[kind])));
}

QByteArray Repairer::output()
{
    if (m_edits.empty())
        return m_in;
    if (m_unsorted) {
        std::stable_sort(m_edits.begin(), m_edits.end(),
                         [](const Edit &a, const Edit &b) { return a.begin < b.begin; });
    }
    QByteArray out;
    out.reserve(m_size + m_pool.size());
    qsizetype pos = 0;
    for (const Edit &edit : m_edits) {
        Q_ASSERT(edit.begin >= pos);
        out.append(m_data + pos, edit.begin - pos);
        out.append(m_pool.constData() + edit.from, edit.length);
        pos = edit.end;
    }
    out.append(m_data + pos, m_size - pos);
    return out;
}

} // namespace detail

// The closings a start tag implies (closeImpliedBy) read hand-written feeds as meant, but in a
// document whose end tags all match they would restructure what is correct XML (an <item> inside an
// extension element of an <item>). Where they were made, the document is read again without them,
// and that reading is kept if its structure holds. Most documents need no implied closing: one pass.
QByteArray repairXml(const QByteArray &utf8, QList<ParseWarning> &warnings)
{
    QList<ParseWarning> found;
    detail::Repairer repairer(utf8, true);
    QByteArray repaired = repairer.run(found);
    if (repairer.impliedClosings() > 0) {
        QList<ParseWarning> foundAsWritten;
        detail::Repairer asWritten(utf8, false);
        QByteArray structureKept = asWritten.run(foundAsWritten);
        if (!asWritten.structureBroken()) {
            repaired = std::move(structureKept);
            found = std::move(foundAsWritten);
        }
    }
    warnings.append(found);
    return repaired;
}

} // namespace tidings
