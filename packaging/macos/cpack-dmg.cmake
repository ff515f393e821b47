# CPack DragNDrop settings for the macOS disk image (included by packaging/CMakeLists.txt before
# CPack; the generator is chosen only on macOS, but the settings are read on every platform so that
# .ci/recipe-check can check them in CPackConfig.cmake). Reference: CMake's Help/cpack_gen/dmg.rst.
# The image holds the install tree, Tidings.app, and a link to /Applications to drag it onto.
if(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    # The architectures the binaries hold: CMAKE_OSX_ARCHITECTURES when set (universal: arm64-x86_64),
    # else the build machine's, which is what the compiler targets by default.
    if(CMAKE_OSX_ARCHITECTURES)
        string(REPLACE ";" "-" tidings_dmg_arch "${CMAKE_OSX_ARCHITECTURES}")
    else()
        set(tidings_dmg_arch ${CMAKE_SYSTEM_PROCESSOR})
    endif()
    set(CPACK_PACKAGE_FILE_NAME "Tidings-${PROJECT_VERSION}-macos-${tidings_dmg_arch}")
endif()
set(CPACK_DMG_VOLUME_NAME Tidings)
set(CPACK_DMG_FORMAT UDZO)   # zlib-compressed, read-only: opens on every macOS version
# No licence agreement to click through when the image is opened: the GPL is not one (acceptance is
# no condition of running the program, GPLv3 section 9), it is shipped in Contents/Resources, and
# hdiutil's SLA support is deprecated (an SLA also makes the workflow's `hdiutil attach` wait for an
# answer). Without this line CPack attaches CPACK_RESOURCE_FILE_LICENSE (set for the NSIS licence
# page): CMP0133 is OLD under cmake_minimum_required(VERSION 3.21).
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
