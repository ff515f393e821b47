#include "app/dialogs/addfeeddialog.h"

#include "app/dialogs/feedaddress.h"
#include "ui_addfeeddialog.h"

#include "core/store/store.h"

#include <QHeaderView>
#include <QPushButton>

#include <algorithm>

namespace tidings::app {
namespace {

constexpr int kCandidateIndexRole = Qt::UserRole;

// The form that matches one feed address to another: QUrl already lower-cases scheme and host;
// "a/./b" and "a/b" are the same feed.
QString urlKey(const QUrl &url)
{
    return url.adjusted(QUrl::NormalizePathSegments).toString(QUrl::FullyEncoded);
}

} // namespace

AddFeedDialog::AddFeedDialog(tidings::Store &store, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AddFeedDialog>()), m_store(store)
{
    m_ui->setupUi(this);
    m_addButton = m_ui->buttonBox->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_addButton->setDefault(true);
    // The button box's accepted() is not connected: Add starts work, the dialog accepts when it is done.
    connect(m_addButton, &QPushButton::clicked, this, &AddFeedDialog::onAddClicked);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AddFeedDialog::reject);

    connect(m_ui->urlEdit, &QLineEdit::textEdited, this, [this] {
        // A new address makes the last probe's answer (candidates, error) stale.
        clearMessage();
        if (m_state == State::Choosing)
            setState(State::Editing);
        updateAddButton();
    });
    connect(m_ui->candidateList, &QTreeWidget::itemChanged, this, &AddFeedDialog::updateAddButton);

    QHeaderView *header = m_ui->candidateList->header();
    header->setStretchLastSection(true);
    header->resizeSection(0, 200);
    header->resizeSection(1, 80);

    fillFolders();
    clearMessage();
    setState(State::Editing);
}

AddFeedDialog::~AddFeedDialog()
{
    stopProbe();
}

void AddFeedDialog::setUrl(const QString &url)
{
    if (m_state == State::Probing || m_state == State::Saving)
        return;
    m_ui->urlEdit->setText(url.trimmed());
    clearMessage();
    setState(State::Editing);
}

QList<qint64> AddFeedDialog::addedFeedIds() const
{
    return m_addedIds;
}

void AddFeedDialog::reject()
{
    // Subscriptions already queued will be written; closing now would hide whether they were.
    if (m_state == State::Saving)
        return;
    stopProbe();
    QDialog::reject();
}

void AddFeedDialog::fillFolders()
{
    QComboBox *combo = m_ui->folderCombo;
    combo->addItem(tr("No folder"));
    QList<FolderRow> folders = m_store.folders().rows;
    std::sort(folders.begin(), folders.end(), [](const FolderRow &a, const FolderRow &b) {
        return a.path.join(u'/').compare(b.path.join(u'/'), Qt::CaseInsensitive) < 0;
    });
    // The path itself is the item's data: a name may contain the '/' that separates typed levels.
    for (const FolderRow &folder : folders)
        combo->addItem(folder.path.join(u'/'), folder.path);
    combo->setCurrentIndex(0);
}

QStringList AddFeedDialog::chosenFolderPath() const
{
    const QComboBox *combo = m_ui->folderCombo;
    const QString text = combo->currentText().trimmed();
    if (text.isEmpty() || text == combo->itemText(0))
        return {};
    const int index = combo->findText(text, Qt::MatchExactly);
    if (index > 0)
        return combo->itemData(index).toStringList();
    // A new folder, typed as the CLI's --folder takes it: "Parent/Child" for nested folders.
    QStringList path = text.split(u'/', Qt::SkipEmptyParts);
    for (QString &name : path)
        name = name.trimmed();
    path.removeAll(QString());
    return path;
}

bool AddFeedDialog::isSubscribed(const QUrl &url) const
{
    return m_subscribedUrls.contains(urlKey(url));
}

void AddFeedDialog::setState(State state)
{
    m_state = state;
    const bool editable = state == State::Editing || state == State::Choosing;
    const bool busy = state == State::Probing || state == State::Saving;
    m_ui->urlEdit->setEnabled(editable);
    m_ui->folderCombo->setEnabled(editable);
    m_ui->titleEdit->setEnabled(editable);
    m_ui->candidatesLabel->setVisible(state == State::Choosing);
    m_ui->candidateList->setVisible(state == State::Choosing);
    m_ui->candidateList->setEnabled(editable);
    m_ui->busyBar->setVisible(busy);
    m_ui->busyLabel->setVisible(busy);
    m_ui->busyLabel->setText(state == State::Saving ? tr("Subscribing…") : tr("Looking for feeds…"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(state != State::Saving);
    updateAddButton();
}

void AddFeedDialog::updateAddButton()
{
    bool enabled = false;
    switch (m_state) {
    case State::Editing:
        enabled = !m_ui->urlEdit->text().trimmed().isEmpty();
        break;
    case State::Choosing:
        for (int i = 0; i < m_ui->candidateList->topLevelItemCount() && !enabled; ++i)
            enabled = m_ui->candidateList->topLevelItem(i)->checkState(0) == Qt::Checked;
        break;
    case State::Probing:
    case State::Saving:
        break;
    }
    m_addButton->setEnabled(enabled);
}

void AddFeedDialog::showMessage(const QString &text, bool isError)
{
    // Plain text always: the sentence may quote a page's or a server's words.
    m_ui->messageLabel->setTextFormat(Qt::PlainText);
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setStyleSheet(isError ? QStringLiteral("color: #c62828;") : QString());
    m_ui->messageLabel->setVisible(true);
}

void AddFeedDialog::clearMessage()
{
    m_ui->messageLabel->clear();
    m_ui->messageLabel->setVisible(false);
}

void AddFeedDialog::onAddClicked()
{
    if (m_state == State::Editing)
        return startProbe();
    if (m_state != State::Choosing)
        return;
    QList<FeedCandidate> chosen;
    for (int i = 0; i < m_ui->candidateList->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_ui->candidateList->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            chosen.append(m_candidates.value(item->data(0, kCandidateIndexRole).toInt()));
    }
    if (!chosen.isEmpty())
        subscribe(chosen);
}

void AddFeedDialog::startProbe()
{
    clearMessage();
    const FeedAddress address = feedAddressFromInput(m_ui->urlEdit->text());
    if (!address.ok()) {
        showMessage(address.error, true);
        m_ui->urlEdit->setFocus();
        return;
    }
    m_subscribedUrls.clear();
    for (const FeedRow &feed : m_store.feeds().rows)
        m_subscribedUrls.append(urlKey(QUrl(feed.url)));
    // A feed address already in the list needs no trip over the network.
    if (isSubscribed(address.url)) {
        showMessage(tr("You are already subscribed to %1.").arg(address.url.toDisplayString()), false);
        return;
    }

    stopProbe();
    m_probe = new FeedProbe(this);
    connect(m_probe, &FeedProbe::finished, this, &AddFeedDialog::onProbeFinished);
    setState(State::Probing);
    m_probe->start(address.url);
}

void AddFeedDialog::stopProbe()
{
    if (!m_probe)
        return;
    FeedProbe *probe = m_probe;
    m_probe = nullptr;
    // Disconnected first: a cancelled probe still reports, and nothing it says matters now.
    probe->disconnect(this);
    probe->cancel();
    probe->deleteLater();
}

void AddFeedDialog::onProbeFinished(const FeedProbe::Result &result)
{
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->deleteLater();
        m_probe = nullptr;
    }
    m_subscribedUrls.clear();
    for (const FeedRow &feed : m_store.feeds().rows)
        m_subscribedUrls.append(urlKey(QUrl(feed.url)));

    if (result.candidates.isEmpty()) {
        setState(State::Editing);
        // The probe's reasons are sentence fragments made for "tidings-cli: <url>: <reason>"; here
        // the reason stands alone under the address, so it becomes a sentence.
        QString why = result.message.isEmpty() ? tr("no feed was found there") : result.message;
        why[0] = why.at(0).toUpper();
        if (!why.endsWith(u'.'))
            why += u'.';
        showMessage(why, true);
        m_ui->urlEdit->setFocus();
        return;
    }
    if (result.candidates.size() == 1) {
        const FeedCandidate &only = result.candidates.first();
        if (isSubscribed(only.url)) {
            setState(State::Editing);
            const QString name = only.title.isEmpty() ? only.url.toDisplayString() : only.title;
            showMessage(tr("You are already subscribed to %1 (%2).").arg(name, only.url.toDisplayString()), false);
            return;
        }
        return subscribe({only});
    }
    showCandidates(result.candidates);
    setState(State::Choosing);
    // The list was hidden: make room for it rather than squeezing it into the address form's height.
    resize(width(), qMax(height(), sizeHint().height()));
    const bool allSubscribed = std::all_of(result.candidates.cbegin(), result.candidates.cend(),
                                           [this](const FeedCandidate &c) { return isSubscribed(c.url); });
    if (allSubscribed)
        showMessage(tr("You are already subscribed to every feed this address offers."), false);
}

static QString typeName(const FeedCandidate &candidate)
{
    const QByteArray &type = candidate.type;
    if (type.contains("atom"))
        return AddFeedDialog::tr("Atom");
    if (type.contains("rss") || type.contains("rdf"))
        return AddFeedDialog::tr("RSS");
    if (type.contains("json"))
        return AddFeedDialog::tr("JSON Feed");
    return AddFeedDialog::tr("Feed");
}

void AddFeedDialog::showCandidates(const QList<FeedCandidate> &candidates)
{
    m_candidates = candidates;
    QTreeWidget *list = m_ui->candidateList;
    const QSignalBlocker blocker(list);   // itemChanged for every check state set below is noise
    list->clear();
    bool checkedOne = false;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const FeedCandidate &candidate = candidates.at(i);
        const bool subscribed = isSubscribed(candidate.url);
        QString title = candidate.title.isEmpty() ? tr("(no title)") : candidate.title;
        if (subscribed)
            title = tr("%1 (already subscribed)").arg(title);
        // Item views draw Qt::DisplayRole as plain text: a title with markup shows as written.
        auto *item = new QTreeWidgetItem(list, {title, typeName(candidate), candidate.url.toDisplayString()});
        item->setData(0, kCandidateIndexRole, int(i));
        Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
        if (!subscribed)
            flags |= Qt::ItemIsEnabled;
        item->setFlags(flags);
        // The first feed a page announces is the one it means most; the rest are opt-in.
        item->setCheckState(0, !subscribed && !checkedOne ? Qt::Checked : Qt::Unchecked);
        checkedOne = checkedOne || !subscribed;
    }
    list->setCurrentItem(list->topLevelItem(0));
}

void AddFeedDialog::subscribe(const QList<FeedCandidate> &chosen)
{
    const QStringList folder = chosenFolderPath();
    // One typed title names one feed; given to several it would make them look alike.
    const QString title = chosen.size() == 1 ? m_ui->titleEdit->text().simplified() : QString();
    m_writeError.clear();
    m_pendingWrites = 0;
    setState(State::Saving);
    QPointer<AddFeedDialog> self(this);
    for (const FeedCandidate &candidate : chosen) {
        if (isSubscribed(candidate.url))
            continue;
        ++m_pendingWrites;
        // Folder and feed in one job, as `tidings-cli add` does: one transaction, so a failure leaves
        // no empty new folder behind. One job per feed, so each reports its own id.
        m_store.importSubscriptions({{candidate.url.toString(QUrl::FullyEncoded), title, folder}},
                                    [self](const WriteResult &result) {
                                        if (self)
                                            self->onSubscribed(result);
                                    });
    }
    if (m_pendingWrites == 0)
        accept();
}

void AddFeedDialog::onSubscribed(const WriteResult &result)
{
    if (!result.ok && m_writeError.isEmpty())
        m_writeError = result.error;
    if (result.ok && !result.existed)
        m_addedIds.append(result.id);
    if (--m_pendingWrites > 0)
        return;
    if (m_writeError.isEmpty())
        return accept();
    setState(m_candidates.size() > 1 ? State::Choosing : State::Editing);
    showMessage(tr("The feed could not be saved: %1").arg(m_writeError), true);
}

} // namespace tidings::app
