"""Fast bulk writing into Whoosh for fields indexed from precomputed term counts.

Whoosh's default path costs several Python calls per posting: a tuple per posting into an
external-sorting pool, a sort of all of them at commit, and a per-document length lookup per
posting. For ~22 million CJK postings that dominated the build. Here postings are grouped per
term in flat ``array('I')`` buffers as they arrive (docnums arrive in increasing order, so only
the distinct terms are sorted at commit), and length statistics are not collected (they only
tighten BM25 upper bounds; without them the bounds stay valid, just looser).
"""

from __future__ import annotations

import heapq
import os
import struct
import tempfile
from array import array
from collections.abc import Iterator, Mapping
from itertools import chain, groupby
from operator import sub
from typing import IO, Any

from whoosh.codec.whoosh3 import W3Codec, W3PostingsWriter
from whoosh.writing import SegmentWriter

Posting = tuple[str, bytes, int, float, bytes | None]


class ArrayPostingsWriter(W3PostingsWriter):  # type: ignore[misc]
    """Whoosh's W3 posting blocks, written a block at a time from arrays.

    Whoosh's own path costs a Python call with four type assertions per posting, then a
    generator step per posting to delta-encode each block: the commit of 6,000 articles
    (5.5M postings) took 34 s of a 91 s build. The bytes written are the same.
    """

    def add_block(self, ids: array[int], weights: array[float]) -> None:
        """One block (at most the codec's block limit) of increasing ids and their weights."""
        if len(self._ids):  # type: ignore[has-type]
            self._write_block()
        self._ids, self._weights = ids, weights
        self._values: list[bytes] = []
        self._maxweight = max(weights)
        self._minlength, self._maxlength = None, 0

    def _mini_ids(self) -> tuple[int, ...]:
        ids = self._ids
        return tuple(map(sub, ids, chain((0,), ids)))  # whoosh.util.numlists.delta_encode

    def _mini_weights(self) -> tuple[float, ...] | float | None:
        weights = self._weights
        if weights.count(1.0) == len(weights):
            return None
        if weights.count(weights[0]) == len(weights):
            return float(weights[0])
        return tuple(weights)

    def finish_postings(self) -> Any:
        """A term with a single document keeps it in the term table ("inlined": ~20 bytes of
        pickle) instead of a block of its own in the postings file (~55 bytes with its header
        and block info). Whoosh 2.7 means to do this below its codec's ``inlinelimit`` but its
        writer calls ``set_inline``, which its term info lacks, so its limit of 1 inlines
        nothing. At 24k: every id and file term, and 15% of the content terms."""
        if self.written() or len(self._ids) >= self._inlinelimit:
            return super().finish_postings()
        terminfo: Any = self._terminfo  # type: ignore[has-type]
        terminfo.add_block(self)
        # Values as a block read without them gives: one None a posting.
        terminfo.set_inlined(self._ids, self._weights, (None,) * len(self._ids))
        self._terminfo = None
        return terminfo


INLINE_LIMIT = 2  # postings lists shorter than this are inlined: those of one document


class NoLengthStatsCodec(W3Codec):  # type: ignore[misc]
    length_stats = False

    def __init__(self) -> None:
        super().__init__(inlinelimit=INLINE_LIMIT)

    def postings_writer(self, dbfile: Any, byteids: bool = False) -> W3PostingsWriter:
        if byteids:  # term vectors: not used by this schema
            return super().postings_writer(dbfile, byteids)
        return ArrayPostingsWriter(
            dbfile, blocklimit=self._blocklimit, byteids=False, compression=self._compression,
            inlinelimit=self._inlinelimit,
        )  # fmt: skip


_RUN_HEAD = struct.Struct("<II")  # a spilled term: its UTF-8 length, its number of postings
SPILL_POSTINGS = int(os.environ.get("READER_SPILL_POSTINGS", "4000000"))


class GroupingPool:
    """Postings grouped per (field, term), each packed into one uint32: docnum << 8 | count.

    4 bytes a posting, plus ~150 bytes per distinct term held. Past ``spill_postings`` the
    grouped postings are written to a temporary file (a sorted run) and memory starts over;
    the segment is written from all runs merged term by term (docnums only grow from one run
    to the next, so a term's postings are its runs' arrays end to end). So the writer's memory
    is bounded for any number of documents in one segment. Counts over 255 are capped: they
    only weigh scores.
    """

    def __init__(self, spill_postings: int = SPILL_POSTINGS) -> None:
        self._fields: dict[str, dict[str, array[int]]] = {}
        # Postings of ordinary fields (id, file, source, category, date): ~20 a document.
        # As tuples they held 58 MB at 24k articles; those of weight 1 without a value (all
        # of this schema's) are kept as docnum arrays per term instead.
        self._plain: dict[str, dict[bytes, array[int]]] = {}
        self._other: list[Posting] = []  # any other (weighted or with a value)
        self._runs: dict[str, list[IO[bytes]]] = {}
        self._held = 0  # postings in _fields
        self._spill_postings = spill_postings
        self.fieldnames: set[str] = set()

    def add(self, item: Posting) -> None:
        fieldname, tbytes, docnum, weight, vbytes = item
        self.fieldnames.add(fieldname)
        if weight == 1.0 and not vbytes:
            terms = self._plain.setdefault(fieldname, {})
            docs = terms.get(tbytes)
            if docs is None:
                docs = terms[tbytes] = array("I")
            docs.append(docnum)
        else:
            self._other.append(item)

    def add_counts(self, fieldname: str, docnum: int, counts: Mapping[str, int]) -> int:
        terms = self._fields.get(fieldname)
        if docnum >= 1 << 24:
            raise OverflowError("more than 16.7 million documents in one segment")
        if terms is None:
            self.fieldnames.add(fieldname)
            terms = self._fields[fieldname] = {}
        get = terms.get
        length = 0
        for term, count in counts.items():
            buf = get(term)
            if buf is None:
                buf = terms[term] = array("I")
            buf.append(docnum << 8 | (count if count < 255 else 255))
            length += count
        self._held += len(counts)
        if self._held >= self._spill_postings:
            self.spill()
        return length

    def spill(self) -> None:
        """Write the grouped postings to one sorted run per field; hold nothing."""
        for fieldname, terms in self._fields.items():
            # Kept open until the segment is written (cleanup closes it); unlinked at once.
            run = tempfile.TemporaryFile(prefix="reader-run-")  # noqa: SIM115
            write = run.write
            for term in sorted(terms):
                tbytes = term.encode("utf-8", "surrogatepass")
                buf = terms[term]
                write(_RUN_HEAD.pack(len(tbytes), len(buf)))
                write(tbytes)
                write(buf.tobytes())
            run.seek(0)
            self._runs.setdefault(fieldname, []).append(run)
        self._fields.clear()
        self._held = 0

    @staticmethod
    def _read_run(run: IO[bytes]) -> Iterator[tuple[str, array[int]]]:
        read = run.read
        while head := read(_RUN_HEAD.size):
            tlen, count = _RUN_HEAD.unpack(head)
            term = read(tlen).decode("utf-8", "surrogatepass")
            buf = array("I")
            buf.frombytes(read(count * buf.itemsize))
            yield term, buf

    def _merged_terms(self, fieldname: str) -> Iterator[tuple[str, array[int]]]:
        """(term, packed postings) in term order over the runs and what is held."""
        held = self._fields.get(fieldname, {})
        sources = [self._read_run(run) for run in self._runs.get(fieldname, [])]
        sources.append((term, held[term]) for term in sorted(held))
        if len(sources) == 1:
            yield from sources[0]
            return
        # heapq.merge is stable: a term's arrays come in run order, i.e. docnum order.
        merged = heapq.merge(*sources, key=lambda item: item[0])
        for term, group in groupby(merged, key=lambda item: item[0]):
            parts = [buf for _t, buf in group]
            if len(parts) == 1:
                yield term, parts[0]
            else:
                joined = array("I")
                for part in parts:
                    joined.extend(part)
                yield term, joined

    def write(self, fieldwriter: Any, schema: Any, blocklimit: int) -> None:
        """Write every posting into a segment's field writer: count fields a block at a time
        (ArrayPostingsWriter), the few postings of the other fields one by one."""
        others: dict[str, list[Posting]] = {}
        for posting in self._other:
            others.setdefault(posting[0], []).append(posting)
        for fieldname, terms in self._plain.items():
            if fieldname in others:  # mixed with weighted postings: write them all one by one
                others[fieldname].extend(
                    (fieldname, tbytes, docnum, 1.0, b"")
                    for tbytes, docs in terms.items() for docnum in docs
                )  # fmt: skip
        for fieldname in sorted(self.fieldnames):
            fieldwriter.start_field(fieldname, schema[fieldname])
            counted = fieldname in self._fields or fieldname in self._runs
            if counted and (fieldname in others or fieldname in self._plain):
                raise ValueError(f"{fieldname}: counted and analyzed postings in one field")
            if counted:
                for term, packed in self._merged_terms(fieldname):  # code point = byte order
                    ids = array("I", [p >> 8 for p in packed])
                    weights = array("f", [p & 0xFF for p in packed])
                    self._write_term(fieldwriter, term.encode("utf-8", "surrogatepass"), ids,
                                     weights, blocklimit)  # fmt: skip
            elif fieldname not in others:
                terms = self._plain.get(fieldname, {})
                for tbytes in sorted(terms):  # docnums were added in increasing order
                    docs = terms[tbytes]
                    self._write_term(fieldwriter, tbytes, docs, array("f", [1.0]) * len(docs),
                                     blocklimit)  # fmt: skip
            else:
                last: bytes | None = None
                for _f, tbytes, docnum, weight, vbytes in sorted(
                    others[fieldname], key=lambda p: (p[1], p[2])
                ):
                    if tbytes != last:
                        if last is not None:
                            fieldwriter.finish_term()
                        fieldwriter.start_term(tbytes)
                        last = tbytes
                    fieldwriter.add(docnum, weight, vbytes or b"", None)
                if last is not None:
                    fieldwriter.finish_term()
            fieldwriter.finish_field()

    @staticmethod
    def _write_term(fieldwriter: Any, tbytes: bytes, ids: array[int], weights: array[float],
                    blocklimit: int) -> None:  # fmt: skip
        fieldwriter.start_term(tbytes)
        postwriter = fieldwriter._postwriter
        for start in range(0, len(ids), blocklimit):
            end = start + blocklimit
            postwriter.add_block(ids[start:end], weights[start:end])
        fieldwriter.finish_term()

    def cleanup(self) -> None:
        self._fields.clear()
        self._plain.clear()
        self._other.clear()
        for runs in self._runs.values():
            for run in runs:
                run.close()
        self._runs.clear()


class BulkWriter(SegmentWriter):  # type: ignore[misc]
    """A SegmentWriter whose count fields skip the analyzer and the posting tuples."""

    def __init__(self, ix: Any, count_fields: frozenset[str], **kwargs: Any) -> None:
        self._codec_ = NoLengthStatsCodec()
        super().__init__(ix, codec=self._codec_, **kwargs)
        self.pool = GroupingPool()
        self._count_fields = count_fields

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        try:
            self.pool.write(self.fieldwriter, self.schema, self._codec_._blocklimit)
        finally:
            self.pool.cleanup()  # the runs' temporary files
        self.fieldwriter.close()

    def add_document(self, **fields: Any) -> None:
        counts = {name: fields.pop(name) for name in self._count_fields if name in fields}
        self._check_state()
        perdocwriter = self.perdocwriter
        schema = self.schema
        docnum = self.docnum
        perdocwriter.start_doc(docnum)
        try:
            for fieldname in sorted(set(fields) | set(counts)):
                if fieldname in counts:
                    length = self.pool.add_counts(fieldname, docnum, counts[fieldname])
                    perdocwriter.add_field(fieldname, schema[fieldname], None, length)
                    continue
                value = fields[fieldname]
                if value is None:
                    continue
                field = schema[fieldname]
                if field.indexed:
                    for tbytes, _freq, weight, vbytes in field.index(value):
                        self.pool.add((fieldname, tbytes, docnum, weight, vbytes))
                perdocwriter.add_field(fieldname, field, value if field.stored else None, 0)
                column = field.column_type
                if column is not None:
                    perdocwriter.add_column_value(fieldname, column, field.to_column_value(value))
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1
