"""File contents for the benchmark dataset, by category (all derived from the caller's seeded rng)."""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from pathlib import Path

from bench.dataset_text import CATEGORIES, COUNTRIES, FIRST, LAST, MiB, Text, iso, randbytes

Content = Callable[[random.Random, Text, str, int], bytes]

PHOTO_HEADERS = {"png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "heic": b"\x00\x00\x00\x18ftypheic"}
JPEG_HEADER = b"\xff\xd8\xff\xe1\x00\x16Exif\x00\x00MM\x00*"
ARCHIVE_HEADERS = {"zip": b"PK\x03\x04\x14\x00\x00\x00\x08\x00",
                   "gz": b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03",
                   "7z": b"7z\xbc\xaf\x27\x1c\x00\x04", "xz": b"\xfd7zXZ\x00\x00\x04"}


def tiny(rng: random.Random, text: Text, ext: str, nbytes: int) -> bytes:
    if ext == "gitkeep" or nbytes == 0:
        return b""
    common = text.words[:300]
    if ext in ("ini", "cfg", "toml"):
        s = "".join(
            f"{rng.choice(common)}_{k} = "
            f"{rng.choice(['true', 'false', str(rng.randint(0, 9999)), repr(rng.choice(text.words))])}\n"
            for k in range(max(1, nbytes // 20)))
    elif ext == "yaml":
        s = "".join(f"{rng.choice(common)}_{k}: {rng.choice(text.words)}\n"
                    for k in range(max(1, nbytes // 16)))
    elif ext == "json":
        s = json.dumps({rng.choice(common) + str(k): rng.randint(0, 10**6)
                        for k in range(max(1, nbytes // 18))})
    else:
        s = text.prose(rng, nbytes).decode("utf-8", "ignore")
    return s.encode("utf-8")[:nbytes]


def docs(rng: random.Random, text: Text, ext: str, nbytes: int) -> bytes:
    return text.markdown(rng, nbytes) if ext == "md" else text.prose(rng, nbytes)


def code(rng: random.Random, text: Text, ext: str, nbytes: int) -> bytes:
    return text.code(rng, nbytes, ext)


def csv(rng: random.Random, text: Text, ext: str, nbytes: int) -> bytes:
    lines = ["id,date,customer,country,amount,quantity,category,status,comment"]
    size = len(lines[0])
    t = 1_600_000_000 + rng.randint(0, 10**7)
    i = 0
    while size < nbytes:
        i += 1
        t += rng.randint(1, 7200)
        comment = text.sentence(rng, 0, 6)
        line = (f"{i},{time.strftime('%Y-%m-%d %H:%M', time.gmtime(t))},"
                f"{rng.choice(FIRST)} {rng.choice(LAST)},{rng.choice(COUNTRIES)},{rng.uniform(0, 9999):.2f},"
                f"{rng.randint(1, 50)},{rng.choice(CATEGORIES)},"
                f"{rng.choice(['ok', 'ok', 'ok', 'pending', 'failed'])},\"{comment}\"")
        lines.append(line)
        size += len(line) + 1
    return ("\n".join(lines) + "\n").encode("utf-8")[:nbytes]


def json_records(rng: random.Random, text: Text, ext: str, nbytes: int) -> bytes:
    records, size = [], 0
    while size < nbytes:
        records.append({
            "id": rng.getrandbits(48), "name": " ".join(text.words_n(rng, rng.randint(1, 4))),
            "created": iso(1_600_000_000 + rng.randint(0, 10**8)), "active": rng.random() < 0.8,
            "score": round(rng.random() * 100, 3), "tags": text.words_n(rng, rng.randint(0, 5)),
            "owner": {"user": rng.choice(FIRST), "country": rng.choice(COUNTRIES)},
            "notes": text.sentence(rng, 0, 25) or None})
        size += 260  # about one indented record; the document may end up a bit larger than asked
    doc = {"version": 3, "generated_by": "make_dataset", "records": records}
    s = json.dumps(doc, ensure_ascii=False, indent=2)
    return s.encode("utf-8")[:nbytes] if len(s) > nbytes * 1.5 else s.encode("utf-8")


def photo(rng: random.Random, text: Text, ext: str, nbytes: int) -> bytes:
    return PHOTO_HEADERS.get(ext, JPEG_HEADER) + randbytes(rng, nbytes)


def archive(rng: random.Random, text: Text, ext: str, nbytes: int) -> bytes:
    return ARCHIVE_HEADERS[ext] + randbytes(rng, nbytes)


def pdf(rng: random.Random, text: Text, ext: str, nbytes: int) -> bytes:
    """Alternating text streams and random (image-like) streams."""
    parts, size, k = [b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"], 16, 1
    while size < nbytes:
        if rng.random() < 0.45:
            body = text.prose(rng, rng.randint(500, 6000))
            obj = (b"%d 0 obj\n<< /Length %d >>\nstream\nBT /F1 12 Tf 72 712 Td (" % (k, len(body)) + body
                   + b") Tj ET\nendstream\nendobj\n")
        else:
            body = randbytes(rng, rng.randint(2000, 40000))
            obj = (b"%d 0 obj\n<< /Filter /DCTDecode /Length %d >>\nstream\n" % (k, len(body)) + body
                   + b"\nendstream\nendobj\n")
        parts.append(obj)
        size += len(obj)
        k += 1
    parts.append(b"trailer\n<< /Root 1 0 R >>\n%%EOF\n")
    return b"".join(parts)


CATEGORY_CONTENT: dict[str, Content] = {"tiny": tiny, "docs": docs, "code": code, "csv": csv,
                                        "json": json_records, "photo": photo, "archive": archive, "pdf": pdf}

LOG_LEVELS = ["INFO"] * 12 + ["DEBUG"] * 6 + ["WARN"] * 2 + ["ERROR"]
LOG_PATHS = ["/api/v1/orders", "/api/v1/users", "/api/v2/sync", "/static/app.js", "/health",
             "/api/v1/products"]


def _log_block(rng: random.Random, text: Text, t: float) -> tuple[str, float]:
    lines = []
    for _ in range(5000):
        t += rng.expovariate(20.0)
        lv = rng.choice(LOG_LEVELS)
        line = (f"{time.strftime('%Y-%m-%dT%H:%M:%S', time.gmtime(t))}.{int(t * 1000) % 1000:03d}Z {lv:5s} "
                f"[worker-{rng.randint(1, 8)}] req={rng.getrandbits(40):010x} "
                f"{rng.choice(['GET', 'GET', 'POST', 'PUT'])} "
                f"{rng.choice(LOG_PATHS)}/{rng.randint(1, 99999)} "
                f"status={rng.choice([200, 200, 200, 201, 204, 304, 404, 500])} "
                f"dur={rng.randint(1, 900)}ms user={rng.randint(1, 60000)}")
        if lv != "INFO":
            line += f" msg=\"{' '.join(text.words_n(rng, rng.randint(3, 12)))}\""
        lines.append(line + "\n")
    return "".join(lines), t


def write_large(path: Path, rng: random.Random, text: Text, kind: str, total: int) -> int:
    """Stream one large file of `total` bytes (plus a header for video); returns the bytes written."""
    written = 0
    with open(path, "wb") as f:
        if kind == "video":
            header = b"\x00\x00\x00\x20ftypmp42\x00\x00\x00\x00mp42isom"
            f.write(header)
            while written < total:
                n = min(4 * MiB, total - written)
                f.write(randbytes(rng, n))
                written += n
            written += len(header)
        elif kind == "log":
            t = 1_672_531_200.0
            while written < total:
                block, t = _log_block(rng, text, t)
                b = block.encode("utf-8")[:total - written]
                f.write(b)
                written += len(b)
        else:  # disk image: runs of zeros, random blocks and text blocks, 1 MiB each
            while written < total:
                n = min(MiB, total - written)
                r = rng.random()
                if r < 0.40:
                    b = bytes(n)
                elif r < 0.70:
                    b = randbytes(rng, n)
                else:
                    b = text.prose(rng, n)
                    b += bytes(n - len(b))
                f.write(b)
                written += n
    return written
