#pragma once

// The pieces dateparser.cpp reads a date from. Internal.

#include "core/feed/datenames.h"

#include <QStringView>

namespace tidings::dates {

enum class TokenKind : quint8 { Number, Word, Sign, Separator, Other };

// No default member initializers: tokenize() sets every field of the tokens it produces, and the
// unused rest of the array is never read, so it need not be cleared on every parse.
struct Token {
    TokenKind kind;
    bool spaced;       // whitespace or a comment separates it from the previous token
    char16_t ch;       // Sign, Separator, Other: the character ('-' for U+2212 too); else 0
    qint16 pos;
    qint16 length;
    qint64 value;      // Number; only the first 18 digits count, more than any field needs
    WordInfo word;     // Word; else Unknown
};

// Dates are short; anything longer is prose or an attack, and fixed bounds keep the parse
// allocation-free and linear.
constexpr qsizetype kMaxDateLength = 256;
constexpr int kMaxTokens = 40;

struct Tokens {
    Token at[kMaxTokens];
    int count;
};

// Splits `text` into numbers, words, signs and separators, dropping whitespace and (comments).
// False when there are more tokens than any date has.
bool tokenize(QStringView text, Tokens &tokens);

} // namespace tidings::dates
