<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddFeedDialog</name>
    <message>
        <source>Add Feed</source>
        <translation>Ajouter un flux</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Ad&amp;resse&#xa0;:</translation>
    </message>
    <message>
        <source>https://example.org/feed.xml, or a web site that offers feeds</source>
        <translation>https://example.org/feed.xml, ou un site web qui propose des flux</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a folder, or type the name of a new one (Parent/Child for a folder inside another)</source>
        <translation>Choisissez un dossier, ou saisissez le nom d&apos;un nouveau dossier (Parent/Enfant pour un dossier dans un autre)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Optional: the feed&apos;s own title is used otherwise</source>
        <translation>Facultatif&#xa0;: sinon, le titre donné par le flux est utilisé</translation>
    </message>
    <message>
        <source>This address offers several feeds. Check the ones to subscribe to:</source>
        <translation>Cette adresse propose plusieurs flux. Cochez ceux auxquels vous abonner&#xa0;:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Looking for feeds…</source>
        <translation>Recherche de flux…</translation>
    </message>
</context>
<context>
    <name>ContentSniffer</name>
    <message>
        <source>not text</source>
        <translation>pas du texte</translation>
    </message>
</context>
<context>
    <name>FeedAddress</name>
    <message>
        <source>Type the address of a feed or of a web site.</source>
        <translation>Saisissez l&apos;adresse d&apos;un flux ou d&apos;un site web.</translation>
    </message>
    <message>
        <source>This is not an http or https web address.</source>
        <translation>Ce n&apos;est pas une adresse web http ou https.</translation>
    </message>
</context>
<context>
    <name>FeedPropertiesDialog</name>
    <message>
        <source>Feed Properties</source>
        <translation>Propriétés du flux</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Leave empty to use the title the feed gives itself</source>
        <translation>Laisser vide pour utiliser le titre que le flux se donne</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Ad&amp;resse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Check for new items:</source>
        <translation>&amp;Vérifier les nouveaux articles&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Images in articles:</source>
        <translation>&amp;Images dans les articles&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notify me about new items of this feed</source>
        <translation>M&apos;&amp;avertir des nouveaux articles de ce flux</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Web site:</source>
        <translation>Site web&#xa0;:</translation>
    </message>
    <message>
        <source>Last checked:</source>
        <translation>Dernière vérification&#xa0;:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Dernière erreur&#xa0;:</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Articles&#xa0;:</translation>
    </message>
</context>
<context>
    <name>JsonFeed</name>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>relative &quot;%1&quot; %2 has no base URL to resolve against; dropped</source>
        <extracomment>%1 is a JSON Feed field name (keep it as it is), %2 its value.</extracomment>
        <translation>URL relative %2 du champ «&#xa0;%1&#xa0;» sans URL de base pour la résoudre&#xa0;; supprimée</translation>
    </message>
    <message>
        <source>unparseable %1 %2</source>
        <translation>%1 %2 impossible à analyser</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>article %1</translation>
    </message>
    <message>
        <source>tag %1 is %2, not a string; ignored</source>
        <translation>l&apos;étiquette %1 est %2, pas une chaîne&#xa0;; ignorée</translation>
    </message>
    <message>
        <source>has no &quot;url&quot;; ignored</source>
        <translation>pas de «&#xa0;url&#xa0;»&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>not a JSON Feed: the top level of the JSON is an array, not an object</source>
        <translation>ce n&apos;est pas un JSON Feed&#xa0;: le niveau supérieur du JSON est un tableau, pas un objet</translation>
    </message>
    <message>
        <source>not a JSON Feed: the top level of the JSON is not an object</source>
        <translation>ce n&apos;est pas un JSON Feed&#xa0;: le niveau supérieur du JSON n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>not a JSON Feed: the JSON has no &quot;items&quot; array</source>
        <translation>ce n&apos;est pas un JSON Feed&#xa0;: le JSON n&apos;a pas de tableau «&#xa0;items&#xa0;»</translation>
    </message>
    <message>
        <source>not a JSON Feed: &quot;items&quot; is %1, not an array</source>
        <translation>ce n&apos;est pas un JSON Feed&#xa0;: «&#xa0;items&#xa0;» est %1, pas un tableau</translation>
    </message>
    <message>
        <source>feed: no &quot;version&quot;; read as JSON Feed 1.1</source>
        <translation>flux&#xa0;: pas de «&#xa0;version&#xa0;»&#xa0;; lu comme JSON Feed 1.1</translation>
    </message>
    <message>
        <source>feed: unknown &quot;version&quot; %1; read as JSON Feed 1.1</source>
        <translation>flux&#xa0;: «&#xa0;version&#xa0;» %1 inconnue&#xa0;; lu comme JSON Feed 1.1</translation>
    </message>
    <message>
        <source>feed: no &quot;items&quot; array; read as a feed without items</source>
        <translation>flux&#xa0;: pas de tableau «&#xa0;items&#xa0;»&#xa0;; lu comme un flux sans articles</translation>
    </message>
    <message>
        <source>feed: &quot;items&quot; is %1, not an array; ignored</source>
        <translation>flux&#xa0;: «&#xa0;items&#xa0;» est %1, pas un tableau&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>invalid JSON (%1); what follows the JSON was ignored</source>
        <translation>JSON invalide (%1)&#xa0;; ce qui suit le JSON a été ignoré</translation>
    </message>
    <message numerus="yes">
        <source>kept the %n complete item(s) before it</source>
        <translation>
            <numerusform>%n article complet conservé avant l&apos;erreur</numerusform>
            <numerusform>%n articles complets conservés avant l&apos;erreur</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid JSON (%1); %2</source>
        <translation>JSON invalide (%1)&#xa0;; %2</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>JSON invalide à la ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 is %2, not an object; ignored</source>
        <translation>%1 est %2, pas un objet&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not a string; ignored</source>
        <extracomment>%1 is a JSON Feed field name: keep the quotes, do not translate it.</extracomment>
        <translation>«&#xa0;%1&#xa0;» est %2, pas une chaîne&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 is not an http(s) URL; dropped</source>
        <extracomment>%1 is a JSON Feed field name (keep it as it is), %2 its value.</extracomment>
        <translation>%2 du champ «&#xa0;%1&#xa0;» n&apos;est pas une URL http(s)&#xa0;; supprimée</translation>
    </message>
    <message>
        <source>%1 %2 has no time zone; UTC assumed</source>
        <extracomment>%1 is a JSON Feed field name (keep it as it is), %2 its value.</extracomment>
        <translation>%1 %2 n&apos;a pas de fuseau horaire&#xa0;; UTC supposé</translation>
    </message>
    <message>
        <source>%1: author %2</source>
        <translation>%1&#xa0;: auteur %2</translation>
    </message>
    <message>
        <source>&quot;authors&quot; is %1, not an array; ignored</source>
        <extracomment>&quot;authors&quot; is a JSON Feed field name: keep it as it is.</extracomment>
        <translation>«&#xa0;authors&#xa0;» est %1, pas un tableau&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>%1: author</source>
        <translation>%1&#xa0;: auteur</translation>
    </message>
    <message>
        <source>feed</source>
        <translation>flux</translation>
    </message>
    <message>
        <source>%1 items; only the first %2 were read</source>
        <translation>%1 articles&#xa0;; seuls les %2 premiers ont été lus</translation>
    </message>
    <message>
        <source>&quot;id&quot; is %1, not a string; ignored</source>
        <extracomment>&quot;id&quot; is a JSON Feed field name: keep it as it is.</extracomment>
        <translation>«&#xa0;id&#xa0;» est %1, pas une chaîne&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>&quot;tags&quot; is %1, not an array; ignored</source>
        <extracomment>&quot;tags&quot; is a JSON Feed field name: keep it as it is.</extracomment>
        <translation>«&#xa0;tags&#xa0;» est %1, pas un tableau&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>&quot;attachments&quot; is %1, not an array; ignored</source>
        <extracomment>&quot;attachments&quot; is a JSON Feed field name: keep it as it is.</extracomment>
        <translation>«&#xa0;attachments&#xa0;» est %1, pas un tableau&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>%1: attachment %2</source>
        <translation>%1&#xa0;: pièce jointe %2</translation>
    </message>
    <message>
        <source>&quot;url&quot; is %1, not a string; ignored</source>
        <extracomment>&quot;url&quot; is a JSON Feed field name: keep it as it is.</extracomment>
        <translation>«&#xa0;url&#xa0;» est %1, pas une chaîne&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>&quot;size_in_bytes&quot; is %1, not a number; ignored</source>
        <extracomment>&quot;size_in_bytes&quot; is a JSON Feed field name: keep it as it is.</extracomment>
        <translation>«&#xa0;size_in_bytes&#xa0;» est %1, pas un nombre&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>&quot;duration_in_seconds&quot; is %1, not a number; ignored</source>
        <extracomment>&quot;duration_in_seconds&quot; is a JSON Feed field name: keep it as it is.</extracomment>
        <translation>«&#xa0;duration_in_seconds&#xa0;» est %1, pas un nombre&#xa0;; ignoré</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Find a feed</source>
        <translation>Trouver un flux</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Search items</source>
        <translation>Rechercher des articles</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <source>Show unread items only</source>
        <translation>Afficher seulement les articles non lus</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Show starred items only</source>
        <translation>Afficher seulement les articles favoris</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Fee&amp;ds</source>
        <translation>F&amp;lux</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>A&amp;rticle</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;Add Feed…</source>
        <translation>&amp;Ajouter un flux…</translation>
    </message>
    <message>
        <source>Subscribe to a feed or a web page</source>
        <translation>S&apos;abonner à un flux ou à une page web</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>&amp;Importer un fichier OPML…</translation>
    </message>
    <message>
        <source>&amp;Export OPML…</source>
        <translation>&amp;Exporter en OPML…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Wide Layout (Three Columns)</source>
        <translation>Disposition &amp;large (trois colonnes)</translation>
    </message>
    <message>
        <source>&amp;Classic Layout (List Above Article)</source>
        <translation>Disposition &amp;classique (liste au-dessus de l&apos;article)</translation>
    </message>
    <message>
        <source>&amp;Search Items</source>
        <translation>&amp;Rechercher des articles</translation>
    </message>
    <message>
        <source>&amp;Find a Feed</source>
        <translation>Trouver un &amp;flux</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom arr&amp;ière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Refresh All</source>
        <translation>&amp;Tout actualiser</translation>
    </message>
    <message>
        <source>Fetch every feed now</source>
        <translation>Récupérer tous les flux maintenant</translation>
    </message>
    <message>
        <source>Refresh &amp;Selected</source>
        <translation>Actualiser la &amp;sélection</translation>
    </message>
    <message>
        <source>&amp;Cancel Refresh</source>
        <translation>&amp;Annuler l&apos;actualisation</translation>
    </message>
    <message>
        <source>&amp;Mark Feed Read</source>
        <translation>&amp;Marquer le flux comme lu</translation>
    </message>
    <message>
        <source>Mark every item of the selected feed, folder or view read</source>
        <translation>Marquer comme lus tous les articles du flux, du dossier ou de la vue sélectionnés</translation>
    </message>
    <message>
        <source>Mark &amp;Everything Read</source>
        <translation>Tout marquer &amp;comme lu</translation>
    </message>
    <message>
        <source>&amp;Undo Mark Read</source>
        <translation>Annuler le marquage comme l&amp;u</translation>
    </message>
    <message>
        <source>&amp;Next Item</source>
        <translation>&amp;Article suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Item</source>
        <translation>Article &amp;précédent</translation>
    </message>
    <message>
        <source>Next &amp;Unread Item</source>
        <translation>Article &amp;non lu suivant</translation>
    </message>
    <message>
        <source>Page Down or Next Unread</source>
        <translation>Page suivante ou article non lu suivant</translation>
    </message>
    <message>
        <source>Toggle &amp;Read</source>
        <translation>Inverser l&apos;état &amp;lu</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>Marquer comme &amp;favori</translation>
    </message>
    <message>
        <source>Star or unstar the selected items</source>
        <translation>Marquer les articles sélectionnés comme favoris ou les retirer des favoris</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;Copier le lien</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Propriétés…</translation>
    </message>
    <message>
        <source>Title, address, folder, update interval, images and notifications of the selected feed</source>
        <translation>Titre, adresse, dossier, intervalle de mise à jour, images et notifications du flux sélectionné</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Tidings</source>
        <translation>À &amp;propos de Tidings</translation>
    </message>
    <message>
        <source>The items the last new-items notification announced. Choose a subscription or view to leave this list.</source>
        <translation>Les articles annoncés par la dernière notification de nouveaux articles. Choisissez un abonnement ou une vue pour quitter cette liste.</translation>
    </message>
</context>
<context>
    <name>NotificationTexts</name>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n nouvel article</numerusform>
            <numerusform>%n nouveaux articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) in %1</source>
        <translation>
            <numerusform>%n nouvel article dans %1</numerusform>
            <numerusform>%n nouveaux articles dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s)</source>
        <translation>
            <numerusform>%n flux</numerusform>
            <numerusform>%n flux</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled feed</source>
        <translation>Flux sans titre</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>feed title: item title</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
%n unread item(s)</source>
        <translation>
            <numerusform>%1
%n article non lu</numerusform>
            <numerusform>%1
%n articles non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
No unread items</source>
        <translation>%1
Aucun article non lu</translation>
    </message>
</context>
<context>
    <name>Opml</name>
    <message>
        <source>the file has no outlines, so there is nothing to import</source>
        <translation>le fichier ne contient aucune entrée (outline), il n&apos;y a donc rien à importer</translation>
    </message>
    <message>
        <source>the file has outlines, but none of them is a feed subscription</source>
        <translation>le fichier contient des entrées (outline), mais aucune n&apos;est un abonnement à un flux</translation>
    </message>
    <message>
        <source>the file is not readable XML (line %1, column %2: %3)</source>
        <translation>le fichier n&apos;est pas du XML lisible (ligne %1, colonne %2&#xa0;: %3)</translation>
    </message>
    <message>
        <source>more warnings were not shown</source>
        <translation>d&apos;autres avertissements n&apos;ont pas été affichés</translation>
    </message>
    <message>
        <source>the file has no XML root element, so it is not an OPML file</source>
        <translation>le fichier n&apos;a pas d&apos;élément racine XML, ce n&apos;est donc pas un fichier OPML</translation>
    </message>
    <message>
        <source>this is a feed, not an OPML file: subscribe to its address instead</source>
        <translation>ceci est un flux, pas un fichier OPML&#xa0;: abonnez-vous plutôt à son adresse</translation>
    </message>
    <message>
        <source>this is an HTML page, not an OPML file</source>
        <translation>ceci est une page HTML, pas un fichier OPML</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;opml&gt;, so this is not an OPML file</source>
        <translation>l&apos;élément racine est &lt;%1&gt;, pas &lt;opml&gt;, ce n&apos;est donc pas un fichier OPML</translation>
    </message>
    <message>
        <source>outlines nested deeper than %1 levels were ignored</source>
        <translation>les entrées imbriquées sur plus de %1 niveaux ont été ignorées</translation>
    </message>
    <message>
        <source>the include outline &quot;%1&quot; was skipped: Tidings does not fetch other OPML files</source>
        <translation>l&apos;entrée d&apos;inclusion «&#xa0;%1&#xa0;» a été ignorée&#xa0;: Tidings ne récupère pas d&apos;autres fichiers OPML</translation>
    </message>
    <message>
        <source>the file lists more than %1 subscriptions; the rest were ignored</source>
        <translation>le fichier contient plus de %1 abonnements&#xa0;; les suivants ont été ignorés</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was skipped: its address &quot;%2&quot; is a command, not a web address</source>
        <translation>«&#xa0;%1&#xa0;» a été ignoré&#xa0;: son adresse «&#xa0;%2&#xa0;» est une commande, pas une adresse web</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was skipped: its address &quot;%2&quot; is not an http or https web address</source>
        <translation>«&#xa0;%1&#xa0;» a été ignoré&#xa0;: son adresse «&#xa0;%2&#xa0;» n&apos;est pas une adresse web http ou https</translation>
    </message>
    <message>
        <source>the user name and password in the address of &quot;%1&quot; were removed</source>
        <translation>le nom d&apos;utilisateur et le mot de passe de l&apos;adresse de «&#xa0;%1&#xa0;» ont été retirés</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed more than once; the later entry was skipped</source>
        <translation>«&#xa0;%1&#xa0;» figure plus d&apos;une fois&#xa0;; l&apos;entrée suivante a été ignorée</translation>
    </message>
    <message>
        <source>the site address &quot;%1&quot; of &quot;%2&quot; is not an http or https web address and was dropped</source>
        <translation>l&apos;adresse de site «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» n&apos;est pas une adresse web http ou https et a été supprimée</translation>
    </message>
    <message>
        <source>the file ends early (truncated?); the outlines before the break were kept</source>
        <translation>le fichier se termine prématurément (tronqué&#xa0;?)&#xa0;; les entrées précédant la coupure ont été conservées</translation>
    </message>
    <message>
        <source>%1; the rest of the file was ignored</source>
        <translation>%1&#xa0;; le reste du fichier a été ignoré</translation>
    </message>
    <message>
        <source>the file is larger than the %1 MB limit for OPML files</source>
        <translation>le fichier dépasse la limite de %1 Mo pour les fichiers OPML</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is binary data (%1), not an OPML file</source>
        <translation>le fichier contient des données binaires (%1), ce n&apos;est pas un fichier OPML</translation>
    </message>
    <message>
        <source>the file is plain text, not an OPML file</source>
        <translation>le fichier est du texte brut, pas un fichier OPML</translation>
    </message>
    <message>
        <source>the file is JSON, not an OPML file</source>
        <translation>le fichier est du JSON, pas un fichier OPML</translation>
    </message>
</context>
<context>
    <name>OpmlExport</name>
    <message>
        <source>Export Subscriptions</source>
        <translation>Exporter les abonnements</translation>
    </message>
    <message>
        <source>OPML files (*.opml);;All files (*)</source>
        <translation>Fichiers OPML (*.opml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The subscriptions could not be written to %1:
%2</source>
        <translation>Les abonnements n&apos;ont pas pu être écrits dans %1&#xa0;:
%2</translation>
    </message>
</context>
<context>
    <name>OpmlImport</name>
    <message>
        <source>Import Subscriptions</source>
        <translation>Importer des abonnements</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>Fichiers OPML (*.opml *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation>Rien n&apos;a été importé depuis %1&#xa0;:
%2</translation>
    </message>
</context>
<context>
    <name>OpmlTransfer</name>
    <message>
        <source>Tidings subscriptions</source>
        <translation>Abonnements Tidings</translation>
    </message>
</context>
<context>
    <name>ParseFeed</name>
    <message>
        <source>item %1 has no id, title, link or content and was ignored</source>
        <translation>l&apos;article %1 n&apos;a ni identifiant, ni titre, ni lien, ni contenu et a été ignoré</translation>
    </message>
    <message>
        <source>item %1 repeats the id &quot;%2&quot; of an earlier item and was dropped</source>
        <translation>l&apos;article %1 reprend l&apos;identifiant «&#xa0;%2&#xa0;» d&apos;un article précédent et a été supprimé</translation>
    </message>
    <message>
        <source>not a feed: no XML root element could be read</source>
        <translation>ce n&apos;est pas un flux&#xa0;: aucun élément racine XML n&apos;a pu être lu</translation>
    </message>
    <message>
        <source>not a feed: this is an HTML page</source>
        <translation>ce n&apos;est pas un flux&#xa0;: c&apos;est une page HTML</translation>
    </message>
    <message>
        <source>not a feed: the root element is &lt;%1&gt;</source>
        <translation>ce n&apos;est pas un flux&#xa0;: l&apos;élément racine est &lt;%1&gt;</translation>
    </message>
    <message>
        <source>raw HTML inside a description or content element is not well-formed XML; it was read as HTML text</source>
        <translation>du HTML brut dans un élément de description ou de contenu n&apos;est pas du XML bien formé&#xa0;; il a été lu comme texte HTML</translation>
    </message>
    <message>
        <source>the document is larger than the %1 MB limit</source>
        <translation>le document dépasse la limite de %1 Mo</translation>
    </message>
    <message>
        <source>not a feed: the document is empty</source>
        <translation>ce n&apos;est pas un flux&#xa0;: le document est vide</translation>
    </message>
    <message>
        <source>not a feed: the document is binary data (%1)</source>
        <translation>ce n&apos;est pas un flux&#xa0;: le document contient des données binaires (%1)</translation>
    </message>
    <message>
        <source>not a feed: the document is plain text, neither XML nor JSON</source>
        <translation>ce n&apos;est pas un flux&#xa0;: le document est du texte brut, ni XML ni JSON</translation>
    </message>
</context>
<context>
    <name>ParseWarning</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation>Actualisation</translation>
    </message>
    <message>
        <source>Check feeds &amp;every:</source>
        <translation>Vérifier les flux &amp;toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>0: only when you refresh</source>
        <translation>0&#xa0;: seulement quand vous actualisez</translation>
    </message>
    <message>
        <source>Only when I refresh</source>
        <translation>Seulement quand j&apos;actualise</translation>
    </message>
    <message>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <source>Refresh all feeds when Tidings &amp;starts</source>
        <translation>Actualiser tous les flux au &amp;démarrage de Tidings</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Mark an item read:</source>
        <translation>Marquer un article comme lu&#xa0;:</translation>
    </message>
    <message>
        <source>As soon as it is &amp;shown</source>
        <translation>Dès qu&apos;il est &amp;affiché</translation>
    </message>
    <message>
        <source>After it was shown &amp;for</source>
        <translation>Après avoir été affiché &amp;pendant</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>&amp;Never automatically (M marks it)</source>
        <translation>&amp;Jamais automatiquement (la touche M le marque)</translation>
    </message>
    <message>
        <source>Load remote &amp;images in articles</source>
        <translation>Charger les &amp;images distantes des articles</translation>
    </message>
    <message>
        <source>A feed can say otherwise in its properties</source>
        <translation>Un flux peut en décider autrement dans ses propriétés</translation>
    </message>
    <message>
        <source>Tray and notifications</source>
        <translation>Zone de notification et notifications</translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray</source>
        <translation>Afficher une icône dans la &amp;zone de notification</translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps Tidings in the tray</source>
        <translation>&amp;Fermer la fenêtre laisse Tidings dans la zone de notification</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the tray</source>
        <translation>Démarrer &amp;réduit dans la zone de notification</translation>
    </message>
    <message>
        <source>&amp;Notify me about new items</source>
        <translation>M&apos;a&amp;vertir des nouveaux articles</translation>
    </message>
    <message>
        <source>&amp;Quiet while the Tidings window is active</source>
        <translation>Rester &amp;silencieux quand la fenêtre de Tidings est active</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Article &amp;text size:</source>
        <translation>&amp;Taille du texte des articles&#xa0;:</translation>
    </message>
    <message>
        <source> px</source>
        <translation>&#xa0;px</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Disposition&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Takes effect after a restart.</source>
        <translation>Prend effet après un redémarrage.</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <source>Click a shortcut and press the new keys. Clear it for no keys at all.</source>
        <translation>Cliquez sur un raccourci et appuyez sur les nouvelles touches. Videz-le pour n&apos;attribuer aucune touche.</translation>
    </message>
    <message>
        <source>Reset &amp;All to Defaults</source>
        <translation>&amp;Tout réinitialiser aux valeurs par défaut</translation>
    </message>
    <message>
        <source>Minimi&amp;zing the window hides it in the tray</source>
        <translation>Réduire la fenêtre la &amp;cache dans la zone de notification</translation>
    </message>
    <message>
        <source>Show the &amp;unread count on the icon</source>
        <translation>Afficher le nombre d&apos;articles &amp;non lus sur l&apos;icône</translation>
    </message>
    <message>
        <source>&amp;Which feeds:</source>
        <translation>&amp;Quels flux&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>RefreshService</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>moved permanently to %1</source>
        <translation>déplacé définitivement vers %1</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>invalid UTF-8 bytes read as %1 (%2 in total)</source>
        <translation>octets UTF-8 invalides lus comme %1 (%2 au total)</translation>
    </message>
    <message>
        <source>invalid %1 byte sequences replaced by U+FFFD</source>
        <translation>séquences d&apos;octets %1 invalides remplacées par U+FFFD</translation>
    </message>
    <message>
        <source>XML declaration</source>
        <extracomment>Fills &quot;the %1 says %2&quot; and the like: where the document names its encoding.</extracomment>
        <translation>la déclaration XML</translation>
    </message>
    <message>
        <source>HTTP charset</source>
        <extracomment>Fills &quot;the %1 says %2&quot; and the like: the charset of the HTTP Content-Type.</extracomment>
        <translation>la valeur charset de l&apos;en-tête HTTP</translation>
    </message>
    <message>
        <source>the %1 names an unknown encoding &quot;%2&quot;: ignored</source>
        <translation>%1 indique un encodage inconnu «&#xa0;%2&#xa0;»&#xa0;: ignorée</translation>
    </message>
    <message>
        <source>the %1 says %2, but the document is not UTF-16 or UTF-32: ignored</source>
        <translation>%1 indique %2, mais le document n&apos;est ni en UTF-16 ni en UTF-32&#xa0;: ignorée</translation>
    </message>
    <message>
        <source>encoding %1 is not supported on this system: the %2 was ignored</source>
        <translation>l&apos;encodage %1 n&apos;est pas pris en charge sur ce système&#xa0;: %2 a été ignorée</translation>
    </message>
    <message>
        <source>the %1 says %2, the %3 says %4: followed the %3</source>
        <translation>%1 indique %2, %3 indique %4&#xa0;: %3 a été suivie</translation>
    </message>
    <message>
        <source>the %1 says %2, but the document is valid UTF-8: read as UTF-8</source>
        <translation>%1 indique %2, mais le document est de l&apos;UTF-8 valide&#xa0;: lu comme UTF-8</translation>
    </message>
</context>
<context>
    <name>XmlFeedReader</name>
    <message>
        <source>elements nested deeper than %1 levels; the rest of the document was ignored</source>
        <translation>éléments imbriqués sur plus de %1 niveaux&#xa0;; le reste du document a été ignoré</translation>
    </message>
    <message>
        <source>namespace prefix &quot;%1&quot; is not declared; its elements were ignored</source>
        <translation>le préfixe d&apos;espace de noms «&#xa0;%1&#xa0;» n&apos;est pas déclaré&#xa0;; ses éléments ont été ignorés</translation>
    </message>
    <message>
        <source>namespace prefix &quot;%1&quot; is not declared; read as the usual namespace</source>
        <translation>le préfixe d&apos;espace de noms «&#xa0;%1&#xa0;» n&apos;est pas déclaré&#xa0;; lu comme l&apos;espace de noms habituel</translation>
    </message>
    <message>
        <source>unparseable date &quot;%1&quot;</source>
        <translation>date «&#xa0;%1&#xa0;» impossible à analyser</translation>
    </message>
    <message>
        <source>date &quot;%1&quot; has no usable time zone; read as UTC</source>
        <translation>la date «&#xa0;%1&#xa0;» n&apos;a pas de fuseau horaire utilisable&#xa0;; lue comme UTC</translation>
    </message>
    <message>
        <source>more warnings were suppressed</source>
        <translation>les avertissements suivants ont été masqués</translation>
    </message>
    <message>
        <source>content after the end of the root element was ignored</source>
        <translation>le contenu situé après la fin de l&apos;élément racine a été ignoré</translation>
    </message>
    <message>
        <source>the document ends early (truncated?); what was read up to the break was kept</source>
        <translation>le document se termine prématurément (tronqué&#xa0;?)&#xa0;; ce qui a été lu jusqu&apos;à la coupure a été conservé</translation>
    </message>
    <message>
        <source>%1; the rest of the document was ignored</source>
        <extracomment>%1 is Qt&apos;s description of the XML error.</extracomment>
        <translation>%1&#xa0;; le reste du document a été ignoré</translation>
    </message>
</context>
<context>
    <name>XmlRepair</name>
    <message>
        <source>text before the first tag removed (%1 in total)</source>
        <translation>texte avant la première balise supprimé (%1 au total)</translation>
    </message>
    <message>
        <source>entity declarations in the DTD were ignored (%1 in total)</source>
        <translation>déclarations d&apos;entités de la DTD ignorées (%1 au total)</translation>
    </message>
    <message>
        <source>bare &apos;&amp;&apos; escaped (%1 in total)</source>
        <translation>esperluettes («&#xa0;&amp;&#xa0;») isolées échappées (%1 au total)</translation>
    </message>
    <message>
        <source>HTML entities replaced by their characters (%1 in total)</source>
        <translation>entités HTML remplacées par leurs caractères (%1 au total)</translation>
    </message>
    <message>
        <source>undeclared entities kept as text (%1 in total)</source>
        <translation>entités non déclarées conservées comme texte (%1 au total)</translation>
    </message>
    <message>
        <source>references to characters XML forbids replaced by U+FFFD (%1 in total)</source>
        <translation>références à des caractères interdits en XML remplacées par U+FFFD (%1 au total)</translation>
    </message>
    <message>
        <source>characters XML forbids removed (%1 in total)</source>
        <translation>caractères interdits en XML supprimés (%1 au total)</translation>
    </message>
    <message>
        <source>&apos;&lt;&apos; starting no tag escaped (%1 in total)</source>
        <translation>chevrons (&lt;) n&apos;ouvrant aucune balise échappés (%1 au total)</translation>
    </message>
    <message>
        <source>&apos;]]&gt;&apos; outside CDATA escaped (%1 in total)</source>
        <translation>séquences «&#xa0;]]&gt;&#xa0;» hors d&apos;une section CDATA échappées (%1 au total)</translation>
    </message>
    <message>
        <source>HTML void elements closed (%1 in total)</source>
        <translation>éléments HTML vides fermés (%1 au total)</translation>
    </message>
    <message>
        <source>unclosed elements closed (%1 in total)</source>
        <translation>éléments non fermés refermés (%1 au total)</translation>
    </message>
    <message>
        <source>end tags closing no element dropped (%1 in total)</source>
        <translation>balises de fin ne fermant aucun élément supprimées (%1 au total)</translation>
    </message>
    <message>
        <source>attribute values quoted (%1 in total)</source>
        <translation>valeurs d&apos;attributs mises entre guillemets (%1 au total)</translation>
    </message>
    <message>
        <source>attributes without a value given an empty one (%1 in total)</source>
        <translation>attributs sans valeur dotés d&apos;une valeur vide (%1 au total)</translation>
    </message>
    <message>
        <source>duplicate attributes dropped (%1 in total)</source>
        <translation>attributs en double supprimés (%1 au total)</translation>
    </message>
    <message>
        <source>attributes beyond a tag&apos;s first 256 or 64 KB dropped (%1 in total)</source>
        <translation>attributs au-delà des 256 premiers ou des 64 premiers Ko d&apos;une balise supprimés (%1 au total)</translation>
    </message>
    <message>
        <source>attributes with invalid names dropped (%1 in total)</source>
        <translation>attributs aux noms invalides supprimés (%1 au total)</translation>
    </message>
    <message>
        <source>malformed tags mended (%1 in total)</source>
        <translation>balises mal formées réparées (%1 au total)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A fast, safe desktop feed reader</source>
        <translation>Un lecteur de flux rapide et sûr pour le bureau</translation>
    </message>
    <message>
        <source>The folder holding the database and settings.</source>
        <translation>Le dossier contenant la base de données et les réglages.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Tidings cannot open its profile.</source>
        <translation>Tidings ne peut pas ouvrir son profil.</translation>
    </message>
    <message>
        <source>Feed addresses (https://…, feed:…) to subscribe to, or OPML files to import.</source>
        <translation>Adresses de flux (https://…, feed:…) auxquelles s&apos;abonner, ou fichiers OPML à importer.</translation>
    </message>
    <message>
        <source>[address or file…]</source>
        <translation>[adresse ou fichier…]</translation>
    </message>
    <message>
        <source>Tidings is already running with this profile but does not answer.</source>
        <translation>Tidings est déjà lancé avec ce profil mais ne répond pas.</translation>
    </message>
</context>
<context>
    <name>tidings::FeedFetcher</name>
    <message>
        <source>the fetch was cancelled</source>
        <translation>la récupération a été annulée</translation>
    </message>
</context>
<context>
    <name>tidings::FeedProbe</name>
    <message>
        <source>no feed was found on %1</source>
        <translation>aucun flux n&apos;a été trouvé sur %1</translation>
    </message>
</context>
<context>
    <name>tidings::FetchJob</name>
    <message>
        <source>no complete answer within %1 seconds</source>
        <translation>aucune réponse complète en %1 secondes</translation>
    </message>
    <message>
        <source>only http and https addresses can be fetched</source>
        <translation>seules les adresses http et https peuvent être récupérées</translation>
    </message>
    <message>
        <source>the fetch was cancelled</source>
        <translation>la récupération a été annulée</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>plus de %1 redirections</translation>
    </message>
    <message>
        <source>a redirect to a %1: address was refused</source>
        <translation>une redirection vers une adresse %1: a été refusée</translation>
    </message>
    <message>
        <source>a redirect from https to plain http was refused</source>
        <translation>une redirection de https vers http simple a été refusée</translation>
    </message>
    <message>
        <source>a redirect into the local network (%1) was refused</source>
        <translation>une redirection vers le réseau local (%1) a été refusée</translation>
    </message>
    <message>
        <source>the response is too large (%1 bytes, the limit is %2)</source>
        <translation>la réponse est trop volumineuse (%1 octets, la limite est de %2)</translation>
    </message>
    <message>
        <source>the response is larger than the limit of %1 bytes</source>
        <translation>la réponse dépasse la limite de %1 octets</translation>
    </message>
    <message>
        <source>not modified since the last fetch</source>
        <translation>non modifié depuis la dernière récupération</translation>
    </message>
    <message>
        <source>the connection ended after %1 of the %2 bytes the server announced</source>
        <translation>la connexion s&apos;est terminée après %1 des %2 octets annoncés par le serveur</translation>
    </message>
    <message>
        <source>the feed has moved permanently to %1</source>
        <translation>le flux a été déplacé définitivement vers %1</translation>
    </message>
    <message>
        <source>the server sent the same document again</source>
        <translation>le serveur a renvoyé le même document</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>le serveur a répondu HTTP %1 %2</translation>
    </message>
    <message>
        <source>the feed is gone for good (HTTP 410)</source>
        <translation>le flux a disparu définitivement (HTTP 410)</translation>
    </message>
    <message numerus="yes">
        <source>the server asks to wait %n second(s) before the next fetch (HTTP %1)</source>
        <translation>
            <numerusform>le serveur demande d&apos;attendre %n seconde avant la prochaine récupération (HTTP %1)</numerusform>
            <numerusform>le serveur demande d&apos;attendre %n secondes avant la prochaine récupération (HTTP %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>the server says there were too many requests (HTTP %1)</source>
        <translation>le serveur signale trop de requêtes (HTTP %1)</translation>
    </message>
    <message>
        <source>the compressed response expands to more than is safe to decode</source>
        <translation>la réponse compressée se décompresse au-delà de ce qui peut être décodé sans risque</translation>
    </message>
    <message>
        <source>the compressed response could not be decoded: it is corrupt or expands too far</source>
        <translation>la réponse compressée n&apos;a pas pu être décodée&#xa0;: elle est corrompue ou se décompresse trop</translation>
    </message>
    <message numerus="yes">
        <source>the server stopped sending data for %n second(s)</source>
        <translation>
            <numerusform>le serveur n&apos;a plus envoyé de données pendant %n seconde</numerusform>
            <numerusform>le serveur n&apos;a plus envoyé de données pendant %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>the secure connection failed: %1</source>
        <translation>la connexion sécurisée a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>le serveur a refusé la connexion</translation>
    </message>
    <message>
        <source>the server name %1 could not be found</source>
        <translation>le nom de serveur %1 est introuvable</translation>
    </message>
    <message>
        <source>the connection failed: %1</source>
        <translation>la connexion a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %1 seconds (%n of them waiting for memory that other downloads held)</source>
        <translation>
            <numerusform>aucune réponse complète en %1 secondes (dont %n seconde à attendre la mémoire occupée par d&apos;autres téléchargements)</numerusform>
            <numerusform>aucune réponse complète en %1 secondes (dont %n secondes à attendre la mémoire occupée par d&apos;autres téléchargements)</numerusform>
        </translation>
    </message>
    <message>
        <source>the response is too large to receive alongside the other downloads: %1 bytes so far, and all of them together may hold %2 bytes</source>
        <translation>la réponse est trop volumineuse pour être reçue en même temps que les autres téléchargements&#xa0;: %1 octets jusqu&apos;ici, et tous ensemble peuvent occuper au plus %2 octets</translation>
    </message>
</context>
<context>
    <name>tidings::Language</name>
    <message>
        <source>English</source>
        <extracomment>The name of the language you translate into, in that language (&quot;Deutsch&quot;, &quot;Français&quot;): Preferences lists the languages so.</extracomment>
        <translation>Français</translation>
    </message>
</context>
<context>
    <name>tidings::Profile</name>
    <message>
        <source>this system has no folder for application data; choose one with --profile</source>
        <translation>ce système n&apos;a pas de dossier pour les données d&apos;application&#xa0;; choisissez-en un avec --profile</translation>
    </message>
    <message>
        <source>the profile folder %1 cannot be created</source>
        <translation>le dossier de profil %1 ne peut pas être créé</translation>
    </message>
</context>
<context>
    <name>tidings::Store</name>
    <message>
        <source>looking up an item</source>
        <translation>la recherche d&apos;un article</translation>
    </message>
    <message>
        <source>storing an item</source>
        <translation>l&apos;enregistrement d&apos;un article</translation>
    </message>
    <message>
        <source>updating an item</source>
        <translation>la mise à jour d&apos;un article</translation>
    </message>
    <message>
        <source>reading the folders</source>
        <translation>la lecture des dossiers</translation>
    </message>
    <message>
        <source>reading the feeds</source>
        <translation>la lecture des flux</translation>
    </message>
    <message>
        <source>reading items</source>
        <translation>la lecture des articles</translation>
    </message>
    <message>
        <source>reading an item</source>
        <translation>la lecture d&apos;un article</translation>
    </message>
    <message>
        <source>reading the item list</source>
        <translation>la lecture de la liste des articles</translation>
    </message>
    <message>
        <source>counting items</source>
        <translation>le comptage des articles</translation>
    </message>
    <message>
        <source>recording the search index format</source>
        <translation>l&apos;enregistrement du format de l&apos;index de recherche</translation>
    </message>
    <message>
        <source>indexing an item for search</source>
        <translation>l&apos;indexation d&apos;un article pour la recherche</translation>
    </message>
    <message>
        <source>updating the search index</source>
        <translation>la mise à jour de l&apos;index de recherche</translation>
    </message>
    <message>
        <source>removing a feed from the search index</source>
        <translation>la suppression d&apos;un flux de l&apos;index de recherche</translation>
    </message>
    <message>
        <source>the database is already open</source>
        <translation>la base de données est déjà ouverte</translation>
    </message>
    <message>
        <source>the profile folder %1 cannot be created</source>
        <translation>le dossier de profil %1 ne peut pas être créé</translation>
    </message>
    <message>
        <source>marking an item</source>
        <translation>le marquage d&apos;un article</translation>
    </message>
    <message>
        <source>journaling a mark</source>
        <translation>la journalisation d&apos;un marquage</translation>
    </message>
    <message>
        <source>looking up a folder</source>
        <translation>la recherche d&apos;un dossier</translation>
    </message>
    <message>
        <source>adding a folder</source>
        <translation>l&apos;ajout d&apos;un dossier</translation>
    </message>
    <message>
        <source>looking up a feed</source>
        <translation>la recherche d&apos;un flux</translation>
    </message>
    <message>
        <source>adding a feed</source>
        <translation>l&apos;ajout d&apos;un flux</translation>
    </message>
    <message>
        <source>reading marked items</source>
        <translation>la lecture des articles marqués</translation>
    </message>
    <message>
        <source>journaling marks</source>
        <translation>la journalisation des marquages</translation>
    </message>
    <message>
        <source>marking items</source>
        <translation>le marquage des articles</translation>
    </message>
    <message>
        <source>deleting a feed</source>
        <translation>la suppression d&apos;un flux</translation>
    </message>
    <message>
        <source>moving a feed</source>
        <translation>le déplacement d&apos;un flux</translation>
    </message>
    <message>
        <source>renaming a folder</source>
        <translation>le renommage d&apos;un dossier</translation>
    </message>
    <message>
        <source>moving a folder</source>
        <translation>le déplacement d&apos;un dossier</translation>
    </message>
    <message>
        <source>deleting a folder</source>
        <translation>la suppression d&apos;un dossier</translation>
    </message>
    <message>
        <source>renaming a feed</source>
        <translation>le renommage d&apos;un flux</translation>
    </message>
    <message>
        <source>changing a feed&apos;s address</source>
        <translation>la modification de l&apos;adresse d&apos;un flux</translation>
    </message>
    <message>
        <source>changing a feed&apos;s options</source>
        <translation>la modification des options d&apos;un flux</translation>
    </message>
    <message>
        <source>recording the fetch of feed %1 failed: %2</source>
        <translation>l&apos;enregistrement de la récupération du flux %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>there is no feed %1</source>
        <translation>il n&apos;y a pas de flux %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>the database cannot be read: %1</source>
        <translation>la base de données ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>the old backup %1 cannot be replaced</source>
        <translation>l&apos;ancienne sauvegarde %1 ne peut pas être remplacée</translation>
    </message>
    <message>
        <source>no backup of the database could be made before upgrading it (%1): %2</source>
        <translation>aucune sauvegarde de la base de données n&apos;a pu être faite avant sa mise à niveau (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>the database %1 cannot be opened: %2</source>
        <translation>la base de données %1 ne peut pas être ouverte&#xa0;: %2</translation>
    </message>
    <message>
        <source>the database %1 was written by a newer Tidings (schema %2; this one knows %3); it was left untouched</source>
        <translation>la base de données %1 a été écrite par une version plus récente de Tidings (schéma %2&#xa0;; celle-ci connaît le %3)&#xa0;; elle n&apos;a pas été modifiée</translation>
    </message>
    <message>
        <source>upgrading the database to schema %1 failed; it stays at schema %2: %3</source>
        <translation>la mise à niveau de la base de données vers le schéma %1 a échoué&#xa0;; elle reste au schéma %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the search index cannot be rebuilt: %1</source>
        <translation>l&apos;index de recherche ne peut pas être reconstruit&#xa0;: %1</translation>
    </message>
    <message>
        <source>the database is busy: another program kept it locked for too long</source>
        <translation>la base de données est occupée&#xa0;: un autre programme l&apos;a verrouillée trop longtemps</translation>
    </message>
    <message>
        <source>the database file cannot be written (read-only)</source>
        <translation>le fichier de base de données n&apos;est pas accessible en écriture (lecture seule)</translation>
    </message>
    <message>
        <source>the database file could not be read or written (input/output error)</source>
        <translation>le fichier de base de données n&apos;a pas pu être lu ou écrit (erreur d&apos;entrée/sortie)</translation>
    </message>
    <message>
        <source>the database file is damaged or is not a Tidings database</source>
        <translation>le fichier de base de données est endommagé ou n&apos;est pas une base de données Tidings</translation>
    </message>
    <message>
        <source>the disk holding the database is full; nothing of this change was written</source>
        <translation>le disque contenant la base de données est plein&#xa0;; rien de cette modification n&apos;a été écrit</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>le fichier de base de données ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>the database refused a statement (%1): %2</source>
        <translation>la base de données a refusé une instruction (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>la base de données n&apos;est pas ouverte</translation>
    </message>
    <message>
        <source>looking up feed %1 failed: %2</source>
        <translation>la recherche du flux %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>looking up folder %1 failed: %2</source>
        <translation>la recherche du dossier %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>there is no folder %1</source>
        <translation>il n&apos;y a pas de dossier %1</translation>
    </message>
    <message>
        <source>a folder needs a name</source>
        <translation>un dossier doit avoir un nom</translation>
    </message>
    <message>
        <source>a feed needs an address</source>
        <translation>un flux doit avoir une adresse</translation>
    </message>
    <message>
        <source>there is a folder named %1 there already</source>
        <translation>il y a déjà là un dossier nommé %1</translation>
    </message>
    <message>
        <source>a folder cannot be moved into itself or one of its subfolders</source>
        <translation>un dossier ne peut pas être déplacé dans lui-même ni dans l&apos;un de ses sous-dossiers</translation>
    </message>
    <message>
        <source>the destination already has a folder of that name</source>
        <translation>la destination contient déjà un dossier de ce nom</translation>
    </message>
    <message>
        <source>%1 is subscribed already, as &quot;%2&quot;</source>
        <translation>vous êtes déjà abonné à %1, sous le nom «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is not an http or https address</source>
        <translation>%1 n&apos;est pas une adresse http ou https</translation>
    </message>
    <message>
        <source>an update interval cannot be negative</source>
        <translation>un intervalle d&apos;actualisation ne peut pas être négatif</translation>
    </message>
    <message>
        <source>reading the mark journal</source>
        <translation>la lecture du journal des marquages</translation>
    </message>
</context>
<context>
    <name>tidings::app::AddFeedDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>Aucun dossier</translation>
    </message>
    <message>
        <source>Subscribing…</source>
        <translation>Abonnement en cours…</translation>
    </message>
    <message>
        <source>Looking for feeds…</source>
        <translation>Recherche de flux…</translation>
    </message>
    <message>
        <source>You are already subscribed to %1.</source>
        <translation>Vous êtes déjà abonné à %1.</translation>
    </message>
    <message>
        <source>no feed was found there</source>
        <translation>aucun flux n&apos;a été trouvé à cette adresse</translation>
    </message>
    <message>
        <source>You are already subscribed to %1 (%2).</source>
        <translation>Vous êtes déjà abonné à %1 (%2).</translation>
    </message>
    <message>
        <source>You are already subscribed to every feed this address offers.</source>
        <translation>Vous êtes déjà abonné à tous les flux proposés par cette adresse.</translation>
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
        <translation>Flux</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>%1 (already subscribed)</source>
        <translation>%1 (déjà abonné)</translation>
    </message>
    <message>
        <source>The feed could not be saved: %1</source>
        <translation>Le flux n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tidings::app::ArticleHtml</name>
    <message>
        <source>%1, %2</source>
        <comment>article date: the date, the time</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Par %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>This item has no text.</source>
        <translation>Cet article n&apos;a pas de texte.</translation>
    </message>
    <message>
        <source>Welcome to Tidings</source>
        <translation>Bienvenue dans Tidings</translation>
    </message>
    <message>
        <source>Tidings keeps up with the sites you follow. Subscribe to a feed to begin, or bring your subscriptions over from another reader.</source>
        <translation>Tidings suit pour vous l&apos;actualité des sites que vous suivez. Abonnez-vous à un flux pour commencer, ou importez vos abonnements depuis un autre lecteur.</translation>
    </message>
    <message>
        <source>Add feed…</source>
        <translation>Ajouter un flux…</translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation>Importer un fichier OPML…</translation>
    </message>
    <message>
        <source>Articles open here. Press Space to scroll and to move on to the next unread one.</source>
        <translation>Les articles s&apos;ouvrent ici. Appuyez sur Espace pour faire défiler le texte et passer à l&apos;article non lu suivant.</translation>
    </message>
    <message>
        <source>This article is too long to show here in full.</source>
        <translation>Cet article est trop long pour être affiché ici en entier.</translation>
    </message>
    <message>
        <source>Read the rest on its site</source>
        <translation>Lire la suite sur le site</translation>
    </message>
</context>
<context>
    <name>tidings::app::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>tidings::app::FeedPropertiesDialog</name>
    <message>
        <source>Properties of %1</source>
        <translation>Propriétés de %1</translation>
    </message>
    <message>
        <source>The feed&apos;s own title</source>
        <translation>Titre donné par le flux</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>Aucun dossier</translation>
    </message>
    <message>
        <source>As the preferences say (default)</source>
        <translation>Selon les préférences (par défaut)</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Toutes les 15 minutes</translation>
    </message>
    <message>
        <source>Every 30 minutes</source>
        <translation>Toutes les 30 minutes</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <source>Every 2 hours</source>
        <translation>Toutes les 2 heures</translation>
    </message>
    <message>
        <source>Every 6 hours</source>
        <translation>Toutes les 6 heures</translation>
    </message>
    <message>
        <source>Every 12 hours</source>
        <translation>Toutes les 12 heures</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translation>Une fois par jour</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Toutes les %n minute</numerusform>
            <numerusform>Toutes les %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>As the preferences say (now: load them)</source>
        <translation>Selon les préférences (actuellement&#xa0;: les charger)</translation>
    </message>
    <message>
        <source>As the preferences say (now: do not load them)</source>
        <translation>Selon les préférences (actuellement&#xa0;: ne pas les charger)</translation>
    </message>
    <message>
        <source>Always load them</source>
        <translation>Toujours les charger</translation>
    </message>
    <message>
        <source>Never load them</source>
        <translation>Ne jamais les charger</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Opérationnel</translation>
    </message>
    <message>
        <source>Moved to a new address</source>
        <translation>Déplacé vers une nouvelle adresse</translation>
    </message>
    <message>
        <source>Gone: the server says it no longer exists</source>
        <translation>Disparu&#xa0;: le serveur indique qu&apos;il n&apos;existe plus</translation>
    </message>
    <message>
        <source>Failing (failed checks in a row: %1)</source>
        <translation>En échec (vérifications échouées d&apos;affilée&#xa0;: %1)</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>%1 (last success: %2)</source>
        <translation>%1 (dernier succès&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 (never successful)</source>
        <translation>%1 (jamais réussi)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>%1 in all, %2 unread</source>
        <translation>%1 au total, non lus&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tidings::app::ItemListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>tidings::app::MainWindow</name>
    <message>
        <source>About Tidings</source>
        <translation>À propos de Tidings</translation>
    </message>
    <message>
        <source>Tidings %1
A fast, safe desktop feed reader.</source>
        <translation>Tidings %1
Un lecteur de flux rapide et sûr pour le bureau.</translation>
    </message>
    <message>
        <source>No unread items left</source>
        <translation>Plus aucun article non lu</translation>
    </message>
    <message>
        <source>This item has no web address to open</source>
        <translation>Cet article n&apos;a pas d&apos;adresse web à ouvrir</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Failing Feeds</source>
        <translation>Flux en échec</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) could not be refreshed.</source>
        <translation>
            <numerusform>%n flux n&apos;a pas pu être actualisé.</numerusform>
            <numerusform>%n flux n&apos;ont pas pu être actualisés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The items cannot be read from the database</source>
        <translation>Les articles ne peuvent pas être lus depuis la base de données</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) unread again</source>
        <translation>
            <numerusform>%n article de nouveau non lu</numerusform>
            <numerusform>%n articles de nouveau non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>This feed names no web site</source>
        <translation>Ce flux n&apos;indique aucun site web</translation>
    </message>
    <message>
        <source>The new theme is used from the next start of Tidings</source>
        <translation>Le nouveau thème sera utilisé au prochain démarrage de Tidings</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Open Web Site</source>
        <translation>Ouvrir le site web</translation>
    </message>
    <message>
        <source>Copy Feed Address</source>
        <translation>Copier l&apos;adresse du flux</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Move To</source>
        <translation>Déplacer vers</translation>
    </message>
    <message>
        <source>Top Level</source>
        <translation>Niveau supérieur</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1” and delete its items?</source>
        <translation>Se désabonner de «&#xa0;%1&#xa0;» et supprimer ses articles&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the folder “%1”? Its feeds move to the top level.</source>
        <translation>Supprimer le dossier «&#xa0;%1&#xa0;»&#xa0;? Ses flux seront déplacés au niveau supérieur.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n item(s) read. Undo with %1.</source>
        <extracomment>All unread items everywhere were marked. %1 is the Undo shortcut.</extracomment>
        <translation>
            <numerusform>%n article marqué comme lu. Annuler avec %1.</numerusform>
            <numerusform>%n articles marqués comme lus. Annuler avec %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n item(s) read in %1. Undo with %2.</source>
        <extracomment>%1 is the name of a feed, folder or view (All Items, Starred…), %2 the Undo shortcut.</extracomment>
        <translation>
            <numerusform>%n article marqué comme lu dans %1. Annuler avec %2.</numerusform>
            <numerusform>%n articles marqués comme lus dans %1. Annuler avec %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tidings opens feed addresses and OPML files; %n argument(s) were neither</source>
        <translation>
            <numerusform>Tidings ouvre les adresses de flux et les fichiers OPML&#xa0;; %n argument n&apos;était ni l&apos;un ni l&apos;autre</numerusform>
            <numerusform>Tidings ouvre les adresses de flux et les fichiers OPML&#xa0;; %n arguments n&apos;étaient ni l&apos;un ni l&apos;autre</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Subscriptions</source>
        <translation>Importer des abonnements</translation>
    </message>
    <message>
        <source>Import the subscriptions listed in “%1”?</source>
        <translation>Importer les abonnements listés dans «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation>Rien n&apos;a été importé de %1&#xa0;:
%2</translation>
    </message>
    <message>
        <source>&amp;Pause Automatic Refresh</source>
        <translation>Suspen&amp;dre l&apos;actualisation automatique</translation>
    </message>
    <message>
        <source>Automatic refresh paused</source>
        <translation>Actualisation automatique suspendue</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <extracomment>The item list&apos;s title after a click on the new-items notification: what it announced.</extracomment>
        <translation>
            <numerusform>%n nouvel article</numerusform>
            <numerusform>%n nouveaux articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::app::OpmlSummaryDialog</name>
    <message>
        <source>Import Subscriptions</source>
        <translation>Importer des abonnements</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importé depuis %1</translation>
    </message>
    <message>
        <source>Feeds added: %1</source>
        <translation>Flux ajoutés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Already subscribed: %1</source>
        <translation>Abonnements déjà existants&#xa0;: %1</translation>
    </message>
    <message>
        <source>Folders created: %1</source>
        <translation>Dossiers créés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Repeated in the file, skipped: %1</source>
        <translation>En double dans le fichier, ignorés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Entries skipped: %1</source>
        <translation>Entrées ignorées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Skipped or repaired while reading the file:</source>
        <translation>Ignoré ou réparé à la lecture du fichier&#xa0;:</translation>
    </message>
</context>
<context>
    <name>tidings::app::PreferencesDialog</name>
    <message>
        <source>Wide: subscriptions, list and article side by side</source>
        <translation>Large&#xa0;: abonnements, liste et article côte à côte</translation>
    </message>
    <message>
        <source>Classic: the list above the article</source>
        <translation>Classique&#xa0;: la liste au-dessus de l&apos;article</translation>
    </message>
    <message>
        <source>As the desktop is</source>
        <translation>Comme le bureau</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Back to the default keys</source>
        <translation>Revenir aux touches par défaut</translation>
    </message>
    <message>
        <source>“%1” and “%2” both use %3.</source>
        <translation>«&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» utilisent tous deux %3.</translation>
    </message>
    <message>
        <source>Give one of them other keys before saving.</source>
        <translation>Attribuez d&apos;autres touches à l&apos;un d&apos;eux avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Every feed, unless its properties say no</source>
        <translation>Tous les flux, sauf si leurs propriétés l&apos;excluent</translation>
    </message>
    <message>
        <source>Only the feeds chosen in their properties</source>
        <translation>Seulement les flux choisis dans leurs propriétés</translation>
    </message>
</context>
<context>
    <name>tidings::app::RefreshStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Show the feeds that could not be refreshed</source>
        <translation>Afficher les flux qui n&apos;ont pas pu être actualisés</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %1 of %2 feeds, %n new item(s)</source>
        <translation>
            <numerusform>Actualisation de %1 flux sur %2, %n nouvel article</numerusform>
            <numerusform>Actualisation de %1 flux sur %2, %n nouveaux articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh cancelled at %1</source>
        <translation>Actualisation annulée à %1</translation>
    </message>
    <message numerus="yes">
        <source>Last refresh %1, %n new item(s)</source>
        <translation>
            <numerusform>Dernière actualisation à %1, %n nouvel article</numerusform>
            <numerusform>Dernière actualisation à %1, %n nouveaux articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing feed(s)</source>
        <translation>
            <numerusform>%n flux en échec</numerusform>
            <numerusform>%n flux en échec</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::app::StoreOpeningDialog</name>
    <message>
        <source>This happens once after an update.</source>
        <translation>Cela n&apos;arrive qu&apos;une fois après une mise à jour.</translation>
    </message>
    <message>
        <source>Upgrading the database to this version of Tidings. A copy of the previous one is kept in the profile folder.</source>
        <translation>Mise à niveau de la base de données pour cette version de Tidings. Une copie de la précédente est conservée dans le dossier du profil.</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilding the search index: %L1 of %Ln item(s).</source>
        <translation>
            <numerusform>Reconstruction de l&apos;index de recherche : %L1 sur %Ln article.</numerusform>
            <numerusform>Reconstruction de l&apos;index de recherche : %L1 sur %Ln articles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::app::SubscriptionModel</name>
    <message>
        <source>All items</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>This feed is gone; it is no longer fetched.</source>
        <translation>Ce flux a disparu&#xa0;; il n&apos;est plus récupéré.</translation>
    </message>
    <message>
        <source>This feed is gone; it is no longer fetched: %1</source>
        <translation>Ce flux a disparu&#xa0;; il n&apos;est plus récupéré&#xa0;: %1</translation>
    </message>
    <message>
        <source>This feed moved permanently; it is now fetched from %1</source>
        <translation>Ce flux a été déplacé définitivement&#xa0;; il est désormais récupéré depuis %1</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message numerus="yes">
        <source>Fetching failed %n time(s) in a row: %1</source>
        <extracomment>%1 is the error of the last fetch.</extracomment>
        <translation>
            <numerusform>La récupération a échoué %n fois de suite&#xa0;: %1</numerusform>
            <numerusform>La récupération a échoué %n fois de suite&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::app::TrayIcon</name>
    <message>
        <source>&amp;Hide Tidings</source>
        <translation>&amp;Masquer Tidings</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Show Tidings</source>
        <translation>&amp;Afficher Tidings</translation>
    </message>
</context>
<context>
    <name>tidings::cli::Cli</name>
    <message>
        <source>Put the feed in folder &lt;name&gt; (a/b for nested folders).</source>
        <translation>Placer le flux dans le dossier &lt;name&gt; (a/b pour des dossiers imbriqués).</translation>
    </message>
    <message>
        <source>Call the feed &lt;title&gt; instead of its own title.</source>
        <translation>Nommer le flux &lt;title&gt; au lieu de son propre titre.</translation>
    </message>
    <message>
        <source>The feed&apos;s address, or a web page that announces feeds.</source>
        <translation>L&apos;adresse du flux, ou une page web qui annonce des flux.</translation>
    </message>
    <message>
        <source>Usage: tidings-cli add URL [--folder NAME] [--title T]</source>
        <translation>Utilisation&#xa0;: tidings-cli add URL [--folder NAME] [--title T]</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>une URL</translation>
    </message>
    <message>
        <source>not an http or https address</source>
        <translation>ce n&apos;est pas une adresse http ou https</translation>
    </message>
    <message>
        <source>--folder needs a name</source>
        <translation>--folder demande un nom</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>no feed was found there</source>
        <translation>aucun flux n&apos;a été trouvé à cette adresse</translation>
    </message>
    <message>
        <source>already subscribed: %1 (feed %2)
</source>
        <translation>déjà abonné&#xa0;: %1 (flux %2)
</translation>
    </message>
    <message numerus="yes">
        <source>subscribed to %1 (%2) as feed %3: %n item(s)
</source>
        <translation>
            <numerusform>abonné à %1 (%2) comme flux %3&#xa0;: %n article
</numerusform>
            <numerusform>abonné à %1 (%2) comme flux %3&#xa0;: %n articles
</numerusform>
        </translation>
    </message>
    <message>
        <source>the first fetch failed: %1
</source>
        <translation>la première récupération a échoué&#xa0;: %1
</translation>
    </message>
    <message>
        <source>also offered: %1%2
</source>
        <translation>également proposé&#xa0;: %1%2
</translation>
    </message>
    <message>
        <source>Print one JSON array.</source>
        <translation>Afficher un seul tableau JSON.</translation>
    </message>
    <message>
        <source>Usage: tidings-cli feeds [--json]</source>
        <translation>Utilisation&#xa0;: tidings-cli feeds [--json]</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>non lus</translation>
    </message>
    <message>
        <source>Only the items of feed &lt;id&gt;.</source>
        <translation>Seulement les articles du flux &lt;id&gt;.</translation>
    </message>
    <message>
        <source>Only unread items.</source>
        <translation>Seulement les articles non lus.</translation>
    </message>
    <message>
        <source>Only starred items.</source>
        <translation>Seulement les articles favoris.</translation>
    </message>
    <message>
        <source>Only items whose title, authors or text contain the words of &lt;text&gt;.</source>
        <translation>Seulement les articles dont le titre, les auteurs ou le texte contiennent les mots de &lt;text&gt;.</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; items.</source>
        <translation>Au plus &lt;n&gt; articles.</translation>
    </message>
    <message>
        <source>Usage: tidings-cli items [--feed ID] [--unread] [--starred] [--search TEXT] [--limit N] [--json]</source>
        <translation>Utilisation&#xa0;: tidings-cli items [--feed ID] [--unread] [--starred] [--search TEXT] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>--feed needs a feed id, not &quot;%1&quot;</source>
        <translation>--feed demande un identifiant de flux, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--limit needs a number, not &quot;%1&quot;</source>
        <translation>--limit demande un nombre, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Mark every item of feed &lt;id&gt; read.</source>
        <translation>Marquer comme lus tous les articles du flux &lt;id&gt;.</translation>
    </message>
    <message>
        <source>Mark item &lt;id&gt; read.</source>
        <translation>Marquer l&apos;article &lt;id&gt; comme lu.</translation>
    </message>
    <message>
        <source>Mark every item read.</source>
        <translation>Marquer tous les articles comme lus.</translation>
    </message>
    <message>
        <source>Usage: tidings-cli mark-read (--feed ID | --item ID | --all)</source>
        <translation>Utilisation&#xa0;: tidings-cli mark-read (--feed ID | --item ID | --all)</translation>
    </message>
    <message>
        <source>give exactly one of --feed, --item and --all</source>
        <translation>indiquez exactement une option parmi --feed, --item et --all</translation>
    </message>
    <message>
        <source>an id is a positive number</source>
        <translation>un identifiant est un nombre positif</translation>
    </message>
    <message>
        <source>mark-read</source>
        <translation>mark-read</translation>
    </message>
    <message>
        <source>there is no feed with id %1</source>
        <translation>il n&apos;y a pas de flux d&apos;identifiant %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) marked read
</source>
        <translation>
            <numerusform>%n article marqué comme lu
</numerusform>
            <numerusform>%n articles marqués comme lus
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
        <translation>Utilisation&#xa0;: tidings-cli [--profile DIR] &lt;verb&gt; [options]

Verbes&#xa0;:
  parse FILE|URL|- [--base URL] [--raw]   afficher un document de flux en JSON normalisé
  add URL [--folder NAME] [--title T]     s&apos;abonner (une page web est parcourue à la recherche de ses flux)
  import FILE.opml                        importer des abonnements et des dossiers
  export FILE.opml|-                      exporter tous les abonnements, dossiers compris
  refresh [--jobs N] [--feed ID]          récupérer, analyser et enregistrer tous les flux (ou un seul)
  feeds [--json]                          lister les abonnements
  items [--feed ID] [--unread] [--starred] [--search TEXT] [--limit N] [--json]
                                          lister les articles enregistrés, les plus récents d&apos;abord
  mark-read (--feed ID | --item ID | --all)  marquer des articles comme lus

Options&#xa0;:
  --profile DIR   le dossier contenant la base de données et les réglages
                  (par défaut&#xa0;: $TIDINGS_PROFILE, sinon le dossier des données d&apos;application)
  --version       afficher la version
  --help          afficher cette aide&#xa0;; «&#xa0;tidings-cli &lt;verb&gt; --help&#xa0;» pour l&apos;aide d&apos;un verbe
</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>no verb given; usage: tidings-cli [--profile DIR] &lt;verb&gt; [options]</source>
        <translation>aucun verbe indiqué&#xa0;; utilisation&#xa0;: tidings-cli [--profile DIR] &lt;verb&gt; [options]</translation>
    </message>
    <message>
        <source>unknown verb</source>
        <translation>verbe inconnu</translation>
    </message>
    <message>
        <source>file</source>
        <translation>un fichier</translation>
    </message>
    <message>
        <source>tidings-cli: %1: warning: %2</source>
        <translation>tidings-cli: %1: avertissement&#xa0;: %2</translation>
    </message>
    <message>
        <source>Usage: tidings-cli import FILE.opml</source>
        <translation>Utilisation&#xa0;: tidings-cli import FILE.opml</translation>
    </message>
    <message>
        <source>The OPML file to import.</source>
        <translation>Le fichier OPML à importer.</translation>
    </message>
    <message>
        <source>%1; nothing was imported</source>
        <translation>%1&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) imported</source>
        <translation>
            <numerusform>%n abonnement importé</numerusform>
            <numerusform>%n abonnements importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new folder(s)</source>
        <translation>
            <numerusform>%n nouveau dossier</numerusform>
            <numerusform>%n nouveaux dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed</source>
        <translation>
            <numerusform>%n abonnement déjà existant</numerusform>
            <numerusform>%n abonnements déjà existants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) in the file skipped</source>
        <translation>
            <numerusform>%n doublon du fichier ignoré</numerusform>
            <numerusform>%n doublons du fichier ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) rejected</source>
        <translation>
            <numerusform>%n entrée rejetée</numerusform>
            <numerusform>%n entrées rejetées</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>separates the counts of an import summary</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Usage: tidings-cli export FILE.opml|-</source>
        <translation>Utilisation&#xa0;: tidings-cli export FILE.opml|-</translation>
    </message>
    <message>
        <source>Where to write the OPML file; - for standard output.</source>
        <translation>Où écrire le fichier OPML&#xa0;; - pour la sortie standard.</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) exported
</source>
        <translation>
            <numerusform>%n abonnement exporté
</numerusform>
            <numerusform>%n abonnements exportés
</numerusform>
        </translation>
    </message>
    <message>
        <source>tidings-cli: %1 (see tidings-cli --help)</source>
        <translation>tidings-cli: %1 (voir tidings-cli --help)</translation>
    </message>
    <message>
        <source>tidings-cli %1: %2 (see tidings-cli %1 --help)</source>
        <translation>tidings-cli %1: %2 (voir tidings-cli %1 --help)</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argument inattendu %1</translation>
    </message>
    <message>
        <source>expected exactly one %1</source>
        <translation>il faut exactement %1</translation>
    </message>
    <message>
        <source>Parse one feed document and print it as normalized JSON.</source>
        <translation>Analyser un document de flux et l&apos;afficher en JSON normalisé.</translation>
    </message>
    <message>
        <source>A file, - for standard input, or an http, https or file URL.</source>
        <translation>Un fichier, - pour l&apos;entrée standard, ou une URL http, https ou file.</translation>
    </message>
    <message>
        <source>Resolve relative URLs against &lt;url&gt; when the document does not say otherwise.</source>
        <translation>Résoudre les URL relatives par rapport à &lt;url&gt; quand le document n&apos;indique pas d&apos;autre base.</translation>
    </message>
    <message>
        <source>Print summary and content as the document had them (not sanitized).</source>
        <translation>Afficher le résumé et le contenu tels que le document les donne (non assainis).</translation>
    </message>
    <message>
        <source>Usage: tidings-cli parse [options] FILE|URL|-</source>
        <translation>Utilisation&#xa0;: tidings-cli parse [options] FILE|URL|-</translation>
    </message>
    <message>
        <source>file or URL</source>
        <translation>un fichier ou une URL</translation>
    </message>
    <message>
        <source>--base needs an absolute URL, not &quot;%1&quot;</source>
        <translation>--base demande une URL absolue, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>failed   %1: %2</source>
        <translation>échec    %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>same     %1</source>
        <translation>inchangé %1</translation>
    </message>
    <message>
        <source>Fetch at most &lt;n&gt; feeds at once (default 16).</source>
        <translation>Récupérer au plus &lt;n&gt; flux à la fois (16 par défaut).</translation>
    </message>
    <message>
        <source>Refresh only feed &lt;id&gt;.</source>
        <translation>Actualiser seulement le flux &lt;id&gt;.</translation>
    </message>
    <message>
        <source>Usage: tidings-cli refresh [--jobs N] [--feed ID]</source>
        <translation>Utilisation&#xa0;: tidings-cli refresh [--jobs N] [--feed ID]</translation>
    </message>
    <message>
        <source>--jobs needs a number from 1 to 256, not &quot;%1&quot;</source>
        <translation>--jobs demande un nombre de 1 à 256, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>refresh</source>
        <translation>refresh</translation>
    </message>
    <message numerus="yes">
        <source>%1/%2 feeds, %n new item(s)</source>
        <translation>
            <numerusform>%1/%2 flux, %n nouvel article</numerusform>
            <numerusform>%1/%2 flux, %n nouveaux articles</numerusform>
        </translation>
    </message>
    <message>
        <source>the subscriptions could not be read</source>
        <translation>les abonnements n&apos;ont pas pu être lus</translation>
    </message>
    <message>
        <source>%1: %2 ok, %3 failed; %4, %5 updated; %6 s
</source>
        <extracomment>%1 is &quot;&lt;n&gt; feed(s)&quot;, %4 is &quot;&lt;n&gt; new item(s)&quot;, %6 the seconds it took</extracomment>
        <translation>%1&#xa0;: %2 ok, %3 en échec&#xa0;; %4, %5 mis à jour&#xa0;; %6&#xa0;s
</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s)</source>
        <translation>
            <numerusform>%n flux</numerusform>
            <numerusform>%n flux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n nouvel article</numerusform>
            <numerusform>%n nouveaux articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok       %1: %n new</source>
        <extracomment>Keep the padding after &quot;ok&quot;: the feed names line up with those of &quot;failed&quot; and &quot;same&quot;.</extracomment>
        <translation>
            <numerusform>ok       %1&#xa0;: %n nouveau</numerusform>
            <numerusform>ok       %1&#xa0;: %n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n updated</source>
        <translation>
            <numerusform>, %n mis à jour</numerusform>
            <numerusform>, %n mis à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>upgrading the database to this version of Tidings…</source>
        <translation>mise à niveau de la base de données pour cette version de Tidings…</translation>
    </message>
    <message numerus="yes">
        <source>rebuilding the search index: %L1 of %Ln item(s)…</source>
        <translation>
            <numerusform>reconstruction de l&apos;index de recherche : %L1 sur %Ln article…</numerusform>
            <numerusform>reconstruction de l&apos;index de recherche : %L1 sur %Ln articles…</numerusform>
        </translation>
    </message>
</context>
</TS>
