"""The session's logic as a pure state machine (Sans-I/O, like websockets' ``protocol.py``).

Inputs are method calls — the app started, a connection opened or failed, a frame arrived, the
snapshot was stored, the retry timer fired, the agent signed in or out. Each returns the
*actions* the driver (:mod:`app.client.session`) must carry out: open a connection, send a frame,
take a snapshot, apply an event, store or forget the token, schedule a retry, deliver the outbox,
publish a new :class:`~app.client.state.SessionState`. No sockets, no tasks, no clock of its own:
tests drive it with plain calls.

The sequence on every connection: ``auth`` (stored token) or ``login`` (password) → ``welcome`` →
``inbox.snapshot`` if the cache has none (or the server said ``resync``) → ``sync`` from the last
applied seq → events replayed → ``synced``: online → ``subscription.set`` (when the session takes
inbox summaries: full events for the open conversations, ``summary`` frames for the rest). A
refused token (4401) with no password at hand means the agent must sign in again; any other loss
retries with backoff.

While the session takes summaries, an event (of an open conversation) is applied without moving
the seq the next ``sync`` starts from; a ``summary`` moves it to its ``head`` (everything before it
has arrived, in full or summarised).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from app.client.secret import Secret
from app.client.state import Backoff, ConnectionStatus, SessionState
from app.protocol.errors import CloseCode
from app.protocol.frames import (
    AgentClientFrame,
    Auth,
    Error,
    Event,
    Login,
    LoginOidc,
    Res,
    Resync,
    ServerToAgentFrame,
    Signal,
    Summary,
    Sync,
    Synced,
    Welcome,
)
from app.protocol.types import AgentInfo


# --- actions ----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Connect:
    """Open a WebSocket to the server."""


@dataclass(frozen=True, slots=True)
class Send:
    frame: AgentClientFrame


@dataclass(frozen=True, slots=True)
class Disconnect:
    code: int = CloseCode.NORMAL


@dataclass(frozen=True, slots=True)
class TakeSnapshot:
    """Fetch ``inbox.snapshot`` (all pages), store it, then call ``snapshot_done(head)``."""


@dataclass(frozen=True, slots=True)
class ApplyEvent:
    event: Event
    resume: bool = True  # False: applied, but the next sync still starts from the last summary


@dataclass(frozen=True, slots=True)
class ApplySummary:
    summary: Summary


@dataclass(frozen=True, slots=True)
class Subscribe:
    """Call ``subscription.set`` with the open conversations and ``inbox: "summaries"``."""


@dataclass(frozen=True, slots=True)
class ResolveResponse:
    res: Res


@dataclass(frozen=True, slots=True)
class FailRequests:
    code: str


@dataclass(frozen=True, slots=True)
class ScheduleRetry:
    delay: float


@dataclass(frozen=True, slots=True)
class CancelRetry:
    pass


@dataclass(frozen=True, slots=True)
class StoreToken:
    token: Secret
    username: str
    remember: bool


@dataclass(frozen=True, slots=True)
class ForgetToken:
    username: str


@dataclass(frozen=True, slots=True)
class DeliverOutbox:
    pass


@dataclass(frozen=True, slots=True)
class ForwardSignal:
    signal: Signal


@dataclass(frozen=True, slots=True)
class LoginResult:
    """Answer a pending ``Session.login``: the agent, or the error code."""

    agent: AgentInfo | None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class RenewToken:
    """Call ``session.renew`` and feed the new token to ``token_renewed``."""


@dataclass(frozen=True, slots=True)
class StateChanged:
    state: SessionState


Action = (
    Connect | Send | Disconnect | TakeSnapshot | ApplyEvent | ApplySummary | Subscribe | ResolveResponse
    | FailRequests
    | ScheduleRetry | CancelRetry | StoreToken | ForgetToken | DeliverOutbox | ForwardSignal
    | LoginResult | RenewToken | StateChanged
)

#: Connection failures that waiting cannot fix (a setting must change): no automatic retry.
NOT_RETRIED = frozenset({"insecure_transport", "ca_file_invalid"})

#: Renew the token this often while online (the server's tokens live days; renewing well before
#: expiry keeps a desk that stays open for a week signed in).
RENEW_EVERY = 12 * 3600.0


class SessionMachine:
    """Decides; never does. See the module docstring for the sequence."""

    def __init__(
        self, *, backoff: Backoff | None = None, clock: Callable[[], float], summaries: bool = False
    ) -> None:
        self._backoff = backoff or Backoff()
        self.summaries = summaries  # take inbox summaries once synced (SessionConfig.inbox_summaries)
        self.summarising = False  # this connection asked for them
        self._clock = clock
        self.state = SessionState(status=ConnectionStatus.OFFLINE)
        self.username: str | None = None
        self._token: Secret | None = None
        self._password: Secret | None = None  # or, with _oidc, the identity provider's ID token
        self._oidc = False
        self._remember = True
        self._login_pending = False
        self._auth_refused = False
        self._reconnect_at_once = False
        self._auth_error: str | None = None
        self._renewed_at: float | None = None
        self.connected = False
        self.authenticated = False
        self.stopped = True
        self.last_seq = 0
        self.snapshot_needed = True
        self.attempt = 0

    def __repr__(self) -> str:  # the token and the password never appear
        return f"SessionMachine(state={self.state!r}, username={self.username!r})"

    # --- helpers ------------------------------------------------------------------------------
    def _set(self, **changes: Any) -> list[Action]:  # SessionState fields
        new = replace(self.state, **changes)
        if new == self.state:
            return []
        self.state = new
        return [StateChanged(new)]

    def _hello(self) -> Auth | Login | LoginOidc | None:
        if self._password is not None and self.username and self._oidc:
            return LoginOidc(username=self.username, id_token=self._password.reveal())
        if self._password is not None and self.username:
            return Login(username=self.username, password=self._password.reveal())
        if self._token is not None:
            return Auth(token=self._token.reveal())
        return None

    # --- inputs -------------------------------------------------------------------------------
    def start(self, *, username: str | None, token: Secret | None, last_seq: int,
              snapshot_taken: bool) -> list[Action]:
        """The app opened: connect with the stored token, or ask the agent to sign in."""
        self.stopped = False
        self.username, self._token = username, token
        self.last_seq, self.snapshot_needed = last_seq, not snapshot_taken
        if token is None or not username:
            return self._set(status=ConnectionStatus.RELOGIN_NEEDED, retry_at=None)
        return [*self._set(status=ConnectionStatus.CONNECTING, retry_at=None), Connect()]

    def login(self, username: str, password: Secret, *, remember: bool, oidc: bool = False) -> list[Action]:
        """The agent typed a password (or, ``oidc``, signed in with the identity provider and
        ``password`` is the ID token): (re)connect and log in with it."""
        self.stopped = False
        if username != self.username:
            self._token = None
        self.username, self._password, self._remember = username, password, remember
        self._oidc = oidc
        self._login_pending = True
        actions: list[Action] = [CancelRetry()]
        actions += self._set(status=ConnectionStatus.CONNECTING, retry_at=None, error=None)
        if self.connected:
            self._reconnect_at_once = True
            return [*actions, Disconnect()]
        return [*actions, Connect()]

    def connection_opened(self, *, last_seq: int) -> list[Action]:
        """``last_seq``: what the cache has really applied (the sync resumes after it)."""
        self.connected, self.authenticated, self._auth_refused = True, False, False
        self.summarising = False
        self.last_seq = last_seq
        hello = self._hello()
        if hello is None:
            return [Disconnect(), *self._set(status=ConnectionStatus.RELOGIN_NEEDED, retry_at=None)]
        return [Send(hello)]

    def require_snapshot(self) -> None:
        """The cache was reset (another agent's cache, or cleared): take a snapshot first."""
        self.snapshot_needed, self.last_seq = True, 0

    def frame_received(self, frame: ServerToAgentFrame) -> list[Action]:
        if isinstance(frame, Welcome):
            return self._welcome(frame)
        if isinstance(frame, Error):
            if not self.authenticated and frame.code in ("unauthorized", "rate_limited"):
                self._auth_refused, self._auth_error = True, frame.code
            return []
        if not self.authenticated:
            return []  # nothing else is valid before welcome; the server closes such sessions
        if isinstance(frame, Event):
            if frame.seq <= self.last_seq:
                return []  # replayed twice (or across a resync): applying again changes nothing
            self.last_seq = frame.seq
            return [ApplyEvent(frame, resume=not self.summarising)]
        if isinstance(frame, Summary):
            self.last_seq = max(self.last_seq, frame.head)
            return [ApplySummary(frame)]
        if isinstance(frame, Res):
            return [ResolveResponse(frame)]
        if isinstance(frame, Synced):
            self.attempt = 0
            actions = [*self._set(status=ConnectionStatus.ONLINE, retry_at=None, error=None), DeliverOutbox()]
            if self.summaries and not self.summarising:
                self.summarising = True  # from now on (the request is on its way), events do not resume
                actions.append(Subscribe())
            return actions + self.tick()
        if isinstance(frame, Resync):
            self.snapshot_needed = True
            return [*self._set(status=ConnectionStatus.CONNECTING), TakeSnapshot()]
        return [ForwardSignal(frame)]  # the one frame left: a colleague's signal

    def _welcome(self, frame: Welcome) -> list[Action]:
        self.authenticated, self._auth_error = True, None
        self.username = frame.agent.username
        actions: list[Action] = []
        if frame.token:
            self._token, self._renewed_at = Secret(frame.token), self._clock()
            actions.append(StoreToken(self._token, frame.agent.username, self._remember))
        self._password = None  # not kept beyond the login it was typed for
        if self._login_pending:
            self._login_pending = False
            actions.append(LoginResult(frame.agent))
        actions += self._set(agent=frame.agent, error=None)
        if self.snapshot_needed:
            return [*actions, TakeSnapshot()]
        return [*actions, Send(Sync(since=self.last_seq))]

    def snapshot_done(self, head: int) -> list[Action]:
        self.snapshot_needed, self.last_seq = False, head
        if not self.connected:
            return []
        return [Send(Sync(since=head))]

    def connection_failed(self, reason: str) -> list[Action]:
        """Opening the connection failed (``unreachable``, ``timeout``, ``protocol_error``, or a
        transport refusal: ``insecure_transport``, ``certificate_invalid``, ``ca_file_invalid``)."""
        return self.connection_lost(None, reason)

    def subscription_refused(self) -> None:
        """The server does not know ``subscription.set`` (an older one): every event comes in full."""
        self.summarising = False

    def connection_lost(self, code: int | None, reason: str) -> list[Action]:
        was_connected, self.connected, self.authenticated = self.connected, False, False
        self.summarising = False
        actions: list[Action] = [FailRequests("connection_lost")] if was_connected else []
        if self.stopped:
            return actions
        if code == CloseCode.UNAUTHORIZED or self._auth_refused:
            return actions + self._refused()
        if self._reconnect_at_once:  # closed on purpose to log in anew
            self._reconnect_at_once = False
            return actions + self._set(status=ConnectionStatus.CONNECTING) + [Connect()]
        if self._login_pending:
            # a sign-in that cannot reach the server: say so, and keep trying with the token if any
            self._login_pending, self._password = False, None
            actions.append(LoginResult(None, reason))
            if self._token is None:
                return actions + self._set(status=ConnectionStatus.RELOGIN_NEEDED, retry_at=None,
                                           error=reason)
        if self._token is None:
            return actions + self._set(status=ConnectionStatus.RELOGIN_NEEDED, retry_at=None)
        if reason in NOT_RETRIED:  # "Reconnect" (after fixing the address) tries again
            return actions + self._set(status=ConnectionStatus.OFFLINE, retry_at=None, error=reason)
        if code == CloseCode.SESSION_REPLACED:
            # signed in elsewhere: reconnecting would throw the other desk out in turn
            return actions + self._set(status=ConnectionStatus.OFFLINE, retry_at=None,
                                       error="session_replaced")
        self.attempt += 1
        delay = self._backoff.delay(self.attempt)
        actions += self._set(status=ConnectionStatus.OFFLINE, retry_at=self._clock() + delay, error=reason)
        return [*actions, ScheduleRetry(delay)]

    def _refused(self) -> list[Action]:
        actions: list[Action] = []
        if self._login_pending:
            # a locked-out sign-in says so (rate_limited); anything else is a wrong password
            code = self._auth_error if self._auth_error == "rate_limited" else "bad_credentials"
            self._login_pending, self._password = False, None
            actions.append(LoginResult(None, code))
        else:
            code = "unauthorized"  # the stored token expired or was revoked
            if self.username:
                actions.append(ForgetToken(self.username))
            self._token = None
        self._reconnect_at_once = False
        return actions + self._set(status=ConnectionStatus.RELOGIN_NEEDED, retry_at=None, error=code)

    def retry_due(self) -> list[Action]:
        if self.stopped or self.connected or self.state.status is not ConnectionStatus.OFFLINE:
            return []
        return [*self._set(status=ConnectionStatus.CONNECTING, retry_at=None), Connect()]

    def reconnect_now(self) -> list[Action]:
        """The agent clicked "Reconnect": skip the rest of the wait."""
        if self.stopped or self.connected or self._token is None:
            return []
        return [CancelRetry(), *self._set(status=ConnectionStatus.CONNECTING, retry_at=None), Connect()]

    def tick(self) -> list[Action]:
        """Called periodically (and when synced): renew the token when it is due."""
        if self.state.status is not ConnectionStatus.ONLINE or self._token is None:
            return []
        if self._renewed_at is not None and self._clock() - self._renewed_at < RENEW_EVERY:
            return []
        self._renewed_at = self._clock()  # one attempt per period, also if it fails
        return [RenewToken()]

    def token_renewed(self, token: Secret) -> list[Action]:
        self._token = token
        return [StoreToken(token, self.username, self._remember)] if self.username else []

    def outbox_size(self, queued: int) -> list[Action]:
        return self._set(queued=queued)

    def logout(self) -> list[Action]:
        """Signed out (the driver revoked the token first): forget it, close, ask to sign in."""
        actions: list[Action] = [CancelRetry()]
        if self.username:
            actions.append(ForgetToken(self.username))
        self._token, self._password, self._login_pending = None, None, False
        if self.connected:
            actions.append(Disconnect())
        return actions + self._set(status=ConnectionStatus.RELOGIN_NEEDED, retry_at=None, error=None,
                                   agent=None)

    def stop(self) -> list[Action]:
        self.stopped = True
        actions: list[Action] = [CancelRetry()]
        if self.connected:
            actions.append(Disconnect())
        return actions + self._set(status=ConnectionStatus.OFFLINE, retry_at=None)
