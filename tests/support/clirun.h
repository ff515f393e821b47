#pragma once

// Runs the real tidings-cli binary (TIDINGS_CLI) for a test and collects what it printed. Waits by
// spinning the event loop, so a loopback server living on the test's thread keeps answering.

#include <QProcess>
#include <QSignalSpy>
#include <QStringList>

struct CliRun {
    int exitCode = -1;     // -1: did not finish in time; -2: crashed
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList &arguments, const QByteArray &input = QByteArray(), int timeoutMs = 120000)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(TIDINGS_CLI), arguments);
    if (!input.isNull()) {
        process.write(input);
        process.closeWriteChannel();
    }
    CliRun run;
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// The same with a profile: `tidings-cli --profile DIR ...`.
inline CliRun runCliIn(const QString &profile, const QStringList &arguments)
{
    return runCli(QStringList{QStringLiteral("--profile"), profile} + arguments);
}
