; Tidings as the handler of feed: URLs and as a program offered for .opml files, for the installer
; that CPack writes (packaging/windows/cpack-nsis.cmake includes this file and inserts the macros
; at the end of the install section and at the start of the uninstall section, before the files go).
;
; SHCTX is HKLM: CPack's installer runs elevated and calls SetShellVarContext all. The keys go to
; the 64-bit view, where 64-bit Explorer reads them (the installer itself is a 32-bit program).
; Windows passes the whole URL or the file path as %1 on the command line.

!define TIDINGS_EXE "$INSTDIR\bin\tidings.exe"
!define TIDINGS_OPML_PROGID "Tidings.opml"

!macro TidingsRegisterHandlers
  SetRegView 64
  ; feed:  a URL protocol ("URL Protocol" marks it so).
  WriteRegStr SHCTX "Software\Classes\feed" "" "URL:Feed Protocol"
  WriteRegStr SHCTX "Software\Classes\feed" "URL Protocol" ""
  WriteRegStr SHCTX "Software\Classes\feed\DefaultIcon" "" "${TIDINGS_EXE},0"
  WriteRegStr SHCTX "Software\Classes\feed\shell\open\command" "" '"${TIDINGS_EXE}" "%1"'
  ; .opml: a ProgID listed under OpenWithProgids puts Tidings in "Open with" without taking the
  ; extension's default from whatever program has it.
  WriteRegStr SHCTX "Software\Classes\${TIDINGS_OPML_PROGID}" "" "OPML subscription list"
  WriteRegStr SHCTX "Software\Classes\${TIDINGS_OPML_PROGID}\DefaultIcon" "" "${TIDINGS_EXE},0"
  WriteRegStr SHCTX "Software\Classes\${TIDINGS_OPML_PROGID}\shell\open\command" "" '"${TIDINGS_EXE}" "%1"'
  WriteRegNone SHCTX "Software\Classes\.opml\OpenWithProgids" "${TIDINGS_OPML_PROGID}"
  SetRegView default
  ; SHCNE_ASSOCCHANGED: Explorer rereads the associations now, not at the next sign-in.
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend

!macro TidingsUnregisterHandlers
  SetRegView 64
  ; feed: only while it still starts this installation: another program may have taken it since.
  ReadRegStr $0 SHCTX "Software\Classes\feed\shell\open\command" ""
  StrCmp $0 '"${TIDINGS_EXE}" "%1"' 0 +2
    DeleteRegKey SHCTX "Software\Classes\feed"
  DeleteRegKey SHCTX "Software\Classes\${TIDINGS_OPML_PROGID}"
  DeleteRegValue SHCTX "Software\Classes\.opml\OpenWithProgids" "${TIDINGS_OPML_PROGID}"
  ; The extension's keys only if nothing else is left in them (no values, no subkeys).
  DeleteRegKey /ifempty SHCTX "Software\Classes\.opml\OpenWithProgids"
  DeleteRegKey /ifempty SHCTX "Software\Classes\.opml"
  SetRegView default
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend
