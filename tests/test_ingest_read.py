"""Stage 1 over many inputs: files, folders, globs, stdin, JSON Lines; every bad input is a Failure."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import pytest

from counterclaim.ingest import read_documents
from counterclaim.models import Document, Failure

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SEED = FIXTURES / "voa_blog_scrape.txt"
BLOG = FIXTURES / "blog_voa_russia_syria.html"
REPORT = "Officials said two people were killed in the strike on Tuesday, and the army denied it."
GERMAN = (
    "Die Bundesregierung hat die russischen Luftangriffe in Syrien scharf verurteilt. Ein Sprecher des "
    "Auswärtigen Amtes sagte am Mittwoch in Berlin, die Angriffe hätten nicht nur der Terrormiliz gegolten."
)


def read(*paths: str | Path, **options: object) -> list[Document | Failure]:
    return list(read_documents([str(path) for path in paths], **options))  # type: ignore[arg-type]


def only_failure(items: list[Document | Failure]) -> Failure:
    assert len(items) == 1, items
    assert isinstance(items[0], Failure), items[0]
    assert items[0].stage == "ingest"
    return items[0]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# ---- one input each ----------------------------------------------------------------------------


def test_text_file(tmp_path: Path) -> None:
    [document] = read(write(tmp_path / "report.txt", REPORT))
    assert isinstance(document, Document)
    assert document.text == REPORT
    assert document.source == str(tmp_path / "report.txt")


def test_html_file_by_suffix() -> None:
    [document] = read(BLOG)
    assert isinstance(document, Document)
    assert document.title == "Russia Launches Airstrikes in Syria"


def test_html_sniffed_without_suffix(tmp_path: Path) -> None:
    [document] = read(write(tmp_path / "page", BLOG.read_text(encoding="utf-8")))
    assert isinstance(document, Document)
    assert document.author == "Henry Ridgwell"


def test_same_report_as_text_html_and_jsonl_has_one_id(tmp_path: Path) -> None:
    record = {"text": SEED.read_text(encoding="utf-8"), "url": "https://www.voanews.com/a/2981563.html"}
    jsonl = write(tmp_path / "dump.jsonl", json.dumps(record) + "\n")
    documents = read(SEED, BLOG, jsonl)
    assert all(isinstance(document, Document) for document in documents)
    assert len({document.id for document in documents if isinstance(document, Document)}) == 1


def test_ingesting_twice_gives_the_same_id() -> None:
    first, second = read(SEED, SEED)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.id == second.id


def test_legacy_encoding_is_detected(tmp_path: Path) -> None:
    text = "The army’s spokesman said “no” to the café owner’s request — twice, in the presence of reporters."
    [document] = read(write(tmp_path / "cp1252.txt", text.encode("cp1252")))
    assert isinstance(document, Document)
    assert document.text == text.replace("’", "'").replace("“", '"').replace("”", '"')


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le"])
def test_byte_order_marks_and_utf16(tmp_path: Path, encoding: str) -> None:
    [document] = read(write(tmp_path / "report.txt", REPORT.encode(encoding)))
    assert isinstance(document, Document)
    assert document.text == REPORT


# ---- bad inputs: one clear reason each ---------------------------------------------------------


def test_empty_file(tmp_path: Path) -> None:
    assert "empty document" in only_failure(read(write(tmp_path / "empty.txt", ""))).reason


def test_whitespace_only_file(tmp_path: Path) -> None:
    assert "empty document" in only_failure(read(write(tmp_path / "blank.txt", " \n\n\t \n"))).reason


def test_furniture_only_file(tmp_path: Path) -> None:
    failure = only_failure(read(write(tmp_path / "f.txt", "Posted in News\n\nComments are closed.")))
    assert failure.reason == "empty document: no text left after removing page furniture"


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "PNG image"),
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(64), "JPEG image"),
        ("archive.txt", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(64), "ZIP archive"),
        ("program", b"\x7fELF\x02\x01\x01\x00" + bytes(64), "ELF executable"),
        ("data.bin", bytes(range(256)) * 4, "NUL bytes"),
    ],
)
def test_binary_file(tmp_path: Path, name: str, content: bytes, kind: str) -> None:
    failure = only_failure(read(write(tmp_path / name, content)))
    assert failure.reason.startswith("binary file")
    assert kind in failure.reason


def test_undecodable_bytes(tmp_path: Path) -> None:
    noise = bytes((index * 167 + 13) % 255 + 1 for index in range(4000))  # no NUL byte, not text
    failure = only_failure(read(write(tmp_path / "noise.txt", noise)))
    assert failure.reason.startswith(("cannot decode", "binary file"))


def test_file_over_the_limit(tmp_path: Path) -> None:
    failure = only_failure(read(write(tmp_path / "big.txt", REPORT * 10), max_bytes=100))
    assert failure.reason.startswith("file too large")


def test_fifty_megabyte_file_fails_on_its_size(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as file:
        file.truncate(50_000_000)  # sparse: no 50 MB written to disk
    failure = only_failure(read(big))
    assert failure.reason == "file too large: 50.0 MB is over the 10.0 MB limit (raise --max-bytes to allow it)"


def test_html_page_without_article(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Home</title></head>"
        "<body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav></body></html>"
    )
    assert only_failure(read(write(tmp_path / "index.html", page))).reason == "HTML page has no article text"


def test_non_english_text(tmp_path: Path) -> None:
    failure = only_failure(read(write(tmp_path / "bericht.txt", GERMAN)))
    assert failure.reason.startswith("not English (detected: de)")


def test_missing_path(tmp_path: Path) -> None:
    failure = only_failure(read(tmp_path / "nope.txt"))
    assert failure.source == str(tmp_path / "nope.txt")
    assert failure.reason == "no such file or directory"


def test_glob_matching_nothing(tmp_path: Path) -> None:
    failure = only_failure(read(tmp_path / "*.html"))
    assert failure.reason == "no files match this pattern"


def test_empty_directory(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert only_failure(read(tmp_path / "empty")).reason == "directory has no files to read"


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = write(tmp_path / "locked.txt", REPORT)
    locked.chmod(0)
    if os.access(locked, os.R_OK):  # root reads anything: make the OS refuse all the same
        real_open = Path.open

        def refuse(self: Path, *args: object, **kwargs: object) -> object:
            if self == locked:
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

        monkeypatch.setattr(Path, "open", refuse)
    assert only_failure(read(locked)).reason == "permission denied: cannot read this file"


# ---- batches -----------------------------------------------------------------------------------


def test_batch_goes_on_after_bad_inputs_and_keeps_order(tmp_path: Path) -> None:
    good_one = write(tmp_path / "one.txt", REPORT)
    empty = write(tmp_path / "empty.txt", "")
    image = write(tmp_path / "image.png", b"\x89PNG\r\n\x1a\n" + bytes(32))
    german = write(tmp_path / "de.txt", GERMAN)
    good_two = write(tmp_path / "two.txt", "The ministry said three soldiers were wounded near the border crossing.")
    items = read(good_one, tmp_path / "missing.txt", empty, image, german, tmp_path / "*.xml", good_two)
    assert [type(item).__name__ for item in items] == [
        "Document", "Failure", "Failure", "Failure", "Failure", "Failure", "Document",
    ]  # fmt: skip
    assert [item.source for item in items] == [
        str(good_one), str(tmp_path / "missing.txt"), str(empty), str(image), str(german),
        str(tmp_path / "*.xml"), str(good_two),
    ]  # fmt: skip


def test_directory_is_read_recursively_sorted_without_hidden_files(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "Second report: the army said the town was retaken on Monday evening.")
    write(tmp_path / "a.txt", "First report: rebels said they shot down a helicopter near the airport.")
    write(tmp_path / "sub" / "c.txt", "Third report: the ministry said eleven civilians were killed overnight.")
    write(tmp_path / "sub" / "deeper" / "d.html", BLOG.read_bytes())
    write(tmp_path / ".hidden.txt", "Hidden notes that are not a report at all, and must not be read.")
    write(tmp_path / ".git" / "config", "[core]")
    items = read(tmp_path)
    assert [Path(item.source or "").relative_to(tmp_path).as_posix() for item in items] == [
        "a.txt", "b.txt", "sub/c.txt", "sub/deeper/d.html",
    ]  # fmt: skip
    assert all(isinstance(item, Document) for item in items)


def test_glob(tmp_path: Path) -> None:
    write(tmp_path / "x" / "2.txt", "Report two: shelling hit the eastern districts of the city on Friday.")
    write(tmp_path / "x" / "1.txt", "Report one: an air strike hit a hospital in the north of the province.")
    write(tmp_path / "x" / "notes.md", "Not matched by the pattern, so it must not be read at all.")
    items = read(tmp_path / "x" / "*.txt")
    assert [Path(item.source or "").name for item in items] == ["1.txt", "2.txt"]


def test_recursive_glob(tmp_path: Path) -> None:
    write(tmp_path / "a" / "b" / "deep.txt", "Deep report: the militia said it captured two villages on Sunday.")
    [document] = read(tmp_path / "**" / "*.txt")
    assert isinstance(document, Document)


# ---- JSON Lines --------------------------------------------------------------------------------


def jsonl_dump(tmp_path: Path) -> Path:
    lines = [
        json.dumps({"text": REPORT, "url": "https://example.org/a", "title": "A", "published": "2015-09-30"}),
        "{not json",
        "",
        json.dumps(["a", "list"]),
        json.dumps({"title": "no text"}),
        json.dumps({"html": BLOG.read_text(encoding="utf-8"), "source": "blog-archive"}),
        json.dumps({"text": GERMAN}),
        json.dumps({"text": "The governor said the curfew would be lifted in the city on Thursday morning."}),
    ]
    return write(tmp_path / "dump.jsonl", "\n".join(lines) + "\n")


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    dump = jsonl_dump(tmp_path)
    items = read(dump)
    assert [item.source for item in items] == [
        "https://example.org/a", f"{dump}:2", f"{dump}:4", f"{dump}:5", "blog-archive", f"{dump}:7", f"{dump}:8",
    ]  # fmt: skip
    first, bad_json, a_list, no_text, html, german, last = items
    assert isinstance(first, Document) and first.title == "A" and first.published == "2015-09-30"
    assert isinstance(bad_json, Failure) and bad_json.reason.startswith("invalid JSON")
    assert isinstance(a_list, Failure) and "not an object" in a_list.reason
    assert isinstance(no_text, Failure) and "no 'text' or 'html'" in no_text.reason
    assert isinstance(html, Document) and html.title == "Russia Launches Airstrikes in Syria"
    assert isinstance(german, Failure) and german.reason.startswith("not English")
    assert isinstance(last, Document) and last.source == f"{dump}:8"


def test_jsonl_size_limit_is_per_line(tmp_path: Path) -> None:
    short = json.dumps({"text": REPORT})
    long = json.dumps({"text": REPORT * 20})
    dump = write(tmp_path / "dump.ndjson", "\n".join([short, long, short]) + "\n")
    items = read(dump, max_bytes=len(short) + 10)
    assert [type(item).__name__ for item in items] == ["Document", "Failure", "Document"]
    assert items[1].source == f"{dump}:2"
    assert items[1].reason.startswith("line too long")


def test_jsonl_invalid_utf8_line(tmp_path: Path) -> None:
    dump = write(tmp_path / "dump.jsonl", b'{"text": "caf\xe9 owner said"}\n' + json.dumps({"text": REPORT}).encode())
    bad, good = read(dump)
    assert isinstance(bad, Failure) and "not valid UTF-8" in bad.reason
    assert isinstance(good, Document)


# ---- standard input ----------------------------------------------------------------------------


def test_stdin_text() -> None:
    [document] = read("-", stdin=io.BytesIO(REPORT.encode()))
    assert isinstance(document, Document)
    assert document.source == "<stdin>"
    assert document.text == REPORT


def test_stdin_html() -> None:
    [document] = read("-", stdin=io.BytesIO(BLOG.read_bytes()))
    assert isinstance(document, Document)
    assert document.site == "World Desk Daily"


def test_stdin_jsonl() -> None:
    lines = [json.dumps({"text": REPORT, "url": "https://example.org/a"}), "[]", json.dumps({"text": REPORT})]
    items = read("-", stdin=io.BytesIO("\n".join(lines).encode()))
    assert [item.source for item in items] == ["https://example.org/a", "<stdin>:2", "<stdin>:3"]


def test_stdin_over_the_limit() -> None:
    failure = only_failure(read("-", stdin=io.BytesIO(REPORT.encode() * 100), max_bytes=500))
    assert failure.source == "<stdin>"
    assert failure.reason.startswith("input too large")


def test_stdin_between_files_keeps_order(tmp_path: Path) -> None:
    before = write(tmp_path / "before.txt", REPORT)
    after = write(tmp_path / "after.txt", "The ministry said the convoy reached the besieged town late on Sunday.")
    items = read(before, "-", after, stdin=io.BytesIO(b"The UN said aid trucks were stopped at a checkpoint."))
    assert [item.source for item in items] == [str(before), "<stdin>", str(after)]


def test_a_single_path_string_is_one_path(tmp_path: Path) -> None:
    report = write(tmp_path / "report.txt", REPORT)
    [document] = read_documents(str(report))
    assert isinstance(document, Document)


def test_glob_matching_a_folder_and_its_files_reads_each_file_once(tmp_path: Path) -> None:
    write(tmp_path / "r" / "one.txt", REPORT)
    write(tmp_path / "r" / "sub" / "two.txt", "The army said the second report was also accurate, a spokesman said.")
    items = read(tmp_path / "r" / "**")
    assert [Path(item.source or "").relative_to(tmp_path / "r").as_posix() for item in items] == [
        "one.txt",
        "sub/two.txt",
    ]


def test_pipe_inside_a_folder_is_skipped_with_a_reason(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", REPORT)
    os.mkfifo(tmp_path / "b.pipe")
    document, failure = read(tmp_path)
    assert isinstance(document, Document)
    assert isinstance(failure, Failure) and failure.reason.startswith("not a regular file")


def test_html_suffix_on_plain_text_is_read_as_text(tmp_path: Path) -> None:
    [document] = read(write(tmp_path / "report.html", REPORT))
    assert isinstance(document, Document)
    assert document.text == REPORT


def test_gzipped_jsonl(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl.gz"
    dump.write_bytes(gzip.compress((json.dumps({"text": REPORT}) + "\n[]\n").encode()))
    document, failure = read(dump)
    assert isinstance(document, Document) and document.text == REPORT
    assert isinstance(failure, Failure) and failure.source == f"{dump}:2"


def test_empty_jsonl(tmp_path: Path) -> None:
    failure = only_failure(read(write(tmp_path / "empty.jsonl", "\n\n")))
    assert failure.reason == "empty document: the JSON Lines input has no records"


def test_binary_file_named_jsonl(tmp_path: Path) -> None:
    failure = only_failure(read(write(tmp_path / "photo.jsonl", b"\x89PNG\r\n\x1a\n" + bytes(64))))
    assert failure.reason == "binary file (PNG image), not text"
