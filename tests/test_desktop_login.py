"""The login dialog and the first window, driven through the widgets (offscreen)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.login_dialog import LoginDialog
from desktop.look import install_language, register_fonts
from desktop.main_window import MainWindow
from storage.store import Store

from .conftest import ADMIN_PASSWORD, STAFF_PASSWORD


@pytest.fixture
def korean(qapp):
    register_fonts(qapp)
    assert install_language(qapp, "ko")
    yield qapp
    install_language(qapp, "en")


def _login(qtbot, dialog, user, password):
    dialog.account.setText(user)
    dialog.password.setText(password)
    qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
    dialog.wait_for_job()


def test_wrong_password_then_success(qtbot, created, korean):
    dialog = LoginDialog(created["path"], lang="ko")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "마음데스크 — 로그인"
    _login(qtbot, dialog, "c1", "wrong-password")
    assert dialog.message.text() == "비밀번호가 맞지 않습니다. 다시 입력해 주세요."
    assert dialog.password.text() == ""  # cleared after use
    assert dialog.vault is None
    _login(qtbot, dialog, "c1", STAFF_PASSWORD)
    assert dialog.vault is not None and dialog.vault.actor.login == "c1"
    assert dialog.password.text() == ""
    dialog.vault.close()


def test_unknown_account_and_missing_database_messages(qtbot, created, tmp_path):
    dialog = LoginDialog(created["path"], lang="en")
    qtbot.addWidget(dialog)
    _login(qtbot, dialog, "nobody", "x-password")
    assert "There is no account 'nobody'" in dialog.message.text()
    gone = LoginDialog(tmp_path / "gone.db", lang="en")
    qtbot.addWidget(gone)
    _login(qtbot, gone, "c1", STAFF_PASSWORD)
    assert "was not found" in gone.message.text()


def test_growing_delay_disables_the_button(qtbot, created):
    dialog = LoginDialog(created["path"], lang="ko")
    qtbot.addWidget(dialog)
    for _ in range(3):
        _login(qtbot, dialog, "c2", "bad-password")
    _login(qtbot, dialog, "c2", STAFF_PASSWORD)  # too soon: refused before checking
    assert dialog.vault is None
    assert "초 후에 다시 시도하세요" in dialog.message.text()
    assert not dialog.ok_button.isEnabled()


@pytest.mark.parametrize("login, expected, missing", [
    ("c1", ["오늘", "일정", "내담자", "대기자", "안전 확인", "프로그램"], "reports"),   # no reports, no administration
    ("coord", ["오늘", "일정", "내담자", "대기자", "안전 확인", "프로그램", "보고서", "관리"], "supervision"),  # 관리: import
    ("admin", ["오늘", "보고서", "관리"], "clients"),                          # no client views at all
])
def test_each_role_sees_only_the_views_it_may_use(qtbot, created, korean, login, expected, missing):
    from storage.vault import Vault
    password = ADMIN_PASSWORD if login == "admin" else STAFF_PASSWORD
    window = MainWindow(Store(Vault.unlock(created["path"], login, password)), lang="ko")
    qtbot.addWidget(window)
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == expected
    window.show_view(missing)               # asked for by a link: a view the role lacks changes nothing
    assert window.stack.currentIndex() == 0
    window.close()


def test_main_window_navigation_and_role(qtbot, created, korean):
    from storage.vault import Vault
    store = Store(Vault.unlock(created["path"], "lead", STAFF_PASSWORD))
    window = MainWindow(store, lang="ko")
    qtbot.addWidget(window)
    window.show()
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "오늘", "일정", "내담자", "대기자", "안전 확인", "프로그램", "보고서", "관리", "수퍼비전"]  # the lead supervises
    assert "김센터" in window.who.text() and "센터장" in window.who.text()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window.nav, Qt.Key_3, Qt.ControlModifier)
    assert window.stack.currentIndex() == 2
    window.close()
    assert store.vault.conn is None  # closing the window closes the vault


def test_idle_lock_hides_data_and_asks_the_same_password(qtbot, created, korean):
    from storage.vault import Vault
    store = Store(Vault.unlock(created["path"], "c1", STAFF_PASSWORD))
    store.settings.get("idle_lock_minutes")
    window = MainWindow(store, lang="ko")
    qtbot.addWidget(window)
    window.show()
    from PySide6.QtWidgets import QDialog, QLineEdit
    half_filled = QDialog(window)
    typed = QLineEdit(half_filled)
    typed.setText("반쯤 쓴 접수 양식")
    half_filled.show()
    window.idle.set_minutes(0.002)  # ~0.1 s instead of 10 minutes
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    assert not window.stack.isVisible()  # every view is covered
    assert not half_filled.isVisible()   # and so is an open dialog
    window.lock_screen.password.setText("wrong-password")
    window.lock_screen.try_unlock()
    assert window.locked and "비밀번호" in window.lock_screen.message.text()
    assert window.lock_screen.password.text() == ""
    window.lock_screen.password.setText(STAFF_PASSWORD)
    window.lock_screen.try_unlock()
    assert not window.locked and window.stack.isVisible()
    assert half_filled.isVisible() and typed.text() == "반쯤 쓴 접수 양식"  # back, nothing lost
    actions = [r[0] for r in store.vault.conn.execute("SELECT action FROM audit_log WHERE actor = 'c1'")]
    assert "unlock_screen_failed" in actions
    window.close()


def test_logout_from_the_lock_screen(qtbot, created, korean):
    from storage.vault import Vault
    store = Store(Vault.unlock(created["path"], "c1", STAFF_PASSWORD))
    window = MainWindow(store, lang="ko")
    qtbot.addWidget(window)
    window.show()
    window.lock()
    with qtbot.waitSignal(window.logged_out, timeout=2000):
        window.lock_screen.logout_requested.emit()
    assert store.vault.conn is None
    # Now another account can log in.
    Vault.unlock(created["path"], "c2", STAFF_PASSWORD).close()
