// OPML export: the exact output for a small list, characters XML cannot carry, and the round trip
// readOpml(writeOpml(x)) == x over every file in tests/data/opml/ and over generated lists.

#include "core/opml/opmlreader.h"
#include "core/opml/opmlwriter.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QXmlStreamReader>

using namespace tidings;

namespace {

const QString kDataDir = QStringLiteral(TIDINGS_TEST_DATA "/opml");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestOpmlWriter : public QObject
{
    Q_OBJECT

private slots:
    void roundTripFiles_data();
    void roundTripFiles();
    void roundTripGenerated();
    void writerOutput();
    void writerUnwritableCharacters();
};

void TestOpmlWriter::roundTripFiles_data()
{
    QTest::addColumn<QString>("name");
    const QDir dir(kDataDir);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        if (!name.endsWith(QLatin1String(".expected.txt")) && name != QLatin1String("README.md"))
            QTest::newRow(qPrintable(name)) << name;
    }
}

void TestOpmlWriter::roundTripFiles()
{
    QFETCH(QString, name);
    const OpmlDocument first = readOpml(readFile(kDataDir + u'/' + name));
    if (!first.ok())
        return;
    const QByteArray written = writeOpml(first.title, first.subscriptions);
    const OpmlDocument second = readOpml(written);
    QVERIFY2(second.ok(), qPrintable(second.error));
    QCOMPARE(second.title, first.title);
    QCOMPARE(second.subscriptions, first.subscriptions);
    QVERIFY(second.warnings.isEmpty());
    QCOMPARE(writeOpml(second.title, second.subscriptions), written);
}

// Arbitrary lists in the reader's normal form, with folders that come back after others and
// names full of markup, quotes, entities and non-BMP characters.
void TestOpmlWriter::roundTripGenerated()
{
    const QStringList names = {
        QStringLiteral("Tech"), QStringLiteral("News & <Politics>"), QStringLiteral("\"quoted\" 'single'"),
        QStringLiteral("]]> &amp; &nbsp;"), QStringLiteral("日本語 😀"), QStringLiteral("a/b, c"),
    };
    QRandomGenerator generator(42);
    for (int round = 0; round < 50; ++round) {
        QList<OpmlSubscription> list;
        const int count = int(generator.bounded(40));
        for (int i = 0; i < count; ++i) {
            OpmlSubscription s;
            s.title = (names.at(int(generator.bounded(qsizetype(names.size())))) + QStringLiteral(" %1").arg(i)).simplified();
            s.xmlUrl = QStringLiteral("https://example.com/%1/%2.xml?a=1&b=%3").arg(round).arg(i).arg(generator.bounded(9));
            if (generator.bounded(2))
                s.htmlUrl = QStringLiteral("https://example.com/%1").arg(i);
            const int depth = int(generator.bounded(4));
            for (int d = 0; d < depth; ++d)
                s.folderPath.append(names.at(int(generator.bounded(qsizetype(3)))));
            list.append(s);
        }
        const QString title = names.at(round % names.size());
        const QByteArray written = writeOpml(title, list, QDateTime::fromSecsSinceEpoch(1700000000 + round, Qt::UTC));
        const OpmlDocument back = readOpml(written);
        if (count == 0) {
            QVERIFY(!back.ok());   // no outlines: nothing to import
            continue;
        }
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(back.title, title);
        QCOMPARE(back.subscriptions, list);
        QVERIFY(back.warnings.isEmpty());
    }
}

void TestOpmlWriter::writerOutput()
{
    OpmlSubscription top{QStringLiteral("Top & \"friends\""), QStringLiteral("https://example.com/top.xml"), {}, {}};
    OpmlSubscription a{QStringLiteral("A <b>"), QStringLiteral("https://example.com/a.xml?x=1&y=2"),
                       QStringLiteral("https://example.com/"), {QStringLiteral("Tech"), QStringLiteral("News")}};
    OpmlSubscription b{QStringLiteral("B"), QStringLiteral("https://example.com/b.xml"), {}, {QStringLiteral("Tech")}};
    const QByteArray written = writeOpml(QStringLiteral("My <feeds>"), {top, a, b},
                                         QDateTime(QDate(2024, 6, 1), QTime(10, 12, 44), Qt::UTC));
    const QByteArray expected =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<opml version=\"2.0\">\n"
            "  <head>\n"
            "    <title>My &lt;feeds&gt;</title>\n"
            "    <dateCreated>Sat, 01 Jun 2024 10:12:44 GMT</dateCreated>\n"
            "  </head>\n"
            "  <body>\n"
            "    <outline type=\"rss\" text=\"Top &amp; &quot;friends&quot;\" title=\"Top &amp; &quot;friends&quot;\" xmlUrl=\"https://example.com/top.xml\"/>\n"
            "    <outline text=\"Tech\" title=\"Tech\">\n"
            "      <outline text=\"News\" title=\"News\">\n"
            "        <outline type=\"rss\" text=\"A &lt;b&gt;\" title=\"A &lt;b&gt;\" xmlUrl=\"https://example.com/a.xml?x=1&amp;y=2\" htmlUrl=\"https://example.com/\"/>\n"
            "      </outline>\n"
            "      <outline type=\"rss\" text=\"B\" title=\"B\" xmlUrl=\"https://example.com/b.xml\"/>\n"
            "    </outline>\n"
            "  </body>\n"
            "</opml>\n";
    QCOMPARE(QString::fromUtf8(written), QString::fromUtf8(expected));
    // No clock: without a date the output does not change from one run to the next.
    const QByteArray undated = writeOpml(QStringLiteral("t"), {top});
    QVERIFY(!undated.contains("dateCreated"));
    QCOMPARE(writeOpml(QStringLiteral("t"), {top}), undated);
}

void TestOpmlWriter::writerUnwritableCharacters()
{
    OpmlSubscription s{QStringLiteral("bell\x07 and ") + QChar(0xD800) + QStringLiteral("lone surrogate \U0001F600"),
                       QStringLiteral("https://example.com/x.xml"), {}, {QStringLiteral("nul\x01")}};
    const QByteArray written = writeOpml(QStringLiteral("\x1b[31m"), {s});
    QXmlStreamReader xml(written);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    const OpmlDocument back = readOpml(written);
    QVERIFY(back.warnings.isEmpty());
    QCOMPARE(back.subscriptions.at(0).title, QStringLiteral("bell and lone surrogate \U0001F600"));
    QCOMPARE(back.subscriptions.at(0).folderPath, QStringList{QStringLiteral("nul")});
}

QTEST_GUILESS_MAIN(TestOpmlWriter)
#include "tst_opmlwriter.moc"
