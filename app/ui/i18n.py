"""Translations: English in the source, Simplified Chinese from ``resources/i18n``.

The language follows the system locale unless the settings (or ``--lang``) pick one. Qt's own
strings (standard buttons, context menus) are translated too, from the ``qtbase`` catalogue that
ships with PySide6.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.ui import resources

LANGUAGES = ("en", "zh-CN")
_installed: list[QTranslator] = []  # QCoreApplication does not own translators: keep them alive


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context`` and return it unchanged, as Qt's does.

    PySide6's stub types the result ``object``; this one says ``str``, so tables of marked strings
    type-check. ``pyside6-lupdate`` finds the marks by this name whatever module it comes from.
    """
    return source


def resolve(language: str | None) -> str:
    """``en`` or ``zh-CN``: an explicit choice, else the system locale (Chinese → zh-CN)."""
    if language in LANGUAGES:
        return language
    system = QLocale.system()
    if system.language() == QLocale.Language.Chinese:
        return "zh-CN"
    return "en"


def install(language: str | None) -> str:
    """Install the translators for ``language`` (replacing earlier ones); returns the language used."""
    app = QCoreApplication.instance()
    chosen = resolve(language)
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    if chosen == "zh-CN" and app is not None:
        ours = QTranslator()
        if ours.load(str(resources.path("i18n", "agentdesk_zh_CN.qm"))):
            app.installTranslator(ours)
            _installed.append(ours)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator()
        if qt.load("qtbase_zh_CN", qt_dir) or qt.load("qt_zh_CN", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return chosen
