# CPack DEB settings for the Linux package (included by packaging/CMakeLists.txt before CPack).
# Build it with `cpack -G DEB` in a Release tree; .ci/package-check builds and checks it. The name,
# vendor and description, common to every package, are set in ../CMakeLists.txt.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What dpkg-shlibdeps cannot see, because Qt loads it at run time: the SQLite driver (QSQLITE, from
# libqt6sql6-sqlite; libqt6sql6 alone has none) and the SVG icon engine and image plugin (libqt6svg6,
# also linked, named here for the plugins). The xcb and offscreen platform plugins are in
# libqt6gui6, which shlibdeps finds; QtWebEngineProcess comes with libqt6webenginewidgets6.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
# A native Wayland window where the session has one (Qt falls back to xcb/XWayland without it).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")   # Qt's own dialog texts
