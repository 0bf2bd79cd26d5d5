"""system.user: users, roles, schedules and holidays from _gateway/users.json, changed in
memory (system.security sees the changes), through real handlers."""
from __future__ import annotations

import pytest

from systemkit import fail_one, handler_files, run_one

USERS = {"_gateway/users.json": {
    "users": {
        "bob": {"password": "pw", "roles": ["Operator"], "firstName": "Bob", "lastName": "Smith",
                "schedule": "Weekdays", "contactInfo": [{"type": "email", "value": "bob@plant.example"}]},
        "ann": {"password": "secret", "roles": ["Supervisor", "Operator"]},
    },
    "roles": ["Maintenance"],
    "schedules": {"Weekdays": {"days": ["Mon", "Tue", "Wed", "Thu", "Fri"], "start": "08:00", "end": "17:00",
                               "description": "day shift"}},
    "holidays": {"Christmas": {"date": "2024-12-25", "repeatAnnually": True}},
}}


def gateway(make_gateway, source: str, semantics: str = "8.1"):
    files = handler_files(source, semantics=semantics)
    files.update(USERS)
    return make_gateway(files, synchronous=True)


def test_users_roles_and_their_properties(make_gateway):
    gw = gateway(make_gateway, """
users = system.user.getUsers("")
for user in users:
    print user.get(user.Username), user.get("firstname"), user.getRoles()
bob = system.user.getUser("default", "bob")
print bob.get(bob.LastName), bob.getOrDefault(bob.Schedule), [str(c) for c in bob.getContactInfo()]
print system.user.getUser("", "nobody"), system.user.getRoles("")
print [s.getName() for s in system.user.getUserSources()]
""")
    assert run_one(gw).output == ["bob Bob [u'Operator']", "ann None [u'Supervisor', u'Operator']",
                                  "Smith Weekdays ['email: bob@plant.example']",
                                  "None [u'Maintenance', u'Operator', u'Supervisor']", "['default']"]


def test_add_edit_remove_users_and_roles(make_gateway):
    gw = gateway(make_gateway, """
user = system.user.getNewUser("", "cy")
user.set(user.Password, "pw3")
user.set("firstname", "Cy")
user.addRole("Maintenance")
response = system.user.addUser("", user)
print response.getErrors(), response.getInfos()
print system.security.validateUser("cy", "pw3"), system.user.addUser("", user).getErrors()
bob = system.user.getUser("", "bob")
bob.addRole("Supervisor")
system.user.editUser("", bob)
print system.user.getUser("", "bob").getRoles(), system.security.validateUser("bob", "pw")
print system.user.editRole("", "Operator", "Op").getErrors(), system.user.getUser("", "ann").getRoles()
print system.user.removeRole("", "Op").getErrors(), system.user.getUser("", "bob").getRoles()
print system.user.addRole("", "Quality").getErrors(), system.user.addRole("", "Quality").getErrors()
print system.user.removeUser("", "cy").getErrors(), system.user.removeUser("", "cy").getErrors()
print system.user.getUser("", "cy"), system.security.validateUser("cy", "pw3")
""")
    assert run_one(gw).output == [
        "[] [u\"User 'cy' added\"]",
        "True [u\"User 'cy' already exists\"]",
        "[u'Operator', u'Supervisor'] True",
        "[] [u'Supervisor', u'Op']", "[] [u'Supervisor']",
        "[] [u\"Role 'Quality' already exists\"]",
        "[] [u\"User 'cy' not found\"]", "None False",
    ]


def test_schedules_and_holidays(make_gateway):
    gw = gateway(make_gateway, """
print system.user.getScheduleNames(), system.user.getSchedule("Weekdays").getDescription(), system.user.getSchedule("Nope")
bob = system.user.getUser("", "bob")
ann = system.user.getUser("", "ann")
monday_noon = system.date.getDate(2024, 4, 6)
monday_noon = system.date.setTime(monday_noon, 12, 0, 0)
sunday = system.date.getDate(2024, 4, 5)
print system.user.isUserScheduled(bob, monday_noon), system.user.isUserScheduled(bob, sunday), system.user.isUserScheduled(ann, sunday)
print [str(u) for u in system.user.getScheduledUsers("", sunday)], len(system.user.getScheduledUsers("", monday_noon))
print system.user.getHolidayNames(), system.user.getHoliday("Christmas").isRepeatAnnually(), [h.getName() for h in system.user.getHolidays()]
""")
    assert run_one(gw).output == ["[u'Always', u'Weekdays'] day shift None", "True False True",
                                  "['ann'] 2", "[u'Christmas'] True ['Christmas']"]


@pytest.mark.parametrize("source, message", [
    ('system.user.getUsers("ldap")', "User source 'ldap' not found"),
    ('system.user.getUsers(None)', "userSource must be a string"),
    ('system.user.addUser("", "bob")', "user must come from getUser/getNewUser"),
    ('system.user.getUser("", "bob").get("shoeSize")', "'shoeSize' is not a user property"),
    ('system.user.isUserScheduled(system.user.getUser("", "bob"), "monday")', "date must be a Date"),
])
def test_user_errors(make_gateway, source, message):
    assert message in fail_one(gateway(make_gateway, source)).error


def test_system_user_is_8x(make_gateway):
    assert "new in Ignition 8" in fail_one(gateway(make_gateway, 'system.user.getUsers("")', "7.9")).error
