#!/usr/bin/env python3
"""Build the extraction compiled with mypyc, beside the source, never inside it (opt-in).

    pip install -e '.[compiled]'          # mypy (mypyc) in the venv; the default install has none
    python workflow/benchmarks/build_compiled.py [--out build/compiled] [--jobs 2]
    PYTHONPATH=build/compiled python -m swaptally.cli extract ...   # the compiled build
    python workflow/benchmarks/build_compiled.py --check            # stale after an edit?

The package is copied to OUT/swaptally and the extraction's modules (extract/, slavic/ and the
number, date and kind modules they import) are compiled there into C extensions, which
Python imports before the `.py` beside them. The editable install and the work tree are
never touched: an edit of a `.py` is not seen by the compiled build until it is rebuilt, and
`--check` says so (OUT/COMPILED_FROM.json keeps the hash of every source file it copied).

mypyc compiles what mypy can type. A module is left interpreted (its `.py` copied, not
compiled) when it is in INTERPRETED below, or when mypy finds in it a type error that would
be a check that fails as the program runs (a value of another type than its hint): an
error of a code outside TOLERATED. The build prints both lists. The output of the compiled
build is the plain build's, byte for byte (README "Extraction speed" says how it is checked).
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import os
import re
import shutil
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SOURCE = REPO / "workflow" / "swaptally"
# what the extraction imports (swaptally.extract and swaptally.slavic and their helpers)
COMPILED_DIRS = ("extract", "slavic")
COMPILED_TOP = ("ascii_twin", "date_source", "dates", "kinds", "numbers", "sentences")

# Left interpreted, whatever mypy says: what a compiled (native) class cannot do.
INTERPRETED = {
    # patterns set by setattr, kept in the instance's __dict__, a dict subclass
    "extract/lexicon.py": "patterns set by name (setattr) and cached in __dict__",
    # the ASCII-twin lexicon swaps an instance's __class__ and sets class attributes
    "extract/twins.py": "swaps __class__ of a Lexicon copy",
}

# mypy error codes that compile to the same behaviour as the plain build: a variable whose
# element type mypy cannot infer is typed Any, an attribute mypy cannot see (or one read
# through an Optional) is looked up as Python does, and an operator on a union mypy cannot
# narrow ('None - int' where the code has made sure of the int) runs as Python's generic
# operator. Any other error code (a value passed or assigned against its hint, which the
# compiled code checks and a plain run never does) leaves its module interpreted.
TOLERATED = ("var-annotated", "union-attr", "attr-defined", "operator")
# Two `misc` errors that are mypy's inference, not a hint the code breaks: a lambda with a
# default argument ('lambda j=j: …') is compiled with its types as Any, and a call that
# unpacks *args before a keyword is made as Python makes it. Other `misc` errors leave their
# module interpreted: the check asks mypy with `misc` on, the build (all of whose modules
# passed the check) with it off.
TOLERATED_MESSAGES = {
    "misc": ("Cannot infer type of lambda", "gets multiple values for keyword argument"),
}


def candidates(tree: Path) -> list[str]:
    """The extraction's modules under `tree` (the package's parent), as paths mypy takes."""
    pkg = tree / "swaptally"
    out = [f"swaptally/{m}.py" for m in COMPILED_TOP]
    for d in COMPILED_DIRS:
        out += sorted(p.relative_to(tree).as_posix() for p in (pkg / d).rglob("*.py"))
    return out


def mypy_flags(build: bool = False) -> list[str]:
    flags = ["--ignore-missing-imports", "--follow-imports=silent", "--python-version=3.11"]
    for code in (*TOLERATED, *TOLERATED_MESSAGES) if build else TOLERATED:
        flags += ["--disable-error-code", code]
    return flags


def type_errors(tree: Path, files: list[str]) -> dict[str, list[str]]:
    """mypy's errors (outside TOLERATED) per file, checking `files` as mypyc will."""
    from mypy import api

    cwd = os.getcwd()
    os.chdir(tree)
    try:
        report, _, _ = api.run([*mypy_flags(), "--no-incremental", *files])
    finally:
        os.chdir(cwd)
    errors: dict[str, list[str]] = {}
    for line in report.splitlines():
        m = re.match(r"(swaptally/\S+\.py):\d+: error: (.*)  \[([a-z-]+)\]$", line)
        if m and not any(said in m.group(2) for said in TOLERATED_MESSAGES.get(m.group(3), ())):
            errors.setdefault(m.group(1), []).append(line)
        elif not m and re.match(r"swaptally/\S+\.py:\d+: error: ", line):
            errors.setdefault(line.split(":", 1)[0], []).append(line)  # one without a code
    return errors


def module_of(path: str) -> str:
    return path.removesuffix(".py").removesuffix("/__init__").replace("/", ".")


def imported_names(tree: Path, path: str) -> dict[str, str]:
    """name -> the module it is imported from, for the `from … import …` of a module."""
    module = module_of(path)
    package = module if path.endswith("__init__.py") else module.rpartition(".")[0]
    out = {}
    for node in ast.walk(ast.parse((tree / path).read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            source = node.module or ""
            if node.level:  # relative: from the package, up one level a dot past the first
                base = package
                for _ in range(node.level - 1):
                    base = base.rpartition(".")[0]
                source = f"{base}.{node.module}" if node.module else base
            for alias in node.names:
                out[alias.asname or alias.name] = source
    return out


def bases_compiled(tree: Path, interpreted: list[str], compiled: list[str]) -> dict[str, str]:
    """The compiled modules that define a base class of a class of an interpreted module (->
    that module): a compiled class cannot have an interpreted subclass, so they are left
    interpreted too."""
    by_module = {module_of(f): f for f in compiled}
    out: dict[str, str] = {}
    for path in interpreted:
        names = imported_names(tree, path)
        for node in ast.walk(ast.parse((tree / path).read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                for base in node.bases:
                    if isinstance(base, ast.Name) and names.get(base.id) in by_module:
                        out.setdefault(by_module[names[base.id]], path)
    return out


def choose(out: Path) -> tuple[list[str], dict[str, str]]:
    """The modules of OUT to compile, and why each other candidate stays interpreted."""
    why = {f"swaptally/{name}": reason for name, reason in INTERPRETED.items()}
    files = [f for f in candidates(out) if f not in why]
    # a module left interpreted changes what mypy knows of the others, and the base classes
    # of its classes must be left interpreted too: ask until it holds
    while True:
        errors = type_errors(out, files)
        for name, lines in errors.items():
            line, _, said = lines[0].split(":", 1)[1].partition(": error: ")
            why[name] = f"{len(lines)} type error(s); line {line}: {said}"
        bases = bases_compiled(out, sorted(set(candidates(out)) - set(files)), files)
        for name, sub in bases.items():
            why.setdefault(name, f"base of a class of the interpreted {sub}")
        if not errors and not bases:
            return files, why
        files = [f for f in files if f not in errors and f not in bases]


def source_hashes(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and not p.name.endswith(".so")
    }


def changed_since(out: Path) -> list[str] | None:
    """The work tree's package files changed since OUT was built (None: OUT has no stamp)."""
    stamp = out / "COMPILED_FROM.json"
    if not stamp.is_file():
        return None
    built = json.loads(stamp.read_text())["sources"]
    now = source_hashes(SOURCE)
    return sorted(k for k in built.keys() | now.keys() if built.get(k) != now.get(k))


def check(out: Path) -> int:
    """0 when OUT was built from the work tree's package as it is now, 1 when stale."""
    changed = changed_since(out)
    if changed is None:
        print(f"no compiled build at {out}")
        return 1
    for name in changed:
        print(f"stale: {name}")
    print("up to date" if not changed else f"{len(changed)} files changed since the build")
    return 1 if changed else 0


def build(out: Path, jobs: int, opt_level: str) -> None:
    try:
        from mypyc.build import mypycify
    except ImportError:
        sys.exit("mypyc is not installed: pip install -e '.[compiled]' (mypy ships mypyc)")
    from setuptools import setup

    started = time.perf_counter()
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    shutil.copytree(SOURCE, out / "swaptally", ignore=shutil.ignore_patterns("__pycache__"))
    # the stamp is of what was copied, not of the work tree at the end of the build: an edit
    # during the build is then seen as stale by --check
    sources = source_hashes(out / "swaptally")
    files, why = choose(out)
    kept = sorted(set(candidates(out)) - set(files))
    print(f"compiling {len(files)} modules; left interpreted ({len(kept)}):")
    for name in kept:
        print(f"  {name}: {why[name]}")
    cwd = os.getcwd()
    os.chdir(out)
    try:
        modules = mypycify([*mypy_flags(build=True), *files], opt_level=opt_level, multi_file=True)
        setup(
            name="swaptally-compiled",
            ext_modules=modules,
            script_args=["build_ext", "--inplace", f"--parallel={jobs}"],
        )
    finally:
        os.chdir(cwd)
    shutil.rmtree(out / "build", ignore_errors=True)
    stamp = {"compiled": files, "interpreted": kept, "sources": sources}
    (out / "COMPILED_FROM.json").write_text(json.dumps(stamp, indent=1) + "\n")
    print(f"built {out} in {time.perf_counter() - started:.0f} s; use PYTHONPATH={out}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=REPO / "build" / "compiled")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--opt-level", default="3", help="the C compiler's -O level")
    ap.add_argument("--check", action="store_true", help="say whether OUT is stale, build nothing")
    args = ap.parse_args()
    if args.check:
        sys.exit(check(args.out.resolve()))
    build(args.out.resolve(), args.jobs, args.opt_level)


if __name__ == "__main__":
    main()
