// nextFetchTime() and parseRetryAfter(): pure functions, so a table with a fixed clock.

#include "core/net/backoff.h"

#include <QTest>

using namespace tidings;

namespace tidings {
inline char *toString(FetchOutcome outcome)
{
    return qstrdup(outcomeName(outcome).data());
}
} // namespace tidings

class TstBackoff : public QObject
{
    Q_OBJECT

private slots:
    void nextFetch_data();
    void nextFetch();
    void goneIsNeverAgain();
    void retryAfter_data();
    void retryAfter();
    void failureCounting();
};

namespace {
const QDateTime kNow(QDate(2026, 3, 4), QTime(12, 0), Qt::UTC);
constexpr qint64 kHour = 3600;
}

void TstBackoff::nextFetch_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<FetchOutcome>("outcome");
    QTest::addColumn<qint64>("retryAfter");
    QTest::addColumn<qint64>("interval");
    QTest::addColumn<qint64>("hintMinimum");
    QTest::addColumn<qint64>("expectedDelay");

    QTest::newRow("ok: the interval") << 0 << FetchOutcome::Ok << qint64(-1) << kHour << qint64(0) << kHour;
    QTest::newRow("304") << 0 << FetchOutcome::NotModified << qint64(-1) << kHour << qint64(0) << kHour;
    QTest::newRow("unchanged") << 0 << FetchOutcome::Unchanged << qint64(-1) << kHour << qint64(0) << kHour;
    QTest::newRow("moved") << 0 << FetchOutcome::Moved << qint64(-1) << kHour << qint64(0) << kHour;
    QTest::newRow("ttl raises the interval") << 0 << FetchOutcome::Ok << qint64(-1) << kHour << 3 * kHour << 3 * kHour;
    QTest::newRow("ttl below the interval") << 0 << FetchOutcome::Ok << qint64(-1) << kHour << qint64(60) << kHour;
    QTest::newRow("zero interval: policy floor") << 0 << FetchOutcome::Ok << qint64(-1) << qint64(0) << qint64(0) << qint64(60);
    QTest::newRow("cancelled: still due") << 3 << FetchOutcome::Cancelled << qint64(-1) << kHour << qint64(0) << qint64(0);
    QTest::newRow("1st failure") << 1 << FetchOutcome::HttpError << qint64(-1) << kHour << qint64(0) << kHour;
    QTest::newRow("2nd failure") << 2 << FetchOutcome::Timeout << qint64(-1) << kHour << qint64(0) << 2 * kHour;
    QTest::newRow("3rd failure") << 3 << FetchOutcome::NetworkError << qint64(-1) << kHour << qint64(0) << 4 * kHour;
    QTest::newRow("5th failure") << 5 << FetchOutcome::TlsError << qint64(-1) << kHour << qint64(0) << 16 * kHour;
    QTest::newRow("6th failure: capped") << 6 << FetchOutcome::TooLarge << qint64(-1) << kHour << qint64(0) << 24 * kHour;
    QTest::newRow("1000th failure: no overflow") << 1000 << FetchOutcome::HttpError << qint64(-1) << kHour << qint64(0) << 24 * kHour;
    QTest::newRow("0 failures passed for a failure") << 0 << FetchOutcome::HttpError << qint64(-1) << kHour << qint64(0) << kHour;
    QTest::newRow("weekly feed failing: not faster") << 3 << FetchOutcome::HttpError << qint64(-1) << 168 * kHour << qint64(0) << 168 * kHour;
    QTest::newRow("429 Retry-After later than back-off") << 1 << FetchOutcome::RateLimited << 5 * kHour << kHour << qint64(0) << 5 * kHour;
    QTest::newRow("429 Retry-After sooner than back-off") << 4 << FetchOutcome::RateLimited << qint64(120) << kHour << qint64(0) << 8 * kHour;
    QTest::newRow("429 without Retry-After") << 2 << FetchOutcome::RateLimited << qint64(-1) << kHour << qint64(0) << 2 * kHour;
    QTest::newRow("Retry-After beyond the 24 h cap honoured") << 1 << FetchOutcome::RateLimited << 48 * kHour << kHour << qint64(0) << 48 * kHour;
    QTest::newRow("absurd Retry-After capped at 7 days") << 1 << FetchOutcome::RateLimited << 1000 * kHour << kHour << qint64(0) << 168 * kHour;
    QTest::newRow("Retry-After 0") << 1 << FetchOutcome::RateLimited << qint64(0) << kHour << qint64(0) << kHour;
}

void TstBackoff::nextFetch()
{
    QFETCH(int, failures);
    QFETCH(FetchOutcome, outcome);
    QFETCH(qint64, retryAfter);
    QFETCH(qint64, interval);
    QFETCH(qint64, hintMinimum);
    QFETCH(qint64, expectedDelay);
    ScheduleHints hints;
    hints.minimumIntervalSeconds = hintMinimum;
    const QDateTime next = nextFetchTime(failures, outcome, retryAfter, kNow, interval, hints);
    QVERIFY(next.isValid());
    QCOMPARE(kNow.secsTo(next), expectedDelay);
}

void TstBackoff::goneIsNeverAgain()
{
    QVERIFY(nextFetchTime(1, FetchOutcome::Gone, -1, kNow, kHour).isNull());
}

void TstBackoff::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("seconds") << QByteArray("120") << qint64(120);
    QTest::newRow("padded") << QByteArray("  30 ") << qint64(30);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("IMF-fixdate") << QByteArray("Wed, 04 Mar 2026 12:02:00 GMT") << qint64(120);
    QTest::newRow("RFC 850 date") << QByteArray("Wednesday, 04-Mar-26 13:00:00 GMT") << qint64(3600);
    QTest::newRow("asctime date") << QByteArray("Wed Mar  4 12:00:30 2026") << qint64(30);
    QTest::newRow("date in the past") << QByteArray("Tue, 03 Mar 2026 12:00:00 GMT") << qint64(0);
    QTest::newRow("huge number saturates") << QByteArray("99999999999999999999999") << std::numeric_limits<qint64>::max() / 2;
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("junk") << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TstBackoff::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, seconds);
    QCOMPARE(parseRetryAfter(value, kNow), seconds);
}

void TstBackoff::failureCounting()
{
    QVERIFY(!countsAsFailure(FetchOutcome::Ok));
    QVERIFY(!countsAsFailure(FetchOutcome::NotModified));
    QVERIFY(!countsAsFailure(FetchOutcome::Unchanged));
    QVERIFY(!countsAsFailure(FetchOutcome::Moved));
    QVERIFY(!countsAsFailure(FetchOutcome::Cancelled));
    QVERIFY(countsAsFailure(FetchOutcome::RateLimited));
    QVERIFY(countsAsFailure(FetchOutcome::Timeout));
    QCOMPARE(outcomeName(FetchOutcome::NotModified), QLatin1String("not-modified"));
}

QTEST_GUILESS_MAIN(TstBackoff)
#include "tst_backoff.moc"
