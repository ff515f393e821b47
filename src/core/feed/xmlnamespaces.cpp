#include "core/feed/xmlnamespaces.h"

#include <QString>

namespace tidings {
namespace {

struct UriEntry {
    QLatin1String uri;      // without scheme and without trailing slash, lower-case
    Vocabulary vocabulary;
};

const UriEntry kUris[] = {
    {QLatin1String("purl.org/rss/1.0/modules/content"), Vocabulary::Content},
    {QLatin1String("purl.org/dc/elements/1.1"), Vocabulary::Dc},
    {QLatin1String("purl.org/dc/terms"), Vocabulary::DcTerms},
    {QLatin1String("search.yahoo.com/mrss"), Vocabulary::Media},
    {QLatin1String("video.search.yahoo.com/mrss"), Vocabulary::Media},
    {QLatin1String("www.itunes.com/dtds/podcast-1.0.dtd"), Vocabulary::Itunes},
    {QLatin1String("www.google.com/schemas/play-podcasts/1.0"), Vocabulary::GooglePlay},
    {QLatin1String("www.w3.org/2005/atom"), Vocabulary::Atom10},
    {QLatin1String("purl.org/atom/ns#"), Vocabulary::Atom03},
    {QLatin1String("purl.org/rss/1.0"), Vocabulary::Rss10},
    {QLatin1String("my.netscape.com/rdf/simple/0.9"), Vocabulary::Rss090},
    {QLatin1String("www.w3.org/1999/02/22-rdf-syntax-ns#"), Vocabulary::Rdf},
    {QLatin1String("wellformedweb.org/commentapi"), Vocabulary::Wfw},
    {QLatin1String("purl.org/rss/1.0/modules/slash"), Vocabulary::Slash},
    {QLatin1String("purl.org/rss/1.0/modules/syndication"), Vocabulary::Sy},
    {QLatin1String("www.w3.org/1999/xhtml"), Vocabulary::Xhtml},
    {QLatin1String("www.w3.org/xml/1998/namespace"), Vocabulary::Xml},
};

struct PrefixEntry {
    QLatin1String prefix;
    Vocabulary vocabulary;
};

const PrefixEntry kPrefixes[] = {
    {QLatin1String("content"), Vocabulary::Content},
    {QLatin1String("dc"), Vocabulary::Dc},
    {QLatin1String("dcterms"), Vocabulary::DcTerms},
    {QLatin1String("media"), Vocabulary::Media},
    {QLatin1String("itunes"), Vocabulary::Itunes},
    {QLatin1String("googleplay"), Vocabulary::GooglePlay},
    {QLatin1String("atom"), Vocabulary::Atom10},
    {QLatin1String("atom10"), Vocabulary::Atom10},
    {QLatin1String("rdf"), Vocabulary::Rdf},
    {QLatin1String("wfw"), Vocabulary::Wfw},
    {QLatin1String("slash"), Vocabulary::Slash},
    {QLatin1String("sy"), Vocabulary::Sy},
    {QLatin1String("xhtml"), Vocabulary::Xhtml},
    {QLatin1String("xml"), Vocabulary::Xml},
    {QLatin1String("xmlns"), Vocabulary::Xmlns},
};

} // namespace

Vocabulary vocabularyForUri(QStringView uri)
{
    QStringView rest = uri.trimmed();
    if (rest.startsWith(QLatin1String("http://"), Qt::CaseInsensitive))
        rest = rest.mid(7);
    else if (rest.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        rest = rest.mid(8);
    while (rest.endsWith(u'/'))
        rest.chop(1);
    for (const UriEntry &entry : kUris) {
        if (rest.compare(entry.uri, Qt::CaseInsensitive) == 0)
            return entry.vocabulary;
    }
    return Vocabulary::Unknown;
}

Vocabulary vocabularyForConventionalPrefix(QStringView prefix)
{
    for (const PrefixEntry &entry : kPrefixes) {
        if (prefix.compare(entry.prefix, Qt::CaseInsensitive) == 0)
            return entry.vocabulary;
    }
    return Vocabulary::Unknown;
}

} // namespace tidings
