"""Screening questionnaires and surveys as data files, scored by one small pure engine.

No Qt, no SQL: storage and desktop call in here, never the other way round.
See forms/README.md for the definition format and the classification policy.
"""

from .classification import DEFAULT_POLICY, OverallClassification, Reason, classify_overall
from .errors import AnswerError, DefinitionError, FormError, PolicyError, UnknownFormError
from .loader import load_definition, load_definition_text
from .model import RISK_CLASSES, Definition
from .registry import Registry, builtin_registry, center_registry
from .result import BandResult, Flag, ScaleScore, ScoreResult
from .scoring import score
from .wording import load_wording

__all__ = [
    "AnswerError", "BandResult", "DEFAULT_POLICY", "Definition", "DefinitionError", "Flag",
    "FormError", "OverallClassification", "PolicyError", "RISK_CLASSES", "Reason", "Registry",
    "ScaleScore", "ScoreResult", "UnknownFormError", "builtin_registry", "center_registry",
    "classify_overall", "load_definition", "load_definition_text", "load_wording", "score",
]
