"""``system.report``: Ignition's Reporting module (8.1 manual, ``system.report.*``).

Reports are designed and rendered by the Reporting module (its data sources, its PDF/HTML
engine, its schedules); shim has none of it. Every function keeps its documented signature, so
scripts compile and ``shim check`` passes, and raises one clear ``NotEmulated`` error naming the
module when called, never a silent empty result.
"""
from __future__ import annotations

from runtime.scripts.sandbox.namespace import NotEmulated

__all__ = ["executeAndDistribute", "executeReport", "getReportNamesAsDataset", "getReportNamesAsList"]


def _refuse(function: str) -> NotEmulated:
    return NotEmulated(f"system.report.{function} needs Ignition's Reporting module, which shim "
                       "does not emulate")


def executeAndDistribute(path, project="", parameters=None, action=None, actionSettings=None) -> None:
    """Run a report and distribute it (8.1 manual, ``system.report.executeAndDistribute``)."""
    raise _refuse("executeAndDistribute")


def executeReport(path, project="", parameters=None, fileType="pdf"):
    """Run a report and return its bytes (8.1 manual, ``system.report.executeReport``)."""
    raise _refuse("executeReport")


def getReportNamesAsDataset(project=None, includeReportName=False):
    """The project's reports as a dataset (8.1 manual, ``system.report.getReportNamesAsDataset``)."""
    raise _refuse("getReportNamesAsDataset")


def getReportNamesAsList(project=None) -> list:
    """The project's report paths (8.1 manual, ``system.report.getReportNamesAsList``)."""
    raise _refuse("getReportNamesAsList")
