"""The calendar: day and week views of a site, columns by counselor or by room.

model.py  what is shown (one in_range call per refresh), block layout, move arithmetic
grid.py   the painted time grid: selection, keyboard cursor, drag and drop
dialog.py book / edit / move one appointment (client search, weekly series)
view.py   toolbar, actions and every repository write
"""
from .view import CalendarView

__all__ = ["CalendarView"]
