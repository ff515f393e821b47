# CPack DragNDrop settings for the macOS disk image (included by packaging/CMakeLists.txt on macOS,
# before CPack). Reference: CMake's Help/cpack_gen/dmg.rst. The image holds the install tree,
# Tidings.app, and a link to /Applications to drag it onto.
set(CPACK_GENERATOR DragNDrop)
set(CPACK_PACKAGE_FILE_NAME "Tidings-${PROJECT_VERSION}-macos-${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_DMG_VOLUME_NAME Tidings)
set(CPACK_DMG_FORMAT UDZO)   # zlib-compressed, read-only: opens on every macOS version
