#pragma once

// The item list: the items a subscription node selects (an ItemFilter), newest first, read from the
// Store a page at a time through the keyset cursor (canFetchMore/fetchMore), so 100,000 items cost
// what one page does until the user scrolls. Marks are shown at once and written through the Store;
// one that fails is taken back and reported by writeFailed().

#include "core/store/store.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

#include <functional>

namespace tidings::app {

class ItemListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StarColumn, TitleColumn, FeedColumn, AuthorColumn, DateColumn, ColumnCount };
    enum Role {
        ItemIdRole = Qt::UserRole + 1,   // qint64
        FeedIdRole,                      // qint64
        LinkRole,                        // QString, as the feed gave it: vet the scheme before opening
        ReadRole,                        // bool
        StarredRole,                     // bool
        DateRole,                        // QDateTime (UTC): published, else first seen
    };
    static constexpr int kDefaultPageSize = 200;

    using Clock = std::function<QDateTime()>;   // "now", for the relative dates; tests fix it

    explicit ItemListModel(Store &store, QObject *parent = nullptr, Clock clock = {});

    // Shows the items `filter` selects (its order, cursor, limit and offset are the model's own):
    // a reset, then the first page at once.
    void setFilter(const ItemFilter &filter);
    ItemFilter filter() const { return m_filter; }
    // Reads the current filter again from the top (new items arrived).
    void reload();

    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }

    // Titles for the feed column, by feed id. Without them the model reads them from Store::feeds()
    // on the first setFilter().
    void setFeedTitles(const QHash<qint64, QString> &titles);
    void reloadFeedTitles();

    // Optimistic: the rows change now; a failed job changes them back and emits writeFailed().
    void setRead(const QList<int> &rows, bool read);
    void setStarred(const QList<int> &rows, bool starred);

    int rowOf(qint64 itemId) const;   // -1 when not loaded
    ItemSummary summaryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // By date (DateColumn) or title (TitleColumn); other columns keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void writeFailed(const QString &error);   // one translated sentence
    void readFailed(const QString &error);

private:
    enum class Mark { Read, Starred };
    void loadFirstPage();
    void mark(Mark kind, const QList<int> &rows, bool value);
    void markFinished(Mark kind, const QList<qint64> &ids, bool value, quint64 serial, const WriteResult &result);
    void applyMark(Mark kind, qint64 id, bool value);

    Store &m_store;
    Clock m_clock;
    ItemFilter m_filter;
    QList<ItemSummary> m_rows;
    QHash<qint64, int> m_rowById;
    QHash<qint64, QString> m_feedTitles;
    bool m_feedTitlesRead = false;
    bool m_atEnd = true;
    bool m_notifying = false;   // inside our own reset or insertion signals
    int m_pageSize = kDefaultPageSize;
    // The newest mark job per item and kind: an older job's result must not undo a newer click.
    quint64 m_markSerial = 0;
    QHash<qint64, quint64> m_pendingRead;
    QHash<qint64, quint64> m_pendingStar;
};

} // namespace tidings::app
