"""The lexicon's data: the package's lexicon/*.yaml files, with a user's files of the same
format merged on top, as one mapping (`lexicon_data`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import yaml

from swaptally.yaml_words import load_words

from .normalise import straight_data

_PACKAGE_DIR = Path(__file__).parent.with_name("lexicon")


def _merge(base: dict, extra: dict) -> None:
    """Merge `extra` into `base`: dicts recursively, lists appended without duplicates."""
    for key, value in (extra or {}).items():
        if isinstance(value, dict):
            _merge(base.setdefault(key, {}), value)
        elif isinstance(value, list):
            have = base.setdefault(key, [])
            have.extend(v for v in value if v not in have)
        else:
            base[key] = value


def _user_file(path: str | Path, package: dict) -> dict:
    """A user's lexicon file, read; InputError (one line: the file, where, what) when it is
    not YAML, not a mapping, or gives a section of another shape than the package's."""
    from swaptally.errors import InputError

    try:
        data = load_words(Path(path).read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise InputError(f"{path}: not valid YAML{where}: {getattr(err, 'problem', '')}") from err
    except UnicodeDecodeError as err:
        raise InputError(f"{path}: not UTF-8 text") from err
    if not isinstance(data, dict):
        raise InputError(f"{path}: a lexicon is sections by name (actors:, …), not a list or word")
    for name, value in data.items():
        have = package.get(name)
        for shape, what in ((dict, "names and values"), (list, "a list")):
            if isinstance(have, shape) and not isinstance(value, shape):
                raise InputError(f"{path}: {name}: {value!r} is not {what}, as this section is")
    return data


def lexicon_data(extra: Sequence[str | Path] = ()) -> dict:
    """The package lexicon's data with the user YAML files in `extra` merged on top, in
    order, its strings read with straight apostrophes."""
    data: dict = {}
    for path in sorted(_PACKAGE_DIR.glob("*.yaml")):
        _merge(data, load_words(path.read_text(encoding="utf-8")) or {})
    for user_path in extra:
        _merge(data, _user_file(user_path, data))
    # the Russian/Ukrainian extractor reads its section with its own spelling rules
    slavic = data.pop("slavic", None)
    data = straight_data(data)
    if slavic is not None:
        data["slavic"] = slavic
    return data
