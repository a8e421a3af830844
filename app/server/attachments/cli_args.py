"""``agentdesk-server`` flags of attachments (storage, caps, upload rate, the image guard's pool)."""

from __future__ import annotations

import argparse
from typing import Any

MB = 1024 * 1024


def add_arguments(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("attachments")
    g.add_argument(
        "--attachment-store",
        choices=("database", "filesystem"),
        default="database",
        help="where attachment bytes live (default: the database)",
    )
    g.add_argument("--attachment-dir", metavar="PATH", help="the folder of --attachment-store filesystem")
    g.add_argument(
        "--max-file-mb",
        type=float,
        default=10.0,
        metavar="MB",
        help="largest file a customer or agent may attach (default 10)",
    )
    g.add_argument(
        "--max-message-mb",
        type=float,
        default=10.0,
        metavar="MB",
        help="largest total of one message's files (default 10)",
    )
    g.add_argument(
        "--upload-rate-kb",
        type=float,
        default=2048.0,
        metavar="KB",
        help="sustained upload rate per connection in KiB/s (default 2048; 0: no limit)",
    )
    g.add_argument(
        "--no-image-check",
        action="store_true",
        help="do not start the image guard (images are kept marked 'not checked')",
    )
    g.add_argument(
        "--image-prestart",
        action="store_true",
        help="start the image guard with the server (default: at the first image, which waits for it)",
    )
    g.add_argument(
        "--image-workers",
        type=int,
        metavar="N",
        help="image guard worker processes (default: the CPU count, at most 4; ~350 MB each)",
    )


def config(args: argparse.Namespace) -> dict[str, Any]:
    """ServerConfig fields from the flags above."""
    return {
        "attachment_store": args.attachment_store,
        "attachment_dir": args.attachment_dir,
        "max_file_bytes": max(int(args.max_file_mb * MB), 1),
        "max_message_bytes": max(int(args.max_message_mb * MB), 1),
        "upload_bytes_per_second": max(args.upload_rate_kb, 0.0) * 1024,
        "image_check": not args.no_image_check,
        "image_workers": args.image_workers,
        "image_prestart": bool(args.image_prestart),
    }
