"""A large word table (a dictionary, a misspelling list) kept as sorted bytes."""
from __future__ import annotations

from mmap import mmap
from zlib import crc32


class SortedTable:
    """A large word -> text table kept as one sorted file and searched in place.

    Loading 160,000 words into a set costs more than linting a whole article, so a short run
    looks words up in the bytes of the file instead (mapped, not read: a short run touches a
    few pages of it), through a hash index kept with it (one or two probes, in C, where a
    binary search took seventeen steps in Python: 7.5 us a word); once a long run has asked
    enough questions, the table is turned into a dict, which is then faster.

    The bytes: the record count, the number of slots (a power of two) and the length of the
    whole, then the slots, then the records `word\\0text\\n` in byte order. A slot holds 1 + a
    record's offset, or 0; a word's search starts at the slot its CRC-32 names and goes on to
    the next empty one.
    """

    LAYOUT = "hashed-2"  # of the bytes, part of the cache key: a table of another layout is built again
    MATERIALIZE_AFTER = 20_000  # about 20 ms of looking up; loading the table costs 30-50 ms

    def __init__(self, data: bytes | mmap):
        """`data` as `encode` made it; ValueError for anything else (a cut or foreign file)."""
        if not isinstance(data, (bytes, mmap)) or len(data) < 12:
            raise ValueError("not a word table")
        self.count = int.from_bytes(data[:4], "little")
        size = int.from_bytes(data[4:8], "little")
        self.base = 12 + 4 * size
        if size < 1 or size & (size - 1) or size <= self.count or len(data) < self.base \
                or int.from_bytes(data[8:12], "little") != len(data):
            raise ValueError("not a word table")
        self.data = data
        self.mask = size - 1
        self.slots = memoryview(data)[12:self.base].cast("I")
        self.questions = 0
        self.table: dict[str, str] | None = None
        self._keys: frozenset[str] | None = None  # the table's words, for `present`

    @staticmethod
    def encode(mapping: dict[str, str]) -> bytes:
        records = [f"{k}\x00{mapping[k]}\n".encode() for k in sorted(mapping, key=lambda k: k.encode())]
        size = 8
        while size < len(records) * 3 // 2:  # at most two thirds full: few probes a word
            size *= 2
        slots, position = [0] * size, 0
        for record in records:
            slot = crc32(record[:record.index(b"\x00")]) & (size - 1)
            while slots[slot]:
                slot = (slot + 1) & (size - 1)
            slots[slot] = position + 1
            position += len(record)
        length = 12 + 4 * size + position
        header = len(records).to_bytes(4, "little") + size.to_bytes(4, "little") + length.to_bytes(4, "little")
        return header + b"".join(s.to_bytes(4, "little") for s in slots) + b"".join(records)

    def get(self, key: str):
        if self.table is not None:
            return self.table.get(key)
        self.questions += 1
        if self.questions > self.MATERIALIZE_AFTER:
            self._materialize()
            return self.table.get(key)
        wanted = key.encode() + b"\x00"
        data, slots, mask, base = self.data, self.slots, self.mask, self.base - 1
        slot = first = crc32(wanted[:-1]) & mask
        while at := slots[slot]:
            if data.find(wanted, base + at, base + at + len(wanted)) >= 0:  # (a mapped file has no startswith)
                start = base + at + len(wanted)
                return data[start:data.find(b"\n", start)].decode()
            slot = (slot + 1) & mask
            if slot == first:  # every slot taken: a garbled file, which must not hang the run
                break
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
