#pragma once

// "Add Feed": an address (a feed, a `feed:` link, a web site), a folder and an optional title. Add
// runs FeedProbe in the background: one feed found is subscribed at once; a site offering several
// shows them to choose from; nothing found, or a feed already subscribed, is said under the address
// and the dialog stays open. The UI thread never waits: the probe and the store's writer report back
// by signal and completion.
//
// Everything a feed or a page supplies (titles, addresses, error text quoting them) is shown as
// plain text: labels are Qt::PlainText and the candidate list is an item view (threats.md §5).

#include "core/net/feedprobe.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace Ui {
class AddFeedDialog;
}

class QPushButton;

namespace tidings {
class Store;
struct WriteResult;
}

namespace tidings::app {

class AddFeedDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddFeedDialog(tidings::Store &store, QWidget *parent = nullptr);
    ~AddFeedDialog() override;

    // Prefills the address (a feed: link handed over, the clipboard); the probe starts on Add.
    void setUrl(const QString &url);
    // After accept(): the feeds that were subscribed, in the order chosen.
    QList<qint64> addedFeedIds() const;

    void reject() override;   // stops a probe in flight; nothing is written after it

private:
    enum class State {
        Editing,    // the address can be changed; Add probes it
        Probing,    // FeedProbe is running
        Choosing,   // several candidates are listed; Add subscribes to the checked ones
        Saving,     // subscriptions queued for the store's writer
    };

    void setState(State state);
    void showMessage(const QString &text, bool isError);
    void clearMessage();
    void onAddClicked();
    void startProbe();
    void onProbeFinished(const tidings::FeedProbe::Result &result);
    void stopProbe();
    void showCandidates(const QList<FeedCandidate> &candidates);
    void subscribe(const QList<FeedCandidate> &chosen);
    void onSubscribed(const tidings::WriteResult &result);
    void updateAddButton();
    QStringList chosenFolderPath() const;
    bool isSubscribed(const QUrl &url) const;
    void fillFolders();

    std::unique_ptr<Ui::AddFeedDialog> m_ui;
    tidings::Store &m_store;
    QPushButton *m_addButton = nullptr;
    QPointer<FeedProbe> m_probe;
    State m_state = State::Editing;
    QList<FeedCandidate> m_candidates;     // what the last probe offered, in list order
    QStringList m_subscribedUrls;          // the store's feed addresses when the probe finished
    QList<qint64> m_addedIds;
    int m_pendingWrites = 0;
    QString m_writeError;
};

} // namespace tidings::app
