#include "app/dialogs/feedpropertiesdialog.h"

#include "app/dialogs/feedaddress.h"
#include "ui_feedpropertiesdialog.h"

#include <QLocale>
#include <QPointer>
#include <QPushButton>

#include <algorithm>

namespace tidings::app {
namespace {

// The images choice's item data; -1 follows the preference.
constexpr int kFollowGlobal = -1;

QString timeText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

FeedPropertiesDialog::FeedPropertiesDialog(tidings::Store &store, const tidings::FeedRow &feed,
                                           bool globalLoadImages, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FeedPropertiesDialog>())
    , m_store(store)
    , m_feed(feed)
    , m_globalLoadImages(globalLoadImages)
{
    m_ui->setupUi(this);
    const QString name = feed.title.isEmpty() ? feed.url : feed.title;
    setWindowTitle(tr("Properties of %1").arg(name));
    // A title of the user's is the text; otherwise the field is empty and shows the feed's own.
    if (feed.titleFromUser) {
        m_ui->titleEdit->setText(feed.title);
        m_ui->titleEdit->setPlaceholderText(tr("The feed's own title"));
    } else {
        m_ui->titleEdit->setPlaceholderText(feed.title.isEmpty() ? tr("The feed's own title") : feed.title);
    }
    m_ui->urlEdit->setText(feed.url);
    m_ui->notifyCheck->setChecked(feed.notify);
    fillChoices();
    showFacts();
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_ui->errorLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FeedPropertiesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FeedPropertiesDialog::reject);
    connect(m_ui->urlEdit, &QLineEdit::textEdited, m_ui->errorLabel, &QWidget::hide);
    m_ui->titleEdit->setFocus(Qt::OtherFocusReason);
}

FeedPropertiesDialog::~FeedPropertiesDialog() = default;

void FeedPropertiesDialog::useOptInNotifications(bool chosen)
{
    m_optIn = true;
    m_ui->notifyCheck->setChecked(chosen && m_feed.notify);
}

bool FeedPropertiesDialog::notifyChecked() const
{
    return m_ui->notifyCheck->isChecked();
}

void FeedPropertiesDialog::fillChoices()
{
    QComboBox *folders = m_ui->folderCombo;
    folders->addItem(tr("No folder"), qint64(0));
    QList<FolderRow> rows = m_store.folders().rows;
    std::sort(rows.begin(), rows.end(), [](const FolderRow &a, const FolderRow &b) {
        return a.path.join(u'/').compare(b.path.join(u'/'), Qt::CaseInsensitive) < 0;
    });
    for (const FolderRow &folder : rows) {
        folders->addItem(folder.path.join(QStringLiteral(" / ")), folder.id);
        if (m_feed.folderId == folder.id)
            folders->setCurrentIndex(folders->count() - 1);
    }

    QComboBox *intervals = m_ui->intervalCombo;
    intervals->addItem(tr("As the preferences say (default)"), 0);
    intervals->addItem(tr("Every 15 minutes"), 15);
    intervals->addItem(tr("Every 30 minutes"), 30);
    intervals->addItem(tr("Every hour"), 60);
    intervals->addItem(tr("Every 2 hours"), 120);
    intervals->addItem(tr("Every 6 hours"), 360);
    intervals->addItem(tr("Every 12 hours"), 720);
    intervals->addItem(tr("Once a day"), 1440);
    int index = intervals->findData(m_feed.updateIntervalMinutes);
    if (index < 0) {
        // A value set elsewhere (an older version, an import) is kept as it is.
        intervals->addItem(tr("Every %n minute(s)", nullptr, m_feed.updateIntervalMinutes),
                           m_feed.updateIntervalMinutes);
        index = intervals->count() - 1;
    }
    intervals->setCurrentIndex(index);

    QComboBox *images = m_ui->imagesCombo;
    images->addItem(m_globalLoadImages ? tr("As the preferences say (now: load them)")
                                       : tr("As the preferences say (now: do not load them)"),
                    kFollowGlobal);
    images->addItem(tr("Always load them"), 1);
    images->addItem(tr("Never load them"), 0);
    images->setCurrentIndex(images->findData(m_feed.loadImages ? int(*m_feed.loadImages) : kFollowGlobal));
}

void FeedPropertiesDialog::showFacts()
{
    QString state;
    switch (m_feed.status) {
    case FeedStatus::New: state = tr("Not checked yet"); break;
    case FeedStatus::Ok: state = tr("Working"); break;
    case FeedStatus::Moved: state = tr("Moved to a new address"); break;
    case FeedStatus::Gone: state = tr("Gone: the server says it no longer exists"); break;
    case FeedStatus::Failing:
        state = tr("Failing (failed checks in a row: %1)").arg(m_feed.consecutiveFailures);
        break;
    }
    m_ui->statusValue->setText(state);
    m_ui->siteValue->setText(m_feed.siteUrl.isEmpty() ? tr("None given") : m_feed.siteUrl);
    QString fetched = m_feed.lastFetch.isValid() ? timeText(m_feed.lastFetch) : tr("Never");
    if (m_feed.lastSuccess.isValid() && m_feed.lastSuccess != m_feed.lastFetch)
        fetched = tr("%1 (last success: %2)").arg(fetched, timeText(m_feed.lastSuccess));
    else if (m_feed.lastFetch.isValid() && !m_feed.lastSuccess.isValid())
        fetched = tr("%1 (never successful)").arg(fetched);
    m_ui->lastFetchValue->setText(fetched);
    m_ui->lastErrorValue->setText(m_feed.lastError.isEmpty() ? tr("None") : m_feed.lastError);
    m_ui->itemsValue->setText(tr("%1 in all, %2 unread").arg(m_feed.total).arg(m_feed.unread));
}

std::optional<FeedOptions> FeedPropertiesDialog::chosenOptions(QString *error) const
{
    FeedOptions options;
    // Unchanged, the address is kept byte for byte: normalizing it would count as a new address.
    const QString typed = m_ui->urlEdit->text().trimmed();
    if (typed == m_feed.url) {
        options.url = m_feed.url;
    } else {
        const FeedAddress address = feedAddressFromInput(typed);
        if (!address.ok()) {
            if (error)
                *error = address.error;
            return std::nullopt;
        }
        options.url = address.url.toString(QUrl::FullyEncoded);
    }
    options.title = m_ui->titleEdit->text().trimmed();
    if (const qint64 folder = m_ui->folderCombo->currentData().toLongLong(); folder > 0)
        options.folderId = folder;
    options.updateIntervalMinutes = m_ui->intervalCombo->currentData().toInt();
    if (const int images = m_ui->imagesCombo->currentData().toInt(); images != kFollowGlobal)
        options.loadImages = images == 1;
    options.notify = m_ui->notifyCheck->isChecked() || (m_optIn && m_feed.notify);
    return options;
}

void FeedPropertiesDialog::accept()
{
    if (m_saving)
        return;
    QString error;
    const std::optional<FeedOptions> options = chosenOptions(&error);
    if (!options) {
        showError(error);
        m_ui->urlEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_saving = true;
    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    QPointer<FeedPropertiesDialog> self(this);
    m_store.setFeedOptions(m_feed.id, *options, [self, options = *options](const WriteResult &result) {
        if (self)
            self->onSaved(result, options);
    });
}

void FeedPropertiesDialog::reject()
{
    if (!m_saving)
        QDialog::reject();
}

void FeedPropertiesDialog::onSaved(const WriteResult &result, const FeedOptions &options)
{
    m_saving = false;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
    if (!result.ok) {
        showError(tr("Not saved: %1").arg(result.error));
        return;
    }
    m_saved = options;
    QDialog::accept();
}

void FeedPropertiesDialog::showError(const QString &text)
{
    // Plain text always (the .ui says so too): the sentence may quote a feed's title or address.
    m_ui->errorLabel->setTextFormat(Qt::PlainText);
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->show();
}

} // namespace tidings::app
