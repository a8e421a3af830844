"""The priority lane's alert: distinct, configurable, and it breaks through "away" (Qt-free rules)."""

from __future__ import annotations

from app.core.settings import Settings
from app.policies.attention_policy import AttentionSettings, decide


def _message(vip_tier: int, **prefs: bool) -> object:
    return decide(
        "message",
        window_active=False,
        viewing_conversation=False,
        author_kind="customer",
        vip_tier=vip_tier,
        settings=AttentionSettings(**prefs),
    )


def test_away_silences_regular_customers_but_not_vip() -> None:
    assert not _message(0, away=True).any  # type: ignore[attr-defined]
    vip = _message(5, away=True)
    assert vip.vip and vip.notify and vip.sound and vip.flash  # type: ignore[attr-defined]


def test_the_vip_alert_is_its_own_setting() -> None:
    vip = _message(3, sound=False, notifications=False)
    assert vip.vip and vip.sound and vip.notify  # type: ignore[attr-defined]
    off = _message(3, vip_alert=False, sound=False, away=True)
    assert not off.any  # type: ignore[attr-defined]  # switched off: a VIP is treated like anyone
    regular = _message(0, sound=False)
    assert regular.notify and not regular.sound  # type: ignore[attr-defined]


def test_the_setting_is_saved_with_the_others(tmp_path) -> None:
    from app.core.settings import load_settings, save_settings

    path = tmp_path / "settings.json"
    save_settings(Settings(vip_alert=False), path)
    assert load_settings(path).vip_alert is False
