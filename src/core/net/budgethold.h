#pragma once

#include <QtGlobal>

#include <memory>

namespace tidings {

class DownloadBudget;
struct BudgetState;   // the counters, shared with the holds; thread-safe

// Bytes of a downloaded body still counted against the budget they came from. Copies share one
// hold (a FetchResult travels by value, also across threads): the bytes go back when the last copy
// is reset or destroyed, from whichever thread that happens on.
class BudgetHold
{
public:
    BudgetHold() = default;

    qint64 bytes() const;
    void reset() { d.reset(); }

private:
    friend class DownloadBudget;
    struct Data;
    std::shared_ptr<Data> d;
};

} // namespace tidings
