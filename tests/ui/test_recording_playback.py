"""Screen recordings play in the desk (issue 23): a real MP4 and a real WebM, made here with OpenCV's
FFmpeg encoders, are decoded by Qt's media backend offscreen — their length known after loading,
frames shown; a customer's MP4 opened from the thread plays and is kept sealed in the cache (no
plain copy beside it); the player degrades with a clear sentence when it cannot play (no media
support, a damaged file) and offers the system's player and Save… instead. Words in en and zh."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest

from app.store import AttachmentView, file_cache
from app.ui import i18n
from app.ui.dialogs import video_player
from app.ui.dialogs.video_player import VideoPlayer
from tests.server.attachments.uploads import customer_send, customer_upload
from tests.support.recordings import FPS, FRAMES, recording
from tests.support.server import CustomerClient
from tests.ui.helpers import first_row, open_conversation, until


@pytest.fixture
def server_overrides() -> dict[str, Any]:
    return {"image_check": False}


@pytest.mark.parametrize("suffix", ["mp4", "webm"])
def test_a_real_recording_plays_offscreen(qapp: Any, aio: Any, tmp_path: Path, suffix: str) -> None:
    data = recording(tmp_path, suffix)
    assert video_player.multimedia_installed()

    async def body() -> None:
        player = VideoPlayer(f"screen.{suffix}", "Not checked by the guard")
        try:
            player.show()
            assert not player.play_button.isEnabled() and not player.save_button.isEnabled()
            player.load(data)
            await until(lambda: player.duration_ms, 15, what="the recording's length")
            assert abs((player.duration_ms or 0) - 1000 * FRAMES // FPS) <= 150
            await until(lambda: player.frames >= 3, 15, what="frames on screen")
            assert not player.failed and player.play_button.isEnabled() and player.save_button.isEnabled()
            assert player.time.text().endswith("/ 0:02")
            assert not player.external_button.isVisible()  # it plays here: no plain copy offered
            assert player.caveat.isVisible()
        finally:
            player.close()

    aio(body)


def test_a_damaged_recording_says_so_and_offers_the_system_player(
    qapp: Any, aio: Any, tmp_path: Path
) -> None:
    good = recording(tmp_path, "mp4")
    damaged = good[:64] + bytes(len(good) - 64)  # the header survives, the rest is zeros

    async def body() -> None:
        player = VideoPlayer("screen.mp4")
        try:
            player.show()
            player.load(damaged)
            await until(lambda: player.failed, 15, what="the player's error")
            assert "cannot be played here" in player.status.text()
            assert player.external_button.isVisible() and player.external_button.isEnabled()
            assert player.save_button.isEnabled() and not player.play_button.isEnabled()
        finally:
            player.close()

    aio(body)


def test_without_media_support_the_player_explains_in_both_languages(qapp: Any) -> None:
    try:
        for language, words in (("en", "cannot play recordings"), ("zh-CN", "无法播放录屏")):
            i18n.install(language)
            player = VideoPlayer("screen.webm", playback=False)
            try:
                assert player.player is None and player.failed
                assert words in player.status.text()
                assert player.external_button.isVisibleTo(player)
                player.load(b"\x1a\x45\xdf\xa3 webm")
                assert player.external_button.isEnabled() and player.save_button.isEnabled()
            finally:
                player.close()
        assert video_player.clock(61_000) == "1:01" and video_player.clock(3_725_000) == "1:02:05"
    finally:
        i18n.install("en")


def _file_point(view: Any, row: int) -> QPoint | None:
    rect = view.visualRect(view.model().index(row, 0))
    for y in range(rect.top(), rect.bottom(), 4):
        for x in range(rect.left(), rect.right(), 6):
            if view.file_at(QPoint(x, y)) is not None:
                return QPoint(x + 2, y + 2)
    return None


def test_a_customers_recording_plays_from_the_thread_and_stays_sealed(
    open_desk: Any, server: Any, aio: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = recording(tmp_path, "mp4")

    async def body() -> None:
        window = await open_desk("alice")
        row = first_row(window, vip_tier=0, channel="chat")
        customer = await CustomerClient.connect(server.ws_url, server.mint_customer_token(row.customer_uid))
        await customer.sync(customer.welcome["head"])
        done = await customer_upload(customer, data, "withdrawal stuck.mp4")
        assert done["type"] == "upload_done", done
        fid = done["attachment"]["id"]
        await customer_send(customer, "here is a recording", [fid])
        await open_conversation(window, row.conversation_id)
        pane = window.conversation
        model, view = pane.thread_model, pane.thread_view

        def row_of_file() -> int | None:
            return next((i for i, it in enumerate(model.items()) if any(f.id == fid for f in it.files)), None)

        r = await until(row_of_file, 15, what="the recording in the thread")
        [shown] = [f for f in model.items()[r].files if f.id == fid]
        assert isinstance(shown, AttachmentView) and shown.is_video and shown.content_type == "video/mp4"
        view.scrollTo(model.index(r, 0))
        point = await until(lambda: _file_point(view, r), what="the recording's line on screen")
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
        controller = window.conversation_controller.attachments
        player = await until(lambda: controller.players and controller.players[-1], what="the player")
        assert "not checked" in player.caveat.text().lower()
        await until(lambda: player.duration_ms, 20, what="the recording's length in the desk")
        await until(lambda: player.frames >= 3, 20, what="the recording playing")
        # the system player's way (offered where the desk cannot play): a copy in a private folder,
        # handed to the OS (recorded here instead of launching a player), removed with the window
        handed: list[Path] = []
        monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: handed.append(Path(url.toLocalFile())))
        controller.open_external(shown, player)
        await until(lambda: handed, 15, what="the copy handed to the system player")
        assert handed[0].read_bytes()[4:8] == b"ftyp" and handed[0].name == shown.filename
        player.close()
        await until(lambda: not handed[0].parent.exists(), what="the copy removed with the window")
        folder = file_cache.folder_of(Path(window.desk.store.path))
        kept = {p.name for p in folder.glob("*")}
        assert f"{fid}-file.sealed" in kept
        sealed = (folder / f"{fid}-file.sealed").read_bytes()
        assert data[4:12] not in sealed  # the MP4's 'ftyp' header is not readable on disk
        await customer.close()

    aio(body)
