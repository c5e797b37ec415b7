"""The e-mail screens against a real SMTP server (aiosmtpd): Settings → E-mail with the
password in a real (file) keychain, the test mail, the template editor's preview, sending
with progress, and the Guests table's ticket column, filter and (re)send from a row."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from pytestqt.qtbot import QtBot

from checkin.mail import account as accounts
from checkin.mail import outbox, password, texts
from checkin.mail.outbox import Ticket
from checkin.store import Store
from tests.smtp_server import Behaviour, MailServer, make_certificate
from tests.ui.translations import installed
from ui.guests.model import GuestTableModel
from ui.guests.page import GuestsPage
from ui.kit.context import Context
from ui.mail.settings_box import MailServerDialog
from ui.settings import Settings
from ui.settings_page import SettingsPage
from ui.tasks import Tasks
from ui.worker import StoreWorker


@pytest.fixture
def keychain(tmp_path: Path) -> Iterator[PlaintextKeyring]:
    """A real keychain in a file of the test's own (keyrings.alt), put back afterwards."""
    before = keyring.get_keyring()
    chain = PlaintextKeyring()
    chain.file_path = str(tmp_path / "keyring.cfg")
    keyring.set_keyring(chain)
    yield chain
    keyring.set_keyring(before)


def settings_box(qtbot: QtBot, store: Store, app_settings: Settings) -> SettingsPage:
    page = SettingsPage(store, app_settings, Tasks(inline=True))
    qtbot.addWidget(page)
    return page


def server_dialog(qtbot: QtBot, page: SettingsPage) -> MailServerDialog:
    return page.mail_box.open_server()  # the page owns it


def fill_account(box: MailServerDialog, host: str, port: int, tls: str, user: str = "") -> None:
    box.host.setText(host)
    box.tls.setCurrentIndex(box.tls.findData(tls))
    box.port.setValue(port)
    box.user.setText(user)
    box.from_edit.setText("Bureau Nieuw-West <info@bureau.example>")
    box.reply_to.setText("vragen@bureau.example")


def test_the_password_goes_to_the_keychain_and_nowhere_else(
    qtbot: QtBot, store: Store, app_settings: Settings, keychain: PlaintextKeyring, event_path: Path
) -> None:
    page = settings_box(qtbot, store, app_settings)
    assert page.mail_box.summary.text() == "Not set up: the mail server comes first."
    assert not page.mail_box.send_button.isEnabled()
    box = server_dialog(qtbot, page)
    fill_account(box, "smtp.office365.com", 587, "starttls", "info@bureau.example")
    box.password.setText("Geheim-Wachtwoord-42")
    assert box.save()
    kept = accounts.load(store)
    assert (kept.host, kept.port, kept.tls, kept.user) == (
        "smtp.office365.com",
        587,
        "starttls",
        "info@bureau.example",
    )
    assert password.from_keychain(kept.server) == "Geheim-Wachtwoord-42"
    assert box.password.text() == ""
    assert box.password.placeholderText() == "kept in the keychain; type to change"
    app_settings._q.sync()
    for path in (event_path, Path(app_settings._q.fileName())):
        assert b"Geheim-Wachtwoord-42" not in path.read_bytes()
    box.accept()
    assert page.mail_box.summary.text() == (
        "smtp.office365.com:587 from Bureau Nieuw-West <info@bureau.example>"
    )
    assert page.mail_box.send_button.isEnabled()
    box = server_dialog(qtbot, page)
    box.from_edit.setText("not an address")
    assert not box.save()
    assert "from" in box.message.text()


def test_send_a_test_to_me_and_say_which_step_failed(
    qtbot: QtBot,
    store: Store,
    app_settings: Settings,
    keychain: PlaintextKeyring,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cert = make_certificate(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert[0]))
    page = settings_box(qtbot, store, app_settings)
    box = server_dialog(qtbot, page)
    with MailServer(cert=cert, users={"bureau": "geheim"}) as server:
        fill_account(box, "localhost", server.port, "starttls", "bureau")
        box.port.setValue(server.port)
        box.password.setText("fout")
        box.test_to.setText("ik@bureau.example")
        box.send_test()
        assert "refused the user name or password (authentication: 535" in box.message.text()
        box.password.setText("geheim")
        box.send_test()
        assert box.message.text().startswith("The test was sent; the server said: 250")
        (mail,) = server.messages()
        assert mail["To"].addresses[0].addr_spec == "ik@bureau.example"
        assert outbox.rows(store) == {}  # a test is no guest's ticket
    monkeypatch.delenv("SSL_CERT_FILE")
    with MailServer(cert=cert, users={"bureau": "geheim"}) as server:
        box.port.setValue(server.port)
        box.send_test()
        assert "The secure connection (TLS) with localhost" in box.message.text()


def test_the_template_editor_previews_what_the_guest_will_see(
    qtbot: QtBot, store: Store, app_settings: Settings
) -> None:
    page = settings_box(qtbot, store, app_settings)
    dialog = page.mail_box.open_template()
    assert "Dear Anna," in dialog.browser.toPlainText()
    assert "1001" in dialog.browser.toPlainText()  # the code under the QR
    image = dialog.browser.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("cid:qr.preview")
    )
    assert isinstance(image, QImage) and image.width() >= 250
    dialog.subject.setText("Hoi {voornaam}")
    assert "{voornaam}" in dialog.problem.text()
    dialog.subject.setText("{first_name}, your seat at {event}")
    dialog.place.setText("Tolhuistuin")
    assert dialog.problem.text() == ""
    assert dialog.windowTitle() == "Ticket mail: Anna, your seat at Inspiratiesessie Nieuw-West"
    dialog.text.setPlainText("Hi {first_name}, see you in {place}.")
    assert "Hi Anna, see you in Tolhuistuin." in dialog.browser.toPlainText()
    dialog.save()
    kept = texts.load(store)
    assert (kept.subject, kept.place) == ("{first_name}, your seat at {event}", "Tolhuistuin")


def test_send_tickets_from_settings_then_the_guests_table_shows_and_filters_them(
    qtbot: QtBot, store: Store, app_settings: Settings, inline_tasks: Tasks
) -> None:
    refusal = "550 5.1.1 No such user"
    with MailServer(behaviour=Behaviour(refuse={"zoe@example.nl": refusal})) as server:
        accounts.save(
            store,
            accounts.MailAccount(
                host="127.0.0.1",
                port=server.port,
                tls="none",
                sender="Bureau <info@bureau.example>",
            ),
        )
        texts.save(store, texts.MailSettings(rate=100_000))
        page = settings_box(qtbot, store, app_settings)
        with installed("en"):  # the English plural forms
            page.mail_box.send_tickets()
        assert page.mail_box.message.text().startswith("1 ticket sent. Refused: Zoë Yılmaz")
        assert refusal in page.mail_box.message.text()
        assert page.mail_box.panel.isHidden()
        assert page.mail_box.panel.label.text().startswith("2 of 2 sent · ")  # and a rate
        assert [m["To"].addresses[0].addr_spec for m in server.messages()] == ["anna@example.nl"]

        guests = GuestsPage(Context(store, app_settings, inline_tasks, StoreWorker(inline=True)))
        qtbot.addWidget(guests)
        guests.show()
        model = guests.model

        def ticket_of(name: str) -> str:
            row = next(r for r in range(model.rowCount()) if model.guest_at(r).first_name == name)
            return str(model.data(model.index(row, GuestTableModel.TICKET)))

        assert ticket_of("Anna").startswith("sent at ")
        assert ticket_of("Zoë") == f"refused: {refusal}"
        assert ticket_of("Jan") == "no address"
        box = guests.tickets.filter_box
        box.setCurrentIndex(box.findData(Ticket.SENT.value))
        assert [model.guest_at(r).first_name for r in range(model.rowCount())] == ["Anna"]
        assert guests.count.text() == "1 of 5 shown"
        box.setCurrentIndex(box.findData(""))
        assert model.rowCount() == 5

        # Anna lost her mail: sent again from her row, a new copy
        guests.select(1)
        assert guests.tickets.send_button.isEnabled()
        guests.tickets.send_selected()
        assert guests.message.text() == "The ticket was sent."
        ids = [m["Message-ID"] for m in server.messages()]
        assert len(ids) == 2 and ids[0] != ids[1]
        assert page.mail_box.send_tickets() is not None  # nothing left to send
        assert page.mail_box.message.text() == (
            "Every guest with a valid address has their ticket."
        )
        assert len(server.messages()) == 2
        guests.select(3)  # Jan has no address: nothing to send
        assert not guests.tickets.send_button.isEnabled()


def test_sending_with_no_server_says_so_and_marks_nothing(
    qtbot: QtBot, store: Store, app_settings: Settings
) -> None:
    with MailServer() as server:
        port = server.port
    accounts.save(
        store,
        accounts.MailAccount(host="127.0.0.1", port=port, tls="none", sender="info@bureau.example"),
    )
    page = settings_box(qtbot, store, app_settings)
    page.mail_box.send_tickets()
    assert page.mail_box.message.text() == (
        f"The mail server 127.0.0.1:{port} could not be reached (connection refused)."
    )
    assert outbox.rows(store) == {}
    assert page.mail_box.send_button.isEnabled()


def test_in_dutch(qtbot: QtBot, store: Store, app_settings: Settings) -> None:
    with MailServer() as server:
        port = server.port
    accounts.save(
        store,
        accounts.MailAccount(host="127.0.0.1", port=port, tls="none", sender="info@bureau.example"),
    )
    app_settings.language = "nl"
    with installed("nl"):
        page = settings_box(qtbot, store, app_settings)
        assert page.mail_box.title() == "E-mail (toegangsbewijzen)"
        assert page.mail_box.send_button.text() == "Toegangsbewijzen versturen"
        page.mail_box.send_tickets()
    assert page.mail_box.message.text() == (
        f"De mailserver 127.0.0.1:{port} is niet bereikbaar (connection refused)."
    )
