#include "core/feed/datenames.h"

#include <QChar>
#include <iterator>
#include <string_view>

namespace tidings::dates {
namespace {

using namespace std::string_view_literals;

struct Name {
    std::u16string_view folded;   // lower case, no accents or dots, σ for final sigma
    quint8 minPrefix;             // a word matches when it is a prefix this long or longer; 0 = exact
    WordKind kind;
    qint16 value;   // month, weekday, meridiem, or a zone's offset east of UTC in minutes
};

constexpr WordKind M = WordKind::Month;
constexpr WordKind W = WordKind::Weekday;
constexpr WordKind Z = WordKind::Zone;

// Prefix matching covers the usual abbreviations (Sept, Thurs, Tues, márc., febr., Μαρ, Ιουν, janv.,
// juil., Mär) without listing them. minPrefix is raised where a shorter prefix would be ambiguous:
// ιου- (June/July), jui- (juin/juillet), sze- (szerda is Wednesday, szept. is September).
// A word matching a month and a weekday ("mar": March, mardi, martes) is resolved by position.
constexpr Name kNames[] = {
    // English
    {u"january"sv, 3, M, 1}, {u"february"sv, 3, M, 2}, {u"march"sv, 3, M, 3}, {u"april"sv, 3, M, 4},
    {u"may"sv, 3, M, 5}, {u"june"sv, 3, M, 6}, {u"july"sv, 3, M, 7}, {u"august"sv, 3, M, 8},
    {u"september"sv, 3, M, 9}, {u"october"sv, 3, M, 10}, {u"november"sv, 3, M, 11},
    {u"december"sv, 3, M, 12},
    {u"monday"sv, 3, W, 1}, {u"tuesday"sv, 3, W, 2}, {u"wednesday"sv, 3, W, 3},
    {u"thursday"sv, 3, W, 4}, {u"friday"sv, 3, W, 5}, {u"saturday"sv, 3, W, 6}, {u"sunday"sv, 3, W, 7},
    // German
    {u"januar"sv, 3, M, 1}, {u"februar"sv, 3, M, 2}, {u"marz"sv, 3, M, 3}, {u"maerz"sv, 3, M, 3},
    {u"mrz"sv, 0, M, 3}, {u"mai"sv, 3, M, 5}, {u"juni"sv, 3, M, 6}, {u"juli"sv, 3, M, 7},
    {u"oktober"sv, 3, M, 10}, {u"dezember"sv, 3, M, 12},
    {u"montag"sv, 2, W, 1}, {u"dienstag"sv, 2, W, 2}, {u"mittwoch"sv, 2, W, 3},
    {u"donnerstag"sv, 2, W, 4}, {u"freitag"sv, 2, W, 5}, {u"samstag"sv, 2, W, 6},
    {u"sonnabend"sv, 4, W, 6}, {u"sonntag"sv, 2, W, 7},
    // French
    {u"janvier"sv, 3, M, 1}, {u"fevrier"sv, 3, M, 2}, {u"mars"sv, 3, M, 3}, {u"avril"sv, 3, M, 4},
    {u"juin"sv, 4, M, 6}, {u"juillet"sv, 4, M, 7}, {u"aout"sv, 3, M, 8}, {u"septembre"sv, 3, M, 9},
    {u"octobre"sv, 3, M, 10}, {u"novembre"sv, 3, M, 11}, {u"decembre"sv, 3, M, 12},
    {u"lundi"sv, 3, W, 1}, {u"mardi"sv, 3, W, 2}, {u"mercredi"sv, 3, W, 3}, {u"jeudi"sv, 3, W, 4},
    {u"vendredi"sv, 3, W, 5}, {u"samedi"sv, 3, W, 6}, {u"dimanche"sv, 3, W, 7},
    // Spanish
    {u"enero"sv, 3, M, 1}, {u"febrero"sv, 3, M, 2}, {u"marzo"sv, 3, M, 3}, {u"abril"sv, 3, M, 4},
    {u"mayo"sv, 3, M, 5}, {u"junio"sv, 3, M, 6}, {u"julio"sv, 3, M, 7}, {u"agosto"sv, 3, M, 8},
    {u"septiembre"sv, 3, M, 9}, {u"setiembre"sv, 3, M, 9}, {u"octubre"sv, 3, M, 10},
    {u"noviembre"sv, 3, M, 11}, {u"diciembre"sv, 3, M, 12},
    {u"lunes"sv, 3, W, 1}, {u"martes"sv, 3, W, 2}, {u"miercoles"sv, 3, W, 3}, {u"jueves"sv, 3, W, 4},
    {u"viernes"sv, 3, W, 5}, {u"sabado"sv, 3, W, 6}, {u"domingo"sv, 3, W, 7},
    // Hungarian (weekday abbreviations H, K, P, V are too short to tell from junk and are not read)
    {u"marcius"sv, 3, M, 3}, {u"aprilis"sv, 3, M, 4}, {u"majus"sv, 3, M, 5}, {u"junius"sv, 3, M, 6},
    {u"julius"sv, 3, M, 7}, {u"augusztus"sv, 3, M, 8}, {u"szeptember"sv, 4, M, 9},
    {u"hetfo"sv, 3, W, 1}, {u"kedd"sv, 3, W, 2}, {u"szerda"sv, 3, W, 3}, {u"csutortok"sv, 2, W, 4},
    {u"pentek"sv, 3, W, 5}, {u"szombat"sv, 3, W, 6}, {u"vasarnap"sv, 3, W, 7},
    // Greek, nominative and the genitive dates are written with
    {u"ιανουαριοσ"sv, 3, M, 1}, {u"ιανουαριου"sv, 3, M, 1}, {u"φεβρουαριοσ"sv, 3, M, 2},
    {u"φεβρουαριου"sv, 3, M, 2}, {u"μαρτιοσ"sv, 3, M, 3}, {u"μαρτιου"sv, 3, M, 3},
    {u"απριλιοσ"sv, 3, M, 4}, {u"απριλιου"sv, 3, M, 4}, {u"μαιοσ"sv, 3, M, 5}, {u"μαιου"sv, 3, M, 5},
    {u"ιουνιοσ"sv, 4, M, 6}, {u"ιουνιου"sv, 4, M, 6}, {u"ιουλιοσ"sv, 4, M, 7},
    {u"ιουλιου"sv, 4, M, 7}, {u"αυγουστοσ"sv, 3, M, 8}, {u"αυγουστου"sv, 3, M, 8},
    {u"σεπτεμβριοσ"sv, 3, M, 9}, {u"σεπτεμβριου"sv, 3, M, 9}, {u"οκτωβριοσ"sv, 3, M, 10},
    {u"οκτωβριου"sv, 3, M, 10}, {u"νοεμβριοσ"sv, 3, M, 11}, {u"νοεμβριου"sv, 3, M, 11},
    {u"δεκεμβριοσ"sv, 3, M, 12}, {u"δεκεμβριου"sv, 3, M, 12},
    {u"δευτερα"sv, 3, W, 1}, {u"τριτη"sv, 3, W, 2}, {u"τεταρτη"sv, 3, W, 3}, {u"πεμπτη"sv, 3, W, 4},
    {u"παρασκευη"sv, 3, W, 5}, {u"σαββατο"sv, 3, W, 6}, {u"κυριακη"sv, 3, W, 7},
    // Korean: 월 and 일 alone are month/day marks (see classifyWord), so Monday and Sunday need 요일
    {u"월요일"sv, 0, W, 1}, {u"화요일"sv, 1, W, 2}, {u"수요일"sv, 1, W, 3}, {u"목요일"sv, 1, W, 4},
    {u"금요일"sv, 1, W, 5}, {u"토요일"sv, 1, W, 6}, {u"일요일"sv, 0, W, 7},
    // Clock halves; Hungarian de./du. are left out because Spanish "de" is a connector
    {u"am"sv, 0, WordKind::Meridiem, 0}, {u"pm"sv, 0, WordKind::Meridiem, 1},
    {u"오전"sv, 0, WordKind::Meridiem, 0}, {u"오후"sv, 0, WordKind::Meridiem, 1},
    {u"πμ"sv, 0, WordKind::Meridiem, 0}, {u"μμ"sv, 0, WordKind::Meridiem, 1},
    // "4 de marzo de 2026", "4th of March", "am 4. März um 17:10 Uhr", "le 4 mars à 17:10"
    {u"de"sv, 0, WordKind::Filler, 0}, {u"del"sv, 0, WordKind::Filler, 0},
    {u"of"sv, 0, WordKind::Filler, 0}, {u"at"sv, 0, WordKind::Filler, 0},
    {u"on"sv, 0, WordKind::Filler, 0}, {u"the"sv, 0, WordKind::Filler, 0},
    {u"um"sv, 0, WordKind::Filler, 0}, {u"uhr"sv, 0, WordKind::Filler, 0},
    {u"le"sv, 0, WordKind::Filler, 0}, {u"el"sv, 0, WordKind::Filler, 0},
    {u"den"sv, 0, WordKind::Filler, 0},
    {u"st"sv, 0, WordKind::Ordinal, 0}, {u"nd"sv, 0, WordKind::Ordinal, 0},
    {u"rd"sv, 0, WordKind::Ordinal, 0}, {u"th"sv, 0, WordKind::Ordinal, 0},
    {u"er"sv, 0, WordKind::Ordinal, 0},
    // Zones, matched whole: RFC 822's names, then the ones feeds print from their server's locale.
    // Where an abbreviation is shared, the meaning feeds use most wins: CST US Central (not China),
    // IST India (not Ireland or Israel), BST British Summer Time (not Bangladesh), AST Atlantic
    // (not Arabia), EST US Eastern.
    {u"ut"sv, 0, Z, 0}, {u"utc"sv, 0, Z, 0}, {u"gmt"sv, 0, Z, 0}, {u"wet"sv, 0, Z, 0},
    {u"est"sv, 0, Z, -300}, {u"edt"sv, 0, Z, -240}, {u"cst"sv, 0, Z, -360}, {u"cdt"sv, 0, Z, -300},
    {u"mst"sv, 0, Z, -420}, {u"mdt"sv, 0, Z, -360}, {u"pst"sv, 0, Z, -480}, {u"pdt"sv, 0, Z, -420},
    {u"akst"sv, 0, Z, -540}, {u"akdt"sv, 0, Z, -480}, {u"hst"sv, 0, Z, -600},
    {u"ast"sv, 0, Z, -240}, {u"adt"sv, 0, Z, -180}, {u"nst"sv, 0, Z, -210}, {u"ndt"sv, 0, Z, -150},
    {u"west"sv, 0, Z, 60}, {u"bst"sv, 0, Z, 60}, {u"cet"sv, 0, Z, 60}, {u"met"sv, 0, Z, 60},
    {u"mez"sv, 0, Z, 60}, {u"cest"sv, 0, Z, 120}, {u"mest"sv, 0, Z, 120}, {u"mesz"sv, 0, Z, 120},
    {u"eet"sv, 0, Z, 120}, {u"eest"sv, 0, Z, 180}, {u"msk"sv, 0, Z, 180}, {u"ist"sv, 0, Z, 330},
    {u"sgt"sv, 0, Z, 480}, {u"hkt"sv, 0, Z, 480}, {u"awst"sv, 0, Z, 480}, {u"jst"sv, 0, Z, 540},
    {u"kst"sv, 0, Z, 540}, {u"acst"sv, 0, Z, 570}, {u"aest"sv, 0, Z, 600}, {u"acdt"sv, 0, Z, 630},
    {u"aedt"sv, 0, Z, 660}, {u"nzst"sv, 0, Z, 720}, {u"nzdt"sv, 0, Z, 780},
};

// Entries bucketed by first letter, so a lookup compares a handful of names, not all of them.
constexpr int kBuckets = 64;
constexpr int bucketOf(char16_t first) { return first % kBuckets; }

struct NameIndex {
    quint8 start[kBuckets + 1];
    quint8 entry[std::size(kNames)];
};
static_assert(std::size(kNames) < 256);

constexpr NameIndex buildIndex()
{
    NameIndex index{};
    int next = 0;
    for (int bucket = 0; bucket < kBuckets; ++bucket) {
        index.start[bucket] = quint8(next);
        for (size_t e = 0; e < std::size(kNames); ++e) {
            if (bucketOf(kNames[e].folded[0]) == bucket)
                index.entry[next++] = quint8(e);
        }
    }
    index.start[kBuckets] = quint8(next);
    return index;
}

constexpr NameIndex kIndex = buildIndex();

char16_t foldChar(char16_t c)
{
    if (c < 0x80)
        return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
    c = QChar(c).toLower().unicode();
    if (c >= 0xE0 && c <= 0xE5) return u'a';
    if (c >= 0xE8 && c <= 0xEB) return u'e';
    if (c >= 0xEC && c <= 0xEF) return u'i';
    if ((c >= 0xF2 && c <= 0xF6) || c == 0xF8 || c == 0x151) return u'o';
    if ((c >= 0xF9 && c <= 0xFC) || c == 0x171) return u'u';
    switch (c) {
    case 0xE7: return u'c';
    case 0xF1: return u'n';
    case 0x3AC: return u'α';
    case 0x3AD: return u'ε';
    case 0x3AE: return u'η';
    case 0x3AF: case 0x3CA: case 0x390: return u'ι';
    case 0x3CC: return u'ο';
    case 0x3CD: case 0x3CB: case 0x3B0: return u'υ';
    case 0x3CE: return u'ω';
    case 0x3C2: return u'σ';
    default: return c;
    }
}

// Decomposed accents (NFD text) are combining marks: dropping them folds both forms alike.
bool isCombiningMark(char16_t c)
{
    return c >= 0x300 && QChar(c).isMark();
}

WordInfo merge(WordInfo found, const Name &name, bool &ambiguous)
{
    const WordInfo next{name.kind, name.value};
    if (found.kind == WordKind::Unknown)
        return next;
    if (found.kind == next.kind && found.value == next.value)
        return found;
    const bool monthAndWeekday = (found.kind == WordKind::Weekday && next.kind == WordKind::Month)
        || ((found.kind == WordKind::Month || found.kind == WordKind::MonthOrWeekday)
            && next.kind == WordKind::Weekday);
    if (monthAndWeekday)
        return {WordKind::MonthOrWeekday, next.kind == WordKind::Month ? next.value : found.value};
    if (found.kind == WordKind::MonthOrWeekday && next.kind == WordKind::Month
        && next.value == found.value)
        return found;
    ambiguous = true;
    return found;
}

} // namespace

WordInfo classifyWord(QStringView word)
{
    constexpr int kMaxFolded = 16;   // longer than any name in the tables
    char16_t buffer[kMaxFolded];
    int length = 0;
    bool ascii = true;
    for (QChar qc : word) {
        const char16_t c = qc.unicode();
        if (c == u'.' || isCombiningMark(c))
            continue;
        if (length == kMaxFolded)
            return {};
        ascii = ascii && c < 0x80;
        buffer[length++] = foldChar(c);
    }
    const std::u16string_view folded(buffer, size_t(length));
    if (length == 0)
        return {};

    if (ascii && length == 1) {
        if (folded[0] == u'z')
            return {WordKind::Zone, 0};
        return {folded[0] == u'j' ? WordKind::Unknown : WordKind::MilitaryZone, 0};
    }
    if (length == 1) {
        switch (folded[0]) {
        case u'년': case u'年': return {WordKind::YearMark, 0};
        case u'월': case u'月': return {WordKind::MonthMark, 0};
        case u'일': case u'日': return {WordKind::DayMark, 0};
        case u'시': case u'時': return {WordKind::HourMark, 0};
        case u'분': case u'分': return {WordKind::MinuteMark, 0};
        case u'초': case u'秒': return {WordKind::SecondMark, 0};
        default: break;
        }
    }

    WordInfo found{};
    bool ambiguous = false;
    const int bucket = bucketOf(folded[0]);
    for (int k = kIndex.start[bucket]; k < kIndex.start[bucket + 1]; ++k) {
        const Name &name = kNames[kIndex.entry[k]];
        if (name.folded[0] != folded[0] || folded.size() > name.folded.size())
            continue;
        const bool longEnough = name.minPrefix == 0 ? folded.size() == name.folded.size()
                                                    : folded.size() >= name.minPrefix;
        if (longEnough && name.folded.compare(0, folded.size(), folded) == 0)
            found = merge(found, name, ambiguous);
    }
    return ambiguous ? WordInfo{} : found;
}

} // namespace tidings::dates
