"""The gateway's translation database (Ignition's Translation Manager), for
``system.util.translate``.

``_gateway/translations.json`` maps a locale to its terms: ``{"de": {"Start": "Starten"},
"fr_CA": {...}}``. A lookup tries the exact locale (``de_AT`` or ``de-AT``), then its language
(``de``), as Java's resource bundles fall back.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from runtime.core.errors import ProjectError
from runtime.backends.gatewayfiles import gateway_dir, read_object

if TYPE_CHECKING:  # pragma: no cover
    from runtime.gateway import Gateway

#: The locale of a script whose session names none (Ignition's default, English).
DEFAULT_LOCALE = "en"


def _key(locale: str) -> str:
    return locale.replace("-", "_").strip().lower()


class Translations:
    """Every term of every locale."""

    def __init__(self, terms: dict[str, dict[str, str]]) -> None:
        self._terms = {_key(locale): dict(entries) for locale, entries in terms.items()}

    def locales(self) -> list[str]:
        return sorted(self._terms)

    def terms(self) -> list[str]:
        return sorted({term for entries in self._terms.values() for term in entries})

    def modify(self, term: str, translation: str, locale: str) -> None:
        self._terms.setdefault(_key(locale), {})[term] = translation

    def lookup(self, term: str, locale: str) -> str | None:
        key = _key(locale)
        for candidate in (key, key.split("_", 1)[0]):
            found = self._terms.get(candidate, {}).get(term)
            if found is not None:
                return found
        return None


def _load(gateway: "Gateway") -> Translations:
    data = read_object(gateway, "translations.json")
    file = gateway_dir(gateway) / "translations.json"
    for locale, entries in data.items():
        if not isinstance(entries, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in entries.items()):
            raise ProjectError(f"{file}: locale {locale!r} must map terms to translations (strings)")
    return Translations(data)


def translations(gateway: "Gateway") -> Translations:
    """The gateway's translations (read once)."""
    return gateway.service("translations", _load)
