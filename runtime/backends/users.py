"""The gateway's user source for ``system.user`` (8.1 manual, ``system.user.*``): users, roles,
schedules and holidays from ``_gateway/users.json``, the same file ``system.security`` reads.

```
{"users": {"bob": {"password": "pw", "roles": ["Operator"], "firstName": "Bob", "lastName": "Smith",
                   "schedule": "Weekdays", "language": "en", "notes": "", "badge": "1234",
                   "contactInfo": [{"type": "email", "value": "bob@plant.example"}]}},
 "roles": ["Operator", "Supervisor"],
 "schedules": {"Weekdays": {"days": ["Mon", "Tue", "Wed", "Thu", "Fri"], "start": "08:00", "end": "17:00",
                            "description": "day shift", "observeHolidays": true},
               "Weekend": {"days": ["Sat", "Sun"]}, "Any shift": {"schedules": ["Weekdays", "Weekend"]}},
 "holidays": {"Christmas": {"date": "2024-12-25", "repeatAnnually": true}}}
```

There is one user source, ``default`` (``""`` names it too); the built-in schedule ``Always`` is
always on, as Ignition's; a composite schedule is on when any of its schedules is.
``addUser``/``editUser``/``removeUser``/``addRole``/``editRole``/``removeRole``, the schedule and
holiday edits (``runtime.emulated.ignition.schedules`` holds the models) and schedule adjustments
change the gateway's users in memory (``system.security.validateUser`` sees them at once); users.json
is never rewritten.
"""
from __future__ import annotations

import datetime as _dt
import threading
from typing import TYPE_CHECKING, Any

from runtime.backends.gatewayfiles import gateway_dir, read_object
from runtime.backends.identity import AUTH_PROFILE, User, identity
from runtime.emulated.ignition.schedules import (ALWAYS, AbstractScheduleModel, CompositeScheduleModel, HolidayModel,
                                        ScheduleAdjustment, always, parse_holiday, parse_schedule)
from runtime.core.errors import ProjectError
from runtime.emulated.java.lang import Exception as JavaException
from runtime.scripts.legacy.py2types import jython_value

if TYPE_CHECKING:  # pragma: no cover
    from runtime.gateway import Gateway


#: PyUser property names (``User.Username`` ... are these strings).
PROPERTIES = ("username", "firstname", "lastname", "notes", "schedule", "language", "badge", "password")
_JSON_NAMES = {"firstname": "firstName", "lastname": "lastName"}


class ContactInfo:
    """A user's contact (``com.inductiveautomation.ignition.common.user.ContactInfo``)."""

    __module__ = "com.inductiveautomation.ignition.common.user"

    def __init__(self, contactType: str = "", value: str = "") -> None:
        self.contactType, self.value = str(contactType), str(value)

    def getContactType(self) -> str:
        return self.contactType

    def getValue(self) -> str:
        return self.value

    def setContactType(self, contactType: str) -> None:
        self.contactType = str(contactType)

    def setValue(self, value: str) -> None:
        self.value = str(value)

    def __repr__(self) -> str:
        return f"{self.contactType}: {self.value}"

    __str__ = __repr__


class PyUser:
    """A user as ``system.user`` hands it out: ``get(prop)``/``set(prop, value)`` over the
    properties, ``getRoles``, ``addRole`` ... (changes reach the gateway with ``editUser``)."""

    __module__ = "com.inductiveautomation.ignition.common.user"

    Username, FirstName, LastName, Notes, Schedule, Language, Badge, Password = PROPERTIES
    DEFAULT_SCHEDULE_NAME = ALWAYS

    def __init__(self, profile: str, props: dict[str, Any], roles: list[str],
                 contacts: list[ContactInfo]) -> None:
        self._profile = profile
        self._props = dict(props)
        self._roles = list(roles)
        self._contacts = list(contacts)
        self._adjustments: list[ScheduleAdjustment] = []

    @staticmethod
    def _key(prop: Any) -> str:
        key = str(prop).lower()
        if key not in PROPERTIES:
            raise JavaException(f"'{prop}' is not a user property ({', '.join(PROPERTIES)})")
        return key

    def get(self, propertyName) -> Any:
        return jython_value(self._props.get(self._key(propertyName)))

    def getOrDefault(self, prop) -> Any:
        key = self._key(prop)
        return self._props.get(key, ALWAYS if key == "schedule" else None)

    def getOrElse(self, property, value) -> Any:  # noqa: A002 - Ignition's name
        found = self._props.get(self._key(property))
        return value if found is None else found

    def contains(self, prop) -> bool:
        return self._props.get(self._key(prop)) is not None

    def set(self, prop, value) -> None:
        self._props[self._key(prop)] = value

    def remove(self, prop) -> None:
        self._props.pop(self._key(prop), None)

    def getId(self) -> str:
        return str(self._props.get("username"))

    def getProfileName(self) -> str:
        return self._profile

    def getPath(self) -> str:
        return f"/usr-prov:{self._profile}:/user:{self._props.get('username')}"

    def getRoles(self) -> list:
        return jython_value(list(self._roles))

    def setRoles(self, roles) -> None:
        self._roles = [str(r) for r in roles]

    def addRole(self, role) -> None:
        if str(role) not in self._roles:
            self._roles.append(str(role))

    def addRoles(self, roles) -> None:
        for role in roles:
            self.addRole(role)

    def removeRole(self, role) -> None:
        self._roles = [r for r in self._roles if r != str(role)]

    def getContactInfo(self) -> list:
        return list(self._contacts)

    def setContactInfo(self, contactInfo) -> None:
        self._contacts = list(contactInfo)

    def addContactInfo(self, *args) -> None:
        """``addContactInfo(ContactInfo)``, ``addContactInfo(type, value)`` or a dict of type -> value."""
        if len(args) == 2:
            self._contacts.append(ContactInfo(args[0], args[1]))
        elif len(args) == 1 and isinstance(args[0], ContactInfo):
            self._contacts.append(args[0])
        elif len(args) == 1 and isinstance(args[0], dict):
            self._contacts.extend(ContactInfo(k, v) for k, v in args[0].items())
        else:
            raise TypeError("addContactInfo(): expected a ContactInfo, (type, value) or a dictionary")

    def removeContactInfo(self, contactType, value) -> None:
        self._contacts = [c for c in self._contacts if (c.contactType, c.value) != (contactType, value)]

    def getScheduleAdjustments(self) -> list:
        return list(self._adjustments)

    def setScheduleAdjustments(self, adjustments) -> None:
        self._adjustments = self._checked(adjustments)

    def addScheduleAdjustments(self, adjustments) -> None:
        self._adjustments += self._checked(adjustments)

    def removeScheduleAdjustments(self, adjustments) -> None:
        gone = self._checked(adjustments)
        self._adjustments = [a for a in self._adjustments if not any(a is g for g in gone)]

    @staticmethod
    def _checked(adjustments: Any) -> list:
        found = list(adjustments)
        if not all(isinstance(a, ScheduleAdjustment) for a in found):
            raise TypeError("schedule adjustments come from system.user.createScheduleAdjustment")
        return found

    def getCount(self) -> int:
        return sum(1 for v in self._props.values() if v is not None)

    def __repr__(self) -> str:
        return str(self._props.get("username"))

    __str__ = __repr__


class UserSourceMeta:
    __module__ = "com.inductiveautomation.ignition.common.user"

    def __init__(self, name: str, kind: str, description: str) -> None:
        self._name, self._kind, self._description = name, kind, description

    def getName(self) -> str:
        return self._name

    def getType(self) -> str:
        return self._kind

    def getDescription(self) -> str:
        return self._description

    name = property(getName)
    type = property(getType)
    description = property(getDescription)

    def __repr__(self) -> str:
        return f"UserSourceMeta(name={self._name}, type={self._kind})"


class UIResponse:
    """What an edit returned: ``getErrors``/``getWarns``/``getInfos`` (lists of strings)."""

    __module__ = "com.inductiveautomation.ignition.common.messages"

    def __init__(self) -> None:
        self._errors: list[str] = []
        self._warns: list[str] = []
        self._infos: list[str] = []

    def error(self, message: str) -> "UIResponse":
        self._errors.append(message)
        return self

    def info(self, message: str) -> "UIResponse":
        self._infos.append(message)
        return self

    def getErrors(self) -> list:
        return jython_value(list(self._errors))

    def getWarns(self) -> list:
        return jython_value(list(self._warns))

    def getInfos(self) -> list:
        return jython_value(list(self._infos))

    errors = property(getErrors)
    warns = property(getWarns)
    infos = property(getInfos)

    def __repr__(self) -> str:
        return f"UIResponse(errors={self._errors}, warns={self._warns}, infos={self._infos})"


class UserStore:
    """The gateway's one user source, with its schedules and holidays."""

    def __init__(self, gateway: "Gateway") -> None:
        self._gateway = gateway
        self._lock = threading.Lock()
        data = read_object(gateway, "users.json")
        self._file = gateway_dir(gateway) / "users.json"
        entries = data.get("users", {})
        self._extra = {name: dict(spec) for name, spec in entries.items() if isinstance(spec, dict)}
        roles = data.get("roles", [])
        if not isinstance(roles, list) or not all(isinstance(r, str) for r in roles):
            raise ProjectError(f"{self._file}: \"roles\" must be a list of role names")
        self._roles = list(dict.fromkeys(roles))
        self._adjustments: dict[str, list[ScheduleAdjustment]] = {}
        self._schedules: dict[str, AbstractScheduleModel] = {ALWAYS: always()}
        self._holidays: dict[str, HolidayModel] = {}
        for key, parse, into in (("schedules", parse_schedule, self._schedules),
                                 ("holidays", parse_holiday, self._holidays)):
            for name, spec in (data.get(key) or {}).items():
                try:
                    into[name] = parse(name, spec)
                except ValueError as exc:
                    raise ProjectError(f"{self._file}: {key[:-1]} '{name}' {exc}") from None

    # -- users and roles ---------------------------------------------------------------------

    def check_source(self, function: str, source: Any) -> None:
        if not isinstance(source, str):
            raise TypeError(f"{function}(): userSource must be a string, not {type(source).__name__}")
        if source not in ("", AUTH_PROFILE):
            raise JavaException(f"User source '{source}' not found (shim has one: '{AUTH_PROFILE}')")

    def _users(self) -> dict[str, User]:
        return identity(self._gateway).users

    def user(self, name: str) -> PyUser | None:
        with self._lock:
            found = self._users().get(name)
            return self._py(found) if found is not None else None

    def users(self) -> list[PyUser]:
        with self._lock:
            return [self._py(u) for u in self._users().values()]

    def _py(self, user: User) -> PyUser:
        extra = self._extra.get(user.name, {})
        props = {"username": user.name, "password": None}
        for prop in PROPERTIES[1:-1]:
            props[prop] = extra.get(_JSON_NAMES.get(prop, prop))
        contacts = [ContactInfo(c.get("type", ""), c.get("value", "")) for c in extra.get("contactInfo", [])
                    if isinstance(c, dict)]
        found = PyUser(AUTH_PROFILE, props, list(user.roles), contacts)
        found.setScheduleAdjustments(self._adjustments.get(user.name, ()))
        return found

    def roles(self) -> list[str]:
        with self._lock:
            found = list(self._roles)
            for user in self._users().values():
                found += [r for r in user.roles if r not in found]
            return sorted(found, key=str.lower)

    def save_user(self, user: PyUser, new: bool) -> UIResponse:
        name = user.get("username")
        response = UIResponse()
        with self._lock:
            users = self._users()
            if not name:
                return response.error("A user needs a username")
            if new and name in users:
                return response.error(f"User '{name}' already exists")
            if not new and name not in users:
                return response.error(f"User '{name}' not found")
            password = user.get("password")
            if password is None:
                password = users[name].password if name in users else ""
            users[name] = User(name, str(password), tuple(user.getRoles()))
            extra = {_JSON_NAMES.get(p, p): user.get(p) for p in PROPERTIES[1:-1] if user.get(p) is not None}
            extra["contactInfo"] = [{"type": c.getContactType(), "value": c.getValue()} for c in user.getContactInfo()]
            self._extra[name] = extra
            self._adjustments[name] = user.getScheduleAdjustments()
            for role in user.getRoles():
                if role not in self._roles:
                    self._roles.append(role)
        return response.info(f"User '{name}' {'added' if new else 'saved'}")

    def remove_user(self, name: str) -> UIResponse:
        with self._lock:
            if self._users().pop(name, None) is None:
                return UIResponse().error(f"User '{name}' not found")
            self._extra.pop(name, None)
            self._adjustments.pop(name, None)
        return UIResponse().info(f"User '{name}' removed")

    def add_role(self, role: str) -> UIResponse:
        with self._lock:
            if role in self._roles or any(role in u.roles for u in self._users().values()):
                return UIResponse().error(f"Role '{role}' already exists")
            self._roles.append(role)
        return UIResponse().info(f"Role '{role}' added")

    def remove_role(self, role: str) -> UIResponse:
        with self._lock:
            known = role in self._roles or any(role in u.roles for u in self._users().values())
            if not known:
                return UIResponse().error(f"Role '{role}' not found")
            self._roles = [r for r in self._roles if r != role]
            self._rename_in_users(role, None)
        return UIResponse().info(f"Role '{role}' removed")

    def edit_role(self, old: str, new: str) -> UIResponse:
        with self._lock:
            known = old in self._roles or any(old in u.roles for u in self._users().values())
            if not known:
                return UIResponse().error(f"Role '{old}' not found")
            self._roles = [new if r == old else r for r in self._roles]
            self._rename_in_users(old, new)
        return UIResponse().info(f"Role '{old}' renamed to '{new}'")

    def _rename_in_users(self, old: str, new: str | None) -> None:
        users = self._users()
        for name, user in list(users.items()):
            if old in user.roles:
                roles = tuple(dict.fromkeys(new if r == old else r for r in user.roles if new or r != old))
                users[name] = User(user.name, user.password, roles)

    # -- schedules and holidays (8.1 manual, system.user.addSchedule ... removeHoliday) ------

    def schedule_names(self) -> list[str]:
        with self._lock:
            return list(self._schedules)

    def schedule(self, name: str) -> AbstractScheduleModel | None:
        """A copy the script may change; it counts once given to editSchedule."""
        with self._lock:
            found = self._schedules.get(name)
            return found.copy() if found is not None else None

    def holiday_names(self) -> list[str]:
        with self._lock:
            return list(self._holidays)

    def holiday(self, name: str) -> HolidayModel | None:
        with self._lock:
            found = self._holidays.get(name)
            return found.copy() if found is not None else None

    def add_schedule(self, schedule: AbstractScheduleModel) -> UIResponse:
        response = UIResponse()
        name = schedule.getName()
        with self._lock:
            problem = self._schedule_problem(schedule, None)
            if problem:
                return response.error(problem)
            self._schedules[name] = schedule.copy()
        return response.info(f'New schedule "{name}" added.')

    def edit_schedule(self, old: str, schedule: AbstractScheduleModel) -> UIResponse:
        response = UIResponse()
        name = schedule.getName()
        with self._lock:
            if old not in self._schedules:
                return response.error(f'Schedule "{old}" not found.')
            problem = self._schedule_problem(schedule, old)
            if problem:
                return response.error(problem)
            self._schedules = {(name if key == old else key): (schedule.copy() if key == old else value)
                               for key, value in self._schedules.items()}
            if name != old:
                self._rename_schedule(old, name)
        return response.info(f'Schedule "{name}" updated.')

    def remove_schedule(self, name: str) -> UIResponse:
        response = UIResponse()
        with self._lock:
            if name not in self._schedules:
                return response.error(f'Schedule "{name}" not found.')
            del self._schedules[name]
        return response.info(f'Schedule "{name}" deleted.')

    def _schedule_problem(self, schedule: AbstractScheduleModel, old: str | None) -> str | None:
        name = schedule.getName()
        if not name:
            return "A schedule needs a name."
        if name != old and name in self._schedules:
            return f'A schedule named "{name}" already exists.'
        if isinstance(schedule, CompositeScheduleModel):
            missing = [s for s in schedule.schedules if s not in self._schedules or s == old]
            if missing:
                return f'Schedule "{missing[0]}" not found.'
        return None

    def _rename_schedule(self, old: str, new: str) -> None:
        for extra in self._extra.values():
            if extra.get("schedule") == old:
                extra["schedule"] = new
        for key, value in list(self._schedules.items()):
            if isinstance(value, CompositeScheduleModel) and old in value.schedules:
                renamed = value.copy()
                renamed.schedules = tuple(new if s == old else s for s in value.schedules)
                self._schedules[key] = renamed

    def add_holiday(self, holiday: HolidayModel) -> UIResponse:
        response = UIResponse()
        name = holiday.getName()
        with self._lock:
            if not name:
                return response.error("A holiday needs a name.")
            if name in self._holidays:
                return response.error(f'A holiday named "{name}" already exists.')
            self._holidays[name] = holiday.copy()
        return response.info(f'New holiday "{name}" added.')

    def edit_holiday(self, old: str, holiday: HolidayModel) -> UIResponse:
        response = UIResponse()
        name = holiday.getName()
        with self._lock:
            if old not in self._holidays:
                return response.error(f'Holiday "{old}" not found.')
            if not name:
                return response.error("A holiday needs a name.")
            if name != old and name in self._holidays:
                return response.error(f'A holiday named "{name}" already exists.')
            self._holidays = {(name if key == old else key): (holiday.copy() if key == old else value)
                              for key, value in self._holidays.items()}
        return response.info(f'Holiday "{name}" updated.')

    def remove_holiday(self, name: str) -> UIResponse:
        with self._lock:
            if self._holidays.pop(name, None) is None:
                return UIResponse().error(f'Holiday "{name}" not found.')
        return UIResponse().info(f'Holiday "{name}" deleted.')

    def scheduled(self, user: PyUser, moment: _dt.datetime) -> bool:
        """Adjustments first (the last one covering ``moment`` wins), then the user's schedule,
        off on a holiday when the schedule observes holidays."""
        for adjustment in reversed(user.getScheduleAdjustments()):
            if adjustment.covers(moment):
                return adjustment.isAvailable()
        with self._lock:
            schedule = self._schedules.get(user.getOrDefault("schedule") or ALWAYS)
            if schedule is None:
                return False
            if schedule.isObserveHolidays() and any(h.falls_on(moment.date()) for h in self._holidays.values()):
                return False
            return schedule.covers(moment, self._schedules.get)


def user_store(gateway: "Gateway") -> UserStore:
    return gateway.service("users", UserStore)
