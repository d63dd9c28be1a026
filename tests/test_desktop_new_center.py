"""First start without a database: the choice, and creating a new center through the wizard."""
from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.new_center import NewCenterWizard, StartChoice
from storage.kdf import FAST_TEST_KDF
from storage.store import Store
from storage.vault import Vault


def test_start_choice_defaults_to_the_demo(qtbot):
    choice = StartChoice()
    qtbot.addWidget(choice)
    from PySide6.QtWidgets import QPushButton
    demo = choice.findChild(QPushButton, "startDemo")
    assert demo.isDefault()
    qtbot.mouseClick(demo, Qt.LeftButton)
    assert choice.choice == StartChoice.DEMO


def test_wizard_creates_a_center_and_shows_the_recovery_code_once(qtbot, tmp_path):
    wizard = NewCenterWizard(lang="en", kdf=FAST_TEST_KDF)
    qtbot.addWidget(wizard)
    wizard.location.setText(str(tmp_path / "center.db"))
    wizard.next.click()
    assert "at least one site" in wizard.message.text() and wizard.pages.currentIndex() == 0
    wizard.center_name.setText("시청 힐링센터")
    wizard.sites.setText("본관, 별관")
    wizard.individual_rooms.setValue(2)
    wizard.group_rooms.setValue(1)
    wizard.next.click()
    assert wizard.pages.currentIndex() == 1
    wizard.admin_name.setText("관리자")
    wizard.password.setText("first-admin-1")
    wizard.password_again.setText("different-22")
    wizard.next.click()
    assert "not the same" in wizard.message.text()
    assert wizard.password.text() == "" and wizard.password_again.text() == ""  # cleared after use
    wizard.password.setText("short")
    wizard.password_again.setText("short")
    wizard.next.click()
    wizard.wait()
    assert "8" in wizard.message.text() and wizard.db_path is None  # storage's own rule and message
    wizard.password.setText("first-admin-1")
    wizard.password_again.setText("first-admin-1")
    wizard.next.click()
    wizard.wait()
    assert wizard.pages.currentIndex() == 2 and wizard.db_path == tmp_path / "center.db"
    code = wizard.code_label.text()
    assert len(code) == 35 and not wizard.finish.isEnabled()  # only after "stored safely"
    saved = wizard.write_code(tmp_path / "code.txt")
    assert code in saved.read_text(encoding="utf-8")
    wizard.stored.setChecked(True)
    wizard.finish.click()
    assert wizard.code_label.text() == ""  # gone from the screen with the dialog
    with Vault.unlock(tmp_path / "center.db", "admin", "first-admin-1") as vault:
        store = Store(vault)
        assert store.settings.get("center_name") == "시청 힐링센터"
        assert [s.name for s in store.sites.sites()] == ["본관", "별관"]
        assert sorted((r.site_id, r.kind) for r in store.sites.rooms()) == [
            (1, "group"), (1, "individual"), (1, "individual"), (2, "group"), (2, "individual"), (2, "individual")]
    Vault.unlock_with_recovery(tmp_path / "center.db", code, "admin", "after-recovery-1", kdf=FAST_TEST_KDF).close()


def test_wizard_refuses_an_existing_file(qtbot, tmp_path):
    (tmp_path / "center.db").write_bytes(b"x")
    wizard = NewCenterWizard(lang="en", kdf=FAST_TEST_KDF)
    qtbot.addWidget(wizard)
    wizard.location.setText(str(tmp_path / "center.db"))
    wizard.center_name.setText("센터")
    wizard.next.click()
    wizard.admin_name.setText("관리자")
    wizard.password.setText("first-admin-1")
    wizard.password_again.setText("first-admin-1")
    wizard.next.click()
    wizard.wait()
    assert "will not be overwritten" in wizard.message.text() and wizard.pages.currentIndex() == 1
    assert (tmp_path / "center.db").read_bytes() == b"x"
