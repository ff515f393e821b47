# tst_tray's stand-in where xvfb-run or dbus-run-session was not found at configure time.
message(FATAL_ERROR "tst_tray cannot run: xvfb-run and dbus-run-session are needed (Debian: xvfb xauth dbus-x11, "
                    "as .ci/quickstart installs). Install them and configure again.")
