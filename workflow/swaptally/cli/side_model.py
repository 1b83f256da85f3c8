"""`swaptally side-model-cv`: does a learned choice of a fact's sides generalize better than
the rules? Leave each gold set out, train on the others, compare (study only: the workflow
never runs it; training needs scipy, the `study` extra)."""

from __future__ import annotations

import argparse
import sys

from swaptally.cli.gold import study_options


def cmd_side_model_cv(args: argparse.Namespace) -> int:
    from swaptally.extract import load_lexicon
    from swaptally.gold import load_gold
    from swaptally.set_cv import change
    from swaptally.side_model_train import (
        GRID,
        choose_hyper,
        cross_validate,
        evaluate,
        format_table,
        texts_of,
        train,
    )  # fmt: skip
    from swaptally.study_cache import cached

    lex = load_lexicon(args.lexicon)
    golds = [load_gold(spec) for spec in args.gold]  # every argument checked first
    scored = [load_gold(spec) for spec in args.score_only]
    if args.parse:
        from swaptally.parse_features import kind_candidates_with_parse as kind_build
        from swaptally.parse_features import side_candidates_with_parse as side_build
    else:
        from swaptally.kind_model import kind_candidates_of as kind_build
        from swaptally.side_model import candidates_of as side_build
    build = kind_build if args.fields == "kind" else side_build
    what = args.fields + ("+parse" if args.parse else "")

    def read(spec: str, gold) -> list:
        return cached(args.cache, what, spec, args.lexicon, lambda: texts_of(gold, lex, build))

    sets = {g.name: read(spec, g) for spec, g in zip(args.gold, golds, strict=True)}
    fixed = args.l2 is not None and args.margin is not None
    grid = GRID
    if args.l2_grid:  # each penalty given with every margin of GRID
        margins = sorted({m for _, m in GRID})
        grid = [(float(v), m) for v in args.l2_grid.split(",") for m in margins]
    if fixed:
        grid = [(args.l2, args.margin)]
    with_rule = not args.text_only
    folds = args.inner_folds
    sys.stdout.write(format_table(cross_validate(sets, grid, with_rule, folds)))
    if args.save or scored:
        # the final model's L2 and margin: as given, else chosen leaving each set out
        l2, margin = choose_hyper(sets, grid, with_rule, folds)
        model = train((t for ts in sets.values() for t in ts), l2, margin, with_rule)
        if args.save:
            with open(args.save, "w", encoding="utf-8") as out:
                out.write(model.to_json())
        for spec, gold in zip(args.score_only, scored, strict=True):
            texts = read(spec, gold)  # scored only: never trained on, its facts not shown
            line = change([evaluate(texts, None)], [evaluate(texts, model)])
            sys.stdout.write(
                f"scored only, {gold.name} (model of every set, L2 {l2:g}, margin {margin:g}): "
                f"{line}\n"
            )
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add `side-model-cv` to the command line."""
    p = sub.add_parser(
        "side-model-cv",
        help="does a learned choice of sides (or kind and status) generalize? "
        "leave-one-set-out table",
        description="Leave each gold set out in turn: train a ranking of each fact's candidate "
        "sides (the rule's, swapped, XX, the actors near the figure) on the other sets, its L2 "
        "and margin chosen on them alone, and compare the held-out set's strict F1 with the "
        "rule's sides and with the learned ones (swaptally.side_model).",
    )
    p.add_argument(
        "gold",
        nargs="+",
        metavar="GOLD",
        help="a gold set (.jsonl); PATH:tune for the corpus's tune half (check is refused)",
    )
    p.add_argument(
        "--lexicon", action="append", default=[], help="extra lexicon YAML file (repeatable)"
    )
    p.add_argument("--l2", type=float, help="fix the L2 penalty (with --margin)")
    p.add_argument("--margin", type=float, help="fix the margin over the rule (with --l2)")
    p.add_argument(
        "--l2-grid",
        metavar="X,Y,…",
        help="the L2 penalties to choose among (default 1,3,10,30), each with every margin",
    )
    p.add_argument(
        "--text-only",
        action="store_true",
        help="learn from the text alone: no feature tells the rule's choice",
    )
    p.add_argument(
        "--fields",
        choices=("sides", "kind"),
        default="sides",
        help="what is chosen: the sides (persons_of, held_by) or the kind and status",
    )
    p.add_argument(
        "--parse",
        action="store_true",
        help="add the dependency parse's roles (swaptally.parse_features; needs the `parse` "
        "extra: spaCy and its English model) to each candidate's features",
    )
    p.add_argument("--save", metavar="JSON", help="train on every set and write the model")
    study_options(p)
    p.set_defaults(run=cmd_side_model_cv)
