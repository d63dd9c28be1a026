"""A follow-up's reason ('phq9.self_harm') as a person reads it, for every view that lists them."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

import forms

from ..screening.common import registry_for


def reason_text(context, reason: str) -> str:
    if reason == "phq9.self_harm":
        return QCoreApplication.translate("FollowUpsView", "PHQ-9 item 9 (thoughts of self-harm or suicide)")
    form_id, _, flag_id = reason.partition(".")
    try:
        definition = registry_for(context).get(form_id)
    except forms.FormError:
        return reason
    for rule in definition.flags:
        if rule.id == flag_id:
            return f"{definition.title.get(context.lang)} · {rule.message.get(context.lang)}"
    return f"{definition.title.get(context.lang)} · {flag_id}"
