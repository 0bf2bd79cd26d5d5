"""Errors raised when a script does something the sandbox refuses."""
from __future__ import annotations


class SandboxError(Exception):
    """A script asked for something the policy refuses; the message names what and why."""


class ImportRefused(SandboxError, ImportError):
    """``import X`` of a module that is not on the allow-list (still an ImportError, so that
    legacy ``try: import X / except ImportError:`` fallbacks keep working)."""


class AttributeRefused(SandboxError, AttributeError):
    """A read of an attribute the policy refuses (dunder, private on a host object, frames)."""


class ConstructionRefused(SandboxError, TypeError):
    """A call of one of shim's own classes a script got hold of (``type(handle)(...)``): a
    TypeError too, as Jython's "No visible constructors" for a Java class without public ones."""
