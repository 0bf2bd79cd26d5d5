"""Packaging for ``pip install .`` / ``pip install -e .``: setuptools reads the metadata
(name, dependencies, the ``shim`` console script, the pytest plugin entry point) from
pyproject.toml's ``[project]`` table; nothing is repeated here."""
from setuptools import setup

setup()
