"""Reading vocabulary YAML: a word is a string, whatever it spells.

PyYAML follows YAML 1.1, where unquoted yes/no/on/off are booleans, so Norway's
code `NO:` became the key False and the preposition `on` the value True. Vocabulary
files (the package's lexicons and a user's) are read as YAML 1.2 reads them: only
true and false are booleans.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

_BOOL = "tag:yaml.org,2002:bool"
_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class WordLoader(_Base):  # type: ignore[misc, valid-type]
    """The safe loader with YAML 1.2's booleans."""


WordLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != _BOOL]
    for first, resolvers in _Base.yaml_implicit_resolvers.items()
}
WordLoader.add_implicit_resolver(
    _BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def load_words(text: str) -> Any:
    """The YAML document in `text`, with yes/no/on/off left as words."""
    return yaml.load(text, Loader=WordLoader)
