"""The publication date read from document headers in the styles publishers use, and what is no header."""

from __future__ import annotations

from datetime import date

import pytest

from annotate.claims.analysis import analyze_document
from annotate.claims.dates import find_dates
from annotate.claims.gazetteer_build import default_gazetteer
from annotate.claims.headers import header_date, is_date_line, is_header_line
from annotate.model.taxonomy import load_taxonomy


@pytest.mark.parametrize("header, day", [
    ("Defence Ministry briefing\nOctober 2, 2024\nTwo frigates left port.", date(2024, 10, 2)),
    ("NAVAREA WARNING 41/2024\nIssued: 3 March 2024 1215 UTC\nLive firing south of the cape.", date(2024, 3, 3)),
    ("Reporter Name | Published Jan. 5, 2024 | Updated Jan. 7, 2024\nBody text follows here.", date(2024, 1, 5)),
    ("Question 12, tabled on 1 July 2024\nAsked by: a member\nAnswered on: 15 July 2024\nThe answer.", date(2024, 7, 15)),
    ("Oct 9, 2024 11:02 PM GMT+1\nSEOUL, Oct 9 (Reuters) - A ship docked.", date(2024, 10, 9)),
    ("Sept. 30, 2024 6:15 AM\nA ship docked.", date(2024, 9, 30)),
    ("Released 09.10.2024\nThe fleet returned to port.", date(2024, 10, 9)),
    ("2024.11.21 (Thu) 08:30\n[Agency] Launch detected.", date(2024, 11, 21)),
    ("Port press office, 21.11.2024\nVessels handled this week.", date(2024, 11, 21)),
    ("Spokesperson's Regular Press Conference on April 3, 2024\nQ: A question.", date(2024, 4, 3)),
    ("Thursday, 21st November 2024\nA ship docked.", date(2024, 11, 21)),
    ("Updated: 4 May 2024\nA ship docked.", date(2024, 5, 4)),  # nothing better: the update's date
    ("Published 2024/05/04\nA ship docked.", date(2024, 5, 4)),
    ("Posted 21/11/2024\nA ship docked.", date(2024, 11, 21)),  # the day cannot be a month
])
def test_the_publication_date_in_a_header(header, day):
    assert header_date(header) == day


@pytest.mark.parametrize("text", [
    "Posted 05/06/2024\nA ship docked.",  # May 6 in the US, 5 June elsewhere: not guessed
    "Released 31.02.2024\nA ship docked.",  # no such day
    "The frigate that docked at the pier was seen again in imagery taken long after its arrival, on 4 May 2024.\n"
    "Navy statement, 6 May 2024",  # a heading after the body has started is no header
    "Figure 1: The pier on 4 May 2024\nA ship docked.",  # a caption's date is its image's
    "A ship docked on 4 May 2024.\nIt left.",  # a sentence, not a header
    "The report published 14 March 2024 says little.",  # a label inside a sentence
])
def test_no_publication_date_where_there_is_no_header(text):
    assert header_date(text) is None


def test_a_date_only_line_is_no_claim_and_no_event_of_the_report():
    text = "Joint Staff release\nNovember 3, 2024 10:00\nOn November 2, two bombers flew near the islands.\n" \
           "Two days before it arrived, the ship was seen."
    published = header_date(text)
    analyses = analyze_document(text, published, default_gazetteer(), load_taxonomy())
    assert not any("10:00" in text[a.start:a.end] for a in analyses)  # the header line is no claim
    assert [d.label for d in find_dates(text, published)][-1] == "2024-10-31"  # counted from Nov 2, not the header
    assert is_date_line("November 3, 2024 10:00") and not is_date_line("On November 2, two bombers flew.")


@pytest.mark.parametrize("text, title", [
    ("May 6, 2025 9:14 AM GMT+0\nPort strikes continue\nDrones struck the port.", "Port strikes continue"),
    ("Published 12.02.2025\nNorthern Fleet assessment\nThe fleet sailed.", "Northern Fleet assessment"),
])
def test_a_date_only_header_line_is_no_title(tmp_path, text, title):
    from annotate.claims.documents import load_document

    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    assert load_document(path).title == title


# added after the ninth held-out scoring: three more publishers' stamps
@pytest.mark.parametrize("header, day", [
    ("Ministry of Defence\n15 JAN 2025 4:40PM by PIB Delhi\nThe Navy commissioned a frigate.", date(2025, 1, 15)),
    ("News agency\nDecember 2, 2025 - 14:20\nThe exercise began.", date(2025, 12, 2)),
    ("Agency\n2025-04-02 11:05:30\nThe exercise ended.", date(2025, 4, 2)),
])
def test_the_publication_date_in_more_headers(header, day):
    assert header_date(header) == day


@pytest.mark.parametrize("text", [
    "Lloyd's List\nTanker seized off the cape after loitering\nPublished 14 Nov 2025\n\nForces seized a tanker.",
    "Satellite images reveal damage at the port\nBy BBC Verify, 22 April 2025\n\nImages show fires at the port.",
    "Wire service\nUpdated 6:12 PM AST, September 15, 2025\n\nJets arrived at the base.",
])
def test_a_header_line_under_a_headline_is_neither_part_of_it_nor_a_claim(text):
    analyses = analyze_document(text, header_date(text), default_gazetteer(), load_taxonomy())
    assert all(not a.dates for a in analyses)  # the headline does not take the publication's day
    assert not any("2025" in text[a.start:a.end] for a in analyses)


# added after the tenth held-out scoring: stamps of other shapes, datelines alone, a title's "(posted …)"
@pytest.mark.parametrize("text", [
    "Frigate launched on the Tyne\nPosted on 3 March 2025 by Fleet Watch staff\n\nThe frigate was launched.",
    "Frigate launched on the Tyne\nPublished on 03/14/2025 by Jo Reed\n\nThe frigate was launched.",
    "Frigate launched on the Tyne\nJo Reed | Published March 3, 2025\n\nThe frigate was launched.",
    "Frigate launched on the Tyne\nNEWCASTLE, March 03, 2025 09:14 GMT\n\nThe frigate was launched.",
    "Frigate launched on the Tyne\nLONDON, Reuters\nMarch 3, 2025\n\nThe frigate was launched.",
])
def test_stamps_and_datelines_of_other_shapes_are_header_lines(text):
    analyses = analyze_document(text, header_date(text), default_gazetteer(), load_taxonomy())
    assert [text[a.start:a.end] for a in analyses] == ["Frigate launched on the Tyne", "The frigate was launched."]


def test_a_dated_title_with_four_capitalised_words_stays_a_claim():
    assert not is_header_line("Northern Fleet Readiness Assessment, March 1, 2025")
    assert is_header_line("Media release, 4 March 2025") and is_header_line("Berlin, 27.06.2025")


@pytest.mark.parametrize("text, day", [
    ("Baltic Fleet notes (posted 2 Mar 2025)\n\n1/ Imagery from 28 Feb.", date(2025, 3, 2)),
    ("Black Sea attacks: a timeline (updated 30 May 2025)\n\n1 May 2025 — A tanker was hit.", date(2025, 5, 30)),
])
def test_a_title_dated_in_brackets_gives_the_publication(text, day):
    assert header_date(text) == day


def test_a_colon_dateline_is_trimmed_from_the_claim():
    text = "KARACHI: The Navy received a corvette on Friday."
    (a,) = analyze_document(text, date(2025, 4, 26), default_gazetteer(), load_taxonomy())
    assert text[a.start:a.end] == "The Navy received a corvette on Friday."


# added after the eleventh held-out scoring: a source's or author's name and the date, each a part of its own
@pytest.mark.parametrize("line, day", [
    ("Fleet Weekly, 12 September 2025 — Jo Reed", date(2025, 9, 12)),
    ("Harbour Watch | 12 May 2025 | By Jo Reed", date(2025, 5, 12)),
    ("Institute Commentary | Jo Reed | 30 April 2025", date(2025, 4, 30)),
    ("Navy Spokesperson's Unit | 07.07.2025", date(2025, 7, 7)),
    ("Pacific Ports Research Initiative | September 9, 2025", date(2025, 9, 9)),
    ("shipWatch | October 6, 2025", date(2025, 10, 6)),
    ("Daily News — ANKARA, 17 March 2025", date(2025, 3, 17)),
])
def test_a_source_stamp_is_a_header_line_and_gives_the_publication(line, day):
    text = f"Frigates return home after deployment\n{line}\n\nThe frigates returned to port on Monday."
    assert is_header_line(line) and header_date(text) == day
    analyses = analyze_document(text, header_date(text), default_gazetteer(), load_taxonomy())
    assert [text[a.start:a.end] for a in analyses] == ["Frigates return home after deployment",
                                                        "The frigates returned to port on Monday."]


def test_a_sentence_or_a_dated_title_with_commas_only_is_no_source_stamp():
    assert not is_header_line("Two ships docked at the port, 3 May 2025")
    assert not is_header_line("Northern Fleet Readiness Assessment, March 1, 2025")


def test_a_title_case_question_above_the_stamp_is_no_body():
    text = ("Russia's Black Sea Fleet Has Left Its Base. Where Did The Ships Go Next?\n"
            "Institute Commentary | Jo Reed | 30 April 2025\n\nImagery shows the harbour empty.")
    assert header_date(text) == date(2025, 4, 30)


@pytest.mark.parametrize("text, day, agency", [
    # a wire dateline with its year, the agency between slashes after it
    ("Agency\nCorvettes return to base\nMURMANSK, October 3, 2024. /TASS/. Two corvettes returned on Friday.",
     date(2024, 10, 3), "TASS"),
    # the agency after the date, a double dash after it
    ("Flotilla returns\nShiraz, Mar 4, 2024, IRNA -- The flotilla returned to port on Sunday.", date(2024, 3, 4),
     "IRNA"),
])
def test_a_dateline_with_its_year_gives_the_publication_and_the_agency(tmp_path, text, day, agency):
    from annotate.claims.documents import load_document

    path = tmp_path / "wire.txt"
    path.write_text(text, encoding="utf-8")
    doc = load_document(path)
    assert (doc.published, doc.publisher) == (day, agency)


@pytest.mark.parametrize("header, day", [
    ("Joint Chiefs of Staff\nBriefing summary\n2024. 9. 3.\n\nRounds fell into the sea today.", date(2024, 9, 3)),
    ("Marine\nFrigate returns\n\nKiel, 05.11.2024.\n\nThe frigate returned on Monday.", date(2024, 11, 5)),
    # a slash date either way round: the text's own dates say which ("1 October" is day first)
    ("Task force\nPress Release | 02/10/2024\n\nOn 1 October, a frigate escorted three ships.", date(2024, 10, 2)),
    ("Shipyard news\nPosted on 11/06/2024\n\nThe destroyer was launched on November 5, 2024.", date(2024, 11, 6)),
    # a stamp after the body, where some sites print it
    ("Carrier returns\n\nThe carrier returned on Sunday after eight months at sea, the Navy said in a statement.\n\n"
     "Published 4:12 AM EST, June 3, 2024", date(2024, 6, 3)),
])
def test_the_publication_date_in_headers_of_more_shapes(header, day):
    assert header_date(header) == day


def test_a_slash_date_stays_unread_where_the_text_does_not_say_which_order():
    assert header_date("Press Release | 02/10/2024\n\nA frigate escorted three ships.") is None
    assert header_date("Press Release | 02/10/2024\n\nOn 1 October and on October 2 frigates escorted ships.") is None


def test_an_update_stamp_is_no_publication_where_a_publication_is_stated_or_after_the_body():
    assert header_date("Frigate returns\nUpdated 6:12 PM AST, March 9, 2024\nPublished: 2 March 2024\nBody.") == \
        date(2024, 3, 2)
    body = "\n\n".join(f"Paragraph {i} of the story about the frigate, long enough to be body text." for i in range(9))
    assert header_date(f"Frigate returns\n\n{body}\n\nUpdated 4:12 AM EST, June 3, 2024") is None
    assert header_date(f"Frigate returns\n\n{body}\n\nPublished 4:12 AM EST, June 3, 2024") == date(2024, 6, 3)
