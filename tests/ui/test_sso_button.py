""""Sign in with <company>" in the login dialog: shown when the server offers an identity provider,
hidden when it does not; a failed browser sign-in shows a clear, translated error in the dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.core.app import DeskApp
from app.core.settings import Settings
from app.ui.async_bridge import AsyncBridge
from app.ui.dialogs.login_dialog import LoginDialog
from app.ui.dialogs.sso_button import SsoButton
from app.ui.sso_controller import SsoController
from tests.ui.helpers import until


@pytest.fixture
def server_overrides(tmp_path: Path) -> dict[str, Any]:
    path = tmp_path / "oidc.toml"
    path.write_text(
        '[oidc]\nissuer = "http://127.0.0.1:9"\nclient_id = "agentdesk"\ndisplay_name = "Example Exchange"\n'
        '[oidc.roles]\n"support-agents" = "agent"\n',
        encoding="utf-8",
    )
    return {"oidc_config_path": str(path)}


def test_the_button_follows_the_servers_offer(server: Any, aio: Any, tmp_path: Path, qapp: Any) -> None:
    async def body() -> None:
        core = DeskApp(Settings(), tmp_path / "settings.json")
        dialog = LoginDialog(server.ws_url, "")
        button = SsoButton()
        dialog.add_option(button)
        accepted: list[object] = []
        controller = SsoController(core, AsyncBridge(), dialog, button, accepted.append)
        dialog.show()
        await until(lambda: button.isVisible(), what="the button")
        assert button.text() == "Sign in with Example Exchange"
        # The identity provider is unreachable (nothing listens on port 9): a clear error, no crash.
        button.click()
        await until(lambda: dialog.error.isVisible(), what="the error")
        assert dialog.error.text() == "The identity provider cannot be reached."
        assert button.isEnabled() and accepted == []
        # Another server without an identity provider: the button goes away.
        dialog.server.setText("ws://127.0.0.1:1")
        controller.check()
        await until(lambda: button.isHidden(), what="hidden")
        dialog.close()
        await core.shutdown()

    aio(body)
