__version__ = "0.1.0"

# The application's id on the desktop (reverse DNS): the name of the .desktop entry, the AppStream id and the
# icon name. The GUI passes it to QGuiApplication.setDesktopFileName so that Wayland and the docks match windows
# to the launcher.
APP_ID = "io.github.postcard.Postcard"
