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
        <source>Marked %n item(s) in %1 read. Undo with %2.</source>
        <translation>
            <numerusform>Marked %n item in %1 read. Undo with %2.</numerusform>
            <numerusform>Marked %n items in %1 read. Undo with %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) unread again</source>
        <translation>
            <numerusform>%n item unread again</numerusform>
            <numerusform>%n items unread again</numerusform>
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
    <name>tidings::app::SubscriptionModel</name>
    <message numerus="yes">
        <source>The last %n fetch(es) failed: %1</source>
        <translation>
            <numerusform>The last %n fetch failed: %1</numerusform>
            <numerusform>The last %n fetches failed: %1</numerusform>
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
</context>
</TS>
