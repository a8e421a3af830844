"""The exchange integration's parts of a running server, built once in ``ChatServer.start``: the
webhook (``hooks``), the OIDC sign-in's nonce endpoint (``oidc``) and ``/metrics``, and the HTTP
routes they answer (served by ``http_requests``: one registration line in ``app.py``)."""

from __future__ import annotations

from dataclasses import dataclass

from app.server.config import ServerConfig
from app.server.context import ServerContext
from app.server.hooks import endpoint as hooks
from app.server.hooks.keys import webhook_key
from app.server.http_requests import Handler, HttpAnswer, HttpRequest, Routes
from app.server.oidc import endpoint as oidc
from app.server.oidc.config import OidcConfig, load_oidc
from app.server.provider import settings as provider_settings


def check(config: ServerConfig) -> None:
    """Fail at start, naming the flag, for a bad provider, webhook key or OIDC file."""
    provider_settings.from_config(config)
    webhook_key(config)
    load_oidc(config.oidc_config_path)


@dataclass
class Integration:
    hook: hooks.ExchangeHook
    oidc: oidc.OidcEndpoint | None

    def routes(self) -> Routes:
        found: dict[tuple[str, str], Handler] = {
            ("POST", hooks.PATH): self.hook,
            ("GET", "/metrics"): self.metrics,
        }
        if self.oidc is not None:
            found[("GET", oidc.PATH)] = self.oidc
        return found

    async def metrics(self, request: HttpRequest) -> HttpAnswer:
        """Prometheus text: refused webhooks by reason, events by outcome, the context source, the
        event bus's cross-node stages (``bus/stats.py``)."""
        lines = ["# TYPE agentdesk_webhook_refused_total counter"]
        for reason in ("missing", "malformed", "stale", "signature", "invalid"):
            lines.append(f'agentdesk_webhook_refused_total{{reason="{reason}"}} {self.hook.refused[reason]}')
        lines.append("# TYPE agentdesk_webhook_events_total counter")
        for outcome in ("applied", "duplicate", "unknown_customer"):
            count = self.hook.outcomes[outcome]
            lines.append(f'agentdesk_webhook_events_total{{outcome="{outcome}"}} {count}')
        source = self.hook.ctx.customer_source
        if source is not None:
            provider = source.provider
            lines.append(
                f'agentdesk_context_unavailable_total{{provider="{provider.name}"}} '
                f"{source.unavailable_answers}"
            )
            lines.append(
                f'agentdesk_context_stale_total{{provider="{provider.name}"}} {source.stale_answers}'
            )
            breaker = getattr(provider, "breaker", None)
            if breaker is not None:
                lines.append(
                    f'agentdesk_context_circuit_open{{provider="{provider.name}"}} '
                    f"{0 if breaker.state == 'closed' else 1}"
                )
        lines += self.hook.ctx.bus.metrics()
        lines += fanout_metrics(self.hook.ctx)
        return HttpAnswer(200, ("\n".join(lines) + "\n").encode(), "text/plain; version=0.0.4")


def fanout_metrics(ctx: ServerContext) -> list[str]:
    """Fan-out (docs/server.md "Fan-out"): frames and transport writes to every connection, summary
    frames and rounds, and the interval the summary window waits now (it stretches on a busy floor)."""
    flusher, window = ctx.flusher, ctx.hub.window
    return [
        "# TYPE agentdesk_frames_written_total counter",
        f"agentdesk_frames_written_total {flusher.frames_written}",
        "# TYPE agentdesk_socket_writes_total counter",
        f"agentdesk_socket_writes_total {flusher.writes}",
        "# TYPE agentdesk_summary_frames_total counter",
        f"agentdesk_summary_frames_total {window.frames_sent}",
        "# TYPE agentdesk_summary_rounds_total counter",
        f"agentdesk_summary_rounds_total {window.rounds}",
        "# TYPE agentdesk_summary_skipped_total counter",
        f"agentdesk_summary_skipped_total {window.skipped}",
        "# TYPE agentdesk_summary_interval_ms gauge",
        f"agentdesk_summary_interval_ms {round(window.current_interval * 1000)}",
    ]


def build(ctx: ServerContext, oidc_config: OidcConfig | None) -> Integration:
    source = ctx.customer_source
    on_applied = source.invalidate if source is not None else lambda _uid: None
    hook = hooks.ExchangeHook(ctx, webhook_key(ctx.config), on_applied=on_applied)
    return Integration(hook=hook, oidc=oidc.OidcEndpoint(oidc_config) if oidc_config is not None else None)
