#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that keep the bundled content honest (the `data` test suite).

  check-content.py SRCROOT              all checks; exit status 1 on any problem
  check-content.py --readability SRCROOT   only print the reading grade per page

Every problem is printed as `file: /json/path: what is wrong`.

Checks:
- every source of every page has an https URL (a DOI is written as
  https://doi.org/…);
- every source the About window lists (about.json) has an https URL on a
  site that the pages themselves cite;
- every directory service and every region's emergency numbers have a
  `source` (https) and a `checked` date that is not in the future;
- every region has a service of kind `crisis`, or its emergency entry is
  marked `for_crisis` and its note says to call that number;
- no stigmatising words in the body text, in English or in the Spanish
  translation (po/es.po);
- the Flesch–Kincaid grade of each English page's body text is at most 8;
- every phone number (any number the directory lists) and web address
  of a Spanish translation is identical to the English.

Body text is what a reader reads as prose: paragraphs, list items,
callout texts, FAQ answers, the checklist's and My plan's introduction
and hints, the craving tool's steps, the checklist's questions,
hints, result texts and notes, and the directory's descriptions,
emergency notes and advice. Headings, titles, labels, names and
citations are not body text.

Flesch–Kincaid grade = 0.39 × words/sentences + 11.8 × syllables/words
− 15.59. Words are runs of letters (with ’ or ' inside) or of digits;
a run of digits counts as one word of one syllable. Sentences end with
. ! or ? followed by a space or the end of the text; each string (list
item, paragraph) ends a sentence too. Syllables are counted with a
vowel-group rule: every run of the letters a e i o u y in the lower-case
word is one syllable, less one for a silent final "e" (but not "-le"
after a consonant, as in "simple", nor when the word has only one vowel
group), and every word has at least one. This rule errs slightly high
on long medical words, so the grade it gives is a little stricter than
a dictionary count.
"""
import datetime
import glob
import json
import os
import re
import sys
import urllib.parse

MAX_GRADE = 8.0

BODY_KEYS = {
    # sections
    ("paragraph", "text"), ("list", "items"), ("callout", "text"), ("faq", "answer"),
}
CHECKLIST_BODY = {"intro", "heading", "text", "hint", "summary", "meaning", "next_steps", "items"}
DIRECTORY_BODY = {"description", "note", "advice"}
PLAN_BODY = {"intro", "text", "hint", "summary", "note", "items"}

# Proper names in which "abuse" may stand.
ABUSE_NAMES = [
    "National Institute on Drug Abuse",
    "National Institute on Alcohol Abuse and Alcoholism",
    "Substance Abuse and Mental Health Services Administration",
    "Instituto Nacional sobre el Abuso de Drogas",
    "Instituto Nacional sobre el Abuso del Alcohol y el Alcoholismo",
    "Administración de Servicios de Salud Mental y Abuso de Sustancias",
]
STIGMA_EN = [
    (r"\babusers?\b", "“abuser”: say “person who uses kratom”"),
    (r"\babus(e|es|ed|ing)\b", "“abuse” outside a proper name: say “use” or “misuse”"),
    # "addict" as a noun; quoting it as a label to avoid (“addict”) is allowed
    (r"(?<!“)\baddicts?\b(?!”)", "“addict” as a noun: say “person with an addiction”"),
    (r"\bjunkies?\b", "“junkie”"),
    (r"\b(is|are|was|were|be|been|being|get|got|stay|stayed|staying|stays|keep|kept|come|came|coming|feel|felt) "
     r"(clean|dirty)\b", "“clean”/“dirty” about people"),
    (r"\b(clean|dirty) (people|person|users?|tests?|urine)\b", "“clean”/“dirty” about people"),
]
STIGMA_ES = [
    (r"\babusador(es|as?)?\b", "“abusador”"),
    (r"\babus(o|os|ar|a|an)\b", "“abuso” fuera de un nombre propio"),
    (r"\b(un|una|el|la|los|las|unos|unas|ser|es|son|eres) (drog)?adict[oa]s?\b(?!”)", "“adicto” como sustantivo"),
    (r"\bdrogadict[oa]s?\b", "“drogadicto”"),
    (r"\byonquis?\b", "“yonqui”"),
    (r"\b(estar|está|están|estás|estaba|estuvo|mantenerse|seguir|sigue) (limpi|suci)[oa]s?\b",
     "“limpio”/“sucio” sobre personas"),
]

# A phone number as the directory writes it, a web address, or a domain.
NUMBER_RE = re.compile(r"\+?[0-9](?:[0-9 -]*[0-9])?")
ADDRESS_RE = re.compile(r"https://[^\s”\")]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov|org|com|de|uk|ie|au|ca|my|th|id)\b")
WORD_RE = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|[0-9]+")
SENTENCE_END_RE = re.compile(r"[.!?]+(?=[\s”\")]|$)")

problems = []


def problem(file, path, message):
    problems.append(f"{file}: {path}: {message}")


def load(root, name):
    with open(os.path.join(root, "data", "content", name), encoding="utf-8") as f:
        return json.load(f)


def section_body(data):
    out = []
    for i, block in enumerate(data.get("blocks", [])):
        kind = block.get("type")
        for key in ("text", "items", "answer"):
            if (kind, key) not in BODY_KEYS or key not in block:
                continue
            value = block[key]
            if isinstance(value, list):
                out += [(f"/blocks/{i}/{key}/{j}", v) for j, v in enumerate(value)]
            else:
                out.append((f"/blocks/{i}/{key}", value))
    return out


def walk_body(node, path, keys, out, key=None):
    if isinstance(node, dict):
        for k, v in node.items():
            if k in ("sources", "id", "area", "reviewed", "label", "title", "name"):
                continue
            walk_body(v, f"{path}/{k}", keys, out, k)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            walk_body(v, f"{path}/{i}", keys, out, key)
    elif isinstance(node, str) and key in keys:
        out.append((path, node))


def body_of(name, data):
    if name == "plan.json":
        out = []
        walk_body(data, "", PLAN_BODY, out)
        return out
    if name == "checklist.json":
        out = []
        walk_body(data, "", CHECKLIST_BODY, out)
        return out
    if name == "directory.json":
        out = []
        walk_body(data, "", DIRECTORY_BODY, out)
        return out
    return section_body(data)


def pages(root):
    index = load(root, "index.json")
    names = [f"{s}.json" for s in index["sections"]] + ["checklist.json", "plan.json", "directory.json"]
    return [(name, load(root, name)) for name in names]


# Readability

def syllables(word):
    w = word.lower()
    if not w.isalpha():
        return 1
    groups = re.findall(r"[aeiouy]+", w)
    n = len(groups)
    if n > 1 and w.endswith("e") and not w.endswith(("le", "ee", "ye")):
        n -= 1
    elif n > 1 and w.endswith("le") and len(w) > 2 and w[-3] in "aeiouy":
        n -= 1
    return max(1, n)


def grade(texts):
    words = sentences = syll = 0
    for text in texts:
        text = text.replace("\u2011", "-")
        for paragraph in text.split("\n\n"):
            tokens = WORD_RE.findall(paragraph)
            if not tokens:
                continue
            words += len(tokens)
            syll += sum(syllables(t) for t in tokens)
            ends = len(SENTENCE_END_RE.findall(paragraph.strip()))
            if not re.search(r"[.!?][”\")]?$", paragraph.strip()):
                ends += 1
            sentences += max(1, ends)
    if words == 0:
        return 0.0, 0, 0
    return 0.39 * words / sentences + 11.8 * syll / words - 15.59, words, sentences


def check_readability(root):
    print("Flesch–Kincaid grade of the English body text (at most %.0f):" % MAX_GRADE)
    for name, data in pages(root):
        g, words, sentences = grade([t for _, t in body_of(name, data)])
        print(f"  {name:16} grade {g:4.1f}  ({words} words, {sentences} sentences)")
        if g > MAX_GRADE:
            problem(name, "/", f"Flesch–Kincaid grade {g:.1f} is above {MAX_GRADE:.0f}: "
                    "use shorter sentences and shorter words")


# Sources, directory

def check_sources(name, data):
    for i, source in enumerate(data.get("sources", [])):
        url = source.get("url")
        if url is None:
            problem(name, f"/sources/{i}", f"no url or DOI for “{source.get('title')}”")
        elif not url.startswith("https://"):
            problem(name, f"/sources/{i}/url", "expected an https address")


def check_provenance(entry, path, today):
    if not str(entry.get("source", "")).startswith("https://"):
        problem("directory.json", path, "no source (an https address where the numbers were checked)")
    checked = entry.get("checked")
    try:
        day = datetime.date.fromisoformat(checked)
    except (TypeError, ValueError):
        problem("directory.json", path, "no checked date (YYYY-MM-DD)")
        return
    if day > today:
        problem("directory.json", f"{path}/checked", f"{checked} is in the future")


def check_directory(data, today):
    for i, region in enumerate(data["regions"]):
        check_provenance(region["emergency"], f"/regions/{i}/emergency", today)
    for i, service in enumerate(data["services"]):
        check_provenance(service, f"/services/{i}", today)

    for i, region in enumerate(data["regions"]):
        code = region["code"]
        crisis = [s["id"] for s in data["services"]
                  if s["kind"] == "crisis" and code in s.get("regions", [])]
        emergency = region["emergency"]
        if crisis:
            continue
        note = emergency.get("note", "")
        numbers = [c["value"] for c in emergency["contacts"]]
        if not emergency.get("for_crisis"):
            problem("directory.json", f"/regions/{i}",
                    f"{code} has no crisis line and its emergency entry is not marked for_crisis")
        elif "suicide" not in note or not any(n in note for n in numbers) and "emergency number" not in note:
            problem("directory.json", f"/regions/{i}/emergency/note",
                    f"{code} has no crisis line: the note must say plainly to call the emergency number "
                    "in a crisis (thoughts of suicide)")


# Words

def strip_names(text):
    for name in ABUSE_NAMES:
        text = text.replace(name, "")
    return text


def check_words(file, path, text, rules):
    plain = strip_names(text)
    for pattern, what in rules:
        m = re.search(pattern, plain, re.IGNORECASE)
        if m:
            problem(file, path, f"stigmatising word {what}: “…{plain[max(0, m.start() - 30):m.end() + 30]}…”")


# Spanish

def read_po(filename):
    """Yields (references, msgid, msgstr, fuzzy) for each entry."""
    entries = []
    refs, fuzzy, field, msg = [], False, None, {"msgid": "", "msgstr": ""}

    def flush():
        if field is not None and msg["msgid"]:
            entries.append((refs, msg["msgid"], msg["msgstr"], fuzzy))

    with open(filename, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                flush()
                refs, fuzzy, field, msg = [], False, None, {"msgid": "", "msgstr": ""}
            elif line.startswith("#:"):
                refs += line[2:].split()
            elif line.startswith("#,") and "fuzzy" in line:
                fuzzy = True
            elif line.startswith("#"):
                continue
            elif line.startswith("msgctxt"):
                field = "msgctxt"
            elif line.startswith("msgid_plural"):
                field = "plural"
            elif line.startswith("msgid "):
                field = "msgid"
                msg["msgid"] = unquote(line[6:])
            elif line.startswith("msgstr"):
                field = "msgstr"
                msg["msgstr"] = unquote(line.split(" ", 1)[1])
            elif line.startswith('"') and field in msg:
                msg[field] += unquote(line)
        flush()
    return entries


def unquote(s):
    return json.loads(s)


def phone_numbers(root):
    data = load(root, "directory.json")
    entries = [r["emergency"] for r in data["regions"]] + data["services"]
    return {c["value"] for e in entries for c in e["contacts"] if c["type"] in ("call", "text", "tty")}


def numbers_of(text, phones):
    text = re.sub(r"(\d)[,.](\d{3})\b", r"\1\2", text.replace("\u2011", "-"))
    found = [n for n in NUMBER_RE.findall(text) if n in phones]
    return sorted(found + ADDRESS_RE.findall(text))


def check_spanish(root):
    po = os.path.join(root, "po", "es.po")
    phones = phone_numbers(root)
    for refs, msgid, msgstr, fuzzy in read_po(po):
        content = [r for r in refs if r.startswith("data/content/")]
        where = content[0] if content else (refs[0] if refs else "?")
        file, _, path = where.partition(":")
        if not msgstr:
            continue
        english, spanish = numbers_of(msgid, phones), numbers_of(msgstr, phones)
        if english != spanish:
            problem(f"po/es.po ({file})", path or "/",
                    f"phone numbers or addresses differ from the English: {english} "
                    f"in English, {spanish} in Spanish")
        if content:
            check_words(f"po/es.po ({file})", path, msgstr, STIGMA_ES)


def check_about(root, page_list):
    """The About window's short list names sources the pages really cite."""
    cited = {urllib.parse.urlparse(s["url"]).hostname
             for _, data in page_list for s in data.get("sources", []) if "url" in s}
    for i, source in enumerate(load(root, "about.json")["content_sources"]):
        url = source.get("url", "")
        path = f"/content_sources/{i}/url"
        if not url.startswith("https://"):
            problem("about.json", path, f"“{url}” is not an https address")
        elif urllib.parse.urlparse(url).hostname not in cited:
            problem("about.json", path, f"no page cites a source on {urllib.parse.urlparse(url).hostname}")


def main(argv):
    readability_only = "--readability" in argv
    args = [a for a in argv[1:] if not a.startswith("--")]
    root = args[0] if args else os.path.join(os.path.dirname(__file__), "..")

    check_readability(root)
    if not readability_only:
        today = datetime.date.today()
        for name, data in pages(root):
            check_sources(name, data)
            for path, text in body_of(name, data):
                check_words(name, path, text, STIGMA_EN)
        check_directory(load(root, "directory.json"), today)
        check_about(root, pages(root))
        check_spanish(root)

    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s)")
        return 1
    print("no problems found")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
