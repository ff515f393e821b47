#include "core/feed/tagbalancer.h"

#include "core/feed/xmlscan.h"

#include <vector>

namespace tidings {
namespace {

// RSS and Atom elements that hold only text: another feed element cannot start inside them.
bool isTextOnlyElement(QByteArrayView name)
{
    static const char *const names[] = {
        "title", "link", "description", "guid", "pubDate", "author", "category", "comments",
        "language", "copyright", "managingEditor", "webMaster", "lastBuildDate", "generator", "docs",
        "ttl", "url", "width", "height", "name", "id", "updated", "published", "email", "uri",
    };
    for (const char *n : names) {
        if (name == n)
            return true;
    }
    return false;
}

bool isRepeatingContainer(QByteArrayView name)
{
    return name == "item" || name == "entry";
}

bool isFeedElement(QByteArrayView name)
{
    return isTextOnlyElement(name) || isRepeatingContainer(name) || name == "channel";
}

} // namespace

QByteArray balanceTags(const QByteArray &xml)
{
    const QByteArrayView data(xml);
    QByteArray out;
    out.reserve(xml.size() + 256);
    std::vector<QByteArray> open;
    bool changed = false;
    qsizetype copied = 0;

    auto closeTop = [&] {
        out.append("</");
        out.append(open.back());
        out.append('>');
        open.pop_back();
        changed = true;
    };

    qsizetype pos = 0;
    while ((pos = data.indexOf('<', pos)) >= 0) {
        const qsizetype skipped = xmlscan::skipNonElement(data, pos);
        if (skipped != pos) {
            pos = skipped;
            continue;
        }
        const bool isEnd = pos + 1 < data.size() && data.at(pos + 1) == '/';
        const qsizetype nameStart = pos + (isEnd ? 2 : 1);
        qsizetype nameEnd = nameStart;
        while (nameEnd < data.size() && xmlscan::isNameChar(data.at(nameEnd)))
            ++nameEnd;
        const qsizetype end = nameEnd > nameStart ? xmlscan::tagEnd(data, pos) : -1;
        if (end < 0) {
            ++pos;
            continue;
        }
        const QByteArrayView name = data.sliced(nameStart, nameEnd - nameStart);
        out.append(data.sliced(copied, pos - copied));
        copied = pos;

        if (isEnd) {
            qsizetype match = qsizetype(open.size()) - 1;
            while (match >= 0 && open[size_t(match)] != name)
                --match;
            if (match < 0) {
                copied = end;   // an end tag nothing opened: dropped
                changed = true;
            } else {
                while (qsizetype(open.size()) - 1 > match)
                    closeTop();
                open.pop_back();
            }
        } else {
            if (isRepeatingContainer(name)) {
                qsizetype match = qsizetype(open.size()) - 1;
                while (match >= 0 && open[size_t(match)] != name)
                    --match;
                while (match >= 0 && qsizetype(open.size()) > match)
                    closeTop();
            }
            if (isFeedElement(name) && !open.empty() && isTextOnlyElement(open.back()))
                closeTop();
            if (data.at(end - 2) != '/')
                open.push_back(name.toByteArray());
        }
        pos = end;
    }
    out.append(data.sliced(copied));
    while (!open.empty())
        closeTop();
    return changed ? out : QByteArray();
}

} // namespace tidings
