#include "core/feed/charsettables.h"
#include "core/feed/textdecoder.h"

#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

using namespace tidings;

namespace {

// The document after a leading XML declaration: the decoder keeps one that says UTF-8 in front of
// valid UTF-8 (sparing a copy), and these tests are about the characters, not the declaration.
QByteArray afterDeclaration(const QByteArray &utf8)
{
    if (!utf8.startsWith("<?xml "))
        return utf8;
    const qsizetype end = utf8.indexOf("?>");
    return end < 0 ? utf8 : utf8.mid(end + 2);
}

QStringList messages(const QList<ParseWarning> &warnings)
{
    QStringList out;
    for (const ParseWarning &w : warnings)
        out.append(w.toString());
    return out;
}

// The CJK encodings come from ICU; Qt builds without it cannot decode them at all.
bool needsIcu(const QString &canonical)
{
    static const QStringList icu = {QStringLiteral("shift_jis"), QStringLiteral("euc-jp"),
                                    QStringLiteral("iso-2022-jp"), QStringLiteral("gbk"),
                                    QStringLiteral("gb18030"), QStringLiteral("big5"),
                                    QStringLiteral("euc-kr")};
    return icu.contains(canonical);
}

QByteArray encode(QStringEncoder::Encoding encoding, const QString &text, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringEncoder::Flag::WriteBom : QStringEncoder::Flag::Default);
    return encoder.encode(text);
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void labelledEncodings_data();
    void labelledEncodings();
    void unicodeForms_data();
    void unicodeForms();
    void precedence_data();
    void precedence();
    void aliases_data();
    void aliases();
    void invalidUtf8_data();
    void invalidUtf8();
    void declaration_data();
    void declaration();
    void cleanUtf8IsShared();
    void json_data();
    void json();
    void warningPositions_data();
    void warningPositions();
    void icuInvalidBytes();
    void invalidUtf16();
    void tablesAreSorted();
    void tablesMatchIcu();
};

void TestTextDecoder::labelledEncodings_data()
{
    QTest::addColumn<QByteArray>("label");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("viaHttp");

    const auto addEncoding = [](const char *label, const char *canonical, const QString &text,
                                const QByteArray &bytes) {
        QTest::addRow("%s in declaration", label) << QByteArray(label) << QString::fromLatin1(canonical)
                                                 << text << bytes << false;
        QTest::addRow("%s in HTTP", label) << QByteArray(label) << QString::fromLatin1(canonical) << text
                                          << bytes << true;
    };
    // Bytes generated with CPython's codecs (text.encode(codec)), independently of Qt and ICU.
    addEncoding("iso-8859-1", "windows-1252", QStringLiteral("café naïve £3"), "caf\xE9 na\xEFve \xA3""3");
    addEncoding("ISO-8859-2", "iso-8859-2", QStringLiteral("Żółć gęślą"), "\xAF\xF3\xB3\xE6 g\xEA\xB6l\xB1");
    addEncoding("ISO-8859-5", "iso-8859-5", QStringLiteral("Привет мир"), "\xBF\xE0\xD8\xD2\xD5\xE2 \xDC\xD8\xE0");
    addEncoding("ISO-8859-7", "iso-8859-7", QStringLiteral("Καλημέρα κόσμε"), "\xCA\xE1\xEB\xE7\xEC\xDD\xF1\xE1 \xEA\xFC\xF3\xEC\xE5");
    addEncoding("ISO-8859-15", "iso-8859-15", QStringLiteral("€uro œuvre Š"), "\xA4uro \xBDuvre \xA6");
    addEncoding("ISO-8859-16", "iso-8859-16", QStringLiteral("Științe ăâî"), "\xAAtiin\xFE""e \xE3\xE2\xEE");
    addEncoding("windows-1250", "windows-1250", QStringLiteral("Łódź šťž"), "\xA3\xF3""d\x9F \x9A\x9D\x9E");
    addEncoding("windows-1251", "windows-1251", QStringLiteral("Привет, мир — №1"), "\xCF\xF0\xE8\xE2\xE5\xF2, \xEC\xE8\xF0 \x97 \xB9""1");
    addEncoding("windows-1252", "windows-1252", QStringLiteral("“quoted” — €5 …"), "\x93quoted\x94 \x97 \x80""5 \x85");
    addEncoding("windows-1253", "windows-1253", QStringLiteral("Ώρα για καφέ"), "\xBF\xF1\xE1 \xE3\xE9\xE1 \xEA\xE1\xF6\xDD");
    addEncoding("KOI8-R", "koi8-r", QStringLiteral("Привет мир ё"), "\xF0\xD2\xC9\xD7\xC5\xD4 \xCD\xC9\xD2 \xA3");
    addEncoding("KOI8-U", "koi8-u", QStringLiteral("Їжак ґанок є"), "\xB7\xD6\xC1\xCB \xAD\xC1\xCE\xCF\xCB \xA4");
    addEncoding("IBM866", "ibm866", QStringLiteral("Привет ░"), "\x8F\xE0\xA8\xA2\xA5\xE2 \xB0");
    addEncoding("macintosh", "macintosh", QStringLiteral("Café ∑ ﬁ"), "Caf\x8E \xB7 \xDE");
    addEncoding("Shift_JIS", "shift_jis", QStringLiteral("日本語のテキスト、ｶﾀｶﾅ"), "\x93\xFA\x96{\x8C\xEA\x82\xCC\x83""e\x83L\x83X\x83g\x81""A\xB6\xC0\xB6\xC5");
    addEncoding("EUC-JP", "euc-jp", QStringLiteral("日本語のテキスト"), "\xC6\xFC\xCB\xDC\xB8\xEC\xA4\xCE\xA5\xC6\xA5\xAD\xA5\xB9\xA5\xC8");
    addEncoding("ISO-2022-JP", "iso-2022-jp", QStringLiteral("日本語のテキスト"), "\x1B$BF|K\x5C""8l$N%F%-%9%H\x1B(B");
    addEncoding("GB2312", "gbk", QStringLiteral("中文简体字"), "\xD6\xD0\xCE\xC4\xBC\xF2\xCC\xE5\xD7\xD6");
    addEncoding("GBK", "gbk", QStringLiteral("中文简体字 镕"), "\xD6\xD0\xCE\xC4\xBC\xF2\xCC\xE5\xD7\xD6 \xE9""F");
    addEncoding("GB18030", "gb18030", QStringLiteral("中文 𠀀 ༀ"), "\xD6\xD0\xCE\xC4 \x95""2\x82""6 \x81""2\xE8""4");
    addEncoding("Big5", "big5", QStringLiteral("中文繁體字"), "\xA4\xA4\xA4\xE5\xC1""c\xC5\xE9\xA6r");
    addEncoding("EUC-KR", "euc-kr", QStringLiteral("한국어 텍스트"), "\xC7\xD1\xB1\xB9\xBE\xEE \xC5\xD8\xBD\xBA\xC6\xAE");
}

void TestTextDecoder::labelledEncodings()
{
    QFETCH(QByteArray, label);
    QFETCH(QString, canonical);
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, viaHttp);
    if (needsIcu(canonical) && !QStringDecoder(label.constData()).isValid())
        QSKIP("this Qt has no ICU codec for it");

    const QByteArray body = "<t>" + bytes + "</t>";
    const DecodedDocument doc = viaHttp
            ? decodeXmlDocument(body, QByteArray("text/xml; charset=" + label))
            : decodeXmlDocument("<?xml version=\"1.0\" encoding=\"" + label + "\"?>\n" + body, {});
    QCOMPARE(doc.encoding, canonical);
    QCOMPARE(QString::fromUtf8(doc.utf8), (viaHttp ? QString() : QStringLiteral("\n")) + QStringLiteral("<t>") + text + QStringLiteral("</t>"));
    QCOMPARE(messages(doc.warnings), QStringList());
}

void TestTextDecoder::unicodeForms_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("contentType");

    const QString text = QStringLiteral("<?xml version=\"1.0\" encoding=\"%1\"?>\n<t>Grüße 日本 😀</t>");
    const struct {
        const char *name;
        QStringEncoder::Encoding encoding;
        const char *label;
    } forms[] = {
        {"utf-8", QStringEncoder::Utf8, "UTF-8"},
        {"utf-16le", QStringEncoder::Utf16LE, "UTF-16"},
        {"utf-16be", QStringEncoder::Utf16BE, "UTF-16"},
        {"utf-32le", QStringEncoder::Utf32LE, "UTF-32"},
        {"utf-32be", QStringEncoder::Utf32BE, "UTF-32"},
    };
    for (const auto &form : forms) {
        const QString doc = text.arg(QLatin1String(form.label));
        const QString name = QString::fromLatin1(form.name);
        QTest::addRow("%s with BOM", form.name) << encode(form.encoding, doc, true) << name << QByteArray();
        QTest::addRow("%s without BOM", form.name) << encode(form.encoding, doc, false) << name << QByteArray();
        // A BOM is authoritative: labels saying otherwise are leftovers from a conversion.
        QTest::addRow("%s with BOM, declared ISO-8859-1, HTTP windows-1251", form.name)
                << encode(form.encoding, text.arg(u"ISO-8859-1"), true) << name
                << QByteArray("text/xml; charset=windows-1251");
        if (form.encoding != QStringEncoder::Utf8) {
            QTest::addRow("%s without BOM, HTTP windows-1251", form.name)
                    << encode(form.encoding, doc, false) << name << QByteArray("text/xml; charset=windows-1251");
        }
    }
}

void TestTextDecoder::unicodeForms()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QByteArray, contentType);
    const DecodedDocument doc = decodeXmlDocument(bytes, contentType);
    QCOMPARE(doc.encoding, encoding);
    QCOMPARE(QString::fromUtf8(afterDeclaration(doc.utf8)), QStringLiteral("\n<t>Grüße 日本 😀</t>"));
    QCOMPARE(messages(doc.warnings), QStringList());
}

void TestTextDecoder::precedence_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("warnings");

    const QByteArray cyrillic1251 = "<t>\xCF\xF0\xE8\xE2\xE5\xF2</t>";   // "Привет"
    const QString privet = QStringLiteral("<t>Привет</t>");
    const auto decl = [](const char *label) {
        return "<?xml version=\"1.0\" encoding=\"" + QByteArray(label) + "\"?>";
    };

    QTest::newRow("BOM beats declaration and HTTP")
            << "\xEF\xBB\xBF" + decl("windows-1251") + "<t>\xD0\x9F</t>" << QByteArray("text/xml; charset=koi8-r")
            << "utf-8" << QStringLiteral("<t>П</t>") << QStringList();
    QTest::newRow("declaration beats HTTP")
            << decl("windows-1251") + cyrillic1251 << QByteArray("text/xml; charset=KOI8-R")
            << "windows-1251" << privet
            << QStringList{QStringLiteral("the HTTP charset says KOI8-R, the XML declaration says windows-1251: "
                                          "followed the XML declaration")};
    QTest::newRow("HTTP without declaration")
            << cyrillic1251 << QByteArray("application/rss+xml;CHARSET=\"windows-1251\"") << "windows-1251"
            << privet << QStringList();
    QTest::newRow("no label: UTF-8") << QByteArray("<t>\xD0\x9F</t>") << QByteArray("text/xml") << "utf-8"
                                      << QStringLiteral("<t>П</t>") << QStringList();
    QTest::newRow("ASCII: disagreement does not matter")
            << decl("ISO-8859-1") + "<t>plain</t>" << QByteArray("text/xml; charset=utf-8") << "windows-1252"
            << QStringLiteral("<t>plain</t>") << QStringList();
    QTest::newRow("declared UTF-8, HTTP ISO-8859-1")
            << decl("utf-8") + "<t>caf\xC3\xA9</t>" << QByteArray("text/xml; charset=ISO-8859-1") << "utf-8"
            << QStringLiteral("<t>café</t>")
            << QStringList{QStringLiteral("the HTTP charset says ISO-8859-1, the XML declaration says utf-8: "
                                          "followed the XML declaration")};
    QTest::newRow("declared ISO-8859-1, valid UTF-8, HTTP UTF-8")
            << decl("ISO-8859-1") + "<t>caf\xC3\xA9</t>" << QByteArray("text/xml; charset=utf-8") << "utf-8"
            << QStringLiteral("<t>café</t>")
            << QStringList{QStringLiteral("the HTTP charset says utf-8, the XML declaration says ISO-8859-1: "
                                          "followed the XML declaration"),
                           QStringLiteral("the XML declaration says ISO-8859-1, but the document is valid "
                                          "UTF-8: read as UTF-8")};
    QTest::newRow("declared ISO-8859-1, valid UTF-8, no HTTP")
            << decl("ISO-8859-1") + "<t>\xE2\x80\x9Cq\xE2\x80\x9D</t>" << QByteArray() << "utf-8"
            << QStringLiteral("<t>“q”</t>")
            << QStringList{QStringLiteral("the XML declaration says ISO-8859-1, but the document is valid "
                                          "UTF-8: read as UTF-8")};
    QTest::newRow("HTTP windows-1251, valid UTF-8")
            << QByteArray("<t>\xD0\x9F</t>") << QByteArray("text/xml; charset=windows-1251") << "utf-8"
            << QStringLiteral("<t>П</t>")
            << QStringList{QStringLiteral("the HTTP charset says windows-1251, but the document is valid "
                                          "UTF-8: read as UTF-8")};
    QTest::newRow("declared ISO-8859-1, really windows-1252")
            << decl("ISO-8859-1") + "<t>\x93q\x94 \x80</t>" << QByteArray() << "windows-1252"
            << QStringLiteral("<t>“q” €</t>") << QStringList();
    QTest::newRow("x-bogus declaration, nothing else")
            << decl("x-bogus") + "<t>\xD0\x9F</t>" << QByteArray() << "utf-8" << QStringLiteral("<t>П</t>")
            << QStringList{QStringLiteral("line 1, column 1: the XML declaration names an unknown encoding \"x-bogus\": ignored")};
    QTest::newRow("x-bogus declaration, HTTP windows-1251")
            << decl("x-bogus") + cyrillic1251 << QByteArray("text/xml; charset=windows-1251") << "windows-1251"
            << privet
            << QStringList{QStringLiteral("line 1, column 1: the XML declaration names an unknown encoding \"x-bogus\": ignored")};
    QTest::newRow("x-bogus HTTP, declaration windows-1251")
            << decl("windows-1251") + cyrillic1251 << QByteArray("text/xml; charset=x-bogus") << "windows-1251"
            << privet
            << QStringList{QStringLiteral("the HTTP charset names an unknown encoding \"x-bogus\": ignored")};
    QTest::newRow("x-bogus HTTP, invalid UTF-8")
            << QByteArray("<t>caf\xE9</t>") << QByteArray("text/html; charset=x-bogus") << "utf-8"
            << QStringLiteral("<t>café</t>")
            << QStringList{QStringLiteral("the HTTP charset names an unknown encoding \"x-bogus\": ignored"),
                           QStringLiteral("line 1, column 7: invalid UTF-8 bytes read as windows-1252 (1 in total)")};
    QTest::newRow("declared UTF-16 in ASCII bytes")
            << decl("UTF-16") + "<t>ok</t>" << QByteArray() << "utf-8" << QStringLiteral("<t>ok</t>")
            << QStringList{QStringLiteral("line 1, column 1: the XML declaration says UTF-16, but the document is not UTF-16 or "
                                          "UTF-32: ignored")};
    QTest::newRow("HTTP UTF-16 on ASCII bytes")
            << QByteArray("<t>ok</t>") << QByteArray("text/xml; charset=utf-16") << "utf-8"
            << QStringLiteral("<t>ok</t>")
            << QStringList{QStringLiteral("the HTTP charset says utf-16, but the document is not UTF-16 or "
                                          "UTF-32: ignored")};
    // No BOM and no '<' first, so only the label knows; RFC 2781 says big-endian.
    QTest::newRow("HTTP UTF-16, no BOM, text first")
            << QByteArray("\0h\0i\0<\0t\0/\0>", 12) << QByteArray("text/xml; charset=UTF-16") << "utf-16be"
            << QStringLiteral("hi<t/>") << QStringList();
    QTest::newRow("HTTP UTF-16, no BOM, little-endian text first")
            << QByteArray("h\0i\0<\0t\0/\0>\0", 12) << QByteArray("text/xml; charset=UTF-16") << "utf-16le"
            << QStringLiteral("hi<t/>") << QStringList();
    QTest::newRow("UTF-16LE pattern beats HTTP")
            << encode(QStringEncoder::Utf16LE, QStringLiteral("<t>Ω</t>"), false)
            << QByteArray("text/xml; charset=iso-8859-1") << "utf-16le" << QStringLiteral("<t>Ω</t>") << QStringList();
    QTest::newRow("decl UTF-8, HTTP windows-1251, invalid UTF-8")
            << decl("UTF-8") + cyrillic1251 << QByteArray("text/xml; charset=windows-1251") << "utf-8" << privet
            << QStringList{QStringLiteral("the HTTP charset says windows-1251, the XML declaration says UTF-8: "
                                          "followed the XML declaration"),
                           QStringLiteral("line 1, column 4: invalid UTF-8 bytes read as windows-1251 (6 in total)")};
}

void TestTextDecoder::precedence()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    QFETCH(QStringList, warnings);
    const DecodedDocument doc = decodeXmlDocument(bytes, contentType);
    QCOMPARE(doc.encoding, encoding);
    QCOMPARE(QString::fromUtf8(afterDeclaration(doc.utf8)), text);
    QCOMPARE(messages(doc.warnings), warnings);
}

void TestTextDecoder::aliases_data()
{
    QTest::addColumn<QByteArray>("label");
    QTest::addColumn<QString>("canonical");
    const std::pair<const char *, const char *> aliases[] = {
        {"latin1", "windows-1252"}, {"ISO_8859-1", "windows-1252"}, {"ISO_8859-1:1987", "windows-1252"},
        {"iso8859-1", "windows-1252"}, {"US-ASCII", "windows-1252"}, {"ascii", "windows-1252"},
        {"cp1252", "windows-1252"}, {"x-cp1252", "windows-1252"}, {"Windows-1252", "windows-1252"},
        {"ISO-8859-9", "windows-1254"}, {"latin5", "windows-1254"}, {"ISO-8859-11", "windows-874"},
        {"tis-620", "windows-874"}, {"iso-8859-2", "iso-8859-2"}, {"latin2", "iso-8859-2"},
        {"ISO-8859-3", "iso-8859-3"}, {"ISO-8859-4", "iso-8859-4"}, {"ISO-8859-6", "iso-8859-6"},
        {"ISO-8859-8", "iso-8859-8"}, {"ISO-8859-8-I", "iso-8859-8"}, {"ISO-8859-10", "iso-8859-10"},
        {"ISO-8859-13", "iso-8859-13"}, {"ISO-8859-14", "iso-8859-14"}, {"latin9", "iso-8859-15"},
        {"ISO8859-15", "iso-8859-15"}, {"iso-8859-16", "iso-8859-16"}, {"cp1250", "windows-1250"},
        {"windows-1254", "windows-1254"}, {"windows-1255", "windows-1255"}, {"windows-1256", "windows-1256"},
        {"windows-1257", "windows-1257"}, {"windows-1258", "windows-1258"}, {"koi8r", "koi8-r"},
        {"KOI8-U", "koi8-u"}, {"cp866", "ibm866"}, {"x-mac-roman", "macintosh"},
        {"utf8", "utf-8"}, {"UTF-8", "utf-8"}, {"sjis", "shift_jis"}, {"x-sjis", "shift_jis"},
        {"Shift-JIS", "shift_jis"}, {"windows-31j", "shift_jis"}, {"cp932", "shift_jis"},
        {"x-euc-jp", "euc-jp"}, {"csISO2022JP", "iso-2022-jp"}, {"gb2312", "gbk"}, {"GB_2312-80", "gbk"},
        {"x-gbk", "gbk"}, {"cp936", "gbk"}, {"GB18030", "gb18030"}, {"big5", "big5"},
        {"Big5-HKSCS", "big5"}, {"x-x-big5", "big5"}, {"euc-kr", "euc-kr"}, {"ks_c_5601-1987", "euc-kr"},
        {"cp949", "euc-kr"},
    };
    for (const auto &[label, canonical] : aliases)
        QTest::newRow(label) << QByteArray(label) << QString::fromLatin1(canonical);
}

void TestTextDecoder::aliases()
{
    QFETCH(QByteArray, label);
    QFETCH(QString, canonical);
    const DecodedDocument doc = decodeXmlDocument("<?xml version='1.0' encoding='" + label + "'?><t/>", {});
    if (needsIcu(canonical) && !doc.warnings.isEmpty())
        QSKIP("this Qt has no ICU codec for it");
    QCOMPARE(doc.encoding, canonical);
    QCOMPARE(afterDeclaration(doc.utf8), QByteArray("<t/>"));
    QCOMPARE(messages(doc.warnings), QStringList());
}

void TestTextDecoder::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("warning");

    QTest::newRow("windows-1252 mislabelled")
            << QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<a>\n  <t>caf\xE9 \x93hi\x94</t>")
            << QStringLiteral("\n<a>\n  <t>café “hi”</t>")
            << QStringLiteral("line 3, column 9: invalid UTF-8 bytes read as windows-1252 (3 in total)");
    QTest::newRow("mixed with valid UTF-8")
            << QByteArray("<t>\xC3\xA9\xE2\x80\x94\xF0\x9F\x98\x80 \x92s</t>") << QStringLiteral("<t>é—😀 ’s</t>")
            << QStringLiteral("line 1, column 9: invalid UTF-8 bytes read as windows-1252 (1 in total)");
    QTest::newRow("truncated sequence at EOF") << QByteArray("<t>ab\xE2\x82") << QStringLiteral("<t>abâ‚")
                                               << QStringLiteral("line 1, column 6: invalid UTF-8 bytes read as "
                                                                 "windows-1252 (2 in total)");
    QTest::newRow("truncated 4-byte sequence at EOF")
            << QByteArray("<t>\xF0\x9F\x98") << QStringLiteral("<t>ðŸ˜")
            << QStringLiteral("line 1, column 4: invalid UTF-8 bytes read as windows-1252 (3 in total)");
    QTest::newRow("overlong") << QByteArray("<t>\xC0\xAF</t>") << QStringLiteral("<t>À¯</t>")
                              << QStringLiteral("line 1, column 4: invalid UTF-8 bytes read as windows-1252 (2 in total)");
    QTest::newRow("encoded surrogate") << QByteArray("<t>\xED\xA0\x80</t>") << QStringLiteral("<t>í\u00A0€</t>")
                                       << QStringLiteral("line 1, column 4: invalid UTF-8 bytes read as "
                                                         "windows-1252 (3 in total)");
    QTest::newRow("beyond U+10FFFF") << QByteArray("<t>\xF4\x90\x80\x80</t>") << QStringLiteral("<t>ô\uFFFD€€</t>")
                                     << QStringLiteral("line 1, column 4: invalid UTF-8 bytes read as "
                                                       "windows-1252 (4 in total)");
    QTest::newRow("undefined in windows-1252") << QByteArray("<t>\x81</t>") << QStringLiteral("<t>\uFFFD</t>")
                                                << QStringLiteral("line 1, column 4: invalid UTF-8 bytes read as "
                                                                  "windows-1252 (1 in total)");
    QTest::newRow("after CR LF and astral") << QByteArray("<a>\r\n\xF0\x9F\x98\x80\xFF") << QStringLiteral("<a>\r\n😀ÿ")
                                            << QStringLiteral("line 2, column 3: invalid UTF-8 bytes read as "
                                                              "windows-1252 (1 in total)");
}

void TestTextDecoder::invalidUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, warning);
    const DecodedDocument doc = decodeXmlDocument(bytes, {});
    QCOMPARE(doc.encoding, QStringLiteral("utf-8"));
    QCOMPARE(QString::fromUtf8(doc.utf8), text);
    QVERIFY(doc.utf8.isValidUtf8());
    QCOMPARE(messages(doc.warnings), QStringList{warning});
}

void TestTextDecoder::declaration_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("utf8");

    // A declaration that says UTF-8 (or nothing) in front of valid UTF-8 is true: it stays, uncopied.
    QTest::newRow("plain, kept") << QByteArray("<?xml version=\"1.0\"?><rss/>")
                                 << QByteArray("<?xml version=\"1.0\"?><rss/>");
    QTest::newRow("utf-8, kept") << QByteArray("<?xml version=\"1.0\"\n  encoding='utf-8'\r\n?>\n<rss/>")
                                 << QByteArray("<?xml version=\"1.0\"\n  encoding='utf-8'\r\n?>\n<rss/>");
    QTest::newRow("newlines kept") << QByteArray("\n<?xml version=\"1.0\"\n  encoding='utf-8'\r\n?>\n<rss/>")
                                   << QByteArray("\n\n\r\n\n<rss/>");
    QTest::newRow("BOM and whitespace before it")
            << QByteArray("\xEF\xBB\xBF  \n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss/>")
            << QByteArray("  \n\n<rss/>");
    QTest::newRow("junk before it (left for repair)")
            << QByteArray("junk<?xml version=\"1.0\"?><rss/>") << QByteArray("junk<rss/>");
    QTest::newRow("stylesheet PI is not a declaration")
            << QByteArray("<?xml-stylesheet href=\"a.xsl\"?><rss/>") << QByteArray("<?xml-stylesheet href=\"a.xsl\"?><rss/>");
    QTest::newRow("declaration after the root is not removed")
            << QByteArray("<rss/><?xml version=\"1.0\"?>") << QByteArray("<rss/><?xml version=\"1.0\"?>");
    QTest::newRow("unterminated") << QByteArray("<?xml version=\"1.0\"") << QByteArray("<?xml version=\"1.0\"");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestTextDecoder::declaration()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, utf8);
    const DecodedDocument doc = decodeXmlDocument(bytes, {});
    QCOMPARE(doc.utf8, utf8);
    QCOMPARE(doc.encoding, QStringLiteral("utf-8"));
    QCOMPARE(messages(doc.warnings), QStringList());
}

void TestTextDecoder::cleanUtf8IsShared()
{
    const QByteArray bytes("<rss version=\"2.0\"><channel><title>Caf\xC3\xA9</title></channel></rss>");
    const DecodedDocument doc = decodeXmlDocument(bytes, "application/rss+xml; charset=utf-8");
    QCOMPARE(doc.utf8.constData(), bytes.constData());
    const DecodedDocument json = decodeJsonDocument(bytes, {});
    QCOMPARE(json.utf8.constData(), bytes.constData());
}

void TestTextDecoder::json_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("warnings");

    const QString json = QStringLiteral("{\"title\":\"Grüße 😀\"}");
    QTest::newRow("utf-8") << json.toUtf8() << QByteArray("application/feed+json") << "utf-8" << json << QStringList();
    QTest::newRow("utf-8 BOM") << encode(QStringEncoder::Utf8, json, true) << QByteArray() << "utf-8" << json
                               << QStringList();
    QTest::newRow("utf-16le BOM") << encode(QStringEncoder::Utf16LE, json, true) << QByteArray() << "utf-16le"
                                  << json << QStringList();
    QTest::newRow("utf-16be no BOM") << encode(QStringEncoder::Utf16BE, json, false) << QByteArray()
                                     << "utf-16be" << json << QStringList();
    QTest::newRow("utf-32le no BOM") << encode(QStringEncoder::Utf32LE, json, false) << QByteArray()
                                     << "utf-32le" << json << QStringList();
    QTest::newRow("HTTP charset") << QByteArray("{\"t\":\"\xF0\xD2\xC9\"}") << QByteArray("application/json; charset=koi8-r")
                                  << "koi8-r" << QStringLiteral("{\"t\":\"При\"}") << QStringList();
    QTest::newRow("declaration is not looked at")
            << QByteArray("<?xml encoding=\"koi8-r\"?>\xC3\xA9") << QByteArray() << "utf-8"
            << QStringLiteral("<?xml encoding=\"koi8-r\"?>é") << QStringList();
    QTest::newRow("invalid UTF-8") << QByteArray("{\n\"t\": \"\x93q\x94\"}") << QByteArray() << "utf-8"
                                   << QStringLiteral("{\n\"t\": \"“q”\"}")
                                   << QStringList{QStringLiteral("line 2, column 7: invalid UTF-8 bytes read as "
                                                                 "windows-1252 (2 in total)")};
}

void TestTextDecoder::json()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    QFETCH(QStringList, warnings);
    const DecodedDocument doc = decodeJsonDocument(bytes, contentType);
    QCOMPARE(doc.encoding, encoding);
    QCOMPARE(QString::fromUtf8(doc.utf8), text);
    QCOMPARE(messages(doc.warnings), warnings);
}

void TestTextDecoder::warningPositions_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("start") << QByteArray("abc") << 0 << 1 << 1;
    QTest::newRow("LF") << QByteArray("a\nbc") << 3 << 2 << 2;
    QTest::newRow("CR LF") << QByteArray("a\r\nbc") << 4 << 2 << 2;
    QTest::newRow("lone CR") << QByteArray("a\rb\rc") << 4 << 3 << 1;
    QTest::newRow("two-byte chars") << QByteArray("\xC3\xA9\xC3\xA9x") << 4 << 1 << 3;
    QTest::newRow("astral counts two") << QByteArray("\xF0\x9F\x98\x80x") << 4 << 1 << 3;
    QTest::newRow("past the end") << QByteArray("ab") << 10 << 1 << 3;
}

void TestTextDecoder::warningPositions()
{
    QFETCH(QByteArray, text);
    QFETCH(int, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    const ParseWarning w = warningAt(text, offset, QStringLiteral("m"));
    QCOMPARE(w.line, line);
    QCOMPARE(w.column, column);
    QCOMPARE(w.message, QStringLiteral("m"));
}

void TestTextDecoder::icuInvalidBytes()
{
    if (!QStringDecoder("Shift_JIS").isValid())
        QSKIP("this Qt has no ICU codec for it");
    const DecodedDocument doc = decodeXmlDocument("<t>\x93\xFA\xFF\x96{</t>", "text/xml; charset=shift_jis");
    QCOMPARE(doc.encoding, QStringLiteral("shift_jis"));
    QVERIFY(QString::fromUtf8(doc.utf8).startsWith(QStringLiteral("<t>日")));
    QVERIFY(QString::fromUtf8(doc.utf8).endsWith(QStringLiteral("本</t>")));
    QCOMPARE(messages(doc.warnings), QStringList{QStringLiteral("invalid shift_jis byte sequences replaced by U+FFFD")});
}

void TestTextDecoder::invalidUtf16()
{
    // A lone surrogate, then an odd trailing byte.
    const DecodedDocument doc = decodeXmlDocument(QByteArray("\xFF\xFE<\0t\0>\0\x00\xD8<\0/\0t\0>\0x", 19), {});
    QCOMPARE(doc.encoding, QStringLiteral("utf-16le"));
    QCOMPARE(QString::fromUtf8(doc.utf8), QStringLiteral("<t>\uFFFD</t>\uFFFD"));
    QCOMPARE(messages(doc.warnings), QStringList{QStringLiteral("invalid utf-16le byte sequences replaced by U+FFFD")});
}

void TestTextDecoder::tablesAreSorted()
{
    for (int i = 0; i < detail::kSingleByteCharsetCount; ++i) {
        const auto &charset = detail::kSingleByteCharsets[i];
        QCOMPARE(detail::findSingleByteCharset(charset.name), &charset);
    }
    QCOMPARE(detail::findSingleByteCharset("iso-8859-1"), nullptr);
}

void TestTextDecoder::tablesMatchIcu()
{
    int compared = 0;
    for (int i = 0; i < detail::kSingleByteCharsetCount; ++i) {
        const auto &charset = detail::kSingleByteCharsets[i];
        QStringDecoder icu(charset.name);
        if (!icu.isValid())
            continue;   // iso-8859-16, windows-874 on Debian's ICU
        for (int b = 0x80; b <= 0xFF; ++b) {
            const QString expected = QStringDecoder(charset.name).decode(QByteArray(1, char(b)));
            const char16_t ours = charset.high[b - 0x80];
            // Where a charset leaves a byte undefined, converters disagree (C1 control, U+FFFD, a
            // private-use character); both are acceptable.
            if (ours == 0xFFFD || expected.size() != 1 || expected.at(0).unicode() == 0xFFFD)
                continue;
            const QString context = QStringLiteral("%1 byte 0x%2").arg(QLatin1String(charset.name)).arg(b, 0, 16);
            QVERIFY2(expected.at(0).unicode() == ours,
                     qPrintable(context + QStringLiteral(": ICU U+%1, table U+%2")
                                                  .arg(expected.at(0).unicode(), 4, 16, QLatin1Char('0'))
                                                  .arg(int(ours), 4, 16, QLatin1Char('0'))));
            ++compared;
        }
    }
    qInfo("%d table entries compared with ICU", compared);
    if (compared == 0)
        QSKIP("this Qt has no ICU codecs to compare with");
}

QTEST_APPLESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
