"""Reports: checked parameters, executed notebooks made byte-stable, PDFs, manifest, bundle.

papermill runs the notebooks; this module does everything around that run:
it checks parameters before papermill sees them, strips the run's timestamps
from the executed notebook, renders the PDF (nbconvert HTML without code →
WeasyPrint) and lists every report with hashes for distribution.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import re
import sys
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from swaptally.tables import sha256_file, sha256_path, write_atomic, write_text

REPORT_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
SIDE = re.compile(r"^[A-Z]{2}$")
TABLE_PARAMETERS = ("events", "facts", "rejected")
TEMPLATE_CSS = Path(__file__).with_name("templates") / "report.css"


class ParameterError(ValueError):
    """A report parameter that would make the notebook fail or mislead."""


@dataclass(frozen=True, slots=True)
class ReportParameters:
    events: str
    facts: str
    rejected: str
    title: str
    start: dt.date | None
    end: dt.date | None
    sides: tuple[str, ...]
    scale: str | None = None

    def as_dict(self) -> dict[str, object]:
        """Plain values as papermill injects them (dates as ISO strings)."""
        return {
            "events": self.events,
            "facts": self.facts,
            "rejected": self.rejected,
            "title": self.title,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "sides": list(self.sides),
            "scale": self.scale,
        }


def check_name(name: str) -> str:
    """A report name is a slug: it names files in reports/ and can never point elsewhere."""
    if not isinstance(name, str) or not REPORT_NAME.match(name):
        raise ParameterError(
            f"report name {name!r} is not a slug (lower-case letters, digits, '-' and '_', "
            "at most 64, starting with a letter or digit)"
        )
    return name


# Codes that are not ISO 3166-1 alpha-2 assignments but name a side: XX several or unknown,
# XK Kosovo (user-assigned, used by the EU, the IMF and Kosovo's own documents).
EXTRA_SIDES = ("XX", "XK")


def known_side(code: str) -> bool:
    """XX (several or unknown), XK (Kosovo) or an ISO 3166-1 alpha-2 country code."""
    import pycountry

    return code in EXTRA_SIDES or pycountry.countries.get(alpha_2=code) is not None


def _date(name: str, value: object) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ParameterError(f"parameter {name!r} must be a date as YYYY-MM-DD or null, not {value!r}")


def _text(name: str, value: object, limit: int = 300) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ParameterError(f"parameter {name!r} must be non-empty text, not {value!r}")
    if len(value) > limit or any(ord(ch) < 32 for ch in value):
        raise ParameterError(f"parameter {name!r} must be one line of at most {limit} characters")
    return value


def _sides(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)):
        raise ParameterError(f"parameter 'sides' must be a list of country codes, not {value!r}")
    for side in value:
        if not isinstance(side, str) or not SIDE.match(side) or not known_side(side):
            raise ParameterError(
                f"unknown side {side!r} in 'sides': "
                "use ISO 3166-1 alpha-2 codes such as UA or RU, XK for Kosovo, or XX"
            )
    return tuple(value)


def _scale(value: object) -> str | None:
    """None (chosen from the window) or one of the time scales."""
    from swaptally.timescale import SCALES

    if value is None or value == "":
        return None
    if value not in SCALES:
        raise ParameterError(f"parameter 'scale' must be one of {', '.join(SCALES)} or null")
    return value


def check_parameters(values: Mapping[str, object]) -> ReportParameters:
    """Check a report's parameters; raise ParameterError naming the first bad one."""
    known = {"events", "facts", "rejected", "title", "start", "end", "sides", "scale"}
    unknown = sorted(set(values) - known)
    if unknown:
        raise ParameterError(f"unknown parameter {unknown[0]!r}; known: {', '.join(sorted(known))}")
    params = ReportParameters(
        events=_text("events", values.get("events", "data/processed/events.parquet")),
        facts=_text("facts", values.get("facts", "data/processed/facts.parquet")),
        rejected=_text("rejected", values.get("rejected", "data/processed/rejected.csv")),
        title=_text("title", values.get("title", "Captive exchanges")),
        start=_date("start", values.get("start")),
        end=_date("end", values.get("end")),
        sides=_sides(values.get("sides", [])),
        scale=_scale(values.get("scale")),
    )
    if params.start and params.end and params.start > params.end:
        raise ParameterError(f"parameter 'start' ({params.start}) is after 'end' ({params.end})")
    return params


def write_parameters(
    name: str, notebook: str, values: Mapping[str, object], target: str | Path
) -> None:
    """Check and write the parameters file papermill reads with -f."""
    check_name(name)
    params = check_parameters(values)
    if not Path(notebook).is_file():
        raise ParameterError(f"report {name!r}: notebook {notebook} does not exist")
    write_text(yaml.safe_dump(params.as_dict(), sort_keys=True, allow_unicode=True), target)


def _skip_slow_format_checks() -> None:
    """Keep jsonschema (under nbformat) from importing rfc3987_syntax: ≈ 3 s of a 6 s
    nbconvert import compiling grammars for URI formats that notebooks never use."""
    if "jsonschema" not in sys.modules:
        sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]


def normalise_notebook(source: str, target: str | Path) -> None:
    """Drop the run's timestamps from an executed notebook so reruns give the same bytes."""
    _skip_slow_format_checks()
    import nbformat

    nb = nbformat.reads(source, as_version=4)
    for key in ("start_time", "end_time", "duration"):
        nb.metadata.get("papermill", {}).pop(key, None)
    nb.metadata.get("papermill", {}).pop("output_path", None)
    for cell in nb.cells:
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell.id = "injected-parameters"  # papermill gives it a random id
        cell.metadata.pop("execution", None)
        for key in ("start_time", "end_time", "duration"):
            cell.metadata.get("papermill", {}).pop(key, None)
    write_text(nbformat.writes(nb) + "\n", target)


def notebook_html(notebook: str | Path) -> str:
    """The executed notebook as a standalone HTML page, code and prompts hidden."""
    _skip_slow_format_checks()
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.read(notebook, as_version=4)
    exporter = HTMLExporter(
        template_name="basic",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    body, _ = exporter.from_notebook_node(nb)
    title = nb.metadata.get("papermill", {}).get("parameters", {}).get("title", "swaptally report")
    css = TEMPLATE_CSS.read_text(encoding="utf-8")
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f"<style>{css}</style></head><body>{body}</body></html>"
    )


def render_pdf(notebook: str | Path, target: str | Path) -> None:
    """Executed notebook → PDF through nbconvert's HTML and WeasyPrint (no TeX, no browser)."""
    from weasyprint import HTML

    html = notebook_html(notebook)
    document = HTML(string=html, base_url=str(Path(notebook).parent)).render()
    # fontTools stamps embedded font subsets with the time unless SOURCE_DATE_EPOCH is set.
    os.environ.setdefault("SOURCE_DATE_EPOCH", "0")
    write_atomic(target, lambda tmp: document.write_pdf(tmp, uncompressed_pdf=False))


def manifest(
    parameter_files: Iterable[str | Path],
    reports_dir: str | Path = "reports",
    corrections: str | Path | None = None,
) -> dict:
    """Every report: its PDF and notebook with hashes, its parameters and the tables it read.

    With corrections (the reviewer's file the facts were corrected by), its hash too.
    """
    reports = []
    for path in sorted(map(Path, parameter_files)):
        name = path.stem
        params = yaml.safe_load(path.read_text(encoding="utf-8"))
        pdf = Path(reports_dir) / f"{name}.pdf"
        executed = Path(reports_dir) / f"{name}.ipynb"
        inputs = {
            params[k]: sha256_path(params[k]) for k in TABLE_PARAMETERS if Path(params[k]).exists()
        }
        reports.append(
            {
                "name": name,
                "pdf": pdf.as_posix(),
                "pdf_sha256": sha256_file(pdf),
                "notebook": executed.as_posix(),
                "notebook_sha256": sha256_file(executed),
                "parameters": params,
                "inputs": dict(sorted(inputs.items())),
            }
        )
    applied = None
    if corrections is not None:
        applied = {"path": Path(corrections).as_posix(), "sha256": sha256_file(corrections)}
    return {"generator": "swaptally", "reports": reports, "corrections": applied}


def write_manifest(
    parameter_files: Iterable[str | Path],
    target: str | Path,
    reports_dir: str | Path,
    corrections: str | Path | None = None,
) -> None:
    text = json.dumps(manifest(parameter_files, reports_dir, corrections), indent=2, sort_keys=True)
    write_text(text + "\n", target)


def inputs_hash(paths: Iterable[str | Path]) -> str:
    """A short hash over the given files' paths and contents, in sorted order."""
    digest = hashlib.sha256()
    for path in sorted(Path(p).as_posix() for p in paths):
        digest.update(path.encode() + b"\0" + bytes.fromhex(sha256_file(path)))
    return digest.hexdigest()[:12]


def write_bundle(files: Iterable[str | Path], target: str | Path) -> None:
    """A zip of the given files with fixed timestamps and order, so it is byte-stable.

    A datapackage.json brings the tables it lists, so the bundle is a valid package.
    """
    from swaptally.tables import package_files

    given = [(p.name, p) for p in map(Path, files)]
    # a package's tables keep their paths in it (facts.parquet/shard-0000.parquet)
    given += [f for _, p in given if p.name == "datapackage.json" for f in package_files(p)]
    members = sorted({p.resolve(): (name, p) for name, p in given}.values())
    names = [name for name, _ in members]
    if len(set(names)) != len(names):
        raise ValueError(f"two files of the same name cannot share a bundle: {names}")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        for name, path in members:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            bundle.writestr(info, path.read_bytes())
    write_atomic(target, lambda tmp: Path(tmp).write_bytes(buffer.getvalue()))
