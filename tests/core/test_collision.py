"""The collision model: who else views the open conversation and who of them types (no window)."""

from __future__ import annotations

from app.core.collision import PEER_TTL, Collision, CollisionState
from app.protocol.signals import PeerTyping, PeerViewing


def _model(now: list[float]) -> tuple[Collision, list[CollisionState]]:
    model = Collision(lambda: "alice", clock=lambda: now[0])
    seen: list[CollisionState] = []
    model.changed.connect(seen.append)
    return model, seen


def test_a_colleague_views_then_types_then_leaves() -> None:
    now = [100.0]
    model, seen = _model(now)
    model.open(7)
    model.receive(PeerViewing(7, "bob", "Bob"))
    assert model.state == CollisionState(viewing=("Bob",), typing=())
    model.receive(PeerTyping(conversation_id=7, active=True, agent="bob", display_name="Bob"))
    assert model.state == CollisionState(viewing=("Bob",), typing=("Bob",))
    model.receive(PeerViewing(None, "bob", "Bob"))  # bob closed the conversation
    assert model.state == CollisionState()
    assert seen[-1] == CollisionState() and len(seen) == 4  # open, view, type, leave


def test_typing_elsewhere_my_own_signals_and_the_customer_are_not_collisions() -> None:
    model, seen = _model([0.0])
    model.open(7)
    model.receive(PeerTyping(conversation_id=8, active=True, agent="bob", display_name="Bob"))
    model.receive(PeerViewing(7, "alice", "Alice"))  # my other desk
    model.receive(PeerTyping(conversation_id=7, active=True, who="customer"))
    assert model.state == CollisionState() and seen == [CollisionState()]


def test_typing_expires_without_a_refresh_and_opening_another_conversation_forgets_peers() -> None:
    now = [0.0]
    model, seen = _model(now)
    model.open(7)
    model.receive(PeerTyping(conversation_id=7, active=True, agent="bob", display_name="Bob"))
    now[0] = PEER_TTL - 1
    model.expire()
    assert model.state.typing == ("Bob",)  # still fresh
    now[0] = PEER_TTL + 1
    model.expire()
    assert model.state == CollisionState(viewing=("Bob",), typing=())
    model.open(8)
    assert model.state == CollisionState() and model.conversation_id == 8
    assert seen[-1] == CollisionState()


def test_a_colleague_without_a_display_name_is_shown_by_username() -> None:
    model, _ = _model([0.0])
    model.open(3)
    model.receive(PeerViewing(3, "victor", ""))
    assert model.state.viewing == ("victor",)
