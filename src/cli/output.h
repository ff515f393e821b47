#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

class QCommandLineParser;

namespace tidings::cli {

// The translation context of every message of the command-line tool: Cli::tr("..."). A class,
// not a free tr(), because lupdate finds the context of a call only through a class.
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(tidings::cli::Cli)
};

// Feed text for a terminal: control characters (which could be terminal escape sequences from a
// hostile feed) become U+FFFD, and line breaks spaces, so one record stays one line.
QString printable(const QString &text);

// Writes bytes to standard output as they are (JSON is UTF-8 whatever the locale).
void printOut(const QByteArray &bytes);

// Whether standard error is a terminal: progress lines go there only then (logs and pipes get
// the records alone).
bool stderrIsTerminal();

// "tidings-cli: <input>: <reason>" on standard error; returns exit code 2.
int failure(const QString &input, const QString &reason);

// "tidings-cli <verb>: <reason> (see tidings-cli <verb> --help)"; returns exit code 2.
int usageError(const QString &verb, const QString &reason);

enum class Positionals {
    None,   // options only
    One,    // exactly one argument besides the options
};

// Parses a verb's arguments with the options already added to `parser`, and answers --help with
// `usage` as its first line. Returns the exit code to leave with (2 for a usage error, 0 after the
// help), or nothing when the verb should go on. `what` names the positional argument in errors.
std::optional<int> parseVerb(QCommandLineParser &parser, const QString &verb, const QString &usage,
                             const QStringList &arguments, Positionals positionals, const QString &what = {});

// Qt's own warnings go to standard error, one line each, and only when they matter: stdout is data.
void installMessageHandler();

} // namespace tidings::cli
