"""Reading data/corrections.yaml (swaptally.corrections): the schema check, each entry's
days and fields, and what a schema cannot say (one entry per fact, a known side, a range
not upside down), each error pointing at its entry."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import yaml

from swaptally import tables
from swaptally.corrections import (
    DATE_FIELDS,
    SCHEMA,
    Correction,
    CorrectionsError,
)
from swaptally.report import known_side
from swaptally.yaml_words import WordLoader


class _DaysAsWritten(WordLoader):
    """The vocabulary loader with no implicit dates: a day stays the text written, so
    _day checks it at its entry ('2026-13-01' would fail inside the YAML reader)."""


_DaysAsWritten.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in WordLoader.yaml_implicit_resolvers.items()
}


def _plain(value: Any) -> Any:
    """YAML reads unquoted dates as dates; the schema (like JSON) knows only strings."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _schema(path: str | Path) -> dict:
    """The JSON schema, with the allowed values of enum fields taken from tables.py."""
    schema = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    enums = {
        "kind": tables.KINDS,
        "status": tables.STATUSES,
        "category": tables.CATEGORIES,
        "qualifier": tables.QUALIFIERS,
        "scope": tables.SCOPES,
    }
    for name, values in enums.items():
        schema["$defs"][name]["enum"] = list(values)
    return schema


def _validator(schema_path: str | Path):
    if "jsonschema" not in sys.modules:  # see config.check_config: skip a slow optional import
        sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]
    import jsonschema

    return jsonschema, jsonschema.Draft202012Validator(_schema(schema_path))


def _where(path: str | Path, error) -> str:
    """'file: entry 3 (fact fa-…): set.low' from a jsonschema error's place."""
    place = list(error.absolute_path)
    if not place:
        return f"{path}"
    entry = f"{path}: entry {place[0] + 1}"
    rest = ".".join(str(p) for p in place[1:])
    return f"{entry}: {rest}" if rest else entry


# what each `not` of the schema forbids, said the way a reviewer reads it
_NOT = {
    repr({"required": ["set"]}): "'set' goes only with action: set",
    repr({"required": ["fact"]}): (
        "an added fact has no 'fact' id yet: it is made from document and quote"
    ),
    repr(
        {
            "anyOf": [
                {"required": ["document"]},
                {"required": ["quote"]},
                {"required": ["figure"]},
                {"required": ["fields"]},
            ]
        }
    ): "'document', 'quote', 'figure' and 'fields' go only with action: add",
}


# what a field's pattern asks for, in words (the regular expression says it to no one)
_PATTERN = {
    "fact": "is not a fact id: 'fa-' and 16 hex digits, as review.csv and `swaptally explain` "
    "show it",
    "persons_of": "is not a country code: ISO 3166 alpha-2 in capitals (UA, RU; XX several)",
    "held_by": "is not a country code: ISO 3166 alpha-2 in capitals (UA, RU; XX several)",
    "reason": "is blank; say why",
    **dict.fromkeys(("date", *DATE_FIELDS), "is not a day: write it YYYY-MM-DD"),
}


def _message(error) -> str:
    place = list(error.absolute_path)
    if error.validator == "not":  # the schema's if/then/else on action
        return _NOT.get(repr(error.validator_value), error.message)
    if error.validator == "pattern" and place[-1:] == ["reason"]:
        return _PATTERN["reason"]
    if error.validator == "pattern" and place and place[-1] in _PATTERN:
        return f"{error.instance!r} {_PATTERN[place[-1]]}"
    if error.validator == "enum" and place and isinstance(place[-1], str):
        *others, last = [str(v) for v in error.validator_value]
        name = "an action" if place[-1] == "action" else f"a {place[-1]}"
        return f"{error.instance!r} is not {name}: {', '.join(others)} or {last}"
    if error.validator == "type" and not place:
        return "not a list of entries (each entry begins with '- ', as the file's examples do)"
    if error.validator == "type" and len(place) == 1:
        return "not an entry: an entry is keys and values (fact:, action:, reason: …)"
    if error.validator == "type":  # "'many' is not a whole number or null"
        types = error.validator_value
        said = [_TYPES.get(t, t) for t in ([types] if isinstance(types, str) else types)]
        return f"{error.instance!r} is not {' or '.join(said)}"
    if error.validator == "required":
        return error.message.replace("is a required property", "is required")
    if error.validator == "additionalProperties":  # a typo: name the keys it can be
        known = set(error.schema.get("properties", {}))
        unknown = sorted(str(k) for k in error.instance if k not in known)
        one = len(unknown) == 1
        if len(place) == 1:
            what = "is not a key of an entry" if one else "are not keys of an entry"
        else:
            what = "is not a field" if one else "are not fields"
        names = ", ".join(repr(k) for k in unknown)
        return f"{names} {what}: {', '.join(sorted(known))}"
    if error.validator == "minProperties" and not error.instance:
        return "names no field to change"
    return error.message


# a JSON schema type in a reviewer's words
_TYPES = {
    "integer": "a whole number",
    "number": "a number",
    "string": "text",
    "null": "null",
    "object": "keys and values",
    "array": "a list",
    "boolean": "true or false",
}


def load_corrections(
    path: str | Path, schema_path: str | Path = SCHEMA, must_exist: bool = False
) -> list[Correction]:
    """The corrections in path ([] when there is no such file); CorrectionsError when malformed.

    The error is one line naming the file, the entry and the field.
    """
    path = Path(path)
    if not path.exists():
        if must_exist:
            raise CorrectionsError(f"{path}: no such corrections file")
        return []
    try:
        # YAML 1.2's booleans, as the lexicons are read: `held_by: NO` is Norway, not False;
        # days as written, so an impossible one is named with its entry (_day)
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_DaysAsWritten)
    except UnicodeDecodeError as err:  # a ValueError too: said first
        raise CorrectionsError(f"{path}: not UTF-8 text") from err
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(err, "problem", None) or "not valid YAML"
        raise CorrectionsError(f"{path}: not valid YAML{at}: {problem}") from err
    except ValueError as err:  # an explicit !!timestamp that is no day
        raise CorrectionsError(f"{path}: a date that does not exist: {err}") from err
    data = _plain(data) if data is not None else []
    jsonschema, validator = _validator(schema_path)
    error = _first_error(jsonschema, validator.iter_errors(data))
    if error is not None:
        raise CorrectionsError(f"{_where(path, error)}: {_message(error)}")
    corrections = [_correction(path, i + 1, item) for i, item in enumerate(data)]
    _check_entries(path, corrections)
    return corrections


def _first_error(jsonschema, errors):
    """The error a reviewer should read first: of the first entry that has any (in file
    order, so a fix moves on down the file), a missing action before what follows from
    it, else the most relevant (jsonschema's best_match)."""
    errors = list(errors)
    if not errors:
        return None
    first = min(e.absolute_path[0] if e.absolute_path else -1 for e in errors)
    mine = [e for e in errors if (e.absolute_path[0] if e.absolute_path else -1) == first]
    for e in mine:
        if e.validator == "required" and "'action'" in e.message:
            return e
    return jsonschema.exceptions.best_match(mine)


def _day(path: Path, entry: int, name: str, value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise CorrectionsError(f"{path}: entry {entry}: {name}: {value!r} is not a day") from err


def _correction(path: Path, entry: int, item: dict) -> Correction:
    values = dict(item.get("set") or item.get("fields") or {})
    key = "fields" if item["action"] == "add" else "set"
    for name in DATE_FIELDS:
        if values.get(name) is not None:
            values[name] = _day(path, entry, f"{key}.{name}", values[name])
    on = _day(path, entry, "date", item["date"]) if item.get("date") else None
    return Correction(
        fact=item.get("fact", ""),
        action=item["action"],
        reason=item["reason"].strip(),
        values=values,
        by=item.get("by"),
        on=on,
        entry=entry,
        document=item.get("document"),
        quote=item.get("quote"),
        figure=item.get("figure"),
        file=str(path),
    )


def _check_entries(path: Path, corrections: list[Correction]) -> None:
    """What a schema cannot say: one entry per fact, and a range that is not upside down."""
    first: dict[str, int] = {}
    for c in corrections:
        key = "fields" if c.action == "add" else "set"
        if c.action == "add" and c.values.get("low") is None:
            raise CorrectionsError(f"{path}: entry {c.entry}: fields.low: an added fact needs it")
        for side in ("persons_of", "held_by"):
            code = c.values.get(side)
            if code is not None and not known_side(code):
                raise CorrectionsError(
                    f"{path}: entry {c.entry}: {key}.{side}: {code!r} is not a country code: "
                    "no country has it (ISO 3166-1 alpha-2: UA, RU, IL…; XX several, XK Kosovo)"
                )
        low, high = c.values.get("low"), c.values.get("high")
        if low is not None and high is not None and low > high:
            raise CorrectionsError(f"{path}: entry {c.entry}: {key}.low {low} > {key}.high {high}")
        if c.action == "add":
            continue
        if c.fact in first:
            raise CorrectionsError(
                f"{path}: entry {c.entry}: fact {c.fact} is already corrected by entry "
                f"{first[c.fact]}; put both changes in one entry"
            )
        first[c.fact] = c.entry
