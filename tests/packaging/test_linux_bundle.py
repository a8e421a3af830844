"""The Linux one-folder bundle, built here from the checkout, starts and shows a loaded inbox.

The end-to-end proof of the packaging: ``packaging/build.py`` builds the bundle into a temp folder
(once per test session: the build is the slow part), then the tests run the *bundle* -- not the
checkout -- offscreen with a throw-away ``AGENTDESK_HOME``: ``--version``, ``--demo-server URL --smoke``
(a JSON line with the inbox shown and the connection online) and ``--demo-server URL --screenshot``
against a demo server started from the checkout (the bundle carries no server: ``--demo`` from the
bundle says so); and they look inside it for what the app loads at run time (translations, themes,
the guard's wordlists, the keyring backends) and for what it must not carry (the server, the demo).
"""

from __future__ import annotations

import json
import marshal
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT_S = 900
RUN_TIMEOUT_S = 180

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(BUILD_TIMEOUT_S + 2 * RUN_TIMEOUT_S),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle is built on Linux"),
]


@dataclass(frozen=True)
class Bundle:
    folder: Path  # dist/AgentDesk
    executable: Path  # dist/AgentDesk/AgentDesk
    internal: Path  # dist/AgentDesk/_internal (sys._MEIPASS)
    build_seconds: float


@pytest.fixture(scope="session")
def bundle(build_script: ModuleType) -> Iterator[Bundle]:
    """One build per test session, removed afterwards (it is ~200 MB)."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("PyInstaller is required in CI (the dev extra installs it)")
        pytest.skip("PyInstaller is not installed (pip install pyinstaller)")
    base = Path(tempfile.mkdtemp(prefix="agentdesk-bundle-"))
    dist, work = base / "dist", base / "work"
    started = time.perf_counter()
    out = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--no-installer",
         "--distpath", str(dist), "--workpath", str(work)],
        cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S,
    )
    seconds = time.perf_counter() - started
    try:
        assert out.returncode == 0, f"build failed:\n{out.stdout[-4000:]}\n{out.stderr[-4000:]}"
        folder = dist / build_script.APP_NAME
        yield Bundle(folder, build_script.bundle_executable(dist), folder / "_internal", seconds)
    finally:
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="module")
def demo_url(build_script: ModuleType) -> Iterator[str]:
    """``python -m app.demo`` from the checkout: the bundle signs in to it with --demo-server."""
    with build_script.demo_server() as url:
        yield url


@pytest.fixture
def home() -> Iterator[str]:
    with tempfile.TemporaryDirectory(prefix="agentdesk-home-") as folder:
        yield folder


def _env(home: str) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "AGENTDESK_HOME": home}
    env.pop("PYTHONPATH", None)  # the bundle must not fall back on the checkout
    return env


def _last_json(stdout: str) -> dict[str, object]:
    for line in reversed(stdout.splitlines()):
        line = line.strip()
        if line.startswith("{"):
            value = json.loads(line)
            assert isinstance(value, dict)
            return value
    raise AssertionError(f"no JSON line in the output:\n{stdout[-2000:]}")


def test_version_from_the_bundle(bundle: Bundle, home: str, build_script: ModuleType) -> None:
    out = subprocess.run([str(bundle.executable), "--version"], capture_output=True, text=True,
                         env=_env(home), timeout=RUN_TIMEOUT_S)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"{build_script.APP_NAME} {build_script.VERSION}"


def test_smoke_shows_a_loaded_online_inbox(
    bundle: Bundle, home: str, build_script: ModuleType, demo_url: str
) -> None:
    run = build_script.launch(bundle.executable, ["--demo-server", demo_url, "--smoke"], _env(home),
                              timeout=RUN_TIMEOUT_S)
    assert run.returncode == 0, run.stderr_tail
    assert run.result is not None, f"no JSON line; stderr:\n{run.stderr_tail}"
    assert isinstance(run.result.get("conversations_shown"), int) and run.result["conversations_shown"] > 0
    assert run.result.get("connection") == "online"
    assert run.result.get("version", build_script.VERSION) == build_script.VERSION
    size_mb = build_script.tree_size(bundle.folder) / 1e6
    print(f"\nLinux bundle: {size_mb:.0f} MB, built in {bundle.build_seconds:.0f} s, "
          f"first start to --smoke JSON {run.seconds_to_json:.2f} s; smoke {json.dumps(run.result)}")


def test_self_check_from_the_bundle_uses_the_secret_service_and_the_system_cas(
    bundle: Bundle, home: str, build_script: ModuleType
) -> None:
    """What the release smoke runs on every OS: the bundle itself writes, reads and deletes a
    keyring entry (here the real Secret Service: gnome-keyring in tasks.py's D-Bus session) and
    counts the CAs it trusts. The second run plays an agent's machine where the bundled OpenSSL's
    compiled-in CA path does not exist: the distribution's bundle is found all the same."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        reason = "no D-Bus session (run the suite with python3 tasks.py test)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    missing_paths = {"SSL_CERT_FILE": "/nonexistent/build-runner/cert.pem", "SSL_CERT_DIR": "/nonexistent"}
    for extra in ({}, missing_paths):
        run = build_script.launch(bundle.executable, ["--self-check"], {**_env(home), **extra},
                                  timeout=RUN_TIMEOUT_S)
        assert build_script.self_check_problems(run.result, run.returncode) == [], run.stderr_tail
        assert run.result is not None
        assert run.result["keyring_backend"] == "keyring.backends.SecretService.Keyring"
        assert run.result["frozen"] is True and run.result["trusted_cas"] > 0
    print(f"\nbundle --self-check: {json.dumps(run.result)}")


def test_screenshot_from_the_bundle(bundle: Bundle, home: str, tmp_path: Path, demo_url: str) -> None:
    png = tmp_path / "bundle.png"
    out = subprocess.run([str(bundle.executable), "--demo-server", demo_url, "--as", "vera", "--screenshot",
                          str(png)], capture_output=True, text=True, env=_env(home), timeout=RUN_TIMEOUT_S)
    assert out.returncode == 0, out.stderr[-2000:]
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert width >= 400 and height >= 300, (width, height)


def test_run_time_files_are_inside_the_bundle(bundle: Bundle, manifest: ModuleType) -> None:
    inside = bundle.internal
    missing = [rel.as_posix() for rel in manifest.resource_files() if not (inside / rel).is_file()]
    assert not missing, f"manifest files missing from the bundle: {missing}"
    assert list((inside / "resources" / "i18n").glob("*.qm")), "no .qm translation in the bundle"
    assert list((inside / "resources" / "themes").glob("*.qss"))
    assert not (inside / "app" / "server").exists() and not (inside / "app" / "demo").exists()
    assert (inside / "mnemonic" / "wordlist" / "english.txt").is_file()  # the guard's seed detector
    assert (inside / "PySide6" / "Qt" / "translations" / "qtbase_zh_CN.qm").is_file()
    assert not list((inside / "PySide6" / "Qt" / "translations").glob("qtbase_de.qm"))  # trimmed
    assert list(inside.glob("keyring-*.dist-info/entry_points.txt")), "keyring finds backends via metadata"
    assert not list(inside.glob("**/resources/i18n/*.ts")), "translation sources are not shipped"


def test_translations_in_the_bundle_load(bundle: Bundle) -> None:
    """The bundled .qm catalogues are the checkout's and Qt loads them with messages in them."""
    from PySide6.QtCore import QTranslator

    shipped = sorted((ROOT / "resources" / "i18n").glob("*.qm"))
    assert shipped, "resources/i18n has no compiled .qm (pyside6-lrelease)"
    for source in shipped:
        bundled = bundle.internal / "resources" / "i18n" / source.name
        assert bundled.read_bytes() == source.read_bytes()
        translator = QTranslator()
        assert translator.load(str(bundled)), bundled
        assert not translator.isEmpty(), f"{source.name} has no translations in it"


def test_keyring_backends_and_the_app_are_in_the_archive(bundle: Bundle, manifest: ModuleType) -> None:
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(bundle.executable))
    modules = set(archive.open_embedded_archive("PYZ.pyz").toc)
    wanted = (*manifest.keyring_hidden_imports("linux"), "keyring.backends", "app.main", "app.ui.resources")
    for name in wanted:
        assert name in modules, f"{name} is not in the bundle"
    assert not any(m.startswith(("pytest", "hypothesis", "selenium", "tkinter")) for m in modules)


def test_the_bundle_carries_no_server_and_no_demo(bundle: Bundle, manifest: ModuleType) -> None:
    """The PyInstaller table of contents (the PYZ archive and the bundle's files) has no module of
    the reference server or the demo: the desk talks to a server, it is not one."""
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(bundle.executable))
    modules = set(archive.open_embedded_archive("PYZ.pyz").toc)
    assert "app.ui.main_window" in modules and "app.core.app" in modules and "app.client.session" in modules
    server = sorted(m for m in modules if not manifest.is_desk_module(m))
    assert not server, f"server or demo modules in the desktop bundle: {server[:10]}"
    files = [p.relative_to(bundle.internal).as_posix() for p in bundle.internal.rglob("*")]
    assert not [f for f in files if f.startswith(("app/server", "app/demo"))]


def test_demo_from_the_bundle_says_it_has_no_demo_server(bundle: Bundle, home: str) -> None:
    out = subprocess.run([str(bundle.executable), "--demo", "--smoke"], capture_output=True, text=True,
                         env=_env(home), timeout=RUN_TIMEOUT_S)
    assert out.returncode == 2
    assert "--demo-server" in out.stderr and "agentdesk-server --demo" in out.stderr


# Runs in a bare interpreter (-I -S: no site-packages, no checkout) that imports third-party code only
# from the bundle: modules from its PYZ archive (as PyInstaller's frozen importer does, with the same
# __file__ and package paths), extension modules and metadata from _internal.
_BUNDLE_IMPORTER = r"""
import importlib.abc, importlib.machinery, json, marshal, os, sys
table_file, internal = sys.argv[1], sys.argv[2]
with open(table_file, "rb") as fh:
    table = marshal.load(fh)
sys.path.insert(0, internal)

class FromBundle(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, name, path=None, target=None):
        if name not in table:
            return None
        kind = table[name][0]  # 0 module, 1 package, 3 namespace package (PyInstaller's PYZ codes)
        is_package = kind != 0
        where = os.path.join(internal, *name.split("."))
        origin = os.path.join(where, "__init__.pyc") if is_package else where + ".pyc"
        spec = importlib.machinery.ModuleSpec(name, None if kind == 3 else self, is_package=is_package,
                                              origin=None if kind == 3 else origin)
        if is_package:
            spec.submodule_search_locations = [where]
        spec.has_location = kind != 3
        return spec

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(marshal.loads(table[module.__name__][1]), module.__dict__)

sys.meta_path.insert(0, FromBundle())
import keyring.backend, keyring.backends.SecretService, secretstorage, jeepney
from app.guard import wordlists
keyring.backend._load_plugins()
Backend = keyring.backend.KeyringBackend
print(json.dumps({
    "backends": sorted(f"{c.__module__}.{c.__name__}" for c in Backend._classes),
    "viable": sorted(f"{c.__module__}.{c.__name__}" for c in Backend.get_viable_backends()),
    "secretstorage_from": secretstorage.__file__,
    "bip39_words": len(wordlists.english_words()),
}))
"""


def test_keyring_secret_service_imports_from_the_bundle(bundle: Bundle, tmp_path: Path) -> None:
    """keyring, its Secret Service backend and its dependencies load from the bundle alone."""
    from PyInstaller.archive.readers import CArchiveReader

    pyz = CArchiveReader(str(bundle.executable)).open_embedded_archive("PYZ.pyz")
    table = {name: (entry[0], pyz.extract(name, raw=True)) for name, entry in pyz.toc.items()}
    table_file = tmp_path / "pyz.marshal"
    table_file.write_bytes(marshal.dumps(table))  # {name: (kind, marshalled code or None)}
    out = subprocess.run(
        [sys.executable, "-I", "-S", "-c", _BUNDLE_IMPORTER, str(table_file), str(bundle.internal)],
        capture_output=True, text=True, timeout=RUN_TIMEOUT_S, cwd=tmp_path,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    found = _last_json(out.stdout)
    assert "keyring.backends.SecretService.Keyring" in found["backends"]  # discovered via entry points
    assert str(found["secretstorage_from"]).startswith(str(bundle.internal))
    assert found["bip39_words"] == 2048  # the guard's wordlist data file is in the bundle
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS") and os.environ.get("CI"):
        assert "keyring.backends.SecretService.Keyring" in found["viable"]  # tasks.py's gnome-keyring
    print(f"\nkeyring backends viable from the bundle: {found['viable']}")


def test_excluded_qt_modules_stay_out(bundle: Bundle, manifest: ModuleType) -> None:
    pyside = bundle.internal / "PySide6"
    shipped = {p.name.split(".")[0] for p in pyside.glob("Qt*.so")}
    assert {"QtCore", "QtGui", "QtWidgets"} <= shipped
    leaked = shipped & {m.removeprefix("PySide6.") for m in manifest.QT_EXCLUDES}
    assert not leaked, f"excluded Qt modules in the bundle: {leaked}"
