"""Safety follow-ups: the open (and, on request, closed) follow-ups raised by safety flags,
closed only with the action taken; and the referrals list ("연계" tab).

``FollowUpsView`` is what the main window shows; ``open_count()`` tells whether the logged-in
account owns open follow-ups (for a notice at login).
"""
from .close_dialog import CloseFollowUpDialog
from .view import FollowUpsView

__all__ = ["CloseFollowUpDialog", "FollowUpsView"]
