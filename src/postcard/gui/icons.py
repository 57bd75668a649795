"""One accessor for every icon: the desktop theme's icon when there is one, else Qt's built-in pixmap where one
means the same thing; else none (a button then shows its short label rather than a misleading picture)."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

SP = QStyle.StandardPixmap

#: name → (freedesktop theme name, Qt's fallback pixmap or None)
ICONS: dict[str, tuple[str, QStyle.StandardPixmap | None]] = {
    "print": ("document-print", None),
    "next": ("go-next", SP.SP_ArrowForward),
    "reprint": ("view-refresh", None),
    "sent": ("mail-send", SP.SP_DialogApplyButton),
    "replied": ("mail-reply-sender", SP.SP_DialogYesButton),
    "find": ("edit-find", SP.SP_FileDialogContentsView),
    "export": ("document-save-as", SP.SP_DialogSaveButton),
    "new": ("document-new", SP.SP_FileIcon),
    "flip": ("object-flip-horizontal", None),
    "zoom-in": ("zoom-in", None),
    "zoom-out": ("zoom-out", None),
    "quit": ("application-exit", SP.SP_DialogCloseButton),
    "log": ("document-open-recent", SP.SP_FileDialogDetailedView),
    "event": ("x-office-calendar", SP.SP_DirIcon),
    "contacts": ("x-office-address-book", SP.SP_DirHomeIcon),
    "about": ("help-about", SP.SP_MessageBoxInformation),
    "open": ("document-open", SP.SP_DialogOpenButton),
    "settings": ("preferences-system", SP.SP_FileDialogInfoView),
    "calibrate": ("document-print-preview", SP.SP_FileDialogListView),
    "templates": ("accessories-text-editor", SP.SP_FileDialogContentsView),
    "follow-ups": ("mail-message-new", SP.SP_DialogYesButton),
    "install": ("system-software-install", SP.SP_DesktopIcon),
    "import": ("document-import", SP.SP_DialogOpenButton),
    "contact-new": ("contact-new", SP.SP_FileDialogNewFolder),
    "edit": ("document-properties", SP.SP_FileDialogDetailedView),
    "archive": ("archive-insert", SP.SP_TrashIcon),
    "restore": ("edit-undo", SP.SP_ArrowBack),
}


def icon(name: str) -> QIcon:
    theme, fallback = ICONS[name]
    found = QIcon.fromTheme(theme)
    if not found.isNull():
        return found
    style = QApplication.style()
    return style.standardIcon(fallback) if style is not None and fallback is not None else QIcon()


def app_icon() -> QIcon:
    """postcard's own icon, every drawn size in one QIcon (each size shows its own drawing), and the SVG."""
    from postcard.resources import ResourceNotFoundError, app_icon_path, app_icon_paths

    result = QIcon()
    try:
        for path in app_icon_paths():
            result.addFile(str(path))
        result.addFile(str(app_icon_path()))
    except ResourceNotFoundError:
        return QIcon.fromTheme("io.github.postcard.Postcard")
    return result
