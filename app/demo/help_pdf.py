"""A small help-centre PDF for the demo's canned replies (issue 18: a canned reply carries a file).

Written out by hand (one page, Helvetica, no scripts, no compression), so the demo needs no PDF
library and the file passes the attachments' PDF checks like any other upload.
"""

from __future__ import annotations


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def help_pdf(title: str, lines: list[str]) -> bytes:
    """One A4 page: ``title`` and ``lines`` of Latin text (the PDF's base font has no Chinese)."""
    text = [f"BT /F1 18 Tf 56 780 Td ({_escape(title)}) Tj ET"]
    text += [f"BT /F1 11 Tf 56 {740 - 18 * i} Td ({_escape(line)}) Tj ET" for i, line in enumerate(lines)]
    stream = "\n".join(text).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


DEPOSIT_RECOVERY_GUIDE = (
    "deposit-recovery-guide.pdf",
    "Deposit recovery guide",
    [
        "A deposit sent on the wrong network, or without a required memo or tag, is not credited",
        "automatically. Many such deposits can be recovered.",
        "",
        "1. Find the transaction hash (TxID) in the wallet or exchange you sent from.",
        "2. Open Help > Deposit recovery and choose the coin and the network you used.",
        "3. Enter the TxID, the amount and the deposit address you sent to.",
        "4. We check the request within 7 working days and tell you whether it can be recovered",
        "   and what the fee is, before anything is charged.",
        "",
        "Support never asks for your password, verification codes, private keys or recovery phrase.",
    ],
)
#: canned reply key -> the files it carries (name, title, lines)
DEMO_CANNED_FILES: dict[str, list[tuple[str, str, list[str]]]] = {
    "deposits_withdrawals.wrong_network": [DEPOSIT_RECOVERY_GUIDE],
}
