// Every document in tests/data/feeds/ beside its expected `tidings-cli parse` output.
// An optional <name>.args file holds extra arguments, one per line (e.g. --base URL).
// TIDINGS_UPDATE_GOLDEN=1 writes the actual output as the new expectation: review every diff.

#include <QDir>
#include <QProcess>
#include <QTest>

class TstGolden : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
};

namespace {

QString feedsDir()
{
    return QStringLiteral(TIDINGS_TEST_DATA "/feeds");
}

bool isDocument(const QString &name)
{
    return !name.endsWith(QLatin1String(".expected.json")) && !name.endsWith(QLatin1String(".args"))
        && !name.endsWith(QLatin1String(".md"));
}

QString stem(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    return dot > 0 ? name.left(dot) : name;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TstGolden::parse_data()
{
    QTest::addColumn<QString>("document");
    const QStringList names = QDir(feedsDir()).entryList(QDir::Files, QDir::Name);
    int documents = 0;
    for (const QString &name : names) {
        if (!isDocument(name))
            continue;
        QTest::newRow(qPrintable(name)) << name;
        ++documents;
    }
    QVERIFY2(documents >= 80, "the golden corpus should hold at least 80 documents");
}

void TstGolden::parse()
{
    QFETCH(QString, document);
    const QString base = feedsDir() + u'/' + stem(document);

    QStringList arguments{QStringLiteral("parse"), feedsDir() + u'/' + document};
    const QByteArray extra = readAll(base + QLatin1String(".args"));
    for (const QByteArray &line : extra.split('\n')) {
        if (!line.trimmed().isEmpty())
            arguments << QString::fromUtf8(line.trimmed());
    }

    QProcess cli;
    cli.start(QStringLiteral(TIDINGS_CLI), arguments);
    QVERIFY2(cli.waitForFinished(60000), "tidings-cli did not finish");
    const QByteArray output = cli.readAllStandardOutput();
    const QByteArray errors = cli.readAllStandardError();
    QVERIFY2(cli.exitStatus() == QProcess::NormalExit, "tidings-cli crashed");
    QVERIFY2(cli.exitCode() == 0, errors.constData());
    QVERIFY2(errors.isEmpty(), errors.constData());

    const QString expectedPath = base + QLatin1String(".expected.json");
    if (qEnvironmentVariableIntValue("TIDINGS_UPDATE_GOLDEN")) {
        QFile file(expectedPath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(output);
        return;
    }
    const QByteArray expected = readAll(expectedPath);
    QVERIFY2(!expected.isEmpty(), qPrintable(QStringLiteral("missing %1").arg(expectedPath)));
    if (output != expected) {
        // Point at the first differing line: a whole-document diff is unreadable in a test log.
        const QList<QByteArray> actualLines = output.split('\n');
        const QList<QByteArray> expectedLines = expected.split('\n');
        for (qsizetype i = 0; i < qMax(actualLines.size(), expectedLines.size()); ++i) {
            const QByteArray a = actualLines.value(i);
            const QByteArray e = expectedLines.value(i);
            if (a != e) {
                QFAIL(qPrintable(QStringLiteral("line %1 differs\n  actual:   %2\n  expected: %3")
                                     .arg(i + 1).arg(QString::fromUtf8(a.left(400)), QString::fromUtf8(e.left(400)))));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TstGolden)
#include "tst_golden.moc"
