#include "app/models/itemlistmodel.h"

#include "app/models/itemdate.h"
#include "app/plainline.h"

#include <QFont>
#include <QPointer>

namespace tidings::app {
namespace {

// Longer than any column shows (the view elides), short enough that a hostile 10,000-character
// title costs a repaint no more than a long headline.
constexpr int kMaxListTextChars = 1000;

} // namespace

ItemListModel::ItemListModel(Store &store, QObject *parent, Clock clock)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_clock(std::move(clock))
{
}

void ItemListModel::setFilter(const ItemFilter &filter)
{
    const ItemOrder order = m_filter.order;
    m_filter = filter;
    m_filter.order = order;
    m_filter.after.reset();
    m_filter.limit = -1;
    m_filter.offset = 0;
    loadFirstPage();
}

void ItemListModel::reload()
{
    loadFirstPage();
}

void ItemListModel::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
}

void ItemListModel::setFeedTitles(const QHash<qint64, QString> &titles)
{
    m_feedTitles.clear();
    for (auto it = titles.cbegin(); it != titles.cend(); ++it)
        m_feedTitles.insert(it.key(), plainLine(it.value(), kMaxListTextChars));
    m_feedTitlesRead = true;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, FeedColumn), index(int(m_rows.size()) - 1, FeedColumn), {Qt::DisplayRole});
}

void ItemListModel::reloadFeedTitles()
{
    const ReadResult<FeedRow> feeds = m_store.feeds();
    if (!feeds.ok()) {
        emit readFailed(feeds.error);
        return;
    }
    QHash<qint64, QString> titles;
    for (const FeedRow &feed : feeds.rows)
        titles.insert(feed.id, feed.title.isEmpty() ? feed.url : feed.title);
    setFeedTitles(titles);
}

void ItemListModel::loadFirstPage()
{
    if (!m_feedTitlesRead)
        reloadFeedTitles();
    ItemFilter page = m_filter;
    page.limit = m_pageSize;
    const ReadResult<ItemSummary> result = m_store.itemSummaries(page);
    m_notifying = true;
    beginResetModel();
    m_rows = result.rows;
    m_rowById.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowById.insert(m_rows.at(row).id, row);
    m_atEnd = !result.ok() || m_rows.size() < m_pageSize;
    endResetModel();
    m_notifying = false;
    if (!result.ok())
        emit readFailed(result.error);
}

bool ItemListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ItemListModel::fetchMore(const QModelIndex &parent)
{
    // Not from a handler of our own reset or insertion (QAbstractItemModelTester does that, a view
    // may): rows inserted while other listeners have not seen the last change would confuse them,
    // and one call must add one page, not a cascade of them.
    if (parent.isValid() || m_atEnd || m_notifying)
        return;
    ItemFilter page = m_filter;
    page.limit = m_pageSize;
    if (!m_rows.isEmpty())
        page.after = m_rows.last().cursor();
    const ReadResult<ItemSummary> result = m_store.itemSummaries(page);
    if (!result.ok()) {
        m_atEnd = true;   // no retry loop from the view's repeated calls; reload() tries again
        emit readFailed(result.error);
        return;
    }
    m_atEnd = result.rows.size() < m_pageSize;
    if (result.rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    m_notifying = true;
    beginInsertRows({}, first, first + int(result.rows.size()) - 1);
    m_rows += result.rows;
    for (int row = first; row < m_rows.size(); ++row)
        m_rowById.insert(m_rows.at(row).id, row);
    endInsertRows();
    m_notifying = false;
}

void ItemListModel::sort(int column, Qt::SortOrder order)
{
    ItemOrder wanted;
    if (column == DateColumn)
        wanted = order == Qt::AscendingOrder ? ItemOrder::OldestFirst : ItemOrder::NewestFirst;
    else if (column == TitleColumn)
        wanted = order == Qt::AscendingOrder ? ItemOrder::TitleAscending : ItemOrder::TitleDescending;
    else
        return;   // the Store orders by date or title only
    if (wanted == m_filter.order)
        return;
    m_filter.order = wanted;
    loadFirstPage();
}

int ItemListModel::rowOf(qint64 itemId) const
{
    return m_rowById.value(itemId, -1);
}

ItemSummary ItemListModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : ItemSummary();
}

int ItemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ItemListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ItemListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ItemSummary &item = m_rows.at(index.row());
    const QDateTime date = item.published.isValid() ? item.published : item.firstSeen;
    switch (role) {
    case Qt::DisplayRole:
        // Plain text in a plain view (threats.md §5): nothing here is ever interpreted as markup.
        switch (index.column()) {
        // One line, without controls or bidi overrides ("invoice\u202Efdp.exe" must not read
        // "invoiceexe.pdf"), as in the tray and notifications.
        case TitleColumn: {
            const QString title = plainLine(item.title, kMaxListTextChars);
            return title.isEmpty() ? tr("(untitled)") : title;
        }
        case FeedColumn: return m_feedTitles.value(item.feedId);
        case AuthorColumn: return plainLine(item.author, kMaxListTextChars);
        case DateColumn: return itemDateText(date, m_clock ? m_clock() : QDateTime::currentDateTime());
        default: return {};
        }
    case Qt::FontRole:
        if (!item.read) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::CheckStateRole:
        if (index.column() == StarColumn)
            return item.starred ? Qt::Checked : Qt::Unchecked;
        return {};
    case ItemIdRole: return item.id;
    case FeedIdRole: return item.feedId;
    case LinkRole: return item.link;
    case ReadRole: return item.read;
    case StarredRole: return item.starred;
    case DateRole: return date;
    default: return {};
    }
}

bool ItemListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (role == Qt::CheckStateRole && index.column() == StarColumn) {
        setStarred({index.row()}, value.toInt() == Qt::Checked);
        return true;
    }
    if (role == StarredRole) {
        setStarred({index.row()}, value.toBool());
        return true;
    }
    if (role == ReadRole) {
        setRead({index.row()}, value.toBool());
        return true;
    }
    return false;
}

QVariant ItemListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == StarColumn)
        return tr("Starred");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StarColumn: return QString();
    case TitleColumn: return tr("Title");
    case FeedColumn: return tr("Feed");
    case AuthorColumn: return tr("Author");
    case DateColumn: return tr("Date");
    default: return {};
    }
}

Qt::ItemFlags ItemListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == StarColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

void ItemListModel::setRead(const QList<int> &rows, bool read)
{
    mark(Mark::Read, rows, read);
}

void ItemListModel::setStarred(const QList<int> &rows, bool starred)
{
    mark(Mark::Starred, rows, starred);
}

void ItemListModel::mark(Mark kind, const QList<int> &rows, bool value)
{
    QList<qint64> ids;
    for (int row : rows) {
        if (row < 0 || row >= m_rows.size())
            continue;
        const ItemSummary &item = m_rows.at(row);
        if ((kind == Mark::Read ? item.read : item.starred) == value || ids.contains(item.id))
            continue;
        ids.append(item.id);
        applyMark(kind, item.id, value);
    }
    if (ids.isEmpty())
        return;
    const quint64 serial = ++m_markSerial;
    QHash<qint64, quint64> &pending = kind == Mark::Read ? m_pendingRead : m_pendingStar;
    for (qint64 id : std::as_const(ids))
        pending.insert(id, serial);
    auto done = [self = QPointer<ItemListModel>(this), kind, ids, value, serial](const WriteResult &result) {
        if (self)
            self->markFinished(kind, ids, value, serial, result);
    };
    if (kind == Mark::Read)
        m_store.markRead(ItemSelection::items(ids), value, done);
    else
        m_store.setStarred(ids, value, done);
}

void ItemListModel::markFinished(Mark kind, const QList<qint64> &ids, bool value, quint64 serial,
                                 const WriteResult &result)
{
    QHash<qint64, quint64> &pending = kind == Mark::Read ? m_pendingRead : m_pendingStar;
    for (qint64 id : ids) {
        if (pending.value(id) != serial)
            continue;   // clicked again since: that job's result decides
        pending.remove(id);
        // On success too: rows read again while the job was queued came from before it.
        applyMark(kind, id, result.ok ? value : !value);
    }
    if (!result.ok)
        emit writeFailed(result.error);
}

void ItemListModel::applyMark(Mark kind, qint64 id, bool value)
{
    const int row = m_rowById.value(id, -1);
    if (row < 0)
        return;
    ItemSummary &item = m_rows[row];
    bool &field = kind == Mark::Read ? item.read : item.starred;
    if (field == value)
        return;
    field = value;
    if (kind == Mark::Read)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::FontRole, ReadRole});
    else
        emit dataChanged(index(row, StarColumn), index(row, StarColumn), {Qt::CheckStateRole, StarredRole});
}

} // namespace tidings::app
