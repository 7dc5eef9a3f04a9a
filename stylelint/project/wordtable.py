"""A large word table (a dictionary, a misspelling list) kept as sorted bytes."""
from __future__ import annotations


class SortedTable:
    """A large word -> text table kept as one sorted file and searched in place.

    Loading 160,000 words into a set costs more than linting a whole article, so a short run
    binary-searches the bytes of the file instead; once a long run has asked enough questions,
    the table is turned into a dict, which is then faster.
    """

    MATERIALIZE_AFTER = 3_000  # about 15 ms of searching, the cost of loading the table

    def __init__(self, data: bytes):
        self.data = data
        self.count = int.from_bytes(data[:4], "little")
        self.offsets = memoryview(data)[4:4 + 4 * (self.count + 1)].cast("I")
        self.base = 4 + 4 * (self.count + 1)
        self.questions = 0
        self.table: dict[str, str] | None = None
        self._keys: frozenset[str] | None = None  # the table's words, for `present`

    @staticmethod
    def encode(mapping: dict[str, str]) -> bytes:
        records = [f"{k}\x00{mapping[k]}\n".encode() for k in sorted(mapping, key=lambda k: k.encode())]
        offsets, position = [], 0
        for record in records:
            offsets.append(position)
            position += len(record)
        offsets.append(position)
        header = len(records).to_bytes(4, "little") + b"".join(o.to_bytes(4, "little") for o in offsets)
        return header + b"".join(records)

    def get(self, key: str):
        if self.table is not None:
            return self.table.get(key)
        self.questions += 1
        if self.questions > self.MATERIALIZE_AFTER:
            self._materialize()
            return self.table.get(key)
        wanted = key.encode()
        data, offsets, base = self.data, self.offsets, self.base
        lo, hi = 0, self.count
        while lo < hi:
            mid = (lo + hi) // 2
            start = base + offsets[mid]
            end = data.index(b"\x00", start)
            probe = data[start:end]
            if probe < wanted:
                lo = mid + 1
            elif probe > wanted:
                hi = mid
            else:
                return data[end + 1:base + offsets[mid + 1] - 1].decode()
        return None

    def present(self, keys: set[str]) -> set[str]:
        """The keys that are in the table (a set intersection once it is a dict)."""
        if self.table is None and self.questions + len(keys) > self.MATERIALIZE_AFTER:
            self._materialize()
        if self.table is not None:
            # Against a set of the words, not the dict's keys: a set's table is smaller, and
            # asking it for a document's few hundred words misses the CPU cache less often
            # (half the time on a corpus run, for about 10 MB).
            if self._keys is None:
                self._keys = frozenset(self.table)
            return keys & self._keys
        return {k for k in keys if self.get(k) is not None}

    def __contains__(self, key: str) -> bool:
        return self.get(key) is not None

    def __getitem__(self, key: str) -> str:
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def keys(self):
        """Every word of the table (turning it into a dict, as a long run has by then)."""
        self.load()
        return self.table.keys()

    def load(self) -> None:
        """Turn the table into a dict and a set now (before worker processes fork, so they
        share them)."""
        if self.table is None:
            self._materialize()
        if self._keys is None:
            self._keys = frozenset(self.table)

    def _materialize(self):
        body = self.data[self.base:].decode()
        self.table = dict(line.split("\x00", 1) for line in body.split("\n") if line)
