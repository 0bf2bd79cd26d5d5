"""``system.alarm``: the status, acknowledgement, shelving and journal of alarms configured on
tags (8.1 manual, ``system.alarm.*``; the alarm engine is ``runtime.backends.alarms``). Alarm
notification pipelines and on-call rosters' notifications are not emulated: ``listPipelines``
is empty, ``cancel`` has no pipelines to cancel; rosters come from users.json (``"rosters"``) and
``createRoster`` adds them in memory."""
from __future__ import annotations

from typing import Any

from runtime.backends.alarms import DEFAULT_SHELVE_MS, AlarmQueryResult, matches, rosters
from runtime.emulated.ignition.millis import to_millis
from runtime.backends.scopes import require_comm
from runtime.backends.tagseed import tag_system
from runtime.core.context import current

__all__ = [
    "acknowledge", "cancel", "createRoster", "getRosters", "getShelvedPaths", "listPipelines",
    "queryJournal", "queryStatus", "shelve", "unshelve",
]


def _engine():
    return tag_system(current().gateway).alarms


def _list(function: str, name: str, value: Any) -> list | None:
    if value is None:
        return None
    if isinstance(value, (str, dict)) or not hasattr(value, "__iter__"):
        raise TypeError(f"{function}(): {name} must be a list, not {type(value).__name__}")
    return list(value)


def queryStatus(priority=None, state=None, path=None, source=None, displaypath=None,
                all_properties=None, any_properties=None, defined=None, includeShelved=False):
    """The alarms that are active or not yet acknowledged, filtered by priority (names or 0-4),
    state (ActiveUnacked, ActiveAcked, ClearUnacked; or 0-3), source path / display path patterns
    with ``*`` (8.1 manual, ``system.alarm.queryStatus``). ``all_properties``/``any_properties``/
    ``defined`` are accepted and not applied."""
    filters = [_list("queryStatus", n, v) for n, v in (("priority", priority), ("state", state),
                                                       ("path", path), ("source", source),
                                                       ("displaypath", displaypath))]
    events = [e for e in _engine().status() if matches(e, *filters, bool(includeShelved))]
    return AlarmQueryResult(events)


def queryJournal(startDate=None, endDate=None, journalName=None, priority=None, state=None, path=None,
                 source=None, displaypath=None, all_properties=None, any_properties=None, defined=None,
                 includeData=None, includeSystem=None, includeShelved=None, isSystem=None, provider=None):
    """Every alarm event that became active in the range (default: the last 8 hours), with the
    journal's dataset (one row per transition: Active, Clear, Acknowledged) from ``getDataset()``
    (8.1 manual, ``system.alarm.queryJournal``)."""
    import time

    end = to_millis(endDate) if endDate is not None else int(time.time() * 1000)
    start = to_millis(startDate) if startDate is not None else end - 8 * 3600 * 1000
    filters = [_list("queryJournal", n, v) for n, v in (("priority", priority), ("state", state),
                                                        ("path", path), ("source", source),
                                                        ("displaypath", displaypath))]
    events = [e for e in list(_engine().events) if start <= e.getActiveData().millis <= end
              and matches(e, *filters, True)]
    return AlarmQueryResult(events, journal=True)


def acknowledge(alarmIds, notes=None, username=None) -> list:
    """Acknowledge events by id; the ids that could not be acknowledged (unknown or already
    acknowledged) come back (8.1 manual, ``system.alarm.acknowledge``: "Syntax - Client Scripts
    system.alarm.acknowledge(alarmIds, [notes])", None for no Ack Note; the 8.1.15 return value).
    The user is ``username``, else the session's."""
    ctx = current()
    require_comm(ctx, "write", "system.alarm.acknowledge")
    ids = _list("acknowledge", "alarmIds", alarmIds) or []
    user = username or (ctx.session.user if ctx.session is not None else "gateway")
    return _engine().acknowledge([str(i) for i in ids], "" if notes is None else str(notes), user)


def shelve(path, timeoutSeconds=None, timeoutMinutes=None) -> None:
    """Shelve the alarms whose source paths match ``path`` (patterns with ``*``) for the timeout
    (default 15 minutes); shelved alarms leave queryStatus unless ``includeShelved`` (8.1 manual,
    ``system.alarm.shelve``)."""
    ctx = current()
    require_comm(ctx, "write", "system.alarm.shelve")
    paths = _list("shelve", "path", path) or []
    millis = DEFAULT_SHELVE_MS
    if timeoutSeconds is not None:
        millis = int(timeoutSeconds * 1000)
    elif timeoutMinutes is not None:
        millis = int(timeoutMinutes * 60_000)
    _engine().shelve([str(p) for p in paths], millis, ctx.session.user if ctx.session else "gateway")


def unshelve(path) -> None:
    """Unshelve paths shelved before (8.1 manual, ``system.alarm.unshelve``)."""
    _engine().unshelve([str(p) for p in _list("unshelve", "path", path) or []])


def getShelvedPaths() -> list:
    """The shelved paths that have not expired (8.1 manual, ``system.alarm.getShelvedPaths``)."""
    return _engine().shelved()


def cancel(alarmIds) -> None:
    """Cancel the notification pipelines of events (8.1 manual, ``system.alarm.cancel``): shim runs
    no pipelines, so there is nothing to cancel."""
    _list("cancel", "alarmIds", alarmIds)


def listPipelines(projectName="alarm-pipelines") -> list:
    """The alarm notification pipelines of a project: none in shim (8.1 manual,
    ``system.alarm.listPipelines``)."""
    if not isinstance(projectName, str):
        raise TypeError(f"listPipelines(): projectName must be a string, not {type(projectName).__name__}")
    return []


def createRoster(name, description) -> None:
    """Create an empty on-call roster (8.1 manual, ``system.alarm.createRoster``)."""
    if not isinstance(name, str) or not name:
        raise TypeError("createRoster(): name must be a non-empty string")
    rosters(current().gateway).setdefault(name, [])


def getRosters() -> dict:
    """Roster name -> user names (8.1 manual, ``system.alarm.getRosters``)."""
    return {k: list(v) for k, v in rosters(current().gateway).items()}
