; Tidings as a handler of feed: URLs and as a program offered for .opml files, for the installer
; that CPack writes (packaging/windows/cpack-nsis.cmake includes this file and inserts the macros
; at the end of the install section and at the start of the uninstall section, before the files go).
; The app takes what it is given (src/app/main.cpp): a feed address opens Add Feed, an OPML file
; the import; a second launch hands both to the running window (src/app/instance/).
;
; SHCTX is HKLM: CPack's installer runs elevated and calls SetShellVarContext all. The keys go to
; the 64-bit view, where 64-bit Explorer reads them (the installer itself is a 32-bit program).
; Windows passes the whole URL or the file path as %1 on the command line.
;
; Nothing another program set up is taken over: Tidings registers its capabilities (Settings >
; Apps > Default apps lists it for feed: and .opml, the user chooses there), takes feed: itself only
; while no other program has it, and is merely offered in "Open with" for .opml.

!include LogicLib.nsh

!define TIDINGS_EXE "$INSTDIR\bin\tidings.exe"
!define TIDINGS_COMMAND '"${TIDINGS_EXE}" "%1"'
!define TIDINGS_FEED_PROGID "Tidings.feed"
!define TIDINGS_OPML_PROGID "Tidings.opml"
!define TIDINGS_CAPABILITIES "Software\Tidings\Capabilities"

!macro TidingsRegisterHandlers
  SetRegView 64
  ; The ProgIDs: what "Tidings" means for a feed: URL and for an .opml file.
  WriteRegStr SHCTX "Software\Classes\${TIDINGS_FEED_PROGID}" "" "URL:Feed Protocol"
  WriteRegStr SHCTX "Software\Classes\${TIDINGS_FEED_PROGID}" "URL Protocol" ""
  WriteRegStr SHCTX "Software\Classes\${TIDINGS_FEED_PROGID}\DefaultIcon" "" "${TIDINGS_EXE},0"
  WriteRegStr SHCTX "Software\Classes\${TIDINGS_FEED_PROGID}\shell\open\command" "" '${TIDINGS_COMMAND}'
  WriteRegStr SHCTX "Software\Classes\${TIDINGS_OPML_PROGID}" "" "OPML subscription list"
  WriteRegStr SHCTX "Software\Classes\${TIDINGS_OPML_PROGID}\DefaultIcon" "" "${TIDINGS_EXE},0"
  WriteRegStr SHCTX "Software\Classes\${TIDINGS_OPML_PROGID}\shell\open\command" "" '${TIDINGS_COMMAND}'
  ; Default apps: Tidings as a candidate for feed: and .opml.
  WriteRegStr SHCTX "${TIDINGS_CAPABILITIES}" "ApplicationName" "Tidings"
  WriteRegStr SHCTX "${TIDINGS_CAPABILITIES}" "ApplicationDescription" "Feed reader"
  WriteRegStr SHCTX "${TIDINGS_CAPABILITIES}\URLAssociations" "feed" "${TIDINGS_FEED_PROGID}"
  WriteRegStr SHCTX "${TIDINGS_CAPABILITIES}\FileAssociations" ".opml" "${TIDINGS_OPML_PROGID}"
  WriteRegStr SHCTX "Software\RegisteredApplications" "Tidings" "${TIDINGS_CAPABILITIES}"
  ; feed: itself, a URL protocol ("URL Protocol" marks it so), only while it is free or already
  ; ours (an upgrade): another program's handler stays, and the user can pick Tidings instead.
  ReadRegStr $0 SHCTX "Software\Classes\feed\shell\open\command" ""
  ${If} $0 == ""
  ${OrIf} $0 == '${TIDINGS_COMMAND}'
    WriteRegStr SHCTX "Software\Classes\feed" "" "URL:Feed Protocol"
    WriteRegStr SHCTX "Software\Classes\feed" "URL Protocol" ""
    WriteRegStr SHCTX "Software\Classes\feed\DefaultIcon" "" "${TIDINGS_EXE},0"
    WriteRegStr SHCTX "Software\Classes\feed\shell\open\command" "" '${TIDINGS_COMMAND}'
  ${EndIf}
  ; .opml: a ProgID listed under OpenWithProgids puts Tidings in "Open with" without taking the
  ; extension's default from whatever program has it.
  WriteRegNone SHCTX "Software\Classes\.opml\OpenWithProgids" "${TIDINGS_OPML_PROGID}"
  SetRegView default
  ; SHCNE_ASSOCCHANGED: Explorer rereads the associations now, not at the next sign-in.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend

!macro TidingsUnregisterHandlers
  SetRegView 64
  ; feed: only while it still starts this installation: it was free when Tidings took it, and
  ; another program may have taken it since.
  ReadRegStr $0 SHCTX "Software\Classes\feed\shell\open\command" ""
  ${If} $0 == '${TIDINGS_COMMAND}'
    DeleteRegKey SHCTX "Software\Classes\feed"
  ${EndIf}
  DeleteRegValue SHCTX "Software\RegisteredApplications" "Tidings"
  DeleteRegKey SHCTX "${TIDINGS_CAPABILITIES}"
  ; Software\Tidings holds nothing else (CPack's own key is Software\<vendor>\Tidings).
  DeleteRegKey /ifempty SHCTX "Software\Tidings"
  DeleteRegKey SHCTX "Software\Classes\${TIDINGS_FEED_PROGID}"
  DeleteRegKey SHCTX "Software\Classes\${TIDINGS_OPML_PROGID}"
  DeleteRegValue SHCTX "Software\Classes\.opml\OpenWithProgids" "${TIDINGS_OPML_PROGID}"
  ; The extension's keys only if nothing else is left in them (no values, no subkeys).
  DeleteRegKey /ifempty SHCTX "Software\Classes\.opml\OpenWithProgids"
  DeleteRegKey /ifempty SHCTX "Software\Classes\.opml"
  SetRegView default
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend
