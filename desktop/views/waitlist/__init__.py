"""The waitlist (대기자): who waits for a counselor, a time of day or a program, in the order to
call them; add, edit, take off, and turn an entry into an appointment or a program place.

model.py           the waiting list as a Qt model (priority marker, days waiting, wish, masked name)
view.py            the view: site filter, list, actions; intake first for an anonymous enquiry
entry_dialog.py    add (client or anonymous enquiry) / edit an entry
book_dialog.py     the calendar's appointment dialog, prefilled from the wish
place_dialog.py    register in a program
withdraw_dialog.py take off the list with a reason
"""
from .view import WaitlistView

__all__ = ["WaitlistView"]
