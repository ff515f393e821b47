#include "core/html/htmlstructure.h"

#include <algorithm>

namespace tidings::detail {
namespace {

constexpr quint32 bit(Group group) { return quint32(1) << unsigned(group); }

} // namespace

HtmlWriter::HtmlWriter(qsizetype sizeHint)
{
    // Room for the input plus what resolving relative URLs adds, so that most fragments are
    // written without growing.
    m_buffer.resize(sizeHint + sizeHint / 4 + 64);
    m_begin = m_p = reinterpret_cast<char16_t *>(m_buffer.data());
    m_end = m_begin + m_buffer.size();
}

void HtmlWriter::grow(qsizetype n)
{
    const qsizetype used = size();
    m_buffer.resize(std::max(used + n, m_buffer.size() + m_buffer.size() / 2));
    m_begin = reinterpret_cast<char16_t *>(m_buffer.data());
    m_p = m_begin + used;
    m_end = m_begin + m_buffer.size();
}

QString HtmlWriter::finish()
{
    const qsizetype used = size();
    m_buffer.resize(used);
    // Results are kept with their items: give back room that was not needed when it is a lot.
    if (m_buffer.capacity() - used > used / 4 + 256)
        m_buffer.squeeze();
    m_begin = m_p = m_end = nullptr;
    return std::move(m_buffer);
}

template <bool Attribute>
void HtmlWriter::appendEscaped(QStringView text)
{
    const char16_t *p = text.utf16();
    const char16_t *end = p + text.size();
    while (p < end) {
        const char16_t *stop = findSpecial<Attribute>(p, end);
        append(QStringView(p, stop));
        if (stop == end)
            break;
        switch (*stop) {
        case u'&': appendLatin1(QLatin1StringView("&amp;")); break;
        case u'<': appendLatin1(QLatin1StringView("&lt;")); break;
        case u'>': appendLatin1(QLatin1StringView("&gt;")); break;
        case u'"': appendLatin1(QLatin1StringView("&quot;")); break;
        default:
            break;   // NUL and other C0 controls: not text
        }
        p = stop + 1;
    }
}

template void HtmlWriter::appendEscaped<false>(QStringView);
template void HtmlWriter::appendEscaped<true>(QStringView);

void OpenElements::closeTo(int size)
{
    while (m_size > size) {
        const ElementPolicy *element = m_stack[--m_size];
        m_out.append(u'<');
        m_out.append(u'/');
        m_out.appendLatin1(element->latin1Name());
        m_out.append(u'>');
    }
}

int OpenElements::find(Group group, quint8 stopFlags, quint32 stopGroups) const
{
    for (int i = m_size - 1; i >= 0; --i) {
        const ElementPolicy &open = *m_stack[i];
        if (open.group == group)
            return i;
        if ((open.flags & stopFlags) || (bit(open.group) & stopGroups))
            return -1;
    }
    return -1;
}

void OpenElements::closeImplied(const ElementPolicy &element)
{
    int found = -1;
    switch (element.group) {
    case Group::ListItem:
    case Group::DefinitionItem:
        // <address>, <div> and <p> are the special elements an item search looks through.
        found = find(element.group, StopsItemSearch, 0);
        break;
    case Group::Cell:
        found = find(Group::Cell, 0, bit(Group::Row) | bit(Group::RowGroup) | bit(Group::Table));
        break;
    case Group::Row:
        found = find(Group::Row, 0, bit(Group::RowGroup) | bit(Group::Table));
        break;
    case Group::RowGroup:
        found = find(Group::RowGroup, 0, bit(Group::Table));
        break;
    case Group::Anchor:
        found = find(Group::Anchor, ScopeBoundary, 0);
        break;
    case Group::Heading:
        if (m_size > 0 && m_stack[m_size - 1]->group == Group::Heading)
            found = m_size - 1;
        break;
    default:
        break;
    }
    if (found >= 0)
        closeTo(found);
    if (element.flags & ClosesParagraph) {
        found = find(Group::Paragraph, ScopeBoundary, 0);
        if (found >= 0)
            closeTo(found);
    }
}

void OpenElements::close(const ElementPolicy &element)
{
    // Parts of a table close only within their table; a table closes whatever is open in it;
    // anything else stops at a table or cell boundary (and an item at its list).
    const bool insideTable = element.group == Group::Cell || element.group == Group::Row
                             || element.group == Group::RowGroup
                             || ((element.flags & ScopeBoundary) && element.group != Group::Table);
    for (int i = m_size - 1; i >= 0; --i) {
        const ElementPolicy &open = *m_stack[i];
        if (&open == &element) {
            closeTo(i);
            return;
        }
        if (element.group == Group::Table)
            continue;
        if (insideTable ? open.group == Group::Table
                        : (open.flags & ScopeBoundary)
                              || (element.group == Group::ListItem && open.group == Group::List))
            return;
    }
}

} // namespace tidings::detail
