#include "core/feed/dateparser.h"

#include "core/feed/datereader.h"

#include <QDate>
#include <QTime>

namespace tidings {
namespace dates {

std::optional<ParsedDate> makeDate(const QDate &date, int msecOfDay, int offsetMinutes, bool assumed)
{
    if (!date.isValid())   // the readers never produce a year outside 1..9999
        return std::nullopt;
    constexpr qint64 kUnixEpochJulianDay = 2440588;
    constexpr qint64 kMsecPerDay = 86400000;
    const qint64 msecs = (date.toJulianDay() - kUnixEpochJulianDay) * kMsecPerDay + msecOfDay
        - qint64(offsetMinutes) * 60000;
    return ParsedDate{QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC), assumed};
}

std::optional<ParsedDate> Reader::read()
{
    const int count = m_tokens.count;
    const Token &first = m_tokens.at[0];
    // Shapes that are dates only when they are the whole text.
    if (count == 1 && first.kind == TokenKind::Number) {
        if (first.length == 4)
            return makeDate(QDate(int(first.value), 1, 1), 0, 0, false);
        if (first.length == 10 || first.length == 13) {
            const qint64 msecs = first.length == 10 ? first.value * 1000 : first.value;
            return ParsedDate{QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC), false};
        }
    }
    if (count == 3 && isNumber(0, 4, 4) && isSeparator(1, u'-') && isAdjacent(1) && isNumber(2, 2, 2)
        && isAdjacent(2))
        return makeDate(QDate(int(first.value), int(m_tokens.at[2].value), 1), 0, 0, false);

    while (m_i < count) {
        if (!step())
            return std::nullopt;
    }
    return finish();
}

bool Reader::step()
{
    const Token &t = m_tokens.at[m_i];
    switch (t.kind) {
    case TokenKind::Number: return number();
    case TokenKind::Word: return word();
    case TokenKind::Sign: return sign();
    case TokenKind::Separator: ++m_i; return true;
    case TokenKind::Other: ++m_i; return junk();
    }
    return false;
}

bool Reader::word()
{
    const Token &t = m_tokens.at[m_i++];
    const WordInfo w = t.word;
    const bool designator = t.length == 1 && (m_text[t.pos] == u'T' || m_text[t.pos] == u't');
    if (designator && dateComplete() && m_hour < 0)
        return true;
    switch (w.kind) {
    case WordKind::Month:
        if (m_month == 0 || m_monthTentative) {
            m_month = w.value;
            m_monthTentative = false;
            return true;
        }
        return m_month == w.value || dateComplete();
    case WordKind::MonthOrWeekday:
        // Only a leading word can be the weekday: "mar., 03 févr." but "04 mar 2026".
        if (m_month == 0) {
            m_month = w.value;
            m_monthTentative = m_day == 0 && m_year == 0;
        }
        return true;
    case WordKind::Weekday:
    case WordKind::Filler:
    case WordKind::YearMark:    // marks away from a number: 월 and 일 are then weekdays
    case WordKind::MonthMark:
    case WordKind::DayMark:
    case WordKind::HourMark:
    case WordKind::MinuteMark:
    case WordKind::SecondMark:
        return true;
    case WordKind::Ordinal:
        return (!t.spaced && m_i >= 2 && m_tokens.at[m_i - 2].kind == TokenKind::Number) || junk();
    case WordKind::Meridiem:
        m_meridiem = w.value;
        return true;
    case WordKind::Zone:
    case WordKind::MilitaryZone: {
        const ZoneSource source = w.kind == WordKind::Zone ? ZoneSource::Named : ZoneSource::Guessed;
        if (m_zone < source) {
            m_zone = source;
            m_offsetMinutes = w.value;
        }
        return started();
    }
    case WordKind::Unknown:
        break;
    }
    // After the clock, a short unknown abbreviation is most likely a zone we do not know.
    bool ascii = t.length >= 2 && t.length <= 5;
    for (int k = 0; ascii && k < t.length; ++k)
        ascii = m_text[t.pos + k].unicode() < 0x80;
    if (ascii && m_hour >= 0 && m_zone == ZoneSource::None)
        m_zone = ZoneSource::Guessed;
    return junk();
}

bool Reader::sign()
{
    const Token &s = m_tokens.at[m_i];
    const Token *n = at(m_i + 1);
    if (!started())
        return false;
    if (!n || n->kind != TokenKind::Number || n->spaced) {
        ++m_i;   // a dash between fields, as in "04 Mar 2026 - 17:10"
        return true;
    }
    int hours = int(n->value);
    int minutes = 0;
    int used = 2;
    if (n->length <= 2) {
        if (isSeparator(m_i + 2, u':') && isAdjacent(m_i + 2) && isNumber(m_i + 3, 2, 2)
            && isAdjacent(m_i + 3)) {
            minutes = int(m_tokens.at[m_i + 3].value);
            used = 4;
        }
    } else if (n->length <= 4) {
        hours = int(n->value / 100);
        minutes = int(n->value % 100);
    } else {
        return false;
    }
    m_i += used;
    // "+99:99" says nothing usable: read the time without it (the caller warns that the zone was
    // assumed) rather than losing the date.
    if (minutes >= 60)
        return true;
    if (m_zone == ZoneSource::Numeric)
        return true;   // a second offset is junk
    // The widest real offsets are -12:00 and +14:00; beyond that the sign and the order of
    // magnitude are still the best information there is.
    constexpr int kMaxOffsetMinutes = 14 * 60;
    const int total = qMin(hours * 60 + minutes, kMaxOffsetMinutes);
    m_offsetMinutes = s.ch == u'-' ? -total : total;
    m_zone = ZoneSource::Numeric;
    return true;
}

std::optional<ParsedDate> Reader::finish() const
{
    if (!dateComplete())
        return std::nullopt;
    int hour = qMax(m_hour, 0);
    if (m_meridiem >= 0 && hour >= 1 && hour <= 12)
        hour = hour % 12 + (m_meridiem == 1 ? 12 : 0);
    const int second = m_second == 60 ? 59 : m_second;   // QTime has no leap second
    // ISO 8601 allows 24:00 for the end of a day, which is the next day's midnight.
    const bool endOfDay = hour == 24 && m_minute == 0 && second == 0 && m_msec == 0;
    const QTime time(endOfDay ? 0 : hour, m_minute, second, m_msec);
    if (!time.isValid())
        return std::nullopt;
    constexpr int kMsecPerDay = 86400000;
    int offset = m_offsetMinutes;
    bool assumed = m_zone < ZoneSource::Named && m_hour >= 0;   // a date alone needs no zone
    // Korean blog platforms write local time without a zone; Korea has one time zone (as feedparser
    // assumes for the same formats).
    if (assumed && writtenInHangul()) {
        offset = 9 * 60;
        assumed = false;
    }
    return makeDate(QDate(m_year, m_month, m_day), time.msecsSinceStartOfDay() + (endOfDay ? kMsecPerDay : 0),
                    offset, assumed);
}

bool Reader::writtenInHangul() const
{
    for (QChar c : m_text) {
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
            return true;
    }
    return false;
}

} // namespace dates

std::optional<ParsedDate> parseDate(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > dates::kMaxDateLength)
        return std::nullopt;
    dates::Tokens tokens;
    if (!dates::tokenize(text, tokens) || tokens.count == 0)
        return std::nullopt;
    return dates::Reader(text, tokens).read();
}

} // namespace tidings
