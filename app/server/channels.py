"""The channel services of a running server: the SMTP listener, the outbound mail sender, the
SLA breach monitor, the callback reminder monitor and routing's jobs (``dispatch/service.py``),
started and stopped with ``ChatServer``.

``ChannelServices(config)`` loads the SLA and teams policies first, so a bad policy file stops the
server before it opens its database (``SlaPolicyError`` / ``TeamsPolicyError`` name the key).
``session_info()`` is what the database thread needs of them (the policy files, the mail sender
identity, this node's name for presence, whether to assign automatically).
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session

from app.server import sla
from app.server.callbacks import reminders as repo_reminders
from app.server.config import ServerConfig
from app.server.db.executor import DbExecutor
from app.server.db.schema import Conversation, Customer, Message
from app.server.dispatch.service import DispatchService
from app.server.email import repo as repo_email
from app.server.email.authcheck import DnsResolver
from app.server.email.listener import InboundHandler, KeepFiles, SenderChecks, SmtpListener
from app.server.email.outbound import FolderTransport, MailSender, RelayTransport, Transport
from app.server.incidents import emergency
from app.server.incidents import repo as incidents
from app.server.incidents.repo import Deliver
from app.server.periodic import PeriodicCheck
from app.server.repos import repo_sla
from app.server.repos.repo_events import StoredEvent
from app.server.routing import clock, hooks
from app.server.routing import presence as routing_presence
from app.server.routing.policy import TeamsPolicyFile
from app.server.sla_policy import PolicyFile
from app.server.telegram import repo as telegram_repo
from app.server.telegram.service import KeepFile as KeepTelegramFile
from app.server.telegram.service import TelegramService

log = logging.getLogger(__name__)

DEMO_SMTP_PORT = 2525


def _email_notice(session: Session, conv: Conversation, customer: Customer, m: Message) -> None:
    repo_email.queue_reply(session, conv, customer, m, "", automatic=True)


def _data_dir(db_url: str, temp_dir: Path | None) -> Path | None:
    """Where demo mail goes: beside the SQLite file or in the server's temp dir; None when neither."""
    if temp_dir is not None:
        return temp_dir
    try:
        url = make_url(db_url)
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            return Path(url.database).resolve().parent
    except Exception:
        pass
    return None


class ChannelServices:
    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        self.policy = PolicyFile(config.sla_policy_path)
        self.teams = TeamsPolicyFile(config.teams_policy_path)
        self.node = uuid.uuid4().hex[:12]  # this process's name in agent_presence
        self.dispatch: DispatchService | None = None  # routing's jobs
        self.mail_settings = repo_email.MailSettings(config.mail_from, config.mail_from_name)
        self.smtp_port: int | None = None
        self.mail_folder: Path | None = None
        self._own_mail_dir: Path | None = None  # made here, so removed on stop
        self.listener: SmtpListener | None = None
        self.sender: MailSender | None = None
        self.monitor: PeriodicCheck | None = None  # SLA breaches
        self.callbacks: PeriodicCheck | None = None  # callback reminders
        self.open_sealed: Callable[[str], str] | None = None  # opens sealed mail (identity codes)
        self.keep_mail_files: KeepFiles | None = None  # attachments of inbound mail (email/files.py)
        self.telegram: TelegramService | None = None  # the bot's webhook and sender (telegram/)
        self.keep_telegram_file: KeepTelegramFile | None = None  # files sent to the bot (telegram/files.py)

    def session_info(self) -> dict[str, Any]:
        return {
            sla.POLICY_KEY: self.policy,
            repo_email.SETTINGS_KEY: self.mail_settings,
            clock.TEAMS_KEY: self.teams,
            hooks.AUTO_KEY: self.config.auto_assign,
            routing_presence.NODE_KEY: self.node,
            routing_presence.TTL_KEY: timedelta(seconds=self.config.presence_ttl_seconds),
            emergency.TEAMS_KEY: (self.config.emergency_team, self.config.risk_team),
        }

    async def start(self, db: DbExecutor, engine: Engine, db_url: str, temp_dir: Path | None) -> None:
        cfg = self.config
        self.monitor = PeriodicCheck(db, cfg.sla_check_interval, repo_sla.record_breaches, "sla-monitor")
        await self.monitor.start()
        self.callbacks = PeriodicCheck(
            db, cfg.callback_check_interval, repo_reminders.send_reminders, "callback-monitor"
        )
        await self.callbacks.start()
        self.dispatch = DispatchService(
            db, cfg.routing_interval, cfg.reroute_grace_seconds, cfg.sla_check_interval
        )
        await self.dispatch.start()
        # no token: stops the start here
        self.telegram = TelegramService.from_config(cfg, db, self.keep_telegram_file)
        if self.telegram is not None:
            await self.telegram.start()
        transport = self._transport(db_url, temp_dir)
        if transport is not None:
            self.sender = MailSender(
                db, transport, cfg.mail_from, cfg.mail_retry_delays, cfg.mail_poll_interval, self.open_sealed
            )
            self.sender.start()
        port = (
            cfg.smtp_listen_port
            if cfg.smtp_listen_port is not None
            else (DEMO_SMTP_PORT if cfg.demo else None)
        )
        if port is not None:
            host = "127.0.0.1" if cfg.demo else cfg.smtp_listen_host
            domain = self.mail_settings.domain
            checks = SenderChecks(
                DnsResolver(cfg.dns_servers, cfg.dns_port, cfg.dns_timeout), cfg.trusted_authserv_id
            )
            self.listener = SmtpListener(
                InboundHandler(
                    db, domain, checks, self.keep_mail_files,
                    vip_mailbox=cfg.vip_mailbox, opened=incidents.opened,
                ),
                max_bytes=cfg.smtp_max_message_bytes, hostname=domain,
            )
            try:
                self.smtp_port = await self.listener.start(host, port)
            except OSError:
                if not (cfg.demo and cfg.smtp_listen_port is None):
                    raise
                self.smtp_port = await self.listener.start(host, 0)  # 2525 taken (another demo)
            log.info("SMTP listener on %s:%d", host, self.smtp_port)

    def _transport(self, db_url: str, temp_dir: Path | None) -> Transport | None:
        cfg = self.config
        if cfg.smtp_relay_host:
            return RelayTransport(
                cfg.smtp_relay_host,
                cfg.smtp_relay_port,
                security=cfg.smtp_relay_security,
                username=cfg.smtp_relay_username,
                local_hostname=self.mail_settings.domain,
            )
        if cfg.mail_folder or cfg.demo:
            if cfg.mail_folder:
                base = Path(cfg.mail_folder)
            else:
                data_dir = _data_dir(db_url, temp_dir)
                if data_dir is None:
                    data_dir = self._own_mail_dir = Path(tempfile.mkdtemp(prefix="agentdesk-mail-"))
                base = data_dir / "demo-mail" / "outbox"
            self.mail_folder = base
            log.info("outgoing mail is written to %s", base)
            return FolderTransport(base)
        log.warning("no SMTP relay configured (--smtp-relay): email replies stay queued until there is one")
        return None

    def deliverers(self) -> dict[str, Deliver]:
        """How the server's own message (an incident's) reaches a customer outside the web chat,
        by channel, in the message's transaction (``incidents/handlers.py``)."""
        return {"email": _email_notice, "telegram": telegram_repo.queue}

    def committed(self, events: list[StoredEvent]) -> None:
        """On the loop after each commit: a new message in an email conversation may be a reply to
        send; a presence or conversation change may give a queued conversation its agent."""
        if self.dispatch is not None:
            self.dispatch.committed(events)
        if self.telegram is not None and any(
            ev.name == "message.created" and ev.scope is not None and ev.scope.channel == "telegram"
            for ev in events
        ):
            self.telegram.sender.wake()
        if self.sender is None:
            return
        if any(
            ev.name == "message.created" and ev.scope is not None and ev.scope.channel == "email"
            for ev in events
        ):
            self.sender.wake()

    async def stop(self) -> None:
        for part in (self.listener, self.sender, self.monitor, self.callbacks, self.dispatch, self.telegram):
            if part is not None:
                try:
                    await part.stop()
                except Exception:
                    log.exception("stopping a channel service failed")
        self.listener = self.sender = self.monitor = self.callbacks = None
        self.dispatch = None
        self.telegram = None
        if self._own_mail_dir is not None:
            shutil.rmtree(self._own_mail_dir, ignore_errors=True)
            self._own_mail_dir = None
