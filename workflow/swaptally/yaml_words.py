"""Reading vocabulary YAML: a word is a string, whatever it spells.

PyYAML follows YAML 1.1, where unquoted yes/no/on/off are booleans, so Norway's
code `NO:` became the key False and the preposition `on` the value True. Vocabulary
files (the package's lexicons and a user's) are read as YAML 1.2 reads them: only
true and false are booleans. A key given twice in one mapping is an error: YAML would
keep the last silently, so a second `names:` or cue list would drop the first.
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


def _mapping_once(loader: WordLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    """A mapping, refused (ConstructorError at the second key) when a key repeats."""
    first: dict[Any, yaml.Mark] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in first:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"the key {key!r} is given twice (first at line {first[key].line + 1})",
                key_node.start_mark,
            )
        first[key] = key_node.start_mark
    return loader.construct_mapping(node, deep)


WordLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_once)


def load_words(text: str) -> Any:
    """The YAML document in `text`, with yes/no/on/off left as words."""
    return yaml.load(text, Loader=WordLoader)
