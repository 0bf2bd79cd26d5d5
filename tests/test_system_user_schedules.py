"""system.user schedule and holiday editing (8.1 manual, system.user.addSchedule, editSchedule,
removeSchedule, addCompositeSchedule, addHoliday, editHoliday, removeHoliday,
createScheduleAdjustment): the manual's examples as written, then a shift-planning library the
way plant code keeps one, through real handlers on a gateway with users.json."""
from __future__ import annotations

import pytest

from runtime.backends.users import user_store
from runtime.tools.interpreter import Interpreter
from systemkit import fail_one, handler_files, run_one

USERS = {"_gateway/users.json": {
    "users": {
        "bob": {"password": "pw", "roles": ["Operator"], "schedule": "Weekdays"},
        "george": {"password": "pw", "roles": ["Operator"], "schedule": "Weekdays"},
        "ann": {"password": "pw", "roles": ["Supervisor"], "schedule": "Weekend"},
    },
    "schedules": {
        "MySchedule": {"days": ["Mon"], "start": "06:00", "end": "14:00", "description": "early"},
        "Weekdays": {"days": ["Mon", "Tue", "Wed", "Thu", "Fri"], "start": "08:00", "end": "17:00",
                     "observeHolidays": True},
        "Weekend": {"days": ["Sat", "Sun"], "start": "00:00", "end": "00:00"},
        "A Shift": {"days": ["Mon", "Tue", "Wed"], "start": "06:00", "end": "14:00"},
        "B Shift": {"days": ["Mon", "Tue", "Wed"], "start": "14:00", "end": "22:00"},
    },
    "holidays": {"Labor Day": {"date": "2024-09-02", "repeatAnnually": True}},
}}

PRINT_RESPONSE = '''
def printResponse(responseList):
\tif len(responseList) > 0:
\t\tfor response in responseList:
\t\t\tprint "", response
\telse:
\t\tprint " None"
'''


def gateway(make_gateway, source: str, semantics: str = "8.1", library: str | None = None):
    files = handler_files(source, semantics=semantics)
    files.update(USERS)
    if library is not None:
        files["X/library/shifts.py"] = library
    return make_gateway(files, synchronous=True)


def test_get_schedules_lists_copies_of_every_schedule(make_gateway):
    """system.user.getSchedules (8.1 manual): every schedule model, in order; they are copies
    (renaming one changes nothing until editSchedule); it takes no argument."""
    gw = gateway(make_gateway, '''
schedules = system.user.getSchedules()
print [s.getName() for s in schedules] == list(system.user.getScheduleNames())
print "Weekdays" in [s.getName() for s in schedules], schedules[0].getType()
schedules[0].setName("Renamed")
print "Renamed" in system.user.getScheduleNames()
try:
	system.user.getSchedules("Weekdays")
except TypeError, e:
	print "TypeError"
''')
    assert run_one(gw).output == ["True", "True basic schedule", "False", "TypeError"]


def test_manual_remove_holiday_and_remove_schedule_examples(make_gateway):
    """The 7.9/8.1 manual's removeHoliday example and its documented output (Infos: ``Holiday
    "Labor Day" deleted.``), and its removeSchedule example (the page's output is cut after
    ``Schedule "MySchedule``: the same wording is assumed)."""
    gw = gateway(make_gateway, PRINT_RESPONSE + '''
holidayName = "Labor Day"
response = system.user.removeHoliday(holidayName)

warnings = response.getWarns()
print "Warnings are:"
printResponse(warnings)

errors = response.getErrors()
print "Errors are:"
printResponse(errors)

infos = response.getInfos()
print "Infos are:"
printResponse(infos)

scheduleName = "MySchedule"
response = system.user.removeSchedule(scheduleName)

warnings = response.getWarns()
print "Warnings are:"
printResponse(warnings)

errors = response.getErrors()
print "Errors are:"
printResponse(errors)

infos = response.getInfos()
print "Infos are:"
printResponse(infos)
''')
    assert run_one(gw).output == ["Warnings are:", " None", "Errors are:", " None", "Infos are:",
                                  ' Holiday "Labor Day" deleted.',
                                  "Warnings are:", " None", "Errors are:", " None", "Infos are:",
                                  ' Schedule "MySchedule" deleted.']


def test_manual_add_schedule_example(make_gateway):
    """The 8.1 manual's system.user.addSchedule example and its documented output."""
    gw = gateway(make_gateway, PRINT_RESPONSE + '''
mySchedule = system.user.getSchedule("Always")
if mySchedule != None and mySchedule.getType() == "basic schedule":
\tmySchedule.setObserveHolidays(False)
\tmySchedule.setName("NewSchedule")
\tresponse = system.user.addSchedule(mySchedule)
\twarnings = response.getWarns()
\tprint "Warnings are:"
\tprintResponse(warnings)
\terrors = response.getErrors()
\tprint "Errors are:"
\tprintResponse(errors)
\tinfos = response.getInfos()
\tprint "Infos are:"
\tprintResponse(infos)
print system.user.getScheduleNames()[-1], system.user.getSchedule("Always").getName()
''')
    assert run_one(gw).output == ["Warnings are:", " None", "Errors are:", " None", "Infos are:",
                                  ' New schedule "NewSchedule" added.', "NewSchedule Always"]


def test_manual_edit_schedule_and_holiday_examples(make_gateway):
    """The 8.1 manual's editSchedule and editHoliday examples, with their documented infos."""
    gw = gateway(make_gateway, PRINT_RESPONSE + '''
oldScheduleName = "MySchedule"
mySchedule = system.user.getSchedule(oldScheduleName)
if mySchedule != None and mySchedule.getType() == "basic schedule":
\tmySchedule.setObserveHolidays(False)
\tmySchedule.setName("MyEditedSchedule")
\tmySchedule.setDescription("A modified description")
\tresponse = system.user.editSchedule(oldScheduleName, mySchedule)
\tprintResponse(response.getErrors())
\tprintResponse(response.getInfos())
else:
\tprint "Basic schedule", oldScheduleName, "not found."
print system.user.getSchedule("MySchedule"), system.user.getSchedule("MyEditedSchedule").getDescription()
holidayName = "Labor Day"
myHoliday = system.user.getHoliday(holidayName)
if myHoliday != None:
\tmyHoliday.setRepeatAnnually(False)
\tresponse = system.user.editHoliday(holidayName, myHoliday)
\tprintResponse(response.getErrors())
\tprintResponse(response.getInfos())
print system.user.getHoliday(holidayName).isRepeatAnnually()
''')
    assert run_one(gw).output == [" None", ' Schedule "MyEditedSchedule" updated.', "None A modified description",
                                  " None", ' Holiday "Labor Day" updated.', "False"]


def test_manual_composite_schedule_and_adjustment_examples(make_gateway):
    """addCompositeSchedule("A and B Shift", "A Shift", "B Shift", ...) and the
    createScheduleAdjustment example (system.date.parse, addScheduleAdjustments, editUser)."""
    gw = gateway(make_gateway, '''
system.user.addCompositeSchedule("A and B Shift", "A Shift", "B Shift", "Both A and B combined")
both = system.user.getSchedule("A and B Shift")
print both.getType(), both.getDescription()
start = system.date.parse("2019-07-01 17:00:00")
end = system.date.parse("2019-07-05 17:00:00")
scheduleAdjustment = system.user.createScheduleAdjustment(start, end, True, "Summer swing schedule change.")
user = system.user.getUser("default", "george")
user.addScheduleAdjustments([scheduleAdjustment])
system.user.editUser("default", user)
george = system.user.getUser("default", "george")
print [a.getNote() for a in george.getScheduleAdjustments()]
evening = system.date.parse("2019-07-02 20:00:00")
print system.user.isUserScheduled(george, evening), system.user.isUserScheduled(system.user.getUser("", "bob"), evening)
user = system.user.getUser("", "bob")
bob_evening = system.date.parse("2019-07-03 21:00:00")
user.set(user.Schedule, "A and B Shift")
system.user.editUser("", user)
print system.user.isUserScheduled(system.user.getUser("", "bob"), bob_evening)
''')
    assert run_one(gw).output == ["composite schedule Both A and B combined", "['Summer swing schedule change.']",
                                  "True False", "True"]


SHIFTS = '''
import system

logger = system.util.getLogger("Shifts")


class ShiftPlanner(object):
\t"""Keeps the plant's shift schedules and holidays in the user source."""

\tdef __init__(self, source=""):
\t\tself.source = source

\tdef _report(self, what, response):
\t\terrors = response.getErrors()
\t\tif errors:
\t\t\tlogger.warn("%s failed: %s" % (what, errors[0]))
\t\t\treturn False
\t\tlogger.info("%s: %s" % (what, response.getInfos()[0]))
\t\treturn True

\tdef cloneSchedule(self, name, newName, description):
\t\ttry:
\t\t\tschedule = system.user.getSchedule(name)
\t\t\tif schedule is None:
\t\t\t\tlogger.warn("no schedule %s" % name)
\t\t\t\treturn False
\t\t\tschedule.setName(newName)
\t\t\tschedule.setDescription(description)
\t\t\treturn self._report("clone %s" % name, system.user.addSchedule(schedule))
\t\texcept Exception, e:
\t\t\tlogger.error("clone %s: %s" % (name, e))
\t\t\treturn False

\tdef observeHolidays(self, name, observe=True):
\t\tschedule = system.user.getSchedule(name)
\t\tschedule.setObserveHolidays(observe)
\t\treturn self._report("holidays on %s" % name, system.user.editSchedule(name, schedule))

\tdef copyHoliday(self, name, newName, when):
\t\tholiday = system.user.getHoliday(name)
\t\tholiday.setName(newName)
\t\tholiday.setDate(when)
\t\tholiday.setRepeatAnnually(False)
\t\treturn self._report("holiday %s" % newName, system.user.addHoliday(holiday))

\tdef onShift(self, username, when):
\t\tuser = system.user.getUser(self.source, username)
\t\treturn system.user.isUserScheduled(user, when)
'''


def test_shift_planner_library(make_gateway):
    """Holidays take a user off a schedule that observes them; clones are independent; edits and
    removals answer with errors for names that are not there; the gateway log shows it all."""
    gw = gateway(make_gateway, '''
import shifts
planner = shifts.ShiftPlanner()
labor_day = system.date.parse("2024-09-02 10:00:00")
print planner.onShift("bob", labor_day), planner.onShift("bob", system.date.parse("2024-09-03 10:00:00"))
print planner.cloneSchedule("Weekdays", "Weekdays2", "copy"), planner.cloneSchedule("Weekdays", "Weekdays2", "again")
print planner.cloneSchedule("Nights", "N2", "x")
print system.user.getSchedule("Weekdays2").isObserveHolidays(), system.user.getSchedule("Weekdays").getDescription()
print planner.observeHolidays("Weekdays", False), planner.onShift("bob", labor_day)
print planner.copyHoliday("Labor Day", "Plant Day", system.date.parse("2024-09-03 00:00:00"))
print system.user.getHolidayNames()
print planner.observeHolidays("Weekdays", True), planner.onShift("bob", system.date.parse("2024-09-03 10:00:00"))
print system.user.removeHoliday("Plant Day").getInfos(), system.user.removeHoliday("Plant Day").getErrors()
print system.user.removeSchedule("Weekdays2").getInfos(), system.user.removeSchedule("Weekdays2").getErrors()
print system.user.editSchedule("Nope", system.user.getSchedule("Weekend")).getErrors()
print system.user.editSchedule("Weekend", system.user.getSchedule("Weekdays")).getErrors()
print system.user.addCompositeSchedule("Mixed", "Weekend", "Nope").getErrors()
renamed = system.user.getSchedule("Weekend")
renamed.setName("Weekends")
system.user.editSchedule("Weekend", renamed)
print system.user.getUser("", "ann").get("schedule"), planner.onShift("ann", system.date.parse("2024-09-01 03:00:00"))
''', library=SHIFTS)
    run = run_one(gw)
    assert run.output == [
        "False True", "True False", "False", "True ", "True True", "True",
        "[u'Labor Day', u'Plant Day']", "True False",
        "[u'Holiday \"Plant Day\" deleted.'] [u'Holiday \"Plant Day\" not found.']",
        "[u'Schedule \"Weekdays2\" deleted.'] [u'Schedule \"Weekdays2\" not found.']",
        "[u'Schedule \"Nope\" not found.']",
        "[u'A schedule named \"Weekdays\" already exists.']",
        "[u'Schedule \"Nope\" not found.']",
        "Weekends True",
    ]
    logged = "\n".join(str(r) for r in gw.log.records)
    assert 'clone Weekdays: New schedule "Weekdays2" added.' in logged
    assert 'A schedule named "Weekdays2" already exists.' in logged
    assert "no schedule Nights" in logged


@pytest.mark.parametrize("source, message", [
    ('system.user.addSchedule("Weekdays")', "addSchedule(): schedule must be a schedule model"),
    ('system.user.addHoliday(system.user.getSchedule("Weekdays"))', "addHoliday(): holiday must be a HolidayModel"),
    ('system.user.editHoliday("", system.user.getHoliday("Labor Day"))', "holidayName must be a non-empty string"),
    ('system.user.createScheduleAdjustment("monday", system.date.now(), True, "x")',
     "startDate must be a Date"),
    ('system.user.createScheduleAdjustment(system.date.now(), system.date.addDays(system.date.now(), -1), True, "x")',
     "endDate is before startDate"),
    ('system.user.getUser("", "bob").addScheduleAdjustments(["tomorrow"])',
     "schedule adjustments come from system.user.createScheduleAdjustment"),
])
def test_schedule_errors(make_gateway, source, message):
    assert message in fail_one(gateway(make_gateway, source)).error


def test_schedule_editing_is_8x_and_obeys_the_designer_comm_mode(make_gateway):
    gw = gateway(make_gateway, 'system.user.removeHoliday("Labor Day")', "7.9")
    assert "new in Ignition 8" in fail_one(gw).error
    gw = gateway(make_gateway, "pass")
    out, err = [], []
    script = 'print system.user.removeHoliday("Labor Day")'
    Interpreter(gw, gw.session_host(gw.open_designer("X")), out.append, err.append).run_script(script, "<designer>")
    assert "system.user.removeHoliday refused: this Designer is in Comm Read-Only mode" in "\n".join(err)
    assert user_store(gw).holiday("Labor Day") is not None
