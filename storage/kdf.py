"""Password-based key derivation (Argon2id) and the costs that ship.

The cost is stored in every key slot, so it can be raised later without breaking old slots.
PRODUCTION was measured on a 2-core Debian machine (2026-11): ~0.45 s per derivation, which
keeps a whole unlock inside the 0.3-1.0 s target; RFC 9106's second recommendation
(t=3, 64 MiB) is below it on both axes.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id


@dataclass(frozen=True)
class KdfCost:
    iterations: int
    lanes: int
    memory_kib: int
    name: str = "argon2id"

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        return Argon2id(
            salt=salt,
            length=32,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        ).derive(secret)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "KdfCost":
        if data.get("name") != "argon2id":
            raise ValueError("kdf.name")
        cost = cls(
            iterations=int(data["iterations"]),
            lanes=int(data["lanes"]),
            memory_kib=int(data["memory_kib"]),
        )
        if cost.iterations < 1 or cost.lanes < 1 or cost.memory_kib < 8 * cost.lanes:
            raise ValueError("kdf cost")
        return cost


PRODUCTION_KDF = KdfCost(iterations=4, lanes=4, memory_kib=128 * 1024)

# Only for tests and benchmarks that create many vaults; passed explicitly, never a default.
FAST_TEST_KDF = KdfCost(iterations=1, lanes=1, memory_kib=8)
