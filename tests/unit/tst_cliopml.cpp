// tidings-cli import and export through the real binary and real profiles.

#include "../support/clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TstCliOpml : public QObject
{
    Q_OBJECT

private slots:
    void importNestedFolders();
    void importTwiceAddsNothing();
    void hostileEntriesAreSkipped();
    void notOpmlImportsNothing();
    void exportImportRoundTrip();

private:
    using Run = CliRun;
    static Run cli(const QString &profile, const QStringList &arguments);
    static QSet<QString> subscriptions(const QString &profile);
    static QString opml(const char *name) { return QStringLiteral(TIDINGS_TEST_DATA "/opml/") + QLatin1String(name); }
};

TstCliOpml::Run TstCliOpml::cli(const QString &profile, const QStringList &arguments)
{
    return runCliIn(profile, arguments);
}

// "folder path|url" for every subscription of a profile.
QSet<QString> TstCliOpml::subscriptions(const QString &profile)
{
    const Run run = cli(profile, {QStringLiteral("feeds"), QStringLiteral("--json")});
    QSet<QString> set;
    for (const QJsonValue &value : QJsonDocument::fromJson(run.out).array()) {
        const QJsonObject feed = value.toObject();
        set.insert(feed.value(QLatin1String("folder")).toString() + u'|' + feed.value(QLatin1String("url")).toString());
    }
    return set;
}

void TstCliOpml::importNestedFolders()
{
    QTemporaryDir profile;
    const Run run = cli(profile.path(), {QStringLiteral("import"), opml("nested-folders.opml")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.startsWith("9 subscriptions imported, 4 new folders"), run.out.constData());
    const QSet<QString> feeds = subscriptions(profile.path());
    QCOMPARE(feeds.size(), 9);
    QVERIFY(feeds.contains(QStringLiteral("Reading/Tech/Programming|https://blog.rust-lang.org/feed.xml")));
}

void TstCliOpml::importTwiceAddsNothing()
{
    QTemporaryDir profile;
    QCOMPARE(cli(profile.path(), {QStringLiteral("import"), opml("nested-folders.opml")}).exitCode, 0);
    const Run again = cli(profile.path(), {QStringLiteral("import"), opml("nested-folders.opml")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains("9 already subscribed"), again.out.constData());
    QCOMPARE(subscriptions(profile.path()).size(), 9);
}

void TstCliOpml::hostileEntriesAreSkipped()
{
    QTemporaryDir profile;
    const Run run = cli(profile.path(), {QStringLiteral("import"), opml("hostile.opml")});
    QCOMPARE(run.exitCode, 0);
    for (const QString &entry : subscriptions(profile.path())) {
        const QString url = entry.section(u'|', 1);
        QVERIFY2(url.startsWith(QLatin1String("https://")) || url.startsWith(QLatin1String("http://")), qPrintable(url));
    }
    QVERIFY(run.err.contains("is a command, not a web address"));
}

void TstCliOpml::notOpmlImportsNothing()
{
    QTemporaryDir profile;
    for (const char *name : {"no-outlines.opml", "not-opml-rss.xml"}) {
        const Run run = cli(profile.path(), {QStringLiteral("import"), opml(name)});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.contains("nothing was imported"), run.err.constData());
    }
    const Run missing = cli(profile.path(), {QStringLiteral("import"), opml("does-not-exist.opml")});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(subscriptions(profile.path()).isEmpty());
}

void TstCliOpml::exportImportRoundTrip()
{
    QTemporaryDir first;
    QTemporaryDir second;
    QCOMPARE(cli(first.path(), {QStringLiteral("import"), opml("nested-folders.opml")}).exitCode, 0);
    QCOMPARE(cli(first.path(), {QStringLiteral("import"), opml("feedly.opml")}).exitCode, 0);
    const QString file = first.filePath(QStringLiteral("export.opml"));
    QCOMPARE(cli(first.path(), {QStringLiteral("export"), file}).exitCode, 0);
    QCOMPARE(cli(second.path(), {QStringLiteral("import"), file}).exitCode, 0);
    QCOMPARE(subscriptions(second.path()), subscriptions(first.path()));

    const Run toStdout = cli(first.path(), {QStringLiteral("export"), QStringLiteral("-")});
    QCOMPARE(toStdout.exitCode, 0);
    QVERIFY(toStdout.out.startsWith("<?xml"));
}

QTEST_GUILESS_MAIN(TstCliOpml)
#include "tst_cliopml.moc"
