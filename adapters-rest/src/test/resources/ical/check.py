#!/usr/bin/python3
"""Parses an iCalendar file with libical (the reference C library GNOME's Evolution uses), through its GObject bindings.

Prints one JSON object: the parser's errors (the X-LIC-ERROR properties libical inserts for each line it cannot read,
and what its RFC 5546 restriction check finds for METHOD:PUBLISH), and every event as libical reads it back: UID,
DTSTART, SUMMARY, DESCRIPTION, CATEGORIES — text unescaped and lines unfolded by libical, not by us.
"""
import json
import sys

import gi

gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib as I  # noqa: E402

data = open(sys.argv[1], "rb").read().decode("utf-8")
cal = I.Component.new_from_string(data)
out = {"errors": [], "events": [], "kind": None}
if cal is None:
    out["errors"].append("libical could not parse the calendar")
    print(json.dumps(out, ensure_ascii=False))
    sys.exit(0)
out["kind"] = I.Component.kind_to_string(cal.isa())
restricted_ok = I.restriction_check(cal)


def errors_of(comp):
    found = []
    p = comp.get_first_property(I.PropertyKind.XLICERROR_PROPERTY)
    while p is not None:
        found.append(p.as_ical_string().strip())
        p = comp.get_next_property(I.PropertyKind.XLICERROR_PROPERTY)
    return found


out["errors"].extend(errors_of(cal))
ev = cal.get_first_component(I.ComponentKind.VEVENT_COMPONENT)
while ev is not None:
    out["errors"].extend(errors_of(ev))
    cats = []
    p = ev.get_first_property(I.PropertyKind.CATEGORIES_PROPERTY)
    while p is not None:
        cats.append(p.get_categories())
        p = ev.get_next_property(I.PropertyKind.CATEGORIES_PROPERTY)
    start = ev.get_dtstart()
    out["events"].append({
        "uid": ev.get_uid(),
        "start": "%04d-%02d-%02d" % (start.get_year(), start.get_month(), start.get_day()),
        "allDay": bool(start.is_date()),
        "summary": ev.get_summary(),
        "description": ev.get_description(),
        "categories": cats,
    })
    ev = cal.get_next_component(I.ComponentKind.VEVENT_COMPONENT)
if not restricted_ok:
    out["errors"].append("restriction check failed (the properties RFC 5545 requires of each component)")
print(json.dumps(out, ensure_ascii=False))
