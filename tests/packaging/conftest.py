"""Fixtures for the release tests: the packaging manifest, loaded by path.

``packaging/`` is deliberately not a Python package (``packaging`` is also a PyPI library that pip,
setuptools and PyInstaller import), so its modules are loaded from their files here.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_packaging_module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"agentdesk_{name}", ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses in the module look themselves up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def manifest() -> ModuleType:
    return load_packaging_module("manifest")


@pytest.fixture(scope="session")
def build_script() -> ModuleType:
    """packaging/build.py as a module (its bundle layout helpers and timed launcher)."""
    return load_packaging_module("build")


@pytest.fixture(scope="session")
def icons_script() -> ModuleType:
    """packaging/icons.py as a module (renders the app icon's SVG into .ico/.icns/.png)."""
    return load_packaging_module("icons")
