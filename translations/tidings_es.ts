<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddFeedDialog</name>
    <message>
        <source>Add Feed</source>
        <translation>Añadir canal</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>https://example.org/feed.xml, or a web site that offers feeds</source>
        <translation>https://example.org/feed.xml, o un sitio web que ofrezca canales</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Choose a folder, or type the name of a new one (Parent/Child for a folder inside another)</source>
        <translation>Elija una carpeta o escriba el nombre de una nueva (Padre/Hija para una carpeta dentro de otra)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Optional: the feed&apos;s own title is used otherwise</source>
        <translation>Opcional: si no, se usa el título propio del canal</translation>
    </message>
    <message>
        <source>This address offers several feeds. Check the ones to subscribe to:</source>
        <translation>Esta dirección ofrece varios canales. Marque aquellos a los que quiere suscribirse:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Looking for feeds…</source>
        <translation>Buscando canales…</translation>
    </message>
</context>
<context>
    <name>ContentSniffer</name>
    <message>
        <source>not text</source>
        <translation>no es texto</translation>
    </message>
</context>
<context>
    <name>FeedAddress</name>
    <message>
        <source>Type the address of a feed or of a web site.</source>
        <translation>Escriba la dirección de un canal o de un sitio web.</translation>
    </message>
    <message>
        <source>This is not an http or https web address.</source>
        <translation>Esta no es una dirección web http o https.</translation>
    </message>
</context>
<context>
    <name>FeedPropertiesDialog</name>
    <message>
        <source>Feed Properties</source>
        <translation>Propiedades del canal</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Leave empty to use the title the feed gives itself</source>
        <translation>Déjelo vacío para usar el título que se da el propio canal</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>&amp;Check for new items:</source>
        <translation>Co&amp;mprobar si hay artículos nuevos:</translation>
    </message>
    <message>
        <source>&amp;Images in articles:</source>
        <translation>&amp;Imágenes en los artículos:</translation>
    </message>
    <message>
        <source>&amp;Notify me about new items of this feed</source>
        <translation>&amp;Notificarme los artículos nuevos de este canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Web site:</source>
        <translation>Sitio web:</translation>
    </message>
    <message>
        <source>Last checked:</source>
        <translation>Última comprobación:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Último error:</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Artículos:</translation>
    </message>
</context>
<context>
    <name>JsonFeed</name>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>relative &quot;%1&quot; %2 has no base URL to resolve against; dropped</source>
        <extracomment>%1 is a JSON Feed field name (keep it as it is), %2 its value.</extracomment>
        <translation>&quot;%1&quot; %2 es relativo y no hay URL base con la que resolverlo; se descartó</translation>
    </message>
    <message>
        <source>unparseable %1 %2</source>
        <translation>%1 %2 no interpretable</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>artículo %1</translation>
    </message>
    <message>
        <source>tag %1 is %2, not a string; ignored</source>
        <translation>la etiqueta %1 es %2, no una cadena; se ignoró</translation>
    </message>
    <message>
        <source>has no &quot;url&quot;; ignored</source>
        <translation>no tiene &quot;url&quot;; se ignoró</translation>
    </message>
    <message>
        <source>not a JSON Feed: the top level of the JSON is an array, not an object</source>
        <translation>no es un JSON Feed: el nivel superior del JSON es un array, no un objeto</translation>
    </message>
    <message>
        <source>not a JSON Feed: the top level of the JSON is not an object</source>
        <translation>no es un JSON Feed: el nivel superior del JSON no es un objeto</translation>
    </message>
    <message>
        <source>not a JSON Feed: the JSON has no &quot;items&quot; array</source>
        <translation>no es un JSON Feed: el JSON no tiene un array &quot;items&quot;</translation>
    </message>
    <message>
        <source>not a JSON Feed: &quot;items&quot; is %1, not an array</source>
        <translation>no es un JSON Feed: &quot;items&quot; es %1, no un array</translation>
    </message>
    <message>
        <source>feed: no &quot;version&quot;; read as JSON Feed 1.1</source>
        <translation>canal: sin &quot;version&quot;; se leyó como JSON Feed 1.1</translation>
    </message>
    <message>
        <source>feed: unknown &quot;version&quot; %1; read as JSON Feed 1.1</source>
        <translation>canal: &quot;version&quot; %1 desconocida; se leyó como JSON Feed 1.1</translation>
    </message>
    <message>
        <source>feed: no &quot;items&quot; array; read as a feed without items</source>
        <translation>canal: sin array &quot;items&quot;; se leyó como un canal sin artículos</translation>
    </message>
    <message>
        <source>feed: &quot;items&quot; is %1, not an array; ignored</source>
        <translation>canal: &quot;items&quot; es %1, no un array; se ignoró</translation>
    </message>
    <message>
        <source>invalid JSON (%1); what follows the JSON was ignored</source>
        <translation>JSON no válido (%1); se ignoró lo que sigue al JSON</translation>
    </message>
    <message numerus="yes">
        <source>kept the %n complete item(s) before it</source>
        <translation>
            <numerusform>se conservó %n artículo completo anterior</numerusform>
            <numerusform>se conservaron los %n artículos completos anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>invalid JSON (%1); %2</source>
        <translation>JSON no válido (%1); %2</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>JSON no válido en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>%1 is %2, not an object; ignored</source>
        <translation>%1 es %2, no un objeto; se ignoró</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not a string; ignored</source>
        <extracomment>%1 is a JSON Feed field name: keep the quotes, do not translate it.</extracomment>
        <translation>&quot;%1&quot; es %2, no una cadena; se ignoró</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 is not an http(s) URL; dropped</source>
        <extracomment>%1 is a JSON Feed field name (keep it as it is), %2 its value.</extracomment>
        <translation>&quot;%1&quot; %2 no es una URL http(s); se descartó</translation>
    </message>
    <message>
        <source>%1 %2 has no time zone; UTC assumed</source>
        <extracomment>%1 is a JSON Feed field name (keep it as it is), %2 its value.</extracomment>
        <translation>%1 %2 no tiene zona horaria; se supuso UTC</translation>
    </message>
    <message>
        <source>%1: author %2</source>
        <translation>%1: autor %2</translation>
    </message>
    <message>
        <source>&quot;authors&quot; is %1, not an array; ignored</source>
        <extracomment>&quot;authors&quot; is a JSON Feed field name: keep it as it is.</extracomment>
        <translation>&quot;authors&quot; es %1, no un array; se ignoró</translation>
    </message>
    <message>
        <source>%1: author</source>
        <translation>%1: autor</translation>
    </message>
    <message>
        <source>feed</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>%1 items; only the first %2 were read</source>
        <translation>%1 artículos; solo se leyeron los %2 primeros</translation>
    </message>
    <message>
        <source>&quot;id&quot; is %1, not a string; ignored</source>
        <extracomment>&quot;id&quot; is a JSON Feed field name: keep it as it is.</extracomment>
        <translation>&quot;id&quot; es %1, no una cadena; se ignoró</translation>
    </message>
    <message>
        <source>&quot;tags&quot; is %1, not an array; ignored</source>
        <extracomment>&quot;tags&quot; is a JSON Feed field name: keep it as it is.</extracomment>
        <translation>&quot;tags&quot; es %1, no un array; se ignoró</translation>
    </message>
    <message>
        <source>&quot;attachments&quot; is %1, not an array; ignored</source>
        <extracomment>&quot;attachments&quot; is a JSON Feed field name: keep it as it is.</extracomment>
        <translation>&quot;attachments&quot; es %1, no un array; se ignoró</translation>
    </message>
    <message>
        <source>%1: attachment %2</source>
        <translation>%1: adjunto %2</translation>
    </message>
    <message>
        <source>&quot;url&quot; is %1, not a string; ignored</source>
        <extracomment>&quot;url&quot; is a JSON Feed field name: keep it as it is.</extracomment>
        <translation>&quot;url&quot; es %1, no una cadena; se ignoró</translation>
    </message>
    <message>
        <source>&quot;size_in_bytes&quot; is %1, not a number; ignored</source>
        <extracomment>&quot;size_in_bytes&quot; is a JSON Feed field name: keep it as it is.</extracomment>
        <translation>&quot;size_in_bytes&quot; es %1, no un número; se ignoró</translation>
    </message>
    <message>
        <source>&quot;duration_in_seconds&quot; is %1, not a number; ignored</source>
        <extracomment>&quot;duration_in_seconds&quot; is a JSON Feed field name: keep it as it is.</extracomment>
        <translation>&quot;duration_in_seconds&quot; es %1, no un número; se ignoró</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Find a feed</source>
        <translation>Buscar un canal</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Suscripciones</translation>
    </message>
    <message>
        <source>Search items</source>
        <translation>Buscar artículos</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>No leídos</translation>
    </message>
    <message>
        <source>Show unread items only</source>
        <translation>Mostrar solo los artículos no leídos</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Destacados</translation>
    </message>
    <message>
        <source>Show starred items only</source>
        <translation>Mostrar solo los artículos destacados</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Fee&amp;ds</source>
        <translation>Ca&amp;nales</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>Artícul&amp;o</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;Add Feed…</source>
        <translation>&amp;Añadir canal…</translation>
    </message>
    <message>
        <source>Subscribe to a feed or a web page</source>
        <translation>Suscribirse a un canal o a una página web</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>&amp;Importar OPML…</translation>
    </message>
    <message>
        <source>&amp;Export OPML…</source>
        <translation>&amp;Exportar OPML…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Wide Layout (Three Columns)</source>
        <translation>Diseño &amp;ancho (tres columnas)</translation>
    </message>
    <message>
        <source>&amp;Classic Layout (List Above Article)</source>
        <translation>Diseño c&amp;lásico (lista sobre el artículo)</translation>
    </message>
    <message>
        <source>&amp;Search Items</source>
        <translation>&amp;Buscar artículos</translation>
    </message>
    <message>
        <source>&amp;Find a Feed</source>
        <translation>Buscar un &amp;canal</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>A&amp;mpliar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>&amp;Refresh All</source>
        <translation>&amp;Actualizar todo</translation>
    </message>
    <message>
        <source>Fetch every feed now</source>
        <translation>Descargar todos los canales ahora</translation>
    </message>
    <message>
        <source>Refresh &amp;Selected</source>
        <translation>Actualizar la &amp;selección</translation>
    </message>
    <message>
        <source>&amp;Cancel Refresh</source>
        <translation>&amp;Cancelar la actualización</translation>
    </message>
    <message>
        <source>&amp;Mark Feed Read</source>
        <translation>&amp;Marcar el canal como leído</translation>
    </message>
    <message>
        <source>Mark every item of the selected feed, folder or view read</source>
        <translation>Marcar como leídos todos los artículos del canal, la carpeta o la vista seleccionados</translation>
    </message>
    <message>
        <source>Mark &amp;Everything Read</source>
        <translation>Marcar &amp;todo como leído</translation>
    </message>
    <message>
        <source>&amp;Undo Mark Read</source>
        <translation>&amp;Deshacer el marcado como leído</translation>
    </message>
    <message>
        <source>&amp;Next Item</source>
        <translation>Artículo &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Item</source>
        <translation>Artículo &amp;anterior</translation>
    </message>
    <message>
        <source>Next &amp;Unread Item</source>
        <translation>Siguiente artículo &amp;no leído</translation>
    </message>
    <message>
        <source>Page Down or Next Unread</source>
        <translation>Avanzar página o siguiente no leído</translation>
    </message>
    <message>
        <source>Toggle &amp;Read</source>
        <translation>Marcar como &amp;leído/no leído</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>&amp;Destacar</translation>
    </message>
    <message>
        <source>Star or unstar the selected items</source>
        <translation>Destacar los artículos seleccionados o quitarles el destacado</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>Abrir en el nave&amp;gador</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>&amp;Copiar enlace</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Propiedades…</translation>
    </message>
    <message>
        <source>Title, address, folder, update interval, images and notifications of the selected feed</source>
        <translation>Título, dirección, carpeta, intervalo de actualización, imágenes y notificaciones del canal seleccionado</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Tidings</source>
        <translation>Acerca &amp;de Tidings</translation>
    </message>
    <message>
        <source>The items the last new-items notification announced. Choose a subscription or view to leave this list.</source>
        <translation>Los artículos que anunció la última notificación de artículos nuevos. Elija una suscripción o una vista para salir de esta lista.</translation>
    </message>
</context>
<context>
    <name>NotificationTexts</name>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n artículo nuevo</numerusform>
            <numerusform>%n artículos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) in %1</source>
        <translation>
            <numerusform>%n artículo nuevo en %1</numerusform>
            <numerusform>%n artículos nuevos en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s)</source>
        <translation>
            <numerusform>%n canal</numerusform>
            <numerusform>%n canales</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled feed</source>
        <translation>Canal sin título</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>feed title: item title</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
%n unread item(s)</source>
        <translation>
            <numerusform>%1
%n artículo no leído</numerusform>
            <numerusform>%1
%n artículos no leídos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
No unread items</source>
        <translation>%1
No hay artículos no leídos</translation>
    </message>
</context>
<context>
    <name>Opml</name>
    <message>
        <source>the file has no outlines, so there is nothing to import</source>
        <translation>el archivo no tiene entradas (outline), así que no hay nada que importar</translation>
    </message>
    <message>
        <source>the file has outlines, but none of them is a feed subscription</source>
        <translation>el archivo tiene entradas (outline), pero ninguna es una suscripción a un canal</translation>
    </message>
    <message>
        <source>the file is not readable XML (line %1, column %2: %3)</source>
        <translation>el archivo no es XML legible (línea %1, columna %2: %3)</translation>
    </message>
    <message>
        <source>more warnings were not shown</source>
        <translation>no se mostraron más advertencias</translation>
    </message>
    <message>
        <source>the file has no XML root element, so it is not an OPML file</source>
        <translation>el archivo no tiene elemento raíz XML, así que no es un archivo OPML</translation>
    </message>
    <message>
        <source>this is a feed, not an OPML file: subscribe to its address instead</source>
        <translation>esto es un canal, no un archivo OPML: suscríbase a su dirección en su lugar</translation>
    </message>
    <message>
        <source>this is an HTML page, not an OPML file</source>
        <translation>esto es una página HTML, no un archivo OPML</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;opml&gt;, so this is not an OPML file</source>
        <translation>el elemento raíz es &lt;%1&gt;, no &lt;opml&gt;, así que esto no es un archivo OPML</translation>
    </message>
    <message>
        <source>outlines nested deeper than %1 levels were ignored</source>
        <translation>se ignoraron las entradas anidadas a más de %1 niveles</translation>
    </message>
    <message>
        <source>the include outline &quot;%1&quot; was skipped: Tidings does not fetch other OPML files</source>
        <translation>se omitió la entrada de inclusión &quot;%1&quot;: Tidings no descarga otros archivos OPML</translation>
    </message>
    <message>
        <source>the file lists more than %1 subscriptions; the rest were ignored</source>
        <translation>el archivo contiene más de %1 suscripciones; se ignoró el resto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was skipped: its address &quot;%2&quot; is a command, not a web address</source>
        <translation>se omitió &quot;%1&quot;: su dirección &quot;%2&quot; es un comando, no una dirección web</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was skipped: its address &quot;%2&quot; is not an http or https web address</source>
        <translation>se omitió &quot;%1&quot;: su dirección &quot;%2&quot; no es una dirección web http o https</translation>
    </message>
    <message>
        <source>the user name and password in the address of &quot;%1&quot; were removed</source>
        <translation>se quitaron el nombre de usuario y la contraseña de la dirección de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed more than once; the later entry was skipped</source>
        <translation>&quot;%1&quot; aparece más de una vez; se omitió la entrada posterior</translation>
    </message>
    <message>
        <source>the site address &quot;%1&quot; of &quot;%2&quot; is not an http or https web address and was dropped</source>
        <translation>la dirección del sitio &quot;%1&quot; de &quot;%2&quot; no es una dirección web http o https y se descartó</translation>
    </message>
    <message>
        <source>the file ends early (truncated?); the outlines before the break were kept</source>
        <translation>el archivo termina antes de tiempo (¿truncado?); se conservaron las entradas anteriores al corte</translation>
    </message>
    <message>
        <source>%1; the rest of the file was ignored</source>
        <translation>%1; se ignoró el resto del archivo</translation>
    </message>
    <message>
        <source>the file is larger than the %1 MB limit for OPML files</source>
        <translation>el archivo supera el límite de %1 MB para archivos OPML</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file is binary data (%1), not an OPML file</source>
        <translation>el archivo contiene datos binarios (%1), no es un archivo OPML</translation>
    </message>
    <message>
        <source>the file is plain text, not an OPML file</source>
        <translation>el archivo es texto sin formato, no un archivo OPML</translation>
    </message>
    <message>
        <source>the file is JSON, not an OPML file</source>
        <translation>el archivo es JSON, no un archivo OPML</translation>
    </message>
</context>
<context>
    <name>OpmlExport</name>
    <message>
        <source>Export Subscriptions</source>
        <translation>Exportar suscripciones</translation>
    </message>
    <message>
        <source>OPML files (*.opml);;All files (*)</source>
        <translation>Archivos OPML (*.opml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The subscriptions could not be written to %1:
%2</source>
        <translation>No se pudieron escribir las suscripciones en %1:
%2</translation>
    </message>
</context>
<context>
    <name>OpmlImport</name>
    <message>
        <source>Import Subscriptions</source>
        <translation>Importar suscripciones</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>Archivos OPML (*.opml *.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation>No se importó nada de %1:
%2</translation>
    </message>
</context>
<context>
    <name>OpmlTransfer</name>
    <message>
        <source>Tidings subscriptions</source>
        <translation>Suscripciones de Tidings</translation>
    </message>
</context>
<context>
    <name>ParseFeed</name>
    <message>
        <source>item %1 has no id, title, link or content and was ignored</source>
        <translation>el artículo %1 no tiene id, título, enlace ni contenido y se ignoró</translation>
    </message>
    <message>
        <source>item %1 repeats the id &quot;%2&quot; of an earlier item and was dropped</source>
        <translation>el artículo %1 repite el id &quot;%2&quot; de un artículo anterior y se descartó</translation>
    </message>
    <message>
        <source>not a feed: no XML root element could be read</source>
        <translation>no es un canal: no se pudo leer ningún elemento raíz XML</translation>
    </message>
    <message>
        <source>not a feed: this is an HTML page</source>
        <translation>no es un canal: es una página HTML</translation>
    </message>
    <message>
        <source>not a feed: the root element is &lt;%1&gt;</source>
        <translation>no es un canal: el elemento raíz es &lt;%1&gt;</translation>
    </message>
    <message>
        <source>raw HTML inside a description or content element is not well-formed XML; it was read as HTML text</source>
        <translation>el HTML sin escapar dentro de un elemento description o content no es XML bien formado; se leyó como texto HTML</translation>
    </message>
    <message>
        <source>the document is larger than the %1 MB limit</source>
        <translation>el documento supera el límite de %1 MB</translation>
    </message>
    <message>
        <source>not a feed: the document is empty</source>
        <translation>no es un canal: el documento está vacío</translation>
    </message>
    <message>
        <source>not a feed: the document is binary data (%1)</source>
        <translation>no es un canal: el documento contiene datos binarios (%1)</translation>
    </message>
    <message>
        <source>not a feed: the document is plain text, neither XML nor JSON</source>
        <translation>no es un canal: el documento es texto sin formato, ni XML ni JSON</translation>
    </message>
</context>
<context>
    <name>ParseWarning</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Check feeds &amp;every:</source>
        <translation>&amp;Comprobar los canales cada:</translation>
    </message>
    <message>
        <source>0: only when you refresh</source>
        <translation>0: solo cuando usted actualice</translation>
    </message>
    <message>
        <source>Only when I refresh</source>
        <translation>Solo cuando actualice</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Refresh all feeds when Tidings &amp;starts</source>
        <translation>&amp;Actualizar todos los canales al iniciar Tidings</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Mark an item read:</source>
        <translation>Marcar un artículo como leído:</translation>
    </message>
    <message>
        <source>As soon as it is &amp;shown</source>
        <translation>En cuanto se &amp;muestre</translation>
    </message>
    <message>
        <source>After it was shown &amp;for</source>
        <translation>Tras mostrarse &amp;durante</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Never automatically (M marks it)</source>
        <translation>&amp;Nunca automáticamente (M lo marca)</translation>
    </message>
    <message>
        <source>Load remote &amp;images in articles</source>
        <translation>Cargar las &amp;imágenes remotas de los artículos</translation>
    </message>
    <message>
        <source>A feed can say otherwise in its properties</source>
        <translation>Cada canal puede indicar otra cosa en sus propiedades</translation>
    </message>
    <message>
        <source>Tray and notifications</source>
        <translation>Bandeja y notificaciones</translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray</source>
        <translation>Mostrar un icono en la &amp;bandeja del sistema</translation>
    </message>
    <message>
        <source>&amp;Closing the window keeps Tidings in the tray</source>
        <translation>Al ce&amp;rrar la ventana, Tidings sigue en la bandeja</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the tray</source>
        <translation>Iniciar minimi&amp;zado en la bandeja</translation>
    </message>
    <message>
        <source>&amp;Notify me about new items</source>
        <translation>N&amp;otificarme los artículos nuevos</translation>
    </message>
    <message>
        <source>&amp;Quiet while the Tidings window is active</source>
        <translation>&amp;Silenciar mientras la ventana de Tidings esté activa</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Article &amp;text size:</source>
        <translation>&amp;Tamaño del texto de los artículos:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>Dis&amp;eño:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Takes effect after a restart.</source>
        <translation>Se aplica después de reiniciar.</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Atajos</translation>
    </message>
    <message>
        <source>Click a shortcut and press the new keys. Clear it for no keys at all.</source>
        <translation>Haga clic en un atajo y pulse las teclas nuevas. Bórrelo para no usar ninguna tecla.</translation>
    </message>
    <message>
        <source>Reset &amp;All to Defaults</source>
        <translation>Restablecer &amp;todo a los valores predeterminados</translation>
    </message>
    <message>
        <source>Minimi&amp;zing the window hides it in the tray</source>
        <translation>Al minimizar la &amp;ventana, se oculta en la bandeja</translation>
    </message>
    <message>
        <source>Show the &amp;unread count on the icon</source>
        <translation>Mostrar el número de artículos no &amp;leídos en el icono</translation>
    </message>
    <message>
        <source>&amp;Which feeds:</source>
        <translation>&amp;Qué canales:</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>RefreshService</name>
    <message>
        <source>cancelled</source>
        <translation>se canceló</translation>
    </message>
    <message>
        <source>moved permanently to %1</source>
        <translation>se trasladó permanentemente a %1</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>invalid UTF-8 bytes read as %1 (%2 in total)</source>
        <translation>bytes UTF-8 no válidos leídos como %1 (%2 en total)</translation>
    </message>
    <message>
        <source>invalid %1 byte sequences replaced by U+FFFD</source>
        <translation>secuencias de bytes %1 no válidas sustituidas por U+FFFD</translation>
    </message>
    <message>
        <source>XML declaration</source>
        <extracomment>Fills &quot;the %1 says %2&quot; and the like: where the document names its encoding.</extracomment>
        <translation>la declaración XML</translation>
    </message>
    <message>
        <source>HTTP charset</source>
        <extracomment>Fills &quot;the %1 says %2&quot; and the like: the charset of the HTTP Content-Type.</extracomment>
        <translation>el charset HTTP</translation>
    </message>
    <message>
        <source>the %1 names an unknown encoding &quot;%2&quot;: ignored</source>
        <translation>%1 indica una codificación desconocida &quot;%2&quot;: se ignoró</translation>
    </message>
    <message>
        <source>the %1 says %2, but the document is not UTF-16 or UTF-32: ignored</source>
        <translation>%1 dice %2, pero el documento no es UTF-16 ni UTF-32: se ignoró</translation>
    </message>
    <message>
        <source>encoding %1 is not supported on this system: the %2 was ignored</source>
        <translation>la codificación %1 no es compatible con este sistema: se ignoró %2</translation>
    </message>
    <message>
        <source>the %1 says %2, the %3 says %4: followed the %3</source>
        <translation>%1 dice %2 y %3 dice %4: se siguió %3</translation>
    </message>
    <message>
        <source>the %1 says %2, but the document is valid UTF-8: read as UTF-8</source>
        <translation>%1 dice %2, pero el documento es UTF-8 válido: se leyó como UTF-8</translation>
    </message>
</context>
<context>
    <name>XmlFeedReader</name>
    <message>
        <source>elements nested deeper than %1 levels; the rest of the document was ignored</source>
        <translation>elementos anidados a más de %1 niveles; se ignoró el resto del documento</translation>
    </message>
    <message>
        <source>namespace prefix &quot;%1&quot; is not declared; its elements were ignored</source>
        <translation>el prefijo de espacio de nombres &quot;%1&quot; no está declarado; se ignoraron sus elementos</translation>
    </message>
    <message>
        <source>namespace prefix &quot;%1&quot; is not declared; read as the usual namespace</source>
        <translation>el prefijo de espacio de nombres &quot;%1&quot; no está declarado; se leyó como el espacio de nombres habitual</translation>
    </message>
    <message>
        <source>unparseable date &quot;%1&quot;</source>
        <translation>fecha no interpretable &quot;%1&quot;</translation>
    </message>
    <message>
        <source>date &quot;%1&quot; has no usable time zone; read as UTC</source>
        <translation>la fecha &quot;%1&quot; no tiene una zona horaria utilizable; se leyó como UTC</translation>
    </message>
    <message>
        <source>more warnings were suppressed</source>
        <translation>se omitieron más advertencias</translation>
    </message>
    <message>
        <source>content after the end of the root element was ignored</source>
        <translation>se ignoró el contenido posterior al final del elemento raíz</translation>
    </message>
    <message>
        <source>the document ends early (truncated?); what was read up to the break was kept</source>
        <translation>el documento termina antes de tiempo (¿truncado?); se conservó lo leído hasta el corte</translation>
    </message>
    <message>
        <source>%1; the rest of the document was ignored</source>
        <extracomment>%1 is Qt&apos;s description of the XML error.</extracomment>
        <translation>%1; se ignoró el resto del documento</translation>
    </message>
</context>
<context>
    <name>XmlRepair</name>
    <message>
        <source>text before the first tag removed (%1 in total)</source>
        <translation>texto anterior a la primera etiqueta eliminado (%1 en total)</translation>
    </message>
    <message>
        <source>entity declarations in the DTD were ignored (%1 in total)</source>
        <translation>se ignoraron las declaraciones de entidades del DTD (%1 en total)</translation>
    </message>
    <message>
        <source>bare &apos;&amp;&apos; escaped (%1 in total)</source>
        <translation>&apos;&amp;&apos; sueltos escapados (%1 en total)</translation>
    </message>
    <message>
        <source>HTML entities replaced by their characters (%1 in total)</source>
        <translation>entidades HTML sustituidas por sus caracteres (%1 en total)</translation>
    </message>
    <message>
        <source>undeclared entities kept as text (%1 in total)</source>
        <translation>entidades no declaradas conservadas como texto (%1 en total)</translation>
    </message>
    <message>
        <source>references to characters XML forbids replaced by U+FFFD (%1 in total)</source>
        <translation>referencias a caracteres prohibidos en XML sustituidas por U+FFFD (%1 en total)</translation>
    </message>
    <message>
        <source>characters XML forbids removed (%1 in total)</source>
        <translation>caracteres prohibidos en XML eliminados (%1 en total)</translation>
    </message>
    <message>
        <source>&apos;&lt;&apos; starting no tag escaped (%1 in total)</source>
        <translation>&apos;&lt;&apos; que no inician ninguna etiqueta escapados (%1 en total)</translation>
    </message>
    <message>
        <source>&apos;]]&gt;&apos; outside CDATA escaped (%1 in total)</source>
        <translation>&apos;]]&gt;&apos; fuera de CDATA escapados (%1 en total)</translation>
    </message>
    <message>
        <source>HTML void elements closed (%1 in total)</source>
        <translation>elementos vacíos de HTML cerrados (%1 en total)</translation>
    </message>
    <message>
        <source>unclosed elements closed (%1 in total)</source>
        <translation>elementos sin cerrar cerrados (%1 en total)</translation>
    </message>
    <message>
        <source>end tags closing no element dropped (%1 in total)</source>
        <translation>etiquetas de cierre que no cierran ningún elemento descartadas (%1 en total)</translation>
    </message>
    <message>
        <source>attribute values quoted (%1 in total)</source>
        <translation>valores de atributo entrecomillados (%1 en total)</translation>
    </message>
    <message>
        <source>attributes without a value given an empty one (%1 in total)</source>
        <translation>atributos sin valor a los que se dio uno vacío (%1 en total)</translation>
    </message>
    <message>
        <source>duplicate attributes dropped (%1 in total)</source>
        <translation>atributos duplicados descartados (%1 en total)</translation>
    </message>
    <message>
        <source>attributes beyond a tag&apos;s first 256 or 64 KB dropped (%1 in total)</source>
        <translation>atributos más allá de los primeros 256 o 64 KB de una etiqueta descartados (%1 en total)</translation>
    </message>
    <message>
        <source>attributes with invalid names dropped (%1 in total)</source>
        <translation>atributos con nombres no válidos descartados (%1 en total)</translation>
    </message>
    <message>
        <source>malformed tags mended (%1 in total)</source>
        <translation>etiquetas mal formadas reparadas (%1 en total)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A fast, safe desktop feed reader</source>
        <translation>Un lector de canales de escritorio rápido y seguro</translation>
    </message>
    <message>
        <source>The folder holding the database and settings.</source>
        <translation>La carpeta que contiene la base de datos y la configuración.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Tidings cannot open its profile.</source>
        <translation>Tidings no puede abrir su perfil.</translation>
    </message>
    <message>
        <source>Feed addresses (https://…, feed:…) to subscribe to, or OPML files to import.</source>
        <translation>Direcciones de canales (https://…, feed:…) a las que suscribirse, o archivos OPML que importar.</translation>
    </message>
    <message>
        <source>[address or file…]</source>
        <translation>[dirección o archivo…]</translation>
    </message>
    <message>
        <source>Tidings is already running with this profile but does not answer.</source>
        <translation>Tidings ya se está ejecutando con este perfil, pero no responde.</translation>
    </message>
</context>
<context>
    <name>tidings::FeedFetcher</name>
    <message>
        <source>the fetch was cancelled</source>
        <translation>se canceló la descarga</translation>
    </message>
</context>
<context>
    <name>tidings::FeedProbe</name>
    <message>
        <source>no feed was found on %1</source>
        <translation>no se encontró ningún canal en %1</translation>
    </message>
</context>
<context>
    <name>tidings::FetchJob</name>
    <message>
        <source>no complete answer within %1 seconds</source>
        <translation>no hubo respuesta completa en %1 segundos</translation>
    </message>
    <message>
        <source>only http and https addresses can be fetched</source>
        <translation>solo se pueden descargar direcciones http y https</translation>
    </message>
    <message>
        <source>the fetch was cancelled</source>
        <translation>se canceló la descarga</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>más de %1 redirecciones</translation>
    </message>
    <message>
        <source>a redirect to a %1: address was refused</source>
        <translation>se rechazó una redirección a una dirección %1:</translation>
    </message>
    <message>
        <source>a redirect from https to plain http was refused</source>
        <translation>se rechazó una redirección de https a http sin cifrar</translation>
    </message>
    <message>
        <source>a redirect into the local network (%1) was refused</source>
        <translation>se rechazó una redirección a la red local (%1)</translation>
    </message>
    <message>
        <source>the response is too large (%1 bytes, the limit is %2)</source>
        <translation>la respuesta es demasiado grande (%1 bytes; el límite es %2)</translation>
    </message>
    <message>
        <source>the response is larger than the limit of %1 bytes</source>
        <translation>la respuesta supera el límite de %1 bytes</translation>
    </message>
    <message>
        <source>not modified since the last fetch</source>
        <translation>sin cambios desde la última descarga</translation>
    </message>
    <message>
        <source>the connection ended after %1 of the %2 bytes the server announced</source>
        <translation>la conexión terminó tras %1 de los %2 bytes que anunció el servidor</translation>
    </message>
    <message>
        <source>the feed has moved permanently to %1</source>
        <translation>el canal se ha trasladado permanentemente a %1</translation>
    </message>
    <message>
        <source>the server sent the same document again</source>
        <translation>el servidor volvió a enviar el mismo documento</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>el servidor respondió HTTP %1 %2</translation>
    </message>
    <message>
        <source>the feed is gone for good (HTTP 410)</source>
        <translation>el canal ha desaparecido definitivamente (HTTP 410)</translation>
    </message>
    <message numerus="yes">
        <source>the server asks to wait %n second(s) before the next fetch (HTTP %1)</source>
        <translation>
            <numerusform>el servidor pide esperar %n segundo antes de la próxima descarga (HTTP %1)</numerusform>
            <numerusform>el servidor pide esperar %n segundos antes de la próxima descarga (HTTP %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>the server says there were too many requests (HTTP %1)</source>
        <translation>el servidor indica que hubo demasiadas solicitudes (HTTP %1)</translation>
    </message>
    <message>
        <source>the compressed response expands to more than is safe to decode</source>
        <translation>la respuesta comprimida se expande más de lo que es seguro descodificar</translation>
    </message>
    <message>
        <source>the compressed response could not be decoded: it is corrupt or expands too far</source>
        <translation>no se pudo descodificar la respuesta comprimida: está dañada o se expande demasiado</translation>
    </message>
    <message numerus="yes">
        <source>the server stopped sending data for %n second(s)</source>
        <translation>
            <numerusform>el servidor dejó de enviar datos durante %n segundo</numerusform>
            <numerusform>el servidor dejó de enviar datos durante %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>the secure connection failed: %1</source>
        <translation>falló la conexión segura: %1</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <translation>el servidor rechazó la conexión</translation>
    </message>
    <message>
        <source>the server name %1 could not be found</source>
        <translation>no se encontró el nombre de servidor %1</translation>
    </message>
    <message>
        <source>the connection failed: %1</source>
        <translation>falló la conexión: %1</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %1 seconds (%n of them waiting for memory that other downloads held)</source>
        <translation>
            <numerusform>no hubo respuesta completa en %1 segundos (%n de ellos esperando memoria ocupada por otras descargas)</numerusform>
            <numerusform>no hubo respuesta completa en %1 segundos (%n de ellos esperando memoria ocupada por otras descargas)</numerusform>
        </translation>
    </message>
    <message>
        <source>the response is too large to receive alongside the other downloads: %1 bytes so far, and all of them together may hold %2 bytes</source>
        <translation>la respuesta es demasiado grande para recibirla junto con las demás descargas: %1 bytes hasta ahora, y todas juntas pueden ocupar como máximo %2 bytes</translation>
    </message>
</context>
<context>
    <name>tidings::Language</name>
    <message>
        <source>English</source>
        <extracomment>The name of the language you translate into, in that language (&quot;Deutsch&quot;, &quot;Français&quot;): Preferences lists the languages so.</extracomment>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>tidings::Profile</name>
    <message>
        <source>this system has no folder for application data; choose one with --profile</source>
        <translation>este sistema no tiene ninguna carpeta para datos de aplicaciones; elija una con --profile</translation>
    </message>
    <message>
        <source>the profile folder %1 cannot be created</source>
        <translation>no se puede crear la carpeta de perfil %1</translation>
    </message>
</context>
<context>
    <name>tidings::Store</name>
    <message>
        <source>looking up an item</source>
        <translation>buscar un artículo</translation>
    </message>
    <message>
        <source>storing an item</source>
        <translation>guardar un artículo</translation>
    </message>
    <message>
        <source>updating an item</source>
        <translation>actualizar un artículo</translation>
    </message>
    <message>
        <source>reading the folders</source>
        <translation>leer las carpetas</translation>
    </message>
    <message>
        <source>reading the feeds</source>
        <translation>leer los canales</translation>
    </message>
    <message>
        <source>reading items</source>
        <translation>leer artículos</translation>
    </message>
    <message>
        <source>reading an item</source>
        <translation>leer un artículo</translation>
    </message>
    <message>
        <source>reading the item list</source>
        <translation>leer la lista de artículos</translation>
    </message>
    <message>
        <source>counting items</source>
        <translation>contar los artículos</translation>
    </message>
    <message>
        <source>recording the search index format</source>
        <translation>registrar el formato del índice de búsqueda</translation>
    </message>
    <message>
        <source>indexing an item for search</source>
        <translation>indexar un artículo para la búsqueda</translation>
    </message>
    <message>
        <source>updating the search index</source>
        <translation>actualizar el índice de búsqueda</translation>
    </message>
    <message>
        <source>removing a feed from the search index</source>
        <translation>quitar un canal del índice de búsqueda</translation>
    </message>
    <message>
        <source>the database is already open</source>
        <translation>la base de datos ya está abierta</translation>
    </message>
    <message>
        <source>the profile folder %1 cannot be created</source>
        <translation>no se puede crear la carpeta de perfil %1</translation>
    </message>
    <message>
        <source>marking an item</source>
        <translation>marcar un artículo</translation>
    </message>
    <message>
        <source>journaling a mark</source>
        <translation>anotar una marca en el registro de marcas</translation>
    </message>
    <message>
        <source>looking up a folder</source>
        <translation>buscar una carpeta</translation>
    </message>
    <message>
        <source>adding a folder</source>
        <translation>añadir una carpeta</translation>
    </message>
    <message>
        <source>looking up a feed</source>
        <translation>buscar un canal</translation>
    </message>
    <message>
        <source>adding a feed</source>
        <translation>añadir un canal</translation>
    </message>
    <message>
        <source>reading marked items</source>
        <translation>leer los artículos marcados</translation>
    </message>
    <message>
        <source>journaling marks</source>
        <translation>anotar marcas en el registro de marcas</translation>
    </message>
    <message>
        <source>marking items</source>
        <translation>marcar artículos</translation>
    </message>
    <message>
        <source>deleting a feed</source>
        <translation>eliminar un canal</translation>
    </message>
    <message>
        <source>moving a feed</source>
        <translation>mover un canal</translation>
    </message>
    <message>
        <source>renaming a folder</source>
        <translation>cambiar el nombre de una carpeta</translation>
    </message>
    <message>
        <source>moving a folder</source>
        <translation>mover una carpeta</translation>
    </message>
    <message>
        <source>deleting a folder</source>
        <translation>eliminar una carpeta</translation>
    </message>
    <message>
        <source>renaming a feed</source>
        <translation>cambiar el nombre de un canal</translation>
    </message>
    <message>
        <source>changing a feed&apos;s address</source>
        <translation>cambiar la dirección de un canal</translation>
    </message>
    <message>
        <source>changing a feed&apos;s options</source>
        <translation>cambiar las opciones de un canal</translation>
    </message>
    <message>
        <source>recording the fetch of feed %1 failed: %2</source>
        <translation>no se pudo registrar la descarga del canal %1: %2</translation>
    </message>
    <message>
        <source>there is no feed %1</source>
        <translation>no existe el canal %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>no se pudo %1: %2</translation>
    </message>
    <message>
        <source>the database cannot be read: %1</source>
        <translation>no se puede leer la base de datos: %1</translation>
    </message>
    <message>
        <source>the old backup %1 cannot be replaced</source>
        <translation>no se puede sustituir la copia de seguridad antigua %1</translation>
    </message>
    <message>
        <source>no backup of the database could be made before upgrading it (%1): %2</source>
        <translation>no se pudo hacer una copia de seguridad de la base de datos antes de actualizarla (%1): %2</translation>
    </message>
    <message>
        <source>the database %1 cannot be opened: %2</source>
        <translation>no se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>the database %1 was written by a newer Tidings (schema %2; this one knows %3); it was left untouched</source>
        <translation>la base de datos %1 la escribió una versión más reciente de Tidings (esquema %2; esta conoce el %3); no se ha modificado</translation>
    </message>
    <message>
        <source>upgrading the database to schema %1 failed; it stays at schema %2: %3</source>
        <translation>no se pudo actualizar la base de datos al esquema %1; sigue en el esquema %2: %3</translation>
    </message>
    <message>
        <source>the search index cannot be rebuilt: %1</source>
        <translation>no se puede reconstruir el índice de búsqueda: %1</translation>
    </message>
    <message>
        <source>the database is busy: another program kept it locked for too long</source>
        <translation>la base de datos está ocupada: otro programa la mantuvo bloqueada demasiado tiempo</translation>
    </message>
    <message>
        <source>the database file cannot be written (read-only)</source>
        <translation>no se puede escribir en el archivo de la base de datos (solo lectura)</translation>
    </message>
    <message>
        <source>the database file could not be read or written (input/output error)</source>
        <translation>no se pudo leer ni escribir el archivo de la base de datos (error de entrada/salida)</translation>
    </message>
    <message>
        <source>the database file is damaged or is not a Tidings database</source>
        <translation>el archivo de la base de datos está dañado o no es una base de datos de Tidings</translation>
    </message>
    <message>
        <source>the disk holding the database is full; nothing of this change was written</source>
        <translation>el disco que contiene la base de datos está lleno; no se escribió nada de este cambio</translation>
    </message>
    <message>
        <source>the database file cannot be opened</source>
        <translation>no se puede abrir el archivo de la base de datos</translation>
    </message>
    <message>
        <source>the database refused a statement (%1): %2</source>
        <translation>la base de datos rechazó una instrucción (%1): %2</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>la base de datos no está abierta</translation>
    </message>
    <message>
        <source>looking up feed %1 failed: %2</source>
        <translation>no se pudo buscar el canal %1: %2</translation>
    </message>
    <message>
        <source>looking up folder %1 failed: %2</source>
        <translation>no se pudo buscar la carpeta %1: %2</translation>
    </message>
    <message>
        <source>there is no folder %1</source>
        <translation>no existe la carpeta %1</translation>
    </message>
    <message>
        <source>a folder needs a name</source>
        <translation>una carpeta necesita un nombre</translation>
    </message>
    <message>
        <source>a feed needs an address</source>
        <translation>un canal necesita una dirección</translation>
    </message>
    <message>
        <source>there is a folder named %1 there already</source>
        <translation>ya hay allí una carpeta llamada %1</translation>
    </message>
    <message>
        <source>a folder cannot be moved into itself or one of its subfolders</source>
        <translation>una carpeta no se puede mover dentro de sí misma ni de una de sus subcarpetas</translation>
    </message>
    <message>
        <source>the destination already has a folder of that name</source>
        <translation>el destino ya tiene una carpeta con ese nombre</translation>
    </message>
    <message>
        <source>%1 is subscribed already, as &quot;%2&quot;</source>
        <translation>ya está suscrito a %1, como &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is not an http or https address</source>
        <translation>%1 no es una dirección http ni https</translation>
    </message>
    <message>
        <source>an update interval cannot be negative</source>
        <translation>un intervalo de actualización no puede ser negativo</translation>
    </message>
    <message>
        <source>reading the mark journal</source>
        <translation>leer el registro de marcas</translation>
    </message>
</context>
<context>
    <name>tidings::app::AddFeedDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>Sin carpeta</translation>
    </message>
    <message>
        <source>Subscribing…</source>
        <translation>Suscribiendo…</translation>
    </message>
    <message>
        <source>Looking for feeds…</source>
        <translation>Buscando canales…</translation>
    </message>
    <message>
        <source>You are already subscribed to %1.</source>
        <translation>Ya existe una suscripción a %1.</translation>
    </message>
    <message>
        <source>no feed was found there</source>
        <translation>no se encontró ningún canal allí</translation>
    </message>
    <message>
        <source>You are already subscribed to %1 (%2).</source>
        <translation>Ya existe una suscripción a %1 (%2).</translation>
    </message>
    <message>
        <source>You are already subscribed to every feed this address offers.</source>
        <translation>Ya existe una suscripción a todos los canales que ofrece esta dirección.</translation>
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
        <translation>Canal</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>%1 (already subscribed)</source>
        <translation>%1 (ya suscrito)</translation>
    </message>
    <message>
        <source>The feed could not be saved: %1</source>
        <translation>No se pudo guardar el canal: %1</translation>
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
        <translation>Por %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>This item has no text.</source>
        <translation>Este artículo no tiene texto.</translation>
    </message>
    <message>
        <source>Welcome to Tidings</source>
        <translation>Le damos la bienvenida a Tidings</translation>
    </message>
    <message>
        <source>Tidings keeps up with the sites you follow. Subscribe to a feed to begin, or bring your subscriptions over from another reader.</source>
        <translation>Tidings le mantiene al día de los sitios que sigue. Suscríbase a un canal para empezar o traiga sus suscripciones desde otro lector.</translation>
    </message>
    <message>
        <source>Add feed…</source>
        <translation>Añadir canal…</translation>
    </message>
    <message>
        <source>Import OPML…</source>
        <translation>Importar OPML…</translation>
    </message>
    <message>
        <source>Articles open here. Press Space to scroll and to move on to the next unread one.</source>
        <translation>Los artículos se abren aquí. Pulse Espacio para desplazarse y para pasar al siguiente no leído.</translation>
    </message>
    <message>
        <source>This article is too long to show here in full.</source>
        <translation>Este artículo es demasiado largo para mostrarlo aquí completo.</translation>
    </message>
    <message>
        <source>Read the rest on its site</source>
        <translation>Leer el resto en su sitio</translation>
    </message>
</context>
<context>
    <name>tidings::app::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
</context>
<context>
    <name>tidings::app::FeedPropertiesDialog</name>
    <message>
        <source>Properties of %1</source>
        <translation>Propiedades de %1</translation>
    </message>
    <message>
        <source>The feed&apos;s own title</source>
        <translation>El título propio del canal</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>Sin carpeta</translation>
    </message>
    <message>
        <source>As the preferences say (default)</source>
        <translation>Según las preferencias (predeterminado)</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Cada 15 minutos</translation>
    </message>
    <message>
        <source>Every 30 minutes</source>
        <translation>Cada 30 minutos</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Cada hora</translation>
    </message>
    <message>
        <source>Every 2 hours</source>
        <translation>Cada 2 horas</translation>
    </message>
    <message>
        <source>Every 6 hours</source>
        <translation>Cada 6 horas</translation>
    </message>
    <message>
        <source>Every 12 hours</source>
        <translation>Cada 12 horas</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translation>Una vez al día</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Cada %n minuto</numerusform>
            <numerusform>Cada %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>As the preferences say (now: load them)</source>
        <translation>Según las preferencias (ahora: cargarlas)</translation>
    </message>
    <message>
        <source>As the preferences say (now: do not load them)</source>
        <translation>Según las preferencias (ahora: no cargarlas)</translation>
    </message>
    <message>
        <source>Always load them</source>
        <translation>Cargarlas siempre</translation>
    </message>
    <message>
        <source>Never load them</source>
        <translation>No cargarlas nunca</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Aún no comprobado</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Funciona</translation>
    </message>
    <message>
        <source>Moved to a new address</source>
        <translation>Trasladado a una dirección nueva</translation>
    </message>
    <message>
        <source>Gone: the server says it no longer exists</source>
        <translation>Desaparecido: el servidor indica que ya no existe</translation>
    </message>
    <message>
        <source>Failing (failed checks in a row: %1)</source>
        <translation>Con errores (comprobaciones fallidas seguidas: %1)</translation>
    </message>
    <message>
        <source>None given</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>%1 (last success: %2)</source>
        <translation>%1 (último éxito: %2)</translation>
    </message>
    <message>
        <source>%1 (never successful)</source>
        <translation>%1 (nunca con éxito)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>%1 in all, %2 unread</source>
        <translation>%1 en total, %2 no leídos</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
</context>
<context>
    <name>tidings::app::ItemListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Destacado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>tidings::app::MainWindow</name>
    <message>
        <source>About Tidings</source>
        <translation>Acerca de Tidings</translation>
    </message>
    <message>
        <source>Tidings %1
A fast, safe desktop feed reader.</source>
        <translation>Tidings %1
Un lector de canales de escritorio rápido y seguro.</translation>
    </message>
    <message>
        <source>No unread items left</source>
        <translation>No quedan artículos no leídos</translation>
    </message>
    <message>
        <source>This item has no web address to open</source>
        <translation>Este artículo no tiene ninguna dirección web que abrir</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Failing Feeds</source>
        <translation>Canales con errores</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) could not be refreshed.</source>
        <translation>
            <numerusform>No se pudo actualizar %n canal.</numerusform>
            <numerusform>No se pudieron actualizar %n canales.</numerusform>
        </translation>
    </message>
    <message>
        <source>The items cannot be read from the database</source>
        <translation>No se pueden leer los artículos de la base de datos</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) unread again</source>
        <translation>
            <numerusform>%n artículo vuelve a estar no leído</numerusform>
            <numerusform>%n artículos vuelven a estar no leídos</numerusform>
        </translation>
    </message>
    <message>
        <source>This feed names no web site</source>
        <translation>Este canal no indica ningún sitio web</translation>
    </message>
    <message>
        <source>The new theme is used from the next start of Tidings</source>
        <translation>El tema nuevo se usará a partir del próximo inicio de Tidings</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Open Web Site</source>
        <translation>Abrir sitio web</translation>
    </message>
    <message>
        <source>Copy Feed Address</source>
        <translation>Copiar dirección del canal</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Move To</source>
        <translation>Mover a</translation>
    </message>
    <message>
        <source>Top Level</source>
        <translation>Nivel superior</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Unsubscribe from “%1” and delete its items?</source>
        <translation>¿Cancelar la suscripción a “%1” y eliminar sus artículos?</translation>
    </message>
    <message>
        <source>Delete the folder “%1”? Its feeds move to the top level.</source>
        <translation>¿Eliminar la carpeta “%1”? Sus canales pasarán al nivel superior.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n item(s) read. Undo with %1.</source>
        <extracomment>All unread items everywhere were marked. %1 is the Undo shortcut.</extracomment>
        <translation>
            <numerusform>Se marcó %n artículo como leído. Deshacer con %1.</numerusform>
            <numerusform>Se marcaron %n artículos como leídos. Deshacer con %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n item(s) read in %1. Undo with %2.</source>
        <extracomment>%1 is the name of a feed, folder or view (All Items, Starred…), %2 the Undo shortcut.</extracomment>
        <translation>
            <numerusform>Se marcó %n artículo de %1 como leído. Deshacer con %2.</numerusform>
            <numerusform>Se marcaron %n artículos de %1 como leídos. Deshacer con %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tidings opens feed addresses and OPML files; %n argument(s) were neither</source>
        <translation>
            <numerusform>Tidings abre direcciones de canales y archivos OPML; %n argumento no era ninguna de las dos cosas</numerusform>
            <numerusform>Tidings abre direcciones de canales y archivos OPML; %n argumentos no eran ninguna de las dos cosas</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Subscriptions</source>
        <translation>Importar suscripciones</translation>
    </message>
    <message>
        <source>Import the subscriptions listed in “%1”?</source>
        <translation>¿Importar las suscripciones de “%1”?</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation>No se importó nada de %1:
%2</translation>
    </message>
    <message>
        <source>&amp;Pause Automatic Refresh</source>
        <translation>Pa&amp;usar la actualización automática</translation>
    </message>
    <message>
        <source>Automatic refresh paused</source>
        <translation>Actualización automática en pausa</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <extracomment>The item list&apos;s title after a click on the new-items notification: what it announced.</extracomment>
        <translation>
            <numerusform>%n artículo nuevo</numerusform>
            <numerusform>%n artículos nuevos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::app::OpmlSummaryDialog</name>
    <message>
        <source>Import Subscriptions</source>
        <translation>Importar suscripciones</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importado de %1</translation>
    </message>
    <message>
        <source>Feeds added: %1</source>
        <translation>Canales añadidos: %1</translation>
    </message>
    <message>
        <source>Already subscribed: %1</source>
        <translation>Ya suscritos: %1</translation>
    </message>
    <message>
        <source>Folders created: %1</source>
        <translation>Carpetas creadas: %1</translation>
    </message>
    <message>
        <source>Repeated in the file, skipped: %1</source>
        <translation>Repetidos en el archivo, omitidos: %1</translation>
    </message>
    <message>
        <source>Entries skipped: %1</source>
        <translation>Entradas omitidas: %1</translation>
    </message>
    <message>
        <source>Skipped or repaired while reading the file:</source>
        <translation>Omitido o reparado al leer el archivo:</translation>
    </message>
</context>
<context>
    <name>tidings::app::PreferencesDialog</name>
    <message>
        <source>Wide: subscriptions, list and article side by side</source>
        <translation>Ancho: suscripciones, lista y artículo uno al lado del otro</translation>
    </message>
    <message>
        <source>Classic: the list above the article</source>
        <translation>Clásico: la lista sobre el artículo</translation>
    </message>
    <message>
        <source>As the desktop is</source>
        <translation>Como el escritorio</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Back to the default keys</source>
        <translation>Volver a las teclas predeterminadas</translation>
    </message>
    <message>
        <source>“%1” and “%2” both use %3.</source>
        <translation>“%1” y “%2” usan las mismas teclas: %3.</translation>
    </message>
    <message>
        <source>Give one of them other keys before saving.</source>
        <translation>Asigne otras teclas a una de las dos antes de guardar.</translation>
    </message>
    <message>
        <source>Every feed, unless its properties say no</source>
        <translation>Todos los canales, salvo que sus propiedades lo impidan</translation>
    </message>
    <message>
        <source>Only the feeds chosen in their properties</source>
        <translation>Solo los canales elegidos en sus propiedades</translation>
    </message>
</context>
<context>
    <name>tidings::app::RefreshStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Show the feeds that could not be refreshed</source>
        <translation>Mostrar los canales que no se pudieron actualizar</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %1 of %2 feeds, %n new item(s)</source>
        <translation>
            <numerusform>Actualizando %1 de %2 canales, %n artículo nuevo</numerusform>
            <numerusform>Actualizando %1 de %2 canales, %n artículos nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh cancelled at %1</source>
        <translation>Actualización cancelada a las %1</translation>
    </message>
    <message numerus="yes">
        <source>Last refresh %1, %n new item(s)</source>
        <translation>
            <numerusform>Última actualización a las %1, %n artículo nuevo</numerusform>
            <numerusform>Última actualización a las %1, %n artículos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing feed(s)</source>
        <translation>
            <numerusform>%n canal con errores</numerusform>
            <numerusform>%n canales con errores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::app::StoreOpeningDialog</name>
    <message>
        <source>This happens once after an update.</source>
        <translation>Esto ocurre una sola vez tras una actualización.</translation>
    </message>
    <message>
        <source>Upgrading the database to this version of Tidings. A copy of the previous one is kept in the profile folder.</source>
        <translation>Actualizando la base de datos a esta versión de Tidings. Se guarda una copia de la anterior en la carpeta del perfil.</translation>
    </message>
    <message numerus="yes">
        <source>Rebuilding the search index: %L1 of %Ln item(s).</source>
        <translation>
            <numerusform>Reconstruyendo el índice de búsqueda: %L1 de %Ln artículo.</numerusform>
            <numerusform>Reconstruyendo el índice de búsqueda: %L1 de %Ln artículos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::app::SubscriptionModel</name>
    <message>
        <source>All items</source>
        <translation>Todos los artículos</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>No leídos</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Destacados</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This feed is gone; it is no longer fetched.</source>
        <translation>Este canal ha desaparecido; ya no se descarga.</translation>
    </message>
    <message>
        <source>This feed is gone; it is no longer fetched: %1</source>
        <translation>Este canal ha desaparecido; ya no se descarga: %1</translation>
    </message>
    <message>
        <source>This feed moved permanently; it is now fetched from %1</source>
        <translation>Este canal se trasladó permanentemente; ahora se descarga de %1</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Suscripciones</translation>
    </message>
    <message numerus="yes">
        <source>Fetching failed %n time(s) in a row: %1</source>
        <extracomment>%1 is the error of the last fetch.</extracomment>
        <translation>
            <numerusform>La descarga ha fallado %n vez: %1</numerusform>
            <numerusform>La descarga ha fallado %n veces seguidas: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tidings::app::TrayIcon</name>
    <message>
        <source>&amp;Hide Tidings</source>
        <translation>&amp;Ocultar Tidings</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Show Tidings</source>
        <translation>&amp;Mostrar Tidings</translation>
    </message>
</context>
<context>
    <name>tidings::cli::Cli</name>
    <message>
        <source>Put the feed in folder &lt;name&gt; (a/b for nested folders).</source>
        <translation>Poner el canal en la carpeta &lt;name&gt; (a/b para carpetas anidadas).</translation>
    </message>
    <message>
        <source>Call the feed &lt;title&gt; instead of its own title.</source>
        <translation>Llamar al canal &lt;title&gt; en lugar de por su propio título.</translation>
    </message>
    <message>
        <source>The feed&apos;s address, or a web page that announces feeds.</source>
        <translation>La dirección del canal, o una página web que anuncie canales.</translation>
    </message>
    <message>
        <source>Usage: tidings-cli add URL [--folder NAME] [--title T]</source>
        <translation>Uso: tidings-cli add URL [--folder NAME] [--title T]</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>not an http or https address</source>
        <translation>no es una dirección http o https</translation>
    </message>
    <message>
        <source>--folder needs a name</source>
        <translation>--folder necesita un nombre</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <source>no feed was found there</source>
        <translation>no se encontró ningún canal allí</translation>
    </message>
    <message>
        <source>already subscribed: %1 (feed %2)
</source>
        <translation>ya suscrito: %1 (canal %2)
</translation>
    </message>
    <message numerus="yes">
        <source>subscribed to %1 (%2) as feed %3: %n item(s)
</source>
        <translation>
            <numerusform>suscrito a %1 (%2) como canal %3: %n artículo
</numerusform>
            <numerusform>suscrito a %1 (%2) como canal %3: %n artículos
</numerusform>
        </translation>
    </message>
    <message>
        <source>the first fetch failed: %1
</source>
        <translation>falló la primera descarga: %1
</translation>
    </message>
    <message>
        <source>also offered: %1%2
</source>
        <translation>también se ofrece: %1%2
</translation>
    </message>
    <message>
        <source>Print one JSON array.</source>
        <translation>Mostrar un único array JSON.</translation>
    </message>
    <message>
        <source>Usage: tidings-cli feeds [--json]</source>
        <translation>Uso: tidings-cli feeds [--json]</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>no leídos</translation>
    </message>
    <message>
        <source>Only the items of feed &lt;id&gt;.</source>
        <translation>Solo los artículos del canal &lt;id&gt;.</translation>
    </message>
    <message>
        <source>Only unread items.</source>
        <translation>Solo los artículos no leídos.</translation>
    </message>
    <message>
        <source>Only starred items.</source>
        <translation>Solo los artículos destacados.</translation>
    </message>
    <message>
        <source>Only items whose title, authors or text contain the words of &lt;text&gt;.</source>
        <translation>Solo los artículos cuyo título, autores o texto contengan las palabras de &lt;text&gt;.</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; items.</source>
        <translation>Como máximo &lt;n&gt; artículos.</translation>
    </message>
    <message>
        <source>Usage: tidings-cli items [--feed ID] [--unread] [--starred] [--search TEXT] [--limit N] [--json]</source>
        <translation>Uso: tidings-cli items [--feed ID] [--unread] [--starred] [--search TEXT] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>--feed needs a feed id, not &quot;%1&quot;</source>
        <translation>--feed necesita un id de canal, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--limit needs a number, not &quot;%1&quot;</source>
        <translation>--limit necesita un número, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Mark every item of feed &lt;id&gt; read.</source>
        <translation>Marcar como leídos todos los artículos del canal &lt;id&gt;.</translation>
    </message>
    <message>
        <source>Mark item &lt;id&gt; read.</source>
        <translation>Marcar como leído el artículo &lt;id&gt;.</translation>
    </message>
    <message>
        <source>Mark every item read.</source>
        <translation>Marcar todos los artículos como leídos.</translation>
    </message>
    <message>
        <source>Usage: tidings-cli mark-read (--feed ID | --item ID | --all)</source>
        <translation>Uso: tidings-cli mark-read (--feed ID | --item ID | --all)</translation>
    </message>
    <message>
        <source>give exactly one of --feed, --item and --all</source>
        <translation>indique exactamente una de --feed, --item y --all</translation>
    </message>
    <message>
        <source>an id is a positive number</source>
        <translation>un id es un número positivo</translation>
    </message>
    <message>
        <source>mark-read</source>
        <translation>mark-read</translation>
    </message>
    <message>
        <source>there is no feed with id %1</source>
        <translation>no hay ningún canal con id %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) marked read
</source>
        <translation>
            <numerusform>%n artículo marcado como leído
</numerusform>
            <numerusform>%n artículos marcados como leídos
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
        <translation>Uso: tidings-cli [--profile DIR] &lt;verb&gt; [options]

Verbos:
  parse FILE|URL|- [--base URL] [--raw]   muestra un documento de canal como JSON normalizado
  add URL [--folder NAME] [--title T]     suscribe (en una página web se buscan sus canales)
  import FILE.opml                        importa suscripciones y carpetas
  export FILE.opml|-                      exporta todas las suscripciones, con sus carpetas
  refresh [--jobs N] [--feed ID]          descarga, analiza y guarda todos los canales (o uno)
  feeds [--json]                          lista las suscripciones
  items [--feed ID] [--unread] [--starred] [--search TEXT] [--limit N] [--json]
                                          lista los artículos guardados, los más recientes primero
  mark-read (--feed ID | --item ID | --all)  marca artículos como leídos

Opciones:
  --profile DIR   la carpeta que contiene la base de datos y la configuración
                  (predeterminada: $TIDINGS_PROFILE; si no, la carpeta de datos de la aplicación)
  --version       muestra la versión
  --help          muestra esta ayuda; &apos;tidings-cli &lt;verb&gt; --help&apos; para la de un verbo
</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>opción desconocida %1</translation>
    </message>
    <message>
        <source>no verb given; usage: tidings-cli [--profile DIR] &lt;verb&gt; [options]</source>
        <translation>no se indicó ningún verbo; uso: tidings-cli [--profile DIR] &lt;verb&gt; [options]</translation>
    </message>
    <message>
        <source>unknown verb</source>
        <translation>verbo desconocido</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>tidings-cli: %1: warning: %2</source>
        <translation>tidings-cli: %1: advertencia: %2</translation>
    </message>
    <message>
        <source>Usage: tidings-cli import FILE.opml</source>
        <translation>Uso: tidings-cli import FILE.opml</translation>
    </message>
    <message>
        <source>The OPML file to import.</source>
        <translation>El archivo OPML que se va a importar.</translation>
    </message>
    <message>
        <source>%1; nothing was imported</source>
        <translation>%1; no se importó nada</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) imported</source>
        <translation>
            <numerusform>%n suscripción importada</numerusform>
            <numerusform>%n suscripciones importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new folder(s)</source>
        <translation>
            <numerusform>%n carpeta nueva</numerusform>
            <numerusform>%n carpetas nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already subscribed</source>
        <translation>
            <numerusform>%n ya suscrito</numerusform>
            <numerusform>%n ya suscritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) in the file skipped</source>
        <translation>
            <numerusform>%n duplicado omitido en el archivo</numerusform>
            <numerusform>%n duplicados omitidos en el archivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) rejected</source>
        <translation>
            <numerusform>%n entrada rechazada</numerusform>
            <numerusform>%n entradas rechazadas</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>separates the counts of an import summary</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Usage: tidings-cli export FILE.opml|-</source>
        <translation>Uso: tidings-cli export FILE.opml|-</translation>
    </message>
    <message>
        <source>Where to write the OPML file; - for standard output.</source>
        <translation>Dónde escribir el archivo OPML; - para la salida estándar.</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s) exported
</source>
        <translation>
            <numerusform>%n suscripción exportada
</numerusform>
            <numerusform>%n suscripciones exportadas
</numerusform>
        </translation>
    </message>
    <message>
        <source>tidings-cli: %1 (see tidings-cli --help)</source>
        <translation>tidings-cli: %1 (consulte tidings-cli --help)</translation>
    </message>
    <message>
        <source>tidings-cli %1: %2 (see tidings-cli %1 --help)</source>
        <translation>tidings-cli %1: %2 (consulte tidings-cli %1 --help)</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>argumento inesperado %1</translation>
    </message>
    <message>
        <source>expected exactly one %1</source>
        <translation>se esperaba exactamente un argumento (%1)</translation>
    </message>
    <message>
        <source>Parse one feed document and print it as normalized JSON.</source>
        <translation>Analizar un documento de canal y mostrarlo como JSON normalizado.</translation>
    </message>
    <message>
        <source>A file, - for standard input, or an http, https or file URL.</source>
        <translation>Un archivo, - para la entrada estándar, o una URL http, https o file.</translation>
    </message>
    <message>
        <source>Resolve relative URLs against &lt;url&gt; when the document does not say otherwise.</source>
        <translation>Resolver las URL relativas respecto a &lt;url&gt; cuando el documento no indique otra cosa.</translation>
    </message>
    <message>
        <source>Print summary and content as the document had them (not sanitized).</source>
        <translation>Mostrar el resumen y el contenido tal como venían en el documento (sin sanear).</translation>
    </message>
    <message>
        <source>Usage: tidings-cli parse [options] FILE|URL|-</source>
        <translation>Uso: tidings-cli parse [options] FILE|URL|-</translation>
    </message>
    <message>
        <source>file or URL</source>
        <translation>archivo o URL</translation>
    </message>
    <message>
        <source>--base needs an absolute URL, not &quot;%1&quot;</source>
        <translation>--base necesita una URL absoluta, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>failed   %1: %2</source>
        <translation>error    %1: %2</translation>
    </message>
    <message>
        <source>same     %1</source>
        <translation>igual    %1</translation>
    </message>
    <message>
        <source>Fetch at most &lt;n&gt; feeds at once (default 16).</source>
        <translation>Descargar como máximo &lt;n&gt; canales a la vez (predeterminado: 16).</translation>
    </message>
    <message>
        <source>Refresh only feed &lt;id&gt;.</source>
        <translation>Actualizar solo el canal &lt;id&gt;.</translation>
    </message>
    <message>
        <source>Usage: tidings-cli refresh [--jobs N] [--feed ID]</source>
        <translation>Uso: tidings-cli refresh [--jobs N] [--feed ID]</translation>
    </message>
    <message>
        <source>--jobs needs a number from 1 to 256, not &quot;%1&quot;</source>
        <translation>--jobs necesita un número de 1 a 256, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>refresh</source>
        <translation>refresh</translation>
    </message>
    <message numerus="yes">
        <source>%1/%2 feeds, %n new item(s)</source>
        <translation>
            <numerusform>%1/%2 canales, %n artículo nuevo</numerusform>
            <numerusform>%1/%2 canales, %n artículos nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>the subscriptions could not be read</source>
        <translation>no se pudieron leer las suscripciones</translation>
    </message>
    <message>
        <source>%1: %2 ok, %3 failed; %4, %5 updated; %6 s
</source>
        <extracomment>%1 is &quot;&lt;n&gt; feed(s)&quot;, %4 is &quot;&lt;n&gt; new item(s)&quot;, %6 the seconds it took</extracomment>
        <translation>%1: %2 ok, %3 con errores; %4, %5 actualizados; %6 s
</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s)</source>
        <translation>
            <numerusform>%n canal</numerusform>
            <numerusform>%n canales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n artículo nuevo</numerusform>
            <numerusform>%n artículos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok       %1: %n new</source>
        <extracomment>Keep the padding after &quot;ok&quot;: the feed names line up with those of &quot;failed&quot; and &quot;same&quot;.</extracomment>
        <translation>
            <numerusform>ok       %1: %n nuevo</numerusform>
            <numerusform>ok       %1: %n nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n updated</source>
        <translation>
            <numerusform>, %n actualizado</numerusform>
            <numerusform>, %n actualizados</numerusform>
        </translation>
    </message>
    <message>
        <source>upgrading the database to this version of Tidings…</source>
        <translation>actualizando la base de datos a esta versión de Tidings…</translation>
    </message>
    <message numerus="yes">
        <source>rebuilding the search index: %L1 of %Ln item(s)…</source>
        <translation>
            <numerusform>reconstruyendo el índice de búsqueda: %L1 de %Ln artículo…</numerusform>
            <numerusform>reconstruyendo el índice de búsqueda: %L1 de %Ln artículos…</numerusform>
        </translation>
    </message>
</context>
</TS>
