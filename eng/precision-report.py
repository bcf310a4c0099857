#!/usr/bin/env python3
"""Tables for docs/precision.md from the committed labels and a run of ../shared/realworld.

  eng/precision-report.py --run RUN_DIR [--all-rules-run RUN_DIR] [--labels docs/precision/findings-*.tsv]
                          [--tests docs/precision/tests-*.tsv]

Prints Markdown: per rule, its findings on the suites (default settings, and with every rule on), the labels of its fresh sample,
precision with a 95% Wilson lower bound and its default severity (as the run's analyzers declare it); the weighted share of right findings
at default settings; findings per 1,000 tests per suite; and, from the labeled random tests, the smells found and the clean tests flagged.
Only the labels of the scoring round are read (column `round` = `score`); the tuning round's labels are kept for the record.
A scoring label with `fresh` = `no` is a finding that was also labeled in the tuning round: a rule that fires less often than the
sample size is labeled on all its findings, and the count of those is shown beside the sample.
"""
import argparse, collections, csv, glob, json, math, os, re

ap = argparse.ArgumentParser()
ap.add_argument("--run", required=True, help="a run at default settings")
ap.add_argument("--all-rules-run", help="a run with --all-rules (for rules off by default)")
ap.add_argument("--labels", nargs="*", default=sorted(glob.glob("docs/precision/findings-*.tsv")))
ap.add_argument("--tests", nargs="*", default=sorted(glob.glob("docs/precision/tests-*.tsv")))
a = ap.parse_args()


def wilson_low(k, n, z=1.96):
    if n == 0:
        return float("nan")
    p = k / n
    return (p + z * z / (2 * n) - z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))) / (1 + z * z / n)


def load_run(folder):
    counts, per_repo, tests = collections.Counter(), collections.defaultdict(collections.Counter), {}
    in_test, in_file = collections.defaultdict(set), collections.defaultdict(set)
    summary = json.load(open(os.path.join(folder, "summary.json")))
    for repo in summary["repos"]:
        tests[repo["repo"]] = repo["totals"]["testMethods"]
    for f in glob.glob(os.path.join(folder, "*", "diagnostics.jsonl")):
        repo = os.path.basename(os.path.dirname(f)).replace("+", "/", 1)
        for line in open(f):
            d = json.loads(line)
            if d.get("Suppressed") or not d["Id"].startswith("RA"):
                continue
            counts[d["Id"]] += 1
            per_repo[repo][d["Id"]] += 1
            in_file[(repo, d["File"])].add(d["Id"])
            if d.get("TestMethod"):
                in_test[(repo, d["File"], d["TestMethod"].split(".")[-1])].add(d["Id"])
    return counts, per_repo, tests, in_test, in_file


def severities(folder):
    """Default severity per rule, as the analyzers declare it (the runner lists every descriptor in rules.tsv)."""
    found = {}
    for r in csv.DictReader(open(os.path.join(folder, "rules.tsv")), delimiter="\t"):
        found[r["id"]] = r["default_severity"] if r["enabled_by_default"] == "True" else "off"
    return found


default_counts, per_repo, tests, in_test, in_file = load_run(a.run)
all_counts = load_run(a.all_rules_run)[0] if a.all_rules_run else default_counts
sev = severities(a.run)

tp, fp, unsure, reread = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
for f in a.labels:
    for r in csv.DictReader(open(f), delimiter="\t"):
        if (r.get("round") or "score") != "score":
            continue
        v = (r.get("verdict") or "").strip().upper()
        if (r.get("fresh") or "yes") == "no":
            reread[r["id"]] += 1
        {"TP": tp, "FP": fp}.get(v, unsure)[r["id"]] += 1

def share(x):
    """A whole percentage, with one decimal where rounding would lift it onto a bar it does not reach (18 of 19 is 94.7%, not 95%)."""
    return f"{x:.1%}" if round(x * 100) in (85, 95) and x * 100 < round(x * 100) else f"{x:.0%}"


rules = sorted(set(sev) | set(all_counts) | set(tp) | set(fp))
print("| Rule | Findings (default) | Findings (every rule on) | Sampled | Right | Wrong | Unsure | Precision | 95% lower bound | Default |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
# A finding also labeled in the tuning round (a rule with fewer fresh findings than the sample size) is marked with *.
right = seen = 0.0
for rule in rules:
    k, n = tp[rule], tp[rule] + fp[rule]
    p = k / n if n else float("nan")
    low = wilson_low(k, n)
    sampled = f"{n + unsure[rule]}" + (f" ({reread[rule]}*)" if reread[rule] else "")
    print(f"| {rule} | {default_counts[rule]} | {all_counts[rule]} | {sampled} | {k} | {fp[rule]} | {unsure[rule]} | "
          f"{'—' if not n else share(p)} | {'—' if not n else f'{low:.0%}'} | {sev.get(rule, '?')} |")
    if default_counts[rule] and n:
        right += p * default_counts[rule]
        seen += default_counts[rule]
if seen:
    print(f"\nWeighted by how often each rule fires at default settings: **{right / seen:.1%}** of {int(seen)} findings are right "
          f"(about {right:.0f}).")

print("\nFindings per 1,000 tests at default settings:\n")
ids = sorted({i for c in per_repo.values() for i in c})
print("| Suite | Tests | " + " | ".join(ids) + " | All |")
print("|---|---:|" + "---:|" * (len(ids) + 1))
for repo in sorted(tests):
    n = tests[repo] or 1
    row = [f"{1000 * per_repo[repo][i] / n:.1f}" if per_repo[repo][i] else "" for i in ids]
    print(f"| {repo} | {tests[repo]} | " + " | ".join(row) + f" | {1000 * sum(per_repo[repo].values()) / n:.1f} |")

def recall(in_test, in_file, enabled, label, contract=False):
    """Smells found and clean tests flagged. With contract, a smell the rule's page explicitly leaves out (a label whose notes say
    "page-excludes RAnnnn") is not counted: the catalogue row as the rule pages narrowed it on real-suite evidence."""
    found = labeled = clean = flagged = 0
    missed, noise = collections.Counter(), collections.Counter()
    at_creation = {"RA2002", "RA2003", "RA2005", "RA2007", "RA3001", "RA3005", "RA4003"}
    for f in a.tests:
        for r in csv.DictReader(open(f), delimiter="\t"):
            smells = [s.strip() for s in (r["smells"] or "").split(",") if s.strip()]
            if "UNSURE" in smells or "NOTATEST" in smells:
                continue
            fired = in_test.get((r["repo"], r["file"], r["method"]), set()) & enabled
            if not smells:
                clean += 1
                flagged += bool(fired)
                noise.update(fired)
            excluded = set(re.findall(r"page-excludes (RA\d{4})", r.get("notes") or ""))
            for s in smells:
                if s not in enabled or (contract and s in excluded):
                    continue
                labeled += 1
                hit = s in fired or (s in at_creation and s in in_file.get((r["repo"], r["file"]), set()))
                found += hit
                if not hit:
                    missed[s] += 1
    what = "the labeled smells these rules cover, as their pages define them" if contract else "the labeled smells these rules cover"
    print(f"\nRandom tests, {label}: of {what}, **{found}/{labeled}** "
          f"({found / labeled if labeled else float('nan'):.0%}) are found; **{flagged}/{clean}** "
          f"({flagged / clean if clean else float('nan'):.1%}) clean tests are flagged.")
    if missed:
        print("Missed: " + ", ".join(f"{k} ×{v}" for k, v in sorted(missed.items())) + ".")
    if noise:
        print("On clean tests: " + ", ".join(f"{k} ×{v}" for k, v in sorted(noise.items())) + ".")


if a.tests:
    on_by_default = {r for r, s in sev.items() if s != "off"}
    recall(in_test, in_file, on_by_default, "rules on by default")
    recall(in_test, in_file, on_by_default, "rules on by default", contract=True)
    if a.all_rules_run:
        _, _, _, all_in_test, all_in_file = load_run(a.all_rules_run)
        recall(all_in_test, all_in_file, set(sev), "every rule on")
        recall(all_in_test, all_in_file, set(sev), "every rule on", contract=True)
