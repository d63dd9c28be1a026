"""Programs: group programs, outreach and campaigns, their sessions and attendance, and the
anonymous satisfaction survey entry.

view.py            the list (site, category, year filters) beside the selected program
detail.py          one program: its details, sessions with totals, registered clients
program_dialog.py  create / edit a program
session_dialog.py  add / edit a session (date, time, room or an outside location)
attendance.py      a session's attendance: ticked registrations, walk-ins, anonymous head-count
group_note.py      a session's group note: written once, one copy per attending member, signed per member
client_search.py   find a client by name, initials or code (registration, walk-ins)
survey_dialog.py   satisfaction survey entry from the form definition, with the month's summary
common.py          error texts, messages and the prompts tests answer
"""
from .view import ProgramsView

__all__ = ["ProgramsView"]
