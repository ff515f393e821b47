<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddFeedDialog</name>
    <message>
        <source>Add Feed</source>
        <translation>Feed hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>https://example.org/feed.xml, or a web site that offers feeds</source>
        <translation>https://example.org/feed.xml oder eine Website, die Feeds anbietet</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Choose a folder, or type the name of a new one (Parent/Child for a folder inside another)</source>
        <translation>Wählen Sie einen Ordner oder geben Sie den Namen eines neuen ein (Ordner/Unterordner für einen Ordner in einem anderen)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Optional: the feed&apos;s own title is used otherwise</source>
        <translation>Optional: sonst wird der eigene Titel des Feeds verwendet</translation>
    </message>
    <message>
        <source>This address offers several feeds. Check the ones to subscribe to:</source>
        <translation>Diese Adresse bietet mehrere Feeds an. Wählen Sie die Feeds aus, die Sie abonnieren möchten:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Looking for feeds…</source>
        <translation>Feeds werden gesucht…</translation>
    </message>
</context>
<context>
    <name>ContentSniffer</name>
    <message>
        <source>not text</source>
        <translation>kein Text</translation>
    </message>
</context>
<context>
    <name>FeedAddress</name>
    <message>
        <source>Type the address of a feed or of a web site.</source>
        <translation>Geben Sie die Adresse eines Feeds oder einer Website ein.</translation>
    </message>
    <message>
        <source>This is not an http or https web address.</source>
        <translation>Dies ist keine http- oder https-Webadresse.</translation>
    </message>
</context>
<context>
    <name>FeedPropertiesDialog</name>
    <message>
        <source>Feed Properties</source>
        <translation>Feed-Eigenschaften</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Leave empty to use the title the feed gives itself</source>
        <translation>Leer lassen, um den eigenen Titel des Feeds zu verwenden</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Check for new items:</source>
        <translation>Auf neue Artikel &amp;prüfen:</translation>
    </message>
    <message>
        <source>&amp;Images in articles:</source>
        <translation>&amp;Bilder in Artikeln:</translation>
    </message>
    <message>
        <source>&amp;Notify me about new items of this feed</source>
        <translation>Bei neuen Artikeln dieses Feeds be&amp;nachrichtigen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Web site:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Last checked:</source>
        <translation>Zuletzt geprüft:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Letzter Fehler:</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Artikel:</translation>
    </message>
</context>
<context>
    <name>JsonFeed</name>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>relative &quot;%1&quot; %2 has no base URL to resolve against; dropped</source>
        <extracomment>%1 is a JSON Feed field name (keep it as it is), %2 its value.</extracomment>
        <translation>&quot;%1&quot; %2 ist relativ, aber es gibt keine Basis-URL zum Auflösen; verworfen</translation>
    </message>
    <message>
        <source>unparseable %1 %2</source>
        <translation>nicht lesbar: %1 %2</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <source>tag %1 is %2, not a string; ignored</source>
        <translation>Schlagwort %1 ist %2, keine Zeichenkette; ignoriert</translation>
    </message>
    <message>
        <source>has no &quot;url&quot;; ignored</source>
        <translation>ohne &quot;url&quot;; ignoriert</translation>
    </message>
    <message>
        <source>not a JSON Feed: the top level of the JSON is an array, not an object</source>
        <translation>kein JSON Feed: die oberste Ebene des JSON ist ein Array, kein Objekt</translation>
    </message>
    <message>
        <source>not a JSON Feed: the top level of the JSON is not an object</source>
        <translation>kein JSON Feed: die oberste Ebene des JSON ist kein Objekt</translation>
    </message>
    <message>
        <source>not a JSON Feed: the JSON has no &quot;items&quot; array</source>
        <translation>kein JSON Feed: das JSON hat kein &quot;items&quot;-Array</translation>
    </message>
    <message>
        <source>not a JSON Feed: &quot;items&quot; is %1, not an array</source>
        <translation>kein JSON Feed: &quot;items&quot; ist %1, kein Array</translation>
    </message>
    <message>
        <source>feed: no &quot;version&quot;; read as JSON Feed 1.1</source>
        <translation>Feed: &quot;version&quot; fehlt; als JSON Feed 1.1 gelesen</translation>
    </message>
    <message>
        <source>feed: unknown &quot;version&quot; %1; read as JSON Feed 1.1</source>
        <translation>Feed: &quot;version&quot; %1 ist unbekannt; als JSON Feed 1.1 gelesen</translation>
    </message>
    <message>
        <source>feed: no &quot;items&quot; array; read as a feed without items</source>
        <translation>Feed: &quot;items&quot;-Array fehlt; als Feed ohne Artikel gelesen</translation>
    </message>
    <message>
        <source>feed: &quot;items&quot; is %1, not an array; ignored</source>
        <translation>Feed: &quot;items&quot; ist %1, kein Array; ignoriert</translation>
    </message>
    <message>
        <source>invalid JSON (%1); what follows the JSON was ignored</source>
        <translation>ungültiges JSON (%1); was auf das JSON folgt, wurde ignoriert</translation>
    </message>
    <message numerus="yes">
        <source>kept the %n complete item(s) before it</source>
        <translation>
            <numerusform>der %n vollständige Artikel davor wurde behalten</numerusform>
            <numerusform>die %n vollständigen Artikel davor wurden behalten</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid JSON (%1); %2</source>
        <translation>ungültiges JSON (%1); %2</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>ungültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>%1 is %2, not an object; ignored</source>
        <translation>%1 ist %2, kein Objekt; ignoriert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not a string; ignored</source>
        <extracomment>%1 is a JSON Feed field name: keep the quotes, do not translate it.</extracomment>
        <translation>&quot;%1&quot; ist %2, keine Zeichenkette; ignoriert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 is not an http(s) URL; dropped</source>
        <extracomment>%1 is a JSON Feed field name (keep it as it is), %2 its value.</extracomment>
        <translation>&quot;%1&quot; %2 ist keine http(s)-URL; verworfen</translation>
    </message>
    <message>
        <source>%1 %2 has no time zone; UTC assumed</source>
        <extracomment>%1 is a JSON Feed field name (keep it as it is), %2 its value.</extracomment>
        <translation>%1 %2 hat keine Zeitzone; UTC angenommen</translation>
    </message>
    <message>
        <source>%1: author %2</source>
        <translation>%1: Autor %2</translation>
    </message>
    <message>
        <source>&quot;authors&quot; is %1, not an array; ignored</source>
        <extracomment>&quot;authors&quot; is a JSON Feed field name: keep it as it is.</extracomment>
        <translation>&quot;authors&quot; ist %1, kein Array; ignoriert</translation>
    </message>
    <message>
        <source>%1: author</source>
        <translation>%1: Autor</translation>
    </message>
    <message>
        <source>feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>%1 items; only the first %2 were read</source>
        <translation>%1 Artikel; nur die ersten %2 wurden gelesen</translation>
    </message>
    <message>
        <source>&quot;id&quot; is %1, not a string; ignored</source>
        <extracomment>&quot;id&quot; is a JSON Feed field name: keep it as it is.</extracomment>
        <translation>&quot;id&quot; ist %1, keine Zeichenkette; ignoriert</translation>
    </message>
    <message>
        <source>&quot;tags&quot; is %1, not an array; ignored</source>
        <extracomment>&quot;tags&quot; is a JSON Feed field name: keep it as it is.</extracomment>
        <translation>&quot;tags&quot; ist %1, kein Array; ignoriert</translation>
    </message>
    <message>
        <source>&quot;attachments&quot; is %1, not an array; ignored</source>
        <extracomment>&quot;attachments&quot; is a JSON Feed field name: keep it as it is.</extracomment>
        <translation>&quot;attachments&quot; ist %1, kein Array; ignoriert</translation>
    </message>
    <message>
        <source>%1: attachment %2</source>
        <translation>%1: Anhang %2</translation>
    </message>
    <message>
        <source>&quot;url&quot; is %1, not a string; ignored</source>
        <extracomment>&quot;url&quot; is a JSON Feed field name: keep it as it is.</extracomment>
        <translation>&quot;url&quot; ist %1, keine Zeichenkette; ignoriert</translation>
    </message>
    <message>
        <source>&quot;size_in_bytes&quot; is %1, not a number; ignored</source>
        <extracomment>&quot;size_in_bytes&quot; is a JSON Feed field name: keep it as it is.</extracomment>
        <translation>&quot;size_in_bytes&quot; ist %1, keine Zahl; ignoriert</translation>
    </message>
    <message>
        <source>&quot;duration_in_seconds&quot; is %1, not a number; ignored</source>
        <extracomment>&quot;duration_in_seconds&quot; is a JSON Feed field name: keep it as it is.</extracomment>
        <translation>&quot;duration_in_seconds&quot; ist %1, keine Zahl; ignoriert</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Find a feed</source>
        <translation>Feed finden</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Search items</source>
        <translation>Artikel suchen</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Show unread items only</source>
        <translation>Nur ungelesene Artikel anzeigen</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Mit Stern</translation>
    </message>
    <message>
        <source>Show starred items only</source>
        <translation>Nur Artikel mit Stern anzeigen</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikelliste</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Fee&amp;ds</source>
        <translation>&amp;Feeds</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>A&amp;rtikel</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Add Feed…</source>
        <translation>Feed &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Subscribe to a feed or a web page</source>
        <translation>Einen Feed oder eine Webseite abonnieren</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>OPML &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export OPML…</source>
        <translation>OPML &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Wide Layout (Three Columns)</source>
        <translation>&amp;Breites Layout (drei Spalten)</translation>
    </message>
    <message>
        <source>&amp;Classic Layout (List Above Article)</source>
        <translation>&amp;Klassisches Layout (Liste über dem Artikel)</translation>
    </message>
    <message>
        <source>&amp;Search Items</source>
        <translation>Artikel &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Find a Feed</source>
        <translation>&amp;Feed finden</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Verk&amp;leinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Refresh All</source>
        <translation>&amp;Alle aktualisieren</translation>
    </message>
    <message>
        <source>Fetch every feed now</source>
        <translation>Alle Feeds jetzt abrufen</translation>
    </message>
    <message>
        <source>Refresh &amp;Selected</source>
        <translation>Au&amp;sgewählte aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Cancel Refresh</source>
        <translation>Aktualisierung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Mark Feed Read</source>
        <translation>Feed als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>Mark every item of the selected feed, folder or view read</source>
        <translation>Alle Artikel des ausgewählten Feeds, Ordners oder der ausgewählten Ansicht als gelesen markieren</translation>
    </message>
    <message>
        <source>Mark &amp;Everything Read</source>
        <translation>A&amp;lles als gelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Undo Mark Read</source>
        <translation>Als gelesen markieren &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Next Item</source>
        <translation>&amp;Nächster Artikel</translation>
    </message>
    <message>
        <source>&amp;Previous Item</source>
        <translation>&amp;Vorheriger Artikel</translation>
    </message>
    <message>
        <source>Next &amp;Unread Item</source>
        <translation>Nächster &amp;ungelesener Artikel</translation>
    </message>
    <message>
        <source>Page Down or Next Unread</source>
        <translation>Seite weiter oder nächster ungelesener Artikel</translation>
    </message>
    <message>
        <source>Toggle &amp;Read</source>
        <translation>Als &amp;gelesen/ungelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>&amp;Mit Stern versehen</translation>
    </message>
    <message>
        <source>Star or unstar the selected items</source>
        <translation>Die ausgewählten Artikel mit Stern versehen oder den Stern entfernen</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Eigenschaften…</translation>
    </message>
    <message>
        <source>Title, address, folder, update interval, images and notifications of the selected feed</source>
        <translation>Titel, Adresse, Ordner, Aktualisierungsintervall, Bilder und Benachrichtigungen des ausgewählten Feeds</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Tidings</source>
        <translation>&amp;Über Tidings</translation>
    </message>
    <message>
        <source>The items the last new-items notification announced. Choose a subscription or view to leave this list.</source>
        <translation>Die Artikel, die die letzte Benachrichtigung über neue Artikel angekündigt hat. Wählen Sie ein Abonnement oder eine Ansicht, um diese Liste zu verlassen.</translation>
    </message>
</context>
<context>
    <name>NotificationTexts</name>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n neuer Artikel</numerusform>
            <numerusform>%n neue Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) in %1</source>
        <translation>
            <numerusform>%n neuer Artikel in %1</numerusform>
            <numerusform>%n neue Artikel in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s)</source>
        <translation>
            <numerusform>%n Feed</numerusform>
            <numerusform>%n Feeds</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled feed</source>
        <translation>Feed ohne Titel</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>feed title: item title</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
%n unread item(s)</source>
        <translation>
            <numerusform>%1
%n ungelesener Artikel</numerusform>
            <numerusform>%1
%n ungelesene Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
No unread items</source>
        <translation>%1
Keine ungelesenen Artikel</translation>
    </message>
</context>
<context>
    <name>Opml</name>
    <message>
        <source>the file has no outlines, so there is nothing to import</source>
        <translation>die Datei enthält keine Einträge, daher gibt es nichts zu importieren</translation>
    </message>
    <message>
        <source>the file has outlines, but none of them is a feed subscription</source>
        <translation>die Datei enthält Einträge, aber keiner davon ist ein Feed-Abonnement</translation>
    </message>
    <message>
        <source>the file is not readable XML (line %1, column %2: %3)</source>
        <translation>die Datei ist kein lesbares XML (Zeile %1, Spalte %2: %3)</translation>
    </message>
    <message>
        <source>more warnings were not shown</source>
        <translation>weitere Warnungen wurden nicht angezeigt</translation>
    </message>
    <message>
        <source>the file has no XML root element, so it is not an OPML file</source>
        <translation>die Datei hat kein XML-Wurzelelement und ist daher keine OPML-Datei</translation>
    </message>
    <message>
        <source>this is a feed, not an OPML file: subscribe to its address instead</source>
        <translation>dies ist ein Feed, keine OPML-Datei: abonnieren Sie stattdessen seine Adresse</translation>
    </message>
    <message>
        <source>this is an HTML page, not an OPML file</source>
        <translation>dies ist eine HTML-Seite, keine OPML-Datei</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;opml&gt;, so this is not an OPML file</source>
        <translation>das Wurzelelement ist &lt;%1&gt;, nicht &lt;opml&gt;, daher ist dies keine OPML-Datei</translation>
    </message>
    <message>
        <source>outlines nested deeper than %1 levels were ignored</source>
        <translation>Einträge, die tiefer als %1 Ebenen verschachtelt sind, wurden ignoriert</translation>
    </message>
    <message>
        <source>the include outline &quot;%1&quot; was skipped: Tidings does not fetch other OPML files</source>
        <translation>der include-Eintrag „%1“ wurde übersprungen: Tidings ruft keine anderen OPML-Dateien ab</translation>
    </message>
    <message>
        <source>the file lists more than %1 subscriptions; the rest were ignored</source>
        <translation>die Datei enthält mehr als %1 Abonnements; der Rest wurde ignoriert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was skipped: its address &quot;%2&quot; is a command, not a web address</source>
        <translation>„%1“ wurde übersprungen: die Adresse „%2“ ist ein Befehl, keine Webadresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was skipped: its address &quot;%2&quot; is not an http or https web address</source>
        <translation>„%1“ wurde übersprungen: die Adresse „%2“ ist keine http- oder https-Webadresse</translation>
    </message>
    <message>
        <source>the user name and password in the address of &quot;%1&quot; were removed</source>
        <translation>Benutzername und Passwort in der Adresse von „%1“ wurden entfernt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed more than once; the later entry was skipped</source>
        <translation>„%1“ ist mehrfach aufgeführt; der spätere Eintrag wurde übersprungen</translation>
    </message>
    <message>
        <source>the site address &quot;%1&quot; of &quot;%2&quot; is not an http or https web address and was dropped</source>
        <translation>die Website-Adresse „%1“ von „%2“ ist keine http- oder https-Webadresse und wurde verworfen</translation>
    </message>
    <message>
        <source>the file ends early (truncated?); the outlines before the break were kept</source>
        <translation>die Datei endet vorzeitig (abgeschnitten?); die Einträge vor dem Abbruch wurden behalten</translation>
    </message>
    <message>
        <source>%1; the rest of the file was ignored</source>
        <translation>%1; der Rest der Datei wurde ignoriert</translation>
    </message>
    <message>
        <source>the file is larger than the %1 MB limit for OPML files</source>
        <translation>die Datei ist größer als die Grenze von %1 MB für OPML-Dateien</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is binary data (%1), not an OPML file</source>
        <translation>die Datei besteht aus Binärdaten (%1) und ist keine OPML-Datei</translation>
    </message>
    <message>
        <source>the file is plain text, not an OPML file</source>
        <translation>die Datei ist reiner Text, keine OPML-Datei</translation>
    </message>
    <message>
        <source>the file is JSON, not an OPML file</source>
        <translation>die Datei ist JSON, keine OPML-Datei</translation>
    </message>
</context>
<context>
    <name>OpmlExport</name>
    <message>
        <source>Export Subscriptions</source>
        <translation>Abonnements exportieren</translation>
    </message>
    <message>
        <source>OPML files (*.opml);;All files (*)</source>
        <translation>OPML-Dateien (*.opml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The subscriptions could not be written to %1:
%2</source>
        <translation>Die Abonnements konnten nicht in %1 geschrieben werden:
%2</translation>
    </message>
</context>
<context>
    <name>OpmlImport</name>
    <message>
        <source>Import Subscriptions</source>
        <translation>Abonnements importieren</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>OPML-Dateien (*.opml *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation>Aus %1 wurde nichts importiert:
%2</translation>
    </message>
</context>
<context>
    <name>OpmlTransfer</name>
    <message>
        <source>Tidings subscriptions</source>
        <translation>Tidings-Abonnements</translation>
    </message>
</context>
<context>
    <name>ParseFeed</name>
    <message>
        <source>item %1 has no id, title, link or content and was ignored</source>
        <translation>Artikel %1 hat weder ID, Titel, Link noch Inhalt und wurde ignoriert</translation>
    </message>
    <message>
        <source>item %1 repeats the id &quot;%2&quot; of an earlier item and was dropped</source>
        <translation>Artikel %1 wiederholt die ID „%2“ eines früheren Artikels und wurde verworfen</translation>
    </message>
    <message>
        <source>not a feed: no XML root element could be read</source>
        <translation>kein Feed: es konnte kein XML-Wurzelelement gelesen werden</translation>
    </message>
    <message>
        <source>not a feed: this is an HTML page</source>
        <translation>kein Feed: dies ist eine HTML-Seite</translation>
    </message>
    <message>
        <source>not a feed: the root element is &lt;%1&gt;</source>
        <translation>kein Feed: das Wurzelelement ist &lt;%1&gt;</translation>
    </message>
    <message>
        <source>raw HTML inside a description or content element is not well-formed XML; it was read as HTML text</source>
        <translation>rohes HTML in einem description- oder content-Element ist kein wohlgeformtes XML; es wurde als HTML-Text gelesen</translation>
    </message>
    <message>
        <source>the document is larger than the %1 MB limit</source>
        <translation>das Dokument ist größer als die Grenze von %1 MB</translation>
    </message>
    <message>
        <source>not a feed: the document is empty</source>
        <translation>kein Feed: das Dokument ist leer</translation>
    </message>
    <message>
        <source>not a feed: the document is binary data (%1)</source>
        <translation>kein Feed: das Dokument besteht aus Binärdaten (%1)</translation>
    </message>
    <message>
        <source>not a feed: the document is plain text, neither XML nor JSON</source>
        <translation>kein Feed: das Dokument ist reiner Text, weder XML noch JSON</translation>
    </message>
</context>
<context>
    <name>ParseWarning</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>Check feeds &amp;every:</source>
        <translation>Feeds prüfen &amp;alle:</translation>
    </message>
    <message>
        <source>0: only when you refresh</source>
        <translation>0: nur wenn Sie aktualisieren</translation>
    </message>
    <message>
        <source>Only when I refresh</source>
        <translation>Nur beim manuellen Aktualisieren</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Refresh all feeds when Tidings &amp;starts</source>
        <translation>Alle Feeds beim &amp;Start von Tidings aktualisieren</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Mark an item read:</source>
        <translation>Artikel als gelesen markieren:</translation>
    </message>
    <message>
        <source>As soon as it is &amp;shown</source>
        <translation>Sobald er a&amp;ngezeigt wird</translation>
    </message>
    <message>
        <source>After it was shown &amp;for</source>
        <translation>Nach einer Anzeige&amp;dauer von</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Never automatically (M marks it)</source>
        <translation>N&amp;ie automatisch (M markiert ihn)</translation>
    </message>
    <message>
        <source>Load remote &amp;images in articles</source>
        <translation>&amp;Externe Bilder in Artikeln laden</translation>
    </message>
    <message>
        <source>A feed can say otherwise in its properties</source>
        <translation>In den Eigenschaften eines Feeds lässt sich das abweichend festlegen</translation>
    </message>
    <message>
        <source>Tray and notifications</source>
        <translation>Systemabschnitt der Kontrollleiste und Benachrichtigungen</translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray</source>
        <translation>Symbol im Systemabschnitt der &amp;Kontrollleiste anzeigen</translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps Tidings in the tray</source>
        <translation>Beim S&amp;chließen des Fensters im Systemabschnitt der Kontrollleiste bleiben</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the tray</source>
        <translation>&amp;Minimiert im Systemabschnitt der Kontrollleiste starten</translation>
    </message>
    <message>
        <source>&amp;Notify me about new items</source>
        <translation>Bei neuen Artikeln &amp;benachrichtigen</translation>
    </message>
    <message>
        <source>&amp;Quiet while the Tidings window is active</source>
        <translation>Nicht benachrichtigen, solange das Tidings-&amp;Fenster aktiv ist</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Article &amp;text size:</source>
        <translation>&amp;Textgröße in Artikeln:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Takes effect after a restart.</source>
        <translation>Wird nach einem Neustart wirksam.</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Click a shortcut and press the new keys. Clear it for no keys at all.</source>
        <translation>Klicken Sie auf ein Tastenkürzel und drücken Sie die neuen Tasten. Leeren Sie es, um keine Tasten zuzuweisen.</translation>
    </message>
    <message>
        <source>Reset &amp;All to Defaults</source>
        <translation>&amp;Alle auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Minimi&amp;zing the window hides it in the tray</source>
        <translation>Fenster beim Minimie&amp;ren im Systemabschnitt der Kontrollleiste verbergen</translation>
    </message>
    <message>
        <source>Show the &amp;unread count on the icon</source>
        <translation>Anzahl der &amp;ungelesenen Artikel im Symbol anzeigen</translation>
    </message>
    <message>
        <source>&amp;Which feeds:</source>
        <translation>&amp;Welche Feeds:</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>RefreshService</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>moved permanently to %1</source>
        <translation>dauerhaft umgezogen nach %1</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>invalid UTF-8 bytes read as %1 (%2 in total)</source>
        <translation>ungültige UTF-8-Bytes als %1 gelesen (insgesamt %2)</translation>
    </message>
    <message>
        <source>invalid %1 byte sequences replaced by U+FFFD</source>
        <translation>ungültige %1-Bytefolgen durch U+FFFD ersetzt</translation>
    </message>
    <message>
        <source>XML declaration</source>
        <extracomment>Fills &quot;the %1 says %2&quot; and the like: where the document names its encoding.</extracomment>
        <translation>der XML-Deklaration</translation>
    </message>
    <message>
        <source>HTTP charset</source>
        <extracomment>Fills &quot;the %1 says %2&quot; and the like: the charset of the HTTP Content-Type.</extracomment>
        <translation>dem HTTP-Header</translation>
    </message>
    <message>
        <source>the %1 names an unknown encoding &quot;%2&quot;: ignored</source>
        <translation>unbekannte Kodierung „%2“ in %1: ignoriert</translation>
    </message>
    <message>
        <source>the %1 says %2, but the document is not UTF-16 or UTF-32: ignored</source>
        <translation>laut %1 %2, aber das Dokument ist weder UTF-16 noch UTF-32: ignoriert</translation>
    </message>
    <message>
        <source>encoding %1 is not supported on this system: the %2 was ignored</source>
        <translation>Kodierung %1 wird auf diesem System nicht unterstützt: Angabe in %2 ignoriert</translation>
    </message>
    <message>
        <source>the %1 says %2, the %3 says %4: followed the %3</source>
        <translation>laut %1 %2, laut %3 %4: Angabe aus %3 verwendet</translation>
    </message>
    <message>
        <source>the %1 says %2, but the document is valid UTF-8: read as UTF-8</source>
        <translation>laut %1 %2, aber das Dokument ist gültiges UTF-8: als UTF-8 gelesen</translation>
    </message>
</context>
<context>
    <name>XmlFeedReader</name>
    <message>
        <source>elements nested deeper than %1 levels; the rest of the document was ignored</source>
        <translation>Elemente tiefer als %1 Ebenen verschachtelt; der Rest des Dokuments wurde ignoriert</translation>
    </message>
    <message>
        <source>namespace prefix &quot;%1&quot; is not declared; its elements were ignored</source>
        <translation>Namensraumpräfix „%1“ ist nicht deklariert; seine Elemente wurden ignoriert</translation>
    </message>
    <message>
        <source>namespace prefix &quot;%1&quot; is not declared; read as the usual namespace</source>
        <translation>Namensraumpräfix „%1“ ist nicht deklariert; als der übliche Namensraum gelesen</translation>
    </message>
    <message>
        <source>unparseable date &quot;%1&quot;</source>
        <translation>nicht lesbares Datum „%1“</translation>
    </message>
    <message>
        <source>date &quot;%1&quot; has no usable time zone; read as UTC</source>
        <translation>Datum „%1“ hat keine verwendbare Zeitzone; als UTC gelesen</translation>
    </message>
    <message>
        <source>more warnings were suppressed</source>
        <translation>weitere Warnungen wurden unterdrückt</translation>
    </message>
    <message>
        <source>content after the end of the root element was ignored</source>
        <translation>Inhalt nach dem Ende des Wurzelelements wurde ignoriert</translation>
    </message>
    <message>
        <source>the document ends early (truncated?); what was read up to the break was kept</source>
        <translation>das Dokument endet vorzeitig (abgeschnitten?); das bis zum Abbruch Gelesene wurde behalten</translation>
    </message>
    <message>
        <source>%1; the rest of the document was ignored</source>
        <extracomment>%1 is Qt&apos;s description of the XML error.</extracomment>
        <translation>%1; der Rest des Dokuments wurde ignoriert</translation>
    </message>
</context>
<context>
    <name>XmlRepair</name>
    <message>
        <source>text before the first tag removed (%1 in total)</source>
        <translation>Text vor dem ersten Tag entfernt (insgesamt %1)</translation>
    </message>
    <message>
        <source>entity declarations in the DTD were ignored (%1 in total)</source>
        <translation>Entitätsdeklarationen in der DTD ignoriert (insgesamt %1)</translation>
    </message>
    <message>
        <source>bare &apos;&amp;&apos; escaped (%1 in total)</source>
        <translation>alleinstehendes „&amp;“ maskiert (insgesamt %1)</translation>
    </message>
    <message>
        <source>HTML entities replaced by their characters (%1 in total)</source>
        <translation>HTML-Entitäten durch ihre Zeichen ersetzt (insgesamt %1)</translation>
    </message>
    <message>
        <source>undeclared entities kept as text (%1 in total)</source>
        <translation>nicht deklarierte Entitäten als Text behalten (insgesamt %1)</translation>
    </message>
    <message>
        <source>references to characters XML forbids replaced by U+FFFD (%1 in total)</source>
        <translation>Verweise auf in XML verbotene Zeichen durch U+FFFD ersetzt (insgesamt %1)</translation>
    </message>
    <message>
        <source>characters XML forbids removed (%1 in total)</source>
        <translation>in XML verbotene Zeichen entfernt (insgesamt %1)</translation>
    </message>
    <message>
        <source>&apos;&lt;&apos; starting no tag escaped (%1 in total)</source>
        <translation>&apos;&lt;&apos;, das kein Tag beginnt, maskiert (insgesamt %1)</translation>
    </message>
    <message>
        <source>&apos;]]&gt;&apos; outside CDATA escaped (%1 in total)</source>
        <translation>&apos;]]&gt;&apos; außerhalb von CDATA maskiert (insgesamt %1)</translation>
    </message>
    <message>
        <source>HTML void elements closed (%1 in total)</source>
        <translation>leere HTML-Elemente (void) geschlossen (insgesamt %1)</translation>
    </message>
    <message>
        <source>unclosed elements closed (%1 in total)</source>
        <translation>nicht geschlossene Elemente geschlossen (insgesamt %1)</translation>
    </message>
    <message>
        <source>end tags closing no element dropped (%1 in total)</source>
        <translation>End-Tags ohne offenes Element verworfen (insgesamt %1)</translation>
    </message>
    <message>
        <source>attribute values quoted (%1 in total)</source>
        <translation>Attributwerte in Anführungszeichen gesetzt (insgesamt %1)</translation>
    </message>
    <message>
        <source>attributes without a value given an empty one (%1 in total)</source>
        <translation>Attribute ohne Wert mit leerem Wert versehen (insgesamt %1)</translation>
    </message>
    <message>
        <source>duplicate attributes dropped (%1 in total)</source>
        <translation>doppelte Attribute verworfen (insgesamt %1)</translation>
    </message>
    <message>
        <source>attributes beyond a tag&apos;s first 256 or 64 KB dropped (%1 in total)</source>
        <translation>Attribute jenseits der ersten 256 bzw. 64 KB eines Tags verworfen (insgesamt %1)</translation>
    </message>
    <message>
        <source>attributes with invalid names dropped (%1 in total)</source>
        <translation>Attribute mit ungültigen Namen verworfen (insgesamt %1)</translation>
    </message>
    <message>
        <source>malformed tags mended (%1 in total)</source>
        <translation>fehlerhafte Tags repariert (insgesamt %1)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A fast, safe desktop feed reader</source>
        <translation>Ein schneller, sicherer Feedreader für den Desktop</translation>
    </message>
    <message>
        <source>The folder holding the database and settings.</source>
        <translation>Der Ordner mit der Datenbank und den Einstellungen.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Tidings cannot open its profile.</source>
        <translation>Tidings kann sein Profil nicht öffnen.</translation>
    </message>
    <message>
        <source>Feed addresses (https://…, feed:…) to subscribe to, or OPML files to import.</source>
        <translation>Feed-Adressen (https://…, feed:…) zum Abonnieren oder OPML-Dateien zum Importieren.</translation>
    </message>
    <message>
        <source>[address or file…]</source>
        <translation>[Adresse oder Datei…]</translation>
    </message>
    <message>
        <source>Tidings is already running with this profile but does not answer.</source>
        <translation>Tidings läuft bereits mit diesem Profil, antwortet aber nicht.</translation>
    </message>
</context>
<context>
    <name>tidings::FeedFetcher</name>
    <message>
        <source>the fetch was cancelled</source>
        <translation>der Abruf wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>tidings::FeedProbe</name>
    <message>
        <source>no feed was found on %1</source>
        <translation>auf %1 wurde kein Feed gefunden</translation>
    </message>
</context>
<context>
    <name>tidings::FetchJob</name>
    <message>
        <source>no complete answer within %1 seconds</source>
        <translation>keine vollständige Antwort innerhalb von %1 Sekunden</translation>
    </message>
    <message>
        <source>only http and https addresses can be fetched</source>
        <translation>nur http- und https-Adressen können abgerufen werden</translation>
    </message>
    <message>
        <source>the fetch was cancelled</source>
        <translation>der Abruf wurde abgebrochen</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>mehr als %1 Weiterleitungen</translation>
    </message>
    <message>
        <source>a redirect to a %1: address was refused</source>
        <translation>eine Weiterleitung zu einer %1:-Adresse wurde abgelehnt</translation>
    </message>
    <message>
        <source>a redirect from https to plain http was refused</source>
        <translation>eine Weiterleitung von https zu unverschlüsseltem http wurde abgelehnt</translation>
    </message>
    <message>
        <source>a redirect into the local network (%1) was refused</source>
        <translation>eine Weiterleitung ins lokale Netzwerk (%1) wurde abgelehnt</translation>
    </message>
    <message>
        <source>the response is too large (%1 bytes, the limit is %2)</source>
        <translation>die Antwort ist zu groß (%1 Bytes, die Grenze liegt bei %2)</translation>
    </message>
    <message>
        <source>the response is larger than the limit of %1 bytes</source>
        <translation>die Antwort ist größer als die Grenze von %1 Bytes</translation>
    </message>
    <message>
        <source>not modified since the last fetch</source>
        <translation>seit dem letzten Abruf nicht geändert</translation>
    </message>
    <message>
        <source>the connection ended after %1 of the %2 bytes the server announced</source>
        <translation>die Verbindung endete nach %1 der %2 vom Server angekündigten Bytes</translation>
    </message>
    <message>
        <source>the feed has moved permanently to %1</source>
        <translation>der Feed ist dauerhaft nach %1 umgezogen</translation>
    </message>
    <message>
        <source>the server sent the same document again</source>
        <translation>der Server hat dasselbe Dokument erneut gesendet</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>der Server antwortete mit HTTP %1 %2</translation>
    </message>
    <message>
        <source>the feed is gone for good (HTTP 410)</source>
        <translation>der Feed existiert nicht mehr (HTTP 410)</translation>
    </message>
    <message numerus="yes">
        <source>the server asks to wait %n second(s) before the next fetch (HTTP %1)</source>
        <translation>
            <numerusform>der Server bittet, vor dem nächsten Abruf %n Sekunde zu warten (HTTP %1)</numerusform>
            <numerusform>der Server bittet, vor dem nächsten Abruf %n Sekunden zu warten (HTTP %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>the server says there were too many requests (HTTP %1)</source>
        <translation>laut Server gab es zu viele Anfragen (HTTP %1)</translation>
    </message>
    <message>
        <source>the compressed response expands to more than is safe to decode</source>
        <translation>die komprimierte Antwort entpackt sich auf mehr, als sicher dekodiert werden kann</translation>
    </message>
    <message>
        <source>the compressed response could not be decoded: it is corrupt or expands too far</source>
        <translation>die komprimierte Antwort konnte nicht dekodiert werden: sie ist beschädigt oder entpackt sich zu stark</translation>
    </message>
    <message numerus="yes">
        <source>the server stopped sending data for %n second(s)</source>
        <translation>
            <numerusform>der Server hat %n Sekunde lang keine Daten gesendet</numerusform>
            <numerusform>der Server hat %n Sekunden lang keine Daten gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>the secure connection failed: %1</source>
        <translation>die sichere Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>der Server hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>the server name %1 could not be found</source>
        <translation>der Servername %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>the connection failed: %1</source>
        <translation>die Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %1 seconds (%n of them waiting for memory that other downloads held)</source>
        <translation>
            <numerusform>keine vollständige Antwort innerhalb von %1 Sekunden (davon %n Sekunde Warten auf Speicher, den andere Downloads belegten)</numerusform>
            <numerusform>keine vollständige Antwort innerhalb von %1 Sekunden (davon %n Sekunden Warten auf Speicher, den andere Downloads belegten)</numerusform>
        </translation>
    </message>
    <message>
        <source>the response is too large to receive alongside the other downloads: %1 bytes so far, and all of them together may hold %2 bytes</source>
        <translation>die Antwort ist zu groß, um sie neben den anderen Downloads zu empfangen: bisher %1 Bytes, und alle zusammen dürfen höchstens %2 Bytes belegen</translation>
    </message>
</context>
<context>
    <name>tidings::Language</name>
    <message>
        <source>English</source>
        <extracomment>The name of the language you translate into, in that language (&quot;Deutsch&quot;, &quot;Français&quot;): Preferences lists the languages so.</extracomment>
        <translation>Deutsch</translation>
    </message>
</context>
<context>
    <name>tidings::Profile</name>
    <message>
        <source>this system has no folder for application data; choose one with --profile</source>
        <translation>dieses System hat keinen Ordner für Anwendungsdaten; wählen Sie einen mit --profile</translation>
    </message>
    <message>
        <source>the profile folder %1 cannot be created</source>
        <translation>der Profilordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>tidings::Store</name>
    <message>
        <source>looking up an item</source>
        <translation>Nachschlagen eines Artikels</translation>
    </message>
    <message>
        <source>storing an item</source>
        <translation>Speichern eines Artikels</translation>
    </message>
    <message>
        <source>updating an item</source>
        <translation>Aktualisieren eines Artikels</translation>
    </message>
    <message>
        <source>reading the folders</source>
        <translation>Lesen der Ordner</translation>
    </message>
    <message>
        <source>reading the feeds</source>
        <translation>Lesen der Feeds</translation>
    </message>
    <message>
        <source>reading items</source>
        <translation>Lesen von Artikeln</translation>
    </message>
    <message>
        <source>reading an item</source>
        <translation>Lesen eines Artikels</translation>
    </message>
    <message>
        <source>reading the item list</source>
        <translation>Lesen der Artikelliste</translation>
    </message>
    <message>
        <source>counting items</source>
        <translation>Zählen der Artikel</translation>
    </message>
    <message>
        <source>recording the search index format</source>
        <translation>Speichern des Suchindexformats</translation>
    </message>
    <message>
        <source>indexing an item for search</source>
        <translation>Indizieren eines Artikels für die Suche</translation>
    </message>
    <message>
        <source>updating the search index</source>
        <translation>Aktualisieren des Suchindex</translation>
    </message>
    <message>
        <source>removing a feed from the search index</source>
        <translation>Entfernen eines Feeds aus dem Suchindex</translation>
    </message>
    <message>
        <source>the database is already open</source>
        <translation>die Datenbank ist bereits geöffnet</translation>
    </message>
    <message>
        <source>the profile folder %1 cannot be created</source>
        <translation>der Profilordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>marking an item</source>
        <translation>Markieren eines Artikels</translation>
    </message>
    <message>
        <source>journaling a mark</source>
        <translation>Protokollieren einer Markierung</translation>
    </message>
    <message>
        <source>looking up a folder</source>
        <translation>Nachschlagen eines Ordners</translation>
    </message>
    <message>
        <source>adding a folder</source>
        <translation>Hinzufügen eines Ordners</translation>
    </message>
    <message>
        <source>looking up a feed</source>
        <translation>Nachschlagen eines Feeds</translation>
    </message>
    <message>
        <source>adding a feed</source>
        <translation>Hinzufügen eines Feeds</translation>
    </message>
    <message>
        <source>reading marked items</source>
        <translation>Lesen markierter Artikel</translation>
    </message>
    <message>
        <source>journaling marks</source>
        <translation>Protokollieren von Markierungen</translation>
    </message>
    <message>
        <source>marking items</source>
        <translation>Markieren von Artikeln</translation>
    </message>
    <message>
        <source>deleting a feed</source>
        <translation>Löschen eines Feeds</translation>
    </message>
    <message>
        <source>moving a feed</source>
        <translation>Verschieben eines Feeds</translation>
    </message>
    <message>
        <source>renaming a folder</source>
        <translation>Umbenennen eines Ordners</translation>
    </message>
    <message>
        <source>moving a folder</source>
        <translation>Verschieben eines Ordners</translation>
    </message>
    <message>
        <source>deleting a folder</source>
        <translation>Löschen eines Ordners</translation>
    </message>
    <message>
        <source>renaming a feed</source>
        <translation>Umbenennen eines Feeds</translation>
    </message>
    <message>
        <source>changing a feed&apos;s address</source>
        <translation>Ändern der Adresse eines Feeds</translation>
    </message>
    <message>
        <source>changing a feed&apos;s options</source>
        <translation>Ändern der Optionen eines Feeds</translation>
    </message>
    <message>
        <source>recording the fetch of feed %1 failed: %2</source>
        <translation>Speichern des Abrufs von Feed %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>there is no feed %1</source>
        <translation>es gibt keinen Feed %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the database cannot be read: %1</source>
        <translation>die Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the old backup %1 cannot be replaced</source>
        <translation>die alte Sicherung %1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>no backup of the database could be made before upgrading it (%1): %2</source>
        <translation>vor der Aktualisierung der Datenbank konnte keine Sicherung angelegt werden (%1): %2</translation>
    </message>
    <message>
        <source>the database %1 cannot be opened: %2</source>
        <translation>die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the database %1 was written by a newer Tidings (schema %2; this one knows %3); it was left untouched</source>
        <translation>die Datenbank %1 wurde von einer neueren Tidings-Version geschrieben (Schema %2; diese kennt %3); sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>upgrading the database to schema %1 failed; it stays at schema %2: %3</source>
        <translation>die Aktualisierung der Datenbank auf Schema %1 ist fehlgeschlagen; sie bleibt bei Schema %2: %3</translation>
    </message>
    <message>
        <source>the search index cannot be rebuilt: %1</source>
        <translation>der Suchindex kann nicht neu aufgebaut werden: %1</translation>
    </message>
    <message>
        <source>the database is busy: another program kept it locked for too long</source>
        <translation>die Datenbank ist belegt: ein anderes Programm hat sie zu lange gesperrt</translation>
    </message>
    <message>
        <source>the database file cannot be written (read-only)</source>
        <translation>in die Datenbankdatei kann nicht geschrieben werden (schreibgeschützt)</translation>
    </message>
    <message>
        <source>the database file could not be read or written (input/output error)</source>
        <translation>die Datenbankdatei konnte nicht gelesen oder geschrieben werden (Ein-/Ausgabefehler)</translation>
    </message>
    <message>
        <source>the database file is damaged or is not a Tidings database</source>
        <translation>die Datenbankdatei ist beschädigt oder keine Tidings-Datenbank</translation>
    </message>
    <message>
        <source>the disk holding the database is full; nothing of this change was written</source>
        <translation>der Datenträger mit der Datenbank ist voll; von dieser Änderung wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>die Datenbankdatei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>the database refused a statement (%1): %2</source>
        <translation>die Datenbank hat eine Anweisung abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>looking up feed %1 failed: %2</source>
        <translation>Nachschlagen von Feed %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>looking up folder %1 failed: %2</source>
        <translation>Nachschlagen von Ordner %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>there is no folder %1</source>
        <translation>es gibt keinen Ordner %1</translation>
    </message>
    <message>
        <source>a folder needs a name</source>
        <translation>ein Ordner braucht einen Namen</translation>
    </message>
    <message>
        <source>a feed needs an address</source>
        <translation>ein Feed braucht eine Adresse</translation>
    </message>
    <message>
        <source>there is a folder named %1 there already</source>
        <translation>dort gibt es bereits einen Ordner namens %1</translation>
    </message>
    <message>
        <source>a folder cannot be moved into itself or one of its subfolders</source>
        <translation>ein Ordner kann nicht in sich selbst oder einen seiner Unterordner verschoben werden</translation>
    </message>
    <message>
        <source>the destination already has a folder of that name</source>
        <translation>am Ziel gibt es bereits einen Ordner mit diesem Namen</translation>
    </message>
    <message>
        <source>%1 is subscribed already, as &quot;%2&quot;</source>
        <translation>%1 ist bereits abonniert, als „%2“</translation>
    </message>
    <message>
        <source>%1 is not an http or https address</source>
        <translation>%1 ist keine http- oder https-Adresse</translation>
    </message>
    <message>
        <source>an update interval cannot be negative</source>
        <translation>ein Aktualisierungsintervall kann nicht negativ sein</translation>
    </message>
    <message>
        <source>reading the mark journal</source>
        <translation>Lesen des Markierungsprotokolls</translation>
    </message>
</context>
<context>
    <name>tidings::app::AddFeedDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>Kein Ordner</translation>
    </message>
    <message>
        <source>Subscribing…</source>
        <translation>Wird abonniert…</translation>
    </message>
    <message>
        <source>Looking for feeds…</source>
        <translation>Feeds werden gesucht…</translation>
    </message>
    <message>
        <source>You are already subscribed to %1.</source>
        <translation>Sie haben %1 bereits abonniert.</translation>
    </message>
    <message>
        <source>no feed was found there</source>
        <translation>dort wurde kein Feed gefunden</translation>
    </message>
    <message>
        <source>You are already subscribed to %1 (%2).</source>
        <translation>Sie haben %1 (%2) bereits abonniert.</translation>
    </message>
    <message>
        <source>You are already subscribed to every feed this address offers.</source>
        <translation>Sie haben bereits alle Feeds abonniert, die diese Adresse anbietet.</translation>
    </message>
    <message>
        <source>Atom</source>
        <translation>Atom</translation>
    </message>
    <message>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <source>JSON Feed</source>
        <translation>JSON Feed</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(kein Titel)</translation>
    </message>
    <message>
        <source>%1 (already subscribed)</source>
        <translation>%1 (bereits abonniert)</translation>
    </message>
    <message>
        <source>The feed could not be saved: %1</source>
        <translation>Der Feed konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>tidings::app::ArticleHtml</name>
    <message>
        <source>%1, %2</source>
        <comment>article date: the date, the time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>This item has no text.</source>
        <translation>Dieser Artikel hat keinen Text.</translation>
    </message>
    <message>
        <source>Welcome to Tidings</source>
        <translation>Willkommen bei Tidings</translation>
    </message>
    <message>
        <source>Tidings keeps up with the sites you follow. Subscribe to a feed to begin, or bring your subscriptions over from another reader.</source>
        <translation>Tidings hält Sie über die Websites auf dem Laufenden, denen Sie folgen. Abonnieren Sie zu Beginn einen Feed oder übernehmen Sie Ihre Abonnements aus einem anderen Feedreader.</translation>
    </message>
    <message>
        <source>Add feed…</source>
        <translation>Feed hinzufügen…</translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation>OPML importieren…</translation>
    </message>
    <message>
        <source>Articles open here. Press Space to scroll and to move on to the next unread one.</source>
        <translation>Hier werden Artikel geöffnet. Mit der Leertaste blättern Sie weiter und springen zum nächsten ungelesenen Artikel.</translation>
    </message>
    <message>
        <source>This article is too long to show here in full.</source>
        <translation>Dieser Artikel ist zu lang, um ihn hier vollständig anzuzeigen.</translation>
    </message>
    <message>
        <source>Read the rest on its site</source>
        <translation>Den Rest auf der Website lesen</translation>
    </message>
</context>
<context>
    <name>tidings::app::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>tidings::app::FeedPropertiesDialog</name>
    <message>
        <source>Properties of %1</source>
        <translation>Eigenschaften von %1</translation>
    </message>
    <message>
        <source>The feed&apos;s own title</source>
        <translation>Eigener Titel des Feeds</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>Kein Ordner</translation>
    </message>
    <message>
        <source>As the preferences say (default)</source>
        <translation>Wie in den Einstellungen (Standard)</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Alle 15 Minuten</translation>
    </message>
    <message>
        <source>Every 30 minutes</source>
        <translation>Alle 30 Minuten</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Every 2 hours</source>
        <translation>Alle 2 Stunden</translation>
    </message>
    <message>
        <source>Every 6 hours</source>
        <translation>Alle 6 Stunden</translation>
    </message>
    <message>
        <source>Every 12 hours</source>
        <translation>Alle 12 Stunden</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translation>Einmal täglich</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Im Abstand von %n Minute</numerusform>
            <numerusform>Alle %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>As the preferences say (now: load them)</source>
        <translation>Wie in den Einstellungen (derzeit: laden)</translation>
    </message>
    <message>
        <source>As the preferences say (now: do not load them)</source>
        <translation>Wie in den Einstellungen (derzeit: nicht laden)</translation>
    </message>
    <message>
        <source>Always load them</source>
        <translation>Immer laden</translation>
    </message>
    <message>
        <source>Never load them</source>
        <translation>Nie laden</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <source>Moved to a new address</source>
        <translation>Zu einer neuen Adresse umgezogen</translation>
    </message>
    <message>
        <source>Gone: the server says it no longer exists</source>
        <translation>Entfernt: laut Server existiert er nicht mehr</translation>
    </message>
    <message>
        <source>Failing (failed checks in a row: %1)</source>
        <translation>Fehlerhaft (fehlgeschlagene Prüfungen in Folge: %1)</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>Keine angegeben</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1 (last success: %2)</source>
        <translation>%1 (zuletzt erfolgreich: %2)</translation>
    </message>
    <message>
        <source>%1 (never successful)</source>
        <translation>%1 (nie erfolgreich)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>%1 in all, %2 unread</source>
        <translation>%1 insgesamt, %2 ungelesen</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>tidings::app::ItemListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Stern</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>tidings::app::MainWindow</name>
    <message>
        <source>About Tidings</source>
        <translation>Über Tidings</translation>
    </message>
    <message>
        <source>Tidings %1
A fast, safe desktop feed reader.</source>
        <translation>Tidings %1
Ein schneller, sicherer Feedreader für den Desktop.</translation>
    </message>
    <message>
        <source>No unread items left</source>
        <translation>Keine ungelesenen Artikel mehr</translation>
    </message>
    <message>
        <source>This item has no web address to open</source>
        <translation>Dieser Artikel hat keine Webadresse zum Öffnen</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Failing Feeds</source>
        <translation>Fehlerhafte Feeds</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) could not be refreshed.</source>
        <translation>
            <numerusform>%n Feed konnte nicht aktualisiert werden.</numerusform>
            <numerusform>%n Feeds konnten nicht aktualisiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The items cannot be read from the database</source>
        <translation>Die Artikel können nicht aus der Datenbank gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) unread again</source>
        <translation>
            <numerusform>%n Artikel wieder ungelesen</numerusform>
            <numerusform>%n Artikel wieder ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>This feed names no web site</source>
        <translation>Dieser Feed nennt keine Website</translation>
    </message>
    <message>
        <source>The new theme is used from the next start of Tidings</source>
        <translation>Das neue Design wird ab dem nächsten Start von Tidings verwendet</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Open Web Site</source>
        <translation>Website öffnen</translation>
    </message>
    <message>
        <source>Copy Feed Address</source>
        <translation>Feed-Adresse kopieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Move To</source>
        <translation>Verschieben nach</translation>
    </message>
    <message>
        <source>Top Level</source>
        <translation>Oberste Ebene</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1” and delete its items?</source>
        <translation>„%1“ abbestellen und seine Artikel löschen?</translation>
    </message>
    <message>
        <source>Delete the folder “%1”? Its feeds move to the top level.</source>
        <translation>Den Ordner „%1“ löschen? Seine Feeds werden auf die oberste Ebene verschoben.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n item(s) read. Undo with %1.</source>
        <extracomment>All unread items everywhere were marked. %1 is the Undo shortcut.</extracomment>
        <translation>
            <numerusform>%n Artikel als gelesen markiert. Rückgängig mit %1.</numerusform>
            <numerusform>%n Artikel als gelesen markiert. Rückgängig mit %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n item(s) read in %1. Undo with %2.</source>
        <extracomment>%1 is the name of a feed, folder or view (All Items, Starred…), %2 the Undo shortcut.</extracomment>
        <translation>
            <numerusform>%n Artikel in %1 als gelesen markiert. Rückgängig mit %2.</numerusform>
            <numerusform>%n Artikel in %1 als gelesen markiert. Rückgängig mit %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tidings opens feed addresses and OPML files; %n argument(s) were neither</source>
        <translation>
            <numerusform>Tidings öffnet Feed-Adressen und OPML-Dateien; %n Argument war nichts davon</numerusform>
            <numerusform>Tidings öffnet Feed-Adressen und OPML-Dateien; %n Argumente waren nichts davon</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Subscriptions</source>
        <translation>Abonnements importieren</translation>
    </message>
    <message>
        <source>Import the subscriptions listed in “%1”?</source>
        <translation>Die in „%1“ aufgeführten Abonnements importieren?</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation>Aus %1 wurde nichts importiert:
%2</translation>
    </message>
    <message>
        <source>&amp;Pause Automatic Refresh</source>
        <translation>Automatische Aktualisierung &amp;pausieren</translation>
    </message>
    <message>
        <source>Automatic refresh paused</source>
        <translation>Automatische Aktualisierung pausiert</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <extracomment>The item list&apos;s title after a click on the new-items notification: what it announced.</extracomment>
        <translation>
            <numerusform>%n neuer Artikel</numerusform>
            <numerusform>%n neue Artikel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::app::OpmlSummaryDialog</name>
    <message>
        <source>Import Subscriptions</source>
        <translation>Abonnements importieren</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <source>Feeds added: %1</source>
        <translation>Hinzugefügte Feeds: %1</translation>
    </message>
    <message>
        <source>Already subscribed: %1</source>
        <translation>Bereits abonniert: %1</translation>
    </message>
    <message>
        <source>Folders created: %1</source>
        <translation>Angelegte Ordner: %1</translation>
    </message>
    <message>
        <source>Repeated in the file, skipped: %1</source>
        <translation>In der Datei wiederholt, übersprungen: %1</translation>
    </message>
    <message>
        <source>Entries skipped: %1</source>
        <translation>Übersprungene Einträge: %1</translation>
    </message>
    <message>
        <source>Skipped or repaired while reading the file:</source>
        <translation>Beim Lesen der Datei übersprungen oder repariert:</translation>
    </message>
</context>
<context>
    <name>tidings::app::PreferencesDialog</name>
    <message>
        <source>Wide: subscriptions, list and article side by side</source>
        <translation>Breit: Abonnements, Liste und Artikel nebeneinander</translation>
    </message>
    <message>
        <source>Classic: the list above the article</source>
        <translation>Klassisch: die Liste über dem Artikel</translation>
    </message>
    <message>
        <source>As the desktop is</source>
        <translation>Wie die Arbeitsumgebung</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the default keys</source>
        <translation>Zurück zu den Standardtasten</translation>
    </message>
    <message>
        <source>“%1” and “%2” both use %3.</source>
        <translation>„%1“ und „%2“ verwenden beide %3.</translation>
    </message>
    <message>
        <source>Give one of them other keys before saving.</source>
        <translation>Weisen Sie einer der beiden Aktionen vor dem Speichern andere Tasten zu.</translation>
    </message>
    <message>
        <source>Every feed, unless its properties say no</source>
        <translation>Alle Feeds, sofern ihre Eigenschaften es nicht ausschließen</translation>
    </message>
    <message>
        <source>Only the feeds chosen in their properties</source>
        <translation>Nur die in ihren Eigenschaften gewählten Feeds</translation>
    </message>
</context>
<context>
    <name>tidings::app::RefreshStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Show the feeds that could not be refreshed</source>
        <translation>Die Feeds anzeigen, die nicht aktualisiert werden konnten</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %1 of %2 feeds, %n new item(s)</source>
        <translation>
            <numerusform>%1 von %2 Feeds werden aktualisiert, %n neuer Artikel</numerusform>
            <numerusform>%1 von %2 Feeds werden aktualisiert, %n neue Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh cancelled at %1</source>
        <translation>Aktualisierung um %1 abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>Last refresh %1, %n new item(s)</source>
        <translation>
            <numerusform>Zuletzt aktualisiert um %1, %n neuer Artikel</numerusform>
            <numerusform>Zuletzt aktualisiert um %1, %n neue Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing feed(s)</source>
        <translation>
            <numerusform>%n fehlerhafter Feed</numerusform>
            <numerusform>%n fehlerhafte Feeds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::app::StoreOpeningDialog</name>
    <message>
        <source>This happens once after an update.</source>
        <translation>Das passiert einmal nach einem Update.</translation>
    </message>
    <message>
        <source>Upgrading the database to this version of Tidings. A copy of the previous one is kept in the profile folder.</source>
        <translation>Die Datenbank wird auf diese Version von Tidings umgestellt. Eine Kopie der bisherigen bleibt im Profilordner.</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilding the search index: %L1 of %Ln item(s).</source>
        <translation>
            <numerusform>Der Suchindex wird neu aufgebaut: %L1 von %Ln Artikel.</numerusform>
            <numerusform>Der Suchindex wird neu aufgebaut: %L1 von %Ln Artikeln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::app::SubscriptionModel</name>
    <message>
        <source>All items</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Mit Stern</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This feed is gone; it is no longer fetched.</source>
        <translation>Dieser Feed existiert nicht mehr; er wird nicht mehr abgerufen.</translation>
    </message>
    <message>
        <source>This feed is gone; it is no longer fetched: %1</source>
        <translation>Dieser Feed existiert nicht mehr; er wird nicht mehr abgerufen: %1</translation>
    </message>
    <message>
        <source>This feed moved permanently; it is now fetched from %1</source>
        <translation>Dieser Feed ist dauerhaft umgezogen; er wird jetzt von %1 abgerufen</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message numerus="yes">
        <source>Fetching failed %n time(s) in a row: %1</source>
        <extracomment>%1 is the error of the last fetch.</extracomment>
        <translation>
            <numerusform>Der Abruf ist %n-mal in Folge fehlgeschlagen: %1</numerusform>
            <numerusform>Der Abruf ist %n-mal in Folge fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::app::TrayIcon</name>
    <message>
        <source>&amp;Hide Tidings</source>
        <translation>Tidings &amp;verbergen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Show Tidings</source>
        <translation>Tidings an&amp;zeigen</translation>
    </message>
</context>
<context>
    <name>tidings::cli::Cli</name>
    <message>
        <source>Put the feed in folder &lt;name&gt; (a/b for nested folders).</source>
        <translation>Den Feed in den Ordner &lt;name&gt; legen (a/b für verschachtelte Ordner).</translation>
    </message>
    <message>
        <source>Call the feed &lt;title&gt; instead of its own title.</source>
        <translation>Dem Feed den Titel &lt;title&gt; statt seines eigenen geben.</translation>
    </message>
    <message>
        <source>The feed&apos;s address, or a web page that announces feeds.</source>
        <translation>Die Adresse des Feeds oder eine Webseite, die auf Feeds verweist.</translation>
    </message>
    <message>
        <source>Usage: tidings-cli add URL [--folder NAME] [--title T]</source>
        <translation>Aufruf: tidings-cli add URL [--folder NAME] [--title T]</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>not an http or https address</source>
        <translation>keine http- oder https-Adresse</translation>
    </message>
    <message>
        <source>--folder needs a name</source>
        <translation>--folder braucht einen Namen</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>no feed was found there</source>
        <translation>dort wurde kein Feed gefunden</translation>
    </message>
    <message>
        <source>already subscribed: %1 (feed %2)
</source>
        <translation>bereits abonniert: %1 (Feed %2)
</translation>
    </message>
    <message numerus="yes">
        <source>subscribed to %1 (%2) as feed %3: %n item(s)
</source>
        <translation>
            <numerusform>abonniert: %1 (%2) als Feed %3: %n Artikel
</numerusform>
            <numerusform>abonniert: %1 (%2) als Feed %3: %n Artikel
</numerusform>
        </translation>
    </message>
    <message>
        <source>the first fetch failed: %1
</source>
        <translation>der erste Abruf ist fehlgeschlagen: %1
</translation>
    </message>
    <message>
        <source>also offered: %1%2
</source>
        <translation>ebenfalls angeboten: %1%2
</translation>
    </message>
    <message>
        <source>Print one JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>Usage: tidings-cli feeds [--json]</source>
        <translation>Aufruf: tidings-cli feeds [--json]</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>ungelesen</translation>
    </message>
    <message>
        <source>Only the items of feed &lt;id&gt;.</source>
        <translation>Nur die Artikel des Feeds &lt;id&gt;.</translation>
    </message>
    <message>
        <source>Only unread items.</source>
        <translation>Nur ungelesene Artikel.</translation>
    </message>
    <message>
        <source>Only starred items.</source>
        <translation>Nur Artikel mit Stern.</translation>
    </message>
    <message>
        <source>Only items whose title, authors or text contain the words of &lt;text&gt;.</source>
        <translation>Nur Artikel, deren Titel, Autoren oder Text die Wörter aus &lt;text&gt; enthalten.</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; items.</source>
        <translation>Höchstens &lt;n&gt; Artikel.</translation>
    </message>
    <message>
        <source>Usage: tidings-cli items [--feed ID] [--unread] [--starred] [--search TEXT] [--limit N] [--json]</source>
        <translation>Aufruf: tidings-cli items [--feed ID] [--unread] [--starred] [--search TEXT] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>--feed needs a feed id, not &quot;%1&quot;</source>
        <translation>--feed braucht eine Feed-ID, nicht „%1“</translation>
    </message>
    <message>
        <source>--limit needs a number, not &quot;%1&quot;</source>
        <translation>--limit braucht eine Zahl, nicht „%1“</translation>
    </message>
    <message>
        <source>Mark every item of feed &lt;id&gt; read.</source>
        <translation>Alle Artikel des Feeds &lt;id&gt; als gelesen markieren.</translation>
    </message>
    <message>
        <source>Mark item &lt;id&gt; read.</source>
        <translation>Artikel &lt;id&gt; als gelesen markieren.</translation>
    </message>
    <message>
        <source>Mark every item read.</source>
        <translation>Alle Artikel als gelesen markieren.</translation>
    </message>
    <message>
        <source>Usage: tidings-cli mark-read (--feed ID | --item ID | --all)</source>
        <translation>Aufruf: tidings-cli mark-read (--feed ID | --item ID | --all)</translation>
    </message>
    <message>
        <source>give exactly one of --feed, --item and --all</source>
        <translation>geben Sie genau eine der Optionen --feed, --item und --all an</translation>
    </message>
    <message>
        <source>an id is a positive number</source>
        <translation>eine ID ist eine positive Zahl</translation>
    </message>
    <message>
        <source>mark-read</source>
        <translation>mark-read</translation>
    </message>
    <message>
        <source>there is no feed with id %1</source>
        <translation>es gibt keinen Feed mit der ID %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) marked read
</source>
        <translation>
            <numerusform>%n Artikel als gelesen markiert
</numerusform>
            <numerusform>%n Artikel als gelesen markiert
</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: tidings-cli [--profile DIR] &lt;verb&gt; [options]

Verbs:
  parse FILE|URL|- [--base URL] [--raw]   print one feed document as normalized JSON
  add URL [--folder NAME] [--title T]     subscribe (a web page is searched for its feeds)
  import FILE.opml                        import subscriptions and folders
  export FILE.opml|-                      export every subscription, folders kept
  refresh [--jobs N] [--feed ID]          fetch, parse and store every feed (or one)
  feeds [--json]                          list subscriptions
  items [--feed ID] [--unread] [--starred] [--search TEXT] [--limit N] [--json]
                                          list stored items, newest first
  mark-read (--feed ID | --item ID | --all)  mark items read

Options:
  --profile DIR   the folder holding the database and settings
                  (default: $TIDINGS_PROFILE, else the application data folder)
  --version       print the version
  --help          print this help; &apos;tidings-cli &lt;verb&gt; --help&apos; for a verb
</source>
        <translation>Aufruf: tidings-cli [--profile DIR] &lt;verb&gt; [options]

Befehle:
  parse FILE|URL|- [--base URL] [--raw]   ein Feed-Dokument als normalisiertes JSON ausgeben
  add URL [--folder NAME] [--title T]     abonnieren (eine Webseite wird nach Feeds durchsucht)
  import FILE.opml                        Abonnements und Ordner importieren
  export FILE.opml|-                      alle Abonnements mitsamt Ordnern exportieren
  refresh [--jobs N] [--feed ID]          alle Feeds (oder einen) abrufen, auswerten und speichern
  feeds [--json]                          Abonnements auflisten
  items [--feed ID] [--unread] [--starred] [--search TEXT] [--limit N] [--json]
                                          gespeicherte Artikel auflisten, neueste zuerst
  mark-read (--feed ID | --item ID | --all)  Artikel als gelesen markieren

Optionen:
  --profile DIR   der Ordner mit der Datenbank und den Einstellungen
                  (Standard: $TIDINGS_PROFILE, sonst der Ordner für Anwendungsdaten)
  --version       die Version ausgeben
  --help          diese Hilfe ausgeben; &apos;tidings-cli &lt;verb&gt; --help&apos; für einen Befehl
</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>no verb given; usage: tidings-cli [--profile DIR] &lt;verb&gt; [options]</source>
        <translation>kein Befehl angegeben; Aufruf: tidings-cli [--profile DIR] &lt;verb&gt; [options]</translation>
    </message>
    <message>
        <source>unknown verb</source>
        <translation>unbekannter Befehl</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>tidings-cli: %1: warning: %2</source>
        <translation>tidings-cli: %1: Warnung: %2</translation>
    </message>
    <message>
        <source>Usage: tidings-cli import FILE.opml</source>
        <translation>Aufruf: tidings-cli import FILE.opml</translation>
    </message>
    <message>
        <source>The OPML file to import.</source>
        <translation>Die zu importierende OPML-Datei.</translation>
    </message>
    <message>
        <source>%1; nothing was imported</source>
        <translation>%1; es wurde nichts importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) imported</source>
        <translation>
            <numerusform>%n Abonnement importiert</numerusform>
            <numerusform>%n Abonnements importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new folder(s)</source>
        <translation>
            <numerusform>%n neuer Ordner</numerusform>
            <numerusform>%n neue Ordner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed</source>
        <translation>
            <numerusform>%n bereits abonniert</numerusform>
            <numerusform>%n bereits abonniert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) in the file skipped</source>
        <translation>
            <numerusform>%n Duplikat in der Datei übersprungen</numerusform>
            <numerusform>%n Duplikate in der Datei übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) rejected</source>
        <translation>
            <numerusform>%n Eintrag abgelehnt</numerusform>
            <numerusform>%n Einträge abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>separates the counts of an import summary</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Usage: tidings-cli export FILE.opml|-</source>
        <translation>Aufruf: tidings-cli export FILE.opml|-</translation>
    </message>
    <message>
        <source>Where to write the OPML file; - for standard output.</source>
        <translation>Wohin die OPML-Datei geschrieben wird; - für die Standardausgabe.</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) exported
</source>
        <translation>
            <numerusform>%n Abonnement exportiert
</numerusform>
            <numerusform>%n Abonnements exportiert
</numerusform>
        </translation>
    </message>
    <message>
        <source>tidings-cli: %1 (see tidings-cli --help)</source>
        <translation>tidings-cli: %1 (siehe tidings-cli --help)</translation>
    </message>
    <message>
        <source>tidings-cli %1: %2 (see tidings-cli %1 --help)</source>
        <translation>tidings-cli %1: %2 (siehe tidings-cli %1 --help)</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>expected exactly one %1</source>
        <translation>genau eine %1 erwartet</translation>
    </message>
    <message>
        <source>Parse one feed document and print it as normalized JSON.</source>
        <translation>Ein Feed-Dokument auswerten und als normalisiertes JSON ausgeben.</translation>
    </message>
    <message>
        <source>A file, - for standard input, or an http, https or file URL.</source>
        <translation>Eine Datei, - für die Standardeingabe, oder eine http-, https- oder file-URL.</translation>
    </message>
    <message>
        <source>Resolve relative URLs against &lt;url&gt; when the document does not say otherwise.</source>
        <translation>Relative URLs gegen &lt;url&gt; auflösen, wenn das Dokument nichts anderes angibt.</translation>
    </message>
    <message>
        <source>Print summary and content as the document had them (not sanitized).</source>
        <translation>Zusammenfassung und Inhalt so ausgeben, wie sie im Dokument stehen (nicht bereinigt).</translation>
    </message>
    <message>
        <source>Usage: tidings-cli parse [options] FILE|URL|-</source>
        <translation>Aufruf: tidings-cli parse [options] FILE|URL|-</translation>
    </message>
    <message>
        <source>file or URL</source>
        <translation>Datei oder URL</translation>
    </message>
    <message>
        <source>--base needs an absolute URL, not &quot;%1&quot;</source>
        <translation>--base braucht eine absolute URL, nicht „%1“</translation>
    </message>
    <message>
        <source>failed   %1: %2</source>
        <translation>Fehler      %1: %2</translation>
    </message>
    <message>
        <source>same     %1</source>
        <translation>unverändert %1</translation>
    </message>
    <message>
        <source>Fetch at most &lt;n&gt; feeds at once (default 16).</source>
        <translation>Höchstens &lt;n&gt; Feeds gleichzeitig abrufen (Standard: 16).</translation>
    </message>
    <message>
        <source>Refresh only feed &lt;id&gt;.</source>
        <translation>Nur den Feed &lt;id&gt; aktualisieren.</translation>
    </message>
    <message>
        <source>Usage: tidings-cli refresh [--jobs N] [--feed ID]</source>
        <translation>Aufruf: tidings-cli refresh [--jobs N] [--feed ID]</translation>
    </message>
    <message>
        <source>--jobs needs a number from 1 to 256, not &quot;%1&quot;</source>
        <translation>--jobs braucht eine Zahl von 1 bis 256, nicht „%1“</translation>
    </message>
    <message>
        <source>refresh</source>
        <translation>refresh</translation>
    </message>
    <message numerus="yes">
        <source>%1/%2 feeds, %n new item(s)</source>
        <translation>
            <numerusform>%1/%2 Feeds, %n neuer Artikel</numerusform>
            <numerusform>%1/%2 Feeds, %n neue Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>the subscriptions could not be read</source>
        <translation>die Abonnements konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: %2 ok, %3 failed; %4, %5 updated; %6 s
</source>
        <extracomment>%1 is &quot;&lt;n&gt; feed(s)&quot;, %4 is &quot;&lt;n&gt; new item(s)&quot;, %6 the seconds it took</extracomment>
        <translation>%1: %2 ok, %3 fehlgeschlagen; %4, %5 aktualisiert; %6 s
</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s)</source>
        <translation>
            <numerusform>%n Feed</numerusform>
            <numerusform>%n Feeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n neuer Artikel</numerusform>
            <numerusform>%n neue Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok       %1: %n new</source>
        <extracomment>Keep the padding after &quot;ok&quot;: the feed names line up with those of &quot;failed&quot; and &quot;same&quot;.</extracomment>
        <translation>
            <numerusform>ok          %1: %n neu</numerusform>
            <numerusform>ok          %1: %n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n updated</source>
        <translation>
            <numerusform>, %n aktualisiert</numerusform>
            <numerusform>, %n aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>upgrading the database to this version of Tidings…</source>
        <translation>die Datenbank wird auf diese Version von Tidings umgestellt …</translation>
    </message>
    <message numerus="yes">
        <source>rebuilding the search index: %L1 of %Ln item(s)…</source>
        <translation>
            <numerusform>der Suchindex wird neu aufgebaut: %L1 von %Ln Artikel …</numerusform>
            <numerusform>der Suchindex wird neu aufgebaut: %L1 von %Ln Artikeln …</numerusform>
        </translation>
    </message>
</context>
</TS>
