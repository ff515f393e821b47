#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tidings::cli {

// Translation context for every message of the command-line tool.
inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("tidings-cli", text, disambiguation, n);
}

// Feed text for a terminal: control characters (which could be terminal escape sequences from a
// hostile feed) become U+FFFD, and line breaks spaces, so one record stays one line.
QString printable(const QString &text);

// Writes bytes to standard output as they are (JSON is UTF-8 whatever the locale).
void printOut(const QByteArray &bytes);

// "tidings-cli: <input>: <reason>" on standard error; returns exit code 2.
int failure(const QString &input, const QString &reason);

// "tidings-cli <verb>: <reason> (see tidings-cli <verb> --help)"; returns exit code 2.
int usageError(const QString &verb, const QString &reason);

// Qt's own warnings go to standard error, one line each, and only when they matter: stdout is data.
void installMessageHandler();

} // namespace tidings::cli
