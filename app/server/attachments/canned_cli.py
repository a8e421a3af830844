"""``agentdesk-server canned-file add|list|remove --key KEY [--file PATH] [--id N]``: a canned reply's files.

An administrator's command, run beside the server (same ``--db``, ``--attachment-store`` and
``--attachment-dir``): ``add`` vets the file exactly like an upload, with the image guard in a
worker process of its own for an image (``canned.vet``), and keeps it on the reply in one
transaction; a refused file writes nothing and the command says why. The desks see the files at
their next ``canned.list``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.attachments import AttachmentLimits, AttachmentRefused, ImageChecker
from app.attachments.sniff import sniff
from app.server.attachments import canned, repo
from app.server.attachments import cli_args as attachment_args
from app.server.attachments.blobs import BLOBS_KEY, make_store

OpenDb = Callable[[argparse.Namespace], contextlib.AbstractContextManager[Any]]


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    cmd = sub.add_parser("canned-file", help="add, list or remove the files a canned reply carries")
    cmd.add_argument("action", choices=("add", "list", "remove"))
    cmd.add_argument("--key", required=True, help="the canned reply's key (e.g. withdrawal_pending)")
    cmd.add_argument("--file", dest="path", metavar="PATH", help="add: the file (PDF, image, text, CSV)")
    cmd.add_argument("--id", type=int, dest="file_id", help="remove: the file's id (see list)")
    return cmd


async def _vet(data: bytes, filename: str, limits: AttachmentLimits, image: bool) -> repo.Content:
    if not image:
        return await canned.vet(data, filename, limits, None)
    async with ImageChecker(workers=1, deadline=60.0) as checker:
        return await canned.vet(data, filename, limits, checker)


def run(args: argparse.Namespace, open_db: OpenDb) -> int:
    cfg = attachment_args.config(args)
    limits = AttachmentLimits(
        max_file_bytes=cfg["max_file_bytes"], max_message_bytes=cfg["max_message_bytes"]
    )
    try:
        store = make_store(args.attachment_store, args.attachment_dir)
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    if args.action == "add":
        if not args.path:
            print("give the file to add (--file PATH)", file=sys.stderr)
            return 2
        path = Path(args.path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            print(f"cannot read {path}: {exc.strerror}", file=sys.stderr)
            return 2
        try:
            content = asyncio.run(_vet(data, path.name, limits, sniff(data).is_image))
        except AttachmentRefused as exc:
            print(f"refused ({exc.code}): {exc.message}", file=sys.stderr)
            return 1
        except canned.CannedFileRefused as exc:
            print(f"refused: {exc}", file=sys.stderr)
            return 1
    with open_db(args) as (session, _keys), session.begin():
        session.info[BLOBS_KEY] = store
        try:
            if args.action == "add":
                att = canned.keep(session, args.key, content)
                print(f"{args.key}: file {att.id} {att.filename} ({att.content_type}, {att.size} bytes)")
            elif args.action == "list":
                canned.reply_of(session, args.key)
                files = canned.files_of(session, args.key)
                for att in files:
                    print(f"{att.id}\t{att.filename}\t{att.content_type}\t{att.size}\t{att.status}")
                if not files:
                    print(f"{args.key}: no files")
            else:
                if args.file_id is None:
                    print("give --id of the file to remove (see list)", file=sys.stderr)
                    return 2
                if not canned.remove(session, args.key, args.file_id):
                    print(f"{args.key} has no file {args.file_id}", file=sys.stderr)
                    return 1
                print(f"{args.key}: removed file {args.file_id}")
        except canned.CannedFileRefused as exc:
            print(str(exc), file=sys.stderr)
            return 1
    return 0
