"""The main window's views. Each is a QWidget built from an AppContext, with ``refresh()``,
and ``save_all()`` when it holds unsaved input (called before lock-out or log-out)."""
