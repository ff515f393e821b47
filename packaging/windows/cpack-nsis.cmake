# CPack NSIS settings for the Windows installer (included by packaging/CMakeLists.txt before CPack;
# the generator is chosen only on Windows, but .ci/recipe-check runs `cpack -G NSIS` with these
# settings on Linux and compiles the script with the real makensis). Reference: CMake's
# Help/cpack_gen/nsis.rst. Values that end up inside NSIS strings are escaped twice: CPack writes
# them into CPackConfig.cmake, which is read again.
if(WIN32)
    set(CPACK_GENERATOR NSIS)
    # Tidings-0.1.0-win64.exe
    set(CPACK_PACKAGE_FILE_NAME "Tidings-${PROJECT_VERSION}-win64")
endif()

# One folder and one "Apps & features" entry for every version: an upgrade replaces the old one
# (CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL) instead of adding "Tidings 0.2.0" beside it.
set(CPACK_PACKAGE_INSTALL_DIRECTORY Tidings)
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY Tidings)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_PACKAGE_NAME Tidings)
set(CPACK_NSIS_DISPLAY_NAME Tidings)
# CPack's installer asks for elevation (RequestExecutionLevel admin) and installs for all users:
# 64-bit Program Files, the all-users Start menu, registry keys under HKLM (NSIS's SHCTX).
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
# The Start menu entry: Tidings -> bin\tidings.exe (CPACK_NSIS_EXECUTABLES_DIRECTORY is bin).
set(CPACK_PACKAGE_EXECUTABLES tidings Tidings)
# The license page; the same text is installed as COPYING.txt (windows/CMakeLists.txt).
set(CPACK_RESOURCE_FILE_LICENSE ${TIDINGS_LICENSE_FILE})
set(CPACK_NSIS_MUI_ICON ${TIDINGS_ICO})
set(CPACK_NSIS_MUI_UNIICON ${TIDINGS_ICO})
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\tidings.exe")   # the icon in "Apps & features"
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_CONTACT "packages@tidings.example.org")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)   # sharp installer text at 150 % and 200 %
set(CPACK_NSIS_COMPRESSOR "/SOLID lzma")   # Qt WebEngine is most of the size; lzma packs it best

# The feed: URL handler, the .opml "Open with" entry and the Default apps capabilities, written
# after the files and removed before them (associations.nsh). CPACK_NSIS_DEFINES is not a
# documented setting but the template's @CPACK_NSIS_DEFINES@ placeholder, which CPack fills itself
# only for installs with components (this one has none). Should it ever do so, the !include is
# dropped and makensis fails on the unknown macros below: loudly, never a silent installer without
# the handlers.
set(CPACK_NSIS_DEFINES "!include \\\"${CMAKE_CURRENT_LIST_DIR}/associations.nsh\\\"")
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "!insertmacro TidingsRegisterHandlers")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "!insertmacro TidingsUnregisterHandlers")
