"""Every file the app loads at run time is named by the packaging manifest the spec bundles from.

Why: a resource that is read from a checkout but left out of the bundle breaks only on a customer's
machine. These tests read ``app/**.py`` the way a reviewer would -- every ``resources.path(...)``,
``resources.read_text(...)``, ``Path(__file__).parent / "static"`` and every literal file name with
a data extension -- and check each one exists and is covered by ``packaging/manifest.py``, which is
the only list ``packaging/agentdesk.spec`` bundles from. The slow bundle test then checks the built
bundle really contains them.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "agentdesk.spec"
DATA_EXTENSIONS = frozenset(
    {".qm", ".qss", ".svg", ".png", ".jpg", ".gif", ".ico", ".icns", ".wav", ".ogg", ".mp3", ".html", ".htm"}
    | {".js", ".css", ".json", ".toml", ".txt", ".yaml", ".yml", ".csv", ".ttf", ".otf", ".woff", ".woff2"}
    | {".sql", ".ini", ".xml", ".md"}
)
RESOURCE_FUNCS = {"path", "read_text", "read_bytes"}  # app/ui/resources.py's loaders


@dataclass(frozen=True)
class Reference:
    where: str  # "app/ui/theme.py:27"
    pattern: str  # checkout-relative POSIX glob, e.g. "resources/themes/*.qss"


def _python_files() -> list[Path]:
    """The desk's modules: the server and the demo are not in the bundle (their files ship in the
    wheel as package data, pyproject.toml)."""
    not_the_desk = (ROOT / "app" / "server", ROOT / "app" / "demo")
    return sorted(p for p in (ROOT / "app").rglob("*.py")
                  if "__pycache__" not in p.parts and not any(p.is_relative_to(d) for d in not_the_desk))


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _parent(pattern: str) -> str:
    parent = PurePosixPath(pattern).parent.as_posix()
    return "" if parent == "." else parent


def _join(base: str, *parts: str) -> str:
    return "/".join(p for p in (base, *parts) if p)


class PathEvaluator:
    """Turns path expressions in one module into checkout-relative globs (``*`` for unknown parts)."""

    def __init__(self, module: Path, tree: ast.Module) -> None:
        self.rel = _rel(module)
        self.package = _parent(self.rel)
        self.in_resources_module = self.rel == "app/ui/resources.py"
        self.names: dict[str, str] = {}
        for node in tree.body:  # module-level constants such as STATIC = Path(__file__).parent / "static"
            if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                value = self.evaluate(node.value)
                for target in targets:
                    if isinstance(target, ast.Name) and value is not None:
                        self.names[target.id] = value

    @staticmethod
    def part(node: ast.expr) -> str:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.JoinedStr):
            texts = (v.value if isinstance(v, ast.Constant) else None for v in node.values)
            return "".join(t if isinstance(t, str) else "*" for t in texts)
        return "*"

    def _is_resources_call(self, func: ast.expr, names: set[str]) -> bool:
        if isinstance(func, ast.Attribute) and func.attr in names:
            return isinstance(func.value, ast.Name) and func.value.id == "resources"
        return self.in_resources_module and isinstance(func, ast.Name) and func.id in names

    def evaluate(self, node: ast.expr) -> str | None:
        if isinstance(node, ast.Name):
            if node.id == "__file__":
                return self.rel
            return self.names.get(node.id)
        if isinstance(node, ast.Attribute) and node.attr == "parent":
            base = self.evaluate(node.value)
            return None if base is None else _parent(base)
        if (
            isinstance(node, ast.Subscript)
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == "parents"
            and isinstance(node.slice, ast.Constant)
            and isinstance(node.slice.value, int)
        ):
            base = self.evaluate(node.value.value)
            if base is None:
                return None
            for _ in range(node.slice.value + 1):
                base = _parent(base)
            return base
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
            base = self.evaluate(node.left)
            return None if base is None else _join(base, self.part(node.right))
        if isinstance(node, ast.Call):
            return self._evaluate_call(node)
        return None

    def _evaluate_call(self, node: ast.Call) -> str | None:
        func = node.func
        if self._is_resources_call(func, RESOURCE_FUNCS):
            return _join("resources", *(self.part(a) for a in node.args))
        if self._is_resources_call(func, {"root"}):
            return "resources"
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name in {"Path", "PurePath"} and len(node.args) == 1:
            return self.evaluate(node.args[0])
        if name == "files" and len(node.args) == 1:  # importlib.resources.files("app.server")
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                return arg.value.replace(".", "/")
            if isinstance(arg, ast.Name) and arg.id in {"__package__", "__name__"}:
                return self.package if arg.id == "__package__" else self.rel.removesuffix(".py")
            return None
        if not isinstance(func, ast.Attribute):
            return None
        base = self.evaluate(func.value)
        if base is None:
            return None
        if name in {"resolve", "absolute", "expanduser"}:
            return base
        if name == "with_name" and node.args:
            return _join(_parent(base), self.part(node.args[0]))
        if name == "joinpath":
            return _join(base, *(self.part(a) for a in node.args))
        return None


def _interesting(pattern: str) -> bool:
    """Worth checking: under resources/, a data file, or a folder of data files (like static/)."""
    if pattern.startswith("resources"):
        return True
    if PurePosixPath(pattern).suffix in DATA_EXTENSIONS:
        return True
    folder = ROOT / pattern
    return "*" not in pattern and folder.is_dir() and not any(folder.glob("*.py"))


def _visit(node: ast.AST, evaluator: PathEvaluator) -> Iterator[Reference]:
    if isinstance(node, ast.expr):
        pattern = evaluator.evaluate(node)
        if pattern is not None:  # maximal path expression: record it, do not look inside
            if _interesting(pattern) and pattern.strip("*/") and pattern != "resources/*":
                yield Reference(f"{evaluator.rel}:{node.lineno}", pattern)
            return
    for child in ast.iter_child_nodes(node):
        yield from _visit(child, evaluator)


def path_references() -> Iterator[Reference]:
    """Every maximal path expression in app/**.py that points at a run-time file or folder."""
    for module in _python_files():
        tree = ast.parse(module.read_text(encoding="utf-8"))
        yield from _visit(tree, PathEvaluator(module, tree))


def literal_file_names() -> Iterator[Reference]:
    """String literals (and f-string templates) in app/**.py that look like data file names."""
    for module in _python_files():
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant | ast.JoinedStr):
                text = PathEvaluator.part(node)
                name = text.rsplit("/", 1)[-1]
                if PurePosixPath(name).suffix in DATA_EXTENSIONS and re.fullmatch(r"[\w.*-]+", name):
                    yield Reference(f"{_rel(module)}:{node.lineno}", name)


def _files_matching(pattern: str, manifest: ModuleType) -> list[str]:
    """Files for a checkout-relative glob; a folder stands for every run-time file below it."""
    found: list[str] = []
    for match in ROOT.glob(pattern):
        if match.is_dir():
            below = (_rel(p) for p in match.rglob("*") if p.is_file())
            found += [f for f in below if not manifest.is_excluded(f)]
        elif match.is_file():
            found.append(_rel(match))
    return found


def test_the_scanner_sees_the_known_loaders() -> None:
    """Guards the test itself: if these idioms stop being recognised, the check below is hollow."""
    patterns = {ref.pattern for ref in path_references()}
    assert "resources/themes/base.qss" in patterns  # app/ui/theme.py
    assert "resources/icons/app.svg" in patterns  # app/ui/resources.py app_icon()
    assert "resources" in patterns  # resources.root()


def test_every_resource_path_the_code_loads_exists_and_is_bundled(manifest: ModuleType) -> None:
    problems = []
    for ref in path_references():
        files = _files_matching(ref.pattern, manifest)
        if not files:
            problems.append(f"{ref.where}: loads {ref.pattern!r}, which does not exist in the checkout")
        uncovered = [f for f in files if not manifest.is_covered(f)]
        problems += [f"{ref.where}: {f} is not in packaging/manifest.py" for f in uncovered]
    assert not problems, "\n".join(problems)


def test_every_data_file_named_in_the_code_is_bundled(manifest: ModuleType) -> None:
    candidates = [p for p in (*(ROOT / "resources").rglob("*"), *(ROOT / "app").rglob("*")) if p.is_file()]
    problems = []
    for ref in literal_file_names():
        regex = re.compile(re.escape(ref.pattern).replace(r"\*", "[^/]*") + "$")
        for path in candidates:
            if regex.match(path.name) and not manifest.is_covered(_rel(path)):
                problems.append(f"{ref.where}: names {ref.pattern!r}; {_rel(path)} is not in the manifest")
    assert not problems, "\n".join(problems)


def test_all_package_data_and_resources_are_bundled(manifest: ModuleType) -> None:
    """Any non-Python file under app/ or resources/ is bundled unless the manifest says it is a source."""
    bundled = {p.as_posix() for p in manifest.resource_files()}
    on_disk = [
        _rel(p)
        for top in ("app", "resources")
        for p in (ROOT / top).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix not in {".py", ".pyc"}
    ]
    missing = [f for f in on_disk if f not in bundled and not manifest.is_excluded(f)]
    assert not missing, f"run-time files the manifest does not bundle: {missing}"
    not_the_desk = [f for f in bundled if f.startswith(("app/server/", "app/demo/"))]
    assert not not_the_desk, "the server is not the desk's"
    assert any(f.startswith("resources/themes/") for f in bundled)


def test_static_pages_reference_only_bundled_files(manifest: ModuleType) -> None:
    static = ROOT / "app" / "server" / "static"
    problems = []
    for page in [*static.rglob("*.html"), *static.rglob("*.css")]:
        text = page.read_text(encoding="utf-8")
        refs = re.findall(r"""(?:src|href)\s*=\s*["']([^"'#?]+)""", text) + re.findall(
            r"""url\(\s*["']?([^"')#?]+)""", text
        )
        for ref in refs:
            if re.match(r"^(?:[a-z]+:|//|\$\{)", ref) or not ref.strip():
                continue  # external, data: or templated
            if ref.startswith("/"):  # served under a URL prefix such as /chat/: try each suffix of the path
                parts = ref.strip("/").split("/")
                targets = [static.joinpath(*parts[i:]) for i in range(len(parts))]
            else:
                targets = [page.parent / ref]
            # the server serves them from its package data (the wheel), not from the desk's bundle
            if not any(t.is_file() for t in targets):
                problems.append(f"{_rel(page)} references {ref!r}, which is not a file beside it")
    assert not problems, "\n".join(problems)


def test_the_app_imports_no_module_the_spec_excludes(manifest: ModuleType) -> None:
    excluded = [*manifest.QT_EXCLUDES, *(m for m in manifest.DEV_EXCLUDES if not m.startswith("psycopg"))]
    problems = []
    for module in [*_python_files(), ROOT / "packaging" / "entry.py"]:
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            for name in names:
                if any(name == ex or name.startswith(ex + ".") for ex in excluded):
                    problems.append(f"{_rel(module)}:{node.lineno} imports {name}, which the spec excludes")
    assert not problems, "\n".join(problems)


def test_psycopg_is_only_for_the_standalone_server() -> None:
    """The desktop bundle leaves the PostgreSQL driver out; only app/server may use it (lazily)."""
    for module in _python_files():
        if _rel(module).startswith("app/server/"):
            continue
        source = module.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(?:import|from)\s+psycopg", source, re.M), _rel(module)


def test_the_spec_bundles_from_the_manifest() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    for needle in (
        "manifest.datas(ROOT)",
        "manifest.PACKAGE_DATA",
        "collect_data_files(package)",
        "manifest.PACKAGE_METADATA",
        "manifest.keyring_hidden_imports(PLATFORM)",
        "manifest.QT_EXCLUDES",
        "manifest.keep_qt_translation",
        'collect_submodules("app", filter=manifest.is_desk_module)',
        "manifest.NOT_THE_DESK",
        "packaging\" / \"entry.py\"",
    ):
        assert needle in spec, f"packaging/agentdesk.spec no longer uses {needle}"
    compile(spec, str(SPEC), "exec")  # at least valid Python


def test_keyring_backends_for_each_os(manifest: ModuleType) -> None:
    assert "keyring.backends.SecretService" in manifest.keyring_hidden_imports("linux")
    assert "secretstorage" in manifest.keyring_hidden_imports("linux")
    assert "keyring.backends.Windows" in manifest.keyring_hidden_imports("win32")
    assert "win32ctypes.pywin32.win32cred" in manifest.keyring_hidden_imports("win32")
    assert "keyring.backends.macOS" in manifest.keyring_hidden_imports("darwin")
    assert "keyring" in manifest.PACKAGE_METADATA  # keyring finds backends through entry points


def test_the_guard_wordlists_are_collected(manifest: ModuleType) -> None:
    hooks = pytest.importorskip("PyInstaller.utils.hooks")
    assert "mnemonic" in manifest.PACKAGE_DATA
    collected = [Path(src).name for pkg in manifest.PACKAGE_DATA for src, _ in hooks.collect_data_files(pkg)]
    assert "english.txt" in collected and "chinese_simplified.txt" in collected


def test_qt_translations_kept_are_the_shipped_languages(manifest: ModuleType) -> None:
    keep = manifest.keep_qt_translation
    assert keep("PySide6/Qt/translations/qtbase_zh_CN.qm")  # app/ui/i18n.py loads it
    assert keep("PySide6/Qt/translations/qt_zh_CN.qm")
    assert keep("PySide6/Qt/translations/qtbase_en.qm")
    assert not keep("PySide6/Qt/translations/qtbase_de.qm")
    assert not keep("PySide6/Qt/translations/qtbase_zh_TW.qm")
    assert keep("resources/i18n/agentdesk_zh_CN.qm")  # ours are never filtered
    assert keep("PySide6/Qt/lib/libQt6Core.so.6")


def test_identity_helpers(manifest: ModuleType) -> None:
    import app

    identity = manifest.read_identity()
    assert identity["__version__"] == app.__version__ and identity["APP_NAME"] == app.APP_NAME
    assert manifest.bundle_identifier("agentdesk.example", "AgentDesk") == "example.agentdesk.agentdesk"
    assert manifest.numeric_version("0.1.0") == (0, 1, 0, 0)
    assert manifest.numeric_version("1.2.3rc1") == (1, 2, 3, 0)
    assert manifest.is_covered("resources/themes/new.qss")
    assert not manifest.is_covered("resources/i18n/agentdesk_zh_CN.ts")
    assert not manifest.is_covered("app/server/static/sub/page.html")  # the server is not in the bundle
    assert manifest.is_desk_module("app.ui.main_window") and not manifest.is_desk_module("app.server.app")
    assert not manifest.is_desk_module("app.demo") and manifest.is_desk_module("app.demographics")
