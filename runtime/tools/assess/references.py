"""Whether the tags and named queries scripts name exist, asked of what the gateway loads:
the tag providers of ``_gateway/tags.json``/``tags.csv`` and each project's ``namedqueries/``."""
from __future__ import annotations

from functools import lru_cache

from runtime.backends import namedqueries
from runtime.backends.tagseed import tag_system
from runtime.core.errors import UserError
from runtime.emulated.java.lang import Exception as JavaException
from runtime.gateway import Gateway
from runtime.projects.loader import ProjectSet


class References:
    """The tag configuration and named queries of one project set."""

    def __init__(self, projects: ProjectSet) -> None:
        self.projects = projects
        self._tags = None
        self.defined = lru_cache(maxsize=None)(self._defined)

    def _defined(self, path: str) -> bool | None:
        """Whether tag ``path`` exists; None when the text cannot be checked on its own: a
        relative path (``[.]``, ``[~]``), one with a UDT parameter (``{...}``), or no path."""
        text = path.strip()
        if not text or text.startswith(("[.]", "[~]", "[..]")) or "{" in text:
            return None
        tags = self._tag_system()
        if tags is None:
            return False
        if tags.normalize(text) is None:
            return None
        return tags.exists(text)

    def _tag_system(self):
        if self._tags is None:
            try:
                self._tags = tag_system(Gateway(self.projects, synchronous=True, start=False))
            except UserError:
                return None  # a bad tags.json is reported by shim check's settings pass
        return self._tags

    def named_query(self, project: str, path: str) -> bool:
        """Whether ``project`` (or a project it inherits from) defines named query ``path``."""
        try:
            namedqueries.find(self.projects, project, path)
        except JavaException:
            return False
        return True
