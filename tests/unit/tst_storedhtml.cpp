// How article HTML is kept in a column (storedhtml.h) and the stable digest (digest.h): round
// trips, the boundary between text and compressed values, damaged values, and the normalization
// the contentless search index depends on.

#include "core/store/storedhtml.h"
#include "core/util/digest.h"

#include <QTest>

using namespace tidings;
using namespace tidings::store;

class TstStoredHtml : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips_data();
    void roundTrips();
    void shortTextStaysText();
    void withoutCompressionAlwaysText();
    void damagedFrameGivesNothing();
    void wellFormedReplacesOnlyLoneSurrogates();
    void digestIsStableAndFieldAware();
};

void TstStoredHtml::roundTrips_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("empty") << QString();
    QTest::newRow("short") << QStringLiteral("<p>hi</p>");
    QTest::newRow("long ascii") << QStringLiteral("<p>Lorem ipsum dolor sit amet.</p>").repeated(50);
    QTest::newRow("long non-ascii") << QStringLiteral("<p>Grüße aus Köln, 東京からこんにちは 🎉</p>").repeated(40);
    QString noise;
    for (int i = 0; i < 4000; ++i)
        noise.append(QChar(char16_t(0x4E00 + (i * 7919) % 20000)));
    QTest::newRow("incompressible") << noise;
}

void TstStoredHtml::roundTrips()
{
    QFETCH(QString, html);
    const QVariant packed = packHtml(html.toUtf8(), true);
    if (html.isEmpty())
        QVERIFY(packed.isNull());
    QCOMPARE(unpackHtml(packed), html);
}

void TstStoredHtml::shortTextStaysText()
{
    const QVariant small = packHtml(QByteArray("<p>short</p>"), true);
    QCOMPARE(small.typeId(), int(QMetaType::QString));
    const QVariant large = packHtml(QByteArray("<p>repeated text</p>").repeated(40), true);
    QCOMPARE(large.typeId(), int(QMetaType::QByteArray));
    QVERIFY(large.toByteArray().size() < 200);
}

void TstStoredHtml::withoutCompressionAlwaysText()
{
    const QByteArray html = QByteArray("<p>repeated text</p>").repeated(40);
    const QVariant packed = packHtml(html, false);
    QCOMPARE(packed.typeId(), int(QMetaType::QString));
    QCOMPARE(packed.toString().toUtf8(), html);
}

void TstStoredHtml::damagedFrameGivesNothing()
{
    QByteArray frame = packHtml(QByteArray("<p>repeated text</p>").repeated(40), true).toByteArray();
    QVERIFY(!frame.isEmpty());
    QCOMPARE(unpackHtml(QVariant(frame.first(frame.size() / 2))), QString());
    frame[frame.size() - 3] = char(frame[frame.size() - 3] ^ 0x5A);
    frame[6] = char(frame[6] ^ 0x5A);
    const QString damaged = unpackHtml(QVariant(frame));   // whatever it is, no crash and no overrun
    Q_UNUSED(damaged);
    QCOMPARE(unpackHtml(QVariant(QByteArray("not a zstd frame at all"))), QString());
    // A header claiming a gigantic size is refused before anything is allocated.
    const QByteArray claim = QByteArray::fromHex("28b52ffd" "a0" "00000080");
    QCOMPARE(unpackHtml(QVariant(claim)), QString());
}

void TstStoredHtml::wellFormedReplacesOnlyLoneSurrogates()
{
    const QString pair = QStringLiteral("a\U0001F600b");
    QCOMPARE(wellFormed(pair), pair);
    QString lone = QStringLiteral("a?b?");
    lone[1] = QChar(char16_t(0xD800));
    lone[3] = QChar(char16_t(0xDC00));
    const QString fixed = wellFormed(lone);
    QCOMPARE(fixed.size(), 4);
    QVERIFY(!fixed.at(1).isSurrogate() && !fixed.at(3).isSurrogate());
    QCOMPARE(fixed.at(0), u'a');
    QCOMPARE(fixed.at(2), u'b');
    // What the store relies on: the normalized text survives UTF-8, and so does what toUtf8() made.
    QCOMPARE(QString::fromUtf8(fixed.toUtf8()), fixed);
    QCOMPARE(QString::fromUtf8(lone.toUtf8()), fixed);
}

void TstStoredHtml::digestIsStableAndFieldAware()
{
    // The published XXH3-128 of nothing: stored digests must not change with the machine or Qt.
    QCOMPARE(Digest128::of({}).toHex(), QByteArray("99aa06d3014798d86001c324468d497f"));
    QCOMPARE(Digest128::of("abc"), [] {
        Digest128 digest;
        digest.add("a");
        digest.add("bc");
        return digest.result();
    }());
    const auto fields = [](QByteArrayView first, QByteArrayView second) {
        Digest128 digest;
        digest.addField(first);
        digest.addField(second);
        return digest.result();
    };
    QVERIFY(fields("ab", "c") != fields("a", "bc"));
    QCOMPARE(fields("ab", "c").size(), 16);
}

QTEST_APPLESS_MAIN(TstStoredHtml)
#include "tst_storedhtml.moc"
