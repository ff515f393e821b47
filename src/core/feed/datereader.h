#pragma once

#include "core/feed/dateparser.h"
#include "core/feed/datetokens.h"

namespace tidings::dates {

// How much the text says about its zone; stronger evidence replaces weaker.
enum class ZoneSource : quint8 { None, Guessed, Named, Numeric };

// Reads the fields of one date from its tokens, left to right. Internal to dateparser.cpp and
// datefields.cpp (which has the rules for numbers).
class Reader
{
public:
    Reader(QStringView text, const Tokens &tokens) : m_text(text), m_tokens(tokens) {}
    std::optional<ParsedDate> read();

private:
    bool step();
    bool number();
    bool word();
    bool sign();
    int markedField(const Token &t, WordKind mark);   // 1 read, 0 no mark, -1 not a date
    int group();   // 1 read, 0 not a group, -1 a group that is no date
    void compactDate();
    void compactTime(int index);
    void clock();
    void fraction();
    bool loneNumber();
    bool junk() const { return started(); }   // tolerated once part of a date has been read
    bool setYear(qint64 value, int digits);
    std::optional<ParsedDate> finish() const;

    const Token *at(int i) const { return i < m_tokens.count ? &m_tokens.at[i] : nullptr; }
    bool isNumber(int i, int minLength, int maxLength) const;
    bool isSeparator(int i, char16_t c) const;
    bool isAdjacent(int i) const { return at(i) && !at(i)->spaced; }
    int digits(int pos, int count) const;
    bool dateComplete() const { return m_year > 0 && m_month > 0 && m_day > 0; }
    bool started() const { return m_hour >= 0 || dateComplete(); }
    bool writtenInHangul() const;

    QStringView m_text;
    const Tokens &m_tokens;
    int m_i = 0;
    int m_year = 0;
    int m_month = 0;
    bool m_monthTentative = false;   // read from a word that may be a weekday instead ("mar")
    int m_day = 0;
    int m_hour = -1;
    int m_minute = 0;
    int m_second = 0;
    int m_msec = 0;
    int m_meridiem = -1;
    int m_offsetMinutes = 0;
    ZoneSource m_zone = ZoneSource::None;
};

// The instant for `date` at `msecOfDay` in a zone `offsetMinutes` east of UTC.
std::optional<ParsedDate> makeDate(const QDate &date, int msecOfDay, int offsetMinutes, bool assumed);

} // namespace tidings::dates
