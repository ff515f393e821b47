#include "core/feed/datereader.h"

#include <QDate>

namespace tidings::dates {

bool Reader::isNumber(int i, int minLength, int maxLength) const
{
    const Token *t = at(i);
    return t && t->kind == TokenKind::Number && t->length >= minLength && t->length <= maxLength;
}

bool Reader::isSeparator(int i, char16_t c) const
{
    const Token *t = at(i);
    return t && t->ch == c && (t->kind == TokenKind::Separator || t->kind == TokenKind::Sign);
}

int Reader::digits(int pos, int count) const
{
    int value = 0;
    for (int k = 0; k < count; ++k)
        value = value * 10 + (m_text[pos + k].unicode() - u'0');
    return value;
}

bool Reader::setYear(qint64 value, int digits)
{
    if (m_year > 0)
        return false;
    // RFC 5322 4.3: two digits are 1950..2049, three digits count from 1900.
    if (digits <= 2)
        m_year = int(value < 50 ? 2000 + value : 1900 + value);
    else if (digits == 3)
        m_year = int(1900 + value);
    else if (digits == 4)
        m_year = int(value);
    else
        return false;
    return m_year > 0;
}

bool Reader::number()
{
    const Token &t = m_tokens.at[m_i];
    if (m_hour < 0 && t.length <= 2 && isSeparator(m_i + 1, u':') && isAdjacent(m_i + 1)
        && isNumber(m_i + 2, 2, 2) && isAdjacent(m_i + 2)) {
        clock();
        return true;
    }
    // CJK dates mark each field: 2026년 3월 4일 17시 10분, 2026年3月4日.
    if (const Token *next = at(m_i + 1); next && next->kind == TokenKind::Word && !next->spaced) {
        if (const int read = markedField(t, next->word.kind); read != 0) {
            m_i += 2;
            return read > 0;
        }
    }
    if (m_year == 0 && m_month == 0 && m_day == 0) {
        if (const int read = group(); read != 0)
            return read > 0;
        if (t.length == 8 || t.length == 14) {
            compactDate();
            return m_year > 0;
        }
    }
    // ISO basic format after the date: 20260304T171044, 2026-03-04T1710.
    const Token *before = m_i > 0 ? &m_tokens.at[m_i - 1] : nullptr;
    if (m_hour < 0 && dateComplete() && before && before->kind == TokenKind::Word
        && before->length == 1 && (m_text[before->pos] == u'T' || m_text[before->pos] == u't')
        && !t.spaced && (t.length == 2 || t.length == 4 || t.length == 6)) {
        compactTime(m_i);
        return true;
    }
    return loneNumber();
}

int Reader::markedField(const Token &t, WordKind mark)
{
    int *field = nullptr;
    switch (mark) {
    case WordKind::YearMark: return setYear(t.value, t.length) ? 1 : -1;
    case WordKind::MonthMark: field = &m_month; break;
    case WordKind::DayMark: field = &m_day; break;
    case WordKind::HourMark: field = &m_hour; break;
    case WordKind::MinuteMark: field = &m_minute; break;
    case WordKind::SecondMark: field = &m_second; break;
    default: return 0;
    }
    const bool replaceable = (field == &m_month && m_monthTentative) || (field == &m_hour && *field < 0)
        || *field == 0;
    if (t.length > 2 || !replaceable)
        return -1;
    *field = int(t.value);
    if (field == &m_month)
        m_monthTentative = false;
    return 1;
}

int Reader::group()
{
    // Three fields with the same separator: 2026-03-04, 04.03.2026, 03/04/2026, 04-Mar-2026,
    // 2026-márc.-04, and "2026. 3. 4." (Korean and Hungarian locales put a space after the dot).
    const Token &a = m_tokens.at[m_i];
    const Token *s1 = at(m_i + 1);
    if (!s1 || s1->spaced || a.length > 4)
        return 0;
    const char16_t sep = s1->ch;
    if ((sep != u'-' && sep != u'/' && sep != u'.') || !isSeparator(m_i + 1, sep))
        return 0;
    const bool loose = sep == u'.';
    const Token *b = at(m_i + 2);
    const Token *last = at(m_i + 4);
    if (!b || !last || (b->spaced && !loose) || !isSeparator(m_i + 3, sep) || !isAdjacent(m_i + 3)
        || last->kind != TokenKind::Number || (last->spaced && !loose))
        return 0;
    int monthName = 0;
    if (b->kind == TokenKind::Word) {
        if (b->word.kind != WordKind::Month && b->word.kind != WordKind::MonthOrWeekday)
            return 0;
        monthName = b->word.value;
    } else if (b->kind != TokenKind::Number || b->length > 2) {
        return 0;
    }
    const int first = int(a.value);
    const int second = monthName ? monthName : int(b->value);
    if (a.length == 4) {
        if (last->length > 2 || !setYear(a.value, 4))
            return last->length > 2 ? 0 : -1;
        m_month = second;
        m_day = int(last->value);
    } else {
        if (a.length > 2 || last->length < 2 || !setYear(last->value, last->length))
            return a.length > 2 || last->length < 2 ? 0 : -1;
        // Slashes are the US order; dots and dashes the European one. A field over 12 decides.
        const bool monthFirst = !monthName
            && (sep == u'/' ? first <= 12 : (first <= 12 && second > 12));
        m_month = monthFirst ? first : second;
        m_day = monthFirst ? second : first;
    }
    m_i += 5;
    return m_month > 0 && m_day > 0 ? 1 : -1;
}

void Reader::compactDate()
{
    const Token &t = m_tokens.at[m_i++];
    setYear(digits(t.pos, 4), 4);
    m_month = digits(t.pos + 4, 2);
    m_day = digits(t.pos + 6, 2);
    if (t.length == 14) {
        m_hour = digits(t.pos + 8, 2);
        m_minute = digits(t.pos + 10, 2);
        m_second = digits(t.pos + 12, 2);
        fraction();
    }
}

void Reader::compactTime(int index)
{
    const Token &t = m_tokens.at[index];
    m_hour = digits(t.pos, 2);
    m_minute = t.length >= 4 ? digits(t.pos + 2, 2) : 0;
    m_second = t.length == 6 ? digits(t.pos + 4, 2) : 0;
    m_i = index + 1;
    fraction();
}

void Reader::clock()
{
    m_hour = int(m_tokens.at[m_i].value);
    m_minute = int(m_tokens.at[m_i + 2].value);
    m_i += 3;
    if (isSeparator(m_i, u':') && isAdjacent(m_i) && isNumber(m_i + 1, 2, 2) && isAdjacent(m_i + 1)) {
        m_second = int(m_tokens.at[m_i + 1].value);
        m_i += 2;
        fraction();
    }
}

void Reader::fraction()
{
    if (!(isSeparator(m_i, u'.') || isSeparator(m_i, u',')) || !isAdjacent(m_i)
        || !isNumber(m_i + 1, 1, int(kMaxDateLength)) || !isAdjacent(m_i + 1))
        return;
    // Any number of digits; beyond milliseconds they are cut, not rounded, so no carry can
    // push the time into the next second.
    const Token &f = m_tokens.at[m_i + 1];
    int msec = 0;
    for (int k = 0; k < 3; ++k)
        msec = msec * 10 + (k < f.length ? m_text[f.pos + k].unicode() - u'0' : 0);
    m_msec = msec;
    m_i += 2;
}

bool Reader::loneNumber()
{
    const Token &t = m_tokens.at[m_i++];
    if ((t.length == 3 || t.length == 4) && m_year == 0)
        return setYear(t.value, t.length);
    if (t.length <= 2) {
        // "04 Mar 2026", "Mar 4 2026", "2026. március 4.": the first small number is the day.
        if (m_day == 0)
            return (m_day = int(t.value)) > 0;
        if (m_year == 0)
            return setYear(t.value, t.length);
    }
    return junk();
}

} // namespace tidings::dates
