#!/usr/bin/env python3
"""Writes a bank's graded examples (<qid>.examples.yaml) as evaluate's JSON Lines, for --train or --in:

    python3 src/test/scripts/bank_examples.py rubrics/genai-interview 5 > target/bank-examples.jsonl

Each line has id (<qid>.examples.yaml#<n>), qid, kind, answer and score, rescaled from the rubric's points to the
scale given (the scale passed to evaluate with --scale).
"""
import glob
import json
import os
import sys

import yaml


def main(folder, scale):
    for path in sorted(glob.glob(os.path.join(folder, "*.examples.yaml"))):
        name = os.path.basename(path)
        qid = name[: -len(".examples.yaml")]
        with open(os.path.join(folder, qid + ".yaml"), encoding="utf-8") as f:
            points = float(yaml.safe_load(f)["points"])
        with open(path, encoding="utf-8") as f:
            examples = yaml.safe_load(f) or []
        for n, example in enumerate(examples, 1):
            print(json.dumps({"id": f"{name}#{n}", "qid": qid, "kind": example.get("kind", ""),
                              "answer": " ".join(str(example["answer"]).split()),
                              "score": round(float(example["score"]) * scale / points, 4)}, ensure_ascii=False))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], float(sys.argv[2]))
