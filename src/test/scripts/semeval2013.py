#!/usr/bin/env python3
"""SemEval-2013 Task 7 (2-way) for the evaluate command.

convert: turns the task's XML files (the semeval-3way.zip of github.com/myrosia/semeval-2013-task7, CC-BY-SA 3.0,
or a folder it was unpacked into) into evaluate's JSON Lines, one file per corpus and split:

    python3 src/test/scripts/semeval2013.py convert semeval-3way.zip target/semeval

Each line has id, qid, question, reference (the question's first BEST reference answer), answer and score (1 for
"correct", 0 otherwise), so `evaluate --draft-from-reference --scale 1` can grade it.

score: picks the threshold on the training split's predictions (score >= t means correct) that gives the best
weighted F1 there, then prints weighted F1, macro F1 and accuracy of each test prediction file at that threshold:

    python3 src/test/scripts/semeval2013.py score [--field rubric_score] TRAIN_PREDICTIONS.jsonl TEST_PREDICTIONS.jsonl...

The training predictions come from `evaluate --train TRAIN --in TRAIN`, where each answer is graded with itself left
out of the examples. --field rubric_score reads the rubric's own score instead of the final one.
"""
import io
import json
import os
import sys
import xml.etree.ElementTree as ET
import zipfile

SPLITS = {
    ("training/2way/sciEntsBank", "scientsbank-train"),
    ("test/2way/sciEntsBank/test-unseen-answers", "scientsbank-test-ua"),
    ("test/2way/sciEntsBank/test-unseen-questions", "scientsbank-test-uq"),
    ("test/2way/sciEntsBank/test-unseen-domains", "scientsbank-test-ud"),
    ("training/2way/beetle", "beetle-train"),
    ("test/2way/beetle/test-unseen-answers", "beetle-test-ua"),
    ("test/2way/beetle/test-unseen-questions", "beetle-test-uq"),
}


def xml_files(source):
    """(path inside the dataset, bytes) of every XML file, from a zip or a folder."""
    if os.path.isdir(source):
        for root, _, names in os.walk(source):
            for name in sorted(names):
                if name.endswith(".xml"):
                    path = os.path.join(root, name)
                    with open(path, "rb") as f:
                        yield os.path.relpath(path, source).replace(os.sep, "/"), f.read()
    else:
        with zipfile.ZipFile(source) as z:
            for name in sorted(z.namelist()):
                if name.endswith(".xml"):
                    yield name, z.read(name)


def rows(data):
    question = ET.parse(io.BytesIO(data)).getroot()
    qid = question.get("id")
    text = " ".join(question.findtext("questionText", "").split())
    references = question.find("referenceAnswers")
    best = [r for r in references if r.get("category") == "BEST"] or list(references)
    reference = " ".join((best[0].text or "").split())
    for answer in question.find("studentAnswers"):
        yield {
            "id": answer.get("id"),
            "qid": qid,
            "question": text,
            "reference": reference,
            "answer": " ".join((answer.text or "").split()),
            "score": 1 if answer.get("accuracy") == "correct" else 0,
        }


def convert(source, folder):
    os.makedirs(folder, exist_ok=True)
    out = {name: [] for _, name in SPLITS}
    for path, data in xml_files(source):
        for prefix, name in SPLITS:
            if os.path.dirname(path).endswith(prefix):
                out[name].extend(rows(data))
    for name, lines in sorted(out.items()):
        with open(os.path.join(folder, name + ".jsonl"), "w", encoding="utf-8") as f:
            for line in lines:
                f.write(json.dumps(line, ensure_ascii=False) + "\n")
        print(f"{name}: {len(lines)} answers, {len({l['qid'] for l in lines})} questions")


def read(path, field):
    with open(path, encoding="utf-8") as f:
        lines = [json.loads(l) for l in f if l.strip()]
    return [(l.get(field, l.get("score")) / l["max"], int(l["human_score"])) for l in lines if "max" in l]


def f1s(pairs, threshold):
    labels = (0, 1)
    counts = {c: [0, 0, 0, 0] for c in labels}  # true positive, false positive, false negative, support
    correct = 0
    for score, gold in pairs:
        predicted = 1 if score >= threshold else 0
        correct += predicted == gold
        for c in labels:
            counts[c][0] += predicted == c and gold == c
            counts[c][1] += predicted == c and gold != c
            counts[c][2] += predicted != c and gold == c
            counts[c][3] += gold == c
    per_class = {}
    for c, (tp, fp, fn, support) in counts.items():
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        per_class[c] = (2 * precision * recall / (precision + recall) if precision + recall else 0.0, support)
    total = sum(s for _, s in per_class.values())
    weighted = sum(f * s for f, s in per_class.values()) / total
    macro = sum(f for f, _ in per_class.values()) / len(per_class)
    return weighted, macro, correct / len(pairs)


def best_threshold(pairs):
    candidates = sorted({round(s, 4) for s, _ in pairs} | {0.0, 1.0001})
    return max(candidates, key=lambda t: (f1s(pairs, t)[0], -abs(t - 0.5)))


def score(field, train, tests):
    threshold = best_threshold(read(train, field))
    weighted, macro, accuracy = f1s(read(train, field), threshold)
    print(f"threshold={threshold:.4f} (train weighted_f1={weighted:.4f})")
    for test in tests:
        weighted, macro, accuracy = f1s(read(test, field), threshold)
        print(f"{test}: weighted_f1={weighted:.4f} macro_f1={macro:.4f} accuracy={accuracy:.4f}")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "convert":
        convert(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 6 and sys.argv[1:3] == ["score", "--field"]:
        score(sys.argv[3], sys.argv[4], sys.argv[5:])
    elif len(sys.argv) >= 4 and sys.argv[1] == "score":
        score("score", sys.argv[2], sys.argv[3:])
    else:
        sys.exit(__doc__)
