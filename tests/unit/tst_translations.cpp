// The catalogues in translations/ against the sources (docs/translations.md): every .ts file is
// finished, holds every string of src/ and ui/ (the real lupdate extracts them into a temporary
// file), keeps each translation's placeholders and accelerators, and the compiled catalogues load.

#include "core/feed/parsefeed.h"
#include "core/i18n/translations.h"
#include "tst_storehelpers.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

const QString kSourceDir = QStringLiteral(TIDINGS_SOURCE_DIR);
const QString kTranslationsDir = kSourceDir + QLatin1String("/translations");
// The English catalogue holds the plural forms only; every other one everything.
const QString kPluralOnly = QStringLiteral("tidings_en.ts");

struct Message {
    QString context;
    QString source;
    QString comment;          // the disambiguation
    bool numerus = false;
    QString type;             // "", "unfinished", "vanished", "obsolete"
    QStringList forms;        // the translation, or its numerus forms

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString name() const
    {
        QString shown = source;
        shown.replace(u'\n', QLatin1String("\\n"));
        return comment.isEmpty() ? QStringLiteral("%1: \"%2\"").arg(context, shown)
                                 : QStringLiteral("%1: \"%2\" (%3)").arg(context, shown, comment);
    }
};

struct Catalogue {
    QString error;
    QString language;
    QList<Message> messages;
};

Catalogue readTs(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = file.errorString();
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                catalogue.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = Message{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                                  {}, {}};
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.forms = QStringList{xml.readElementText()};
            } else if (name == QLatin1String("numerusform")) {
                message.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            catalogue.messages.append(message);
        }
    }
    if (xml.hasError())
        catalogue.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return catalogue;
}

QStringList committedFiles()
{
    return QDir(kTranslationsDir).entryList({QStringLiteral("tidings_*.ts")}, QDir::Files, QDir::Name);
}

// At most `limit` lines of a list, and how many more there are.
QString listed(const QStringList &lines, int limit = 60)
{
    QString text = lines.mid(0, limit).join(QLatin1String("\n    "));
    if (lines.size() > limit)
        text += QStringLiteral("\n    ... and %1 more").arg(lines.size() - limit);
    return QLatin1String("\n    ") + text;
}

// %1..%99 and %n, each once however often it appears: what .arg() and the plural fill in.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(?:L?[1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.removeDuplicates();
    found.sort();
    return found;
}

// Mnemonic markers: an '&' before a letter or digit (what Qt underlines), not "&&" (a literal '&'),
// nor an HTML entity. A lone '&' before anything else ("'&'", "& ", a final '&') is the character
// itself, which a translator may write or leave out as the language needs.
int accelerators(const QString &text)
{
    static const QRegularExpression entity(QStringLiteral("^&(?:[A-Za-z]+|#[0-9]+|#x[0-9A-Fa-f]+);"));
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (text.at(i + 1).isLetterOrNumber() && !entity.match(text.mid(i, 12)).hasMatch())
            ++count;
    }
    return count;
}

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void finished_data();
    void finished();
    void complete_data() { finished_data(); }
    void complete();
    void placeholdersKept_data() { finished_data(); }
    void placeholdersKept();
    void compiledCatalogues();
    void languageNames_data();
    void languageNames();
    void englishPlurals();
    void germanCatalogue();
    void qtOwnTranslations();
    void frenchCoreMessages();
    void spanishCatalogue();
    void storeAndJsonFeedMessages();

private:
    QTemporaryDir m_fresh;                   // what lupdate extracts from the sources now
};

void TstTranslations::initTestCase()
{
    QVERIFY(m_fresh.isValid());
    const QStringList files = committedFiles();
    QVERIFY2(files.contains(kPluralOnly) && files.size() >= 2, qPrintable(files.join(u' ')));
    // The same runs as the update_translations target (src/CMakeLists.txt), into a temporary folder
    // with the same file names, so lupdate picks each file's language (and its plural forms).
    // Not -silent: that would hide the warnings checked below (they go to stderr, the progress to stdout).
    const QStringList common{QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                             QStringLiteral("src"), QStringLiteral("ui")};
    for (const QString &name : files) {
        QStringList arguments = common;
        if (name == kPluralOnly)
            arguments.prepend(QStringLiteral("-pluralonly"));
        arguments << QStringLiteral("-ts") << m_fresh.filePath(name);
        QProcess lupdate;
        lupdate.setWorkingDirectory(kSourceDir);
        lupdate.start(QStringLiteral(TIDINGS_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(120000), TIDINGS_LUPDATE " did not finish");
        const QByteArray warnings = lupdate.readAllStandardError();
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, warnings.constData());
        // A tr() lupdate cannot place gets a context the code does not use, or none at all.
        QVERIFY2(warnings.trimmed().isEmpty(), warnings.constData());
    }
}

void TstTranslations::finished_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &name : committedFiles())
        QTest::newRow(qPrintable(name)) << name;
}

// Nothing left to translate and nothing stale: what lrelease would leave out or keep for nothing.
void TstTranslations::finished()
{
    QFETCH(QString, file);
    const Catalogue catalogue = readTs(kTranslationsDir + u'/' + file);
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    QStringList unfinished, stale, empty;
    for (const Message &message : catalogue.messages) {
        if (message.type == QLatin1String("unfinished"))
            unfinished.append(message.name());
        else if (message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete"))
            stale.append(message.name());
        else if (message.forms.isEmpty() || message.forms.contains(QString()))
            empty.append(message.name());
    }
    QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("%1: %2 entries no longer in the sources "
                                                        "(build the update_translations target):%3")
                                             .arg(file).arg(stale.size()).arg(listed(stale))));
    QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("%1: %2 of %3 entries unfinished (translate them; "
                                                             "docs/translations.md):%4")
                                                  .arg(file).arg(unfinished.size()).arg(catalogue.messages.size())
                                                  .arg(listed(unfinished))));
    QVERIFY2(empty.isEmpty(), qPrintable(QStringLiteral("%1: %2 entries marked finished with an empty translation:%3")
                                             .arg(file).arg(empty.size()).arg(listed(empty))));
}

// Every string of the sources is in the catalogue, with as many plural forms as its language has.
void TstTranslations::complete()
{
    QFETCH(QString, file);
    const Catalogue committed = readTs(kTranslationsDir + u'/' + file);
    const Catalogue fresh = readTs(m_fresh.filePath(file));
    QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
    QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
    QVERIFY2(!fresh.messages.isEmpty(), "lupdate found no strings in src/ and ui/");
    QCOMPARE(committed.language, fresh.language);

    QHash<QString, Message> have;
    for (const Message &message : committed.messages)
        have.insert(message.key(), message);
    QStringList missing, forms;
    QSet<QString> wanted;
    for (const Message &message : fresh.messages) {
        wanted.insert(message.key());
        const auto it = have.constFind(message.key());
        if (it == have.cend())
            missing.append(message.name());
        else if (it->numerus != message.numerus || (message.numerus && it->forms.size() != message.forms.size()))
            forms.append(QStringLiteral("%1: %2 forms, %3 wants %4").arg(message.name()).arg(it->forms.size())
                             .arg(committed.language).arg(message.forms.size()));
    }
    QStringList extra;
    for (const Message &message : committed.messages) {
        if (!wanted.contains(message.key()))
            extra.append(message.name());
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 lacks %2 strings of the sources (build the "
                                                          "update_translations target, then translate them):%3")
                                               .arg(file).arg(missing.size()).arg(listed(missing))));
    QVERIFY2(extra.isEmpty(), qPrintable(QStringLiteral("%1 has %2 strings the sources no longer have (build the "
                                                        "update_translations target):%3")
                                             .arg(file).arg(extra.size()).arg(listed(extra))));
    QVERIFY2(forms.isEmpty(), qPrintable(QStringLiteral("%1: wrong number of plural forms:%2").arg(file, listed(forms))));
}

// A translation fills in what its source fills in, offers as many mnemonics, and ends a line where
// the source does (the CLI prints some messages as whole lines).
void TstTranslations::placeholdersKept()
{
    QFETCH(QString, file);
    const Catalogue catalogue = readTs(kTranslationsDir + u'/' + file);
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    QStringList wrong;
    for (const Message &message : catalogue.messages) {
        const QStringList wanted = placeholders(message.source);
        for (const QString &form : message.forms) {
            if (form.isEmpty())
                continue;   // unfinished: finished() names it
            QStringList problems;
            if (placeholders(form) != wanted)
                problems.append(QStringLiteral("placeholders %1 instead of %2")
                                    .arg(placeholders(form).join(u' '), wanted.join(u' ')));
            if (accelerators(form) != accelerators(message.source))
                problems.append(QStringLiteral("%1 '&' accelerators instead of %2")
                                    .arg(accelerators(form)).arg(accelerators(message.source)));
            if (form.endsWith(u'\n') != message.source.endsWith(u'\n'))
                problems.append(QStringLiteral("the final line break differs"));
            if (!problems.isEmpty()) {
                QString shown = form;
                shown.replace(u'\n', QLatin1String("\\n"));
                wrong.append(QStringLiteral("%1 -> \"%2\": %3").arg(message.name(), shown, problems.join(QLatin1String("; "))));
            }
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("%1: %2 translations differ from their source:%3")
                                             .arg(file).arg(wrong.size()).arg(listed(wrong))));
}

// Each .ts is compiled into the core library (:/i18n/), and what is translated there comes out.
void TstTranslations::compiledCatalogues()
{
    QStringList languages;
    for (const QString &file : committedFiles())
        languages.append(file.mid(8).chopped(3));   // tidings_<language>.ts
    QCOMPARE(tidings::availableLanguages(), languages);
    for (const QString &file : committedFiles()) {
        const Catalogue catalogue = readTs(kTranslationsDir + u'/' + file);
        QTranslator translator;
        QVERIFY2(translator.load(file.chopped(3), QStringLiteral(":/i18n")), qPrintable(file));
        for (const Message &message : catalogue.messages) {
            if (!message.type.isEmpty() || message.forms.contains(QString()))
                continue;
            const QString got = translator.translate(qPrintable(message.context), qPrintable(message.source),
                                                     message.comment.isEmpty() ? nullptr : qPrintable(message.comment),
                                                     message.numerus ? 1 : -1);
            QVERIFY2(!got.isEmpty(), qPrintable(file + u' ' + message.name()));
        }
    }
}

void TstTranslations::languageNames_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("name");
    const QHash<QString, QString> names{{QStringLiteral("de"), QStringLiteral("Deutsch")},
                                        {QStringLiteral("en"), QStringLiteral("English")},
                                        {QStringLiteral("es"), QStringLiteral("Español")},
                                        {QStringLiteral("fr"), QStringLiteral("Français")}};
    for (const QString &language : tidings::availableLanguages())
        QTest::newRow(qPrintable(language)) << language << names.value(language, QStringLiteral("(add it here)"));
}

// Preferences lists each language in its own name, which its catalogue gives ("tidings::Language").
void TstTranslations::languageNames()
{
    QFETCH(QString, language);
    QFETCH(QString, name);
    QCOMPARE(tidings::nativeLanguageName(language), name);
}

// The English catalogue spells out the plurals, through the same installTranslations() the CLI
// and the app use; here with CLI messages, in their context.
void TstTranslations::englishPlurals()
{
    QCoreApplication &app = *QCoreApplication::instance();
    const QStringList installed = tidings::installTranslations(app, QLocale(QLocale::English));
    QVERIFY2(installed.contains(QStringLiteral(":/i18n/tidings_en.qm")), qPrintable(installed.join(u' ')));
    QCOMPARE(QCoreApplication::translate("tidings::cli::Cli", "%n item(s) marked read\n", nullptr, 1),
             QStringLiteral("1 item marked read\n"));
    QCOMPARE(QCoreApplication::translate("tidings::cli::Cli", "%n item(s) marked read\n", nullptr, 2),
             QStringLiteral("2 items marked read\n"));
    QCOMPARE(QCoreApplication::translate("tidings::cli::Cli", "%n new item(s)", nullptr, 0), QStringLiteral("0 new items"));
    QCOMPARE(QCoreApplication::translate("tidings::cli::Cli", "%n entry(ies) rejected", nullptr, 1),
             QStringLiteral("1 entry rejected"));
    qDeleteAll(app.findChildren<QTranslator *>());   // a translator's destructor uninstalls it
    QCOMPARE(QCoreApplication::translate("tidings::cli::Cli", "%n new item(s)", nullptr, 2), QStringLiteral("2 new item(s)"));
}

// The German catalogue, installed as the CLI and the app install it, speaks German: a core error
// (the parser's, shown by both) and a CLI plural with its German plural form.
void TstTranslations::germanCatalogue()
{
    QCoreApplication &app = *QCoreApplication::instance();
    const QStringList installed = tidings::installTranslations(app, QLocale(QLocale::German, QLocale::Germany));
    QVERIFY2(installed.contains(QStringLiteral(":/i18n/tidings_de.qm")), qPrintable(installed.join(u' ')));
    QCOMPARE(QCoreApplication::translate("ParseFeed", "not a feed: the document is empty"),
             QStringLiteral("kein Feed: das Dokument ist leer"));
    QCOMPARE(QCoreApplication::translate("tidings::cli::Cli", "%n new item(s)", nullptr, 1), QStringLiteral("1 neuer Artikel"));
    QCOMPARE(QCoreApplication::translate("tidings::cli::Cli", "%n new item(s)", nullptr, 2), QStringLiteral("2 neue Artikel"));
    qDeleteAll(app.findChildren<QTranslator *>());
    QCOMPARE(QCoreApplication::translate("ParseFeed", "not a feed: the document is empty"),
             QStringLiteral("not a feed: the document is empty"));
}

// Qt's own texts (standard buttons, QCommandLineParser) come from qt6-translations-l10n here: its
// qt_de.qm names the modules' catalogues (qtbase_de.qm among them). A Windows or macOS package has
// what windeployqt or qt_deploy_translations() put there instead: one qt_de.qm merged from the
// modules' catalogues, and no qtbase_de.qm; a folder with qtbase's alone still works.
void TstTranslations::qtOwnTranslations()
{
    QCoreApplication &app = *QCoreApplication::instance();
    const char *help = "Displays help on commandline options.";
    const auto translated = [help] { return QCoreApplication::translate("QCommandLineParser", help); };
    QCOMPARE(translated(), QString::fromLatin1(help));
    QStringList installed = tidings::installTranslations(app, QLocale(QLocale::German, QLocale::Germany));
    QVERIFY2(installed.filter(QRegularExpression(QStringLiteral("/qt(base)?_de\\.qm$"))).size() == 1,
             qPrintable(installed.join(u' ')));
    const QString german = translated();
    QVERIFY(german != QString::fromLatin1(help));
    // Our German text: finished() and compiledCatalogues() check it (an empty catalogue installs nothing).
    qDeleteAll(app.findChildren<QTranslator *>());

    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    for (const QString &layout : {QStringLiteral("qt_de.qm"), QStringLiteral("qtbase_de.qm")}) {
        QTemporaryDir deployed;
        QVERIFY(QFile::copy(qtDir + QStringLiteral("/qtbase_de.qm"), deployed.filePath(layout)));
        installed = tidings::installTranslations(app, QLocale(QLocale::German, QLocale::Germany), deployed.path());
        QVERIFY2(installed.contains(deployed.filePath(layout)), qPrintable(layout + u':' + installed.join(u' ')));
        QCOMPARE(translated(), german);
        qDeleteAll(app.findChildren<QTranslator *>());
    }
}

// French: a core error (the parser's, as the CLI and the app show it) and a CLI count come out in
// French through installTranslations(), with French plural rules (0 and 1 take the singular).
void TstTranslations::frenchCoreMessages()
{
    QCoreApplication &app = *QCoreApplication::instance();
    const QString english = QStringLiteral("not a feed: the document is empty");
    QCOMPARE(tidings::parseFeed(QByteArray()).error, english);
    const QStringList installed = tidings::installTranslations(app, QLocale(QLocale::French, QLocale::France));
    QVERIFY2(installed.contains(QStringLiteral(":/i18n/tidings_fr.qm")), qPrintable(installed.join(u' ')));
    QCOMPARE(tidings::parseFeed(QByteArray()).error, QStringLiteral("ce n'est pas un flux\u00a0: le document est vide"));
    QCOMPARE(QCoreApplication::translate("tidings::cli::Cli", "%n new item(s)", nullptr, 2),
             QStringLiteral("2 nouveaux articles"));
    QCOMPARE(QCoreApplication::translate("tidings::cli::Cli", "%n new item(s)", nullptr, 0),
             QStringLiteral("0 nouvel article"));
    qDeleteAll(app.findChildren<QTranslator *>());
    QCOMPARE(tidings::parseFeed(QByteArray()).error, english);
}

// With the Spanish catalogue installed, the core's own messages come out in Spanish: a CLI plural
// and the parser's not-a-feed error, through the real parseFeed().
void TstTranslations::spanishCatalogue()
{
    QCoreApplication &app = *QCoreApplication::instance();
    const QStringList installed = tidings::installTranslations(app, QLocale(QLocale::Spanish, QLocale::Spain));
    QVERIFY2(installed.contains(QStringLiteral(":/i18n/tidings_es.qm")), qPrintable(installed.join(u' ')));
    QCOMPARE(QCoreApplication::translate("tidings::cli::Cli", "%n new item(s)", nullptr, 1), QStringLiteral("1 artículo nuevo"));
    QCOMPARE(QCoreApplication::translate("tidings::cli::Cli", "%n new item(s)", nullptr, 2), QStringLiteral("2 artículos nuevos"));
    const tidings::ParseResult html = tidings::parseFeed("<!DOCTYPE html><html><head><title>x</title></head><body></body></html>");
    QVERIFY(!html.isFeed());
    QCOMPARE(html.error, QStringLiteral("no es un canal: es una página HTML"));
    qDeleteAll(app.findChildren<QTranslator *>());   // a translator's destructor uninstalls it
    QCOMPARE(tidings::parseFeed("<html><body></body></html>").error, QStringLiteral("not a feed: this is an HTML page"));
}

// The store's errors (StoreText, context tidings::Store) and the JSON Feed reader's warnings come
// out in German from a real store on a real file and the real parser: lupdate saw them (complete()
// above) and the runtime context is the one they were extracted in.
void TstTranslations::storeAndJsonFeedMessages()
{
    QCoreApplication &app = *QCoreApplication::instance();
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    tidings::Store store;
    QCOMPARE(store.open(profile.path()), QString());
    const QByteArray json = R"({"version": "https://jsonfeed.org/version/1.1", "title": "T",
                                "items": [{"id": true, "title": "A", "url": "ftp://example.org/a", "tags": "x"}]})";
    const auto folderError = [&store] {
        return storetest::sync(store, [&](tidings::Completion done) { store.addFolder({QStringLiteral(" ")}, done); }).error;
    };
    QCOMPARE(folderError(), QStringLiteral("a folder needs a name"));
    const QStringList english{QStringLiteral("item 1: \"id\" is a boolean, not a string; ignored"),
                              QStringLiteral("item 1: \"url\" \"ftp://example.org/a\" is not an http(s) URL; dropped"),
                              QStringLiteral("item 1: \"tags\" is a string, not an array; ignored")};
    QStringList warnings;
    for (const tidings::ParseWarning &warning : tidings::parseFeed(json).warnings)
        warnings.append(warning.message);
    QCOMPARE(warnings, english);

    const QStringList installed = tidings::installTranslations(app, QLocale(QLocale::German, QLocale::Germany));
    QVERIFY2(installed.contains(QStringLiteral(":/i18n/tidings_de.qm")), qPrintable(installed.join(u' ')));
    QCOMPARE(folderError(), QStringLiteral("ein Ordner braucht einen Namen"));
    warnings.clear();
    for (const tidings::ParseWarning &warning : tidings::parseFeed(json).warnings)
        warnings.append(warning.message);
    QCOMPARE(warnings, (QStringList{QStringLiteral("Artikel 1: \"id\" ist ein Wahrheitswert, keine Zeichenkette; ignoriert"),
                                    QStringLiteral("Artikel 1: \"url\" \"ftp://example.org/a\" ist keine http(s)-URL; verworfen"),
                                    QStringLiteral("Artikel 1: \"tags\" ist eine Zeichenkette, kein Array; ignoriert")}));
    qDeleteAll(app.findChildren<QTranslator *>());
    QCOMPARE(folderError(), QStringLiteral("a folder needs a name"));
}

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
