"""Administration: accounts, sites and rooms, center settings and plan targets, backups, the
audit log. ``AdminView`` shows the tabs the logged-in role may use (docs/roles.md); the main
window calls ``show_audit()`` to open the audit log and ``refresh()`` when the view is shown.
"""
from .view import AdminView

__all__ = ["AdminView"]
