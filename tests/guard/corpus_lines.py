"""Every customer line of the tuning batches, for the speed-equivalence tests (a fast form against the
form it replaced, on real wording).

The blind batches are the inbound trainer's ``BLIND`` (one list for the trainer, its tests and these):
they are never opened here, even when they are on the branch.
"""

from __future__ import annotations

from pathlib import Path

from tools.train_inbound_model import BLIND

CORPUS = Path(__file__).resolve().parents[2] / "bench" / "corpus" / "guard_batches"
CUSTOMER_ROLES = ("secrets", "ordinary", "inbound", "conversations")


def customer_lines() -> list[str]:
    """Each customer message once: markers and labels dropped, ``\\n`` read as a line break."""
    out: list[str] = []
    for batch in sorted(CORPUS.glob("r*")):
        if batch.name in BLIND or not batch.is_dir():
            continue
        for path in sorted(batch.glob("*_*.txt")):
            if path.stem.split("_")[0] not in CUSTOMER_ROLES:
                continue
            for raw in path.read_text(encoding="utf-8").splitlines():
                line = raw.replace("\u27e6", "").replace("\u27e7", "").replace("\\n", "\n")
                if line.strip() and not line.startswith("#"):
                    out.append(line.partition("|")[2] or line)
    return out


AGENT_ROLES = ("scams", "replies")


def agent_lines(upto: int) -> list[str]:
    """Each agent reply of the tuning batches r1..r``upto`` (a round's gate test reads the batches it was
    tuned on): the ``code|`` label dropped, ``\\n`` read as a line break."""
    out: list[str] = []
    for i in range(1, upto + 1):
        if f"r{i}" in BLIND:
            raise ValueError(f"r{i} is a blind batch")
        for path in sorted((CORPUS / f"r{i}").glob("*_*.txt")):
            if path.stem.split("_")[0] not in AGENT_ROLES:
                continue
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip() and not line.startswith("#"):
                    out.append(line.split("|", 1)[-1].replace("\\n", "\n"))
    return out
