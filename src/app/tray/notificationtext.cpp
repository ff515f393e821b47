#include "app/tray/notificationtext.h"

namespace tidings::app {
namespace {

bool isInvisibleControl(char32_t c)
{
    // C0 and C1 controls and DEL; and the bidi embeddings, overrides and isolates, which could make
    // a hostile title reorder the text around it ("…txt.exe" shown as "…exe.txt").
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
           || c == 0x200e || c == 0x200f || c == 0xfeff;
}

} // namespace

QString NotificationTexts::plainLine(const QString &untrusted, int maxChars)
{
    QString out;
    out.reserve(qMin(untrusted.size(), qsizetype(maxChars) * 2));
    bool pendingSpace = false;
    for (const char32_t c : QStringView(untrusted).toUcs4()) {
        const bool space = c == u'\t' || c == u'\n' || c == u'\r' || c == 0x0b || c == 0x0c
                           || QChar::isSpace(c);
        if (space) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (isInvisibleControl(c) || (c >= 0xd800 && c <= 0xdfff) || c > 0x10ffff)
            continue;
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        const char32_t one[] = {c};
        out.append(QString::fromUcs4(one, 1));
        // Enough read: a megabyte-long title costs no more than a short one.
        if (out.size() > maxChars + 2)
            break;
    }
    if (out.size() > maxChars) {
        qsizetype cut = qMax(0, maxChars - 1);
        if (cut > 0 && out.at(cut - 1).isHighSurrogate())
            --cut;
        out.truncate(cut);
        out = out.trimmed() + QChar(0x2026);
    }
    return out;
}

NotificationText NotificationTexts::newItems(const QList<NewItemsInFeed> &feeds)
{
    NotificationText text;
    QStringList lines;
    int titled = 0;
    for (const NewItemsInFeed &feed : feeds) {
        if (feed.count <= 0)
            continue;
        text.items += feed.count;
        ++text.feeds;
    }
    if (text.items == 0)
        return text;
    text.summary = text.feeds == 1
                       ? tr("%n new item(s)", nullptr, text.items)
                       : tr("%n new item(s) in %1", nullptr, text.items).arg(tr("%n feed(s)", nullptr, text.feeds));

    for (const NewItemsInFeed &feed : feeds) {
        if (feed.count <= 0)
            continue;
        QString feedTitle = plainLine(feed.feedTitle, kMaxFeedTitleChars);
        if (feedTitle.isEmpty())
            feedTitle = tr("Untitled feed");
        for (const QString &title : feed.itemTitles) {
            if (titled == kMaxTitles)
                break;
            QString item = plainLine(title, kMaxItemTitleChars);
            if (item.isEmpty())
                item = tr("(untitled)");
            lines.append(tr("%1: %2", "feed title: item title").arg(feedTitle, item));
            ++titled;
        }
    }
    if (text.items > titled && titled > 0)
        lines.append(tr("and %n more", nullptr, text.items - titled));
    text.body = lines.join(u'\n');
    return text;
}

QString NotificationTexts::escapedForMarkup(const QString &plain)
{
    QString out = plain.toHtmlEscaped();   // & < > "
    out.replace(u'\'', QStringLiteral("&#39;"));
    return out;
}

QString NotificationTexts::toolTip(int unread)
{
    const QString name = QStringLiteral("Tidings");
    return unread > 0 ? tr("%1\n%n unread item(s)", nullptr, unread).arg(name) : tr("%1\nNo unread items").arg(name);
}

} // namespace tidings::app
