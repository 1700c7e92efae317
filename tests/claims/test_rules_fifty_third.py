"""Session 38 (issue 11): rules written after the fifty-third held-out set's first scoring (drones over RAF Lakenheath,
Mildenhall and Feltwell; the Temp airfield on Kotelny Island) — each case a sentence written for the rule, not one of the
set's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2024, 11, 26)


@pytest.mark.parametrize(("text", "expected"), [
    # a service's station no list has, at the village it is named after
    ("Drones flew over RAF Lakenheath and RAF Feltwell.", [["RAF Lakenheath", "RAF Feltwell"]]),
    # "base residents" is no reference back to a base
    ("Drones flew over RAF Lakenheath. None of the incursions affected base residents.", [["RAF Lakenheath"], []]),
    # controls: a listed station; a station named after no known settlement; a base referred back to
    ("F-35s flew from RAF Lakenheath.", [["RAF Lakenheath"]]),
    ("RAF Qzxwvillage was closed.", [[]]),
    ("RAF Springfield was closed.", [["Springfield"]]),  # no station made in another country
    ("Drones flew over RAF Lakenheath. The base was closed.", [["RAF Lakenheath"], ["RAF Lakenheath"]]),
])
def test_a_service_station_and_base_residents(text, expected):
    assert place_names(text, _PUBLISHED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The airfield is to be rebuilt and made operational in October.", ["2013-10"]),
    ("Similar bases are to follow in October.", ["2013-10"]),
    ("The airfield was rebuilt in October.", ["2012-10"]),  # control
])
def test_is_to_be_speaks_of_the_future(text, expected):
    assert [d.label for a in analyses(text, date(2013, 9, 17)) for d in a.dates] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The number of unmanned aircraft systems fluctuated.", []),
    ("Unmanned aerial vehicles were seen over the base.", []),
    ("Two aircraft landed.", ["unknown aircraft"]),  # control
])
def test_drones_by_their_official_names_are_no_aircraft(text, expected):
    assert [o.cls for a in analyses(text, _PUBLISHED) for o in a.objects] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Unidentified drones spotted over three US Air Force bases in Britain", [True]),
    ("Drones seen again near US bases in eastern England", [True]),
    ("Russia sets up navy base in the remotest Arctic", [True]),
    ("Russia re-opens Cold War-era Arctic airfield", [True]),
    ("The Russian Air Force has re-opened the airfield on Kotelny Island.", [True]),
    ("Some 150 troops were brought to Kotelny Island in September.", [True]),
    ("RAF Lakenheath is home to the 48th Fighter Wing.", [True]),
    ("Work to extend the runway at Tiksi Airport is under way so that it can take larger aircraft.", [True]),
    ("The Air Force was monitoring the airspace over RAF Lakenheath after the drones were seen on Monday night.", [True]),
    # controls: a plan; watching alone; a sighting with no place
    ("Similar bases are to follow on Franz Josef Land.", [False]),
    ("The Air Force is closely monitoring the airspace over RAF Lakenheath.", [False]),
    ("Unidentified drones were spotted over the weekend.", [False]),
])
def test_drones_seen_over_bases_and_bases_set_up_are_claims_to_check(text, expected):
    assert [a.checkable for a in analyses(text, _PUBLISHED)] == expected
