"""``system.user``: users, roles, schedules and holidays of the gateway's user source (8.1
manual, ``system.user.*``; see ``runtime.backends.users`` for ``_gateway/users.json``). New in 8.0:
missing under 7.9 semantics."""
from __future__ import annotations

import datetime as _dt
from typing import Any

from runtime.emulated.ignition.millis import local_datetime, to_millis
from runtime.backends.scopes import require_8x, require_comm
from runtime.emulated.ignition.schedules import (AbstractScheduleModel, CompositeScheduleModel, HolidayModel,
                                        ScheduleAdjustment)
from runtime.backends.users import PyUser, UIResponse, UserSourceMeta, user_store
from runtime.backends.identity import AUTH_PROFILE

__all__ = [
    "addCompositeSchedule", "addHoliday", "addRole", "addSchedule", "addUser", "createScheduleAdjustment",
    "editHoliday", "editRole", "editSchedule", "editUser", "getHoliday", "getHolidayNames", "getHolidays",
    "getNewUser", "getRoles", "getSchedule", "getScheduleNames", "getScheduledUsers", "getSchedules",
    "getUser", "getUserSources", "getUsers", "isUserScheduled", "removeHoliday", "removeRole",
    "removeSchedule", "removeUser",
]


def _store(function: str, source: Any = ""):
    ctx = require_8x("user", function)
    store = user_store(ctx.gateway)
    store.check_source(function, source)
    return store


def _name(function: str, what: str, value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise TypeError(f"{function}(): {what} must be a non-empty string")
    return value


def getUserSources() -> list:
    """The gateway's user sources: one, ``default`` (8.1 manual, ``system.user.getUserSources``)."""
    _store("getUserSources")
    return [UserSourceMeta(AUTH_PROFILE, "INTERNAL", "users.json")]


def getUsers(userSource) -> list:
    """Every user of the source (8.1 manual, ``system.user.getUsers``)."""
    return _store("getUsers", userSource).users()


def getUser(userSource, username):
    """One user, or None when there is none by that name (8.1 manual, ``system.user.getUser``)."""
    store = _store("getUser", userSource)
    return store.user(_name("getUser", "username", username))


def getNewUser(userSource, username) -> PyUser:
    """A new user object, not saved until ``addUser`` (8.1 manual, ``system.user.getNewUser``)."""
    _store("getNewUser", userSource)
    return PyUser(AUTH_PROFILE, {"username": _name("getNewUser", "username", username)}, [], [])


def getRoles(userSource) -> list:
    """The role names of the source, sorted (8.1 manual, ``system.user.getRoles``)."""
    return _store("getRoles", userSource).roles()


def addUser(userSource, user) -> UIResponse:
    """Save a new user (8.1 manual, ``system.user.addUser``); problems are in the response's
    ``getErrors()``."""
    return _edit("addUser", userSource, user, new=True)


def editUser(userSource, user) -> UIResponse:
    """Save changes to an existing user (8.1 manual, ``system.user.editUser``)."""
    return _edit("editUser", userSource, user, new=False)


def _edit(function: str, source: Any, user: Any, new: bool) -> UIResponse:
    store = _store(function, source)
    require_comm(require_8x("user", function), "write", f"system.user.{function}")
    if not isinstance(user, PyUser):
        raise TypeError(f"{function}(): user must come from getUser/getNewUser")
    return store.save_user(user, new)


def removeUser(userSource, username) -> UIResponse:
    """Delete a user (8.1 manual, ``system.user.removeUser``)."""
    store = _store("removeUser", userSource)
    require_comm(require_8x("user", "removeUser"), "write", "system.user.removeUser")
    return store.remove_user(_name("removeUser", "username", username))


def addRole(userSource, role) -> UIResponse:
    """Add a role (8.1 manual, ``system.user.addRole``)."""
    store = _store("addRole", userSource)
    return store.add_role(_name("addRole", "role", role))


def removeRole(userSource, role) -> UIResponse:
    """Delete a role, taking it from every user (8.1 manual, ``system.user.removeRole``)."""
    store = _store("removeRole", userSource)
    return store.remove_role(_name("removeRole", "role", role))


def editRole(userSource, oldName, newName) -> UIResponse:
    """Rename a role, in every user too (8.1 manual, ``system.user.editRole``)."""
    store = _store("editRole", userSource)
    return store.edit_role(_name("editRole", "oldName", oldName), _name("editRole", "newName", newName))


def getScheduleNames() -> list:
    """The schedule names, ``Always`` first (8.1 manual, ``system.user.getScheduleNames``)."""
    return _store("getScheduleNames").schedule_names()


def getSchedules() -> list:
    """Every schedule, as copies to edit (8.1 manual, ``system.user.getSchedules``)."""
    store = _store("getSchedules")
    return [store.schedule(name) for name in store.schedule_names()]


def getSchedule(scheduleName):
    """One schedule, or None; a copy that counts once given to ``editSchedule``/``addSchedule``
    (8.1 manual, ``system.user.getSchedule``)."""
    return _store("getSchedule").schedule(_name("getSchedule", "scheduleName", scheduleName))


def getHolidayNames() -> list:
    """The holiday names (8.1 manual, ``system.user.getHolidayNames``)."""
    return _store("getHolidayNames").holiday_names()


def getHolidays() -> list:
    """Every holiday (8.1 manual, ``system.user.getHolidays``)."""
    store = _store("getHolidays")
    return [store.holiday(name) for name in store.holiday_names()]


def getHoliday(holidayName):
    """One holiday, or None (8.1 manual, ``system.user.getHoliday``)."""
    return _store("getHoliday").holiday(_name("getHoliday", "holidayName", holidayName))


def _editing(function: str):
    store = _store(function)
    require_comm(require_8x("user", function), "write", f"system.user.{function}")
    return store


def _schedule(function: str, schedule: Any) -> AbstractScheduleModel:
    if not isinstance(schedule, AbstractScheduleModel):
        raise TypeError(f"{function}(): schedule must be a schedule model (from getSchedule), "
                        f"not {type(schedule).__name__}")
    return schedule


def _holiday(function: str, holiday: Any) -> HolidayModel:
    if not isinstance(holiday, HolidayModel):
        raise TypeError(f"{function}(): holiday must be a HolidayModel, not {type(holiday).__name__}")
    return holiday


def addSchedule(schedule) -> UIResponse:
    """Add a schedule; the info says ``New schedule "NAME" added.`` (8.1 manual,
    ``system.user.addSchedule``, whose example adds a renamed copy of ``Always``)."""
    return _editing("addSchedule").add_schedule(_schedule("addSchedule", schedule))


def addCompositeSchedule(name, scheduleOne, scheduleTwo, description=None) -> UIResponse:
    """Combine two existing schedules into a new one, on when either is (8.1 manual,
    ``system.user.addCompositeSchedule``)."""
    store = _editing("addCompositeSchedule")
    parts = tuple(_name("addCompositeSchedule", what, value)
                  for what, value in (("scheduleOne", scheduleOne), ("scheduleTwo", scheduleTwo)))
    model = CompositeScheduleModel(_name("addCompositeSchedule", "name", name), parts,
                                   "" if description is None else str(description))
    return store.add_schedule(model)


def editSchedule(scheduleName, schedule) -> UIResponse:
    """Replace the schedule named ``scheduleName`` (case-sensitive), renaming it when the model's
    name differs; users on it follow the rename. The info says ``Schedule "NAME" updated.`` (8.1
    manual, ``system.user.editSchedule``)."""
    store = _editing("editSchedule")
    return store.edit_schedule(_name("editSchedule", "scheduleName", scheduleName),
                               _schedule("editSchedule", schedule))


def removeSchedule(scheduleName) -> UIResponse:
    """Delete a schedule; the info says ``Schedule "NAME" deleted.`` (8.1 manual,
    ``system.user.removeSchedule``: the example's output is cut after the name; the wording is
    removeHoliday's)."""
    store = _editing("removeSchedule")
    return store.remove_schedule(_name("removeSchedule", "scheduleName", scheduleName))


def addHoliday(holiday) -> UIResponse:
    """Add a holiday; the info says ``New holiday "NAME" added.`` (8.1 manual,
    ``system.user.addHoliday``)."""
    return _editing("addHoliday").add_holiday(_holiday("addHoliday", holiday))


def editHoliday(holidayName, holiday) -> UIResponse:
    """Replace the holiday named ``holidayName`` (case-sensitive); the info says
    ``Holiday "NAME" updated.`` (8.1 manual, ``system.user.editHoliday``)."""
    store = _editing("editHoliday")
    return store.edit_holiday(_name("editHoliday", "holidayName", holidayName), _holiday("editHoliday", holiday))


def removeHoliday(holidayName) -> UIResponse:
    """Delete a holiday; the info says ``Holiday "NAME" deleted.`` (7.9 manual,
    ``system.user.removeHoliday``, Example #1 Output)."""
    store = _editing("removeHoliday")
    return store.remove_holiday(_name("removeHoliday", "holidayName", holidayName))


def createScheduleAdjustment(startDate, endDate, isAvailable, note) -> ScheduleAdjustment:
    """A span in which the user is (or is not) available whatever the schedule says; add it with
    ``user.addScheduleAdjustments([...])`` and save with ``editUser`` (8.1 manual,
    ``system.user.createScheduleAdjustment``)."""
    _store("createScheduleAdjustment")
    return ScheduleAdjustment(startDate, endDate, isAvailable, note)


def isUserScheduled(user, date=None) -> bool:
    """True if ``user``'s schedule covers ``date`` (default now) (8.1 manual,
    ``system.user.isUserScheduled``)."""
    store = _store("isUserScheduled")
    if not isinstance(user, PyUser):
        raise TypeError("isUserScheduled(): user must come from getUser/getUsers")
    return store.scheduled(user, _moment("isUserScheduled", date))


def getScheduledUsers(userSource, date=None) -> list:
    """The users whose schedule covers ``date`` (default now) (8.1 manual,
    ``system.user.getScheduledUsers``)."""
    store = _store("getScheduledUsers", userSource)
    moment = _moment("getScheduledUsers", date)
    return [u for u in store.users() if store.scheduled(u, moment)]


def _moment(function: str, date: Any) -> _dt.datetime:
    import time

    try:
        millis = int(time.time() * 1000) if date is None else to_millis(date)
    except TypeError:
        raise TypeError(f"{function}(): date must be a Date") from None
    return local_datetime(millis)
