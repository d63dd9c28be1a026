"""Every string the desktop shows is in the Korean translation file, translated: a user of a
Korean center never meets an English button. lupdate is run on the sources into a scratch
file and compared with resources/i18n/maumdesk_ko.ts."""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "maumdesk_ko.ts"


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    out = {}
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            out[(name, message.findtext("source"))] = message.find("translation")
    return out


def test_every_desktop_string_has_a_korean_translation(tmp_path):
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (ROOT / "desktop").rglob("*.py"))
    scratch = tmp_path / "now.ts"
    subprocess.run([str(lupdate), *sources, "-ts", str(scratch)], check=True, capture_output=True, timeout=120)
    in_code = _messages(scratch)
    assert len(in_code) > 100
    shipped = _messages(TS)
    missing = [key for key in in_code if key not in shipped]
    untranslated = [key for key, tr in shipped.items()
                    if key in in_code and (not (tr.text or "").strip() or tr.get("type") == "unfinished")]
    assert missing == [], f"run lupdate and translate: {missing[:10]}"
    assert untranslated == [], f"not translated yet: {untranslated[:10]}"


def test_the_co_signature_reads_apart_from_the_authors_signature():
    """"Co-sign" is 공동 서명 (the supervisor's), never plain 서명 (the author's own). The terms
    stay 수퍼비전/수퍼바이저, the spelling of 한국상담심리학회 and 한국상담학회."""
    root = ET.parse(TS).getroot()
    pairs = [(m.findtext("source"), m.findtext("translation") or "") for m in root.iter("message")]
    co = [(s, t) for s, t in pairs if "co-sign" in s.lower() or "sign-off" in s.lower() and "submit" not in s.lower()]
    assert co and all("공동 서명" in t for s, t in co), [p for p in co if "공동 서명" not in p[1]]
    assert not any("슈퍼" in t for _s, t in pairs)
    assert any("수퍼비전" in t for _s, t in pairs) and any("수퍼바이저" in t for _s, t in pairs)
