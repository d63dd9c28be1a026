"""Korean text helpers: initial-consonant search keys and on-screen name masking."""
from __future__ import annotations

CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
SYLLABLE_FIRST, SYLLABLE_LAST = 0xAC00, 0xD7A3
COMPAT_CONSONANTS = set("ㄱㄲㄳㄴㄵㄶㄷㄸㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅃㅄㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ")


def initials(text: str) -> str:
    """'홍길동' -> 'ㅎㄱㄷ'; other characters are kept (lower-cased), spaces dropped."""
    out = []
    for ch in text:
        code = ord(ch)
        if SYLLABLE_FIRST <= code <= SYLLABLE_LAST:
            out.append(CHOSEONG[(code - SYLLABLE_FIRST) // 588])
        elif not ch.isspace():
            out.append(ch.lower())
    return "".join(out)


def is_initials_query(text: str) -> bool:
    """True when the user typed only initial consonants (ㅎㄱㄷ)."""
    stripped = text.replace(" ", "")
    return bool(stripped) and all(ch in COMPAT_CONSONANTS for ch in stripped)


def mask_name(name: str) -> str:
    """Hide the middle of a name on screen: 홍길동 -> 홍*동, 이솔 -> 이*, 남궁민수 -> 남**수."""
    name = name.strip()
    if len(name) <= 1:
        return "*"
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]
