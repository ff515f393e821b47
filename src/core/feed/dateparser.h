#pragma once

// The one date reader for every feed format. Feeds write dates in far more shapes than RFC 822 and
// ISO 8601 allow, and QDateTime::fromString rejects most of them (and differs between Qt versions),
// so the parsing is ours: a tokenizer plus a few placement rules, identical on every platform.
//
// Accepted, in short (tst_dateparser.cpp has a row for each):
//  - RFC 822/2822/5322 and RFC 850: weekday optional and ignored (even when wrong), seconds
//    optional, full or abbreviated month names, years of 2 digits (< 50 -> 20xx, else 19xx),
//    3 digits (+ 1900) or 4, `(comments)`, offsets `+0100`, `+01:00`, `+01`, `GMT+1`, zone names,
//    military letters, ordinals ("March 4th"), AM/PM;
//  - ISO 8601 / RFC 3339: extended and basic format, `T`, `t` or a space, fractions of any length
//    (cut to milliseconds), `Z`, `+hh:mm`, `+hhmm`, `+hh`; W3C partial dates `2026` and `2026-03`;
//    24:00 as the next midnight;
//  - asctime / Perl `scalar localtime`, date(1), JavaScript Date.toString(), Twitter's created_at,
//    MSSQL `2026-03-04 17:10:44.123`, `2026/03/04`, numeric `04.03.2026` and `03/04/2026`;
//  - month and weekday names in English, German, French, Spanish, Hungarian and Greek (case, accents,
//    decomposed accents and final sigma do not matter); Korean/CJK `2026년 3월 4일 17시`,
//    `2026年3月4日`, 오전/오후;
//  - a bare 10-digit (seconds) or 13-digit (milliseconds) Unix time, which no other shape has.
//
// Decisions on ambiguous input:
//  - Numeric dates: year first is always Y-M-D. Otherwise `/` means US month/day/year and `.` or `-`
//    means day.month.year, unless a field is > 12, which settles the order.
//  - Zone names are read with their usual feed meaning: CST = US Central, IST = India, BST = British
//    Summer Time, AST = Atlantic, EST = US Eastern. Military letters other than Z, and unknown
//    abbreviations after the time, are read as UTC with zoneAssumed (RFC 5322: "-0000", zone unknown).
//  - A numeric offset wins over a zone name; `GMT+1`/`UTC-05:00` use the offset.
//  - Offsets beyond ±14:00 are clamped to ±14:00; an offset with minutes >= 60 is ignored (zoneAssumed).
//  - Korean text without a zone is Korea Standard Time (+09:00), as feedparser reads it.
//  - Seconds of 60 (leap second) read as 59. Written years must be 1..9999.
//  - Partial dates other than the W3C ones (no year, no day) are rejected: the parser never fills
//    a field from a clock. Text before the date must be date words; junk after it is ignored.

#include <QDateTime>
#include <QStringView>
#include <optional>

namespace tidings {

struct ParsedDate {
    QDateTime utc;             // always Qt::UTC, valid
    bool zoneAssumed = false;  // a time of day without a usable zone/offset: read as UTC (the caller warns)
};

// Parses a date as feeds write it; std::nullopt when it cannot be read as a date.
std::optional<ParsedDate> parseDate(QStringView text);

} // namespace tidings
