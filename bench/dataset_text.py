"""Seeded text for the benchmark dataset: a Zipf-weighted vocabulary, so that text compresses like real
prose (common words repeat, rare words do not) without being repetitive."""

from __future__ import annotations

import math
import random
import time

MiB = 1024 * 1024

# Ordered by frequency: the rank gives the Zipf weight. Unicode words keep encoders honest.
_COMMON_TEXT = """the of and to a in is it you that he was for on are with as I his they
be at one have this from or had by hot word but what some we can out other were
all there when up use your how said an each she which do their time if will way
about many then them write would like so these her long make thing see him two
has look more day could go come did number sound no most people my over know
water than call first who may down side been now find any new work part take get
place made live where after back little only round man year came show every good
me give our under name very through just form sentence great think say help low
line differ turn cause much mean before move right boy old too same tell does set
three want air well also play small end put home read hand port large spell add
even land here must big high such follow act why ask men change went light kind
off need house picture try us again animal point mother world near build self
earth father head stand own page should country found answer school grow study
still learn plant cover food sun four between state keep eye never last let
thought city tree cross farm hard start might story saw far sea draw left late
run don't while press close night real life few north open seem together next
white children begin got walk example ease paper group always music those both
mark often letter until mile river car feet care second book carry took science
eat room friend began idea fish mountain stop once base hear horse cut sure watch
color face wood main enough plain girl usual young ready above ever red list
though feel talk bird soon body dog family direct pose leave song measure door
product black short numeral class wind question happen complete ship area half
rock order fire south problem piece told knew pass since top whole king space
heard best hour better true during hundred five remember step early hold west
ground interest reach fast verb sing listen six table travel less morning ten
simple several vowel toward war lay against pattern slow center love person
money serve appear road map rain rule govern pull cold notice voice unit power
town fine certain fly fall lead cry dark machine note wait plan figure star box
noun field rest correct able pound done beauty drive stood contain front teach
week final gave green oh quick develop ocean warm free minute strong special mind
behind clear tail produce fact street inch multiply nothing course stay wheel
full force blue object decide surface deep moon island foot system busy test
record boat common gold possible plane stead dry wonder laugh thousand ago ran
check game shape equate miss brought heat snow tire bring yes distant fill east
paint language among invoice customer backup restore server client database
report quarterly budget meeting schedule project deadline review draft final
café naïve résumé Straße über façade jalapeño 東京 データ отчёт προϊόν"""
COMMON = _COMMON_TEXT.split()

SYLLABLES = ["ka", "to", "ri", "men", "sa", "lo", "ven", "da", "pre", "con", "tra",
             "ex", "im", "ber", "ful", "ly", "tion", "ment", "er", "in", "al", "or",
             "ic", "ous", "ar", "ent", "on", "an", "is", "ta", "ne", "mo", "ra", "li"]
VOCAB_SIZE = 12_000

FIRST = ["Anna", "Ben", "Chloé", "David", "Elif", "Farid", "Grace", "Hiroshi", "Ines", "Jonas",
         "Karin", "Liam", "Mia", "Noah", "Olga", "Pablo", "Quinn", "Rosa", "Sven", "Tomás",
         "Uma", "Viktor", "Wei", "Xenia", "Yusuf", "Zoë", "Ahmed", "Björn", "Chen", "Dmitri"]
LAST = ["Smith", "Müller", "García", "Rossi", "Kowalski", "Nakamura", "Dubois", "Jensen",
        "Novák", "O'Brien", "Silva", "Ivanov", "Kim", "Nguyen", "Schmidt", "Fischer",
        "Martin", "Lopez", "Andersson", "Yilmaz", "Papadopoulos", "Okafor", "Haddad", "Singh"]
COUNTRIES = ["US", "DE", "FR", "GB", "IT", "ES", "NL", "SE", "PL", "JP", "CN", "IN", "BR", "CA", "AU", "KR"]
CATEGORIES = ["books", "electronics", "garden", "toys", "kitchen", "sports", "clothing", "office", "music",
              "tools"]


def loguniform(rng: random.Random, lo: int, hi: int) -> int:
    return int(math.exp(rng.uniform(math.log(lo), math.log(hi))))


def randbytes(rng: random.Random, n: int) -> bytes:
    """Incompressible bytes, produced in 4 MiB steps (same stream whatever the caller's chunking)."""
    if n <= 0:
        return b""
    out = bytearray()
    while len(out) < n:
        out += rng.randbytes(min(4 * MiB, n - len(out)))
    return bytes(out)


def scaled(n: int, scale: float, minimum: int = 1) -> int:
    return max(minimum, round(n * scale))


def iso(ts: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


class Text:
    """Compressible, non-repetitive text drawn from the seeded vocabulary."""

    def __init__(self, seed: int) -> None:
        rng = random.Random(f"{seed}:vocab")
        words = list(dict.fromkeys(COMMON))
        seen = set(words)
        while len(words) < VOCAB_SIZE:
            w = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
            if w not in seen:
                seen.add(w)
                words.append(w)
        cum: list[float] = []
        total = 0.0
        for rank in range(1, len(words) + 1):
            total += 1.0 / (rank**1.07)
            cum.append(total)
        self.words = words
        self.cum = cum

    def words_n(self, rng: random.Random, n: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self.cum, k=n)

    def prose(self, rng: random.Random, nbytes: int) -> bytes:
        n = max(1, nbytes // 6 + 4)
        ws = self.words_n(rng, n)
        lines = []
        i = 0
        while i < n:
            k = rng.randint(6, 16)
            seg = ws[i:i + k]
            seg[0] = seg[0].capitalize()
            lines.append(" ".join(seg) + ("." if rng.random() < 0.8 else ","))
            i += k
        return "\n".join(lines).encode("utf-8")[:nbytes]

    def sentence(self, rng: random.Random, lo: int, hi: int) -> str:
        return " ".join(self.words_n(rng, rng.randint(lo, hi)))

    def markdown(self, rng: random.Random, nbytes: int) -> bytes:
        title = " ".join(self.words_n(rng, rng.randint(2, 6))).title()
        parts = [f"# {title}\n\n"]
        size = 0
        while size < nbytes:
            r = rng.random()
            if r < 0.15:
                p = "## " + " ".join(self.words_n(rng, rng.randint(2, 5))).title() + "\n\n"
            elif r < 0.30:
                p = "".join("- " + self.sentence(rng, 3, 9) + "\n" for _ in range(rng.randint(2, 7))) + "\n"
            elif r < 0.35:
                head = "| " + " | ".join(self.words_n(rng, 4)) + " |\n|---|---|---|---|\n"
                rows = "".join("| " + " | ".join(str(rng.randint(0, 9999)) for _ in range(4)) + " |\n"
                               for _ in range(rng.randint(2, 12)))
                p = head + rows + "\n"
            else:
                p = self.prose(rng, rng.randint(200, 1500)).decode("utf-8", "ignore") + "\n\n"
            parts.append(p)
            size += len(p)
        return "".join(parts).encode("utf-8")[:nbytes]

    def code(self, rng: random.Random, nbytes: int, lang: str) -> bytes:
        if lang == "py":
            parts = ['"""' + " ".join(self.words_n(rng, 12)) + '"""\nimport os\nimport sys\n\n']
        elif lang in ("c", "h"):
            parts = ["/* " + " ".join(self.words_n(rng, 12))
                     + " */\n#include <stdio.h>\n#include <stdlib.h>\n\n"]
        elif lang == "html":
            parts = ['<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>'
                     + " ".join(self.words_n(rng, 4)) + "</title></head>\n<body>\n"]
        else:
            parts = ["'use strict';\n\n"]
        size = 0
        while size < nbytes:
            name = "_".join(self.words_n(rng, 2)).replace("'", "")
            a, b = rng.randint(0, 1000), rng.randint(1, 64)
            cm = self.sentence(rng, 4, 12)
            if lang == "py":
                p = (f"def {name}_{a}(items, limit={b}):\n    # {cm}\n    result = []\n"
                     f"    for i, item in enumerate(items):\n        if i >= limit:\n            break\n"
                     f"        result.append(item * {a} + {b})\n    return result\n\n\n")
            elif lang in ("c", "h"):
                p = (f"/* {cm} */\nstatic int {name}_{a}(const int *v, size_t n)\n{{\n    int acc = {b};\n"
                     f"    for (size_t i = 0; i < n; i++) {{\n        acc += v[i] * {a};\n    }}\n"
                     f"    return acc;\n}}\n\n")
            elif lang == "html":
                p = (f'<div class="card card-{b}">\n  <h2>{cm.title()}</h2>\n  <p>'
                     + self.sentence(rng, 10, 60) + f'</p>\n  <a href="/item/{a}">more</a>\n</div>\n')
            else:
                p = (f"// {cm}\nexport function {name}{a}(list, opts = {{ limit: {b} }}) {{\n"
                     f"  return list.filter((x, i) => i < opts.limit).map((x) => x * {a});\n}}\n\n")
            parts.append(p)
            size += len(p)
        return "".join(parts).encode("utf-8")[:nbytes]
