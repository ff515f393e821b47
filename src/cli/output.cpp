#include "cli/output.h"

#include <QCommandLineParser>

#include <cstdio>
#ifdef _WIN32
#include <io.h>
#else
#include <unistd.h>
#endif

namespace tidings::cli {
namespace {

void messageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if ((type == QtDebugMsg || type == QtInfoMsg) && qEnvironmentVariableIsEmpty("TIDINGS_DEBUG"))
        return;
    const QByteArray line = message.simplified().toUtf8();
    std::fprintf(stderr, "tidings-cli: %s\n", line.constData());
}

} // namespace

QString printable(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\r' || u == u'\t')
            c = u' ';
        else if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
            c = QChar(0xFFFD);
    }
    return out;
}

bool stderrIsTerminal()
{
#ifdef _WIN32
    return _isatty(_fileno(stderr)) != 0;   // MSVC has no <unistd.h>
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

void printOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int failure(const QString &input, const QString &reason)
{
    const QByteArray line = QStringLiteral("tidings-cli: %1: %2").arg(input, reason).simplified().toUtf8();
    std::fprintf(stderr, "%s\n", line.constData());
    return 2;
}

int usageError(const QString &verb, const QString &reason)
{
    const QByteArray line = (verb.isEmpty() ? Cli::tr("tidings-cli: %1 (see tidings-cli --help)").arg(reason)
                                            : Cli::tr("tidings-cli %1: %2 (see tidings-cli %1 --help)").arg(verb, reason))
                                .toUtf8();
    std::fprintf(stderr, "%s\n", line.constData());
    return 2;
}

std::optional<int> parseVerb(QCommandLineParser &parser, const QString &verb, const QString &usage,
                             const QStringList &arguments, Positionals positionals, const QString &what)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(verb, parser.errorText());
    if (parser.isSet(help)) {
        // Qt's usage line names the executable's full path and not the verb.
        QString text = parser.helpText();
        text.replace(0, text.indexOf(u'\n'), usage);
        printOut(text.toUtf8());
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positionals == Positionals::None && !positional.isEmpty())
        return usageError(verb, Cli::tr("unexpected argument %1").arg(positional.first()));
    if (positionals == Positionals::One && positional.size() != 1)
        return usageError(verb, Cli::tr("expected exactly one %1").arg(what));
    return std::nullopt;
}

void installMessageHandler()
{
    qInstallMessageHandler(messageHandler);
}

} // namespace tidings::cli
