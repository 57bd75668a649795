"""The questions the print dialog asks before it writes anything: people already thanked for the event (skip
them, print again), and cards whose address may not arrive (leave them out, print them anyway)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from postcard.compose.printing import BatchPlan

from postcard.gui.wording import some_names


def tr(text: str) -> str:
    return QCoreApplication.translate("PrintDialog", text)


def ask_thank_again(parent: QWidget, plan: BatchPlan) -> BatchPlan | None:
    """People already thanked for this event: skip them, print again, or stop."""
    names = some_names([t.contact.display_name for t in plan.thanked])
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("Thank them twice?"),
        QCoreApplication.translate(
            "PrintDialog", "%n of them already got a card for this event: %1", None, len(plan.thanked)
        ).replace("%1", names),
        parent=parent,
    )
    skip = box.addButton(tr("Skip them"), QMessageBox.ButtonRole.AcceptRole)
    again = box.addButton(tr("Print again"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(skip)
    box.exec()
    if box.clickedButton() is skip:
        return plan.without_thanked()
    if box.clickedButton() is again:
        return plan.forced()
    return None


def ask_about_addresses(parent: QWidget, plan: BatchPlan) -> BatchPlan | None:
    """Cards that may not arrive (their address looks wrong): leave them out, print them anyway, or stop."""
    people = list(dict.fromkeys(p.name for p in plan.undeliverable))
    names = some_names(people)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        tr("Cards that may not arrive"),
        QCoreApplication.translate(
            "PrintDialog", "The address of %n card(s) looks wrong or incomplete: %1", None, len(people)
        ).replace("%1", names),
        parent=parent,
    )
    box.setInformativeText(tr("The list in this window says what is wrong with each address."))
    leave_out = box.addButton(tr("Leave them out"), QMessageBox.ButtonRole.AcceptRole)
    anyway = box.addButton(tr("Print them anyway"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(leave_out)
    box.exec()
    if box.clickedButton() is leave_out:
        return plan.without_undeliverable()
    if box.clickedButton() is anyway:
        return plan.addresses_confirmed()
    return None
