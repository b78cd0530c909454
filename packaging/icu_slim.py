"""Shrinks the ICU data library Qt links to (libicudata, about 31 MB) to what an English/French desktop
app needs (about 3 MB), inside a PyInstaller bundle.

Qt keeps its own locale data (CLDR) for QLocale, and its own Unicode tables; ICU's data serves collation,
normalisation, IDNA, codecs and locale-sensitive formatting. We keep the language-independent items
(normalisation, case, properties, converter aliases, collation root, time-zone rules, supplemental data)
plus the root, English and French locales of every family, and drop other languages' names,
currencies, units, transliterators, dictionaries and legacy code pages. Anything dropped falls back to the
root locale in ICU, as for an unknown language.

The library exports one symbol, `icudt<NN>_dat`: an ICU "common data" package (a header, a table of
contents of names and offsets, then the items). We rewrite that package and link it into a new shared
library of the same soname with binutils (objcopy + ld).

Usage: python packaging/icu_slim.py BUNDLE_DIR
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP_LANGS = ("en", "fr")
LOCALE_LIKE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9_]+)?$")
DROP_SUFFIXES = (".cnv", ".dict")
DROP_FAMILIES = ("translit", "rbnf")


def keep(name: str) -> bool:
    """`name` is e.g. 'icudt73l/coll/fr.res' or 'icudt73l/nfkc.nrm'."""
    parts = name.split("/")[1:]
    leaf = parts[-1]
    if leaf.endswith(DROP_SUFFIXES) or (len(parts) > 1 and parts[0] in DROP_FAMILIES):
        return False
    if not leaf.endswith(".res"):
        return True
    stem = leaf[: -len(".res")]
    if stem in ("root", "pool", "res_index") or not LOCALE_LIKE.match(stem):
        return True
    return stem.split("_")[0] in KEEP_LANGS


def read_symbol(lib: Path) -> tuple[str, bytes]:
    """The data symbol's name and bytes, located through `nm` and the section table of `objdump`."""
    nm = subprocess.run(["nm", "-D", "-S", str(lib)], check=True, capture_output=True, text=True).stdout
    match = re.search(r"^([0-9a-f]+) ([0-9a-f]+) [RD] (icudt\d+_dat)$", nm, re.M)
    if not match:
        raise SystemExit(f"{lib}: no icudt*_dat symbol")
    address, size, symbol = int(match.group(1), 16), int(match.group(2), 16), match.group(3)
    sections = subprocess.run(["objdump", "-h", str(lib)], check=True, capture_output=True,
                              text=True).stdout
    for line in sections.splitlines():
        cols = line.split()
        if len(cols) >= 6 and cols[0].isdigit():
            vma, offset, length = int(cols[3], 16), int(cols[5], 16), int(cols[2], 16)
            if vma <= address < vma + length:
                start = address - vma + offset
                return symbol, lib.read_bytes()[start:start + size]
    raise SystemExit(f"{lib}: {symbol} is in no section")


def slim_package(blob: bytes) -> tuple[bytes, int, int]:
    """The package with only the kept items; also how many items were kept and the original count."""
    header_size = struct.unpack_from("<H", blob, 0)[0]
    if blob[2:4] != b"\xda\x27":
        raise SystemExit("not an ICU data package")
    toc = blob[header_size:]
    count = struct.unpack_from("<I", toc, 0)[0]
    entries = []
    for i in range(count):
        name_at, data_at = struct.unpack_from("<II", toc, 4 + 8 * i)
        entries.append((toc[name_at:toc.index(b"\0", name_at)], data_at))
    items = []
    for i, (name, start) in enumerate(entries):
        end = entries[i + 1][1] if i + 1 < count else len(toc)
        if keep(name.decode("ascii")):
            items.append((name, toc[start:end]))
    names = b""
    name_offsets = []
    table_size = 4 + 8 * len(items)
    for name, _data in items:
        name_offsets.append(table_size + len(names))
        names += name + b"\0"
    body_start = table_size + len(names)
    body_start += -(header_size + body_start) % 16  # items start 16-byte aligned, as ICU's tools write them
    body = b""
    data_offsets = []
    for _name, data in items:
        body += b"\0" * (-(header_size + body_start + len(body)) % 16)
        data_offsets.append(body_start + len(body))
        body += data
    table = struct.pack("<I", len(items)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True))
    padding = b"\0" * (body_start - table_size - len(names))
    return blob[:header_size] + table + names + padding + body, len(items), count


def link(lib: Path, symbol: str, package: bytes) -> None:
    """Replaces `lib` with a shared library exporting `symbol` = `package` (same soname)."""
    fmt = re.search(r"file format (\S+)", subprocess.run(["objdump", "-f", str(lib)], check=True,
                    capture_output=True, text=True).stdout)
    arch = re.search(r"architecture: ([^,\s]+)", subprocess.run(["objdump", "-f", str(lib)],
                     check=True, capture_output=True, text=True).stdout)
    if not fmt or not arch:
        raise SystemExit(f"{lib}: cannot tell its object format")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "icudata.bin").write_bytes(package)
        subprocess.run(
            ["objcopy", "-I", "binary", "-O", fmt.group(1), "-B", arch.group(1),
             "--rename-section", ".data=.rodata,alloc,load,readonly,data,contents",
             "--set-section-alignment", ".rodata=16",
             "--redefine-sym", f"_binary_icudata_bin_start={symbol}",
             "--strip-symbol", "_binary_icudata_bin_end", "--strip-symbol", "_binary_icudata_bin_size",
             "icudata.bin", "icudata.o"], check=True, cwd=work)
        subprocess.run(["ld", "-shared", "-z", "noexecstack", "-soname", lib.name, "-o", "slim.so",
                        "icudata.o"], check=True, cwd=work)
        (work / "slim.so").replace(lib)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    libs = sorted(Path(argv[0]).rglob("libicudata.so.*"))
    if not libs:
        print("icu_slim: no libicudata in the bundle (nothing to do)")
        return 0
    for lib in libs:
        if lib.is_symlink():
            continue
        before = lib.stat().st_size
        symbol, blob = read_symbol(lib)
        package, kept, total = slim_package(blob)
        link(lib, symbol, package)
        print(f"icu_slim: {lib.name} {before / 1e6:.1f} MB -> {lib.stat().st_size / 1e6:.1f} MB "
              f"({kept} of {total} items kept)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
