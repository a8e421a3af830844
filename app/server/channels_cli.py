"""``agentdesk-server`` options of the email, SLA and routing features (kept out of ``cli.py``, which
other features share): the SMTP listener and relay, the mail identity and folder, the SLA policy
file, the teams policy file and routing's switches.

The relay password is never an option (argv is visible to every user of the machine): it is read
from the environment variable ``AGENTDESK_SMTP_PASSWORD`` when the relay asks for a login.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.server.email.outbound import PASSWORD_ENV


def add_channel_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("email, SLA and routing")
    group.add_argument(
        "--smtp-port",
        type=int,
        metavar="PORT",
        help="receive email on this port (0: any free port; default off, --demo: 2525)",
    )
    group.add_argument(
        "--smtp-host", default="127.0.0.1", metavar="HOST", help="address the SMTP listener binds"
    )
    group.add_argument(
        "--smtp-relay", metavar="HOST[:PORT]", help="send agents' email replies through this SMTP relay"
    )
    group.add_argument(
        "--smtp-relay-security",
        choices=("none", "starttls", "tls"),
        default="none",
        help="how to talk to the relay (tls: implicit TLS, usually port 465)",
    )
    group.add_argument(
        "--smtp-relay-user",
        metavar="USER",
        help=f"log in to the relay as USER (password from ${PASSWORD_ENV})",
    )
    group.add_argument(
        "--mail-from", metavar="ADDRESS", help="From address of replies (support@exchange.example)"
    )
    group.add_argument(
        "--mail-folder", metavar="PATH", help="write outgoing mail as .eml files here (no relay)"
    )
    group.add_argument(
        "--sla-policy", metavar="PATH", help="SLA policy file (TOML; reloaded when it changes)"
    )
    group.add_argument(
        "--teams-policy",
        metavar="PATH",
        help="teams, skills, business hours and capacity (TOML; reloaded when it changes)",
    )
    group.add_argument(
        "--no-auto-assign", action="store_true", help="keep teams and hours, but assign nothing automatically"
    )
    group.add_argument(
        "--reroute-after",
        type=float,
        metavar="SECONDS",
        help="an agent away or offline this long loses their waiting chats to colleagues (default 120)",
    )
    group.add_argument(
        "--trusted-authserv-id", metavar="ID",
        help="take the Authentication-Results header of the MTA with this authserv-id as proof of a sender",
    )
    group.add_argument(
        "--dns-server", metavar="HOST", action="append", default=[],
        help="DNS server for the SPF/DKIM/DMARC checks (repeatable; default: the system's)",
    )
    group.add_argument(
        "--public-url", metavar="URL", help="the address customers reach this server at (links in mail)"
    )


def channel_config(args: argparse.Namespace) -> dict[str, Any]:
    """``ServerConfig`` keyword arguments from the options above."""
    out: dict[str, Any] = {
        "smtp_listen_host": args.smtp_host,
        "smtp_listen_port": args.smtp_port,
        "smtp_relay_security": args.smtp_relay_security,
        "smtp_relay_username": args.smtp_relay_user,
        "mail_folder": args.mail_folder,
        "sla_policy_path": args.sla_policy,
        "teams_policy_path": args.teams_policy,
        "auto_assign": not args.no_auto_assign,
        "trusted_authserv_id": args.trusted_authserv_id,
        "dns_servers": tuple(args.dns_server),
        "public_url": args.public_url,
        "sms_log_stream": "stdout" if getattr(args, "demo", False) else "stderr",
    }
    if args.reroute_after is not None:
        out["reroute_grace_seconds"] = max(args.reroute_after, 0.0)
    if args.smtp_relay:
        host, sep, port = args.smtp_relay.rpartition(":")
        if sep and port.isdigit() and host:
            out["smtp_relay_host"], out["smtp_relay_port"] = host.strip("[]"), int(port)
        else:
            out["smtp_relay_host"] = args.smtp_relay
            out["smtp_relay_port"] = 465 if args.smtp_relay_security == "tls" else 25
    if args.mail_from:
        out["mail_from"] = args.mail_from
    return out


def channel_lines(server: Any) -> list[str]:
    """What to print after the listening line: the SMTP port and the mail folder, when in use."""
    lines = []
    channels = server.channels
    if channels.smtp_port is not None:
        host = "127.0.0.1" if server.config.demo else server.config.smtp_listen_host
        lines.append(f"AgentDesk SMTP listener on smtp://{host}:{channels.smtp_port}")
    if channels.mail_folder is not None:
        lines.append(f"AgentDesk outgoing mail folder: {channels.mail_folder}")
    return lines
