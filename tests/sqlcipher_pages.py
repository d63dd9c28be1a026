"""Decrypt SQLCipher 4 pages with the raw key, outside SQLCipher, so a test can search what is
really on disk: live pages, free pages and old WAL frames alike (SQL only ever shows live rows).

SQLCipher 4 defaults as storage/connection.py uses them: page 4096 bytes, AES-256-CBC, 80 bytes
reserved at the end of every page (16-byte IV, then a 64-byte HMAC-SHA512). Page 1 begins with
the file's 16-byte salt in clear. A raw hex key (x'...') is the AES key itself; the HMAC key is
PBKDF2-HMAC-SHA512(key, salt XOR 0x3a, 2 rounds). Each page's HMAC covers its ciphertext, its IV
and its page number (4 bytes, little-endian), so checking it proves the decryption is right.
"""
from __future__ import annotations

import hashlib
import hmac
import struct
import zipfile
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80
IV = 16
SALT = 16
WAL_HEADER = 32
FRAME_HEADER = 24
SQLITE_HEADER = b"SQLite format 3\x00"


class Decryptor:
    def __init__(self, key: bytes, salt: bytes) -> None:
        self.key = key
        self.hmac_key = hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), 2, 32)

    def page(self, data: bytes, page_no: int) -> bytes:
        """Plain page ``page_no`` (1-based) from its encrypted bytes; page 1 gets SQLite's header
        back in place of the salt. Raises ValueError when the page's HMAC does not match."""
        start = SALT if page_no == 1 else 0
        body = data[start:PAGE - RESERVE]
        iv = data[PAGE - RESERVE:PAGE - RESERVE + IV]
        mac = data[PAGE - RESERVE + IV:PAGE - RESERVE + IV + 64]
        expected = hmac.new(self.hmac_key, body + iv + struct.pack("<I", page_no), hashlib.sha512).digest()
        if not hmac.compare_digest(mac, expected):
            raise ValueError(f"page {page_no}: HMAC mismatch (wrong key or not a SQLCipher page)")
        decryptor = Cipher(algorithms.AES(self.key), modes.CBC(iv)).decryptor()
        plain = decryptor.update(body) + decryptor.finalize()
        return (SQLITE_HEADER if page_no == 1 else b"") + plain


def database_pages(path: Path, key: bytes) -> list[bytes]:
    """Every page of a database file, decrypted (free pages included)."""
    raw = Path(path).read_bytes()
    assert len(raw) % PAGE == 0, "not a whole number of pages"
    dec = Decryptor(key, raw[:SALT])
    return [dec.page(raw[i:i + PAGE], i // PAGE + 1) for i in range(0, len(raw), PAGE)]


def wal_frames(wal_path: Path, key: bytes, salt: bytes) -> list[bytes]:
    """Every frame of a -wal file, decrypted, whether or not it was checkpointed or is still valid
    (an old frame's bytes are on disk until the file is truncated or overwritten)."""
    wal_path = Path(wal_path)
    if not wal_path.exists():
        return []
    raw = wal_path.read_bytes()
    dec = Decryptor(key, salt)
    frames = []
    offset = WAL_HEADER
    while offset + FRAME_HEADER + PAGE <= len(raw):
        page_no = struct.unpack(">I", raw[offset:offset + 4])[0]
        data = raw[offset + FRAME_HEADER:offset + FRAME_HEADER + PAGE]
        try:
            frames.append(dec.page(data, page_no))
        except ValueError:
            frames.append(data)  # a frame never written in full: searched as it is
        offset += FRAME_HEADER + PAGE
    return frames


def backup_pages(archive: Path, key: bytes, work: Path) -> list[bytes]:
    """Every page of the database inside a .mdbak archive (the same key, its own salt)."""
    target = Path(work) / (Path(archive).name + ".db")
    with zipfile.ZipFile(archive) as zf:
        target.write_bytes(zf.read("database.db"))
    return database_pages(target, key)


OVERFLOW_POINTER = 4   # an overflow page starts with the 4-byte number of the next one


def find(pages: list[bytes], needle: str) -> list[int]:
    """Indexes of the pages where ``needle`` (UTF-8, as SQLite stores text) is, or begins.

    A long value is split over a chain of overflow pages: it fills a b-tree cell's local part
    (followed by the 4-byte number of its first overflow page), then each overflow page after
    its own 4-byte next-page number, to the page's end. So besides whole matches, a page counts
    when it ends with the needle's first k bytes (overflow page) or holds them followed by a
    4-byte page number (a cell's local part), and some page holds the remaining bytes right
    after its 4-byte pointer. The continuation is looked for in every page rather than by
    following the pointer (WAL frames are not numbered like the file): that can only find more,
    never less, which is the safe side for a proof of absence."""
    data = needle.encode("utf-8")
    hits = {i for i, page in enumerate(pages) if data in page}
    n = len(data)
    heads = {k: {page[OVERFLOW_POINTER:OVERFLOW_POINTER + n - k] for page in pages} for k in range(1, n)}
    for i, page in enumerate(pages):
        if i in hits:
            continue
        for k in range(1, n):
            if data[k:] not in heads[k]:
                continue
            prefix = data[:k]
            if page.endswith(prefix):
                hits.add(i)
                break
            at = page.find(prefix)
            while 0 <= at and at + k + 4 <= len(page):
                pointer = struct.unpack(">I", page[at + k:at + k + 4])[0]
                if 1 <= pointer <= len(pages):
                    hits.add(i)
                    break
                at = page.find(prefix, at + 1)
            if i in hits:
                break
    return sorted(hits)
