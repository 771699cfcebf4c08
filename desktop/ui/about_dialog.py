"""Om Tværs / About Tværs: version, licence, the CPV data's attribution, third-party licences."""

from __future__ import annotations

import html
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.core.cpv import LICENCE_URL, attribution
from desktop.resources import resource_path
from desktop.ui.screen_fit import resize_to_fit

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")

ICON_SIZE = 64


@dataclass(frozen=True)
class Component:
    """A work by others that Tværs ships, and the licence it ships under."""

    name: str
    purpose: str
    licence: str


def third_party() -> tuple[Component, ...]:
    """What the bundle redistributes (build/THIRD-PARTY.md says the same, with file names)."""
    lgpl = translate("about", "GNU LGPL version 3")
    mit = translate("about", "MIT licence")
    return (
        Component("Qt 6", translate("about", "windows, buttons and tables"), lgpl),
        Component(
            "Qt for Python (PySide6)", translate("about", "Qt for the Python language"), lgpl
        ),
        Component(
            "ReportLab", translate("about", "the PDF minutes"), translate("about", "BSD licence")
        ),
        Component(
            "DejaVu Sans",
            translate("about", "the fonts in the PDF minutes"),
            translate("about", "Bitstream Vera and Arev Fonts licences"),
        ),
        Component(
            "Noto Emoji",
            translate("about", "emoji in the PDF minutes and on screen"),
            translate("about", "SIL Open Font License 1.1"),
        ),
        Component("SQLModel", translate("about", "the workshop file's tables"), mit),
        Component("SQLAlchemy", translate("about", "the workshop file's tables"), mit),
        Component("pydantic", translate("about", "checking what is typed in"), mit),
        Component("platformdirs", translate("about", "where local data is kept"), mit),
        Component("Pillow", translate("about", "images in the PDF minutes"), "MIT-CMU"),
        Component("Python", translate("about", "the language Tværs is written in"), "PSF"),
    )


def licences_folder() -> Path | None:
    """The folder with the full licence texts: only a bundle has one (build/tvaers.spec)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if not bundle:
        return None
    folder = Path(bundle) / "licenses"
    return folder if folder.is_dir() else None


class AboutDialog(QDialog):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Tværs"))
        # 640×560 where the screen has it; on a laptop at 200 % (960×540) its Close button
        # went under the screen's edge. The text scrolls in what is left.
        resize_to_fit(self, 640, 560)

        icon = QLabel()
        icon.setPixmap(QIcon(str(resource_path("icons", "tvaers.svg"))).pixmap(ICON_SIZE))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        name = QLabel("Tværs")
        name.setObjectName("aboutTitle")
        name.setStyleSheet("font-size: 24px; font-weight: 600;")
        self.version_label = QLabel(self.tr("Version {version}").format(version=__version__))
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tagline = QLabel(
            self.tr(
                "For facilitators of procurement workshops across procurement and the "
                "professional side. Works offline; nothing leaves this computer."
            )
        )
        tagline.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(name)
        heading.addWidget(self.version_label)
        heading.addWidget(tagline)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addSpacing(12)
        top.addLayout(heading, 1)

        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        self.text.setHtml(self._details_html(lang))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.licences_button: QPushButton | None = None
        folder = licences_folder()
        if folder is not None:
            self.licences_button = buttons.addButton(
                self.tr("Show licence texts"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.licences_button.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
            )

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)

    def _details_html(self, lang: str) -> str:
        def section(title: str, body: str) -> str:
            return f"<h3>{html.escape(title)}</h3>{body}"

        def para(text: str) -> str:
            return f"<p>{html.escape(text)}</p>"

        rows = "".join(
            "<tr>"
            f"<td style='padding-right:12px'><b>{html.escape(c.name)}</b></td>"
            f"<td style='padding-right:12px'>{html.escape(c.purpose)}</td>"
            f"<td>{html.escape(c.licence)}</td>"
            "</tr>"
            for c in third_party()
        )
        link = html.escape(LICENCE_URL)
        anchor = f"<a href='{link}'>{link}</a>"
        folder = licences_folder()
        where = (
            self.tr("The full licence texts are in the folder {folder}.").format(folder=folder)
            if folder is not None
            else self.tr("The full licence texts come with each package.")
        )
        return "".join(
            (
                section(
                    self.tr("Licence"),
                    para(
                        self.tr(
                            "Tværs is free software under the MIT licence: you may use, copy, "
                            "change and pass it on, also to other municipalities."
                        )
                    ),
                ),
                section(self.tr("CPV codes"), para(attribution(lang)).replace(link, anchor)),
                section(
                    self.tr("Software by others"),
                    para(self.tr("Tværs is built on these works, each under its own licence."))
                    + f"<table cellspacing='0' cellpadding='2'>{rows}</table>"
                    + para(
                        self.tr(
                            "Qt is used under the GNU LGPL version 3 and linked dynamically: "
                            "its libraries can be replaced. Its source code is at "
                            "download.qt.io and code.qt.io."
                        )
                    )
                    + para(where),
                ),
            )
        )


def show_about(parent: QWidget | None, lang: str) -> None:
    """The About dialog, modal, until the user closes it."""
    AboutDialog(lang, parent).exec()
