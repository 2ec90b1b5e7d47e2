"""Stage 1: ingest — files, HTML, JSON Lines, feeds, WARC → cleaned ``Document``s (or ``Failure``s with a reason).

    read_documents(paths)            reader.py    paths → Document | Failure, in input order
      expand_sources                 sources.py   files, folders (recursive), globs, "-" for stdin
      decode_bytes                   decode.py    bytes → str: size limit, BOM, binary, charset
      documents_from_lines           jsonl.py     one JSON Lines record → one Document
      documents_from_json            json_records.py  a .json record or array of records → Documents
      documents_from_feed            feeds.py     one RSS/Atom entry → one Document (feedparser)
      documents_from_warc            warc.py      one archived HTML page → one Document (warcio)
    document_from_text(content)      document.py  plain text or HTML → Document
      extract_article                html.py      HTML → article text + metadata (trafilatura)
      split_headline                 headlines.py a .txt's first line → its title, when a headline
      read_published                 published.py publication date → ISO, or unknown with a warning
      clean_text                     clean.py     furniture removal, whitespace and quotes
      require_english                language.py  refuse confidently non-English text

The cleaned text is what every later offset points into, and its hash is the document's id.
"""

from __future__ import annotations

from counterclaim.ingest.decode import DEFAULT_MAX_BYTES
from counterclaim.ingest.document import document_from_text
from counterclaim.ingest.reader import read_documents

__all__ = ["DEFAULT_MAX_BYTES", "document_from_text", "read_documents"]
