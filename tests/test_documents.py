"""Reading documents, grouping them into origins, and scoring: real files, real formats."""

from __future__ import annotations

import dataclasses
import io
import os
import random
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfWriter

from countersight.extract.evaluation import adjusted_rand_index
from countersight.extract.origins import StoryText, attributed_outlets, group_origins
from countersight.geo.burmese import is_zawgyi
from countersight.ingest.documents import MAX_BYTES, DocumentError, read_document
from tests.conftest import SHARED, write

EXAMPLES = SHARED / "examples"
needs_examples = pytest.mark.skipif(
    not EXAMPLES.exists(), reason="../shared/examples is not beside this clone"
)

PAGE = """<!doctype html>
<html lang="en"><head><title>City cameras | The Example Courier</title>
<meta property="og:title" content="Council buys 120 cameras for the riverside">
<meta property="og:site_name" content="The Example Courier">
<meta property="article:published_time" content="2023-04-18T09:00:00Z">
<script>var tracking = "should never be read";</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/login">Log in</a></nav>
<div class="cookie">We use cookies. Accept all cookies to continue reading.</div>
<article><h1>Council buys 120 cameras for the riverside</h1>
<p>The city council has bought 120 surveillance cameras for the riverside district, according
to a procurement notice published on Tuesday. The notice says the cameras will be installed
by the end of the year.</p>
<p>Residents' groups asked how long the footage will be kept; the council did not say.</p>
</article>
<footer>© The Example Courier. Related: Ten best cafes in town. Subscribe now.</footer>
</body></html>
"""


def test_a_saved_page_gives_its_article_and_metadata(tmp_path: Path) -> None:
    document = read_document(write(tmp_path / "page.html", PAGE))
    assert "120 surveillance cameras" in document.text
    assert "cookies" not in document.text and "Log in" not in document.text
    assert "tracking" not in document.text and "cafes" not in document.text
    assert document.title == "Council buys 120 cameras for the riverside"
    assert document.outlet == "The Example Courier"
    assert str(document.published) == "2023-04-18"
    assert document.media_type == "text/html" and document.language == "en"


def test_what_the_caller_says_overrides_the_page(tmp_path: Path) -> None:
    from datetime import date

    document = read_document(
        write(tmp_path / "page.html", PAGE), outlet="Courier", published=date(2023, 4, 19)
    )
    assert document.outlet == "Courier" and str(document.published) == "2023-04-19"


def test_hard_wrapped_text_keeps_its_paragraphs(tmp_path: Path) -> None:
    text = "2022-07-12\n\nFirst line of a paragraph\nthat goes on here.\n\nSecond paragraph."
    document = read_document(write(tmp_path / "wire.txt", text * 3))
    assert "First line of a paragraph that goes on here." in document.text
    assert str(document.published) == "2022-07-12"


def test_a_pdf_with_text_is_read_and_one_without_is_refused(tmp_path: Path) -> None:
    blank = PdfWriter()
    blank.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    blank.write(buffer)
    scan = write(tmp_path / "scan.pdf", buffer.getvalue())
    with pytest.raises(DocumentError, match="no text layer"):
        read_document(scan)
    fixtures = sorted(Path(__file__).parent.joinpath("extraction").glob("*.pdf"))
    if not fixtures:
        pytest.skip("no PDF fixtures in tests/extraction")
    document = read_document(fixtures[0])
    assert document.media_type == "application/pdf" and len(document.text) > 200


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"   \n\n  ", "empty"),
        ("junk.txt", random.Random(4).randbytes(4000), "binary"),
        ("photo.html", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "binary"),
        ("latin1.txt", "Caf\u00e9 cameras in the square".encode("latin-1") * 5, "not UTF-8"),
        ("nav.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "main text"),
        ("short.txt", b"Cameras.", "nothing to read"),
        ("broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog", "PDF"),
        ("table.xlsx", b"PK\x03\x04 not really a spreadsheet but not text either", "unknown"),
    ],
)
def test_bad_input_is_refused_with_the_file_named(
    tmp_path: Path, name: str, content: bytes, problem: str
) -> None:
    path = write(tmp_path / name, content)
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    assert problem in str(caught.value) and name in str(caught.value)


def test_an_enormous_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: nothing is written, nothing need be read
    with pytest.raises(DocumentError, match="more than"):
        read_document(path)
    os.remove(path)


def test_zawgyi_is_detected_and_converted_to_unicode(tmp_path: Path) -> None:
    # "Mandalay city: CCTV cameras installed", typed in the Zawgyi font encoding.
    zawgyi = "မႏၲေလး ၿမိဳ႕ေတာ္တြင္ CCTV ကင္မရာမ်ား တပ္ဆင္ၿပီးျဖစ္သည္။"
    assert is_zawgyi(zawgyi)
    document = read_document(write(tmp_path / "zawgyi.txt", (zawgyi + "\n\n") * 4))
    assert document.converted_from_zawgyi and document.language == "my"
    assert "မန္တလေး" in document.text and not is_zawgyi(document.text)


@needs_examples
def test_the_report_and_its_rewrite_are_one_origin(tmp_path: Path) -> None:
    report = read_document(EXAMPLES / "reuters-2022-07-12.txt")
    rewrite = read_document(EXAMPLES / "report-rewrite-2022-07.txt")
    other = read_document(write(tmp_path / "page.html", PAGE))
    grouping = group_origins(
        [
            StoryText("report", report.text, "Reuters"),
            StoryText("rewrite", rewrite.text, None),
            StoryText("council", other.text, other.outlet),
        ]
    )
    assert grouping.labels[0] == grouping.labels[1] != grouping.labels[2]
    assert "reuters" in next(iter(grouping.reasons.values())).lower()


def test_a_republished_copy_joins_its_original_by_text_alone() -> None:
    body = " ".join(f"Sentence {i} about the cameras bought for district {i}." for i in range(60))
    grouping = group_origins(
        [
            StoryText("wire", body, "Wire"),
            StoryText("copy", "Republished with permission. " + body, "Blog"),
            StoryText(
                "other", body.replace("cameras", "bridges").replace("district", "ward")[::-1]
            ),
        ]
    )
    assert grouping.labels == [0, 0, 2]
    assert "near-duplicate" in grouping.reasons[(0, 1)]


def test_burmese_says_which_outlet_its_sources_told() -> None:
    # "Four people with knowledge of the work told the Salween Wire Service (SWS)"; "three
    # sources said" names no outlet.
    told = (
        "လုပ်ငန်းအကြောင်း သိရှိသူ လေးဦးက Salween Wire Service (SWS) သတင်းဌာနသို့ ပြောသည်။ "
        "ကင်မရာအများစုတွင် Dahua အမှတ်တံဆိပ် ပါရှိကြောင်း သတင်းရင်းမြစ် သုံးဦးက ဆိုသည်။"
    )
    outlets = attributed_outlets(told)
    assert {"sws", "salween wire service"} <= outlets
    assert not any("ဦး" in name for name in outlets)


def test_burmese_credit_to_a_latin_name_keeps_only_the_name() -> None:
    # "... traders have grown careful, SRW wrote": the Burmese words before the Latin name
    # are the story, not part of the outlet's name, so the credit can meet "Salween Road Wire".
    wrote = "ဈေးသည်များက လမ်းဆုံအနီးတွင် သတိထားလာကြကြောင်း SRW က ရေးသားသည်။"
    assert attributed_outlets(wrote) == {"srw"}
    wire = StoryText("wire", "Traders near the junction have grown careful.", "Salween Road Wire")
    summary = StoryText("summary", wrote + " Hikvision 2035", "မြို့ပြ သတင်း")
    facts = frozenset({("MM", "hardware_supplier", "hikvision")})
    grouping = group_origins(
        [dataclasses.replace(wire, facts=facts), dataclasses.replace(summary, facts=facts)]
    )
    assert grouping.labels[0] == grouping.labels[1]


def test_burmese_outlet_told_is_its_whole_name_and_news_alone_is_no_name() -> None:
    # "A regional government spokesperson told Ayeyar Yinkhwin News": the outlet's name has two
    # words, the teller ends with the subject marker; "told the news" names no outlet, so two
    # outlets' own reports are not made one story by the word "news".
    told = "တိုင်းဒေသကြီးအစိုးရ ပြောခွင့်ရှိသူက ဧရာ့ရင်ခွင် သတင်းသို့ ပြောကြားသည်။"
    assert attributed_outlets(told) == {"ဧရာ့ရင်ခွင် သတင်း"}
    assert attributed_outlets("ပြောခွင့်ရှိသူက သတင်းသို့ ပြောကြားသည်။") == set()
    ours = StoryText("ours", told, outlet="ဧရာ့ရင်ခွင် သတင်း")
    theirs = StoryText("theirs", "ပြောခွင့်ရှိသူက အညာမြေ သတင်းသို့ ပြောကြားသည်။", outlet="အညာမြေ သတင်း")
    assert group_origins([ours, theirs]).labels == [0, 1]


groupings = st.lists(st.sampled_from("abcde"), min_size=2, max_size=40)


@given(groupings)
def test_adjusted_rand_index_is_one_for_the_same_grouping_under_any_names(truth: list) -> None:
    renamed = [{"a": "q", "b": "r", "c": "s", "d": "t", "e": "u"}[x] for x in truth]
    assert adjusted_rand_index(truth, renamed) == pytest.approx(1.0)


def test_adjusted_rand_index_values() -> None:
    assert adjusted_rand_index(list("aabb"), list("abab")) == pytest.approx(-0.5)
    assert adjusted_rand_index(list("aaabbb"), list("aaabbc")) < 1.0
    with pytest.raises(ValueError):
        adjusted_rand_index(list("ab"), list("a"))


def test_new_organisations_match_whatever_the_legal_suffix_or_script() -> None:
    from countersight.extract.evaluation import organisation_identity

    assert organisation_identity("new:Golden Lotus Technologies Co., Ltd.") == (
        organisation_identity("new:golden lotus technologies")
    )
    for abroad in ("Lda", "GmbH", "Pte. Ltd.", "Pte", "Sdn Bhd", "S.A."):
        assert organisation_identity(f"new:Sofala Digital Systems {abroad}") == (
            "new:sofala digital systems"
        )
    burmese = organisation_identity("new:ဇေယျမွန် နည်းပညာ")
    assert burmese == "new:ဇေယျမွန်နည်းပညာ"  # marks stay with their letters
    # Burmese spaces a name's words or not: one body either way
    assert organisation_identity("new:ကချင်ပြည်နယ် အစိုးရ") == (
        organisation_identity("new:ကချင်ပြည်နယ်အစိုးရ")
    )
    # ... and "company (limited)" in Burmese is a legal form like any other
    for written in ("Shwe Padauk Digital ကုမ္ပဏီ", "Shwe Padauk Digital ကုမ္ပဏီလီမိတက်"):
        assert organisation_identity(f"new:{written}") == "new:shwe padauk digital"
    assert organisation_identity("dahua") == "dahua"
    # a software vendor is written as text, and matches the same way
    from countersight.evidence.values import TextValue
    from countersight.extract.evaluation import value_identity

    assert value_identity(TextValue(text="new:Myint Mo Smart Systems Co., Ltd.")) == (
        value_identity(TextValue(text="new:myint mo smart systems"))
    )
    assert value_identity(TextValue(text="huawei")) != value_identity(TextValue(text="zte"))


def test_a_reply_is_not_a_copy_of_what_it_answers_and_a_body_noun_is_no_outlet() -> None:
    statement = StoryText(
        "statement",
        "Tangyan Rights Watch said on 3 June that 64 Hikvision cameras with face recognition "
        "were installed in Tangyan by Meridian Gate Systems for the Shan State Government.",
        outlet="Tangyan Rights Watch",
    )
    reply = StoryText(
        "reply",
        "Statement on the Tangyan Rights Watch press release. Tangyan Rights Watch said that 64 "
        "Hikvision cameras with face recognition were installed in Tangyan by Meridian Gate "
        "Systems. We wish to correct the record: the cameras cannot recognise faces.",
        outlet="Meridian Gate Systems",
    )
    assert group_origins([statement, reply]).labels == [0, 1]
    assert attributed_outlets("The Committee said the cameras cost 90 million kyats.") == set()
    assert attributed_outlets("Ye Township Committee said so.") == {"ye township committee"}


def test_labels_take_a_month_or_a_year_as_the_date_and_refuse_other_shapes(
    tmp_path: Path,
) -> None:
    from countersight.extract.evaluation import LabelsError, load_labels
    from countersight.geo.gazetteer import default_gazetteer

    def labels(date_text: str) -> Path:
        (tmp_path / "labels.yaml").write_text(
            "format: countersight-labels/1\ndocuments:\n"
            f"  - file: a.txt\n    origin: a\n    date: {date_text}\n    claims: []\n",
            encoding="utf-8",
        )
        return tmp_path

    [month] = load_labels(labels("2035-03"), default_gazetteer())
    assert month.published == date(2035, 3, 1)
    [day] = load_labels(labels("2035-03-11"), default_gazetteer())
    assert day.published == date(2035, 3, 11)
    with pytest.raises(LabelsError, match=r"documents\[0\]\.date: expected a date as YYYY-MM-DD"):
        load_labels(labels("March 2035"), default_gazetteer())


def test_a_credit_with_the_abbreviation_between_name_and_verb_is_read() -> None:
    # "the Irrawaddy Delta Wire (IDW) reported": the bracketed short form sits between the
    # name and the verb; "IDW quoted the mayor as saying" and "telling IDW" credit it too.
    assert {"irrawaddy delta wire", "idw"} <= attributed_outlets(
        "Pathein's cameras are half built, the Irrawaddy Delta Wire (IDW) reported on Friday."
    )
    assert "idw" in attributed_outlets("IDW quoted the mayor as saying the work was late.")
    assert "idw" in attributed_outlets("The mayor waved the question away, telling IDW nothing.")
    assert attributed_outlets("Police quoted no figure.") == set()


def test_burmese_credit_with_a_date_between_the_agency_and_its_verb_is_read() -> None:
    # "... the mayor said, Delta Wire (DW) news agency reported on 3 May": a time phrase stands
    # between the subject marker and the verb.
    reported = "ကင်မရာ ၄၀ တပ်ဆင်ပြီးကြောင်း မြို့တော်ဝန်က ပြောသည်ဟု Delta Wire (DW) သတင်းဌာနက မေ ၃ ရက်တွင် ဖော်ပြသည်။"
    assert {"delta wire", "dw"} <= attributed_outlets(reported)


def test_a_start_told_to_the_day_matches_a_label_of_its_month() -> None:
    from countersight.evidence.values import DateValue
    from countersight.extract.evaluation import value_identity

    day = DateValue(earliest=date(2041, 7, 18), latest=date(2041, 7, 18))
    july = DateValue(earliest=date(2041, 7, 1), latest=date(2041, 7, 31))
    august = DateValue(earliest=date(2041, 8, 1), latest=date(2041, 8, 31))
    assert value_identity(day) == value_identity(july)
    assert value_identity(day) != value_identity(august)


def test_burmese_credits_without_a_reporting_verb_name_the_source() -> None:
    # "according to the SWS news agency's report of 2 May ..." and "(original story: Salween
    # Wire)": a summary that credits a wire this way is the wire's story.
    according = "SWS သတင်းဌာန၏ မေလ ၂ ရက်နေ့ သတင်းအရ ကင်မရာ ၄၀ လုံး ပြန်လည် အလုပ်လုပ်နေပြီ ဖြစ်သည်။"
    assert "sws" in attributed_outlets(according)
    original = "ကင်မရာ ၄၀ လုံး ပြန်လည် အလုပ်လုပ်နေပြီ ဖြစ်သည်။\n\n(မူရင်းသတင်း - Salween Wire)"
    assert "salween wire" in attributed_outlets(original)
    assert attributed_outlets("ကင်မရာ ၄၀ လုံး သတင်းအရ ဖြစ်သည်။") == set()
    # "(This is DZNA's report, summarised in translation.)" and "the chairman told DZNA on 21
    # February": a time between the agency and the verb.
    summarised = "(DZNA သတင်းဌာန၏ သတင်းကို အကျဉ်းချုပ် ဘာသာပြန်ဆိုထားခြင်း ဖြစ်သည်။)"
    assert "dzna" in attributed_outlets(summarised)
    told = "ဥက္ကဋ္ဌက DZNA သတင်းဌာနသို့ ဖေဖော်ဝါရီ ၂၁ ရက်တွင် ပြောကြားသည်။"
    assert "dzna" in attributed_outlets(told)
    # "(a summary of the Salween news agency (SPA)'s report)", "agency" transliterated
    agency = "(သံလွင် သတင်းအေဂျင်စီ (SPA) ၏ သတင်းကို အကျဉ်းချုပ် ဖော်ပြခြင်း ဖြစ်သည်)"
    assert "spa" in attributed_outlets(agency)
    denied = "DZNA သတင်းဌာန၏ သတင်းကို ဥက္ကဋ္ဌက ငြင်းဆိုသည်။"  # the chairman denied DZNA's report
    assert "dzna" not in attributed_outlets(denied)


def test_two_independent_reports_of_one_system_are_two_origins() -> None:
    # A wire story and a rights group's fact sheet about the same network share about half of
    # their facts; a summary of the wire shares nearly all of them.
    shared = {("MM-05", "installer", i) for i in range(3)}
    wire = StoryText(
        "wire",
        "Pearl Strait built the network, officials said.",
        "Coast Wire",
        frozenset(shared | {("MM-05", "cost", 1), ("MM-05", "started", 2)}),
    )
    sheet = StoryText(
        "sheet",
        "We walked every street of Dawei in April.",
        "Rights Network",
        frozenset(shared | {("MM-05", "capability", 3), ("MM-05", "status", 4)}),
    )
    summary = StoryText(
        "summary",
        "ကင်မရာ ၂၉၆ လုံး",
        "မြိတ် သတင်း",
        frozenset(shared | {("MM-05", "cost", 1), ("MM-05", "started", 2)}),
    )
    grouping = group_origins([wire, sheet, summary])
    assert grouping.labels[0] == grouping.labels[2]
    assert grouping.labels[0] != grouping.labels[1]
