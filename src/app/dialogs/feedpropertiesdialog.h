#pragma once

// "Feed Properties": what the reader sets on one feed (title, address, folder, how often it is
// checked, images, notifications) and what the last fetches found (state, site, last check, last
// error). OK writes the options in one store job (Store::setFeedOptions); the dialog closes when the
// job succeeded and otherwise says why under the form and stays open, the form as it was typed.
//
// Everything the feed or its server supplied (titles, addresses, error text) is shown as plain
// text: the labels are Qt::PlainText, the title only ever a line edit's text or placeholder
// (threats.md §5).

#include "core/store/store.h"

#include <QDialog>

#include <memory>

namespace Ui {
class FeedPropertiesDialog;
}

namespace tidings::app {

class FeedPropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    // `globalLoadImages`: the preference a feed that follows it gets (named in the images choice).
    FeedPropertiesDialog(tidings::Store &store, const tidings::FeedRow &feed, bool globalLoadImages,
                         QWidget *parent = nullptr);
    ~FeedPropertiesDialog() override;

    // What the form says now; nullopt (and `error`) when the address is not a web address.
    std::optional<tidings::FeedOptions> chosenOptions(QString *error = nullptr) const;
    // After accept(): the options written.
    tidings::FeedOptions savedOptions() const { return m_saved; }

    // Preferences say "only the feeds chosen": the notification box says whether this feed is on
    // that opt-in list (the caller keeps it: notifyChecked() after accept), and unchecking it leaves
    // the feed's own flag as it was (tray/newitemscollector.h).
    void useOptInNotifications(bool chosen);
    bool notifyChecked() const;

    void accept() override;   // starts the write; the dialog accepts when it succeeded
    void reject() override;   // not while the write is on its way: its result must be seen

private:
    void fillChoices();
    void showFacts();
    void showError(const QString &text);
    void onSaved(const tidings::WriteResult &result, const tidings::FeedOptions &options);

    std::unique_ptr<Ui::FeedPropertiesDialog> m_ui;
    tidings::Store &m_store;
    const tidings::FeedRow m_feed;
    const bool m_globalLoadImages;
    bool m_saving = false;
    bool m_optIn = false;
    tidings::FeedOptions m_saved;
};

} // namespace tidings::app
