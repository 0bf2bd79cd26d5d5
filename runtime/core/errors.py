"""Errors that reach users: each carries one clear line, never a traceback.

``UserError`` is bad input (a missing folder, malformed JSON, a garbled export): the command line
prints its message on one line and exits with status 2.
"""
from __future__ import annotations


class ShimError(Exception):
    """Base of every error shim raises on purpose."""


class UserError(ShimError):
    """Bad input from the user; the CLI prints ``shim: <message>`` and exits 2."""


class ProjectError(UserError):
    """A projects folder or one of its files cannot be loaded (the message names the file)."""


class ExportError(UserError):
    """An Ignition export (``.proj``, 8.x folder or zip) cannot be read (names resource and offset)."""
