"""Supervision (수퍼비전): the queue of notes waiting for the logged-in supervisor's sign-off,
and the note opened read-only with the supervision panel (comment, return, co-sign).

``SupervisionView`` is what the main window shows to accounts that supervise someone (and to
the center lead); ``SupervisionRepository.supervises_anyone()`` decides.
"""
from .view import SupervisionView

__all__ = ["SupervisionView"]
