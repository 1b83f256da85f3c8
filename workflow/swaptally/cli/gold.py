"""Commands that study extraction against gold sets (excerpts with their facts, the
corpus's shape): where it goes wrong by mechanism, and whether a learned keep/drop decision
over its facts generalizes. They read gold; the workflow never runs them."""

from __future__ import annotations

import argparse
import sys


def _sets(args: argparse.Namespace, specs: list[str] | None = None) -> dict:
    from swaptally.extract import load_lexicon
    from swaptally.gold import load_gold
    from swaptally.rescorer import texts_of
    from swaptally.study_cache import cached

    lex = load_lexicon(args.lexicon)
    golds = [(spec, load_gold(spec)) for spec in (args.gold if specs is None else specs)]
    return {
        gold.name: cached(
            getattr(args, "cache", None), "facts", spec, args.lexicon,
            lambda gold=gold: texts_of(gold, lex),
        )
        for spec, gold in golds
    }  # fmt: skip


def cmd_error_profile(args: argparse.Namespace) -> int:
    from swaptally.error_profile import format_profile

    sys.stdout.write(format_profile(_sets(args), args.min_wrong))
    return 0


def cmd_rescorer_cv(args: argparse.Namespace) -> int:
    from swaptally.rescorer import GRID, cross_validate, evaluate, format_table, train
    from swaptally.set_cv import change, chosen

    fixed = args.l2 is not None and args.threshold is not None
    grid = [(args.l2, args.threshold)] if fixed else GRID
    scored = _sets(args, args.score_only)  # every argument checked first
    sets = _sets(args)
    sys.stdout.write(format_table(cross_validate(sets, grid, args.inner_folds)))
    if scored:
        l2, th = chosen(sets, grid, train, evaluate, args.inner_folds)
        model = train((t for ts in sets.values() for t in ts), l2)
        for name, texts in scored.items():  # scored only: never trained on
            line = change([evaluate(texts, None, th)], [evaluate(texts, model, th)])
            sys.stdout.write(
                f"scored only, {name} (model of every set, L2 {l2:g}, threshold {th:g}): {line}\n"
            )
    return 0


def cmd_said_by(args: argparse.Namespace) -> int:
    from swaptally.extract import load_lexicon
    from swaptally.gold import load_gold
    from swaptally.said_score import format_said, said_units

    lex = load_lexicon(args.lexicon)
    sets = [(g, said_units(g, lex)) for g in map(load_gold, args.gold)]
    sys.stdout.write(format_said(sets, errors=args.errors))
    return 0


def cmd_review_cv(args: argparse.Namespace) -> int:
    from swaptally.gold import load_gold
    from swaptally.review import flagged_rules
    from swaptally.review_cv import format_cv, not_taken_report, set_facts

    golds = [load_gold(spec) for spec in args.gold]  # every argument checked first
    sets = {gold.name: set_facts(gold, args.lexicon) for gold in golds}
    weak, prone = flagged_rules()
    sys.stdout.write(format_cv(sets, sorted(prone), sorted(weak)))
    sys.stdout.write("\n" + not_taken_report(golds, args.lexicon))
    return 0


def cmd_agreement(args: argparse.Namespace) -> int:
    from swaptally.agreement import agree, format_agreement
    from swaptally.gold import load_gold

    a, b = load_gold(args.reference), load_gold(args.other)  # both checked first
    sys.stdout.write(format_agreement(a, b, agree(a, b)))
    return 0


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "gold",
        nargs="+",
        metavar="GOLD",
        help="a gold set (.jsonl, one excerpt with its facts a line); PATH:tune for the "
        "corpus's tune half (the check half is refused)",
    )
    p.add_argument(
        "--lexicon", action="append", default=[], help="extra lexicon YAML file (repeatable)"
    )


def study_options(p: argparse.ArgumentParser) -> None:
    """The options the leave-one-set-out commands share."""
    p.add_argument(
        "--inner-folds",
        type=int,
        metavar="K",
        help="choose the settings leaving each of K groups of the training sets out, not each "
        "set (fewer models to train when the sets are many)",
    )
    p.add_argument(
        "--score-only",
        action="append",
        default=[],
        metavar="GOLD",
        help="a set never trained on: the model of every set is scored on it, F1 only (repeatable)",
    )
    p.add_argument(
        "--cache",
        metavar="DIR",
        help="keep each set's extracted facts here between runs (swaptally.study_cache)",
    )


def register(sub: argparse._SubParsersAction) -> None:
    """Add `error-profile`, `rescorer-cv`, `said-by`, `review-cv` and `agreement` to the
    command line."""
    p = sub.add_parser(
        "error-profile",
        help="wrong facts by mechanism (resolver, kind rule, cue) across gold sets",
        description="Extract every gold set, label each fact right or wrong (the shared "
        "scorer's strict key) and count, for each structural feature of the facts, the wrong "
        "ones in each set.",
    )
    _common(p)
    p.add_argument(
        "--min-wrong", type=int, default=3, help="list features with this many wrong facts"
    )
    p.set_defaults(run=cmd_error_profile)
    p = sub.add_parser(
        "rescorer-cv",
        help="does a learned keep/drop of facts generalize? leave-one-set-out table",
        description="Leave each gold set out in turn: train a logistic regression of 'wrong' "
        "over the facts' structural features on the other sets (its L2 and threshold chosen "
        "on them alone), drop the held-out set's facts it scores above the threshold, and "
        "compare its strict F1 with and without the drops.",
    )
    _common(p)
    p.add_argument("--l2", type=float, help="fix the L2 penalty (with --threshold)")
    p.add_argument("--threshold", type=float, help="fix the drop threshold (with --l2)")
    study_options(p)
    p.set_defaults(run=cmd_rescorer_cv)
    p = sub.add_parser(
        "said-by",
        help="who states each figure (said_by): right/wrong/missing/extra over matched facts",
        description="Extract every gold set and compare, for each distinct key the extractor "
        "shares with gold (the scorer's matches), the speakers gold gives its facts with the "
        "extracted ones (see swaptally.said_score for what counts as the same speaker).",
    )
    _common(p)
    p.add_argument("--errors", action="store_true", help="list every key not right")
    p.set_defaults(run=cmd_said_by)
    p = sub.add_parser(
        "review-cv",
        help="do review.csv's flags point at wrong facts? per set, and error-prone rules "
        "checked leave-one-set-out",
        description="Read each gold set as a corpus (extract, label against gold, build "
        "events) and measure, per set, the share of wrong facts in flagged rows of the review "
        "sheet and the share of flagged facts that are wrong; then choose error-prone rule "
        "parts on all sets but one and measure the flag they add on the one left out "
        "(swaptally.review_cv).",
    )
    _common(p)
    p.set_defaults(run=cmd_review_cv)
    p = sub.add_parser(
        "agreement",
        help="how far two annotations of the same excerpts agree: strict P/R/F1 each way",
        description="Score annotation B's required facts against annotation A as the shared "
        "scorer scores an extractor (A's optional facts absorbing), and A's against B's; per "
        "language, with dates on matched facts and the disagreements by kind "
        "(swaptally.agreement). The two files must annotate the same excerpt ids.",
    )
    p.add_argument("reference", metavar="GOLD_A", help="an annotated set (.jsonl, gold's shape)")
    p.add_argument(
        "other", metavar="GOLD_B", help="another annotation of the same excerpts (same ids)"
    )
    p.set_defaults(run=cmd_agreement)
