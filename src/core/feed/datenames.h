#pragma once

// The words dates are written with: month and weekday names in the languages feeds use, zone
// abbreviations, and the small words around them. Internal to dateparser.cpp.

#include <QStringView>

namespace tidings::dates {

enum class WordKind : quint8 {
    Unknown,
    Month,           // value 1..12
    Weekday,         // ignored wherever it appears: feeds get it wrong often enough
    MonthOrWeekday,  // "mar": March, or mardi/martes (Tuesday); value is the month
    Meridiem,        // value 0 = AM, 1 = PM
    Filler,          // "de", "of", "um"...: connectors between the fields
    Ordinal,         // "st", "th", "er" right after a day number
    YearMark,        // 년 / 年 right after a number; elsewhere ignorable
    MonthMark,       // 월 / 月 (월 alone is also Monday)
    DayMark,         // 일 / 日 (일 alone is also Sunday)
    HourMark,        // 시 / 時
    MinuteMark,      // 분 / 分
    SecondMark,      // 초 / 秒
    Zone,            // value = offset east of UTC in minutes
    MilitaryZone,    // a single letter other than Z: RFC 5322 says its offset cannot be trusted
};

struct WordInfo {   // an aggregate, so that arrays of tokens holding one stay uninitialized
    WordKind kind;
    qint16 value;
};

// `word` is one run of letters (it may contain combining marks and inner dots, as in "a.m").
WordInfo classifyWord(QStringView word);

} // namespace tidings::dates
