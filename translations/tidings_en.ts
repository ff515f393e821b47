<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>JsonFeed</name>
    <message numerus="yes">
        <source>kept the %n complete item(s) before it</source>
        <translation>
            <numerusform>kept the %n complete item before it</numerusform>
            <numerusform>kept the %n complete items before it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationTexts</name>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n new item</numerusform>
            <numerusform>%n new items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) in %1</source>
        <translation>
            <numerusform>%n new item in %1</numerusform>
            <numerusform>%n new items in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s)</source>
        <translation>
            <numerusform>%n feed</numerusform>
            <numerusform>%n feeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
%n unread item(s)</source>
        <translation>
            <numerusform>%1
%n unread item</numerusform>
            <numerusform>%1
%n unread items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::FetchJob</name>
    <message numerus="yes">
        <source>the server asks to wait %n second(s) before the next fetch (HTTP %1)</source>
        <translation>
            <numerusform>the server asks to wait %n second before the next fetch (HTTP %1)</numerusform>
            <numerusform>the server asks to wait %n seconds before the next fetch (HTTP %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the server stopped sending data for %n second(s)</source>
        <translation>
            <numerusform>the server stopped sending data for %n second</numerusform>
            <numerusform>the server stopped sending data for %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %1 seconds (%n of them waiting for memory that other downloads held)</source>
        <translation>
            <numerusform>no complete answer within %1 seconds (%n of them waiting for memory that other downloads held)</numerusform>
            <numerusform>no complete answer within %1 seconds (%n of them waiting for memory that other downloads held)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::app::FeedPropertiesDialog</name>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every %n minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::app::MainWindow</name>
    <message numerus="yes">
        <source>%n feed(s) could not be refreshed.</source>
        <translation>
            <numerusform>%n feed could not be refreshed.</numerusform>
            <numerusform>%n feeds could not be refreshed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) unread again</source>
        <translation>
            <numerusform>%n item unread again</numerusform>
            <numerusform>%n items unread again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n item(s) read. Undo with %1.</source>
        <extracomment>All unread items everywhere were marked. %1 is the Undo shortcut.</extracomment>
        <translation>
            <numerusform>Marked %n item read. Undo with %1.</numerusform>
            <numerusform>Marked %n items read. Undo with %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n item(s) read in %1. Undo with %2.</source>
        <extracomment>%1 is the name of a feed, folder or view (All Items, Starred…), %2 the Undo shortcut.</extracomment>
        <translation>
            <numerusform>Marked %n item read in %1. Undo with %2.</numerusform>
            <numerusform>Marked %n items read in %1. Undo with %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tidings opens feed addresses and OPML files; %n argument(s) were neither</source>
        <translation>
            <numerusform>Tidings opens feed addresses and OPML files; %n argument was neither</numerusform>
            <numerusform>Tidings opens feed addresses and OPML files; %n arguments were neither</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <extracomment>The item list&apos;s title after a click on the new-items notification: what it announced.</extracomment>
        <translation>
            <numerusform>%n new item</numerusform>
            <numerusform>%n new items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::app::RefreshStatus</name>
    <message numerus="yes">
        <source>Refreshing %1 of %2 feeds, %n new item(s)</source>
        <translation>
            <numerusform>Refreshing %1 of %2 feeds, %n new item</numerusform>
            <numerusform>Refreshing %1 of %2 feeds, %n new items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last refresh %1, %n new item(s)</source>
        <translation>
            <numerusform>Last refresh %1, %n new item</numerusform>
            <numerusform>Last refresh %1, %n new items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing feed(s)</source>
        <translation>
            <numerusform>%n failing feed</numerusform>
            <numerusform>%n failing feeds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::app::StoreOpeningDialog</name>
    <message numerus="yes">
        <source>Rebuilding the search index: %L1 of %Ln item(s).</source>
        <translation>
            <numerusform>Rebuilding the search index: %L1 of %Ln item.</numerusform>
            <numerusform>Rebuilding the search index: %L1 of %Ln items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::app::SubscriptionModel</name>
    <message numerus="yes">
        <source>Fetching failed %n time(s) in a row: %1</source>
        <extracomment>%1 is the error of the last fetch.</extracomment>
        <translation>
            <numerusform>Fetching failed %n time: %1</numerusform>
            <numerusform>Fetching failed %n times in a row: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::cli::Cli</name>
    <message numerus="yes">
        <source>subscribed to %1 (%2) as feed %3: %n item(s)
</source>
        <translation>
            <numerusform>subscribed to %1 (%2) as feed %3: %n item
</numerusform>
            <numerusform>subscribed to %1 (%2) as feed %3: %n items
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) marked read
</source>
        <translation>
            <numerusform>%n item marked read
</numerusform>
            <numerusform>%n items marked read
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) imported</source>
        <translation>
            <numerusform>%n subscription imported</numerusform>
            <numerusform>%n subscriptions imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new folder(s)</source>
        <translation>
            <numerusform>%n new folder</numerusform>
            <numerusform>%n new folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed</source>
        <translation>
            <numerusform>%n already subscribed</numerusform>
            <numerusform>%n already subscribed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) in the file skipped</source>
        <translation>
            <numerusform>%n duplicate in the file skipped</numerusform>
            <numerusform>%n duplicates in the file skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) rejected</source>
        <translation>
            <numerusform>%n entry rejected</numerusform>
            <numerusform>%n entries rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) exported
</source>
        <translation>
            <numerusform>%n subscription exported
</numerusform>
            <numerusform>%n subscriptions exported
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1/%2 feeds, %n new item(s)</source>
        <translation>
            <numerusform>%1/%2 feeds, %n new item</numerusform>
            <numerusform>%1/%2 feeds, %n new items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s)</source>
        <translation>
            <numerusform>%n feed</numerusform>
            <numerusform>%n feeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n new item</numerusform>
            <numerusform>%n new items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok       %1: %n new</source>
        <extracomment>Keep the padding after &quot;ok&quot;: the feed names line up with those of &quot;failed&quot; and &quot;same&quot;.</extracomment>
        <translation>
            <numerusform>ok       %1: %n new</numerusform>
            <numerusform>ok       %1: %n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n updated</source>
        <translation>
            <numerusform>, %n updated</numerusform>
            <numerusform>, %n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rebuilding the search index: %L1 of %Ln item(s)…</source>
        <translation>
            <numerusform>rebuilding the search index: %L1 of %Ln item…</numerusform>
            <numerusform>rebuilding the search index: %L1 of %Ln items…</numerusform>
        </translation>
    </message>
</context>
</TS>
