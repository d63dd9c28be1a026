"""What a view that shows one note editor at a time (the clients view, the supervision queue)
does when the note is left: ask the editor about unsent text, save the draft, drop the editor."""
from __future__ import annotations


class EditorHost:
    """Mixin for a view with ``self.editor`` (a NoteEditor or None) inside ``self.stack``."""

    editor = None

    def _leave_editor(self) -> bool:
        """Close the open note (its draft saved). False when the user keeps an unsent addendum
        or comment (asked by the editor)."""
        editor = self.editor
        if editor is None:
            return True
        if not editor.may_leave():
            return False
        self.editor = None
        editor.save_now()
        self.stack.removeWidget(editor)
        editor.deleteLater()
        return True

    def may_leave(self) -> bool:
        return self.editor.may_leave() if self.editor is not None else True
