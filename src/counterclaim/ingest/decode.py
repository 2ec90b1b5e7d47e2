"""Stage 1: ingest — raw bytes → ``str``, or a clear reason why the bytes are not a text document.

Order matters, and each step says why it is where it is:

1. size: a file over the limit is refused from its size on disk, before any byte is read, so a
   50 MB dump fails at once instead of being read into memory;
2. byte-order mark: a BOM is the one certain statement of an encoding, so it wins over guessing
   (and it is how UTF-16 text, full of NUL bytes, escapes the binary check below; UTF-16 without
   a BOM is recognised by its pattern of NUL bytes);
3. binary: magic numbers name common non-text files (images, archives, PDFs, executables) so the
   reason can say what the file is; any other NUL byte means binary, as text never has one;
4. UTF-8: by far the most common encoding on the web, and strict UTF-8 almost never decodes
   bytes that were meant as something else;
5. charset-normalizer: the detector of last resort for legacy encodings (cp1252, Latin-1, KOI8-R…).
"""

from __future__ import annotations

import codecs
import unicodedata
from typing import BinaryIO

from charset_normalizer import from_bytes

from counterclaim.errors import BinaryDocumentError, DecodingError, DocumentTooLargeError, EmptyDocumentError

__all__ = ["DEFAULT_MAX_BYTES", "check_size", "decode_bytes", "read_limited", "refuse_binary"]

DEFAULT_MAX_BYTES = 10_000_000
"""10 MB: far above any news article (a long one is ~100 kB of HTML), far below what hurts memory."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"RIFF", "RIFF media file (WebP, WAV or AVI)"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or an Office document)"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ\x90\x00", "Windows executable"),
    (b"\xca\xfe\xba\xbe", "Java class or Mach-O executable"),
    (b"\xcf\xfa\xed\xfe", "Mach-O executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio file"),
    (b"\x00\x00\x00\x18ftyp", "MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "MP4 video"),
    (b"wOFF", "web font"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
)

_SNIFF_BYTES = 8192
"""How much of the start is checked for NUL bytes; binary formats show them within the first few kB."""

_MAX_CONTROL_RATIO = 0.05
"""Decoded text with more than 5% control characters is binary that happened to decode."""


def check_size(size: int, max_bytes: int) -> None:
    """Refuse an input whose size (in bytes) is over ``max_bytes``, with both sizes in the message."""
    if size > max_bytes:
        raise DocumentTooLargeError(
            f"file too large: {_human(size)} is over the {_human(max_bytes)} limit (raise --max-bytes to allow it)"
        )


def read_limited(stream: BinaryIO, max_bytes: int, *, already: bytes = b"") -> bytes:
    """``already`` plus the rest of a stream whose size is not known up front (a pipe), reading at
    most one byte past ``max_bytes`` in all to notice an overrun."""
    data = already + stream.read(max(0, max_bytes + 1 - len(already)))
    if len(data) > max_bytes:
        raise DocumentTooLargeError(
            f"input too large: over the {_human(max_bytes)} limit (raise --max-bytes to allow it)"
        )
    return data


def decode_bytes(data: bytes) -> str:
    """Decode a document's bytes to text; raises Empty-, Binary- or DecodingError with the reason."""
    if not data.strip():
        raise EmptyDocumentError("empty document: the input has no text")
    with_bom = _decode_with_bom(data)
    if with_bom is not None:
        return _refuse_control_heavy(with_bom)
    utf16 = _decode_bomless_utf16(data)
    if utf16 is not None:
        return _refuse_control_heavy(utf16)
    refuse_binary(data)
    try:
        return _refuse_control_heavy(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise DecodingError("cannot decode: the bytes are not UTF-8 and match no known text encoding")
    return _refuse_control_heavy(str(best))


def _decode_with_bom(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as error:
                raise DecodingError(
                    f"cannot decode: the file starts with a {encoding} byte-order mark "
                    f"but has invalid bytes at offset {error.start + len(bom)}"
                ) from error
    return None


def refuse_binary(data: bytes) -> None:
    """Raise BinaryDocumentError when ``data`` (or its first few kB) is a binary format, not text."""
    head = data[:_SNIFF_BYTES]
    kind = next((kind for magic, kind in _MAGIC if data.startswith(magic)), None)
    # Some magic numbers are plain letters ("BZh", "ID3", "OggS"): they name a binary file only
    # when the bytes are not text as well; "%PDF-" is never how an article starts.
    if kind is not None and (kind.startswith("PDF") or b"\x00" in head or not _is_utf8(head)):
        raise BinaryDocumentError(f"binary file ({kind}), not text")
    if b"\x00" in head:
        raise BinaryDocumentError("binary file (contains NUL bytes), not text")


def _is_utf8(head: bytes) -> bool:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut off by the sniff window is still UTF-8.
        return error.start >= len(head) - 3 and error.reason == "unexpected end of data"
    return True


def _decode_bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM (some Windows tools write it): ASCII-range text has a NUL in every
    other byte, on the odd positions for little-endian, the even ones for big-endian."""
    head = data[:_SNIFF_BYTES]
    if len(head) < 4 or b"\x00" not in head:
        return None
    even, odd = head[0::2], head[1::2]
    for zeros, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros) and other.count(0) <= 0.05 * len(other):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _refuse_control_heavy(text: str) -> str:
    sample = text[:_SNIFF_BYTES]
    controls = sum(1 for char in sample if unicodedata.category(char) == "Cc" and char not in "\n\r\t\f")
    if sample and controls / len(sample) > _MAX_CONTROL_RATIO:
        raise BinaryDocumentError("binary file (mostly control characters), not text")
    return text


def _human(size: int) -> str:
    """Decimal units, as disks and ``ls -h --si`` count them: 10,000,000 bytes is "10.0 MB"."""
    if size < 1000:
        return f"{size} bytes"
    if size < 1_000_000:
        return f"{size / 1000:.1f} kB"
    return f"{size / 1_000_000:.1f} MB"
