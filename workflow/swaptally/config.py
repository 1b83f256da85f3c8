"""The workflow configuration: checked against its JSON schema, one clear line per error."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import MutableMapping
from pathlib import Path

import yaml

from swaptally.report import ParameterError, check_name, check_parameters


class ConfigError(ValueError):
    """A configuration the workflow cannot run with; the message names the key."""


def _where(path) -> str:
    return ".".join(str(p) for p in path) or "(top level)"


def _coerce_booleans(config: MutableMapping, schema: dict) -> None:
    """`snakemake --config strict=true` passes the text 'true'; a boolean key means the value."""
    words = {"true": True, "false": False}
    for key, spec in schema.get("properties", {}).items():
        value = config.get(key)
        if spec.get("type") == "boolean" and isinstance(value, str) and value.lower() in words:
            config[key] = words[value.lower()]


def _dates_as_text(config: MutableMapping) -> None:
    """YAML reads an unquoted `start: 2025-06-01` as a date; reports take dates as ISO text.

    Front matter accepts both spellings, so the config does too.
    """
    reports = config.get("reports")
    for report in reports.values() if isinstance(reports, dict) else ():
        parameters = report.get("parameters") if isinstance(report, dict) else None
        for key in ("start", "end") if isinstance(parameters, dict) else ():
            value = parameters.get(key)
            if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
                parameters[key] = value.isoformat()


def check_config(config: MutableMapping, schema_path: str | Path, root: str | Path = ".") -> None:
    """Validate against the schema, fill defaults, and check the reports; raise ConfigError."""
    if "jsonschema" not in sys.modules:
        # rfc3987_syntax, an optional jsonschema extra that jupyter pulls in, compiles
        # grammars for ≈1 s at import, on every Snakemake start; no format we check needs it.
        sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]
    import jsonschema

    schema = yaml.safe_load(Path(schema_path).read_text(encoding="utf-8"))
    _coerce_booleans(config, schema)
    _dates_as_text(config)
    validator = jsonschema.Draft202012Validator(schema)
    error = jsonschema.exceptions.best_match(validator.iter_errors(dict(config)))
    if error is not None:
        if error.validator == "additionalProperties":
            raise ConfigError(f"config: {error.message} at {_where(error.absolute_path)}")
        raise ConfigError(f"config: {_where(error.absolute_path)}: {error.message}")
    for key, spec in schema.get("properties", {}).items():
        if "default" in spec:
            config.setdefault(key, spec["default"])
    for name, report in config["reports"].items():
        try:
            check_name(name)
            check_parameters(report.get("parameters", {}))
        except ParameterError as err:
            raise ConfigError(f"config: reports.{name}: {err}") from err
        if not (Path(root) / report["notebook"]).is_file():
            raise ConfigError(
                f"config: reports.{name}.notebook: {report['notebook']} does not exist"
            )
    for lexicon in config.get("lexicons", []):
        if not (Path(root) / lexicon).is_file():
            raise ConfigError(f"config: lexicons: {lexicon} does not exist")


def default_cores(profile: str | Path) -> int:
    """The cores a Snakemake profile asks for ("all": this machine's count)."""
    cores = yaml.safe_load(Path(profile).read_text(encoding="utf-8")).get("cores", "all")
    return (os.cpu_count() or 1) if cores == "all" else int(cores)
