"""The one list of files AgentDesk reads at run time, shared by the PyInstaller spec and its test.

Why one list: a frozen app only contains what the spec names, and a resource that is loaded from a
checkout but missing from the bundle fails only on a customer's machine. The spec turns these globs
into PyInstaller ``datas``; ``tests/packaging/test_manifest.py`` scans ``app/**.py`` for every
resource path the code loads and fails when one is not covered here. Destinations mirror the source
tree (``resources/...`` and ``app/server/static/...`` below ``sys._MEIPASS``), so the same relative
lookups work from a checkout and from the bundle.

Standard library only: the spec executes it inside PyInstaller and the tests import it by path (the
folder is deliberately not a package, since ``packaging`` is also the name of a PyPI library).
"""

from __future__ import annotations

import ast
import fnmatch
import plistlib
import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

# Globs relative to the checkout of every file the app reads at run time. ``**`` globs adapt to new
# files: a new theme, icon, translation or static page is bundled without editing this list.
RESOURCE_GLOBS: tuple[str, ...] = (
    "resources/**/*",  # icons (SVG/PNG), themes/*.qss, i18n/*.qm, canned reply seeds, customer widget
    # Package data next to the desk's code, the same extensions pyproject.toml ships as package-data
    # (the server's and the demo's are excluded below: neither is part of the desk).
    "app/**/*.json",
    "app/**/*.toml",
    "app/**/*.txt",
    "app/**/*.html",
    "app/**/*.js",
    "app/**/*.css",
    "app/**/*.svg",
    "app/**/*.png",
    "app/**/*.qss",
    "app/**/*.qm",
)

# Matched against the path relative to the checkout: sources and caches that are never loaded.
EXCLUDE_GLOBS: tuple[str, ...] = (
    "*/__pycache__/*",
    "*.py",
    "*.pyc",
    "*/.*",  # dotfiles (.DS_Store, .gitkeep)
    "resources/i18n/*.ts",  # Qt Linguist sources; the app loads the compiled .qm
    "resources/i18n/*.pro",
    "app/server/*",  # the reference server (its web chat page, SLA policy): not the desk's
    "app/demo/*",  # the demo's data and server
)

# Packages of the checkout that are not the desk: never in the bundle (the spec excludes them, and
# tests/packaging/test_linux_bundle.py checks the archive's table of contents). ``agentdesk --demo``
# runs the demo server beside the desk from a checkout; a bundle signs in to one with --demo-server.
NOT_THE_DESK: tuple[str, ...] = ("app.server", "app.demo")


def is_desk_module(name: str) -> bool:
    """Whether a module of ``app`` belongs in the desktop bundle."""
    return not any(name == package or name.startswith(package + ".") for package in NOT_THE_DESK)

# Third-party packages whose data files (not code) the app needs: the BIP39 wordlists the guard uses
# to recognise seed phrases live inside ``mnemonic`` as .txt files PyInstaller does not follow.
PACKAGE_DATA: tuple[str, ...] = ("mnemonic",)

# Distributions whose metadata must travel with the bundle: keyring finds its OS backends through
# entry points, and ``importlib.metadata.version("agentdesk")`` is not available frozen, so the app
# reads ``app.__version__`` instead (no metadata needed for it).
PACKAGE_METADATA: tuple[str, ...] = ("keyring",)

# keyring picks a backend at run time from the ones it can import; each OS needs its own.
KEYRING_HIDDEN_IMPORTS: dict[str, tuple[str, ...]] = {
    "linux": (
        "keyring.backends.SecretService",
        "keyring.backends.chainer",
        "keyring.backends.fail",
        "secretstorage",
        "jeepney",
        "jeepney.io.blocking",
    ),
    "win32": (
        "keyring.backends.Windows",
        "keyring.backends.chainer",
        "keyring.backends.fail",
        "win32ctypes.pywin32.win32cred",
        "win32ctypes.core",
    ),
    "darwin": (
        "keyring.backends.macOS",
        "keyring.backends.macOS.api",
        "keyring.backends.chainer",
        "keyring.backends.fail",
    ),
}

# Loaded by name at run time rather than imported: the backend's SQLite dialect and platformdirs'
# per-OS module (PyInstaller's hooks cover most; these are cheap insurance).
COMMON_HIDDEN_IMPORTS: tuple[str, ...] = (
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.sqlite.pysqlite",
)

# PySide6-Essentials ships these; AgentDesk uses QtCore, QtGui, QtWidgets, QtSvg, QtNetwork,
# QtMultimedia and QtMultimediaWidgets (and whatever they pull in). Excluding the rest keeps the
# bundle small; the manifest test fails if app code starts importing one of them, so a new feature
# cannot silently crash only when frozen.
QT_EXCLUDES: tuple[str, ...] = (
    "PySide6.QtConcurrent",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtLabsStyleKit",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPrintSupport",
    "PySide6.QtQml",
    "PySide6.QtQmlFeatures",
    "PySide6.QtQuick",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtQuickWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtUiTools",
    "PySide6.QtXml",
    # Addons (full PySide6 only); listed so a developer venv with them cannot bloat a release.
    # QtMultimedia and QtMultimediaWidgets are not listed: the desk plays screen recordings with them.
    "PySide6.Qt3DCore",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    "PySide6.QtGraphs",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtWebChannel",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
)

# Development-only packages that may sit in the build venv; never part of a release.
DEV_EXCLUDES: tuple[str, ...] = (
    "tkinter",
    "_tkinter",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "selenium",
    "importlinter",
    "grimp",
    "ruff",
    "IPython",
    "psycopg",  # the PostgreSQL driver is for agentdesk-server; the desktop demo embeds SQLite
    "psycopg_binary",
    "psycopg2",
    "PyInstaller",
)

# Qt's own translations (qtbase_*.qm ...) ship for ~40 languages; AgentDesk ships English and
# Simplified Chinese, so only those Qt catalogues (standard dialog buttons etc.) are kept.
QT_TRANSLATION_LANGUAGES: tuple[str, ...] = ("en", "zh_CN")


def is_excluded(rel: str) -> bool:
    """A source or cache file that is never loaded at run time (so never bundled)."""
    return any(fnmatch.fnmatch(rel, pattern) for pattern in EXCLUDE_GLOBS)


def resource_files(root: Path = ROOT) -> list[Path]:
    """Every run-time file the globs match, sorted, as paths relative to ``root``."""
    found: set[Path] = set()
    for pattern in RESOURCE_GLOBS:
        for path in root.glob(pattern):
            if not path.is_file():
                continue
            rel = path.relative_to(root)
            if not is_excluded(rel.as_posix()):
                found.add(rel)
    return sorted(found)


def is_covered(rel: str) -> bool:
    """Whether a checkout-relative POSIX path is bundled by the globs (existing or not)."""
    if is_excluded(rel):
        return False
    for pattern in RESOURCE_GLOBS:
        # fnmatch's "*" also crosses "/", so "a/**/*" matches any depth; "**/" must match zero dirs too.
        if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(rel, pattern.replace("**/", "")):
            return True
    return False


def datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """PyInstaller ``datas`` pairs (source file, destination folder inside the bundle)."""
    return [(str(root / rel), rel.parent.as_posix()) for rel in resource_files(root)]


def keyring_hidden_imports(platform: str) -> list[str]:
    """The keyring backend modules (and their dependencies) the given ``sys.platform`` needs."""
    key = "linux" if platform.startswith("linux") else platform
    return list(KEYRING_HIDDEN_IMPORTS.get(key, KEYRING_HIDDEN_IMPORTS["linux"]))


def keep_qt_translation(dest: str) -> bool:
    """False for a Qt translation catalogue in a language AgentDesk does not ship."""
    norm = dest.replace("\\", "/")
    if "/translations/" not in norm or not norm.endswith(".qm") or "PySide6" not in norm:
        return True
    stem = norm.rsplit("/", 1)[-1][: -len(".qm")]
    return any(stem.endswith(f"_{lang}") for lang in QT_TRANSLATION_LANGUAGES)


def read_identity(root: Path = ROOT) -> dict[str, str]:
    """``__version__``, ``APP_NAME``, ``ORG_NAME``, ``ORG_DOMAIN``, ``BUNDLE_ID`` from ``app/__init__.py``.

    Parsed rather than imported, so build scripts read the one source of truth without importing
    the app (and whatever it may import one day) into PyInstaller's process.
    """
    tree = ast.parse((root / "app" / "__init__.py").read_text(encoding="utf-8"))
    wanted = {"__version__", "APP_NAME", "ORG_NAME", "ORG_DOMAIN", "BUNDLE_ID"}
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            for target in node.targets:
                if isinstance(target, ast.Name) and target.id in wanted:
                    found[target.id] = str(node.value.value)
    missing = wanted - found.keys()
    if missing:
        raise ValueError(f"app/__init__.py lacks {sorted(missing)}")
    return found


def bundle_identifier(org_domain: str, app_name: str) -> str:
    """What ``BUNDLE_ID`` should be: the reversed organisation domain plus the app name (the
    release check compares; the build uses ``BUNDLE_ID`` itself, which never changes)."""
    reversed_domain = ".".join(reversed(org_domain.split(".")))
    return f"{reversed_domain}.{re.sub(r'[^A-Za-z0-9.-]', '', app_name).lower()}"


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """Four integers for Windows version resources and Inno Setup (``0.1.0rc1`` -> (0, 1, 0, 0))."""
    parts = [int(m.group()) if (m := re.match(r"\d+", p)) else 0 for p in version.split(".")[:4]]
    return (*parts, 0, 0, 0, 0)[:4]  # type: ignore[return-value]


def windows_version_info(identity: dict[str, str], root: Path = ROOT) -> str:
    """The EXE's version resource (PyInstaller's VSVersionInfo text) filled from ``app/__init__.py``."""
    text = (root / "packaging" / "windows" / "version_info.txt.in").read_text(encoding="utf-8")
    for key, value in {
        "@NUMBERS@": repr(numeric_version(identity["__version__"])),
        "@VERSION@": identity["__version__"],
        "@APP_NAME@": identity["APP_NAME"],
        "@ORG_NAME@": identity["ORG_NAME"],
    }.items():
        text = text.replace(key, value)
    return text


def macos_info_plist(identity: dict[str, str], root: Path = ROOT) -> dict[str, Any]:
    """``packaging/macos/Info.plist`` with version, name and bundle identifier filled in."""
    with open(root / "packaging" / "macos" / "Info.plist", "rb") as fh:
        plist: dict[str, Any] = plistlib.load(fh)
    for key, value in list(plist.items()):
        if isinstance(value, str):
            plist[key] = value.replace("${VERSION}", identity["__version__"]).replace(
                "${APP_NAME}", identity["APP_NAME"]
            )
    plist["CFBundleIdentifier"] = identity["BUNDLE_ID"]
    return plist
