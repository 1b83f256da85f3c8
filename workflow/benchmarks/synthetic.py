#!/usr/bin/env python3
"""Generate N synthetic news articles about captive exchanges, for benchmarks.

Deterministic for a given --seed: the same N and seed give the same files, byte
for byte. Each article is a Markdown file with YAML front matter (title,
publisher, published, url, lang), about 300–500 words: a lead with a counted
fact, a few paragraphs of background and filler, sometimes a breakdown, an
estimate of people still held, a planned stage or a quote. Outlets, dates over
one year, conflicts (UA/RU, IL/PS, US/RU, AM/AZ, YE/SA) and the ways numbers
are written ("1,000", "three hundred", "about 200", "between 8,000 and
10,000", "dozens of") vary. Files go into nested folders of at most --per-dir
files each, as a collector would store them, or (--feeds) as JSON Lines feeds of
--per-feed articles each (one JSON object a line: title, publisher, published, url,
lang, text), as an archive of millions of articles is usually kept: a million
files cost every run a million stat calls, ten thousand feeds do not.

    python workflow/benchmarks/synthetic.py OUTDIR -n 10000 [--seed 7] [--feeds]

All sentences are written for this generator; nothing is taken from a real
corpus.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

OUTLETS = [
    "Harbor Wire", "Lakeside Tribune", "Northgate Daily", "Riverbend Observer",
    "Granite Times", "Coastline Record", "Highland Courier", "Amber Coast News",
    "Prairie Ledger", "Summit Bulletin", "Old Quay Gazette", "Eastwind Report",
    "Cedar Valley Post", "Lantern Press Agency", "Meadowbrook Herald", "Ironbridge Journal",
    "Saltmarsh Chronicle", "Blue Ridge Dispatch", "Westfield Monitor", "Two Rivers Standard",
]  # fmt: skip

# code, country name, capital, demonym (singular), demonym (plural), an official body
CONFLICTS = [
    (
        ("UA", "Ukraine", "Kyiv", "Ukrainian", "Ukrainians", "Ukraine's Coordination Headquarters"),
        ("RU", "Russia", "Moscow", "Russian", "Russians", "Russia's defence ministry"),
        "the border with Belarus",
    ),
    (
        ("IL", "Israel", "Jerusalem", "Israeli", "Israelis", "the Prime Minister's Office"),
        ("PS", "Hamas", "Gaza", "Palestinian", "Palestinians", "the Palestinian Prisoners' Club"),
        "the Kerem Shalom crossing",
    ),
    (
        ("US", "the United States", "Washington", "American", "Americans", "the State Department"),
        ("RU", "Russia", "Moscow", "Russian", "Russians", "the Kremlin"),
        "the airport in Ankara",
    ),
    (
        ("AM", "Armenia", "Yerevan", "Armenian", "Armenians", "the Armenian government"),
        ("AZ", "Azerbaijan", "Baku", "Azerbaijani", "Azerbaijanis", "the Azerbaijani government"),
        "the border checkpoint",
    ),
    (
        ("YE", "the Houthis", "Sanaa", "Yemeni", "Yemenis", "the Houthi prisoner committee"),
        ("SA", "Saudi Arabia", "Riyadh", "Saudi", "Saudis", "the Saudi-led coalition"),
        "the airport in Sanaa",
    ),
]
CONFLICT_WEIGHTS = [6, 3, 1, 1, 1]

# Articles a JSON Lines feed holds (--feeds): a day of one outlet's wire, say.
FEED_SIZE = 100

UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]  # fmt: skip
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip
PEOPLE = ["prisoners", "prisoners of war", "captives", "detainees", "people"]
SOLDIERS = ["soldiers", "servicemen", "troops"]
CIVILIANS = ["civilians", "civilian detainees"]


def words_of(n: int) -> str:
    """An English number word for 1..999,999 ("three hundred and twelve")."""
    if n >= 1000:
        head, rest = divmod(n, 1000)
        tail = f" {words_of(rest)}" if rest else ""
        return f"{words_of(head)} thousand{tail}"
    parts = []
    if n >= 100:
        parts.append(f"{UNITS[n // 100]} hundred")
        n %= 100
        if n:
            parts.append("and")
    if n >= 20:
        parts.append(TENS[n // 10] + (f"-{UNITS[n % 10]}" if n % 10 else ""))
    elif n >= 10:
        parts.append(TEENS[n - 10])
    elif n:
        parts.append(UNITS[n])
    return " ".join(parts)


def figure(rng: random.Random, n: int) -> str:
    """One way of writing a count of people."""
    form = rng.random()
    if form < 0.55:
        return f"{n:,}"
    if form < 0.70 and n < 1000:
        return words_of(n)
    if form < 0.80:
        return f"about {round(n, -1) or n:,}"
    if form < 0.88:
        return f"more than {n:,}"
    if form < 0.94 and n >= 100 and n % 100 == 0:
        return words_of(n)
    return f"some {n:,}"


def estimate(rng: random.Random) -> str:
    low = rng.choice([2, 3, 5, 6, 8, 10, 12]) * 1000
    high = low + rng.choice([1, 2, 3, 4]) * 1000
    form = rng.random()
    if form < 0.45:
        return f"between {low:,} and {high:,}"
    if form < 0.75:
        return f"{low:,} to {high:,}"
    if form < 0.9:
        return f"{low:,}–{high:,}"
    return "thousands of"


def weekday_phrase(rng: random.Random, published: dt.date) -> tuple[str, dt.date]:
    """A day phrase resolvable against the publication date, and the day it means."""
    back = rng.choice([0, 1, 1, 2, 3])
    day = published - dt.timedelta(days=back)
    if back == 0:
        return rng.choice(["today", "on " + WEEKDAYS[day.weekday()]]), day
    if back == 1 and rng.random() < 0.5:
        return "yesterday", day
    if rng.random() < 0.3:
        return f"on {day.day} {MONTHS[day.month - 1]}", day
    return "on " + WEEKDAYS[day.weekday()], day


FILLER = [
    "Relatives had gathered since dawn, holding handwritten signs and photographs of men "
    "they had not seen for months, and several of them wept as the first vehicles arrived.",
    "Officials declined to say how the lists had been drawn up, saying only that the work had "
    "taken weeks of quiet contacts through intermediaries and that names were checked twice.",
    "Medical teams met the returning group at the crossing, and those who needed care were "
    "taken to hospitals in the region for examinations before being reunited with families.",
    "Analysts cautioned that such transfers, however welcome, say little about the wider "
    "talks, which have stalled repeatedly over questions of territory and guarantees.",
    "Human rights groups repeated their call for independent access to places of detention, "
    "noting that many families still have no confirmation that their relatives are alive.",
    "The process has become one of the few channels that still works between the two sides, "
    "a diplomat familiar with the negotiations said, speaking on condition of anonymity.",
    "Some of those released appeared thin and exhausted in footage published later in the "
    "day; others waved flags from the windows of the buses as they crossed the checkpoint.",
    "Previous rounds were delayed at the last moment when lists were disputed, and officials "
    "said they had not wanted to announce anything until the buses were on the road.",
    "Volunteers who track missing people said the number of inquiries they receive every week "
    "has not fallen, and that each exchange brings both relief and fresh disappointment.",
    "A spokesperson for the mediators thanked both delegations for what she called a "
    "constructive approach and said technical teams would keep meeting in the coming weeks.",
    "Local television showed a small crowd singing as the group stepped off the vehicles, "
    "while soldiers kept reporters at a distance from the reception point.",
    "Legal experts say the status of detained civilians is especially hard to resolve, "
    "because many were never formally charged and their whereabouts were never disclosed.",
    "Weather slowed the convoy for several hours, according to people waiting at the "
    "reception centre, who said they were told only that the transfer was still going ahead.",
    "The families of those who remain in detention have organised regular rallies, urging "
    "their governments not to let the issue slip down the list of priorities.",
    "Observers noted that the agreement had been reached quietly, without the public "
    "statements that accompanied earlier rounds, which may have helped it hold.",
    "Among those returning were people held longer than two full years, according "
    "to a volunteer group that has kept a register of names since the fighting began.",
]

HEADLINES = [
    "{a} and {b} swap prisoners in new exchange",
    "{a} and {b} carry out prisoner exchange",
    "Captives return home as {a} and {b} trade detainees",
    "New round of prisoner swaps between {a} and {b}",
    "{A} prisoners freed in exchange with {b}",
    "Families wait as {a} and {b} exchange captives",
]


def article(rng: random.Random, index: int, start: dt.date) -> tuple[dict, str]:
    side_a, side_b, place = rng.choices(CONFLICTS, CONFLICT_WEIGHTS)[0]
    if rng.random() < 0.5:
        side_a, side_b = side_b, side_a
    code_a, name_a, capital_a, dem_a, dems_a, body_a = side_a
    code_b, name_b, _capital, _dem, _dems, body_b = side_b
    published = start + dt.timedelta(days=rng.randrange(365))
    when, _ = weekday_phrase(rng, published)
    outlet = rng.choice(OUTLETS)
    n = rng.choice([rng.randint(2, 60), rng.randint(60, 400), rng.randint(100, 1200)])
    n -= n % rng.choice([1, 1, 5, 10])
    n = max(n, 2)
    people = rng.choice(PEOPLE)

    lead_forms = [
        f"{name_a.capitalize() if name_a[0].islower() else name_a} and {name_b} exchanged "
        f"{figure(rng, n)} {people} each {when}, officials on both sides said.",
        f"{figure(rng, n).capitalize()} {dems_a} came home {when} in an exchange with "
        f"{name_b}, {body_a} said.",
        f"{name_b[0].upper() + name_b[1:]} handed over {figure(rng, n)} {dem_a} {people} "
        f"{when} and received the same number in return, {body_b} said.",
        f"Each side returned {figure(rng, n)} {people} {when} in the latest swap between "
        f"{name_a} and {name_b}.",
    ]
    paragraphs = [rng.choice(lead_forms)]

    if rng.random() < 0.45:
        soldiers = max(1, int(n * rng.uniform(0.5, 0.9)))
        civilians = n - soldiers
        if civilians > 0:
            paragraphs.append(
                f"According to {body_a}, the {n:,} {dems_a} returned {when} included "
                f"{soldiers:,} {rng.choice(SOLDIERS)} and {civilians:,} "
                f"{rng.choice(CIVILIANS)}. {rng.choice(FILLER)}"
            )
    if rng.random() < 0.35:
        paragraphs.append(
            f"{dem_a} rights officials estimate that {estimate(rng)} {dems_a} are still "
            f"held by {name_b}, a figure that cannot be independently verified. "
            f"{rng.choice(FILLER)}"
        )
    if rng.random() < 0.3:
        planned = rng.choice([100, 200, 250, 300, 500, 1000])
        paragraphs.append(
            f"Negotiators in {capital_a} said a further {planned:,} {people} "
            f"from each side are expected to be exchanged in the coming weeks. "
            f"{rng.choice(FILLER)}"
        )
    if rng.random() < 0.25:
        paragraphs.append(
            f"Separately, {name_b} released {rng.choice(['dozens of', 'several', 'a few'])} "
            f"{dem_a} {rng.choice(CIVILIANS)} as a goodwill gesture, {body_a} said."
        )
    if rng.random() < 0.3:
        paragraphs.append(
            f'"Every one of them is a life returned," a spokesperson in {capital_a} told '
            f"reporters. {rng.choice(FILLER)}"
        )
    paragraphs.append(
        f"The handover took place near {place}, where the two sides have met before. "
        f"{rng.choice(FILLER)}"
    )
    filler = rng.sample(FILLER, len(FILLER))
    while sum(len(p.split()) for p in paragraphs) < rng.randint(300, 480):
        paragraphs.append(" ".join(filler[:2]))
        filler = filler[2:] + filler[:2]

    a_short = name_a.removeprefix("the ")
    title = rng.choice(HEADLINES).format(a=a_short[0].upper() + a_short[1:], b=name_b, A=dem_a)
    slug = f"{published.isoformat()}-{code_a.lower()}-{code_b.lower()}-{index:06d}"
    meta = {
        "title": title,
        "publisher": outlet,
        "published": published.isoformat(),
        "url": f"https://{outlet.lower().replace(' ', '')}.example.com/{slug}",
        "lang": "en",
    }
    return meta, "\n\n".join([title, *paragraphs]) + "\n"


def render(meta: dict, body: str) -> str:
    head = "\n".join(
        f'{key}: "{value}"' if key in ("title", "publisher", "url") else f"{key}: {value}"
        for key, value in meta.items()
    )
    return f"---\n{head}\n---\n{body}"


def relpath(index: int, per_dir: int) -> Path:
    """Nested folders: index 123456 with per_dir 1000 → 000/123/123456.md."""
    folder, top = index // per_dir, index // (per_dir * per_dir)
    return Path(f"{top:03d}", f"{folder:03d}", f"article-{index:06d}.md")


def feed_path(index: int, per_feed: int, per_dir: int) -> Path:
    """The feed article `index` is a line of: index 123456, 100 a feed → 001/feed-001234.jsonl."""
    feed = index // per_feed
    return Path(f"{feed // per_dir:03d}", f"feed-{feed:06d}.jsonl")


def feed_line(meta: dict, body: str) -> str:
    return json.dumps({**meta, "text": body}, ensure_ascii=False, sort_keys=True) + "\n"


def generate(
    outdir: Path,
    n: int,
    seed: int = 7,
    per_dir: int = 1000,
    first: int = 0,
    per_feed: int = 0,
) -> int:
    """Write articles first..first+n-1 into outdir; returns the number of words written.

    per_feed > 0: as lines of JSON Lines feeds of per_feed articles instead of one file
    each; an article whose feed exists already is appended to it (a collector's feed of
    the day growing). One article at a time is held in memory either way.
    """
    start = dt.date(2024, 6, 1)
    total = 0
    made: set[Path] = set()

    def place(relative: Path) -> Path:
        path = outdir / relative
        if path.parent not in made:
            path.parent.mkdir(parents=True, exist_ok=True)
            made.add(path.parent)
        return path

    def written(index: int) -> tuple[dict, str]:
        nonlocal total
        meta, body = article(random.Random(seed * 1_000_003 + index), index, start)
        total += len(body.split())
        return meta, body

    end = first + n
    index = first
    while index < end:
        if not per_feed:
            place(relpath(index, per_dir)).write_text(render(*written(index)), encoding="utf-8")
            index += 1
            continue
        last = min((index // per_feed + 1) * per_feed, end)  # this feed's articles
        path = place(feed_path(index, per_feed, per_dir))
        # a feed's first article starts it; a later one (first > 0) is appended
        with open(path, "w" if index % per_feed == 0 else "a", encoding="utf-8") as handle:
            handle.writelines(feed_line(*written(i)) for i in range(index, last))
        index = last
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("-n", type=int, default=1000, help="number of articles")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--first", type=int, default=0, help="index of the first article")
    parser.add_argument("--per-dir", type=int, default=1000, help="files per folder at most")
    parser.add_argument(
        "--feeds",
        type=int,
        nargs="?",
        const=FEED_SIZE,
        default=0,
        metavar="PER_FEED",
        help=f"JSON Lines feeds of PER_FEED articles each (default {FEED_SIZE})",
    )
    args = parser.parse_args()
    words = generate(args.outdir, args.n, args.seed, args.per_dir, args.first, args.feeds)
    print(f"{args.n} articles, {words:,} words in {args.outdir}")


if __name__ == "__main__":
    main()
