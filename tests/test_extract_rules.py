"""The rule-based claim suggester on short sentences: what a researcher relies on it to read."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
from document_helpers import plain_text_document

from countersight.evidence.values import (
    CountValue,
    DateValue,
    MoneyValue,
    PlacesValue,
    RefValue,
    TermValue,
)
from countersight.evidence.vocabulary import Stance
from countersight.extract.confidence import ConfidenceModel
from countersight.extract.mentions import place_finder
from countersight.extract.organisations import (
    _AUTHORITY,
    _AUTHORITY_LOWER,
    AUTHORITY_WORD,
    LOWER_AUTHORITY_WORD,
    OrganisationIndex,
)
from countersight.extract.origins import attributed_outlets
from countersight.extract.rules import CAPABILITY_CUES, CAPABILITY_WORDS
from countersight.extract.sentences import split_sentences
from countersight.extract.stance import DECLINE, DENIAL, MAY_DECLINE, MAY_DENY
from countersight.extract.suggest import (
    _NOT_SURVEILLANCE,
    NOT_SURVEILLANCE_WORD,
    read_sentences,
    suggest_claims,
)
from countersight.extract.suggestion import OUTLET, UNNAMED, Suggestion
from countersight.extract.values import find_dates, find_money, localise_currency
from countersight.geo.gazetteer import default_gazetteer
from countersight.ingest.documents import read_document


@pytest.fixture(scope="module")
def organisations() -> OrganisationIndex:
    return OrganisationIndex.load()


# The rules and the role model, without the confidence cut: these tests are of what is read,
# not of what a trained cut, retrained with every new labelled set, lets through.
NO_CUT = ConfidenceModel(None, keep_above=0.5)


def suggest(text: str, organisations: OrganisationIndex, **kw: object) -> list[Suggestion]:
    document = plain_text_document(text, **kw)  # type: ignore[arg-type]
    found = suggest_claims(document, default_gazetteer(), organisations, confidence=NO_CUT)
    for s in found:  # every quote is the document's own text at its offsets
        assert document.text[s.start : s.end] == s.quote
        assert s.rule
    return found


def facts_of_file(path: Path, text: str, published: date, organisations: OrganisationIndex) -> set:
    """What the reader finds in a file read as a user imports it (plain text unwrapped, a web
    page's main text and title)."""
    path.write_text(text, encoding="utf-8")
    document = read_document(path, published=published)
    return facts(suggest_claims(document, default_gazetteer(), organisations, confidence=NO_CUT))


def authorities_read(text: str, organisations: OrganisationIndex) -> set[str]:
    """The bodies the reader makes authorities of, by key."""
    return {s.value.key for s in suggest(text, organisations) if s.predicate == "authority"}


def facts(found: list[Suggestion]) -> set[tuple]:
    return {(s.place, s.predicate, s.value.identity(), s.stance.value) for s in found}


def org(key: str) -> tuple:
    return RefValue(kind="organisation", key=key).identity()


def test_organisation_index_finds_aliases_longest_first_and_new_firms_by_shape(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Zhejiang Dahua Technology Co Ltd and Hikvision lost to Golden Lotus Technologies Co., "
        "Ltd. and the Shwe Min Group, while an axis of roads stayed dark."
    )
    found = [(m.key, m.text) for m in organisations.find(text)]
    assert found == [
        ("dahua", "Zhejiang Dahua Technology Co Ltd"),
        ("hikvision", "Hikvision"),
        ("new:Golden Lotus Technologies", "Golden Lotus Technologies Co., Ltd."),
        ("new:Shwe Min Group", "Shwe Min Group"),
    ]
    extra = OrganisationIndex.load(extra=[("acme", "Acme Vision", ["AcmeVis"])])
    assert [m.key for m in extra.find("AcmeVis cameras")] == ["acme"]


def test_sentences_keep_offsets_in_english_and_burmese() -> None:
    text = "Ms. Suu Kyi's government planned it. It cost US$1.2 million.\n\nကင်မရာ တပ်ဆင်သည်။ ပြီးပြီ။"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Ms. Suu Kyi's government planned it.",
        "It cost US$1.2 million.",
        "ကင်မရာ တပ်ဆင်သည်။",
        "ပြီးပြီ။",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_hardware_suppliers_from_several_phrasings(organisations: OrganisationIndex) -> None:
    found = facts(
        suggest(
            "Mandalay is adding 300 Hikvision cameras to its Safe City network. "
            "The control room uses equipment from Huawei. "
            "Other cameras there were supplied by Uniview.",
            organisations,
        )
    )
    for key in ("hikvision", "huawei", "uniview"):
        assert ("MM-04/mandalay", "hardware_supplier", org(key), "asserts") in found


def test_procurer_installer_and_authority(organisations: OrganisationIndex) -> None:
    found = suggest(
        "The Taunggyi City Development Committee is installing a camera network in Taunggyi. "
        "The contract went to Aung Myay Technology Co Ltd. "
        "The cameras were installed by Fisca.",
        organisations,
    )
    got = facts(found)
    place = "MM-17/taunggyi"
    assert (place, "procurer", org("new:Aung Myay Technology"), "asserts") in got
    assert (place, "installer", org("fisca"), "asserts") in got
    assert (
        place,
        "authority",
        org("new:Taunggyi City Development Committee"),
        "asserts",
    ) in got
    assert (place, "located_in", RefValue(kind="place", key=place).identity(), "asserts") in got


def test_counts_as_ranges(organisations: OrganisationIndex) -> None:
    found = facts(
        suggest(
            "Bago now has over 200 CCTV cameras. Police in Myeik have at least five cameras.",
            organisations,
        )
    )
    assert ("MM-02/bago", "camera_count", CountValue(min=201).identity(), "asserts") in found
    assert ("MM-05/myeik", "camera_count", CountValue(min=5).identity(), "asserts") in found


def test_capabilities_and_their_negation(organisations: OrganisationIndex) -> None:
    found = facts(
        suggest(
            "The new cameras in Magway can read licence plates and include PTZ units. "
            "The cameras in Pyay do not have facial recognition.",
            organisations,
        )
    )
    term = ("term",)
    assert ("MM-03/magway", "capability", (*term, "plate_recognition"), "asserts") in found
    assert ("MM-03/magway", "capability", (*term, "ptz"), "asserts") in found
    assert ("MM-02/pyay", "capability", (*term, "face_recognition"), "denies") in found


def test_status_from_tense(organisations: OrganisationIndex) -> None:
    found = facts(
        suggest(
            "Authorities in Lashio are planning a Safe City camera system.\n\n"
            "Cameras in Monywa have been installed and are now operational.\n\n"
            "The camera project in Hinthada was suspended in May.",
            organisations,
        )
    )
    assert ("MM-17/lashio", "status", ("term", "planned"), "asserts") in found
    assert ("MM-01/monywa", "status", ("term", "operational"), "asserts") in found
    assert ("MM-07/hinthada", "status", ("term", "suspended"), "asserts") in found


def test_money_and_relative_dates(organisations: OrganisationIndex) -> None:
    found = suggest(
        "Mandalay's camera project, launched last year, cost US$1.2 million. "
        "Yangon's camera network has been in use since March 2019 under a contract worth "
        "MMK 2.5 billion.",
        organisations,
        published=date(2023, 6, 1),
    )
    got = facts(found)
    usd = MoneyValue(amount=Decimal(1_200_000), currency="USD").identity()
    mmk = MoneyValue(amount=Decimal(2_500_000_000), currency="MMK").identity()
    assert ("MM-04/mandalay", "cost", usd, "asserts") in got
    assert ("MM-06/yangon", "cost", mmk, "asserts") in got
    last_year = DateValue(earliest=date(2022, 1, 1), latest=date(2022, 12, 31)).identity()
    march = DateValue(earliest=date(2019, 3, 1), latest=date(2019, 3, 31)).identity()
    assert ("MM-04/mandalay", "started", last_year, "asserts") in got
    assert ("MM-06/yangon", "started", march, "asserts") in got


def test_references_back_resolve_to_the_place_just_named(organisations: OrganisationIndex) -> None:
    found = facts(
        suggest(
            "Rights groups visited Moulmein last month. There are already 150 Dahua cameras "
            "there, and officials want to install more in the city.",
            organisations,
        )
    )
    place = "MM-15/mawlamyine"  # Moulmein is a historical name of Mawlamyine
    assert (place, "camera_count", CountValue(min=150, max=150).identity(), "asserts") in found
    assert (place, "hardware_supplier", org("dahua"), "asserts") in found


def test_scope_covers_every_first_level_unit(organisations: OrganisationIndex) -> None:
    found = suggest(
        "The junta plans camera surveillance systems for cities in each of Myanmar's seven "
        "states and seven regions, a source said.",
        organisations,
    )
    scope = [s for s in found if s.predicate == "planned_scope"]
    assert len(scope) == 1 and scope[0].place == "MM"
    assert isinstance(scope[0].value, PlacesValue)
    assert {"MM-01", "MM-07", "MM-11", "MM-17"} <= set(scope[0].value.keys)
    assert all(not key.count("/") for key in scope[0].value.keys)
    assert scope[0].speaker == UNNAMED


def test_denials_and_no_comment_keep_the_role(organisations: OrganisationIndex) -> None:
    found = suggest(
        "Cameras made by Huawei watch the streets of Sittwe. The contract went to "
        "Fisca Security & Communication.\n\n"
        "Huawei denied that it had supplied the cameras. Fisca declined to comment.",
        organisations,
    )
    got = facts(found)
    assert ("MM-16/sittwe", "hardware_supplier", org("huawei"), "asserts") in got
    assert ("MM-16/sittwe", "hardware_supplier", org("huawei"), "denies") in got
    assert ("MM-16/sittwe", "procurer", org("fisca"), "declines_to_comment") in got
    denial = next(s for s in found if s.stance is Stance.denies)
    assert denial.speaker == "org:huawei"


def test_speakers_outlet_unnamed_and_organisation(organisations: OrganisationIndex) -> None:
    found = suggest(
        "Naypyitaw has 335 surveillance cameras, according to Human Rights Watch. "
        "People with knowledge of the matter said Dahua cameras were used. "
        "The cameras have plate recognition.",
        organisations,
    )
    by_predicate = {s.predicate: s.speaker for s in found}
    assert by_predicate["camera_count"] == "org:hrw"
    assert by_predicate["hardware_supplier"] == UNNAMED
    assert by_predicate["capability"] == OUTLET


def test_countries_abroad_use_iso_codes(organisations: OrganisationIndex) -> None:
    found = facts(
        suggest(
            "Kenya's police switched on 1,800 Huawei cameras in Nairobi under a contract worth "
            "14.9 billion shillings.",
            organisations,
        )
    )
    assert ("KE", "hardware_supplier", org("huawei"), "asserts") in found
    kes = MoneyValue(amount=Decimal(14_900_000_000), currency="KES").identity()
    assert ("KE", "cost", kes, "asserts") in found


def test_a_city_abroad_stands_for_its_country(organisations: OrganisationIndex) -> None:
    found = facts(suggest("Lahore's Safe City runs more than 8,000 Huawei cameras.", organisations))
    assert ("PK", "camera_count", CountValue(min=8001).identity(), "asserts") in found
    assert ("PK", "hardware_supplier", org("huawei"), "asserts") in found


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Sector 6 City Hall is installing 420 cameras under a 27.3 million lei contract.", "RO"),
        ("The district spent 2.3 million PLN on 46 street cameras, the city guard said.", "PL"),
        ("The 46 cameras of the district's system were built in 2049 and cost 2,3 mln zł.", "PL"),
    ],
)
def test_a_story_naming_no_place_is_in_the_country_of_its_money(
    sentence: str, country: str, organisations: OrganisationIndex
) -> None:
    found = suggest(sentence, organisations)
    assert found and {s.place for s in found} == {country}


def test_dollars_and_kyats_do_not_move_a_story_abroad(organisations: OrganisationIndex) -> None:
    for sentence in (
        "The committee is installing 40 cameras under a US$1.2 million contract.",
        "The committee is installing 40 cameras under a K640 million contract.",
    ):
        assert {s.place for s in suggest(sentence, organisations)} == {"MM"}


def test_burmese_words_that_contain_a_short_town_name_are_not_places(
    organisations: OrganisationIndex,
) -> None:
    # "ပြည်နယ်" (state) and "ပြည်တွင်း" (domestic) start with "ပြည်", the Burmese name of Pyay.
    found = suggest("ပြည်တွင်းကုမ္ပဏီများက ပြည်နယ်တိုင်းတွင် ကင်မရာ ၅၀ လုံး တပ်ဆင်ထားသည်။", organisations)
    assert found and all(s.place == "MM" for s in found)


def test_burmese_sentences(organisations: OrganisationIndex) -> None:
    text = "မန္တလေးမြို့တွင် မျက်နှာမှတ်သားသည့် စီစီတီဗွီ ကင်မရာ ၂၀၀ ကျော် တပ်ဆင်နေသည်။ ကင်မရာများကို Dahua ကုမ္ပဏီက ထုတ်လုပ်သည်။"
    got = facts(suggest(text, organisations))
    place = "MM-04/mandalay"
    assert (place, "camera_count", CountValue(min=201).identity(), "asserts") in got
    assert (place, "capability", ("term", "face_recognition"), "asserts") in got
    assert (place, "status", ("term", "installing"), "asserts") in got
    assert (place, "hardware_supplier", org("dahua"), "asserts") in got


def test_zawgyi_file_read_through_read_document(
    tmp_path: Path, organisations: OrganisationIndex
) -> None:
    # "In Mawlamyine town, 120 cameras are installed." written in the Zawgyi encoding.
    zawgyi = "ေမာ္လၿမိဳင္ၿမိဳ႕တြင္ ကင္မရာ ၁၂၀ လုံး တပ္ဆင္ထားသည္။ ၿမိဳ႕ခံမ်ားက ေျပာသည္။"
    path = tmp_path / "zawgyi.txt"
    path.write_text(zawgyi, encoding="utf-8")
    document = read_document(path)
    assert document.converted_from_zawgyi
    found = suggest_claims(document, default_gazetteer(), organisations, confidence=NO_CUT)
    got = facts(found)
    place = "MM-15/mawlamyine"
    assert (place, "camera_count", CountValue(min=120, max=120).identity(), "asserts") in got
    assert all(document.text[s.start : s.end] == s.quote for s in found)


def test_distractors_give_nothing(organisations: OrganisationIndex) -> None:
    found = suggest(
        "A technology fair in Yangon showed phones with better cameras and solar panels. "
        "Facial recognition is increasingly used around the world.",
        organisations,
    )
    assert found == []


def test_places_that_are_seats_rivers_or_regions_do_not_move_the_deployment(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Lashio adds street cameras\n\n"
        "Authorities in Lashio have installed 90 street cameras, officials said.\n\n"
        "The cameras were supplied by a company in Mandalay, Shwe Taung Vision Co Ltd. The "
        "scheme answers to the military administration in Naypyitaw. Hikvision cameras also "
        "watch bridges over the Ayeyarwady, an official in Shan State said.\n\n"
        "In Taunggyi, cameras will be installed at the market."
    )
    found = facts(suggest(text, organisations))
    places = {f[0] for f in found}
    assert places == {"MM-17/lashio", "MM-17/taunggyi"}
    assert ("MM-17/lashio", "hardware_supplier", org("new:Shwe Taung Vision"), "asserts") in found
    assert ("MM-17/lashio", "hardware_supplier", org("hikvision"), "asserts") in found
    assert ("MM-17/taunggyi", "status", ("term", "planned"), "asserts") in found


def test_state_capital_and_regional_government_refer_back(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Workers have begun putting up cameras at junctions in Pathein.\n\n"
        "Dahua cameras were seen in the Ayeyarwady Region capital. The regional government "
        "did not reply to questions about the cameras."
    )
    found = facts(suggest(text, organisations))
    assert {f[0] for f in found} == {"MM-07/pathein"}
    assert (
        "MM-07/pathein",
        "authority",
        org("new:Ayeyarwady Region Government"),
        "declines_to_comment",
    ) in found


def test_roles_and_authorities_by_shape(organisations: OrganisationIndex) -> None:
    text = (
        "The Monywa Township Development Affairs Committee is paying for 40 cameras in Monywa. "
        "Nyein Chan Engineering Co Ltd is carrying out the installation of the cameras. "
        "Kyaw Linn Technologies Co Ltd is widely expected to win the next camera tender. "
        "The border affairs ministry oversees the cameras, and Sagaing Region police watch them."
    )
    found = facts(suggest(text, organisations))
    for predicate, value in (
        ("authority", "new:Monywa Township Development Affairs Committee"),
        ("installer", "new:Nyein Chan Engineering"),
        ("procurer", "new:Kyaw Linn Technologies"),
        ("authority", "new:border affairs ministry"),
        ("authority", "new:Sagaing Region police"),
    ):
        assert ("MM-01/monywa", predicate, org(value), "asserts") in found


def test_counts_take_the_total_and_approximations(organisations: OrganisationIndex) -> None:
    def counts(text: str) -> set[tuple]:
        return {f[2] for f in facts(suggest(text, organisations)) if f[1] == "camera_count"}

    assert counts("Police in Magway put up 150 cameras, 30 of them PTZ cameras.") == {
        ("count", 150, 150)
    }
    assert counts("Magway has 90 street cameras, including 20 dome cameras.") == {("count", 90, 90)}
    assert counts("Almost 400 cameras watch the streets of Magway.") == {("count", 360, 399)}
    assert counts("Several hundred cameras watch the streets of Magway.") == {("count", 200, 999)}
    assert counts("A few dozen cameras watch the streets of Magway.") == {("count", 24, 99)}


def test_refusals_denials_and_what_is_neither(organisations: OrganisationIndex) -> None:
    text = (
        "Dahua cameras watch the streets of Bhamo. Huawei was not involved in the project. "
        "Tiandy could not be reached. Dahua has not replied to our questions. Uniview would "
        "not comment on the cameras. Hikvision said it had never sold cameras to the city."
    )
    found = facts(suggest(text, organisations))
    by_org = {f[2][1]: f[3] for f in found if f[1] == "hardware_supplier" and f[3] != "asserts"}
    assert by_org == {
        "dahua": "declines_to_comment",
        "uniview": "declines_to_comment",
        "hikvision": "denies",
    }


def test_capabilities_and_statuses_in_paraphrase(organisations: OrganisationIndex) -> None:
    text = (
        "The new cameras in Hinthada can read the number plate of any passing car, count the "
        "people in a crowd, sense body heat and swivel to pan, tilt, and zoom."
    )
    terms = {f[2][1] for f in facts(suggest(text, organisations)) if f[1] == "capability"}
    assert terms == {"plate_recognition", "crowd_analytics", "thermal", "ptz"}

    def status(sentence: str) -> set[str]:
        return {f[2][1] for f in facts(suggest(sentence, organisations)) if f[1] == "status"}

    assert status("Crews in Hinthada have begun mounting cameras on poles.") == {"installing"}
    assert status("Hinthada's council has invited firms to bid for a camera network.") == {
        "tendered"
    }
    assert status("The camera network in Hinthada is now running.") == {"operational"}


def test_burmese_month_of_last_year() -> None:
    from countersight.extract.values import find_dates

    [found] = find_dates("ယမန်နှစ် မတ်လ မှစ၍", date(2024, 2, 1))
    assert found.value == DateValue(
        earliest=date(2023, 3, 1), latest=date(2023, 3, 31), text="ယမန်နှစ် မတ်လ"
    )


def test_shop_and_fair_stories_give_no_deployment(organisations: OrganisationIndex) -> None:
    text = (
        "Camera shops busy in Sagaing\n\n"
        "Stores in Sagaing report that households are buying Wi-Fi cameras for their homes. "
        "One shop sells about 300 Dahua cameras a month to customers, its owner said."
    )
    assert suggest(text, organisations) == []


def test_contract_winners_in_varied_wordings(organisations: OrganisationIndex) -> None:
    lede = "Police in Taunggyi are installing 120 CCTV cameras at junctions. "
    for sentence in (
        "The contract was awarded to Silver Peak Engineering Co Ltd last year.",
        "The tender went to Silver Peak Engineering Co Ltd in March.",
        "Silver Peak Engineering Co Ltd was chosen as the contractor for the project.",
        "Silver Peak Engineering Co Ltd has been hired to supply and install the cameras.",
    ):
        found = facts(suggest(lede + sentence, organisations))
        place = "MM-17/taunggyi"
        assert (place, "procurer", org("new:Silver Peak Engineering"), "asserts") in found
    found = facts(
        suggest(
            lede + "Silver Peak Engineering Co Ltd, which won the contract, declined to comment.",
            organisations,
        )
    )
    firm = org("new:Silver Peak Engineering")
    assert ("MM-17/taunggyi", "procurer", firm, "declines_to_comment") in found
    assert ("MM-17/taunggyi", "procurer", firm, "asserts") in found


def test_two_towns_in_one_report_and_a_border_country(organisations: OrganisationIndex) -> None:
    text = (
        "A report by Delta Rights Group covers surveillance in Pathein and Hinthada.\n\n"
        "Pathein's police operate 60 cameras made by Uniview, it says.\n\n"
        "Hinthada's township committee plans to install 25 cameras. In Kengtung, near the "
        "Chinese border, nothing was installed."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-07/hinthada", "camera_count", ("count", 25, 25), "asserts") in found
    assert ("MM-07/pathein", "camera_count", ("count", 60, 60), "asserts") in found
    assert not any(f[0] == "CN" for f in found)


def test_burmese_firms_amounts_and_dates(organisations: OrganisationIndex) -> None:
    text = (
        "မကွေးမြို့တွင် ရဲတပ်ဖွဲ့က စီစီတီဗွီ ကင်မရာ ၅၀ တပ်ဆင်နေသည်။ "
        "ရွှေနဂါး နည်းပညာ ကုမ္ပဏီလီမိတက်က ကင်မရာများကို တပ်ဆင်ခဲ့သည်။ "
        "စီမံကိန်း တန်ဖိုးမှာ သိန်း ၄,၅၀၀ ဖြစ်သည်။"
    )
    found = facts(suggest(text, organisations))
    place = "MM-03/magway"
    assert (place, "installer", org("new:ရွှေနဂါး နည်းပညာ ကုမ္ပဏီလီမိတက်"), "asserts") in found
    assert (place, "camera_count", ("count", 50, 50), "asserts") in found
    money = MoneyValue(amount=Decimal(450_000_000), currency="MMK", text="x").identity()
    assert (place, "cost", money, "asserts") in found


def test_ministries_and_capabilities_abroad(organisations: OrganisationIndex) -> None:
    text = (
        "Kyrgyzstan's Ministry of Internal Affairs has installed 400 cameras with facial "
        "recognition and licence-plate readers in Bishkek. Bishkek Smart Systems LLC won the "
        "tender."
    )
    found = facts(suggest(text, organisations))
    assert ("KG", "authority", org("new:Ministry of Internal Affairs"), "asserts") in found
    assert ("KG", "procurer", org("new:Bishkek Smart Systems"), "asserts") in found
    assert {f[2] for f in found if f[1] == "capability"} >= {
        ("term", "face_recognition"),
        ("term", "plate_recognition"),
    }


def test_numbers_that_do_not_count_cameras(organisations: OrganisationIndex) -> None:
    text = (
        "Police in Monywa said the project would run for 3 years and cover 9 districts, with "
        "12 km of fibre. A resident filmed the work with 2 phone cameras. The Phase 2 cameras "
        "come later."
    )
    counts = [s for s in suggest(text, organisations) if s.predicate == "camera_count"]
    assert counts == []


def test_wildlife_and_phone_cameras_are_not_surveillance(organisations: OrganisationIndex) -> None:
    for text in (
        "The forest department in Hpa-an has set up 30 camera traps to count tigers.",
        "The Forest Department in Myitkyina installed 25 cameras in the reserve to watch "
        "wildlife; they were supplied by Hikvision.",
    ):
        assert suggest(text, organisations) == []


def test_a_firms_own_denial_of_software(organisations: OrganisationIndex) -> None:
    text = (
        "Vietnam's Ministry of Public Security is deploying facial recognition cameras in "
        "Hanoi. Huawei does not supply facial recognition software to the ministry, the "
        "company said."
    )
    found = suggest(text, organisations)
    denial = [s for s in found if s.stance is Stance.denies]
    assert [(s.place, s.predicate, s.speaker) for s in denial] == [
        ("VN", "software_supplier", "org:huawei")
    ]


def test_installing_in_other_words_and_later_phases(organisations: OrganisationIndex) -> None:
    for text in (
        "Work to put up the surveillance cameras in Loikaw started in April, officials said.",
        "In Hakha, crews have been fitting CCTV cameras along the main road.",
        "A second phase with 300 more cameras is planned for Sittwe. Police in Sittwe are "
        "putting up 120 cameras at junctions.",
    ):
        statuses = {
            s.value.identity() for s in suggest(text, organisations) if s.predicate == "status"
        }
        assert statuses == {("term", "installing")}, text


def test_approximate_counts_follow_parse_count_and_nearly_is_fewer(
    organisations: OrganisationIndex,
) -> None:
    text = "Police in Hpa-an have installed about 80 cameras. Officials want almost 500 cameras."
    counts = {
        s.value.identity() for s in suggest(text, organisations) if s.predicate == "camera_count"
    }
    assert counts == {("count", 72, 88), ("count", 450, 499)}


def test_firms_named_by_their_verb_and_contract_deliveries(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Police in Nairobi have installed 1,800 cameras. Kilima Networks installed the cameras, "
        "and Huawei supplied the equipment. Kilima Networks did not respond to questions."
    )
    found = facts(suggest(text, organisations))
    assert ("KE", "installer", org("new:Kilima Networks"), "asserts") in found
    assert ("KE", "installer", org("new:Kilima Networks"), "declines_to_comment") in found
    assert ("KE", "hardware_supplier", org("huawei"), "asserts") in found
    assert ("KE", "hardware_supplier", org("new:Kilima Networks"), "asserts") not in found
    text = (
        "Police in Quito use a new camera network. The cameras were delivered by Andes Vision "
        "Group under a US$3 million contract with the government."
    )
    found = facts(suggest(text, organisations))
    assert ("EC", "procurer", org("new:Andes Vision Group"), "asserts") in found


def test_the_company_refers_back_and_a_denial_covers_each_place(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "The Sagaing Region Government is buying 70 cameras for Monywa. Lotus Peak Engineering "
        "Co Ltd is tipped to win the contract, sources said. The company did not reply to emails."
    )
    found = facts(suggest(text, organisations))
    firm = org("new:Lotus Peak Engineering")
    assert ("MM-01/monywa", "procurer", firm, "declines_to_comment") in found
    text = (
        "Police in Mandalay run a camera network. Orbit Analytics Technologies does not supply "
        "face recognition software to the Mandalay Region Government or to anyone in Myanmar, "
        "the firm said."
    )
    denials = {
        (s.place, s.predicate) for s in suggest(text, organisations) if s.stance is Stance.denies
    }
    assert denials == {("MM-04/mandalay", "software_supplier"), ("MM", "software_supplier")}


def test_more_wordings_for_contracts_status_and_paragraph_towns(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Authorities in Myeik want 60 CCTV cameras. Sea Gate Technologies Co Ltd was given the "
        "contract in May. Installation began in April, and cameras are being put up at the port."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-05/myeik", "procurer", org("new:Sea Gate Technologies"), "asserts") in found
    assert ("MM-05/myeik", "status", ("term", "installing"), "asserts") in found
    text = (
        "A rights group reviewed camera projects in Sagaing Region.\n\n"
        "In the town of Monywa, 40 cameras have been installed.\n\n"
        "In the town of Shwebo, officials plan to install 30 cameras."
    )
    counts = {
        (s.place, s.value.identity())
        for s in suggest(text, organisations)
        if s.predicate == "camera_count"
    }
    assert counts == {("MM-01/monywa", ("count", 40, 40)), ("MM-01/shwebo", ("count", 30, 30))}
    text = "Cambodia's Interior Ministry is rolling out number-plate cameras in Phnom Penh."
    found = facts(suggest(text, organisations))
    assert ("KH", "capability", ("term", "plate_recognition"), "asserts") in found
    assert ("KH", "authority", org("new:Interior Ministry"), "asserts") in found


def test_burmese_counts_with_their_qualifiers() -> None:
    from countersight.extract.rules import count_findings

    def read(text: str) -> list[tuple]:
        return [f.value.identity() for f in count_findings(text, 0, len(text))]

    assert read("ကင်မရာ ၅၀ ခန့် တပ်ဆင်သည်") == [("count", 45, 55)]  # about 50: a range
    assert read("ကင်မရာ ၃၀၀ နီးပါး") == [("count", 270, 299)]  # nearly 300: fewer than 300
    assert read("ကင်မရာ အနည်းဆုံး ၃၀ လုံး") == [("count", 30, None)]
    assert read("ကင်မရာ ရာနှင့်ချီ") == [("count", 200, 999)]


def test_contractors_by_apposition_choice_and_hired_installers(
    organisations: OrganisationIndex,
) -> None:
    firm = org("new:Golden Harbour")
    cases = (
        (
            "The Yangon City Development Committee has chosen Golden Harbour Co Ltd to build "
            "the city's new camera network.",
            "procurer",
            "asserts",
        ),
        (
            "Golden Harbour Co Ltd, the main contractor for the Yangon Safe City project, "
            "declined to comment.",
            "procurer",
            "declines_to_comment",
        ),
        (
            "Golden Harbour Co Ltd will supply, install and maintain 300 cameras across Yangon.",
            "procurer",
            "asserts",
        ),
        (
            "Golden Harbour Co Ltd has been contracted by the regional government to install the "
            "cameras in Yangon.",
            "installer",
            "asserts",
        ),
    )
    for text, predicate, stance in cases:
        assert ("MM-06/yangon", predicate, firm, stance) in facts(suggest(text, organisations))


def test_an_addition_is_not_the_total(organisations: OrganisationIndex) -> None:
    text = (
        "Police in Lashio have put up 60 cameras. In a second stage next year, 40 more cameras "
        "will be installed, and the cameras will come from Uniview."
    )
    found = suggest(text, organisations)
    assert [s.value.identity() for s in found if s.predicate == "camera_count"] == [
        ("count", 60, 60)
    ]
    assert [s.value.identity() for s in found if s.predicate == "status"] == [
        ("term", "operational")
    ]
    assert ("MM-17/lashio", "hardware_supplier", org("uniview"), "asserts") in facts(found)


def test_burmese_town_names_that_are_also_words_count_with_the_word_for_town(
    organisations: OrganisationIndex,
) -> None:
    found = facts(suggest("ကလေးမြို့တွင် ရဲတပ်ဖွဲ့က ကင်မရာ ၄၀ တပ်ဆင်ထားသည်။", organisations))
    assert ("MM-01/kalay", "camera_count", ("count", 40, 40), "asserts") in found
    assert not any(
        f[0] == "MM-01/kalay" for f in facts(suggest("ကလေးများ ကင်မရာ ကြည့်သည်။", organisations))
    )


def test_town_names_that_are_words_need_the_words_of_a_place(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "A new report looks at cameras in two towns of Shan State.\n\n"
        "In Lashio, police have installed 80 CCTV cameras at junctions.\n\n"
        "In Muse, near the Chinese border, authorities are installing 40 cameras imported from "
        "China."
    )
    counts = {
        (s.place, s.value.identity())
        for s in suggest(text, organisations)
        if s.predicate == "camera_count"
    }
    assert counts == {("MM-17/lashio", ("count", 80, 80)), ("MM-17/muse", ("count", 40, 40))}
    assert suggest("The Muse of the poets never visited.", organisations) == []
    # "in" alone says it, whatever follows; the office abroad does not move the deployment.
    found = facts(
        suggest(
            "Police have operated 60 CCTV cameras in Muse since March. Huawei did not respond "
            "to questions sent to its office in Yangon.",
            organisations,
        )
    )
    assert ("MM-17/muse", "camera_count", ("count", 60, 60), "asserts") in found
    assert not any(f[0] == "MM-06/yangon" for f in found)


def test_bodies_abroad_by_their_ending_and_refusals_about_a_capability(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "The Sindh Safe Streets Authority runs 1,500 cameras in Karachi.\n\n"
        "Nothing published says the cameras are used for facial recognition, and the "
        "Authority has not answered our questions about it."
    )
    found = facts(suggest(text, organisations))
    body = org("new:Sindh Safe Streets Authority")
    assert ("PK", "authority", body, "asserts") in found
    assert ("PK", "capability", ("term", "face_recognition"), "declines_to_comment") in found
    refusals = [s for s in suggest(text, organisations) if s.stance is Stance.declines]
    assert {s.speaker for s in refusals} == {"org:new:Sindh Safe Streets Authority"}
    said = suggest(text + " The Authority says the cameras can read number plates.", organisations)
    plates = [s for s in said if s.value.identity() == ("term", "plate_recognition")]
    assert [s.speaker for s in plates] == ["org:new:Sindh Safe Streets Authority"]


def test_a_body_in_one_of_the_storys_towns_and_a_firm_by_apposition(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "A report by Delta Rights Group covers surveillance in Pathein and Hinthada.\n\n"
        "Pathein's police operate 60 cameras made by Uniview, it says.\n\n"
        "The township council in Hinthada has installed 25 cameras. They were bought from Dahua."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-07/hinthada", "camera_count", ("count", 25, 25), "asserts") in found
    assert ("MM-07/hinthada", "hardware_supplier", org("dahua"), "asserts") in found
    text = (
        "Police in Taunggyi are installing 50 cameras. Golden Lotus, a company in Mandalay, won "
        "the contract."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-17/taunggyi", "procurer", org("new:Golden Lotus"), "asserts") in found
    assert not any(f[0] == "MM-04/mandalay" for f in found)


def test_a_place_that_opens_an_outlet_or_firm_name_is_not_a_place(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Irrawaddy Basin Newswire (IBN)\n3 March 2024\n\n"
        "Street cameras for Lashio\n\n"
        "LASHIO, Myanmar, March 3 (IBN) - Workers are putting up street cameras at "
        "Lashio's junctions, two officials told Irrawaddy Basin Newswire. The cameras come "
        "from Mandalay Technology Co Ltd, they said."
    )
    found = facts(suggest(text, organisations))
    assert {f[0] for f in found} == {"MM-17/lashio"}  # not the Ayeyarwady Region, nor Mandalay


def test_a_denied_capability_is_the_capability_not_the_speakers_role(
    organisations: OrganisationIndex,
) -> None:
    found = suggest(
        "Police in Magway are installing 60 street cameras for the Magway Region Government.\n\n"
        "An official of the Magway Region Government denied that the cameras could recognise "
        "faces, saying they only watched traffic.",
        organisations,
    )
    got = facts(found)
    assert ("MM-03/magway", "capability", ("term", "face_recognition"), "denies") in got
    assert not any(f[1] == "authority" and f[3] == "denies" for f in got)
    denial = next(s for s in found if s.stance is Stance.denies)
    assert denial.speaker.startswith("org:")


def test_a_firm_named_as_the_installer(organisations: OrganisationIndex) -> None:
    found = facts(
        suggest(
            "Street cameras are going up in Pyay. A tender notice names Aung Thiri Engineering "
            "Co Ltd, a company based in Yangon, as the installer of the cameras.",
            organisations,
        )
    )
    assert ("MM-02/pyay", "installer", org("new:Aung Thiri Engineering"), "asserts") in found


def test_a_country_the_story_only_relates_to_is_not_a_deployment_place(
    organisations: OrganisationIndex,
) -> None:
    found = facts(
        suggest(
            "The state government plans 150 street cameras for Sittwe, the port town linked by "
            "new shipping routes to India, officials said.",
            organisations,
        )
    )
    assert {f[0] for f in found} == {"MM-16/sittwe"}


def test_a_capital_sharing_its_name_with_a_smaller_town_abroad_is_the_capital(
    organisations: OrganisationIndex,
) -> None:
    found = facts(suggest("Police in Colombo are installing 250 street cameras.", organisations))
    assert ("LK", "camera_count", CountValue(min=250, max=250).identity(), "asserts") in found


def test_a_verb_after_an_appositive_is_the_firms_and_one_inside_it_is_not(
    organisations: OrganisationIndex,
) -> None:
    found = facts(
        suggest(
            "The township committee in Pakokku wants 60 street cameras. Shwe Pyi Nann Co Ltd, a "
            "local firm that installed the town's street lights, is tipped to win the contract.",
            organisations,
        )
    )
    firm = org("new:Shwe Pyi Nann")
    assert ("MM-03/pakokku", "procurer", firm, "asserts") in found
    assert not any(f[1] == "installer" for f in found)


def test_a_firm_named_as_the_contractor(organisations: OrganisationIndex) -> None:
    found = facts(
        suggest(
            "A project document for Meiktila's 80 street cameras names Golden Lake Systems Co "
            "Ltd, a firm from Mandalay, as the main contractor.",
            organisations,
        )
    )
    assert ("MM-04/meiktila", "procurer", org("new:Golden Lake Systems"), "asserts") in found


def test_a_contract_awarded_for_a_system_to_a_firm_from_another_town(
    organisations: OrganisationIndex,
) -> None:
    found = facts(
        suggest(
            "The Ayeyarwady Region Government has awarded a contract for 120 street cameras in "
            "Pathein to Thaw Ka Engineering Co Ltd, a Yangon company, officials said.",
            organisations,
        )
    )
    assert {f[0] for f in found} == {"MM-07/pathein"}  # the firm's home town is not a place
    assert ("MM-07/pathein", "procurer", org("new:Thaw Ka Engineering"), "asserts") in found


def test_a_regional_government_stands_for_its_seat_not_a_same_named_town(
    organisations: OrganisationIndex,
) -> None:
    found = facts(
        suggest(
            "The Tanintharyi Region Government has ordered 150 surveillance cameras for the "
            "regional capital, officials said.",
            organisations,
        )
    )
    assert ("MM-05/dawei", "camera_count", CountValue(min=150, max=150).identity(), "asserts") in (
        found
    )


def test_burmese_names_of_towns_the_blind_sets_found_missing() -> None:
    finder = place_finder(default_gazetteer())
    for written, key in [("သထုံမြို့", "MM-15/thaton"), ("ပြင်ဦးလွင်မြို့", "MM-04/pyin-oo-lwin")]:
        assert [m.key for m in finder.find(f"{written}တွင် ကင်မရာများ")] == [key]


def test_a_month_named_alone_is_the_last_one_before_the_story(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "In Thanbyuzayat, work to put up cameras near the railway station and along the road "
        "to the old cemetery began in September.\n\n"
        "The council is planning to install cameras in Pathein, according to traders who were "
        "invited to a briefing on it in October."
    )
    found = facts(suggest(text, organisations, published=date(2025, 11, 4)))
    september = DateValue(earliest=date(2025, 9, 1), latest=date(2025, 9, 30)).identity()
    assert ("MM-15/thanbyuzayat", "started", september, "asserts") in found
    assert (
        "MM-15/thanbyuzayat",
        "status",
        ("term", "installing"),
        "asserts",
    ) in found
    # The briefing's month is not when anything began.
    assert not any(f[1] == "started" and f[0] == "MM-07/pathein" for f in found)


def test_makers_marks_firm_endings_and_contractors_who_put_cameras_up(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "In Pyapon, the cameras at the jetty still carry their Uniview stickers. Residents named "
        "Delta Link Technologies, a firm from Yangon, as the company that put the cameras up.\n\n"
        "A schedule names Ramanya Net Solutions as the main contractor for the Pyapon cameras. "
        "Shwe Nadi Engineering & Trading Co Ltd declined to comment on the cameras."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-07/pyapon", "hardware_supplier", org("uniview"), "asserts") in found
    assert (
        "MM-07/pyapon",
        "installer",
        org("new:Delta Link Technologies"),
        "asserts",
    ) in found
    # A contractor without words of putting up stays the procurer.
    assert ("MM-07/pyapon", "procurer", org("new:Ramanya Net Solutions"), "asserts") in found
    assert not any(f[2] == org("new:Delta Link Technologies") and f[1] == "procurer" for f in found)
    names = {m.key for m in organisations.find(text)}
    assert "new:Shwe Nadi Engineering & Trading" in names
    assert "new:Shwe Nadi Engineering" not in names


def test_a_place_in_a_masthead_in_capitals_is_a_name_not_the_story(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "MAGWAY MIRROR — Regional news — 11 March 2026\n\n"
        "Thayetmyo has a working Safe City camera network, the regional government said.\n\n"
        "About 140 cameras send their pictures to a control room."
    )
    places = {f[0] for f in facts(suggest(text, organisations))}
    assert places == {"MM-03/thayetmyo"}
    # A dateline in capitals still says where the story was filed.
    wire = "MANDALAY (Wire) - Police have installed 80 CCTV cameras at junctions."
    assert {f[0] for f in facts(suggest(wire, organisations))} == {"MM-04/mandalay"}


def test_a_council_a_firm_putting_cameras_up_and_a_name_stamped_on_crates(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Crews have been fixing surveillance cameras to poles in Lewe since August.\n\n"
        "The project belongs to the Nay Pyi Taw Council, a staff member said. He said two dozen "
        "cameras would be up by October.\n\n"
        "Shwe Taung Yoe Engineering, a company from Pyinmana, is putting up the cameras. The "
        "crates of cameras were stamped with the ZTE name."
    )
    found = facts(suggest(text, organisations, published=date(2026, 9, 29)))
    lewe = {f for f in found if f[0] == "MM-18/lewe"}
    assert ("MM-18/lewe", "status", ("term", "installing"), "asserts") in lewe
    assert ("MM-18/lewe", "authority", org("new:Nay Pyi Taw Council"), "asserts") in lewe
    assert ("MM-18/lewe", "camera_count", ("count", 24, 24), "asserts") in lewe
    assert (
        "MM-18/lewe",
        "installer",
        org("new:Shwe Taung Yoe Engineering"),
        "asserts",
    ) in lewe
    assert ("MM-18/lewe", "hardware_supplier", org("zte"), "asserts") in lewe
    assert found == lewe  # the council's town is not a second project


def test_a_press_release_dateline_capacity_and_capabilities_it_could_have(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "PRESS RELEASE\n\n"
        "MANDALAY — Our company built the Kyaukme Safe City Project, which has been in "
        "round-the-clock operation since it was handed over.\n\n"
        "Its cameras alert operators to unusual crowd build-ups and to bags left unattended. "
        "The cameras are face recognition-ready. The network of cameras is designed to scale "
        "up to 1,000 cameras."
    )
    found = facts(suggest(text, organisations))
    assert {f[0] for f in found} == {"MM-17/kyaukme"}  # filed from Mandalay, about Kyaukme
    assert ("MM-17/kyaukme", "status", ("term", "operational"), "asserts") in found
    capabilities = {f[2][1] for f in found if f[1] == "capability"}
    assert capabilities == {"crowd_analytics", "video_analytics"}  # not face recognition
    assert not any(f[1] == "camera_count" for f in found)  # a capacity is not a count


def test_work_won_by_a_firm_and_cameras_watching_since_the_start_of_a_month(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Surveillance cameras have been watching the streets of Thayetmyo since the start of "
        "February, the government said. The work had been won in a closed tender last year by "
        "Ayeyar Shwe Wah Engineering, sources said."
    )
    found = facts(suggest(text, organisations, published=date(2026, 3, 10)))
    february = DateValue(earliest=date(2026, 2, 1), latest=date(2026, 2, 28)).identity()
    assert ("MM-03/thayetmyo", "started", february, "asserts") in found
    assert ("MM-03/thayetmyo", "status", ("term", "operational"), "asserts") in found
    assert (
        "MM-03/thayetmyo",
        "procurer",
        org("new:Ayeyar Shwe Wah Engineering"),
        "asserts",
    ) in found


def test_an_award_notice_total_currency_words_and_losing_bids(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "NOTICE OF CONTRACT AWARD\n\n"
        "The contract for a Safe City camera system for Yamethin has been awarded to Nay Kyi "
        "Tech Solutions Co., Ltd.\n\n"
        "Contract price: US$ 1,275,400 (United States Dollars one million two hundred "
        "seventy-five thousand four hundred only).\n\n"
        "Scope: (a) 88 fixed cameras; (b) 16 dome cameras; (c) a monitoring centre at the "
        "Yamethin Township Police Station. Total cameras: 104.\n\n"
        "Equipment offered: cameras of Uniview manufacture.\n\n"
        "Other bids received: Shwe Pyi Thar Security Systems: US$ 1,402,000"
    )
    found = facts(suggest(text, organisations))
    assert {f[0] for f in found} == {"MM-04/yamethin"}  # dollars are not the United States
    counts = {f[2] for f in found if f[1] == "camera_count"}
    assert counts == {("count", 104, 104)}  # the parts of a stated total are not counts
    costs = {f[2] for f in found if f[1] == "cost"}
    assert costs == {("money", Decimal("1275400"), "USD")}  # a losing bid is not the cost
    assert ("MM-04/yamethin", "hardware_supplier", org("uniview"), "asserts") in found
    assert not any(f[1] == "authority" and "Police" in f[2][1] for f in found)


def test_a_road_named_for_its_towns_and_a_group_named_for_its_area(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Bago Yoma Civic Watch has documented a camera network in Nyaunglebin.\n\n"
        "Nyaunglebin's camera network has been running since late April, covering the bus gate "
        "on the Yangon–Mandalay road. Our volunteers mapped 42 cameras."
    )
    found = facts(suggest(text, organisations, published=date(2026, 7, 8)))
    assert {f[0] for f in found} == {"MM-02/nyaunglebin"}
    assert ("MM-02/nyaunglebin", "camera_count", ("count", 42, 42), "asserts") in found


def test_a_story_with_no_word_of_surveillance_records_nothing(
    organisations: OrganisationIndex,
) -> None:
    livestream = (
        "The pagoda's trustees have set up three cameras on the platform that stream the rock "
        "to their video channel. Donations from migrant workers in Thailand and Malaysia paid "
        "for the equipment, about 6 million kyats. The cameras were bought from a shop in "
        "Mawlamyine. The trustees plan to add a fourth camera next year."
    )
    assert suggest(livestream, organisations) == []
    # the same cameras, watching people for the police, are a story
    watched = livestream + " Police now use the cameras to watch pilgrims."
    assert suggest(watched, organisations)


def test_crews_working_for_a_firm_an_outlet_named_for_a_town_and_a_burmese_road(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Bago Evening Digest republishes this report.\n\n"
        "Crews have started bolting surveillance cameras to lamp posts in Tharrawaddy. The "
        "foreman said his crew works for Zeyar Thitsa Engineering, a company based in Bago. "
        "The installation contractor for the Tharrawaddy cameras is Zeyar Thitsa Engineering."
    )
    found = facts(suggest(text, organisations))
    firm = org("new:Zeyar Thitsa Engineering")
    assert ("MM-02/tharyarwady", "installer", firm, "asserts") in found
    assert {f[0] for f in found} == {"MM-02/tharyarwady"}
    burmese = "ရန်ကုန်-ပြည် လမ်းမကြီးပေါ်ရှိ သာယာဝတီမြို့ ဝင်ပေါက်တွင် ကင်မရာ ၆၄ လုံး တပ်ဆင်နေသည်။"
    assert {f[0] for f in facts(suggest(burmese, organisations))} == {"MM-02/tharyarwady"}


def test_city_bodies_abroad_bearings_and_headlines_in_capitals(
    organisations: OrganisationIndex,
) -> None:
    harare = (
        "Harare City Council has chosen a contractor to put surveillance cameras in the "
        "central business district, a council spokesperson said."
    )
    found = facts(suggest(harare, organisations))
    assert ("ZW", "authority", org("new:Harare City Council"), "asserts") in found
    assert ("ZW", "status", ("term", "awarded"), "asserts") in found
    digest = (
        "THE LENS WEEKLY\n\n"
        "1. NYAUNGDON SWITCHES ON\n\n"
        "Three dozen Safe City cameras have been switched on in Nyaungdon, the river port "
        "north-west of Yangon.\n\n"
        "2. DHAKA SIGNS FOR CAMERAS\n\n"
        "The Dhaka North City Corporation said it had signed a contract for 1,100 cameras."
    )
    found = facts(suggest(digest, organisations))
    assert {f[0] for f in found} == {"MM-07/nyaungdon", "BD"}  # not Yangon, not Myanmar
    assert ("BD", "camera_count", ("count", 1100, 1100), "asserts") in found


def test_a_river_in_the_subhead_and_a_denial_naming_only_the_country(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "The river town that is watched from upstairs\n"
        "How a district capital on the Irrawaddy got a face-matching camera network\n\n"
        "From the jetty at Katha, the first thing a visitor notices is the camera poles. Two "
        "people said the software doing the matching is made by SenseTime.\n\n"
        'SenseTime said that it "has not sold any software for this project and has no '
        'business in Myanmar".'
    )
    found = facts(suggest(text, organisations))
    # the town, not the Ayeyarwady Region the river is named like; the denial is about the
    # town's project (and, as every denial naming a place, about Myanmar too)
    assert {f[0] for f in found} == {"MM-01/katha", "MM"}
    assert ("MM-01/katha", "software_supplier", ("text", "sensetime"), "denies") in found
    assert {f[1] for f in found if f[0] == "MM"} == {"software_supplier"}


def test_a_transcript_answer_follows_its_question_and_a_question_asserts_nothing(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "HOST: Is the Pyawbwe camera network running now?\n\n"
        "GUEST: It has been live since October.\n\n"
        "HOST: Can the system recognise faces?\n\n"
        "GUEST: Honestly, I don't know."
    )
    found = facts(suggest(text, organisations, published=date(2027, 3, 4)))
    october = DateValue(earliest=date(2026, 10, 1), latest=date(2026, 10, 31)).identity()
    assert ("MM-04/pyawbwe", "started", october, "asserts") in found
    assert not any(f[1] == "capability" for f in found)


def test_quoted_words_before_cameras_currencies_abroad_and_first_poles(
    organisations: OrganisationIndex,
) -> None:
    found = facts(
        suggest(
            'Three dozen "Safe City" cameras have been switched on in Nyaungdon. The first '
            "poles went up in the last week of December.",
            organisations,
            published=date(2027, 1, 19),
        )
    )
    assert ("MM-07/nyaungdon", "camera_count", ("count", 36, 36), "asserts") in found
    december = DateValue(earliest=date(2026, 12, 1), latest=date(2026, 12, 31)).identity()
    assert ("MM-07/nyaungdon", "started", december, "asserts") in found
    # where the work is said to have started earlier, the first poles are not the start
    earlier = facts(
        suggest(
            "Work on the Taunggyi camera network started in March last year. The first cameras "
            "went up there in late March.",
            organisations,
            published=date(2024, 4, 10),
        )
    )
    assert {f[2] for f in earlier if f[1] == "started"} == {
        DateValue(earliest=date(2023, 3, 1), latest=date(2023, 3, 31)).identity()
    }
    dhaka = facts(
        suggest(
            "The Dhaka North City Corporation signed a contract for 1,100 cameras at a cost "
            "of Tk 3.6 billion.",
            organisations,
        )
    )
    assert ("BD", "cost", ("money", Decimal("3600000000"), "BDT"), "asserts") in dhaka


def test_a_smart_firm_that_installed_and_maintains_and_crews_fixing_cameras(
    organisations: OrganisationIndex,
) -> None:
    found = facts(
        suggest(
            "The cameras in Almaty were installed, and are maintained, by Zhetysu Smart Systems, "
            "a local company, the akimat said.\n\n"
            "In Tamu, crews on bucket trucks are fixing cameras to the light poles.",
            organisations,
        )
    )
    assert ("KZ", "installer", org("new:Zhetysu Smart Systems"), "asserts") in found
    assert ("MM-01/tamu", "status", ("term", "installing"), "asserts") in found
    smart_city = {m.key for m in organisations.find("The Mandalay Smart City Technologies plan.")}
    assert not any("Smart City" in key for key in smart_city)


def test_a_questionnaire_reply_asserts_only_its_answers(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Question 1. Posts on social media say that Min Kyaw Net Solutions installed the "
        "surveillance cameras in Taungdwingyi. Is that correct?\n\n"
        "Answer: No. Min Kyaw Net Solutions did not install the street cameras in "
        "Taungdwingyi."
    )
    found = facts(suggest(text, organisations))
    firm = org("new:Min Kyaw Net Solutions")
    assert ("MM-03/taungdwingyi", "installer", firm, "denies") in found
    assert not any(f[3] == "asserts" for f in found)


def test_work_paused_since_a_month_is_suspended_not_started_then(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "The Safe City project in Twante was begun in March 2026. Work has been paused since "
        "the end of September, because the budget was not released."
    )
    found = facts(suggest(text, organisations, published=date(2027, 2, 9)))
    assert ("MM-06/twante", "status", ("term", "suspended"), "asserts") in found
    starts = {f[2] for f in found if f[1] == "started"}
    assert starts == {DateValue(earliest=date(2026, 3, 1), latest=date(2026, 3, 31)).identity()}


def test_an_award_table_total_and_make_of_equipment(organisations: OrganisationIndex) -> None:
    text = (
        "WAKEMA TOWNSHIP DEVELOPMENT AFFAIRS COMMITTEE\n\n"
        "NOTICE OF CONTRACT AWARD for the Safe City CCTV system, Wakema Town\n\n"
        "   Make of equipment  : Tiandy (cameras, recorders and software)\n\n"
        "   A     Fixed bullet camera, 4 MP                                58\n"
        "   B     PTZ speed dome camera                                    10\n"
        "         Total number of cameras (A + B)                          68\n"
    )
    found = facts(suggest(text, organisations))
    assert ("MM-07/wakema", "hardware_supplier", org("tiandy"), "asserts") in found
    assert {f[2] for f in found if f[1] == "camera_count"} == {("count", 68, 68)}


def test_headline_town_beside_the_country_wins_over_the_town_filed_from(
    organisations: OrganisationIndex,
) -> None:
    # A wire headline "Country: Town ..." and a dateline from another town: the story is the
    # headline's town, and sentences naming no place are about it, not about the country.
    text = (
        "Myanmar: Pakokku switches on its street cameras\n\n"
        "MANDALAY, March 7 (Wire) - A camera network paid for by the Magway Region Government "
        "has gone live in Pakokku, an official said in Mandalay.\n\n"
        "More than 150 cameras are now connected, he said."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-03/pakokku", "camera_count", CountValue(min=151).identity(), "asserts") in found
    assert not any(place in ("MM", "MM-04/mandalay") for place, *_ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        'Asked whether the system could recognise faces, he said: "It cannot."',
        "A regional official denied to reporters that the cameras could recognise faces.",
        "The spokesman ruled out face recognition when reporters asked about it.",
        "An official rejected any suggestion that the cameras could identify faces.",
        'မျက်နှာ မှတ်မိနိုင်သည့်စနစ် ပါဝင်ခြင်း ရှိမရှိ မေးမြန်းရာ "မပါဝင်ပါဘူး" ဟု ပြောခွင့်ရှိသူက ဖြေကြားသည်။',
    ],
)
def test_a_capability_denied_by_whoever_answers(
    sentence: str, organisations: OrganisationIndex
) -> None:
    text = f"Safe City cameras went live in Pakokku in March. {sentence}"
    found = facts(suggest(text, organisations))
    face = ("term", "face_recognition")
    assert ("MM-03/pakokku", "capability", face, "denies") in found
    assert ("MM-03/pakokku", "capability", face, "asserts") not in found


def test_a_tender_minimum_is_a_lower_bound(organisations: OrganisationIndex) -> None:
    text = 'The Safe City tender for Kanbalu asks for "not fewer than 45 cameras".'
    found = facts(suggest(text, organisations))
    assert ("MM-01/kanbalu", "camera_count", CountValue(min=45).identity(), "asserts") in found


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("3.1 The Namkham network", [("MM-17/namhkam", False)]),  # "The" ends no name
        ("SURVEILLANCE ON THE NAMKHAM BORDER ROAD", [("MM-17/namhkam", False)]),  # a headline
        ("MAGWAY MIRROR\nCameras go up", [("MM-03/magway", True)]),  # a masthead
        ("Northern Shan Rights Documentation Group", []),  # a group's name
        ("Kachin Women's Forum", []),
        ("MANDALAY CIVIC RADIO - Town Hall programme", []),  # a name in capitals
        ("UPPER AYEYARWADY POLICY CENTRE\nPolicy Brief No. 7", []),
        ("If you drive the Thaton road you will see the poles.", [("MM-15/thaton", True)]),
        # Town names that are also words, where the words around them say they are towns
        ("Gwa's new cameras: who put them up?", [("MM-16/gwa", False)]),
        (
            "GWA - Cameras now watch the streets of Gwa.",
            [("MM-16/gwa", True), ("MM-16/gwa", False)],
        ),
        ("Our firm completes the Waw Safe Town project.", [("MM-02/waw", False)]),
        ("Sittaung Digital Systems Co., Ltd.\nYangon, 2 June 2031", [("MM-06/yangon", True)]),
    ],
)
def test_places_in_headlines_and_in_names(text: str, places: list) -> None:
    finder = place_finder(default_gazetteer())
    assert [(m.key, m.origin) for m in finder.find(text)] == places


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Two of the cameras are domes that swivel and zoom.", "ptz"),
        ("The cameras at the port can turn and zoom to follow a vehicle.", "ptz"),
        ("Item 2: Speed dome camera, pan/tilt/zoom, 32x optical.", "ptz"),
        ("Four of the cameras will be thermal units.", "thermal"),
        (
            'The cameras "will capture vehicle registration numbers", the notice says.',
            "plate_recognition",
        ),
        ("Faces captured at the checkpoint are compared against a watch list.", "face_recognition"),
        ("Software warns the duty officer when the crowd grows too dense.", "crowd_analytics"),
        ("The system flags people who linger near the station.", "video_analytics"),
        ("An alarm sounds when someone crosses a line drawn along the fence.", "video_analytics"),
    ],
)
def test_capabilities_in_other_words(
    sentence: str, term: str, organisations: OrganisationIndex
) -> None:
    text = f"Safe City cameras went live in Pakokku in March. {sentence}"
    found = facts(suggest(text, organisations))
    assert ("MM-03/pakokku", "capability", ("term", term), "asserts") in found


def test_what_is_said_before_but_is_not_refused(organisations: OrganisationIndex) -> None:
    text = (
        "Safe City cameras went live in Pakokku in March. The official said the system flags "
        "people who linger near the station, but he refused to say which company supplied it."
    )
    found = facts(suggest(text, organisations))
    analytics = ("term", "video_analytics")
    assert ("MM-03/pakokku", "capability", analytics, "asserts") in found
    assert ("MM-03/pakokku", "capability", analytics, "declines_to_comment") not in found


def test_a_road_to_a_town_is_a_landmark(organisations: OrganisationIndex) -> None:
    text = (
        "Workers are putting up Safe City cameras in Mogaung. The cameras at the bridge will "
        "read the number plate of every lorry going up the road to Hpakant."
    )
    found = facts(suggest(text, organisations))
    plates = ("term", "plate_recognition")
    assert ("MM-11/mogaung", "capability", plates, "asserts") in found
    assert not any(place == "MM-11/hpakan" for place, *_ in found)


@pytest.mark.parametrize(
    ("text", "key", "kind"),
    [
        (
            "A Beira integrator, Sofala Digital Systems Lda, won the tender to build the camera "
            "network last year, the council said.",
            "new:Sofala Digital Systems",
            None,
        ),
        (
            "Crews from Mali Hka Technical Services put up the poles.",
            "new:Mali Hka Technical Services",
            None,
        ),
        ("I was with Shwe Nwe Communications then.", "new:Shwe Nwe Communications", None),
        (
            "It is run by the Kyaukse Township General Administration Department.",
            "new:Kyaukse Township General Administration Department",
            "authority",
        ),
        (
            "The Capital City Governor's Office wants cameras.",
            "new:Capital City Governor's Office",
            "authority",
        ),
        ("a pilot for the Mae Sot Town Municipality", "new:Mae Sot Town Municipality", "authority"),
    ],
)
def test_firms_and_bodies_by_more_shapes(
    text: str, key: str, kind: str | None, organisations: OrganisationIndex
) -> None:
    found = [(m.key, m.kind) for m in organisations.find(text)]
    assert found and found[0][0] == key
    if kind:
        assert found[0][1] == kind


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("The state government has operated street cameras in Pakokku since March.", "operational"),
        ("More than 200 cameras now watch the streets of Pakokku, officials said.", "operational"),
        ("Work on the Pakokku camera project has stood still since May.", "suspended"),
        ("Installation work on the Pakokku camera system began on 3 June.", "installing"),
        ("The Pakokku committee has opened bidding for a street camera system.", "tendered"),
    ],
)
def test_status_in_other_words(
    sentence: str, status: str, organisations: OrganisationIndex
) -> None:
    found = facts(suggest(sentence, organisations))
    assert ("MM-03/pakokku", "status", ("term", status), "asserts") in found


@pytest.mark.parametrize(
    "opening",
    [
        "Cameras go live in Paung\n\nPaung, a town on the road from Thaton to Mawlamyine, ",
        "NOTES FROM THE TOWNS BETWEEN THATON AND YE\n\nCameras go live in Paung\n\nPaung ",
        "Cameras go live in Paung\n\nPaung, on the main road between Thaton and Mawlamyine, ",
    ],
)
def test_towns_named_to_say_where_the_story_town_lies_are_not_its_place(
    opening: str, organisations: OrganisationIndex
) -> None:
    text = f"{opening}has switched on 88 Safe City cameras.\n\nThe cameras went live in March."
    found = facts(suggest(text, organisations))
    assert ("MM-15/paung", "status", ("term", "operational"), "asserts") in found
    assert {place for place, *_ in found} == {"MM-15/paung"}


def test_a_government_named_without_its_region_is_the_storys_own(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Safe City cameras went live in Pakokku in March. The Region Government is paying for "
        "the network, an official said."
    )
    found = facts(suggest(text, organisations))
    government = org("new:Magway Region Government")
    assert ("MM-03/pakokku", "authority", government, "asserts") in found
    assert not any(value == org("new:Region Government") for _, _, value, _ in found)


def test_a_fee_for_a_copy_is_not_the_cost(organisations: OrganisationIndex) -> None:
    text = (
        "The Safe City network in Taungup cost 1.9 billion kyats, a notice says. Residents who "
        "want a copy of footage must pay a fee of 5,000 kyats."
    )
    costs = {v for place, p, v, _ in facts(suggest(text, organisations)) if p == "cost"}
    assert costs == {MoneyValue(amount=Decimal("1900000000"), currency="MMK").identity()}


def test_went_into_operation_and_a_filed_from_line(organisations: OrganisationIndex) -> None:
    text = (
        "Myitkyina | Saturday, 9 March 2030\n\nA network of 86 surveillance cameras went into "
        "operation in Putao earlier this month, police said."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-11/putao", "status", ("term", "operational"), "asserts") in found
    assert {place for place, *_ in found} == {"MM-11/putao"}


@pytest.mark.parametrize(
    ("phrase", "published", "earliest", "latest"),
    [
        ("at the start of this month", date(2029, 3, 13), date(2029, 3, 1), date(2029, 3, 31)),
        ("earlier this month", date(2029, 3, 13), date(2029, 3, 1), date(2029, 3, 31)),
        ("this week", date(2028, 7, 2), date(2028, 7, 1), date(2028, 7, 31)),
        ("last week", date(2028, 7, 2), date(2028, 6, 1), date(2028, 6, 30)),
        ("three weeks ago", date(2028, 7, 30), date(2028, 7, 1), date(2028, 7, 31)),
        ("ပြီးခဲ့သည့် ဒီဇင်ဘာလ", date(2027, 1, 5), date(2026, 12, 1), date(2026, 12, 31)),
        ("ယခုလ အစပိုင်း", date(2027, 1, 5), date(2027, 1, 1), date(2027, 1, 31)),
        ("ဇူလိုင်လ ၃ ရက်နေ့", date(2028, 8, 1), date(2028, 7, 3), date(2028, 7, 3)),
        ("ဒီဇင်ဘာလ ၃ ရက်နေ့", date(2028, 8, 1), date(2027, 12, 3), date(2027, 12, 3)),
    ],
)
def test_weeks_and_months_counted_from_the_day_of_publication(
    phrase: str, published: date, earliest: date, latest: date
) -> None:
    from countersight.extract.values import find_dates

    [found] = find_dates(phrase, published)
    assert (found.value.earliest, found.value.latest) == (earliest, latest)


def test_a_burmese_this_before_a_road_is_no_date() -> None:
    from countersight.extract.values import find_dates

    assert find_dates("ယခု လမ်းမကြီးပေါ်တွင်", date(2027, 1, 5)) == ()


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        ("The camera network in Heho began operating last month, police said.", (2029, 6)),
        ("The Safe City network in Heho went into service at the start of this month.", (2029, 7)),
        ("The first cameras in Heho were switched on in the autumn of 2019.", (2019, None)),
        ("Residents say the cameras in Heho went up in the second half of 2022.", (2022, None)),
        ("Installation work on the Heho cameras got under way this week.", (2029, 7)),
    ],
)
def test_when_a_network_started_in_more_words(
    sentence: str, month: tuple, organisations: OrganisationIndex
) -> None:
    found = facts(suggest(sentence, organisations, published=date(2029, 7, 3)))
    [(_, _, (_, earliest, latest), _)] = [f for f in found if f[1] == "started"]
    year, number = month
    assert (earliest.year, latest.year) == (year, year)
    if number:
        assert (earliest.month, latest.month) == (number, number)


def test_switched_off_since_and_the_day_a_statement_was_made_are_no_start(
    organisations: OrganisationIndex,
) -> None:
    english = (
        "The street cameras along Kyaikkami's beach road have been switched off since the storm "
        "at the start of this month."
    )
    burmese = (
        "ပုသိမ်မြို့တွင် စီစီတီဗီ ကင်မရာ ၅၀ လုံး စတင်လည်ပတ်နေပြီဖြစ်ကြောင်း တိုင်းဒေသကြီးအစိုးရ "
        "ပြောခွင့်ရှိသူက မတ်လ ၆ ရက်တွင် ပြောကြားသည်။"
    )
    for text in (english, burmese):
        found = facts(suggest(text, organisations, published=date(2028, 8, 20)))
        assert not [f for f in found if f[1] == "started"], text


@pytest.mark.parametrize(
    "sentence",
    [
        "Asked whether the system can recognise faces, the department replied that it "
        '"is not equipped for that purpose".',
        "Asked about face recognition, the head of the security office said that the cameras "
        '"do not and will not" identify people by their faces.',
        'The assembly rejected what it called "false claims" that the cameras can identify '
        "people by their faces.",
        'An officer said the cameras "only watch the traffic and do not recognise anyone".',
    ],
)
def test_a_capability_denied_in_an_answer_reported(
    sentence: str, organisations: OrganisationIndex
) -> None:
    text = f"Safe City cameras went live in Pakokku in March. {sentence}"
    found = facts(suggest(text, organisations))
    face = ("term", "face_recognition")
    assert ("MM-03/pakokku", "capability", face, "denies") in found
    assert ("MM-03/pakokku", "capability", face, "asserts") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Asked whether the cameras could recognise faces, a spokesman said he could not comment.",
        "The ministry said it was not permitted to discuss whether the cameras recognise faces.",
        "We asked whether the cameras recognise faces and have not heard back.",
        "ကင်မရာများက မျက်နှာဖြင့် လူများကို ခွဲခြားသိရှိနိုင်ခြင်း ရှိမရှိ မေးမြန်းရာ "
        "ထိုကိစ္စကို ဆွေးနွေးခွင့် မရှိကြောင်း ရဲအရာရှိက ဖြေကြားသည်။",
        "ကင်မရာများက မျက်နှာကို ခွဲခြားနိုင်ခြင်း ရှိမရှိ မေးမြန်းရာ ရဲအရာရှိက ဖြေကြားရန် ငြင်းဆိုခဲ့သည်။",
        "As to whether the cameras can recognise faces, that is a matter for the police and I "
        "will not go into it.",
        'Asked whether the cameras could recognise faces, he said that was "above my pay '
        'grade" and moved on to the next question.',
        "Asked whether the cameras could recognise faces, the chairman said questions on the "
        "scope would not be answered at the meeting.",
        'Asked whether the cameras can pick out faces, the officer said: "Ask me again next year."',
        "Asked whether the cameras recognise faces, the superintendent asked that the "
        "committee go into closed session.",
        "On 4 May we wrote to the Pakokku Township Police Force to ask whether the cameras "
        "recognise faces. The letter came back to our office on 20 May unopened.",
        "Asked whether the cameras recognise faces, the engineer said his superiors had "
        "instructed him not to discuss it.",
        'ကင်မရာများက မျက်နှာကို မှတ်မိနိုင်သလား ဟု မေးမြန်းရာ "အဲဒီကိစ္စကိုတော့ မမေးပါနဲ့ဦး" ဟုသာ သူက ပြန်ဖြေသည်။',
        "A duty officer, asked whether the cameras match faces against a list, said he had "
        '"no orders to talk about that".',
    ],
)
def test_refusals_to_say_what_the_cameras_can_do(
    sentence: str, organisations: OrganisationIndex
) -> None:
    text = f"Safe City cameras went live in Pakokku in March. {sentence}"
    found = facts(suggest(text, organisations))
    face = ("term", "face_recognition")
    assert ("MM-03/pakokku", "capability", face, "declines_to_comment") in found
    assert ("MM-03/pakokku", "capability", face, "asserts") not in found


def test_an_unnamed_source_not_allowed_to_speak_refuses_nothing(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Huawei supplied the 80 cameras in Pakokku, said an official who spoke on condition of "
        "anonymity because he was not allowed to talk to reporters."
    )
    stances = {f[3] for f in facts(suggest(text, organisations))}
    assert stances == {"asserts"}


def test_a_refusal_after_a_question_is_about_the_role_asked_of(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Safe City cameras went live in Pakokku in March. Asked whether the military council had "
        "ordered the cameras, an official said he could not comment."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-03/pakokku", "authority", org("mm-junta"), "declines_to_comment") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents fear the cameras in Pakokku may later be fitted with face recognition.",
        "The tender for the 60 Pakokku cameras does not mention face recognition.",
    ],
)
def test_feared_or_unmentioned_capabilities_are_no_claims(
    sentence: str, organisations: OrganisationIndex
) -> None:
    found = facts(suggest(sentence, organisations))
    assert not [f for f in found if f[1] == "capability"]


def test_dollars_as_the_river_plate_writes_them_and_cedis_with_a_cent_sign() -> None:
    found = [
        (f.value.amount, f.value.currency) for f in find_money("for U$S 1.250.000 and GH¢ 2,000")
    ]
    assert found == [(Decimal(1_250_000), "USD"), (Decimal(2_000), "GHS")]


@pytest.mark.parametrize(
    ("sentence", "amount", "currency"),
    [
        ("The Pakokku camera network cost TZS 18 billion.", "18000000000", "TZS"),
        (
            "The Pakokku camera network cost 1.4 billion kyats, equivalent to about US$660,000.",
            "1400000000",
            "MMK",
        ),
        (
            "The Pakokku camera contract is worth 2.5 billion kyats; the bid security is "
            "MMK 50 million.",
            "2500000000",
            "MMK",
        ),
    ],
)
def test_one_cost_in_any_currency_code(
    sentence: str, amount: str, currency: str, organisations: OrganisationIndex
) -> None:
    costs = {v for _, p, v, _ in facts(suggest(sentence, organisations)) if p == "cost"}
    assert costs == {("money", Decimal(amount), currency)}


def test_capitals_that_are_no_currency_and_indian_magnitudes() -> None:
    from countersight.extract.values import find_money

    assert find_money("The CEO 5 said ANPR 20 cameras") == []
    [found] = find_money("an INR 45 crore contract")
    assert found.value.amount == Decimal(450_000_000)


def test_a_network_built_by_an_engineering_firm_is_installed_by_it(
    organisations: OrganisationIndex,
) -> None:
    text = "The camera network in Pakokku was built by Shwe Yadanar Engineering Co., Ltd."
    found = facts(suggest(text, organisations))
    firm = org("new:Shwe Yadanar Engineering")
    assert ("MM-03/pakokku", "installer", firm, "asserts") in found
    assert ("MM-03/pakokku", "hardware_supplier", firm, "asserts") not in found


def test_a_town_in_a_burmese_outlet_name_is_not_the_story_place(
    organisations: OrganisationIndex,
) -> None:
    text = "ပခုက္ကူမြို့တွင် စီစီတီဗီကင်မရာ ၈၀ တပ်ဆင်ပြီးဖြစ်ကြောင်း မန္တလေးအလင်း သတင်းက ဖော်ပြသည်။"
    places = {f[0] for f in facts(suggest(text, organisations))}
    assert places == {"MM-03/pakokku"}


def test_a_firms_own_release_speaks_as_we_about_work_abroad(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "PRESS RELEASE\n\nLattice Bridge Systems Co., Ltd. is pleased to announce that it has "
        "completed the Wundwin Safe City project.\n\nOutside Myanmar, the city camera network we "
        "installed for the Phuentsholing Thromde in Bhutan has been in operation since 2027."
    )
    found = facts(suggest(text, organisations))
    firm = org("new:Lattice Bridge Systems")
    assert ("BT", "installer", firm, "asserts") in found
    assert ("BT", "authority", org("new:Phuentsholing Thromde"), "asserts") in found
    assert not [f for f in found if f[0] == "MM"]


def test_we_in_a_quotation_is_whoever_is_quoted(organisations: OrganisationIndex) -> None:
    text = (
        "Lattice Bridge Systems Co., Ltd. sells cameras in Mandalay. A township official said: "
        '"We installed the 40 cameras in Wundwin ourselves."'
    )
    found = facts(suggest(text, organisations))
    assert not [f for f in found if f[1] == "installer"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A project document names Sein Lan Pya Technology Co Ltd, a Bago-registered company, as "
        "the firm doing the installation of the Taungoo cameras.",
        "Sein Lan Pya Technology Co., Ltd. is the installation contractor for the Taungoo Safe "
        "City Project.",
    ],
)
def test_installers_named_by_their_part_in_the_work(
    sentence: str, organisations: OrganisationIndex
) -> None:
    found = facts(suggest(sentence, organisations))
    firm = org("new:Sein Lan Pya Technology")
    assert ("MM-02/taungoo", "installer", firm, "asserts") in found


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "Work on the camera network in Kalay has stopped, and the Kalay District "
            "Administration Office, which ordered the network, has pulled the contractor off.",
            "new:Kalay District Administration Office",
        ),
        (
            "The cameras in Mong La are run by the Mong La town administration from a control "
            "room next to the main market.",
            "new:Mong La town administration",
        ),
    ],
)
def test_town_and_district_administrations_are_public_bodies(
    sentence: str, body: str, organisations: OrganisationIndex
) -> None:
    found = facts(suggest(sentence, organisations))
    assert any(f[1:] == ("authority", org(body), "asserts") for f in found)


def test_a_bare_town_administration_names_no_body(organisations: OrganisationIndex) -> None:
    assert list(organisations.find("The town administration said the cameras work.")) == []


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "The Waw Safe Town camera system was handed over and is now in full operation.",
            "operational",
        ),
        (
            "ပခုက္ကူမြို့တွင် လုံခြုံရေးကင်မရာ ၄၀ လုံးဖြင့် လမ်းများကို စောင့်ကြည့်နေကြောင်း သိရသည်။",
            "operational",
        ),
    ],
)
def test_running_networks_in_more_words(
    sentence: str, status: str, organisations: OrganisationIndex
) -> None:
    found = facts(suggest(sentence, organisations))
    assert {f[2] for f in found if f[1] == "status"} == {("term", status)}


def test_a_firm_denying_a_contract_denies_the_part_it_is_said_to_have(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "VISION MATRIX TECHNOLOGIES PTE LTD\n\nA research group says the camera network in Yangon "
        "uses face recognition software supplied by Vision Matrix Technologies.\n\n"
        "Vision Matrix Technologies has not supplied facial recognition software to the Yangon "
        "Region Government. We have no contract, direct or indirect, for a monitoring centre in "
        "Yangon."
    )
    roles = {f[1] for f in facts(suggest(text, organisations)) if f[3] == "denies"}
    assert "software_supplier" in roles
    assert "procurer" not in roles


def test_a_count_of_one_kind_of_camera_is_part_of_the_network(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "The Safe City network in Ye has 64 cameras. Eight thermal cameras watch the bridge at "
        "night."
    )
    counts = {v for _, p, v, _ in facts(suggest(text, organisations)) if p == "camera_count"}
    assert counts == {("count", 64, 64)}


def test_a_sum_too_small_for_a_network_is_no_cost(organisations: OrganisationIndex) -> None:
    text = (
        "The Safe City network in Ye cost 640 million kyats. A technician on the project is paid "
        "300,000 kyats a month, and each camera cost US$900."
    )
    costs = {v for _, p, v, _ in facts(suggest(text, organisations)) if p == "cost"}
    assert costs == {("money", Decimal(640_000_000), "MMK")}


@pytest.mark.parametrize(
    "sentence",
    [
        "An engineer of the Ye Township Development Affairs Committee said the cameras installed "
        "in Ye in 2030 were switched off in March.",
        "We wrote to the Ye Township General Administration Department asking who runs the "
        "cameras in Ye.",
    ],
)
def test_a_body_whose_staff_speak_or_who_is_written_to_is_no_operator(
    sentence: str, organisations: OrganisationIndex
) -> None:
    from countersight.extract.rules import authority_findings

    orgs = list(organisations.find(sentence))
    assert orgs
    assert list(authority_findings(sentence, 0, len(sentence), orgs)) == []


def test_a_burmese_award_notice_read_whole(organisations: OrganisationIndex) -> None:
    text = (
        "ကျိုက်လတ်မြို့နယ် စည်ပင်သာယာရေးကော်မတီသည် ကျိုက်လတ်မြို့ စောင့်ကြည့်ကင်မရာ စီမံကိန်းကို "
        "Delta Bright Vision Co., Ltd. သို့ အပ်နှံလိုက်ကြောင်း ကြေညာသည်။\n\n"
        "စာချုပ်တန်ဖိုးမှာ ကျပ်သန်း ၉၅၀ ဖြစ်ပြီး ကင်မရာ စုစုပေါင်း ၅၅ လုံး တပ်ဆင်မည် ဖြစ်သည်။\n\n"
        "ကင်မရာများကို Uniview ကုမ္ပဏီ၏ ထုတ်ကုန်များဖြင့် တပ်ဆင်မည်ဖြစ်သည်။"
    )
    found = facts(suggest(text, organisations))
    town = "MM-07/kyaiklat"
    committee = org("new:ကျိုက်လတ်မြို့နယ် စည်ပင်သာယာရေးကော်မတီ")
    assert (town, "authority", committee, "asserts") in found
    assert (town, "cost", ("money", Decimal(950_000_000), "MMK"), "asserts") in found
    assert (town, "camera_count", ("count", 55, 55), "asserts") in found
    assert (town, "hardware_supplier", org("uniview"), "asserts") in found
    assert (town, "installer", org("uniview"), "asserts") not in found


def test_a_town_name_shared_across_regions_is_the_one_in_the_region_named(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "A contract leaked from the Bago Region Government's files shows that it bought 60 "
        "surveillance cameras for Zigon."
    )
    places = {f[0] for f in facts(suggest(text, organisations))}
    assert "MM-02/zigon" in places
    assert "MM-06/zee-kone" not in places


def test_a_burmese_hundred_needs_its_number(organisations: OrganisationIndex) -> None:
    from countersight.extract.rules import _MY_COUNT

    assert _MY_COUNT.search("ကင်မရာ ရာထူး") is None
    assert _MY_COUNT.search("ကင်မရာ ငါးရာ လုံး").group("n") == "ငါးရာ"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the Provincial Municipality of Arequipa said", "Provincial Municipality of Arequipa"),
        (
            "the Autonomous Municipal Government of Cochabamba said",
            "Autonomous Municipal Government of Cochabamba",
        ),
        ("the Mandalay Region Government of Myanmar", "Mandalay Region Government"),
    ],
)
def test_city_bodies_named_with_their_city(
    text: str, name: str, organisations: OrganisationIndex
) -> None:
    assert [m.text for m in organisations.find(text)] == [name]


@pytest.mark.parametrize(
    "second",
    ["I am still waiting for an answer to either letter.", "No answer so far."],
)
def test_silence_after_a_letter_is_the_refusal_of_whom_it_was_written_to(
    second: str, organisations: OrganisationIndex
) -> None:
    text = (
        "The Ayeyarwady Region Government put 40 surveillance cameras on poles in Myanaung in "
        "2030.\n\nI wrote twice this year to the information office of the Ayeyarwady Region "
        f"Government to ask who is now responsible for the equipment. {second}"
    )
    found = facts(suggest(text, organisations))
    body = org("new:Ayeyarwady Region Government")
    assert ("MM-07/myanaung", "authority", body, "declines_to_comment") in found


def test_a_firm_from_a_county_in_china_makes_china_its_seat_not_the_place(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Officials say the Panghsang Municipal Affairs Office bought 60 cameras. A plaque names "
        "Yunnan Bianjiang Smart Systems Co., Ltd., a firm from Menglian county in China, as the "
        "company that fitted them."
    )
    found = facts(suggest(text, organisations))
    assert {f[0] for f in found} == {"MM-17/pangkham"}
    body = org("new:Panghsang Municipal Affairs Office")
    assert ("MM-17/pangkham", "authority", body, "asserts") in found


@pytest.mark.parametrize(
    "opening",
    [
        "EAST YANGON COURIER\n18 November 2032\n\n",
        "Borderline Notes: a blog about the hills between Myanmar, China and Thailand\n\n",
        "PRESS RELEASE\nFor immediate release - Yangon, 14 February 2033\n\n",
    ],
)
def test_mastheads_surroundings_and_release_lines_do_not_set_the_place(
    opening: str, organisations: OrganisationIndex
) -> None:
    text = (
        f"{opening}Crews have been bolting 200 surveillance cameras to lamp posts in "
        "Thingangyun since October.\n\nThe contract is worth US$1.35 million."
    )
    places = {f[0] for f in facts(suggest(text, organisations, published=date(2032, 11, 18)))}
    assert places == {"MM-06/thin-gan-kyun-gyi"}


@pytest.mark.parametrize(
    ("sentence", "predicate", "value"),
    [
        (
            "All 35 surveillance cameras in Kyeintali have been out of service since the cyclone.",
            "status",
            ("term", "suspended"),
        ),
        (
            "The Kyeintali network shall consist of ninety-six (96) IP cameras and shall be "
            "capable of expansion to 250 cameras.",
            "camera_count",
            ("count", 96, 96),
        ),
        (
            "In Kyeintali the camera at the corner near my house turns and follows people down "
            "the lane.",
            "capability",
            ("term", "ptz"),
        ),
        (
            "Two of the cameras in Kyeintali are hidden inside lantern-shaped housings on the "
            "jetty roof.",
            "capability",
            ("term", "hidden_camera"),
        ),
        (
            "The Kyeintali cameras were paid for by the military's Coastal Region Command.",
            "authority",
            org("mm-junta"),
        ),
        (
            "The first surveillance cameras in Kyeintali went up the year before last.",
            "started",
            DateValue(earliest=date(2031, 1, 1), latest=date(2031, 12, 31)).identity(),
        ),
    ],
)
def test_more_ways_of_saying_what_a_network_is(
    sentence: str, predicate: str, value: tuple, organisations: OrganisationIndex
) -> None:
    found = facts(suggest(sentence, organisations, published=date(2033, 3, 1)))
    assert {f[2] for f in found if f[1] == predicate} == {value}


def test_a_firm_selected_to_deliver_a_system_won_it(organisations: OrganisationIndex) -> None:
    text = (
        "Strand Road Systems Co., Ltd. is pleased to announce that it has been selected by the "
        "Yangon City Development Committee (YCDC) to deliver the Botahtaung Waterfront Safety "
        "Camera System."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-06/botataung", "procurer", org("new:Strand Road Systems"), "asserts") in found


def test_cameras_a_firm_put_in_hotels_and_shops_are_not_a_network(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Safe City cameras went live in Pakokku in March. The company has installed more than "
        "3,000 security cameras in hotels, factories and office buildings across Myanmar."
    )
    counts = [f for f in facts(suggest(text, organisations)) if f[1] == "camera_count"]
    assert counts == []


def test_cfa_francs_are_west_african_unless_the_story_is_central_african() -> None:
    from countersight.extract.values import find_money, localise_currency

    [found] = find_money("a 9.6 billion CFA francs contract")
    assert (found.value.amount, found.value.currency) == (Decimal(9_600_000_000), "XOF")
    assert localise_currency(found.value, "CM").currency == "XAF"


@pytest.mark.parametrize(
    ("written", "country", "currency"),
    [
        # "K" is the kwacha in Lusaka, the kina in Port Moresby, the kyat only at home
        ("the first phase cost K48.6 million", "ZM", "ZMW"),
        ("the first phase cost K48.6 million", "PG", "PGK"),
        ("the first phase cost K48.6 million", "MM", "MMK"),
        # a currency renumbered since its country's code was given (zloty, lari, hryvnia)
        ("a contract worth 4.2 million zlotys", "PL", "PLN"),
        ("a contract worth 4.2 million hryvnias", "UA", "UAH"),
    ],
)
def test_a_currency_read_with_its_country(written: str, country: str, currency: str) -> None:
    [found] = find_money(written)
    assert localise_currency(found.value, country).currency == currency


def test_a_refusal_after_a_question_about_another_body_is_still_the_answerers(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Safe City cameras went live in Pakokku in March. Asked whether the Ministry of Home "
        "Affairs knew about the cameras, the Pakokku Township Development Affairs Committee said "
        "it could not comment."
    )
    found = facts(suggest(text, organisations))
    committee = org("new:Pakokku Township Development Affairs Committee")
    assert any(f[2] == committee and f[3] == "declines_to_comment" for f in found)
    assert not any(f[1] == "hardware_supplier" for f in found)


@pytest.mark.parametrize(
    ("sentence", "predicate", "present"),
    [
        # a body asked to act is acting
        (
            "The Mandalay Region Government asked the Mandalay City Development Committee to "
            "install 120 cameras in Mandalay.",
            "authority",
            True,
        ),
        ("The surveillance cameras in Pakokku are not hidden in any way.", "capability", False),
        ("The Pakokku cameras' cables are hidden inside the poles.", "capability", False),
        (
            "In Pakokku police use the surveillance cameras to track suspects and recognise faces.",
            "capability",
            True,
        ),
        (
            "The township installed 120 cameras in Pakokku, which police increasingly rely on.",
            "camera_count",
            True,
        ),
        (
            "The announcement of the Pakokku camera network came on 3 March 2023.",
            "started",
            False,
        ),
    ],
)
def test_what_the_reader_must_not_lose_or_invent(
    sentence: str, predicate: str, present: bool, organisations: OrganisationIndex
) -> None:
    found = facts(suggest(sentence, organisations))
    assert any(f[1] == predicate and f[3] == "asserts" for f in found) is present


def test_a_burmese_start_in_reported_speech_is_kept(organisations: OrganisationIndex) -> None:
    text = "ပခုက္ကူမြို့တွင် စောင့်ကြည့်ကင်မရာများကို ၂၀၂၂ ခုနှစ် မတ်လကတည်းက အသုံးပြုခဲ့ကြောင်း တာဝန်ရှိသူက ပြောသည်။"
    starts = {f[2] for f in facts(suggest(text, organisations)) if f[1] == "started"}
    assert starts == {DateValue(earliest=date(2022, 3, 1), latest=date(2022, 3, 31)).identity()}


def test_we_inside_a_quotation_over_two_sentences_is_the_speaker(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "PRESS RELEASE\n\nHikvision is pleased to announce new cameras.\n\n"
        '"The committee chose the sites in Pakokku. We installed the 40 cameras," said U Aung '
        "of Golden Lotus Technologies Co., Ltd."
    )
    found = facts(suggest(text, organisations))
    assert not any(f[1] == "installer" and f[2] == org("hikvision") for f in found)


def test_words_that_look_like_codes_or_armies_are_neither(
    organisations: OrganisationIndex,
) -> None:
    from countersight.extract.values import find_dates, find_money

    assert find_money("our TOP 10 cameras and ALL 1,200 poles") == []
    assert find_dates("ယခုလက်ရှိ အခြေအနေ", date(2027, 1, 5)) == ()
    assert list(organisations.find("US Central Command said on Monday")) == []
    assert [m.key for m in organisations.find("the military's Northern Command")] == ["mm-junta"]


def test_a_body_not_in_a_position_to_comment_refuses(organisations: OrganisationIndex) -> None:
    text = (
        "Safe City cameras went live in Pakokku in March. The Magway Region Government is not in "
        "a position to comment on who installed them."
    )
    stances = {f[3] for f in facts(suggest(text, organisations)) if f[1] == "authority"}
    assert "declines_to_comment" in stances


@pytest.mark.parametrize(
    ("sentence", "predicate", "value"),
    [
        (
            "We have had surveillance cameras in Hmawbi since the 2021 coup.",
            "started",
            DateValue(earliest=date(2021, 2, 1), latest=date(2021, 2, 28)).identity(),
        ),
        (
            "The surveillance cameras in Hmawbi went up last year, and all the cameras are "
            "switched on.",
            "status",
            ("term", "operational"),
        ),
        (
            "In Hmawbi the big camera on the roundabout turns to follow motorbikes as they pass.",
            "capability",
            ("term", "ptz"),
        ),
        (
            "The Yangon City Development Committee (YCDC) runs a control room in Ahlone. The "
            "surveillance cameras in Ahlone were put up by YCDC in 2030.",
            "authority",
            org("new:Yangon City Development Committee"),
        ),
    ],
)
def test_set_15s_ways_of_saying_it(
    sentence: str, predicate: str, value: tuple, organisations: OrganisationIndex
) -> None:
    found = facts(suggest(sentence, organisations, published=date(2034, 3, 1)))
    assert value in {f[2] for f in found if f[1] == predicate}


def test_an_official_not_allowed_to_comment_refuses_and_denies_nothing(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Safe City cameras went live in Okkan in March. Asked whether any of the cameras can "
        "recognise faces, a committee official told APW he was not allowed to comment."
    )
    stances = {f[3] for f in facts(suggest(text, organisations)) if f[1] == "capability"}
    assert stances == {"declines_to_comment"}


@pytest.mark.parametrize(
    "opening",
    ["GULF OF GUINEA DISPATCH\n10 June 2034\n\n", ""],
)
def test_a_place_inside_a_masthead_or_beside_a_city_is_not_the_story_place(
    opening: str, organisations: OrganisationIndex
) -> None:
    text = (
        f"{opening}Over 200 surveillance cameras now watch the roads of Hlawga, on the northern "
        "edge of Yangon, a rights group says."
    )
    places = {f[0] for f in facts(suggest(text, organisations))}
    assert places == {"MM-06/hlaw-kar"}


def test_the_company_in_a_firms_own_release_is_the_firm(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "PRESS RELEASE\n\nMyat Thiri Integrated Systems Co., Ltd. is pleased to announce a "
        "contract in Yangon.\n\nOutside Myanmar, the company installed the street camera network "
        "of the city of Vinh, Vietnam."
    )
    found = facts(suggest(text, organisations))
    assert ("VN", "installer", org("new:Myat Thiri Integrated Systems"), "asserts") in found


def test_a_town_in_another_romanisation_is_found(organisations: OrganisationIndex) -> None:
    text = "About 25 cameras went up along Phaunggyi's main road in March."
    places = {f[0] for f in facts(suggest(text, organisations, published=date(2035, 5, 1)))}
    assert places == {"MM-06/hpaung-gyi-east"}  # GeoNames: "Hpaung Gyi East", the larger part
    finder = place_finder(default_gazetteer())
    assert finder.find("Tourists still visit Bagan and #MonState.") == []  # not Hpakant


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Cameras watch Twante junction as Yangon suburb's network grows\n\n"
            "TWANTE, Myanmar, 11 March 2035 (PRN) - More than 80 surveillance cameras have been "
            "recording the market in Twante, a town on the road out of Yangon, since October.",
            "MM-06/twante",
        ),
        (
            "HLEGU, MINGALADON — More than 80 surveillance cameras have been watching the bus "
            "station since October, residents of the town in northern Yangon say.",
            "MM-06/hlegu",
        ),
        (
            "HLEGU - Across the river from downtown Yangon, crews have put up more than 80 "
            "surveillance cameras around the ferry landing in Hlegu since October.",
            "MM-06/hlegu",
        ),
    ],
)
def test_places_that_only_say_where_the_town_lies_are_not_its_place(
    text: str, place: str, organisations: OrganisationIndex
) -> None:
    found = facts(suggest(text, organisations, published=date(2035, 3, 12)))
    assert (place, "camera_count", ("count", 81, None), "asserts") in found
    assert {f[0] for f in found} == {place}


def test_an_issuers_township_in_the_letterhead_is_not_the_cameras_place(
    organisations: OrganisationIndex,
) -> None:
    minutes = (
        "KYAUKTAN TOWNSHIP DEVELOPMENT AFFAIRS COMMITTEE\n"
        "Minutes of the third regular meeting of 2035\n"
        "Held at the committee hall, Kyauktan, on 3 May 2035\n\n"
        "Item 1. A member asked what progress had been made on the cameras for Mingaladon.\n\n"
        "The Secretary replied that 60 cameras had been ordered for the market road."
    )
    found = facts(suggest(minutes, organisations, published=date(2035, 5, 3)))
    assert ("MM-06/mingaladon", "camera_count", ("count", 60, 60), "asserts") in found
    assert not {f[0] for f in found} - {"MM-06/mingaladon"}
    tender = (
        "YANGON CITY DEVELOPMENT COMMITTEE\nElectrical and Lighting Department\n\n"
        "BIDDING DOCUMENT\nContract : Street cameras, Htauk Kyant Toe Cheit Ward\n\n"
        "The Employer is the Yangon City Development Committee.\n\n"
        "The Works are the supply and installation of thirty-two (32) IP street cameras, with "
        "their poles, fibre links and a viewing room, for which the Employer invites bids."
    )
    found = facts(suggest(tender, organisations, published=date(2054, 5, 22)))
    assert {f[0] for f in found} == {"MM-06/htauk-kyant-toe-cheit"}


@pytest.mark.parametrize(
    "hearsay",
    [
        "Posts on local Facebook pages have claimed that the cameras recognise faces.",
        "Someone at the meeting asked whether the cameras can recognise faces.",
    ],
)
def test_claims_online_and_questions_are_not_capabilities(
    hearsay: str, organisations: OrganisationIndex
) -> None:
    text = f"Safe City cameras went live in Pakokku in March. {hearsay}"
    found = facts(suggest(text, organisations))
    assert not any(f[1] == "capability" for f in found)


def test_crowd_counting_in_paraphrase_and_a_start_month_after_the_verb(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "About 20 cameras went up along the main road in Pakokku in December. The cameras in "
        "the square are linked to software that counts the people gathering there."
    )
    found = facts(suggest(text, organisations, published=date(2035, 2, 1)))
    started = ("date", date(2034, 12, 1), date(2034, 12, 31))
    assert ("MM-03/pakokku", "started", started, "asserts") in found
    assert ("MM-03/pakokku", "capability", ("term", "crowd_analytics"), "asserts") in found


def test_a_contractor_named_in_passing_is_the_installer(organisations: OrganisationIndex) -> None:
    text = (
        "Safe City cameras are being put up in Pakokku by Irrawaddy Pole Works Co., Ltd., a "
        "contractor from Magway. Irrawaddy Pole Works denied any involvement."
    )
    found = facts(suggest(text, organisations))
    firm = org("new:Irrawaddy Pole Works")
    assert ("MM-03/pakokku", "installer", firm, "asserts") in found
    assert not any(f[1] == "procurer" for f in found)


@pytest.mark.parametrize(
    ("sentence", "term", "read"),
    [
        ("the cameras at the gate can pick out a face in the crowd", "face_recognition", True),
        ("software that can identify a person from a single photograph", "face_recognition", True),
        ("the camera sits inside what looks like an electricity meter box", "hidden_camera", True),
        ("the platform flags a parcel left unattended for five minutes", "video_analytics", True),
        (
            "operators can search recorded video for a person or a car by describing them",
            "video_analytics",
            True,
        ),
        ("software that estimates how many people stand on a bridge", "crowd_analytics", True),
        # the same words with nobody's software doing it
        ("organisers estimated how many people joined the march", "crowd_analytics", False),
        (
            "investigators searched the footage for a car matching the description of witnesses",
            "video_analytics",
            False,
        ),
        ("the cameras filmed two men entering the restricted area", "video_analytics", False),
        (
            "cameras on the highway note the registration number of every lorry",
            "plate_recognition",
            True,
        ),
        ("the software counts the people in the square", "crowd_analytics", True),
        (
            "the cameras identify individuals by comparing their faces with a list",
            "face_recognition",
            True,
        ),
        ("a few on Bazaar Street are built into the signboards", "hidden_camera", True),
    ],
)
def test_capabilities_in_paraphrase(
    sentence: str, term: str, read: bool, organisations: OrganisationIndex
) -> None:
    text = f"Safe City cameras went live in Pakokku in March. Officials said {sentence}."
    found = facts(suggest(text, organisations))
    assert (("MM-03/pakokku", "capability", ("term", term), "asserts") in found) is read


def test_cameras_on_a_production_line_are_no_claims(organisations: OrganisationIndex) -> None:
    bulletin = (
        "Staff bulletin of the Pakokku Cement Works\n\n"
        "Kiln No. 2 now has six new cameras, and none of them is looking at any of us.\n\n"
        "The five process cameras watch the clinker cooler and the limestone conveyor. The "
        "plant's ordinary security cameras at the gate were not part of this project."
    )
    assert suggest(bulletin, organisations) == []


def test_hkamti_is_not_putao() -> None:
    finder = place_finder(default_gazetteer())
    assert not any(m.key == "MM-11/putao" for m in finder.find("the Hkamti District office"))


def test_currencies_named_as_iso_4217_names_them() -> None:
    found = {
        (f.value.amount, f.value.currency)
        for f in find_money("It cost 21 million lari; the other 38 billion guaraníes.")
    }
    assert found == {(Decimal("21000000"), "GEL"), (Decimal("38000000000"), "PYG")}
    assert find_money("The team won 5 games and a real 3 sum.") == []


def test_a_paragraph_that_goes_on_about_the_cameras(organisations: OrganisationIndex) -> None:
    text = (
        "About 70 CCTV cameras now watch the market in Pakokku, traders said.\n\n"
        "They have been recording since last December, one of the traders said."
    )
    found = facts(suggest(text, organisations, published=date(2036, 6, 1)))
    december = ("date", date(2035, 12, 1), date(2035, 12, 31))
    assert ("MM-03/pakokku", "started", december, "asserts") in found


def test_a_firm_described_by_its_town_does_not_place_the_cameras(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Bhamo's new camera network: the state government paid, a Myitkyina firm built it\n\n"
        "Around 70 CCTV cameras are now trained on Bhamo's jetties."
    )
    assert {f[0] for f in facts(suggest(text, organisations))} == {"MM-11/bhamo"}


def test_cameras_that_watch_a_dams_water_are_no_claims(organisations: OrganisationIndex) -> None:
    bulletin = (
        "Four cameras now watch the spillway and the water level at the Pakokku irrigation dam. "
        "They were put up by Thazi Waterworks Co., Ltd. and cost 28 million kyats."
    )
    assert suggest(bulletin, organisations) == []


def test_the_system_as_it_and_a_currency_named_for_the_country(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Safe City cameras went live in Bhamo in March.\n\n"
        "It can also read the number plates of every lorry crossing the bridge, he added.\n\n"
        "The dome cameras can be swung in any direction and zoomed from the control room, and "
        "the software raises an alarm when a person enters a marked area.\n\n"
        "The cost of the contract is MMK 2,950,000,000 (Myanmar kyats two thousand nine "
        "hundred and fifty million)."
    )
    found = facts(suggest(text, organisations))
    assert {f[0] for f in found} == {"MM-11/bhamo"}  # "Myanmar kyats" is money, not a place
    terms = {f[2][1] for f in found if f[1] == "capability"}
    assert terms == {"plate_recognition", "ptz", "video_analytics"}


@pytest.mark.parametrize(
    ("phrase", "earliest", "latest"),
    [
        ("since the start of the year", date(2036, 1, 1), date(2036, 12, 31)),
        ("since the water festival last year", date(2035, 4, 1), date(2035, 4, 30)),
        ("since the Thingyan holiday two years ago", date(2034, 4, 1), date(2034, 4, 30)),
        ("since Thingyan", date(2036, 4, 1), date(2036, 4, 30)),
    ],
)
def test_dates_by_the_year_and_by_the_water_festival(
    phrase: str, earliest: date, latest: date
) -> None:
    (found,) = find_dates(f"The cameras have been recording {phrase}.", date(2036, 6, 10))
    assert (found.value.earliest, found.value.latest) == (earliest, latest)


def test_a_letter_about_the_cameras_in_the_street(organisations: OrganisationIndex) -> None:
    text = (
        "I have counted at least 25 surveillance cameras in Pakokku between our ward and the "
        "market, and every one of them is working.\n\n"
        "They are hidden inside the boxes on the lamp posts.\n\n"
        '"Every stone that leaves Pakokku passes in front of one of our cameras," he said.'
    )
    found = facts(suggest(text, organisations))
    assert ("MM-03/pakokku", "status", ("term", "operational"), "asserts") in found
    assert ("MM-03/pakokku", "capability", ("term", "hidden_camera"), "asserts") in found
    counts = {f[2] for f in found if f[1] == "camera_count"}
    assert counts == {("count", 25, None)}  # "one of our cameras" is no count


def test_a_sum_in_local_dollars_and_its_conversion(organisations: OrganisationIndex) -> None:
    text = (
        "The municipality of Walvis Bay owns the camera network and paid N$58 million for it, "
        "about US$3.1 million at the current rate."
    )
    costs = {f[2] for f in facts(suggest(text, organisations)) if f[1] == "cost"}
    assert costs == {("money", Decimal("58000000"), "NAD")}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Police put up 90 surveillance cameras in Hlegu Township, Taikkyi Township and "
            "Kyauktan Township last year.",
            {"MM-06/hlegu", "MM-06/taikkyi", "MM-06/kyauktan"},
        ),
        (
            "Police put up 50 surveillance cameras in Mandalay's suburbs last year.",
            {"MM-04/mandalay"},
        ),
        (
            "Police put up 50 surveillance cameras in central Mandalay and in downtown Yangon "
            "last year.",
            {"MM-04/mandalay", "MM-06/yangon"},
        ),
    ],
)
def test_lists_suburbs_and_districts_still_name_the_places(
    text: str, places: set[str], organisations: OrganisationIndex
) -> None:
    reading = read_sentences(plain_text_document(text), default_gazetteer(), organisations)
    assert reading is not None
    assert {key for read in reading.reads for key in read.place} == places


def test_ordinary_sentences_keep_their_meaning(organisations: OrganisationIndex) -> None:
    found = facts(
        suggest(
            "Officials in Pakokku said they are working on a plan to put up 40 surveillance "
            "cameras. The ministry has claimed that the cameras can read number plates. The "
            "tender does not give details of the make, but it says the cameras can read number "
            "plates.",
            organisations,
        )
    )
    assert ("MM-03/pakokku", "status", ("term", "operational"), "asserts") not in found
    plates = ("MM-03/pakokku", "capability", ("term", "plate_recognition"))
    assert (*plates, "asserts") in found
    assert (*plates, "declines_to_comment") not in found


def test_a_start_date_is_read_only_in_its_own_clause(organisations: OrganisationIndex) -> None:
    text = (
        "Police in Pakokku installed 120 surveillance cameras last year and the contract for "
        "their upkeep runs out in December."
    )
    found = facts(suggest(text, organisations, published=date(2035, 6, 1)))
    assert not any(f[1] == "started" and f[2][1] == date(2034, 12, 1) for f in found)


def test_flood_officials_looking_at_the_water_leave_the_cameras_in_place(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "The 120 cameras in Pakokku cover the market and the jetty, where flood "
        "officials also use them to check the water level."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-03/pakokku", "camera_count", ("count", 120, 120), "asserts") in found


def test_ordinary_words_after_numbers_are_not_money() -> None:
    for text in ("The ministry froze 300 accounts.", "2 drams of whisky", "she won 5 gold"):
        assert find_money(text) == [], text


def test_a_countrys_own_francs_and_a_firms_home_country(organisations: OrganisationIndex) -> None:
    text = (
        "The Rubavu district in Rwanda owns its street camera network and paid 1.4 billion "
        "Rwandan francs for it. The cameras were supplied by China's Zhejiang Uniview "
        "Technologies."
    )
    found = facts(suggest(text, organisations))
    assert ("RW", "cost", ("money", Decimal("1400000000"), "RWF"), "asserts") in found
    assert ("RW", "hardware_supplier", org("uniview"), "asserts") in found
    assert not any(f[0] == "CN" for f in found)


@pytest.mark.parametrize(
    ("answer", "not_read_as"),
    [
        (
            "Asked by the Courier whether the cameras could identify people by their faces, a "
            'city spokesperson said the office "will not give details of police capabilities".',
            "asserts",
        ),
        (
            "Asked whether the cameras could recognise faces, the official said: "
            '"That is not something I can talk about."',
            "denies",
        ),
        (
            "Asked whether the cameras could recognise faces, the official said: "
            '"I am not able to answer that."',
            None,
        ),
        (
            "Asked whether the cameras could recognise faces, the official said: "
            '"I won\'t go into the technical details."',
            None,
        ),
        ("He would not be drawn on whether the cameras can recognise faces.", None),
        (
            'Asked whether the cameras can recognise faces, he said: "I would rather not talk '
            'about that."',
            None,
        ),
        (
            'Asked whether the cameras can recognise faces, he said: "I am not going to answer '
            'that."',
            None,
        ),
    ],
)
def test_refusals_to_a_question_about_faces(
    answer: str, not_read_as: str | None, organisations: OrganisationIndex
) -> None:
    text = f"Safe City cameras went live in Pakokku in March. {answer}"
    found = facts(suggest(text, organisations))
    face = ("MM-03/pakokku", "capability", ("term", "face_recognition"))
    assert (*face, "declines_to_comment") in found
    if not_read_as:
        assert (*face, not_read_as) not in found


# ---- the round from set 21 --------------------------------------------------------------------


def test_a_hluttaw_answer_read_whole(organisations: OrganisationIndex) -> None:
    text = (
        "Answer by the Region Minister for Municipal Affairs, on behalf of the Ayeyarwady Region "
        "Government:\nMr Speaker, there are at present 73 security cameras in operation in "
        "Pyapon town.\nThe camera system has been in operation since August two years ago.\nThe "
        "figure of 150 cameras mentioned by the Honourable Representative is not correct."
    )
    suggested = suggest(text, organisations, published=date(2037, 7, 21))
    found = facts(suggested)
    pyapon = "MM-07/pyapon"
    august = DateValue(earliest=date(2035, 8, 1), latest=date(2035, 8, 31)).identity()
    assert (pyapon, "status", ("term", "operational"), "asserts") in found
    assert (pyapon, "started", august, "asserts") in found
    assert (pyapon, "camera_count", CountValue(min=150, max=150).identity(), "denies") in found
    assert (pyapon, "camera_count", CountValue(min=150, max=150).identity(), "asserts") not in found
    # the minister speaks for the government; what the role model makes of it is its own
    assert not any(
        s.predicate == "authority" and s.rule.startswith("authority/") for s in suggested
    )


@pytest.mark.parametrize(
    ("phrase", "year", "month"),
    [
        ("in March of the year before last", 2035, 3),
        ("since August two years ago", 2035, 8),
        ("since August eight years ago", 2029, 8),
        ("in May a year ago", 2036, 5),
    ],
)
def test_a_month_some_years_back(phrase: str, year: int, month: int) -> None:
    (found,) = find_dates(phrase, date(2037, 7, 21))
    assert isinstance(found.value, DateValue)
    assert (found.value.earliest.year, found.value.earliest.month) == (year, month)


def test_a_forum_post_goes_on_about_the_cameras_it_asked_about(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "There are new cameras in Tatkon on the main road.\n\nThey're definitely switched on, "
        "and they've been there since last month."
    )
    found = facts(suggest(text, organisations, published=date(2037, 11, 14)))
    october = DateValue(earliest=date(2037, 10, 1), latest=date(2037, 10, 31)).identity()
    assert ("MM-01/tatkon", "status", ("term", "operational"), "asserts") in found
    assert ("MM-01/tatkon", "started", october, "asserts") in found


def test_a_council_named_once_and_then_the_council(organisations: OrganisationIndex) -> None:
    text = (
        "Agadir, Morocco. Agadir's municipal council has finished installing more than 260 "
        "cameras along the corniche, the deputy mayor said.\n\nThe cameras were made by Axis "
        "Communications, and the work was carried out by Atlas Vision Systèmes SARL, an "
        'integrator from Casablanca.\n\n"The network belongs to the council," he said. He named '
        "the Directorate-General for National Security (DGSN) as the body that watches them."
    )
    found = facts(suggest(text, organisations))
    council = org("new:Agadir municipal council")
    assert ("MA", "authority", council, "asserts") in found
    assert ("MA", "status", ("term", "operational"), "asserts") in found
    assert ("MA", "status", ("term", "installing"), "asserts") not in found
    assert ("MA", "installer", org("new:Atlas Vision Systèmes"), "asserts") in found
    assert ("MA", "procurer", org("new:Atlas Vision Systèmes"), "asserts") not in found
    names = [m.key for m in organisations.find(text)]
    assert "new:Directorate-General for National Security" in names


def test_a_town_the_network_is_to_be_extended_to_is_its_planned_scope(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Surveillance cameras in Tanintharyi Region\n\nStreet cameras are now running in at least "
        "six towns of Tanintharyi Region, and were bought with funds of the Tanintharyi Region "
        "government.\n\nThe region government plans to extend the network to Bokpyin and to "
        "Tanintharyi town next year."
    )
    found = facts(suggest(text, organisations))
    scope = PlacesValue(keys=("MM-05/bokpyin", "MM-05/tanintharyi")).identity()
    assert ("MM-05", "planned_scope", scope, "asserts") in found
    assert ("MM-05", "city_count", CountValue(min=6).identity(), "asserts") in found
    assert ("MM-05", "authority", org("new:Tanintharyi Region government"), "asserts") in found
    assert not any(f[0] in ("MM-05/bokpyin", "MM-05/tanintharyi") for f in found)


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        (
            "Cameras on the road in from Tachileik read the plates of every car that enters.",
            "plate_recognition",
        ),
        (
            "Some of the cameras are meant to see by the warmth of bodies and engines at night.",
            "thermal",
        ),
        (
            "The software sends an alert to the control room when a bag is left unattended at "
            "the bus station.",
            "video_analytics",
        ),
    ],
)
def test_capabilities_said_in_other_words(
    sentence: str, term: str, organisations: OrganisationIndex
) -> None:
    text = f"Safe City cameras went live in Kengtung in March. {sentence}"
    found = facts(suggest(text, organisations))
    assert ("MM-17/kengtung", "capability", ("term", term), "asserts") in found


def test_one_body_however_its_name_is_capitalised(organisations: OrganisationIndex) -> None:
    text = (
        "Seventy-two cameras are being installed in Bogale, said an engineer of the Ayeyarwady "
        "Region government. The region government is paying for the network and will own it."
    )
    found = [s for s in suggest(text, organisations) if s.predicate == "authority"]
    assert [s.value.key.casefold() for s in found] == ["new:ayeyarwady region government"]


def test_a_burmese_start_from_last_month_with_ka(organisations: OrganisationIndex) -> None:
    text = (
        "ဖားကန့်မြို့၏ ဈေးကြီးတွင် တပ်ဆင်ထားသော လုံခြုံရေးကင်မရာ ၆၂ လုံးကို ပြီးခဲ့သည့် "
        "နိုဝင်ဘာလကစ၍ အသုံးပြုနေကြောင်း တာဝန်ရှိသူတစ်ဦးက ပြောကြားသည်။"
    )
    found = facts(suggest(text, organisations, published=date(2037, 4, 20)))
    november = DateValue(earliest=date(2036, 11, 1), latest=date(2036, 11, 30)).identity()
    assert ("MM-11/hpakan", "started", november, "asserts") in found


def test_posts_rejected_are_a_denial(organisations: OrganisationIndex) -> None:
    text = (
        "Safe City cameras went live in Kengtung in March. The spokesperson rejected posts on "
        "social media that the cameras were scanning the faces of shoppers."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-17/kengtung", "capability", ("term", "face_recognition"), "denies") in found


def test_a_body_asked_or_a_stage_to_come_is_no_claim(organisations: OrganisationIndex) -> None:
    text = (
        "Cameras are going in at the Yamethin junction, and they will be operated by the police "
        "once they are switched on. The paper asked the Mandalay Region government whether it "
        "would pay for the cameras."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-04/yamethin", "status", ("term", "installing"), "asserts") in found
    assert ("MM-04/yamethin", "status", ("term", "operational"), "asserts") not in found
    assert not any(f[2] == org("new:Mandalay Region government") for f in found)


def test_a_body_asked_about_its_access_declines_its_part(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "The Walvis Bay Municipality put up 80 cameras in Walvis Bay, Namibia. Asked whether "
        "members of the Namibian Police Force had live access to the pictures, the spokesperson "
        "said the municipality would not comment."
    )
    found = facts(suggest(text, organisations))
    police = org("new:Namibian Police Force")
    assert ("NA", "authority", police, "declines_to_comment") in found


# ---- the round from set 22 --------------------------------------------------------------------


def test_a_blog_on_the_upper_river_is_about_its_town(organisations: OrganisationIndex) -> None:
    text = (
        "Riverside Notebook\nSmall-town life on the upper Ayeyarwady\n\nCameras on the strand "
        "road\n\nShwegu has street cameras now. The cameras stand on new white poles.\n\nI walk "
        "past them every day.\n\nThey are definitely working."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-11/shwegu", "located_in", ("place", "MM-11/shwegu"), "asserts") in found
    assert ("MM-11/shwegu", "status", ("term", "operational"), "asserts") in found
    assert not any(f[0] == "MM-07" for f in found)


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        (
            "Asked whether the system compares the faces of passers-by against police watch "
            "lists, the official said he had nothing to add.",
            "face_recognition",
        ),
        (
            "He did not want to be drawn on whether the system can compare the faces of "
            "passers-by with police watch lists.",
            "face_recognition",
        ),
        (
            "A spokesperson declined to say whether the face checks would be switched on.",
            "face_recognition",
        ),
        (
            "ဖြတ်သွားဖြတ်လာသူများ၏ မျက်နှာကို ရဲ၏ စောင့်ကြည့်စာရင်းများနှင့် တိုက်စစ်နိုင်ခြင်း "
            "ရှိမရှိ မေးမြန်းရာ တာဝန်ရှိသူက ထပ်မံပြောစရာ မရှိကြောင်း ဆိုသည်။",
            "face_recognition",
        ),
    ],
)
def test_refusals_in_yet_more_words(
    sentence: str, term: str, organisations: OrganisationIndex
) -> None:
    text = f"Safe City cameras went live in Kyaikto in March. {sentence}"
    found = facts(suggest(text, organisations))
    assert ("MM-15/kyaikto", "capability", ("term", term), "declines_to_comment") in found
    assert ("MM-15/kyaikto", "capability", ("term", term), "asserts") not in found


def test_a_refusal_of_what_the_writer_asked_in_the_sentence_before(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Safe City cameras went live in Meiktila in March. We wrote to the committee on 2 June "
        "and asked whether the face-matching module is in use. At the time of writing, the "
        "committee had not answered our letter."
    )
    found = facts(suggest(text, organisations))
    face = ("term", "face_recognition")
    assert ("MM-04/meiktila", "capability", face, "declines_to_comment") in found


def test_what_the_army_has_to_do_with_the_cameras(organisations: OrganisationIndex) -> None:
    junta = org("mm-junta")
    said = "Safe City cameras went live in Meiktila in March."
    access = facts(
        suggest(
            f"{said} We conclude that the military has direct access to the network.", organisations
        )
    )
    assert ("MM-04/meiktila", "authority", junta, "asserts") in access
    dismissed = facts(
        suggest(
            f"{said} He dismissed talk on social media that the army had ordered the cameras.",
            organisations,
        )
    )
    assert ("MM-04/meiktila", "authority", junta, "asserts") not in dismissed
    for other in (
        "Posts on Facebook say that the army runs the cameras.",
        "No. The military has no access to the system.",
        "Protests against the military were filmed by the cameras after the military seized power.",
    ):
        found = facts(suggest(f"{said} {other}", organisations))
        assert ("MM-04/meiktila", "authority", junta, "asserts") not in found, other


@pytest.mark.parametrize(
    ("sentence", "term", "stance"),
    [
        (
            '"They only record; they don\'t read number plates," he said.',
            "plate_recognition",
            "denies",
        ),
        (
            "Cameras at the bridge would note the registration of every lorry that crosses.",
            "plate_recognition",
            "asserts",
        ),
        (
            "At the toll gates, cameras photograph the number plate of every vehicle.",
            "plate_recognition",
            "asserts",
        ),
        ("Eight dome cameras come with motorised pan, tilt and optical zoom.", "ptz", "asserts"),
        ("The camera at the jetty turns on its own and follows the boats.", "ptz", "asserts"),
        (
            "The video management software shall raise an alarm when a vehicle stops for more "
            "than three (3) minutes within a marked no-stopping zone.",
            "video_analytics",
            "asserts",
        ),
    ],
)
def test_capabilities_in_set_22s_words(
    sentence: str, term: str, stance: str, organisations: OrganisationIndex
) -> None:
    text = f"Safe City cameras went live in Tedim in March. {sentence}"
    found = facts(suggest(text, organisations))
    assert ("MM-14/tedim", "capability", ("term", term), stance) in found


def test_serial_number_plates_are_no_plate_reading(organisations: OrganisationIndex) -> None:
    text = "Safe City cameras went live in Tedim. The auditors recorded the serial number plates."
    found = facts(suggest(text, organisations))
    assert not any(f[1] == "capability" for f in found)


def test_a_firm_by_its_short_name_signs_to_supply_and_install(
    organisations: OrganisationIndex,
) -> None:
    text = (
        'Thukha Vision Engineering Co., Ltd. ("Thukha Vision") today signed a contract with the '
        "Taikkyi Township Development Affairs Committee to design, supply and install a town "
        "camera network in Taikkyi. The cameras will be supplied by Tiandy, Thukha Vision's "
        "partner since 2030. Thukha Vision's engineers installed the cameras of a terminal in "
        "Port Louis, Mauritius."
    )
    found = facts(suggest(text, organisations))
    firm = org("new:Thukha Vision Engineering")
    assert ("MM-06/taikkyi", "procurer", firm, "asserts") in found
    assert not any(f[2] == org("new:Thukha Vision") for f in found)  # one firm, one key
    assert ("MM-06/taikkyi", "hardware_supplier", firm, "asserts") not in found


def test_sums_in_words_and_combined(organisations: OrganisationIndex) -> None:
    (words,) = find_money("they cost six hundred and forty million kyats, he said")
    assert isinstance(words.value, MoneyValue)
    assert (words.value.amount, words.value.currency) == (Decimal(640_000_000), "MMK")
    (both, spelled) = find_money(
        "MMK 2,150,000,000 (two thousand one hundred and fifty million kyats)"
    )
    assert both.value.amount == spelled.value.amount == Decimal(2_150_000_000)
    text = (
        "Records show that the committee bought the Meiktila camera network in two lots for a "
        "combined 2,870 million kyats."
    )
    found = facts(suggest(text, organisations))
    cost = MoneyValue(amount=Decimal(2_870_000_000), currency="MMK").identity()
    assert ("MM-04/meiktila", "cost", cost, "asserts") in found


@pytest.mark.parametrize(
    ("phrase", "published", "month"),
    [
        ("put up just before Christmas three years ago", date(2038, 6, 1), (2035, 12)),
        ("recording since the Tazaungdaing festival last year", date(2038, 6, 1), (2037, 11)),
        ("right after the Thadingyut holidays", date(2037, 11, 14), (2037, 10)),
    ],
)
def test_festivals_date_a_month(phrase: str, published: date, month: tuple[int, int]) -> None:
    (found,) = find_dates(phrase, published)
    assert isinstance(found.value, DateValue)
    assert (found.value.earliest.year, found.value.earliest.month) == month


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "The committee has taken the whole network off in Tedim until power returns.",
            "suspended",
        ),
        ("Of the 58 cameras in Tedim, 51 were functioning and recording.", "operational"),
        (
            '"Forty poles are up in Tedim and the last twelve will be finished by the end of May. '
            'Fifty-two cameras in all."',
            "installing",
        ),
    ],
)
def test_stages_in_set_22s_words(
    sentence: str, status: str, organisations: OrganisationIndex
) -> None:
    found = facts(suggest(f"Town cameras. {sentence}", organisations))
    assert ("MM-14/tedim", "status", ("term", status), "asserts") in found


def test_the_software_developer_named_in_records(organisations: OrganisationIndex) -> None:
    text = (
        "The Meiktila camera network has a face-matching module. The records name the developer "
        "of that module as Jade Lens AI Technology Co., Ltd., a firm registered in Shenzhen."
    )
    found = {(f[1], f[2]) for f in facts(suggest(text, organisations))}
    assert ("software_supplier", ("text", "new:jade lens ai technology")) in {
        (p, (v[0], v[1].casefold())) for p, v in found
    }


def test_burmese_figures_denied_sums_spent_and_a_body_named_short(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "မအူပင်မြို့နယ် စည်ပင်သာယာရေးအဖွဲ့က ကင်မရာ ၄၀ လုံး တပ်ဆင်ခဲ့သည်။ "
        "ကင်မရာစနစ်အတွက် ကျပ်သန်း ၂,၀၀၀ ကုန်ကျခဲ့သည်ဟု ပြောဆိုနေကြသော်လည်း "
        "ထိုကိန်းဂဏန်းမှာ လုံးဝ မမှန်ကန်ကြောင်း အင်ဂျင်နီယာက ပြောသည်။ "
        "စည်ပင်သာယာရေးအဖွဲ့သည် စီမံကိန်းအတွက် ကျပ်သန်း ၃,၄၀၀ သုံးစွဲခဲ့သည်။"
    )
    found = facts(suggest(text, organisations))
    maubin = "MM-07/maubin"
    denied = MoneyValue(amount=Decimal(2_000_000_000), currency="MMK").identity()
    spent = MoneyValue(amount=Decimal(3_400_000_000), currency="MMK").identity()
    assert (maubin, "cost", denied, "denies") in found
    assert (maubin, "cost", spent, "asserts") in found
    bodies = {f[2] for f in found if f[1] == "authority"}
    assert bodies == {org("new:မအူပင်မြို့နယ် စည်ပင်သာယာရေးအဖွဲ့")}


def test_a_central_bank_named_for_its_country_is_no_place(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "The invitation for bids covers 80 cameras in Tharyarwady. The cost estimate is USD "
        "980,000, payable at the reference rate of the Central Bank of Myanmar."
    )
    found = facts(suggest(text, organisations))
    cost = MoneyValue(amount=Decimal(980_000), currency="USD").identity()
    assert ("MM-02/tharyarwady", "cost", cost, "asserts") in found
    assert not any(f[0] == "MM" for f in found)


def test_a_count_in_quotation_marks(organisations: OrganisationIndex) -> None:
    text = 'The Pakokku committee chairman spoke of "roughly 70" cameras for a first phase.'
    found = facts(suggest(text, organisations))
    assert (
        "MM-03/pakokku",
        "camera_count",
        CountValue(min=63, max=77).identity(),
        "asserts",
    ) in found


# ---- a review of the rounds from sets 21 and 22 ------------------------------------------------


def test_a_denied_figure_is_the_one_the_denial_names(organisations: OrganisationIndex) -> None:
    text = (
        "Police in Pakokku run 40 cameras, and the official said reports that they can "
        "recognise faces were false."
    )
    found = facts(suggest(text, organisations))
    forty = CountValue(min=40, max=40).identity()
    assert ("MM-03/pakokku", "camera_count", forty, "denies") not in found
    assert ("MM-03/pakokku", "capability", ("term", "face_recognition"), "denies") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The cameras in Pakokku can recognise faces, the mayor said, adding: \"I won't go into "
        'that market after dark any more."',
        "The township police, who have rejected posts of CCTV stills on their page, said the 40 "
        "cameras in Pakokku can recognise faces.",
    ],
)
def test_words_that_look_like_a_refusal_or_denial_but_are_not(
    sentence: str, organisations: OrganisationIndex
) -> None:
    found = facts(suggest(sentence, organisations))
    assert ("MM-03/pakokku", "capability", ("term", "face_recognition"), "asserts") in found


def test_a_network_already_extended_to_a_town_is_there_now(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Myeik's 40 cameras went live in May. Last year the council extended the network to "
        "Kawthoung, where 12 cameras now run."
    )
    found = facts(suggest(text, organisations))
    kawthoung = "MM-05/kawthoung"
    assert (kawthoung, "camera_count", CountValue(min=12, max=12).identity(), "asserts") in found
    assert not any(predicate == "planned_scope" for _, predicate, _, _ in found)


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Pakokku's council hopes to have 200 cameras in operation by 2040.", None),
        ("Pakokku's 40 cameras recorded until they were switched off in May.", "suspended"),
        (
            "The police in Pakokku will watch the cameras when the firm has finished installing "
            "them.",
            "installing",
        ),
        ("Pakokku has 40 cameras in operation, the council said.", "operational"),
    ],
)
def test_a_stage_still_to_come_is_not_the_stage_reached(
    sentence: str, status: str | None, organisations: OrganisationIndex
) -> None:
    found = {
        v for _, predicate, v, _ in facts(suggest(sentence, organisations)) if predicate == "status"
    }
    assert found == ({("term", status)} if status else set())


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        (
            "Pakokku's council plans Safe City cameras like those in Yangon and five other cities.",
            CountValue(min=6, max=None),
        ),
        (
            "The Safe City cameras will go up in at least six towns of Magway Region.",
            CountValue(min=6, max=None),
        ),
        ("The six towns' councils met in Pakokku to discuss the Safe City cameras.", None),
    ],
)
def test_towns_are_counted_where_a_network_reaches(
    sentence: str, count: CountValue | None, organisations: OrganisationIndex
) -> None:
    found = {
        v
        for _, predicate, v, _ in facts(suggest(sentence, organisations))
        if predicate == "city_count"
    }
    assert found == ({count.identity()} if count else set())


@pytest.mark.parametrize(
    "paragraph",
    [
        "They have been stopped and searched at the market since April, traders said.",
        "They can no longer sell at the market, the traders said, and are now working in Magway.",
    ],
)
def test_they_are_people_unless_they_do_what_cameras_do(
    paragraph: str, organisations: OrganisationIndex
) -> None:
    text = (
        "Safe City cameras went live in Pakokku in March. Police watch them from a control "
        f"room. The cameras cover the market.\n\n{paragraph}"
    )
    found = suggest(text, organisations)
    assert not [s.quote for s in found if s.start > text.index("\n\n")]
    assert [s.quote for s in found if s.predicate == "status"] == [
        "Safe City cameras went live in Pakokku in March."
    ]


def test_a_day_owns_no_council(organisations: OrganisationIndex) -> None:
    text = "Tuesday's municipal council meeting in Pakokku approved 40 Safe City cameras."
    assert not [m.key for m in organisations.find(text) if "Tuesday" in m.key]
    assert [m.key for m in organisations.find("Agadir's municipal council owns them.")] == [
        "new:Agadir municipal council"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Cameras are run by Morocco's Directorate-General for National Security in Agadir.",
            "Directorate-General for National Security",
        ),
        (
            "The General Directorate of Public Security runs them.",
            "General Directorate of Public Security",
        ),
    ],
)
def test_a_directorate_general_is_named_whole(
    text: str, name: str, organisations: OrganisationIndex
) -> None:
    assert [m.text for m in organisations.find(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "In Myanmar every State government wants cameras.",
        "They paid. Each Region government will pay for its own network.",
    ],
)
def test_every_government_is_no_government_in_particular(
    text: str, organisations: OrganisationIndex
) -> None:
    assert [m.text for m in organisations.find(text)] == []


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        (
            "The control room in Pakokku can support all of the 300 CCTV cameras now installed.",
            CountValue(min=300, max=300),
        ),
        ("The control room in Pakokku can handle up to 1,000 CCTV cameras.", None),
    ],
)
def test_what_a_control_room_could_take_is_no_count_but_what_it_takes_is(
    sentence: str, count: CountValue | None, organisations: OrganisationIndex
) -> None:
    found = {
        v
        for _, predicate, v, _ in facts(suggest(sentence, organisations))
        if predicate == "camera_count"
    }
    assert found == ({count.identity()} if count else set())


def test_a_refusal_said_as_what_one_is_not_allowed_to_talk_about(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Forty street cameras now watch the market in Putao, a police officer said. Asked "
        "whether any of the cameras can recognise faces, the officer said it was “not something "
        "I am allowed to talk about”."
    )
    found = facts(suggest(text, organisations))
    face = ("MM-11/putao", "capability", _term("face_recognition"))
    assert (*face, "declines_to_comment") in found
    assert (*face, "denies") not in found


def _term(term: str) -> tuple:
    return TermValue(term=term).identity()


@pytest.mark.parametrize(
    ("phrase", "count"),
    [
        ("one hundred and four (104) cameras", 104),
        ("two hundred and fifty cameras", 250),
        ("three thousand and twenty cameras", 3020),
    ],
)
def test_a_count_in_words_with_and(
    phrase: str, count: int, organisations: OrganisationIndex
) -> None:
    text = f"The street camera system in Nyaunglebin shall consist of {phrase} in total."
    counts = {v for p, pred, v, _ in facts(suggest(text, organisations)) if pred == "camera_count"}
    assert counts == {CountValue(min=count, max=count).identity()}


def test_two_and_three_cameras_are_no_one_number(organisations: OrganisationIndex) -> None:
    text = "Police in Nyaunglebin put up two and then three street cameras at the market."
    counts = {v for p, pred, v, _ in facts(suggest(text, organisations)) if pred == "camera_count"}
    assert CountValue(min=2003, max=2003).identity() not in counts
    assert CountValue(min=5, max=5).identity() not in counts


def test_armenian_drams_are_a_sum(organisations: OrganisationIndex) -> None:
    (found,) = find_money("The city paid 1.9 billion drams for the system.")
    assert found.value.identity() == ("money", Decimal("1900000000"), "AMD")
    assert find_money("He poured 2 drams of brandy.") == []


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        (
            "At the jetty, one camera sees heat rather than light, so that boats coming in "
            "after dark show up clearly on the screen.",
            "thermal",
        ),
        (
            "Some of the cameras near the market are built into the shells of ordinary street "
            "lamps, so that people walking past do not notice them.",
            "hidden_camera",
        ),
    ],
)
def test_capabilities_said_in_paraphrase(
    sentence: str, term: str, organisations: OrganisationIndex
) -> None:
    text = f"Nineteen street cameras now watch the market in Bokpyin, the police said. {sentence}"
    assert ("MM-05/bokpyin", "capability", _term(term), "asserts") in facts(
        suggest(text, organisations)
    )


def test_a_module_of_the_video_software_is_what_the_system_does(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Researchers counted 230 street cameras in Muse.\n\n"
        "The papers name a Kunming firm, Yunling Smart Vision Technology Co., Ltd., as the "
        "supplier of the video software, including a module that compares the faces of people "
        "entering the trade zone with a list of suspects."
    )
    assert ("MM-17/muse", "capability", _term("face_recognition"), "asserts") in facts(
        suggest(text, organisations)
    )


def test_a_site_section_in_the_navigation_is_not_the_story_place(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "MYANMAR MORNING DIGEST\nHome | Regions | Business | Travel\n\nREGIONS > MANDALAY\n\n"
        "Pyin Oo Lwin turns on 164 cameras\n\n"
        "Street cameras now watch the flower market in Pyin Oo Lwin, an official said.\n\n"
        "The project cost K2.15 billion, the official said."
    )
    found = facts(suggest(text, organisations))
    cost = ("money", Decimal("2150000000"), "MMK")
    assert ("MM-04/pyin-oo-lwin", "cost", cost, "asserts") in found
    assert not any(p == "MM-04/mandalay" for p, *_ in found)


def test_a_town_that_is_also_a_word_stands_in_a_heading_and_on_its_main_street(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "BORDERLANDS PRIVACY WATCH\nReport on Myanmar's northern trade routes\n\n"
        "CHAPTER 3: MUSE\n\n"
        "Our researchers walked every main street of Muse and counted at least 230 cameras.\n\n"
        "The state government bought the network for 18.4 million yuan."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-17/muse", "camera_count", CountValue(min=230).identity(), "asserts") in found
    cost = ("money", Decimal("18400000"), "CNY")
    assert ("MM-17/muse", "cost", cost, "asserts") in found
    # the word keeps its meaning elsewhere
    assert not any(
        p == "MM-17/muse"
        for p, *_ in facts(
            suggest("Poets muse about the cameras on the streets of Yangon.", organisations)
        )
    )


def test_a_running_order_names_the_town_with_cameras_after_the_studio_town(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "ANDAMAN COAST COMMUNITY RADIO\nEditor on duty: News desk, Myeik studio\n\n"
        "RUNNING ORDER\n1. Fuel prices at the Myeik jetty\n2. Bokpyin street cameras\n\n"
        "PRESENTER:\nNineteen cameras are now switched on around the market in Bokpyin, the "
        "township department told this station.\n\n"
        "They were switched on at the start of last month, an official said.\n\n"
        "The official said the cameras cost ninety-five million kyats."
    )
    found = facts(suggest(text, organisations, published=date(2039, 12, 6)))
    cost = ("money", Decimal("95000000"), "MMK")
    assert ("MM-05/bokpyin", "cost", cost, "asserts") in found
    assert not any(p == "MM-05/myeik" for p, *_ in found)


def test_a_municipality_written_in_lower_case_is_a_body(organisations: OrganisationIndex) -> None:
    found = [(m.key, m.kind) for m in organisations.find("The Gyumri municipality said on Monday")]
    assert found == [("new:Gyumri municipality", "authority")]
    assert organisations.find("Cameras went up in every municipality of the country.") == []
    assert organisations.find("Each township police force has its own screens.") == []


def test_cameras_now_operating_are_operational(organisations: OrganisationIndex) -> None:
    text = "The municipality said on Monday that 140 cameras are now operating in Gyumri, Armenia."
    assert ("AM", "status", _term("operational"), "asserts") in facts(suggest(text, organisations))


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        (
            "Claims on social media that the equipment came from China's Hikvision were \"simply "
            'false", the mayor said.',
            ("hardware_supplier", org("hikvision")),
        ),
        (
            "A figure of 800 million kyats for the cameras, shared last week on a community "
            "Facebook page, was “nowhere near” the real cost, the officer said.",
            ("cost", ("money", Decimal("800000000"), "MMK")),
        ),
    ],
)
def test_what_a_claim_called_false_says_is_denied(
    sentence: str, fact: tuple, organisations: OrganisationIndex
) -> None:
    text = f"Forty street cameras now watch the market in Putao, the police said. {sentence}"
    found = facts(suggest(text, organisations))
    assert ("MM-11/putao", *fact, "denies") in found
    assert ("MM-11/putao", *fact, "asserts") not in found


def test_nothing_to_say_about_it_is_a_refusal(organisations: OrganisationIndex) -> None:
    text = (
        "Forty street cameras now watch the market in Putao, the police said. Asked whether the "
        'cameras can recognise faces, the officer replied: "I have nothing to say about that '
        'report."'
    )
    found = facts(suggest(text, organisations))
    assert ("MM-11/putao", "capability", _term("face_recognition"), "declines_to_comment") in found


def test_faces_captured_and_compared_with_a_list(organisations: OrganisationIndex) -> None:
    text = (
        "The cameras at the railway station in Nyaunglebin shall capture the faces of persons "
        "passing through and compare them automatically with a watch list."
    )
    assert ("MM-02/nyaunglebin", "capability", _term("face_recognition"), "asserts") in facts(
        suggest(text, organisations)
    )


def test_a_contractor_of_another_town_is_from_there(organisations: OrganisationIndex) -> None:
    text = (
        "Workers were bolting cameras onto poles along the road in Tamu.\n\n"
        '"We have sixty-eight cameras to put up," said the foreman of the crew, who works for '
        "the contractor, Kabaw Lightning Engineering Co., Ltd., of Kalay."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-01/tamu", "camera_count", CountValue(min=68, max=68).identity(), "asserts") in found
    assert not any(p == "MM-01/kalay" for p, *_ in found)


def test_the_capitals_development_committee_is_named_with_its_city() -> None:
    index = OrganisationIndex.load()
    for text in ("နေပြည်တော် စည်ပင်သာယာရေးကော်မတီမှ တာဝန်ရှိသူ", "နေပြည်တော် ရဲတပ်ဖွဲ့က"):
        (found,) = index.find(text)
        assert found.text.startswith("နေပြည်တော် ")


def test_a_sum_in_crores_of_kyat() -> None:
    (found,) = find_money("စီမံကိန်းတစ်ခုလုံးအတွက် ကျပ် ၃၈ ကုဋေ ကုန်ကျခဲ့ကြောင်း")
    assert found.value.identity() == ("money", Decimal("380000000"), "MMK")


def test_the_month_before_last() -> None:
    (found,) = find_dates("They were switched on the month before last.", date(2040, 6, 10))
    assert isinstance(found.value, DateValue)
    assert (found.value.earliest, found.value.latest) == (date(2040, 4, 1), date(2040, 4, 30))


def test_towns_that_name_roads_are_not_where_the_cameras_are(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Thirty-eight cameras now keep watch over Aungban's market and the junction where the "
        "Taunggyi, Kalaw and Pinlaung roads meet, an official said."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-17/aungban", "camera_count", CountValue(min=38, max=38).identity(), "asserts") in (
        found
    )
    assert {p for p, *_ in found} == {"MM-17/aungban"}


@pytest.mark.parametrize(
    ("claim", "answer", "fact"),
    [
        (
            "A figure of 2.4 billion kyats has been shared widely on Facebook as the price of the "
            "system.",
            '"That is a fantasy. The real cost was lower," the official said.',
            ("cost", ("money", Decimal("2400000000"), "MMK")),
        ),
        (
            "We have read comments on social media saying that the Aungban cameras will "
            "recognise faces.",
            "They will not.",
            ("capability", TermValue(term="face_recognition").identity()),
        ),
        (
            "A post shared in town this week said the Aungban cameras would be linked to "
            "software that recognises faces.",
            '"Whoever posted that has not seen the contract," the engineer said.',
            ("capability", TermValue(term="face_recognition").identity()),
        ),
        (
            "The engineer brushed aside social-media claims that the Aungban cameras would be "
            "tied to face-recognition software.",
            "",
            ("capability", TermValue(term="face_recognition").identity()),
        ),
        (
            "Riders in Aungban have long said that the cameras photograph number plates.",
            '"They never did that," the engineer said.',
            ("capability", TermValue(term="plate_recognition").identity()),
        ),
        (
            "The engineer dismissed a belief common among riders, that the Aungban cameras read "
            "number plates.",
            "",
            ("capability", TermValue(term="plate_recognition").identity()),
        ),
        (
            "The company has noted reports that the cameras in Aungban were supplied by Huawei.",
            "These reports are incorrect.",
            ("hardware_supplier", RefValue(kind="organisation", key="huawei").identity()),
        ),
    ],
)
def test_a_claim_dismissed_in_the_next_sentence_is_denied(
    claim: str, answer: str, fact: tuple, organisations: OrganisationIndex
) -> None:
    text = f"Thirty-eight street cameras now watch the market in Aungban.\n\n{claim} {answer}\n"
    found = facts(suggest(text, organisations))
    assert ("MM-17/aungban", *fact, "denies") in found
    assert ("MM-17/aungban", *fact, "asserts") not in found


def test_a_body_named_with_letters_beyond_latin_1(organisations: OrganisationIndex) -> None:
    found = [m.key for m in organisations.find("the Municipality of Nikšić decides as follows")]
    assert found == ["new:Municipality of Nikšić"]


def test_officers_who_monitor_the_cameras_make_their_force_an_authority(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "We counted 57 cameras in Pyu. Interviews show that the Pyu Township Development Affairs "
        "Committee owns the system, while officers of the Pyu Township Police Force monitor the "
        "highway cameras from a room at the police station."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-02/pyu", "authority", org("new:Pyu Township Police Force"), "asserts") in found


def test_a_function_withheld_is_not_asserted(organisations: OrganisationIndex) -> None:
    text = (
        "The town's 64 street cameras in Pyu are in operation. Information on the functions of "
        "the system's software, including whether it performs face recognition, is withheld."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-02/pyu", "capability", _term("face_recognition"), "asserts") not in found


def test_an_agent_in_another_town_is_no_camera_town(organisations: OrganisationIndex) -> None:
    text = (
        "သတင်းစဉ် ၂၀၄၀ ပြည့်နှစ် ဇူလိုင်လ ၁၀ ရက်\n\n"
        "ရေစကြိုမြို့ ဆိပ်ကမ်းလမ်းတွင် လုံခြုံရေးကင်မရာ တိုင်များ စိုက်ထူနေပြီ\n\n"
        "ကင်မရာများကို ဟွာဝေ ကုမ္ပဏီထံမှ မန္တလေးရှိ ကိုယ်စားလှယ်မှတစ်ဆင့် ဝယ်ယူထားကြောင်း "
        "ကြီးကြပ်ရေးမှူးက ပြောသည်။\n"
    )
    found = facts(suggest(text, organisations))
    assert ("MM-03/yesagyo", "hardware_supplier", org("huawei"), "asserts") in found
    assert not any(p == "MM-04/mandalay" for p, *_ in found)


def test_a_sum_worked_out_in_dollars_and_a_whole_bill(organisations: OrganisationIndex) -> None:
    text = (
        "The street cameras in Kyaikkami were switched on last month.\n\n"
        "The department paid 1,365 million kyats for the cameras, he said, a sum that works out "
        "at a little over US$650,000 at the official rate.\n\n"
        "In Kyaikkami he put the whole bill for the cameras at 1,500 million kyats."
    )
    costs = {v for p, pred, v, _ in facts(suggest(text, organisations)) if pred == "cost"}
    assert costs == {
        ("money", Decimal("1365000000"), "MMK"),
        ("money", Decimal("1500000000"), "MMK"),
    }


def test_all_of_the_towns_cameras_is_the_whole_count(organisations: OrganisationIndex) -> None:
    text = "A clerk said that all 26 of the town's cameras in Hopin were switched off on the 3rd."
    assert ("MM-11/hopin", "camera_count", CountValue(min=26, max=26).identity(), "asserts") in (
        facts(suggest(text, organisations))
    )


def test_put_them_up_dates_a_start(organisations: OrganisationIndex) -> None:
    text = (
        "The GAD, which owns the cameras in Hopin and runs the screens in its office, put them "
        "up in November 2038, the clerk said."
    )
    found = facts(suggest(text, organisations, published=date(2040, 3, 1)))
    assert (
        "MM-11/hopin",
        "started",
        ("date", date(2038, 11, 1), date(2038, 11, 30)),
        "asserts",
    ) in (found)


@pytest.mark.parametrize(
    "sentence",
    [
        "The video management software for the Nyaungdon cameras shall raise an alarm on the "
        "operator's screen whenever a vessel remains moored at the jetty between 22:00 and 05:00.",
        "An add-on module of the Nyaungdon camera system flags any vehicle that stops on the "
        "highway shoulder for more than five minutes.",
    ],
)
def test_alarms_on_what_stays_too_long_are_video_analytics(
    sentence: str, organisations: OrganisationIndex
) -> None:
    assert ("MM-07/nyaungdon", "capability", _term("video_analytics"), "asserts") in facts(
        suggest(sentence, organisations)
    )


def test_a_system_in_daily_use_is_operational(organisations: OrganisationIndex) -> None:
    text = "We counted 57 cameras in Pyu in January 2040; the system was in daily use."
    assert ("MM-02/pyu", "status", _term("operational"), "asserts") in facts(
        suggest(text, organisations)
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Asked twice whether the software can compare the faces of passers-by with a list, the "
        'administrator said that was "a question for another day".',
        "The administrator twice sidestepped questions about whether the software can match "
        "passers-by's faces against a list of wanted people.",
        'Asked whether the system can also recognise faces, he would say only that it "does '
        'what a market needs", and declined to go into detail.',
    ],
)
def test_questions_put_aside_are_refusals(sentence: str, organisations: OrganisationIndex) -> None:
    text = f"Sixty street cameras went up in Kyaikkami last year, an official said.\n\n{sentence}"
    found = facts(suggest(text, organisations))
    face = ("MM-15/kyaikkami", "capability", _term("face_recognition"))
    assert (*face, "declines_to_comment") in found
    assert (*face, "asserts") not in found


def test_no_instructions_to_talk_is_a_refusal(organisations: OrganisationIndex) -> None:
    text = (
        "Sixty street cameras went up in Kyaikkami last year.\n\nA duty officer of the "
        "Kyaikkami Township Police Force, asked whether its officers can see the camera "
        'pictures, said he had "no instructions to talk about the cameras".'
    )
    police = org("new:Kyaikkami Township Police Force")
    assert ("MM-15/kyaikkami", "authority", police, "declines_to_comment") in facts(
        suggest(text, organisations)
    )


def test_a_firms_bulletin_under_its_letterhead_speaks_as_we(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "MU VALLEY SMART SYSTEMS CO., LTD.\nCustomer Bulletin No. 14 | May 2040\n\n"
        "We are proud to tell you that the Ye-U Township Development Affairs Committee has "
        "accepted our bid to design, supply and install the town's first street camera "
        "network.\n\n"
        "A year ago our team finished the camera system at the fishing port of Cotonou, Benin, "
        "which we installed together with a local firm."
    )
    found = facts(suggest(text, organisations, published=date(2040, 5, 7)))
    firm = org("new:Mu Valley Smart Systems")
    assert ("MM-01/ye-u", "procurer", firm, "asserts") in found
    assert ("MM-01/ye-u", "status", _term("awarded"), "asserts") in found
    assert ("BJ", "installer", firm, "asserts") in found


def test_a_week_before_christmas_dates_a_start_and_who_briefs_the_press_is_no_authority(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "A hundred and twelve street cameras are now recording in Kyaikkami, an official of the "
        "township department said. The camera network went live a week before Christmas, said "
        "the administrator, who spoke on condition that his name be withheld because only the "
        "state government may brief the press."
    )
    found = facts(suggest(text, organisations, published=date(2040, 2, 14)))
    december = ("date", date(2039, 12, 1), date(2039, 12, 31))
    assert ("MM-15/kyaikkami", "started", december, "asserts") in found
    assert not any(pred == "authority" and "Mon State" in str(v) for _, pred, v, _ in found)


def test_a_trial_that_was_abandoned_is_not_the_count(organisations: OrganisationIndex) -> None:
    text = (
        "A hundred and twelve street cameras are now recording in Kyaikkami. A trial of six "
        "cameras outside the pagoda in 2037 was abandoned within a year."
    )
    counts = {v for p, pred, v, _ in facts(suggest(text, organisations)) if pred == "camera_count"}
    assert counts == {CountValue(min=112, max=112).identity()}


def test_christmas_in_burmese_dates_a_month() -> None:
    (found,) = find_dates("ခရစ္စမတ်ပွဲတော် မတိုင်မီ တစ်ပတ်အလိုတွင် စတင်ဖွင့်လှစ်ခဲ့", date(2040, 2, 14))
    assert isinstance(found.value, DateValue)
    assert (found.value.earliest, found.value.latest) == (date(2039, 12, 1), date(2039, 12, 31))


def test_cameras_that_watch_fish_or_eyes_are_no_surveillance(
    organisations: OrganisationIndex,
) -> None:
    for text in (
        "Since February, eighteen underwater cameras have been watching the fish in six of our "
        "members' fish ponds near Twante. They cost 31 million kyats.",
        "Twelve retinal cameras are now in use at clinics in Labutta, the health department said.",
    ):
        assert suggest(text, organisations) == [], text


def test_a_partner_in_another_city_is_its_seat(organisations: OrganisationIndex) -> None:
    text = (
        "The committee has installed 72 street cameras in Pyawbwe. The cameras come from Axis "
        "Communications, ordered through Axis's authorised partner in Bangkok."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-04/pyawbwe", "hardware_supplier", org("axis"), "asserts") in found
    assert not any(p == "TH" for p, *_ in found)


@pytest.mark.parametrize(
    ("claim", "answer", "fact"),
    [
        (
            "Rumours on Facebook said the whole camera network had been switched off.",
            '"Wrong. The cameras have backup batteries," he said.',
            ("status", TermValue(term="suspended").identity()),
        ),
        (
            "A post shared widely last week said the cameras were made by Huawei.",
            '"Not one of them is. They are Hanwha cameras," the engineer said.',
            ("hardware_supplier", RefValue(kind="organisation", key="huawei").identity()),
        ),
    ],
)
def test_a_rumour_answered_with_one_word_is_denied(
    claim: str, answer: str, fact: tuple, organisations: OrganisationIndex
) -> None:
    text = f"There are 186 street cameras in Magway, the police said.\n\n{claim} {answer}\n"
    found = facts(suggest(text, organisations))
    assert ("MM-03/magway", *fact, "denies") in found
    assert ("MM-03/magway", *fact, "asserts") not in found


@pytest.mark.parametrize(
    "answer",
    [
        'he "would rather not be quoted on that"',
        'the clerk said: "We have no statement for you"',
        'the committee said it "does not publish technical information about security systems"',
    ],
)
def test_more_ways_to_refuse(answer: str, organisations: OrganisationIndex) -> None:
    text = (
        "There are 44 street cameras in Nyaungshwe, the committee said.\n\n"
        f"Asked whether the cameras can recognise faces, {answer}."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-17/yawnghwe", "capability", _term("face_recognition"), "declines_to_comment") in (
        found
    )


@pytest.mark.parametrize(
    "text",
    [
        "The network's first street cameras in Magway were switched on in the week of the "
        "Thadingyut festival two years ago, he said.",
        "မကွေးမြို့၏ ပထမဆုံး ကင်မရာများကို လွန်ခဲ့သော နှစ်နှစ်က သီတင်းကျွတ်ပွဲတော် ရက်သတ္တပတ်အတွင်း စတင် ဖွင့်လှစ်ခဲ့ကြောင်း သူက ပြောသည်။",
    ],
)
def test_a_festival_some_years_back_dates_a_start(
    text: str, organisations: OrganisationIndex
) -> None:
    found = facts(suggest(text, organisations, published=date(2040, 3, 1)))
    october = ("date", date(2038, 10, 1), date(2038, 10, 31))
    assert ("MM-03/magway", "started", october, "asserts") in found


def test_property_of_a_body_makes_it_the_authority(organisations: OrganisationIndex) -> None:
    text = (
        "We counted 30 street cameras in Danai. A stencil on every camera pole reads "
        '"Property of Danai Township General Administration Department".'
    )
    body = org("new:Danai Township General Administration Department")
    assert ("MM-11/danai", "authority", body, "asserts") in facts(suggest(text, organisations))


def test_a_commune_and_a_national_police_abroad(organisations: OrganisationIndex) -> None:
    text = (
        "The 300 street cameras in Bouaké will be owned by the Commune of Bouaké and watched "
        "from the supervision centre by officers of the National Police of Côte d'Ivoire. "
        "Component 2 excludes facial recognition."
    )
    found = facts(suggest(text, organisations))
    assert ("CI", "authority", org("new:Commune of Bouaké"), "asserts") in found
    assert ("CI", "authority", org("new:National Police of Côte d'Ivoire"), "asserts") in found
    assert ("CI", "capability", _term("face_recognition"), "denies") in found


def test_software_that_flags_riders_going_the_wrong_way(organisations: OrganisationIndex) -> None:
    text = (
        "Software on the highway cameras in Paung flags motorcycles travelling against the "
        "traffic on the slip road."
    )
    assert ("MM-15/paung", "capability", _term("video_analytics"), "asserts") in facts(
        suggest(text, organisations)
    )


def test_more_cameras_bringing_the_number_to_a_total(organisations: OrganisationIndex) -> None:
    text = (
        "Forty more cameras went up along Magway's Strand Road in January, bringing the number "
        "watching the town to 186, the officer said."
    )
    counts = {v for p, pred, v, _ in facts(suggest(text, organisations)) if pred == "camera_count"}
    assert counts == {CountValue(min=186, max=186).identity()}


def test_the_police_in_burmese_without_a_place_is_no_body() -> None:
    assert OrganisationIndex.load().find("ရဲတပ်ဖွဲ့က ကင်မရာများကို ကြည့်ရှုသည်") == []


def test_a_form_keeps_its_records_apart_and_an_address_is_no_story_place(
    tmp_path: Path, organisations: OrganisationIndex
) -> None:
    # A claim form's fields, one to a line, are records of their own; the letterhead's office
    # and the insured's postal address name no place the cameras are.
    form = tmp_path / "claim.txt"
    form.write_text(
        "DELTA MUTUAL INSURANCE CO., LTD.\nHead office: Yangon | Branch: Pathein\n\n"
        "CLAIM FORM\n\n"
        "A1 Insured: Hinthada Township Development Affairs Committee\n"
        "A2 Address: 12 Strand Road, Hinthada\n\n"
        "B1 Property: street camera system of Hinthada town, 36 cameras on poles\n"
        "B2 Manufacturer of cameras: Uniview\n"
        "B3 Installed by: Delta Bright Star Electrical Co., Ltd.\n"
        "B4 Original cost of the system: MMK 410,000,000\n",
        encoding="utf-8",
    )
    document = read_document(form, published=date(2041, 5, 1))
    assert "\nB2 Manufacturer of cameras: Uniview\n" in document.text
    found = facts(suggest_claims(document, default_gazetteer(), organisations, confidence=NO_CUT))
    town = "MM-07/hinthada"
    assert (town, "hardware_supplier", org("uniview"), "asserts") in found
    assert (town, "installer", org("new:Delta Bright Star Electrical"), "asserts") in found
    cost = MoneyValue(amount=Decimal(410_000_000), currency="MMK").identity()
    assert (town, "cost", cost, "asserts") in found
    assert not {f for f in found if f[0] in ("MM-06/yangon", "MM-07/pathein")}


def test_a_company_profile_address_is_not_where_its_project_is(
    tmp_path: Path, organisations: OrganisationIndex
) -> None:
    profile = tmp_path / "profile.txt"
    profile.write_text(
        "NORTHERN LINK SYSTEMS CO., LTD.\nCompany profile | Edition of May 2040\n"
        "35th Street, Chanayethazan Township, Mandalay\n\nCurrent project\n\n"
        "Meiktila town surveillance network\n"
        "Client: Meiktila Township Development Affairs Committee\n\n"
        "Awarded to us by the committee in March 2040 after a public tender.\n\n"
        "Scope: 40 cameras at 18 sites, with a control room in the committee's office.\n",
        encoding="utf-8",
    )
    document = read_document(profile, published=date(2040, 6, 1))
    found = suggest_claims(document, default_gazetteer(), organisations, confidence=NO_CUT)
    assert {s.place for s in found if s.predicate == "camera_count"} == {"MM-04/meiktila"}


def test_a_firm_with_a_legal_form_is_found_in_a_line_of_capitalised_words() -> None:
    # Title Case text makes every run look like a name, but "Co., Ltd." is no headline's word;
    # a heading in capitals before it ("PRESS RELEASE") is not part of the name.
    index = OrganisationIndex.load()
    assert [m.key for m in index.find("Installed By: Ayar Bright Star Electrical Co., Ltd.")] == [
        "new:Ayar Bright Star Electrical"
    ]
    heading = "PRESS RELEASE Sittaung Digital Systems Co., Ltd. Yangon, 2 June 2031"
    assert [m.key for m in index.find(heading)] == ["new:Sittaung Digital Systems"]
    assert index.find("Traders Welcome Chinese Cameras Across Four Cities") == []


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The township committee in Shwebo is paying 880 million kyats for its 60 cameras.", 880),
        (
            "Shwebo's committee will pay for its 60 cameras in three equal instalments of 300 "
            "million kyats, the first on signing.",
            900,
        ),
        (
            "ရွှေဘိုမြို့ ကင်မရာ ၆၀ အတွက် ကော်မတီက ကျပ်သန်း ၈၈၀ ကို အရစ်ကျ ပေးချေမည် ဖြစ်ကြောင်း သူက ပြောသည်။",
            880,
        ),
    ],
)
def test_what_a_body_is_paying_and_a_price_in_equal_instalments_is_the_cost(
    text: str, amount: int, organisations: OrganisationIndex
) -> None:
    costs = {v for p, pred, v, _ in facts(suggest(text, organisations)) if pred == "cost"}
    assert costs == {MoneyValue(amount=Decimal(amount * 1_000_000), currency="MMK").identity()}


@pytest.mark.parametrize(
    "text",
    [
        "The first cameras in Monywa have been recording since New Year's Eve.",
        "The first cameras in Monywa have been running since the last night of 2040.",
        "မုံရွာမြို့ နာရီစင်ရှိ ပထမဆုံး ကင်မရာများမှာ ပြီးခဲ့သည့် နှစ်သစ်ကူးညမှ စတင်၍ မှတ်တမ်းတင်နေပြီ ဖြစ်သည်။",
    ],
)
def test_new_years_eve_dates_a_start_in_the_december_before(
    text: str, organisations: OrganisationIndex
) -> None:
    found = facts(suggest(text, organisations, published=date(2041, 2, 10)))
    december = ("date", date(2040, 12, 1), date(2040, 12, 31))
    assert ("MM-01/monywa", "started", december, "asserts") in found


def test_work_still_to_come_in_a_month_is_no_start(organisations: OrganisationIndex) -> None:
    text = (
        "Forty of Pakokku's 80 street cameras are up, and crews will put up the rest before "
        "the Thingyan holiday in April, the official said."
    )
    found = facts(suggest(text, organisations, published=date(2041, 2, 18)))
    assert not [f for f in found if f[1] == "started"]


def test_some_of_them_goes_on_about_the_cameras_just_described(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Thirty of the 90 street cameras that the committee bought for Monywa are up.\n\n"
        "The first twelve of them, around the clock tower, have been recording since last "
        "October, he said."
    )
    found = facts(suggest(text, organisations, published=date(2041, 2, 18)))
    october = ("date", date(2040, 10, 1), date(2040, 10, 31))
    assert ("MM-01/monywa", "started", october, "asserts") in found


def test_a_part_of_the_network_running_is_not_the_network_running(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Thirty of the 90 street cameras that the committee bought for Monywa are up.\n\n"
        "The first twelve of them, around the clock tower, have been recording since last "
        "October, he said.\n\nA Mandalay firm is mounting the rest of the cameras."
    )
    statuses = {v for _, pred, v, _ in facts(suggest(text, organisations)) if pred == "status"}
    assert statuses == {_term("installing")}


def test_a_day_of_the_month_is_no_count(organisations: OrganisationIndex) -> None:
    text = "We have read the report published on 3 June 2030 about cameras in Tangyan."
    assert not [f for f in facts(suggest(text, organisations)) if f[1] == "camera_count"]


@pytest.mark.parametrize(
    "text",
    [
        # the answer in the same paragraph
        "The representative of one bidder asked whether the street cameras in Pakokku will "
        "later be linked to software that recognises faces. The chairman answered that "
        "questions on the scope are not answered at an opening.",
        # or in the next one, under a speaker's label, as a transcript has it
        "MEMBER: Do the cameras in Pakokku recognise faces?\n\n"
        "SUPERINTENDENT: I would ask that the committee go into closed session for that.",
    ],
)
def test_a_question_answered_in_the_next_sentence(
    text: str, organisations: OrganisationIndex
) -> None:
    found = facts(suggest(text, organisations))
    face = ("term", "face_recognition")
    assert ("MM-03/pakokku", "capability", face, "declines_to_comment") in found
    assert ("MM-03/pakokku", "capability", face, "asserts") not in found


def test_a_body_written_to_with_a_question_is_asked_not_acting(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Safe City cameras went live in Pakokku in March. We wrote to the Magway Region "
        "Government's Ministry of Security and Border Affairs to ask whether the checkpoint "
        "cameras compare faces with a watch list."
    )
    body = org("new:Ministry of Security and Border")
    assert ("MM-03/pakokku", "authority", body, "asserts") not in facts(
        suggest(text, organisations)
    )


@pytest.mark.parametrize(
    "line",
    [
        "Cameras in the dataset: 212 (version 1.1: 150)",
        "Number of cameras: 212",
        "System owner: Pathein City Development Committee Cameras under contract: 212",
    ],
)
def test_a_field_giving_the_number_of_cameras_is_the_total(
    line: str, organisations: OrganisationIndex
) -> None:
    text = f"Street cameras of Pathein, a dataset.\n\n{line}\nLit when last visited: 190\n"
    counts = {v for p, pred, v, _ in facts(suggest(text, organisations)) if pred == "camera_count"}
    assert counts == {CountValue(min=212, max=212).identity()}


def test_a_programme_for_the_whole_state_is_about_the_state(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "MON STATE GOVERNMENT\n\nAGENDA\n\n4. Street camera programme\n\n"
        "(a) The department proposes a street camera programme for the whole state, with some "
        "300 cameras at junctions and markets.\n\n"
        "(b) The first phase would cover Mawlamyine and Thaton; the other towns would follow."
    )
    places = {p for p, pred, _, _ in facts(suggest(text, organisations)) if pred == "camera_count"}
    assert places == {"MM-15"}


def test_the_towns_a_first_phase_would_cover_are_the_planned_scope(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "(a) The department proposes a street camera programme for the whole state, with some "
        "300 cameras in Mon State.\n"
        "(b) The first phase would cover Thaton and Kyaikto; the other towns would follow.\n"
        "(c) The cameras at the highway gates would read number plates."
    )
    found = facts(suggest(text, organisations))
    scope = PlacesValue(keys=("MM-15/thaton", "MM-15/kyaikto")).identity()
    assert ("MM-15", "planned_scope", scope, "asserts") in found
    assert ("MM-15", "capability", _term("plate_recognition"), "asserts") in found


def test_a_town_whose_name_is_a_word_counts_when_listed_with_another_town() -> None:
    finder = place_finder(default_gazetteer())
    text = "The first phase would cover Lewe and Pyinmana."
    assert [m.key for m in finder.find(text)] == ["MM-18/lewe", "MM-18/pyinmana"]
    assert finder.find("He bought a pan and a pot, Kale said.") == []


def test_in_a_document_about_a_whole_territory_its_namesake_town_stands_for_it(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "The department proposes a street camera programme for the whole union territory, "
        "with some 420 cameras at the entry points of eight towns of Nay Pyi Taw."
    )
    found = facts(suggest(text, organisations))
    assert {p for p, pred, _, _ in found if pred == "camera_count"} == {"MM-18"}


def test_a_shipping_records_ports_and_parties_are_no_story_places(
    tmp_path: Path, organisations: OrganisationIndex
) -> None:
    record = tmp_path / "shipments.txt"
    record.write_text(
        "SHIPMENT RECORDS\n\nQUERY\nCountry of import: Myanmar | HS code: 8525.89\n\n"
        "RECORD 1\nBill of lading date: 11 February 2041\n"
        "Port of loading: Ningbo, China | Port of discharge: Yangon (Thilawa)\n"
        "Shipper: Zhejiang Dahua Technology Co., Ltd., Hangzhou\n"
        "Consignee: Thaton Township Development Affairs Committee, Thaton, Mon State\n"
        "Notify party: Golden Bilin Integration Co., Ltd., Mawlamyine\n"
        "Goods description (as declared): IP network bullet cameras, 30 units; thermal imaging "
        "cameras, 2 units; for Thaton town street safety camera project\n\n"
        "ANALYST NOTE\nThe record describes one project: a street camera network for the town "
        "of Thaton, opposite Mawlamyine across the water. The shipment came from the camera "
        "maker Dahua, and together it brings 32 cameras, bought by the committee.\n",
        encoding="utf-8",
    )
    document = read_document(record, published=date(2041, 4, 1))
    found = suggest_claims(document, default_gazetteer(), organisations, confidence=NO_CUT)
    assert {s.place for s in found} == {"MM-15/thaton"}


@pytest.mark.parametrize(
    "line",
    [
        "Declared value: USD 96,400 (CIF) for 40 cameras bound for Thaton",
        "Sum insured under this policy for the 40 cameras in Thaton: MMK 650,000,000",
    ],
)
def test_a_customs_value_or_a_sum_insured_is_no_cost(
    line: str, organisations: OrganisationIndex
) -> None:
    assert not [f for f in facts(suggest(line, organisations)) if f[1] == "cost"]


def test_a_department_that_proposes_a_programme_plans_it(organisations: OrganisationIndex) -> None:
    text = "The department proposes a street camera programme for Thaton, with some 40 cameras."
    assert ("MM-15/thaton", "status", _term("planned"), "asserts") in facts(
        suggest(text, organisations)
    )


def test_a_town_known_by_its_townships_burmese_name_is_found_as_the_town() -> None:
    finder = place_finder(default_gazetteer())
    text = "သနပ္ပင်မြို့ ဈေးတွင် ကင်မရာ ၁၂ လုံး တပ်ဆင်ထားသည်။"
    assert [m.key for m in finder.find(text)] == ["MM-02/thanatpin"]


def test_a_capability_removed_from_the_scope_is_denied(organisations: OrganisationIndex) -> None:
    text = (
        "The tender is for 72 street cameras in Kyonpyaw. The face recognition licences listed "
        "in the first bidding documents have been removed from the scope."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-07/kyonpyaw", "capability", _term("face_recognition"), "denies") in found
    assert ("MM-07/kyonpyaw", "capability", _term("face_recognition"), "asserts") not in found


def test_a_guarded_town_name_in_the_middle_of_a_phrase_of_place() -> None:
    finder = place_finder(default_gazetteer())
    text = "I counted nine cameras on the road through the middle of Ann."
    assert [m.key for m in finder.find(text)] == ["MM-16/ann"]


def test_a_first_phase_in_towns_named_without_a_cue_and_a_control_room_elsewhere(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "1.1 The paper proposed street cameras in six towns of Mon State, to be built in two "
        "phases. The first phase would cover Thaton, Kyaikto and Paung; the others later.\n"
        "1.2 The cameras would belong to the State Government and would be watched by the Mon "
        "State Police Force from a control room in Mawlamyine."
    )
    found = facts(suggest(text, organisations))
    scope = PlacesValue(keys=("MM-15/thaton", "MM-15/kyaikto", "MM-15/paung")).identity()
    assert ("MM-15", "planned_scope", scope, "asserts") in found
    assert {p for p, *_ in found} == {"MM-15"}


def test_a_maintenance_reports_fields(organisations: OrganisationIndex) -> None:
    text = (
        "MONTHLY MAINTENANCE REPORT\n\nSystem: Hinthada town street cameras\n"
        "Cameras under contract: 88 (fixed 80, PTZ 8)\n"
        "Original installer: Delta Bright Star Electrical Co., Ltd.\n"
        "Status at month end: system in normal operation; all cameras recording."
    )
    found = facts(suggest(text, organisations))
    town = "MM-07/hinthada"
    assert (town, "camera_count", CountValue(min=88, max=88).identity(), "asserts") in found
    assert (town, "installer", org("new:Delta Bright Star Electrical"), "asserts") in found
    assert (town, "status", _term("operational"), "asserts") in found


def test_what_people_have_heard_and_the_force_that_runs_the_room(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "The Indaw Township Police Force put up 30 street cameras in Indaw. The Force staffs "
        "and runs the control room.\n\n"
        "Some people in the lanes have heard that the military's Northern Command watches "
        "the cameras. That is not true, the officer said."
    )
    found = facts(suggest(text, organisations))
    force = org("new:Indaw Township Police Force")
    assert ("MM-01/indaw", "authority", force, "asserts") in found
    assert ("MM-01/indaw", "authority", org("mm-junta"), "denies") in found


def test_a_slides_camera_line_names_the_maker(organisations: OrganisationIndex) -> None:
    text = (
        "Safe City in Francistown, Botswana\n\n- 120 cameras in the city centre\n"
        "- Cameras: Axis Communications, fixed and dome"
    )
    found = facts(suggest(text, organisations))
    assert ("BW", "hardware_supplier", org("axis"), "asserts") in found


def test_a_letter_of_acceptance_makes_the_receiver_the_contractor(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "The Board announces that its subsidiary, Myittha Gate Engineering Co., Ltd., received "
        "on 2 August 2041 a letter of acceptance from the Kalay Township Development Affairs "
        "Committee for a contract to design, supply and install 116 street cameras in Kalay."
    )
    found = facts(suggest(text, organisations, published=date(2041, 8, 5)))
    firm = org("new:Myittha Gate Engineering")
    assert ("MM-01/kalay", "procurer", firm, "asserts") in found
    assert ("MM-01/kalay", "status", _term("awarded"), "asserts") in found
    assert not [f for f in found if f[1] == "started"]


def test_all_of_a_towns_cameras_is_its_total(organisations: OrganisationIndex) -> None:
    text = "Cable thieves have put all 94 of Yenangyaung's street cameras out of action."
    counts = {v for _, pred, v, _ in facts(suggest(text, organisations)) if pred == "camera_count"}
    assert counts == {CountValue(min=94, max=94).identity()}


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "The committee paid 2,150 million kyats for the 60 cameras in Shwebo, part of it from "
            "its own revenue and part from a bank loan.",
            2150,
        ),
        ("The Shwebo committee has set aside 900 million kyats for the 60 cameras.", 900),
        ("ရွှေဘိုမြို့ ကင်မရာ ၆၀ အတွက် ကော်မတီက ကျပ် ၉၀ ကုဋေ အကုန်အကျခံခဲ့သည်။", 900),
    ],
)
def test_more_ways_to_say_what_a_network_cost(
    text: str, amount: int, organisations: OrganisationIndex
) -> None:
    costs = {v for _, pred, v, _ in facts(suggest(text, organisations)) if pred == "cost"}
    assert costs == {MoneyValue(amount=Decimal(amount * 1_000_000), currency="MMK").identity()}


@pytest.mark.parametrize(
    ("text", "fact", "stance"),
    [
        (
            "Posts claimed that the Shwebo cameras could pick faces out of a crowd. "
            '"That is simply not true," the official said.',
            ("capability", _term("face_recognition")),
            "denies",
        ),
        (
            "Talk on social media that the Shwebo cameras can recognise faces was wrong, the "
            "official said.",
            ("capability", _term("face_recognition")),
            "denies",
        ),
        (
            'Asked whether the Shwebo cameras can recognise faces, he said, "You will have to '
            'ask somebody else about that."',
            ("capability", _term("face_recognition")),
            "declines_to_comment",
        ),
        (
            "Asked whether the Shwebo cameras recognise faces, an officer said the force does "
            "not discuss security equipment with the press.",
            ("capability", _term("face_recognition")),
            "declines_to_comment",
        ),
        (
            'A notice from the office said the Shwebo cameras were "working normally". "That '
            'notice is wrong," the engineer said.',
            ("status", _term("operational")),
            "denies",
        ),
    ],
)
def test_more_denials_and_refusals(
    text: str, fact: tuple, stance: str, organisations: OrganisationIndex
) -> None:
    found = facts(
        suggest(f"The 60 street cameras in Shwebo were bought last year.\n\n{text}", organisations)
    )
    assert ("MM-01/shwebo", *fact, stance) in found


def test_a_system_shut_down_is_suspended(organisations: OrganisationIndex) -> None:
    text = (
        "Not one of the 44 street cameras in Shwebo has recorded anything since June, when the "
        "committee shut the whole system down to save diesel."
    )
    assert ("MM-01/shwebo", "status", _term("suspended"), "asserts") in facts(
        suggest(text, organisations)
    )


def test_a_programme_named_for_a_state_is_about_the_state(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "NOTIFICATION 7/2042\n\nThe Mon State Government hereby establishes the Mon State "
        "Public Street Camera Programme.\n\n"
        "In its first phase, public street cameras shall be installed in Thaton, Kyaikto and "
        "Paung.\n\nThe cameras shall be the property of the Mon State Government."
    )
    found = facts(suggest(text, organisations))
    scope = PlacesValue(keys=("MM-15/thaton", "MM-15/kyaikto", "MM-15/paung")).identity()
    assert ("MM-15", "planned_scope", scope, "asserts") in found
    assert ("MM-15", "authority", org("new:Mon State Government"), "asserts") in found
    assert {p for p, *_ in found} == {"MM-15"}


def test_a_weekday_last_week_dates_a_start(organisations: OrganisationIndex) -> None:
    text = (
        "The Shwebo network of 60 street cameras was switched on at a short ceremony on "
        "Tuesday last week, the official said."
    )
    found = facts(suggest(text, organisations, published=date(2042, 3, 3)))
    february = ("date", date(2042, 2, 1), date(2042, 2, 28))
    assert ("MM-01/shwebo", "started", february, "asserts") in found


def test_a_network_handed_over_and_running_since(organisations: OrganisationIndex) -> None:
    text = (
        "We installed 96 street cameras in Daik-U for the township committee. The cameras "
        "watch the two level crossings. The control room has four screens.\n\n"
        "Handed over in September 2041, the network has been running every day since then."
    )
    found = facts(suggest(text, organisations, published=date(2042, 1, 10)))
    september = ("date", date(2041, 9, 1), date(2041, 9, 30))
    assert ("MM-02/daik-u", "started", september, "asserts") in found
    assert ("MM-02/daik-u", "status", _term("operational"), "asserts") in found


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        (
            "Three of the cameras at the Shwebo jetty are hidden behind the plastic strips of "
            "the market signboards.",
            "hidden_camera",
        ),
        (
            "At the two level crossings in Shwebo, the camera control room software raises an "
            "alarm whenever a vehicle stops on the tracks.",
            "video_analytics",
        ),
    ],
)
def test_cameras_hidden_behind_signs_and_alarms_on_what_stops(
    sentence: str, term: str, organisations: OrganisationIndex
) -> None:
    assert ("MM-01/shwebo", "capability", _term(term), "asserts") in facts(
        suggest(sentence, organisations)
    )


# The review of the rounds from sets 26-28: each of these failed before its fix.


def test_a_refusal_in_another_paragraph_answers_no_question(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Hikvision supplied the 120 street cameras in Pakokku. Activists asked whether the "
        "cameras can recognise faces.\n\nHikvision did not respond to a request for comment."
    )
    found = facts(suggest(text, organisations))
    face = _term("face_recognition")
    assert ("MM-03/pakokku", "capability", face, "declines_to_comment") not in found
    assert ("MM-03/pakokku", "hardware_supplier", org("hikvision"), "declines_to_comment") in found


def test_what_was_asked_is_not_said_by_a_clause_before_but(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "The 120 street cameras in Pakokku went live in March. Reporters asked whether the "
        "cameras can recognise faces. The spokesman said the network works well, but declined "
        "to comment further."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-03/pakokku", "capability", _term("face_recognition"), "asserts") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The committee hopes to extend the system to the whole region one day.",
        "The Magway Region Road Development Project is separate.",
    ],
)
def test_a_whole_region_said_in_passing_does_not_move_the_story(
    sentence: str, organisations: OrganisationIndex
) -> None:
    text = f"Pakokku has 120 street cameras.\n\nThe network cost 900 million kyats.\n\n{sentence}"
    places = {p for p, pred, _, _ in facts(suggest(text, organisations)) if pred == "cost"}
    assert places == {"MM-03/pakokku"}


def test_a_number_opening_a_paragraph_is_no_list_marker(organisations: OrganisationIndex) -> None:
    text = "The cameras in Pakokku were bought this year.\n\n2.4 billion kyats was spent on them."
    costs = {v for _, pred, v, _ in facts(suggest(text, organisations)) if pred == "cost"}
    assert costs == {MoneyValue(amount=Decimal(2_400_000_000), currency="MMK").identity()}


def test_a_breakdown_by_kind_is_no_total(organisations: OrganisationIndex) -> None:
    text = (
        "Pakokku street camera system: 40 cameras in all.\n"
        "Dome Cameras: 20, PTZ Cameras: 8, Bullet Cameras: 12"
    )
    counts = {v for _, pred, v, _ in facts(suggest(text, organisations)) if pred == "camera_count"}
    assert counts == {CountValue(min=40, max=40).identity()}


def test_what_is_done_to_the_cameras_is_no_part_of_them(organisations: OrganisationIndex) -> None:
    text = (
        "After the installation of the 120 cameras in Pakokku, the network has been running "
        "since March."
    )
    found = facts(suggest(text, organisations, published=date(2041, 6, 1)))
    assert ("MM-03/pakokku", "status", _term("operational"), "asserts") in found


def test_never_having_to_worry_dismisses_nothing(organisations: OrganisationIndex) -> None:
    text = (
        "Residents say that the 120 cameras in Pakokku have been recording since May 2040. "
        "They never have to worry about theft now."
    )
    found = facts(suggest(text, organisations))
    assert not [f for f in found if f[3] == "denies"]


def test_a_burmese_outlet_starting_with_ka_keeps_its_name() -> None:
    reported = "ကင်မရာ ၄၀ တပ်ဆင်ပြီးကြောင်း ကမ္ဘာ့သတင်းဌာနက မေ ၃ ရက်တွင် ဖော်ပြသည်။"
    assert any("ကမ္ဘာ့" in name for name in attributed_outlets(reported))


def test_a_year_ago_this_month() -> None:
    [found] = find_dates("switched on a year ago this month", date(2041, 6, 10))
    assert (found.value.earliest, found.value.latest) == (date(2040, 6, 1), date(2040, 6, 30))


def test_an_acronym_led_firm_in_a_headline_keeps_its_acronym() -> None:
    index = OrganisationIndex.load()
    assert [m.key for m in index.find("MPT Smart Systems Co., Ltd. Wins Mandalay Camera Deal")] == [
        "new:MPT Smart Systems"
    ]


def test_a_bracketed_word_that_is_no_short_form_credits_no_outlet() -> None:
    assert "china" not in attributed_outlets("Hikvision (China) said the cameras were sold.")


@pytest.mark.parametrize(
    "text",
    [
        "The 120 street cameras in Pakokku were supplied by Dahua; one bidder was dropped from "
        "the tender.",
        "The 120 street cameras in Pakokku are working, but traders shut their shops down early.",
    ],
)
def test_words_near_a_denial_or_a_stop_that_are_neither(
    text: str, organisations: OrganisationIndex
) -> None:
    found = facts(suggest(text, organisations))
    assert not [f for f in found if f[3] == "denies"]
    assert ("MM-03/pakokku", "status", _term("suspended"), "asserts") not in found


def test_a_refusal_about_who_may_view_the_pictures(organisations: OrganisationIndex) -> None:
    text = (
        "Kyaukse has 130 street cameras.\n\nAsked whether the military's Central Command, whose "
        "headquarters are in Mandalay, would be able to view the pictures, he said the question "
        'was "above my pay grade".'
    )
    found = facts(suggest(text, organisations))
    assert ("MM-04/kyaukse", "authority", org("mm-junta"), "declines_to_comment") in found


def test_a_question_not_addressed_is_a_refusal(organisations: OrganisationIndex) -> None:
    text = (
        "Pakokku has 120 street cameras. Many residents asked whether the cameras recognise "
        "faces.\nGovernment reply: This question concerns security arrangements and is not "
        "addressed here."
    )
    found = facts(suggest(text, organisations))
    assert (
        "MM-03/pakokku",
        "capability",
        _term("face_recognition"),
        "declines_to_comment",
    ) in found


def test_a_city_abroad_is_found_whatever_its_accents() -> None:
    # Romanian writes "Bălți" with a comma below; city lists write "Bălţi" with a cedilla,
    # "Chisinau" without accents.
    finder = place_finder(default_gazetteer())
    for text in ("Cameras went up in Bălți last year.", "Cameras went up in Chișinău."):
        assert [m.key for m in finder.find(text)] == ["MD"], text


def test_a_name_is_the_town_it_is_the_name_of_before_a_larger_one_it_also_spells() -> None:
    # "Zigon" is a town in Bago Region and a variant spelling of Zee Kone, in Yangon Region.
    finder = place_finder(default_gazetteer())
    assert [m.key for m in finder.find("Zigon town cameras: one year on")] == ["MM-02/zigon"]
    assert [m.key for m in finder.find("Zee Kone town cameras")] == ["MM-06/zee-kone"]


def test_a_firms_own_workshop_is_not_where_its_cameras_are(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "IRRAWADDY POLE SYSTEMS CO., LTD.\nProduct data sheet\n\n"
        "The pole arrives with its cameras already fitted and tested in our Mandalay "
        "workshop.\n\nREFERENCE INSTALLATION\n\n"
        "Location: Madaya, Mandalay Region. The town's main roads have 78 cameras in all."
    )
    found = facts(suggest(text, organisations))
    assert {p for p, pred, _, _ in found if pred == "camera_count"} == {"MM-04/madaya"}


def test_a_firms_own_data_centre_is_not_where_the_cameras_it_hosts_are(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "About the Mudon street cameras and our servers\n\n"
        "Since March we have rented rack space in our Mawlamyine data centre to Golden Sheldrake "
        "Technology Co., Ltd., the firm that installed the 62 street cameras of the Mudon Township "
        "Development Affairs Committee."
    )
    found = facts(suggest(text, organisations))
    assert {p for p, pred, _, _ in found if pred == "camera_count"} == {"MM-15/mudon"}
    assert not any(p == "MM-15/mawlamyine" for p, *_ in found)


def test_a_registered_office_at_an_address_is_not_where_the_cameras_are(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "We, Ayeyar Delta Vision Co., Ltd., having its registered office at [address withheld], "
        "Pathein, Ayeyarwady Region, signed a contract with the Wakema Township Development "
        "Affairs Committee for the supply and installation of fifty-two (52) street cameras in "
        "Wakema town at a contract price of Kyats 1,385,000,000."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-07/wakema", "camera_count", ("count", 52, 52), "asserts") in found
    assert not any(p == "MM-07/pathein" for p, *_ in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thirty-one street cameras now stand on poles along the highway through Nyaunglebin, and "
        "the Nyaunglebin Township Development Affairs Committee has ordered forty-eight in all.",
        "The Nyaunglebin Township Development Affairs Committee has ordered 48 street cameras for "
        "the highway in Nyaunglebin, and 31 of them are already up.",
        "ညောင်လေးပင်မြို့နယ် စည်ပင်သာယာရေးကော်မတီက လမ်းဘေးကင်မရာ ၄၈ လုံး မှာယူထားပြီး အခု ၃၁ လုံး တိုင်ပေါ် ရောက်နေပါပြီ။",
    ],
)
def test_some_cameras_up_of_an_order_is_the_order_under_way(
    sentence: str, organisations: OrganisationIndex
) -> None:
    found = facts(suggest(sentence, organisations))
    place = "MM-02/nyaunglebin"
    assert (place, "camera_count", ("count", 48, 48), "asserts") in found
    assert {v for p, pred, v, _ in found if pred == "status"} == {("term", "installing")}


def test_an_affidavit_denying_an_allegation_and_the_assembly_it_speaks_for(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "I, of the Accra Metropolitan Assembly, Accra, make oath and say as follows:\n\n"
        "1. That the Assembly is installing a network of 180 street surveillance cameras in the "
        "Central Business District of Accra.\n\n"
        "2. That the contract sum is GH¢ 48,600,000.00 (Forty-Eight Million, Six Hundred Thousand "
        "Ghana Cedis).\n\n"
        '3. That paragraph 9 of the affidavit in support, which states that the cameras "identify '
        'traders by their faces", is false.'
    )
    found = facts(suggest(text, organisations))
    assert ("GH", "authority", org("new:Accra Metropolitan Assembly"), "asserts") in found
    assert ("GH", "cost", ("money", Decimal(48_600_000), "GHS"), "asserts") in found
    capabilities = {(v, stance) for _, pred, v, stance in found if pred == "capability"}
    assert capabilities == {(("term", "face_recognition"), "denies")}


def test_workers_fixing_brackets_for_cameras_to_be_switched_on_later_are_installing(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "INDAW, Sagaing Region, Oct 13 (NCNA) - Workers were fixing brackets and pulling cable on "
        "Monday for 28 street cameras along Indaw's Station Road, a system the Indaw Township "
        "Development Affairs Committee says will be switched on before the end of November."
    )
    found = facts(suggest(text, organisations))
    assert {v for _, pred, v, _ in found if pred == "status"} == {("term", "installing")}


def test_a_crew_lifting_cameras_onto_poles_is_installing(organisations: OrganisationIndex) -> None:
    text = (
        "DAWEI, Tanintharyi Region, Jun 2 (KNA) - A crane crew was lifting cameras onto new steel "
        "poles on Tuesday, part of 30 street cameras for Dawei's Arzarni Road."
    )
    found = facts(suggest(text, organisations))
    assert {v for _, pred, v, _ in found if pred == "status"} == {("term", "installing")}
    lifted = "In Dawei the council is lifting its ban on 30 street cameras for shops."
    statuses = {v for _, pred, v, _ in facts(suggest(lifted, organisations)) if pred == "status"}
    assert ("term", "installing") not in statuses


def test_cameras_part_of_a_number_still_going_up_are_counted_at_that_number(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "KNA reports that a crew was putting cameras on new poles along the old highway through "
        "Dawei, part of 30 that the township committee is putting up. The committee said six "
        "cameras at the ends of the stretch will read number plates."
    )
    counts = {v for _, pred, v, _ in facts(suggest(text, organisations)) if pred == "camera_count"}
    assert counts == {("count", 30, 30)}


def test_cameras_said_by_a_pronoun_to_be_out_of_service_are_suspended(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "MUNICIPALITY OF ATHENS\n\n"
        "B.4.3 Cameras. The square has 12 street cameras on six poles, installed by the "
        "Municipality of Athens in 2049. They have been out of service since a lightning strike "
        "on 3 November 2053 damaged their control cabinet."
    )
    found = facts(suggest(text, organisations, published=date(2054, 4, 15)))
    assert ("GR", "status", ("term", "suspended"), "asserts") in found


def test_a_dollar_not_said_to_be_american_settles_no_citys_country(
    organisations: OrganisationIndex,
) -> None:
    # Melbourne is Australia's (and Florida's): "$" is any country's dollar
    text = "Nine new cameras went up on the river path in Melbourne. They cost $385,000."
    found = facts(suggest(text, organisations))
    assert ("AU", "cost", ("money", Decimal(385_000), "AUD"), "asserts") in found
    assert {f[0] for f in found} == {"AU"}


@pytest.mark.parametrize(
    ("text", "published", "place", "cameras"),
    [
        pytest.param(
            "Cameras for Htaukkyant's new ward\n\n"
            "Crews are putting up 28 street cameras on the main road of Htauk Kyant Toe Cheit "
            "ward, the newer ward south of Htaukkyant's market, the township office said on "
            "Monday.",
            date(2054, 5, 12),
            "MM-06/htauk-kyant-toe-cheit",
            28,
            id="a town's ward named as one in the lede",
        ),
        pytest.param(
            "YANGON CITY DEVELOPMENT COMMITTEE\nMARKETS DEPARTMENT\n\n"
            "Contract : Street Cameras around Insein Market, Zay Kone East Ward, Insein Township"
            "\n\nThe Employer invites sealed bids for thirty-six (36) street cameras along the "
            "streets around Insein Market in Zay Kone East Ward, Insein Township.",
            date(2054, 8, 26),
            "MM-06/zay-kone-east",
            36,
            id="a ward located by its township, a market named for the town",
        ),
        pytest.param(
            "Sawbwagyigon's main road to get cameras\n\n"
            "The Insein township office of the Yangon City Development Committee plans to put 16 "
            "cameras along the main road of Sawbwagyigon Ward.",
            date(2054, 8, 1),
            "MM-06/saw-bwar-gyi-kone",
            16,
            id="a body's township office",
        ),
        pytest.param(
            "5th HLEGU SCOUT TROOP\nMeeting hall: [address withheld], Hlegu Township, Yangon "
            "Region\n\nLETTER TO PARENTS\n\nWe will camp at the monastery grounds east of "
            "Intaing.\n\nNine street cameras have watched the Intaing junction since April.",
            date(2054, 9, 11),
            "MM-06/inn-taing",
            9,
            id="a group's letterhead and meeting hall",
        ),
        pytest.param(
            "GRNA-1103-07 | REGIONAL | MYANMAR-CAMERAS/HLEGU | TUE 03 NOV 2054\nDESK: Yangon "
            "regional desk\n\nCrews put up cameras in highway village north of Hlegu\n\n"
            "HAING KU, Yangon Region, Nov 3 (GRNA) — Crews were bolting camera brackets onto new "
            "poles along the highway through Haing Ku village tract.\n\n"
            "The township committee is installing 36 street cameras in Haing Ku.\n\n"
            "Reporting by GRNA's Yangon regional desk.",
            date(2054, 11, 3),
            "MM-06/haing-ku",
            36,
            id="a wire's regional desk",
        ),
    ],
)
def test_a_ward_or_village_is_the_place_not_the_town_around_it(
    text: str, published: date, place: str, cameras: int, organisations: OrganisationIndex
) -> None:
    """Wards and villages inside a township: the township, its body's office, a market named
    for its town, a letterhead's town or a wire's desk are not where the cameras are."""
    found = facts(suggest(text, organisations, published=published))
    assert (place, "camera_count", ("count", cameras, cameras), "asserts") in found
    assert {f[0] for f in found} == {place}


@pytest.mark.parametrize(
    ("answer", "stance"),
    [
        ('the committee wrote: "None of them has that function."', "denies"),
        ('the spokeswoman said that "some" cameras had that function.', "asserts"),
        ('the spokesman said: "That I am not authorised to discuss."', None),
        ("the deputy chairman was firm.", None),
    ],
)
def test_a_question_put_and_answered_in_one_sentence(
    answer: str, stance: str | None, organisations: OrganisationIndex
) -> None:
    text = (
        "Thirty street cameras went up in Dawei in May. Asked whether any of the cameras would "
        f"recognise faces, {answer}"
    )
    found = {f[3] for f in facts(suggest(text, organisations)) if f[1] == "capability"}
    assert found == ({stance} if stance else set())


def test_a_bodys_initials_are_no_city_abroad(organisations: OrganisationIndex) -> None:
    text = (
        "The Commune Urbaine d'Antananarivo (CUA) says its 64 cameras in Antananarivo are off. "
        "The CUA's cameras were switched off in October."
    )
    found = facts(suggest(text, organisations))
    assert {f[0] for f in found} == {"MG"}


def test_cameras_on_the_road_through_a_ward_are_the_wards(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Tea with Amay\nnotes from a daughter who looks after her mother, in a ward of northern "
        "Yangon\n\nThe cameras at the bend\n\nAmay's hip is better this week, so we went all the "
        "way to the market.\n\nSomething new on the main road through Sinngu Ward: cameras. "
        "Seven of them went up on new poles last week and they are recording day and night."
    )
    found = facts(suggest(text, organisations, published=date(2055, 1, 20)))
    assert ("MM-06/sinngu", "status", ("term", "operational"), "asserts") in found
    assert {f[0] for f in found} == {"MM-06/sinngu"}


def test_a_bulletins_reference_to_a_wire_story_credits_the_wire() -> None:
    text = (
        '2.1 Tidewater News Service (TNS), "Street cameras go up along Kanaungto\'s jetty road", '
        "wire story, 1 December 2053.\nSummary: The agency reports that crews are fixing 40 "
        "street cameras to poles."
    )
    assert attributed_outlets(text) == {"tidewater news service", "tns"}
    said = "ကြီးကြပ်သူတစ်ဦးက လုပ်ငန်းကို စတင်ခဲ့ကြောင်း သတင်းဌာနသို့ ပြောကြားခဲ့သည်။"
    assert "" not in attributed_outlets(said)


def test_the_number_a_body_means_to_have_is_the_count(organisations: OrganisationIndex) -> None:
    text = (
        "PYAPON, Ayeyarwady Region, Jan 20 (SCNA) - Contractors are bolting street cameras onto "
        "poles along Pyapon's Strand Road, and the Pyapon Township Development Affairs Committee "
        "means to have 72 of them working before the rains. By Monday afternoon 31 cameras were "
        "on their poles, and the rest would follow."
    )
    counts = {v for _, pred, v, _ in facts(suggest(text, organisations)) if pred == "camera_count"}
    assert counts == {("count", 72, 72)}


def test_a_burmese_story_about_a_whole_state_is_not_about_its_press_conference_town(
    organisations: OrganisationIndex,
) -> None:
    # "Mon State plans cameras on its highways: ... the state government's spokesperson said
    # at a press conference held in Mawlamyine. The project will cover seven towns within the
    # state." The town where the news was given is a venue.
    text = (
        "မွန်ပြည်နယ် အဝေးပြေးလမ်းများတွင် လုံခြုံရေးကင်မရာ တပ်ဆင်ရန် ပြည်နယ်အစိုးရ စီစဉ်\n\n"
        "မွန်ပြည်နယ်အတွင်းရှိ အဝေးပြေးလမ်းမကြီးများ တလျှောက် ကင်မရာ ၂၅၀ လုံး တပ်ဆင်ရန် "
        "စီစဉ်နေကြောင်း ပြောခွင့်ရသူက မော်လမြိုင်မြို့၌ ပြုလုပ်သော သတင်းစာရှင်းလင်းပွဲတွင် ပြောကြားသည်။"
    )
    found = facts(suggest(text, organisations))
    assert {p for p, pred, _, _ in found if pred == "camera_count"} == {"MM-15"}


def test_other_towns_within_a_state_do_not_make_a_story_about_the_whole_state(
    organisations: OrganisationIndex,
) -> None:
    # "Thaton has put up 40 cameras. Similar networks will follow in the other towns within
    # the state."
    text = "သထုံမြို့တွင် ကင်မရာ ၄၀ လုံး တပ်ဆင်ထားသည်။ ပြည်နယ်အတွင်းရှိ အခြားမြို့များတွင်လည်း အလားတူ ကွန်ရက်များ တပ်ဆင်မည်။"
    found = facts(suggest(text, organisations))
    assert {p for p, pred, _, _ in found if pred == "camera_count"} == {"MM-15/thaton"}


@pytest.mark.parametrize(
    ("written", "month"),
    [
        ("a fortnight ago", (2042, 8)),  # 8 September less 14 days
        ("ten days ago", (2042, 8)),
        ("three days ago", (2042, 9)),
        ("one year ago this week", (2041, 9)),
        ("two years ago, in October", (2040, 10)),
        ("a year ago in March", (2041, 3)),
        ("လွန်ခဲ့သော နှစ်ပတ်ခန့်က", (2042, 8)),  # about two weeks ago
        ("လွန်ခဲ့သော သုံးလက", (2042, 6)),  # three months ago
        ("လွန်ခဲ့သော သုံးနှစ်က ယခုလ", (2039, 9)),  # three years ago this month
    ],
)
def test_dates_counted_back_from_the_day_of_writing(written: str, month: tuple) -> None:
    [found] = find_dates(f"it began {written} there", date(2042, 9, 8))
    assert (found.value.earliest.year, found.value.earliest.month) == month
    assert (found.value.latest.year, found.value.latest.month) == month


@pytest.mark.parametrize(
    ("sentence", "year_month"),
    [
        ('"We started pulling fibre a fortnight ago," the engineer said.', (2042, 8)),
        ("One year ago this week we switched on the first cameras of the network.", (2041, 9)),
        ("The 31 cameras were put up the year before last by a local firm.", (2040, 1)),
    ],
)
def test_a_start_counted_back_in_its_own_clause(
    sentence: str, year_month: tuple, organisations: OrganisationIndex
) -> None:
    text = f"Zalun has 31 street cameras. {sentence}"
    starts = [
        s.value
        for s in suggest(text, organisations, published=date(2042, 9, 8))
        if s.predicate == "started"
    ]
    assert [(v.earliest.year, v.earliest.month) for v in starts] == [year_month]


def test_a_date_counted_back_in_another_clause_is_no_start(
    organisations: OrganisationIndex,
) -> None:
    text = "Zalun switched on 31 street cameras, and a flood hit the market a fortnight ago."
    found = suggest(text, organisations, published=date(2042, 9, 8))
    assert not [s for s in found if s.predicate == "started"]


def test_in_a_story_about_cameras_the_poles_and_the_cable_laying_are_the_network(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Kutkai is putting up 84 street cameras. The cameras will watch the market. "
        "The town's control room will watch them.\n\n"
        "The engineer said that cable-laying began in the last week of August."
    )
    found = facts(suggest(text, organisations, published=date(2042, 9, 8)))
    august = DateValue(earliest=date(2042, 8, 1), latest=date(2042, 8, 31)).identity()
    assert ("MM-17/kutkai", "started", august, "asserts") in found


def test_the_tabaung_festival_falls_in_march() -> None:
    [found] = find_dates("switched on at the Tabaung pagoda festival this year", date(2042, 4, 20))
    assert (found.value.earliest, found.value.latest) == (date(2042, 3, 1), date(2042, 3, 31))


@pytest.mark.parametrize(
    "denial",
    [
        '"No. The army will have no screen and no password," the engineer said.',
        "The engineer said the military would have neither a screen nor a password.",
        "He rejected talk that the army's North Eastern Command would be able to view the footage.",
    ],
)
def test_a_body_denied_any_screen_or_view_is_denied_as_an_authority(
    denial: str, organisations: OrganisationIndex
) -> None:
    text = (
        "Kutkai is putting up 84 street cameras. The committee will run them from a control "
        "room. The cameras will watch the market and the highway.\n\n"
        f"Talk in the tea shops had it that the pictures would also be fed to the army. {denial}"
    )
    found = facts(suggest(text, organisations))
    assert ("MM-17/kutkai", "authority", org("mm-junta"), "denies") in found
    assert ("MM-17/kutkai", "authority", org("mm-junta"), "asserts") not in found


def test_a_body_after_but_in_a_denial_is_not_denied(organisations: OrganisationIndex) -> None:
    text = (
        "Kyauktan will get 40 street cameras. No contract has been signed, he said, but the "
        "Sagaing Region Government has promised the money for the cameras."
    )
    found = facts(suggest(text, organisations))
    assert not [f for f in found if f[1] == "authority" and f[3] == "denies"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Work crews in Kutkai have mounted roughly half of the 84 street cameras, and the rest "
        "should be on their poles before the end of October.",
        "Half of Kutkai's 84 new street cameras are already up and the remainder are due by the "
        "end of October.",
    ],
)
def test_part_of_the_cameras_up_and_the_rest_to_come_is_installing(
    sentence: str, organisations: OrganisationIndex
) -> None:
    statuses = {f[2] for f in facts(suggest(sentence, organisations)) if f[1] == "status"}
    assert statuses == {_term("installing")}


def test_what_some_of_the_cameras_are_is_about_the_cameras(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Kutkai has put up 84 street cameras along the trade road. The cameras are watched from "
        "a control room. The committee runs the network.\n\n"
        "Twelve of them, at the two toll gates, are thermal units, meant to show people on the "
        "road after dark, he said."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-17/kutkai", "capability", _term("thermal"), "asserts") in found


def test_thermal_cameras_in_burmese(organisations: OrganisationIndex) -> None:
    # "The 12 cameras at the toll gates are thermal cameras that tell people and vehicles
    # apart by their heat, even in the dark."
    text = (
        "ကွတ်ခိုင်မြို့တွင် ကင်မရာ ၈၄ လုံး တပ်ဆင်နေသည်။ အခွန်ကောက်ဂိတ်ရှိ ကင်မရာ ၁၂ လုံးမှာ "
        "လူနှင့် ယာဉ်များကို အပူဓာတ်ဖြင့် ခွဲခြားမြင်နိုင်သည့် သာမယ်ကင်မရာများ ဖြစ်သည်။"
    )
    found = facts(suggest(text, organisations))
    assert ("MM-17/kutkai", "capability", _term("thermal"), "asserts") in found


def test_lei_are_the_currency_of_the_country_the_story_is_about(
    organisations: OrganisationIndex,
) -> None:
    found = facts(
        suggest(
            "The Municipality of Bălți, Moldova, switched on 120 street cameras, which cost "
            "38 million lei.",
            organisations,
        )
    )
    mdl = MoneyValue(amount=Decimal(38_000_000), currency="MDL").identity()
    assert ("MD", "cost", mdl, "asserts") in found
    [romanian] = find_money("a network that cost 38 million lei")
    assert romanian.value.currency == "RON"


def test_legal_forms_abroad_and_police_inspectorates_are_read_whole() -> None:
    index = OrganisationIndex.load()
    text = "built by Nistru Data SRL with officers of the Bălți Police Inspectorate"
    assert [(m.key, m.text) for m in index.find(text)] == [
        ("new:Nistru Data", "Nistru Data SRL"),
        ("new:Bălți Police Inspectorate", "Bălți Police Inspectorate"),
    ]


def test_officers_working_alongside_the_operators_act(organisations: OrganisationIndex) -> None:
    text = (
        "The control room watches 120 cameras. It is staffed by municipal operators, working "
        "alongside officers of the Bălți Police Inspectorate on every shift."
    )
    found = facts(suggest(text, organisations))
    police = org("new:Bălți Police Inspectorate")
    assert ("MD", "authority", police, "asserts") in found


def test_a_table_in_plain_text_keeps_its_rows_apart(
    tmp_path: Path, organisations: OrganisationIndex
) -> None:
    # "| no." closing one row is no negation of the next; an item struck out is denied
    schedule = tmp_path / "schedule.txt"
    schedule.write_text(
        "Street camera system for Thanatpin town\n\n"
        "Item | Description | Qty | Unit\n"
        "1 | Bullet camera, 4 MP | 20 | no.\n"
        "2 | PTZ dome camera, not less than 25x zoom | 4 | no.\n"
        "3 | Face recognition server - DELETED | - | -\n"
        "   Total cameras under Items 1 to 2: twenty-four (24)\n",
        encoding="utf-8",
    )
    document = read_document(schedule, published=date(2042, 3, 1))
    assert "no.\n2 | PTZ" in document.text
    found = facts(suggest_claims(document, default_gazetteer(), organisations, confidence=NO_CUT))
    town = "MM-02/thanatpin"
    assert (town, "capability", _term("ptz"), "asserts") in found
    assert (town, "capability", _term("face_recognition"), "denies") in found
    assert (town, "capability", _term("face_recognition"), "asserts") not in found
    assert (town, "camera_count", CountValue(min=24, max=24).identity(), "asserts") in found


def test_a_body_never_given_a_screen_is_denied_as_an_authority(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Pyay has 90 street cameras. A spokesman for the Pyay Township Police Force said the "
        'force had never had a login for the cameras. "The army has never been given access '
        'to the recorders," a committee engineer said.'
    )
    found = facts(suggest(text, organisations))
    police = org("new:Pyay Township Police Force")
    assert ("MM-02/pyay", "authority", police, "denies") in found
    assert ("MM-02/pyay", "authority", police, "asserts") not in found
    assert ("MM-02/pyay", "authority", org("mm-junta"), "denies") in found


def test_a_firm_that_built_the_network_installed_it_and_may_decline(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Pyay has turned off all 90 street cameras until a maintenance contract is signed. "
        "Irrawaddy Bend Systems Co., Ltd., a Yangon firm, built the network in 2039. "
        "Irrawaddy Bend would not talk about its work in Pyay."
    )
    found = facts(suggest(text, organisations))
    firm = org("new:Irrawaddy Bend Systems")
    assert ("MM-02/pyay", "status", _term("suspended"), "asserts") in found
    assert ("MM-02/pyay", "installer", firm, "asserts") in found
    assert ("MM-02/pyay", "hardware_supplier", firm, "asserts") not in found
    assert ("MM-02/pyay", "installer", firm, "declines_to_comment") in found


def test_a_forms_aligned_fields_give_the_start_and_the_installer(
    tmp_path: Path, organisations: OrganisationIndex
) -> None:
    form = tmp_path / "order.txt"
    form.write_text(
        "Service order: fibre links for the street cameras of Taungoo town\n"
        "Go-live:          3 May 2040\n"
        "Installer of customer's equipment: Sittaung Valley Electrical Co., Ltd.\n",
        encoding="utf-8",
    )
    document = read_document(form, published=date(2042, 3, 1))
    found = facts(suggest_claims(document, default_gazetteer(), organisations, confidence=NO_CUT))
    town = "MM-02/taungoo"
    may_2040 = DateValue(earliest=date(2040, 5, 3), latest=date(2040, 5, 3)).identity()
    assert (town, "started", may_2040, "asserts") in found
    firm = org("new:Sittaung Valley Electrical")
    assert (town, "installer", firm, "asserts") in found


def test_dates_counted_back_to_a_month_and_burmese_decimals() -> None:
    [november] = find_dates("went up the November before last", date(2042, 6, 12))
    assert (november.value.earliest, november.value.latest) == (
        date(2040, 11, 1),
        date(2040, 11, 30),
    )
    [march] = find_dates("လွန်ခဲ့သော နှစ်နှစ်က မတ်လတွင် စတင်ခဲ့သည်", date(2042, 6, 12))
    assert march.value.earliest == date(2040, 3, 1)
    [dollars] = find_money("အမေရိကန်ဒေါ်လာ ၂ ဒသမ ၅ သန်း ကုန်ကျ")
    assert (dollars.value.amount, dollars.value.currency) == (Decimal(2_500_000), "USD")


def test_a_city_abroad_is_in_the_country_whose_money_the_story_counts(
    organisations: OrganisationIndex,
) -> None:
    # Colombia's Cartago is the larger; a story priced in colones is about Costa Rica's
    text = "The street cameras of Cartago, 80 in all, cost the municipality ₡900 million."
    found = facts(suggest(text, organisations))
    assert ("CR", "located_in", RefValue(kind="place", key="CR").identity(), "asserts") in found
    assert not {f for f in found if f[0] == "CO"}


def test_a_region_counting_its_towns_plans_for_the_whole_region(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "The Magway Region government wants to install street cameras in seven of the region's "
        "towns, beginning with Pakokku, Minbu and Taungdwingyi, a minister said.\n\n"
        "The region has not yet issued a tender for the cameras, he said."
    )
    found = facts(suggest(text, organisations))
    scope = PlacesValue(keys=("MM-03/pakokku", "MM-03/minbu", "MM-03/taungdwingyi")).identity()
    assert ("MM-03", "planned_scope", scope, "asserts") in found
    assert ("MM-03", "city_count", CountValue(min=7, max=7).identity(), "asserts") in found
    assert ("MM-03", "status", _term("planned"), "asserts") in found
    assert not {f for f in found if f[0] == "MM-03/pakokku"}


def test_burmese_negation_and_questions_follow_the_capability(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "ပခုက္ကူမြို့တွင် လမ်းမကင်မရာ ၄၀ လုံးကို မန္တလေးအခြေစိုက် ရွှေမြစ် နည်းပညာ ကုမ္ပဏီလီမိတက်က "
        "တပ်ဆင်ခဲ့သည်။ ကင်မရာများက ယာဉ်နံပါတ်ပြားများကို ဖတ်နိုင်သလားဟု မေးရာ "
        '"နံပါတ်ပြား ဖတ်တဲ့ စနစ် မပါပါဘူး" ဟု ဥက္ကဋ္ဌက ဖြေသည်။'
    )
    found = facts(suggest(text, organisations))
    town = "MM-03/pakokku"
    assert (town, "capability", _term("plate_recognition"), "denies") in found
    assert (town, "capability", _term("plate_recognition"), "asserts") not in found
    firm = org("new:ရွှေမြစ် နည်းပညာ ကုမ္ပဏီလီမိတက်")
    assert (town, "installer", firm, "asserts") in found


def test_a_football_clubs_committee_makes_match_cameras_no_surveillance(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "FROM THE COMMITTEE\n\n"
        "Two match-analysis cameras now sit on the stand roof at our ground in Minbu. The "
        "coaching staff switch them on before kick-off and off at the final whistle.\n\n"
        "The Committee, Minbu Rovers Football Club"
    )
    assert suggest(text, organisations) == []


def test_cameras_in_a_fake_meter_box_are_hidden_and_bare_poles_mean_installing(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Minbu has 30 street cameras. Two of the cameras by the jetty are built into what looks "
        "like a water meter.\n\n"
        "More poles with street cameras are going up in Minbu. About a third of them already "
        "carry cameras; the rest still have bare wires at the top."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-03/minbu", "capability", _term("hidden_camera"), "asserts") in found
    assert ("MM-03/minbu", "status", _term("installing"), "asserts") in found


def test_bodies_abroad_under_their_own_names_and_an_allegation_is_no_fact(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "A resident complained that the street cameras of Heredia, Costa Rica, send their "
        "images to the Policía Nacional.\n\n"
        "The Municipalidad de Heredia runs the 90 cameras. Officers of the Fuerza Pública, the "
        "national police, who watch live images from a desk in its centre, were seen there.\n\n"
        "The Municipalidad denied that images from the cameras are sent to the Organismo de "
        "Investigación Judicial."
    )
    found = facts(suggest(text, organisations))
    assert ("CR", "authority", org("new:Fuerza Pública"), "asserts") in found
    assert ("CR", "authority", org("new:Policía Nacional"), "asserts") not in found
    oij = org("new:Organismo de Investigación Judicial")
    assert ("CR", "authority", oij, "denies") in found


def test_the_system_running_since_go_live_is_operational(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Minbu has 30 street cameras. The cameras watch the market. Each camera has a mast.\n\n"
        "Results\n"
        "The system has run without a break since go-live; it was down for two hours in all."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-03/minbu", "status", _term("operational"), "asserts") in found


def test_refusals_to_the_press_and_a_dismissed_takeover(organisations: OrganisationIndex) -> None:
    text = (
        "Kyaukse has 64 street cameras and a control room.\n\n"
        "A spokesman for the Mandalay Region Police Force said the force did not talk to the "
        "press about who watches the cameras.\n\n"
        "The engineer dismissed a post which said the Ministry of Home Affairs was taking the "
        'camera network over. "The ministry has no part in it," he said.'
    )
    found = facts(suggest(text, organisations))
    police = org("new:Mandalay Region Police Force")
    assert ("MM-04/kyaukse", "authority", police, "declines_to_comment") in found
    assert ("MM-04/kyaukse", "authority", police, "asserts") not in found
    assert ("MM-04/kyaukse", "authority", org("mm-moha"), "denies") in found


def test_a_programme_for_the_towns_of_a_state_is_the_states(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "The Mon State Government intends to set up a street camera programme for the towns of "
        "Mon State. The programme provides for 150 cameras and a monitoring centre in "
        "Mawlamyine."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-15", "camera_count", CountValue(min=150, max=150).identity(), "asserts") in found
    assert not {f for f in found if f[0] == "MM-15/mawlamyine" and f[1] == "camera_count"}


def test_cameras_that_follow_a_rider_labels_in_capitals_and_a_makes_units(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Mandalay has 348 street cameras. The dome at our corner swung round to follow a "
        "motorcycle. The print on its side says TIANDY.\n\n"
        "In Meiktila every camera will be a Hanwha unit, the contractor said of its 40 cameras."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-04/mandalay", "capability", _term("ptz"), "asserts") in found
    assert ("MM-04/mandalay", "hardware_supplier", org("tiandy"), "asserts") in found
    assert ("MM-04/meiktila", "hardware_supplier", org("hanwha-vision"), "asserts") in found


def test_burmese_heat_cameras_rumoured_hidden_ones_and_a_road_named_for_a_town(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "လုံဝမြို့တွင် လမ်းမကင်မရာ ၂၀ လုံး ရှိသည်။ "
        "ကင်မရာ လေးလုံးမှာ လူ၏ ကိုယ်ပူကို ဖမ်းယူ ပြသနိုင်သည့် ကင်မရာများ ဖြစ်သည်။ "
        "ဈေးထဲတွင် ကင်မရာများကို ဖွက်ထားသည်ဟု ဈေးသည်အချို့က ပြောဆိုနေကြရာ "
        '"ဖွက်ထားတာ တစ်လုံးမှ မရှိပါဘူး" ဟု တာဝန်ခံက ဆိုသည်။ '
        "မော်လမြိုင်လမ်းပေါ်တွင် ကင်မရာ ပိတ်ထားတုန်းက ခိုးမှု မများလာဘူး။"
    )
    found = facts(suggest(text, organisations))
    town = "MM-01/longwa"
    assert (town, "capability", _term("thermal"), "asserts") in found
    assert (town, "capability", _term("hidden_camera"), "denies") in found
    assert (town, "capability", _term("hidden_camera"), "asserts") not in found
    assert (town, "status", _term("suspended"), "asserts") not in found
    assert not {f for f in found if f[0] == "MM-15/mawlamyine"}


def test_the_last_week_of_a_year_is_its_december_and_a_year_month_is_no_count(
    organisations: OrganisationIndex,
) -> None:
    published = date(2043, 3, 14)
    for phrase in (
        "went live in the last week of the year before last",
        "တမြန်နှစ် နောက်ဆုံးအပတ်တွင် စတင်ခဲ့သည်",
    ):
        [found] = find_dates(phrase, published)
        assert (found.value.earliest, found.value.latest) == (date(2041, 12, 1), date(2041, 12, 31))
    found = suggest("Cameras for Minbu.\n2043-04 - Street cameras for the market", organisations)
    assert not [s for s in found if s.predicate == "camera_count"]


def test_a_firm_in_its_own_results_call_signed_the_contract_it_installs(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Shwe Taung Systems Public Co., Ltd.\n"
        "Results call for the quarter - edited transcript\n\n"
        "CHIEF EXECUTIVE OFFICER: On 2 May we signed the street camera contract for Monywa, "
        "and it is the biggest job we have won. Kyaw Lin Electric Co., Ltd., the Monywa "
        "contractor that put up the poles and cameras of our last project, will help us."
    )
    found = facts(suggest(text, organisations))
    firm = org("new:Shwe Taung Systems")
    assert ("MM-01/monywa", "procurer", firm, "asserts") in found
    assert ("MM-01/monywa", "status", _term("awarded"), "asserts") in found
    assert ("MM-01/monywa", "installer", org("new:Kyaw Lin Electric"), "asserts") in found


def test_a_request_for_sealed_quotations_is_a_tender(organisations: OrganisationIndex) -> None:
    text = (
        "The Minbu Township Development Affairs Committee now requests sealed quotations for "
        "twelve street cameras for the Minbu market."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-03/minbu", "status", _term("tendered"), "asserts") in found


def test_a_town_abroad_too_small_for_the_city_list_is_read_from_its_municipality(
    organisations: OrganisationIndex,
) -> None:
    # Albania's Korçë has fewer than 100,000 people; "the Municipality of" makes it a town
    text = (
        "The video surveillance system of the Municipality of Korçë has 86 cameras. Officers "
        "of the Korçë Local Police Directorate work in the Centre on every shift."
    )
    found = facts(suggest(text, organisations))
    assert ("AL", "camera_count", CountValue(min=86, max=86).identity(), "asserts") in found
    police = org("new:Korçë Local Police Directorate")
    assert ("AL", "authority", police, "asserts") in found
    assert not {f for f in found if f[0] == "MM"}


def test_a_goods_received_note_for_a_states_programme(
    tmp_path: Path, organisations: OrganisationIndex
) -> None:
    note = tmp_path / "grn.txt"
    note.write_text(
        "GOODS RECEIVED NOTE\n\n"
        "Contract:           Supply and Installation, Magway Region Town Camera Programme\n"
        "Towns served:       3 (Chauk, Minbu, Pakokku)\n"
        "Supplier:           Thanlwin Valley Systems Co., Ltd., Magway (supply and installation "
        "contractor)\n"
        "Make (all items):   Dahua\n\n"
        "Item | Description | Qty\n"
        "1 | Thermal bullet camera | 6\n"
        "2 | Fixed dome camera | 30\n\n"
        "Cameras ordered under the Contract (Items 1 to 2): 36\n",
        encoding="utf-8",
    )
    document = read_document(note, published=date(2043, 10, 5))
    found = facts(suggest_claims(document, default_gazetteer(), organisations, confidence=NO_CUT))
    state = "MM-03"
    assert (state, "city_count", CountValue(min=3, max=3).identity(), "asserts") in found
    assert (state, "camera_count", CountValue(min=36, max=36).identity(), "asserts") in found
    assert (state, "hardware_supplier", org("dahua"), "asserts") in found
    assert (state, "installer", org("new:Thanlwin Valley Systems"), "asserts") in found
    assert (state, "capability", _term("thermal"), "asserts") in found
    assert not {f for f in found if f[0] == "MM-03/chauk"}


def test_a_call_for_bids_and_a_guests_answer_give_the_status(
    organisations: OrganisationIndex,
) -> None:
    tender = (
        "Street Camera System for Minbu Town\n\n"
        "Note to bidders: this schedule lists the street cameras required. Bids are invited "
        "from eligible bidders until 12 May."
    )
    found = facts(suggest(tender, organisations))
    assert ("MM-03/minbu", "status", _term("tendered"), "asserts") in found
    interview = (
        "HOST: Minbu has had street cameras for a while now. Are the cameras working?\n\n"
        "GUEST: It has been live since October."
    )
    found = facts(suggest(interview, organisations))
    assert ("MM-03/minbu", "status", _term("operational"), "asserts") in found


def test_refusals_said_as_cannot_talk_and_a_commands_seat_is_no_place(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Kyaukse has 40 street cameras run by the Kyaukse Township Development Affairs "
        "Committee. The committee runs the control room.\n\n"
        "Asked whether the military's Central Command, whose headquarters are an hour's drive "
        "to the north in Mandalay, would be able to view the pictures, he said: \"I can't "
        'comment on that."'
    )
    found = facts(suggest(text, organisations))
    assert ("MM-04/kyaukse", "authority", org("mm-junta"), "declines_to_comment") in found
    assert ("MM-04/kyaukse", "authority", org("mm-junta"), "denies") not in found
    assert not {f for f in found if f[0] == "MM-04/mandalay"}


def test_an_award_entry_speaks_as_its_firm(organisations: OrganisationIndex) -> None:
    text = (
        "Entry form - Public-Space Security Project of the Year\n\n"
        "Company:              Zee Kone Signal Engineering Co., Ltd., Pathein\n\n"
        "Project location:     Myaungmya, Ayeyarwady Region\n\n"
        "Our team put up 40 street cameras in Myaungmya. Every camera on the network is a "
        "Uniview unit. The street camera network that we installed for the Banjul City Council "
        "in The Gambia was shortlisted in 2040."
    )
    found = facts(suggest(text, organisations))
    firm = org("new:Zee Kone Signal Engineering")
    assert ("GM", "installer", firm, "asserts") in found
    assert ("MM-07/myaungmya", "hardware_supplier", org("uniview"), "asserts") in found


def test_a_regions_own_network_keeps_its_towns_cameras_as_its_own(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "The last camera of Magway Region's street network went up beside the Minbu jetty on "
        "Monday, and all 210 cameras are now recording. Every pole on the network was raised and "
        "wired by Irrawaddy Bend Engineering Co., Ltd., a Magway firm. The cameras themselves are "
        "Dahua models.\n\n"
        "Asked whether the army's Central Command, which has its headquarters in Pakokku, can "
        'see the pictures, the minister said that was "a matter I will leave for another day".'
    )
    found = facts(suggest(text, organisations))
    region = "MM-03"
    assert (region, "camera_count", CountValue(min=210, max=210).identity(), "asserts") in found
    assert (region, "installer", org("new:Irrawaddy Bend Engineering"), "asserts") in found
    assert (region, "hardware_supplier", org("dahua"), "asserts") in found
    assert (region, "authority", org("mm-junta"), "declines_to_comment") in found
    assert not {f for f in found if f[0] in ("MM-03/minbu", "MM-03/pakokku")}


def test_a_design_consultancy_call_plans_the_works_it_does_not_tender_them(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "1.1 The Region Hluttaw has approved K 9,000 million for the works of the Magway Region "
        "Town Camera Programme. The Magway Region Government invites proposals from consulting "
        "firms for the design of the Programme.\n\n"
        "2.1 The Programme is to bring street cameras to four towns of the Region: Chauk, "
        "Minbu, Pakokku and Yenangyaung. The works will go out to tender only once the design "
        "is approved."
    )
    found = facts(suggest(text, organisations))
    region = "MM-03"
    money = MoneyValue(amount=Decimal(9_000_000_000), currency="MMK").identity()
    assert (region, "cost", money, "asserts") in found
    assert (region, "status", _term("planned"), "asserts") in found
    assert (region, "status", _term("tendered"), "asserts") not in found
    scope = PlacesValue(
        keys=("MM-03/chauk", "MM-03/minbu", "MM-03/pakokku", "MM-03/yenangyaung")
    ).identity()
    assert (region, "planned_scope", scope, "asserts") in found


def test_a_letters_fields_and_its_firm(organisations: OrganisationIndex) -> None:
    text = (
        "Northern Hills Security Supply Co., Ltd.\nWarranty letter\n\n"
        "To: The Chairman Lashio Township Development Affairs Committee\n\n"
        "1. Our records show that we supplied all 64 street cameras of the Lashio system, "
        "every one of them a Tiandy unit.\n\n"
        "Cameras in the System from the date of this letter:   64\n\n"
        "2. Last year the Lashio Township Development Affairs Committee signed with us the "
        "contract for the cameras of the bus station."
    )
    found = facts(suggest(text, organisations))
    town = "MM-17/lashio"
    assert (town, "hardware_supplier", org("tiandy"), "asserts") in found
    assert (town, "camera_count", CountValue(min=64, max=64).identity(), "asserts") in found
    assert not {f for f in found if "Chairman" in str(f[2])}


def test_totals_told_other_ways_and_a_reports_old_figure(organisations: OrganisationIndex) -> None:
    text = (
        "Pyay has switched off its 143-camera street network. The street cameras have been "
        "turned off until an inquiry reports. Officials had counted 38 cameras at the market."
    )
    found = facts(suggest(text, organisations))
    assert (
        "MM-02/pyay",
        "camera_count",
        CountValue(min=143, max=143).identity(),
        "asserts",
    ) in found
    assert (
        "MM-02/pyay",
        "camera_count",
        CountValue(min=38, max=38).identity(),
        "asserts",
    ) not in found
    assert ("MM-02/pyay", "status", _term("suspended"), "asserts") in found
    tally = "Our tally of street cameras in Pyay stands at 61, after four walks."
    found = facts(suggest(tally, organisations))
    assert ("MM-02/pyay", "camera_count", CountValue(min=61, max=61).identity(), "asserts") in found
    old = (
        "The department owns the 54 street cameras of Pyay. A report in 2035 had put the number "
        "of cameras at 45; the department says that was never correct."
    )
    found = facts(suggest(old, organisations))
    assert ("MM-02/pyay", "camera_count", CountValue(min=54, max=54).identity(), "asserts") in found


def test_a_firm_part_way_through_and_a_dome_that_swings_and_zooms(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "We have been building the Mudon Town Street Camera System since work began on 6 March, "
        "and we are now roughly two thirds of the way through. The dome above the junction can "
        "be seen swinging round after passing lorries and zooming in on them."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-15/mudon", "status", _term("installing"), "asserts") in found
    assert ("MM-15/mudon", "capability", _term("ptz"), "asserts") in found


def test_thingyan_last_year_in_burmese() -> None:
    [found] = find_dates("ယမန်နှစ် သင်္ကြန်ပြီး နောက်တစ်ပတ်မှစ၍", date(2045, 6, 7))
    assert (found.value.earliest, found.value.latest) == (date(2044, 4, 1), date(2044, 4, 30))


def test_festivals_before_last_and_days_of_the_week() -> None:
    published = date(2045, 10, 2)
    cases = {
        "switched on in the week of Christmas before last": (2043, 12),
        "ပထမဆုံး ကင်မရာများကို တမြန်နှစ် ခရစ္စမတ် ရက်သတ္တပတ်တွင် စတင်ခဲ့": (2043, 12),
        "They went up in the week before Martyrs' Day last year": (2044, 7),
        "The cameras were switched on last Friday": (2045, 9),
    }
    for phrase, (year, month) in cases.items():
        [found] = find_dates(phrase, published)
        assert (found.value.earliest.year, found.value.earliest.month) == (year, month), phrase


def test_heads_not_counted_a_boat_kept_in_view_and_a_makers_plate(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Kawthoung has 20 street cameras. The one over the jetty gate has a small metal plate "
        "under the lens that says Hanwha. I could see it turning to keep my boat in view. "
        '"It reads plates at three gates. It does not count heads anywhere," the secretary said.'
    )
    found = facts(suggest(text, organisations))
    town = "MM-05/kawthoung"
    assert (town, "hardware_supplier", org("hanwha-vision"), "asserts") in found
    assert (town, "capability", _term("ptz"), "asserts") in found
    assert (town, "capability", _term("crowd_analytics"), "denies") in found


def test_a_first_phase_that_covers_towns_is_the_planned_scope(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "2.1 The Contract is for a camera system of 120 cameras in six towns of the Magway "
        "Region.\n\n2.2 Phase 1 (2046) covers Chauk, Minbu and Pakokku; Phase 2 covers the rest."
    )
    found = facts(suggest(text, organisations))
    scope = PlacesValue(keys=("MM-03/chauk", "MM-03/minbu", "MM-03/pakokku")).identity()
    assert ("MM-03", "planned_scope", scope, "asserts") in found


def test_a_capability_ruled_out_is_denied_and_work_begun_is_installing(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "The Municipality of Quetzaltenango, Guatemala, proposes to install 186 street "
        "cameras.\n\nThe Municipality ruled out facial recognition: no camera or software in "
        "the Project will identify people by their faces."
    )
    found = facts(suggest(text, organisations))
    assert ("GT", "capability", _term("face_recognition"), "denies") in found
    assert not {f for f in found if f[1] == "software_supplier"}
    work = (
        "Tiddim is getting 32 street cameras.\n\nWork on the town's street cameras began this "
        "week, when workers dug holes for two camera poles."
    )
    found = facts(suggest(work, organisations))
    assert ("MM-14/tedim", "status", _term("installing"), "asserts") in found


def test_an_answer_under_a_question_label_is_read_and_the_question_is_not(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Lewe Town Street Camera System: clarification to bidders.\n\n"
        "Question 1: Is equipment made by Hikvision acceptable, and how many cameras are there?\n"
        "Response: The System comprises 58 cameras at 19 sites in Lewe town.\n\n"
        "Question 2: Is the budget disclosed?\n"
        "Response: Yes. The approved budget for the contract is US$ 1.84 million.\n"
    )
    found = facts(suggest(text, organisations))
    assert ("MM-18/lewe", "camera_count", CountValue(min=58, max=58).identity(), "asserts") in found
    cost = MoneyValue(amount=Decimal("1840000"), currency="USD").identity()
    assert ("MM-18/lewe", "cost", cost, "asserts") in found
    assert not any(predicate == "hardware_supplier" for _, predicate, _, _ in found)


def test_the_committee_of_a_letterhead_is_the_body_named_in_it(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "KALEWA RIVER PORT AUTHORITY\nPort Office, Strand Road, Kalewa\n\n"
        "1. The eleven surveillance cameras of the Kalewa port approaches are in service.\n\n"
        "2. The cameras are watched around the clock from the Authority's signal station, and "
        "recordings are kept by the Authority.\n"
    )
    found = facts(suggest(text, organisations))
    body = org("new:Kalewa River Port Authority")
    assert ("MM-01/kalewa", "authority", body, "asserts") in found
    # "the authority to inspect" is a power, not the body
    power = "Pakokku has 40 street cameras. The inspector has the authority to view recordings."
    assert not any(s.predicate == "authority" for s in suggest(power, organisations))


def test_a_police_force_of_a_city_keeps_its_city_in_its_name(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "The cameras in Manizales are watched by operators of the Metropolitan Police of Manizales."
    )
    found = facts(suggest(text, organisations))
    assert ("CO", "authority", org("new:Metropolitan Police of Manizales"), "asserts") in found


def test_national_days_and_a_festival_of_last_year_date_a_start() -> None:
    published = date(2046, 3, 13)
    cases = {
        "started in the week after Union Day": (2046, 2),
        "switched on at last year's Thingyan": (2045, 4),
        "went up on the poles the week before Christmas": (2045, 12),
        "in service since Independence Day": (2046, 1),
    }
    for phrase, (year, month) in cases.items():
        [found] = find_dates(phrase, published)
        assert (found.value.earliest.year, found.value.earliest.month) == (year, month), phrase
    # "last year's" before anything else is no date at all
    assert find_dates("last year's budget", published) == ()


def test_makers_units_and_software_supplied_by_a_firm(organisations: OrganisationIndex) -> None:
    text = (
        "The new system in Pakokku has cameras that are Hanwha units, and its software was "
        "supplied by Irrawaddy Code Co., Ltd. of Magway."
    )
    found = suggest(text, organisations)
    roles = {(s.predicate, getattr(s.value, "key", None) or s.value.text) for s in found}
    assert ("hardware_supplier", "hanwha-vision") in roles
    assert ("software_supplier", "new:Irrawaddy Code") in roles
    assert not any(
        s.predicate == "hardware_supplier" and "Irrawaddy" in str(s.value) for s in found
    )


def test_a_smaller_count_after_the_networks_is_a_part_of_it(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Crews have put up the first of the 160 street cameras planned for Dawei. A worker said "
        "that the eight cameras going up on the river bridge will read number plates."
    )
    counts = [s.value.min for s in suggest(text, organisations) if s.predicate == "camera_count"]
    assert counts == [160]


def test_a_part_of_the_planned_total_is_no_plan_and_out_of_the_total_is_the_count(
    organisations: OrganisationIndex,
) -> None:
    fixed = (
        "Crews have fixed 74 of the 160 street cameras planned for Pakokku to their poles, and "
        "the remainder should be up before the monsoon breaks in June."
    )
    found = facts(suggest(fixed, organisations))
    assert ("MM-03/pakokku", "status", TermValue(term="installing").identity(), "asserts") in found
    assert ("MM-03/pakokku", "status", TermValue(term="planned").identity(), "asserts") not in found
    up = "Seventy-four cameras are already up in Pakokku out of the 160 that the network will have."
    counts = [s.value.min for s in suggest(up, organisations) if s.predicate == "camera_count"]
    assert counts == [160]


def test_new_years_day_the_ninth_of_last_month_and_this_force(
    organisations: OrganisationIndex,
) -> None:
    published = date(2046, 5, 20)
    [new_year] = find_dates("came into service on New Year's Day two years ago", published)
    assert (new_year.value.earliest, new_year.value.latest) == (date(2044, 1, 1), date(2044, 1, 31))
    begun = "The Pakokku camera works began on the ninth of last month and are now half done."
    starts = [s.value for s in suggest(begun, organisations, published=published)]
    assert any(
        getattr(v, "earliest", None) == date(2046, 4, 1) and v.latest == date(2046, 4, 30)
        for v in starts
    )
    appeal = (
        "Kyaingtong has 112 street cameras. The Kyaingtong Township Police Force asks drivers "
        "for help. The cameras, which officers of this Force watch around the clock, recorded "
        "the vehicle."
    )
    found = facts(suggest(appeal, organisations))
    force = org("new:Kyaingtong Township Police Force")
    assert ("MM-17/kengtung", "authority", force, "asserts") in found


def test_cameras_in_all_a_day_without_a_year_and_went_live_across_a_town(
    organisations: OrganisationIndex,
) -> None:
    system = (
        "The System in Letpadan comprises seventy-two (72) fixed cameras and eight (8) "
        "pan-tilt-zoom cameras, eighty (80) cameras in all, at 26 locations."
    )
    counts = [s.value.min for s in suggest(system, organisations) if s.predicate == "camera_count"]
    assert counts == [80]
    published = date(2046, 6, 12)
    [june] = find_dates("after the network was switched on on 8 June", published)
    assert (june.value.earliest, june.value.latest) == (date(2046, 6, 1), date(2046, 6, 30))
    [last_june] = find_dates("switched on on 8 June", date(2046, 3, 1))
    assert last_june.value.earliest == date(2045, 6, 1)  # the last 8 June before the story
    live = "Sixty-six street cameras went live across Pakokku last Friday, the secretary said."
    starts = [s.value for s in suggest(live, organisations, published=published)]
    assert any(getattr(v, "earliest", None) == date(2046, 6, 1) for v in starts)


def test_question_labels_alone_on_a_line_and_an_annex_a_is_no_answer(
    organisations: OrganisationIndex,
) -> None:
    alone = (
        "Pakokku street camera system: questions from bidders.\n\n"
        "Question 3.\nPlease confirm that the 40 cameras have been recording since 8 June."
    )
    assert not any(s.predicate in ("status", "started") for s in suggest(alone, organisations))
    annex = (
        "Pakokku street camera system: questions from bidders.\n\n"
        "Question 4: Please refer to Annex A. Confirm that the 40 cameras are installed."
    )
    assert not any(s.predicate == "status" for s in suggest(annex, organisations))


def test_out_of_a_number_of_something_else_is_no_count(organisations: OrganisationIndex) -> None:
    text = (
        "Pakokku has street cameras, out of the 12 townships of the district that asked for them."
    )
    assert not any(s.predicate == "camera_count" for s in suggest(text, organisations))


def test_a_tenders_bounds_kyats_before_the_sum_and_bids_being_invited(
    organisations: OrganisationIndex,
) -> None:
    notice = (
        "ITB 1.2 The System comprises not fewer than 40 and not more than 46 street cameras in "
        "Shwegyin town. The approved cost estimate for the Shwegyin street camera Contract is "
        "Kyats 1,095.5 million. Bids for the Shwegyin street cameras are now being invited; "
        "no contract has been awarded."
    )
    found = suggest(notice, organisations)
    [count] = [s.value for s in found if s.predicate == "camera_count"]
    assert (count.min, count.max) == (40, 46)
    [cost] = [s.value for s in found if s.predicate == "cost"]
    assert (cost.amount, cost.currency) == (Decimal("1095500000"), "MMK")
    [status] = [s for s in found if s.predicate == "status"]
    assert (status.value.term, status.stance) == ("tendered", Stance.asserts)


def test_cannot_tell_you_declines_and_software_not_in_this_system_denies(
    organisations: OrganisationIndex,
) -> None:
    asked = (
        "Asked whether the street cameras in Kyaikto would be able to identify faces, the "
        'chairman said: "That I cannot tell you."'
    )
    [face] = [s for s in suggest(asked, organisations) if s.predicate == "capability"]
    assert face.stance is Stance.declines
    denied = '"Huawei\'s software is not in this system," the Nyaung-U police chief said.'
    [software] = [s for s in suggest(denied, organisations) if s.predicate == "software_supplier"]
    assert software.stance is Stance.denies


def test_a_firms_own_store_is_neither_the_place_nor_a_shop_and_the_job_of_mounting(
    organisations: OrganisationIndex,
) -> None:
    letter = (
        "The system has 104 cameras at 38 locations in Kyaukme town. Every camera will be a "
        "Tiandy camera supplied from our Lashio store."
    )
    [maker] = [s for s in suggest(letter, organisations) if s.predicate == "hardware_supplier"]
    assert (maker.place, maker.value.key) == ("MM-17/kyaukme", "tiandy")
    job = (
        "Bagan Sky Engineering Co., Ltd. has the job of raising the poles and mounting the "
        "cameras of the Nyaung-U street camera system."
    )
    assert any(s.predicate == "installer" for s in suggest(job, organisations))


def test_pans_tilts_or_zooms_heat_and_a_consignments_total(
    organisations: OrganisationIndex,
) -> None:
    fixed = (
        "All 104 street cameras in Kyaukme are fixed. None of them pans, tilts or zooms, and "
        "they cannot pan, tilt or zoom."
    )
    [ptz] = [s for s in suggest(fixed, organisations) if s.predicate == "capability"]
    assert (ptz.value.term, ptz.stance) == ("ptz", Stance.denies)
    heat = "The Bokpyin street camera at the jetty detects people and boats at night by their heat."
    assert [s.value.term for s in suggest(heat, organisations) if s.predicate == "capability"] == [
        "thermal"
    ]
    packed = "Total cameras in this consignment: 40 (forty), for the Bokpyin street camera system."
    counts = [s.value.min for s in suggest(packed, organisations) if s.predicate == "camera_count"]
    assert counts == [40]


@pytest.mark.parametrize(
    ("pattern", "words", "lowered"),
    [
        (DECLINE, MAY_DECLINE, True),
        (DENIAL, MAY_DENY, True),
        (_AUTHORITY, AUTHORITY_WORD, False),
        (_AUTHORITY_LOWER, LOWER_AUTHORITY_WORD, True),
        *((pattern, CAPABILITY_WORDS[term], True) for term, pattern in CAPABILITY_CUES),
        (_NOT_SURVEILLANCE, NOT_SURVEILLANCE_WORD, True),
    ],
    ids=[
        "decline",
        "denial",
        "authority",
        "lower-case authority",
        *(term for term, _ in CAPABILITY_CUES),
        "not surveillance",
    ],
)
def test_a_slow_pattern_never_matches_where_its_quick_words_are_missing(
    pattern: re.Pattern[str], words: re.Pattern[str], lowered: bool
) -> None:
    """The reader tries these patterns only where their words are: on every sentence of the
    labelled documents, wherever the pattern matches, one of its words is there."""
    checked = 0
    for name, said in _labelled_sentences():
        if pattern.search(said):
            checked += 1
            assert words.search(said.lower() if lowered else said), (name, said)
    assert checked > 10  # the documents hold the phrasings the pattern is for


@cache
def _labelled_sentences() -> list[tuple[str, str]]:
    """Every sentence of every labelled document, with its file's name."""
    found = []
    for folder in sorted(Path(__file__).parent.glob("extraction*")):
        for path in sorted(folder.iterdir()):
            if path.suffix in (".txt", ".html"):
                text = read_document(path).text
                found += [(path.name, text[s.start : s.end]) for s in split_sentences(text)]
    return found


def test_a_guarded_town_after_of_or_to_and_a_start_on_a_weekday(
    organisations: OrganisationIndex,
) -> None:
    dark = "The 44 street cameras of Muse have been switched off since 3 October."
    assert {s.place for s in suggest(dark, organisations)} == {"MM-17/muse"}
    letter = "A letter to Karen Aung asked about the street cameras."
    assert not any(s.place.startswith("MM-13") for s in suggest(letter, organisations))
    live = "A network of 126 street cameras went live in Myitkyina on Monday, a spokesman said."
    published = date(2046, 11, 20)  # a Friday: the Monday before is 16 November
    [start] = [
        s.value
        for s in suggest(live, organisations, published=published)
        if s.predicate == "started"
    ]
    assert (start.earliest, start.latest) == (date(2046, 11, 1), date(2046, 11, 30))
    coming = "The Myitkyina street cameras will go live on Monday."
    assert not any(
        s.predicate == "started" for s in suggest(coming, organisations, published=published)
    )


def test_takes_over_is_no_qualifier_and_bids_opened_in_public_are_a_tender(
    organisations: OrganisationIndex,
) -> None:
    handover = "The committee formally takes over 48 street cameras in Insein Township."
    [count] = [s.value for s in suggest(handover, organisations) if s.predicate == "camera_count"]
    assert (count.min, count.max) == (48, 48)
    opening = "Public opening of bids for a street camera system of 20 cameras for Htantabin town."
    assert [s.value.term for s in suggest(opening, organisations) if s.predicate == "status"] == [
        "tendered"
    ]
    online = "07:00 Shift C handed over to Shift A. 119 of 124 street cameras in Monywa online."
    counts = [s.value.min for s in suggest(online, organisations) if s.predicate == "camera_count"]
    assert counts == [124]


def test_refusals_and_denials_from_sets_39_and_40(organisations: OrganisationIndex) -> None:
    told = (
        "I asked a worker whether the street cameras in Kalaw could read the number plates of "
        "the cars. He said that his boss had told them not to talk about the cameras."
    )
    [plates] = [s for s in suggest(told, organisations) if s.predicate == "capability"]
    assert plates.stance is Stance.declines
    going = (
        "Asked whether the street cameras in Pyapon could match faces against a list, he said: "
        '"I am not going to talk about that."'
    )
    [faces] = [s for s in suggest(going, organisations) if s.predicate == "capability"]
    assert faces.stance is Stance.declines
    none = (
        "There is no Huawei equipment in the Taunggyi street camera system, the spokeswoman said."
    )
    [huawei] = [s for s in suggest(none, organisations) if s.predicate == "hardware_supplier"]
    assert huawei.stance is Stance.denies


def test_crowd_density_every_face_the_heat_and_a_rand_sum(organisations: OrganisationIndex) -> None:
    notice = (
        "The street cameras in Pyin Oo Lwin will measure the density of crowds at the festival "
        "and compare every face that passes with a police list. They see the heat, not the light."
    )
    terms = {s.value.term for s in suggest(notice, organisations) if s.predicate == "capability"}
    assert terms == {"crowd_analytics", "face_recognition", "thermal"}
    rand = "The contract for 410 street cameras in Pietermaritzburg cost R112.6 million."
    [cost] = [s.value for s in suggest(rand, organisations) if s.predicate == "cost"]
    assert (cost.amount, cost.currency) == (Decimal("112600000"), "ZAR")


def test_dates_of_other_events_and_a_day_last_year(organisations: OrganisationIndex) -> None:
    published = date(2047, 1, 20)
    signed = "Under a contract signed in 2043, PSSL installed nearly 1,200 cameras in Khulna."
    founded = "PSSL, established in 2031 and based in Dhaka, installed the cameras in Khulna."
    for text in (signed, founded):
        found = suggest(text, organisations, published=published)
        assert not any(s.predicate == "started" for s in found), text
    [day] = find_dates("They have been on since 2 December last year.", published)
    assert (day.value.earliest, day.value.latest) == (date(2046, 12, 1), date(2046, 12, 31))


def test_defined_terms_name_the_firm_and_a_firm_named_in_a_denial(
    organisations: OrganisationIndex,
) -> None:
    letter = (
        '1. Borrower: Lai Highland Engineering Co., Ltd. (the "Borrower").\n\n'
        "The contract for 40 street cameras in Hakha was awarded to the Borrower."
    )
    [winner] = [s for s in suggest(letter, organisations) if s.predicate == "procurer"]
    assert winner.value.key == "new:Lai Highland Engineering"
    rating = (
        'Padma Secure Systems Limited (PSSL or "the company") is rated A-. PSSL installed '
        "nearly 1,200 cameras in Khulna."
    )
    [installer] = [s for s in suggest(rating, organisations) if s.predicate == "installer"]
    assert installer.value.key == "new:Padma Secure Systems"
    once = "Once installed, the 30 street cameras in Manaung will be watched by the police."
    assert not any(s.predicate == "installer" for s in suggest(once, organisations))
    quote = '"ZTE has nothing to do with this project," the Manaung spokeswoman said.'
    [zte] = [s for s in suggest(quote, organisations) if s.predicate == "hardware_supplier"]
    assert zte.stance is Stance.denies


def test_names_with_de_and_endings_in_a_row_and_work_told_with_its_time(
    organisations: OrganisationIndex,
) -> None:
    found = suggest(
        "The street cameras in Daik-U were installed by Shwe Bago Systems Integration Co., Ltd. "
        "The 84 street cameras in Paungde had been put up since September by Nawarat Sky Link "
        "Co., Ltd., a firm from Pyay. The cameras in Tartagal were installed by Seguridad "
        "Integral del NOA S.R.L.",
        organisations,
    )
    installers = {s.value.key for s in found if s.predicate == "installer"}
    assert installers == {
        "new:Shwe Bago Systems Integration",
        "new:Nawarat Sky Link",
        "new:Seguridad Integral del NOA",
    }
    staff = "The cameras being put up in Ann will be operated by the Committee's own staff."
    assert not any(s.predicate == "installer" for s in suggest(staff, organisations))


def test_not_part_of_the_contract_a_dismissal_with_its_speaker_and_refusals(
    organisations: OrganisationIndex,
) -> None:
    scope = "Face recognition is not part of the contract for the Thingangyun street cameras."
    [face] = [s for s in suggest(scope, organisations) if s.predicate == "capability"]
    assert face.stance is Stance.denies
    untrue = (
        "Messages said that the Paungde street camera system counts people who gather in the "
        "streets. The minister said that was untrue."
    )
    [crowd] = [s for s in suggest(untrue, organisations) if s.predicate == "capability"]
    assert crowd.stance is Stance.denies
    talk = (
        "Asked whether the Paung street cameras read number plates, the engineer said he was "
        "not allowed to talk about what the cameras could do."
    )
    [plates] = [s for s in suggest(talk, organisations) if s.predicate == "capability"]
    assert plates.stance is Stance.declines


def test_capabilities_said_in_new_ways_and_a_countrys_script_is_no_place(
    organisations: OrganisationIndex,
) -> None:
    said = {
        "The cameras at the Taukkyan bus terminal run software that checks travellers' faces "
        "against a police list.": "face_recognition",
        "The software in the Beira control room can search hours of recorded video for a "
        "particular face.": "face_recognition",
        "Six of the cameras in Taungdwingyi will pick out people in complete darkness from the "
        "warmth of their bodies.": "thermal",
        "The crowd meter estimates how many people are on the beach in Ngapali from the camera "
        "pictures.": "crowd_analytics",
        "The cameras on the fence of the port in Kyaukphyu send an alarm to the control room "
        "whenever somebody climbs over it.": "video_analytics",
        "The control rooms in Dawei run software that compares the faces of passers-by against "
        "lists of persons wanted by the police.": "face_recognition",
    }
    for text, term in said.items():
        found = [s.value.term for s in suggest(text, organisations) if s.predicate == "capability"]
        assert found == [term], text
    human = "Soldiers compared their faces with photographs on a tablet at the Hpa-An cameras."
    assert not any(s.predicate == "capability" for s in suggest(human, organisations))
    script = (
        "Street cameras for Letpadan. The cameras at the four road entrances to the town shall "
        "read vehicle registration plates, including plates in Myanmar script."
    )
    places = {s.place for s in suggest(script, organisations) if s.predicate == "capability"}
    assert places == {"MM-02/letpandan"}


def test_a_river_named_like_its_region_and_places_listed_after_an_origin(
    organisations: OrganisationIndex,
) -> None:
    jetty = (
        "Sixty-eight street cameras along Myingyan's main roads and its Ayeyarwady jetty have "
        "been recording since January."
    )
    assert {s.place for s in suggest(jetty, organisations)} == {"MM-04/myingyan"}
    finder = place_finder(default_gazetteer())
    flights = "Daily flights from Ashgabat and regular flights from Istanbul, Moscow and Almaty."
    assert all(m.origin for m in finder.find(flights) if m.key in ("RU", "KZ"))


def test_a_claim_asked_about_in_the_next_sentence_is_no_fact(
    organisations: OrganisationIndex,
) -> None:
    asked = (
        "Traders told CMN they had heard that the street cameras in Hinthada could read the "
        "number plates of lorries. Asked whether that was so, the spokesman said he would not "
        "discuss what the system could do."
    )
    [plates] = [s for s in suggest(asked, organisations) if s.predicate == "capability"]
    assert plates.stance is Stance.declines
    dismissed = (
        "Some residents had heard that the new street cameras in Thongwa would read number "
        "plates. The committee member said this was not true."
    )
    [read] = [s for s in suggest(dismissed, organisations) if s.predicate == "capability"]
    assert read.stance is Stance.denies


def test_a_capability_denied_with_no_firm_named_and_refusals_said_otherwise(
    organisations: OrganisationIndex,
) -> None:
    contract = (
        "The street cameras in Kyaiklat do not have face recognition, and no face recognition "
        "software is included in the contract."
    )
    [face] = [s for s in suggest(contract, organisations) if s.predicate == "capability"]
    assert face.stance is Stance.denies
    firm = (
        "Huawei said the Kyaiklat cameras were not its own. It added that it had not sold "
        "facial recognition technology in the country."
    )
    assert not any(
        s.predicate == "capability" and s.stance is Stance.denies
        for s in suggest(firm, organisations)
    )
    for refusal in (
        "Asked whether the cameras at the Nyaungdon jetty read number plates, he said he would "
        "not go into what the software did.",
        "Asked whether the Putao cameras could see people by their body heat, he said the "
        'design was "not something I will talk about before the tender".',
    ):
        [asked] = [s for s in suggest(refusal, organisations) if s.predicate == "capability"]
        assert asked.stance is Stance.declines, refusal


def test_a_plaque_names_its_supplier_cost_and_opening(organisations: OrganisationIndex) -> None:
    plaque = (
        "This Centre and the 212 surveillance cameras of the Mawlamyine Safe City Project were "
        "opened on 27 March 2046.\nEquipment Supplier: Huawei Technologies Co., Ltd.\n"
        "Project Cost: Kyats 8,950 Million\n"
    )
    found = suggest(plaque, organisations)
    assert {s.value.key for s in found if s.predicate == "hardware_supplier"} == {"huawei"}
    [cost] = [s.value for s in found if s.predicate == "cost"]
    assert cost.amount == Decimal("8950000000")
    assert [s.value.earliest for s in found if s.predicate == "started"] == [date(2046, 3, 27)]
    bids = "The bids for the Mawlamyine street cameras were opened on 3 May 2046."
    assert not any(s.predicate == "started" for s in suggest(bids, organisations))


def test_a_signatures_body_over_another_is_not_part_of_its_name(
    organisations: OrganisationIndex,
) -> None:
    signed = "Chairman\nTender Committee\nMyeik Development Affairs Committee"
    assert [m.key for m in organisations.find(" ".join(signed.split()))] == [
        "new:Myeik Development Affairs Committee"
    ]
    assert [m.key for m in organisations.find("The Yangon City Development Committee said")] == [
        "new:Yangon City Development Committee"
    ]


def test_days_are_no_firms_a_part_mounted_is_installing_and_a_rate_no_cost(
    organisations: OrganisationIndex,
) -> None:
    by_day = "Of the 84 cameras in Namhkam, 58 had been mounted by Wednesday, a spokesman said."
    assert not any(s.predicate == "installer" for s in suggest(by_day, organisations))
    part = "Workers have mounted 58 of the 84 street cameras planned for Namhkam since March."
    [status] = [s.value.term for s in suggest(part, organisations) if s.predicate == "status"]
    assert status == "installing"
    rate = (
        "The 32 street cameras for Husi will cost RON 8,821,089 including VAT, at prices of "
        "February 2047 (EUR 1 = RON 5.02)."
    )
    costs = [s.value.amount for s in suggest(rate, organisations) if s.predicate == "cost"]
    assert costs == [Decimal("8821089")]


def test_a_home_town_written_with_city_is_the_home_town_not_a_city_abroad(
    organisations: OrganisationIndex,
) -> None:
    tender = (
        "The Bago City Development Committee invites sealed bids for 108 street cameras "
        "covering the main roads of Bago city."
    )
    places = {place for place, *_ in facts(suggest(tender, organisations))}
    assert places == {"MM-02/bago"}
    abroad = "Cameras were installed in Panama City last year, the mayor said."
    assert {place for place, *_ in facts(suggest(abroad, organisations))} == {"PA"}


@pytest.mark.parametrize(
    ("town", "key"),
    [
        ("တောင်တွင်းကြီး", "MM-03/taungdwingyi"),
        ("နမ့်စန်", "MM-17/nansang"),
        ("ကျောက်ပန်းတောင်း", "MM-04/kyaukpadaung"),
        ("မုတ္တမ", "MM-15/martaban"),
    ],
)
def test_towns_geonames_gives_only_in_latin_letters_are_found_in_burmese(
    town: str, key: str, organisations: OrganisationIndex
) -> None:
    text = f"{town}မြို့ရှိ လမ်းမကင်မရာ ၃၂ လုံးကို မတ်လမှစ၍ အသုံးပြုနေသည်။"
    found = facts(suggest(text, organisations))
    assert (key, "camera_count", ("count", 32, 32), "asserts") in found


def test_mottama_is_martaban_in_english_too(organisations: OrganisationIndex) -> None:
    text = "The committee invites tenders for 26 IP cameras for Mottama town, Paung Township."
    assert ("MM-15/martaban", "camera_count", ("count", 26, 26), "asserts") in facts(
        suggest(text, organisations)
    )


def test_a_firms_seat_named_before_its_name_in_burmese_is_not_the_place(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "ကျိုက္ခမီမြို့တွင် လမ်းမကင်မရာ ၃၆ လုံး တပ်ဆင်နေသည်။ "
        "ကင်မရာများကို မော်လမြိုင်မြို့ရှိ ရွှေမွန် နည်းပညာ ကုမ္ပဏီလီမိတက်က တပ်ဆင်ပေးနေခြင်း ဖြစ်သည်။"
    )
    places = {place for place, *_ in facts(suggest(text, organisations))}
    assert places == {"MM-15/kyaikkami"}
    here = "မော်လမြိုင်မြို့ရှိ ကင်မရာများကို ရွှေမွန် ကုမ္ပဏီက တပ်ဆင်သည်။"
    assert "MM-15/mawlamyine" in {place for place, *_ in facts(suggest(here, organisations))}


def test_the_story_town_is_the_one_the_lede_gives_cameras(
    organisations: OrganisationIndex,
) -> None:
    wire = (
        "Myanmar delta town switches on 64 street cameras\n\n"
        "Sixty-four street cameras in Ingabu have been running since March, watching the "
        "market and the roads to Hinthada and Pathein, a spokesman said."
    )
    assert ("MM-07/ingabu", "camera_count", ("count", 64, 64), "asserts") in facts(
        suggest(wire, organisations)
    )
    paper = (
        "EASTERN SHAN HERALD\nWeekly news for Kengtung, Tachileik and Mong Hpayak\n\n"
        "Border town's camera grid now live\n\n"
        "More than 120 cameras now keep watch over Tachileik's streets, the committee said. "
        "The system has been in operation since late April."
    )
    found = facts(suggest(paper, organisations))
    assert ("MM-17/tachileik", "status", ("term", "operational"), "asserts") in found
    assert not any(place == "MM-17/kengtung" for place, *_ in found)


def test_a_year_before_a_comma_is_no_count_and_about_a_dozen_is_a_range(
    organisations: OrganisationIndex,
) -> None:
    for text, count in (
        (
            "Wakema has had a municipal camera system since August 2046, when nearly 50 cameras "
            "around the market were switched on.",
            ("count", 45, 49),
        ),
        ("I counted about a dozen street cameras in Wakema.", ("count", 10, 14)),
    ):
        found = suggest(text, organisations)
        assert [s.value.identity() for s in found if s.predicate == "camera_count"] == [count]


def test_a_camera_that_swings_round_and_then_zooms_in_is_ptz(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Street cameras in Lashio. There is a black dome on the pole, and it swung round "
        "slowly, stopped on the buses, then zoomed in on something by the fuel station."
    )
    assert ("MM-17/lashio", "capability", _term("ptz"), "asserts") in facts(
        suggest(text, organisations)
    )


def test_brands_denied_in_rejected_reports_and_in_are_not_x_cameras(
    organisations: OrganisationIndex,
) -> None:
    opening = "Sixty-four street cameras in Ingabu have been running since March. "
    rejected = (
        "The spokesman rejected reports on local Facebook pages that the cameras were made by "
        "Hikvision."
    )
    not_these = '"They are not Hikvision cameras. All of them are Dahua," he said.'
    for sentence in (rejected, not_these):
        found = facts(suggest(opening + sentence, organisations))
        assert ("MM-07/ingabu", "hardware_supplier", org("hikvision"), "denies") in found
        assert ("MM-07/ingabu", "hardware_supplier", org("hikvision"), "asserts") not in found


def test_refusals_to_go_into_details_and_to_confirm_a_figure_asked_about(
    organisations: OrganisationIndex,
) -> None:
    opening = "Street cameras went up in Zalun last year. "
    details = (
        "Asked whether any of the cameras could recognise faces, he said he could not go into "
        "the technical details of the system."
    )
    found = facts(suggest(opening + details, organisations))
    assert ("MM-07/zalun", "capability", _term("face_recognition"), "declines_to_comment") in found
    assert not any(stance == "denies" for *_, stance in found)
    worth = (
        "Asked whether the contract was worth 780 million kyats, the committee's secretary "
        "declined to comment."
    )
    [cost] = [s for s in suggest(opening + worth, organisations) if s.predicate == "cost"]
    assert (cost.value.amount, cost.stance) == (Decimal("780000000"), Stance.declines)


def test_a_belief_answered_by_no_such_capability_is_denied(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Street cameras in Lashio. Many respondents believed that the cameras could identify "
        "faces automatically; the municipal officials interviewed stated that the system has "
        "no such capability."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-17/lashio", "capability", _term("face_recognition"), "denies") in found
    assert ("MM-17/lashio", "capability", _term("face_recognition"), "asserts") not in found


def test_form_fields_and_burmese_brands_in_brackets_name_their_firms(
    organisations: OrganisationIndex,
) -> None:
    report = (
        "SITE ACCEPTANCE TEST REPORT\nProject: Ye-U street camera system\n"
        "Contractor:     Mu River Technology Co., Ltd.\n\n1.1 The system comprises 40 cameras."
    )
    installer = org("new:Mu River Technology")
    assert ("MM-01/ye-u", "installer", installer, "asserts") in facts(
        suggest(report, organisations)
    )
    burmese = "တောင်တွင်းကြီးမြို့ရှိ လမ်းမကင်မရာ ၃၂ လုံးသည် ဟွာဝေ (Huawei) ထုတ် ကင်မရာများ ဖြစ်ကြောင်း သူက ပြောသည်။"
    found = facts(suggest(burmese, organisations))
    assert ("MM-03/taungdwingyi", "hardware_supplier", org("huawei"), "asserts") in found


def test_a_contract_awarded_on_a_date_to_a_firm_names_the_contractor(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Heho is to get street cameras.\n\nThe contract was awarded on 29 April to Myat Noe Thu "
        "Technology Co., Ltd., a Taunggyi company, which beat four other bidders."
    )
    contractor = org("new:Myat Noe Thu Technology")
    assert ("MM-17/heho", "procurer", contractor, "asserts") in facts(suggest(text, organisations))


def test_a_project_named_only_by_its_bodys_town_is_that_towns(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Between December 2046 and March 2047 our company delivered 240 Uniview IP cameras for "
        "the Mandalay City Development Committee road safety camera project in Chanayethazan "
        "and Mahaaungmye townships."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-04/mandalay", "hardware_supplier", org("uniview"), "asserts") in found
    assert {place for place, *_ in found} == {"MM-04/mandalay"}


def test_a_body_named_for_a_country_with_and_is_one_body(organisations: OrganisationIndex) -> None:
    text = (
        "Images are monitored by officers of the Trinidad and Tobago Police Service, the "
        "Arima Borough Corporation said."
    )
    assert [m.key for m in organisations.find(text)] == [
        "new:Trinidad and Tobago Police Service",
        "new:Arima Borough Corporation",
    ]


def test_a_firm_set_against_the_one_named_is_denied_its_role(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Street cameras for Arima, Trinidad and Tobago.\n\nThe Chief Executive Officer stated "
        "that the cameras will be supplied by Axis Communications and not by Hikvision, as had "
        "been reported in a local newspaper."
    )
    found = facts(suggest(text, organisations))
    assert ("TT", "hardware_supplier", org("axis"), "asserts") in found
    assert ("TT", "hardware_supplier", org("hikvision"), "denies") in found


def test_questions_put_in_writing_or_in_an_interview_are_answered_by_the_refusal(
    organisations: OrganisationIndex,
) -> None:
    letter = (
        "Street cameras went up in Myingyan in 2045. I went to the office of the Myingyan "
        "Township Development Affairs Committee and asked whether it was true, as people in the "
        "market say, that the cameras cost 800 million kyats. The "
        'clerk told me that the committee "does not give out that information".'
    )
    [cost] = [s for s in suggest(letter, organisations) if s.predicate == "cost"]
    assert cost.stance is Stance.declines
    asked = (
        "Street cameras went up in Shwegu last year.\n\nWe asked the Kachin State Government "
        "whether any of the cameras in Shwegu are linked to face recognition software. An "
        'officer told us by telephone that it had "no comment at present".'
    )
    found = facts(suggest(asked, organisations))
    assert ("MM-11/shwegu", "capability", _term("face_recognition"), "declines_to_comment") in found
    assert ("MM-11/shwegu", "capability", _term("face_recognition"), "asserts") not in found
    interview = (
        "Tamu has had street cameras at its border gate since last year.\n\n"
        "Do the cameras at the gate read number plates?\n\n"
        "No. They record the traffic, but they do not read number plates."
    )
    found = facts(suggest(interview, organisations))
    assert ("MM-01/tamu", "capability", _term("plate_recognition"), "denies") in found


def test_the_company_is_the_firm_named_not_the_brand_of_its_cameras(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Street cameras in Myeik.\n\nThe system was put in by Mergui Bay Engineering Co Ltd, a "
        "local company, and the cameras are of the Hikvision brand, the official said. The "
        "company declined to comment."
    )
    found = facts(suggest(text, organisations))
    installer = org("new:Mergui Bay Engineering")
    assert ("MM-05/myeik", "installer", installer, "declines_to_comment") in found
    assert (
        "MM-05/myeik",
        "hardware_supplier",
        org("hikvision"),
        "declines_to_comment",
    ) not in found


def test_kinds_refused_in_a_list_nothing_installed_and_a_firm_that_does_not_comment(
    organisations: OrganisationIndex,
) -> None:
    tender = (
        "INVITATION TO TENDER\nStreet cameras for Kyaukpyu: 40 cameras.\n\n4. No hidden, "
        "concealed or disguised cameras shall be supplied. Face recognition shall not form "
        "part of the system."
    )
    found = facts(suggest(tender, organisations))
    assert ("MM-16/kyaukpyu", "capability", _term("hidden_camera"), "denies") in found
    assert ("MM-16/kyaukpyu", "capability", _term("face_recognition"), "denies") in found
    assert ("MM-16/kyaukpyu", "capability", _term("hidden_camera"), "asserts") not in found
    nothing = "Street cameras are planned for Bogale. Nothing has been installed in Bogale yet."
    statuses = {s.value.term for s in suggest(nothing, organisations) if s.predicate == "status"}
    assert statuses == {"planned"}
    firm = (
        "Street cameras in Hpakant were installed by Nam Tabet Engineering Co., Ltd.\n\n"
        "We wrote to Nam Tabet Engineering. The company's office manager told us that the firm "
        "does not comment on its contracts with the authorities."
    )
    found = facts(suggest(firm, organisations))
    installer = org("new:Nam Tabet Engineering")
    assert ("MM-11/hpakan", "installer", installer, "declines_to_comment") in found


def test_works_done_and_dates_placed_in_service_in_other_words(
    organisations: OrganisationIndex,
) -> None:
    done = (
        "Pathein, 14 June 2047 - Delta Bright Systems Co., Ltd. has completed the installation "
        "of a street camera system in Bogale."
    )
    installer = org("new:Delta Bright Systems")
    assert ("MM-07/bogale", "installer", installer, "asserts") in facts(
        suggest(done, organisations)
    )
    register = (
        "FIXED ASSET REGISTER\nAsset: Street camera system, 36 cameras, Tamu town\n"
        "Date placed in service:  14 August 2044\n"
    )
    # (read on a day after the date it records: a date still to come starts nothing)
    started = [
        s.value
        for s in suggest(register, organisations, published=date(2045, 1, 1))
        if s.predicate == "started"
    ]
    assert [(d.earliest, d.latest) for d in started] == [(date(2044, 8, 14), date(2044, 8, 14))]
    into_use = (
        "Street cameras in Shwegu. The system belongs to the Shwegu Township Development "
        "Affairs Committee, which brought it into use in March 2046."
    )
    started = [s.value for s in suggest(into_use, organisations) if s.predicate == "started"]
    assert [(d.earliest, d.latest) for d in started] == [(date(2046, 3, 1), date(2046, 3, 31))]
    health = (
        "DAILY HEALTH REPORT - Shwe Kokko video surveillance system\nSystem integrator:    Moei "
        "Link Systems Co., Ltd. (installation and maintenance contractor)\nCameras configured:   "
        "58\n"
    )
    found = facts(suggest(health, organisations))
    assert ("MM-13/shwe-kokko", "installer", org("new:Moei Link Systems"), "asserts") in found
    assert ("MM-13/shwe-kokko", "camera_count", ("count", 58, 58), "asserts") in found


def test_burmese_installation_carried_out_by_a_firm_and_cameras_that_turn_and_zoom(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "ကသာမြို့တွင် လမ်းမကင်မရာ ၄၀ လုံး တပ်ဆင်နေသည်။ တပ်ဆင်ခြင်းလုပ်ငန်းကို မန္တလေးအခြေစိုက် "
        "ရွှေမြစ်ဝှမ်း အင်ဂျင်နီယာရင်း ကုမ္ပဏီက ဆောင်ရွက်နေသည်။ ဆိပ်ကမ်းရှိ ကင်မရာ ခြောက်လုံးမှာ "
        "လှည့်၍ ဇူးမ်ဆွဲနိုင်သည်။"
    )
    found = facts(suggest(text, organisations))
    firm = org("new:ရွှေမြစ်ဝှမ်း အင်ဂျင်နီယာရင်း ကုမ္ပဏီ")
    assert ("MM-01/katha", "installer", firm, "asserts") in found
    assert ("MM-01/katha", "hardware_supplier", firm, "asserts") not in found
    assert ("MM-01/katha", "capability", _term("ptz"), "asserts") in found


@pytest.mark.parametrize(
    "text",
    [
        "The clinic's two new intraoral cameras cost 22 million kyats, the dentist said.",
        "The hospital's new video endoscopy system was installed by the supplier in April.",
        "The two wave cameras on the Gwa sea wall send pictures to the weather station.",
    ],
)
def test_cameras_inside_the_body_or_on_the_waves_are_no_surveillance(
    text: str, organisations: OrganisationIndex
) -> None:
    assert suggest(text, organisations) == []


@pytest.mark.parametrize(
    ("words", "number"),
    [("သုံးဆယ့်ရှစ်", 38), ("လေးဆယ်", 40), ("ငါးရာ့နှစ်ဆယ်", 520), ("တစ်ထောင့်နှစ်ရာ", 1200), ("ဆယ့်ငါး", 15)],
)
def test_burmese_numbers_in_words_count_cameras(
    words: str, number: int, organisations: OrganisationIndex
) -> None:
    text = f"ပင်လုံမြို့မှာ ကင်မရာ {words}လုံး တပ်ဆင်ထားပါတယ်။"
    assert ("MM-17/panglong", "camera_count", ("count", number, number), "asserts") in facts(
        suggest(text, organisations)
    )
    one = "ပင်လုံမြို့ ဈေးထဲမှာ ကင်မရာ တစ်လုံး တပ်ဆင်ထားပါတယ်။"
    assert not any(s.predicate == "camera_count" for s in suggest(one, organisations))


def test_burmese_months_since_which_a_system_runs(organisations: OrganisationIndex) -> None:
    published = date(2047, 6, 10)
    for phrase, month in (("ဒီနှစ် မတ်လကစပြီး", 3), ("ဧပြီလနှောင်းပိုင်းမှစ၍", 4), ("သြဂုတ်လမှစ၍", 8)):
        [found] = find_dates(f"ကင်မရာများကို {phrase} အသုံးပြုနေသည်။", published)
        year = 2047 if month <= published.month else 2046
        assert (found.value.earliest, found.value.latest.day > 27) == (date(year, month, 1), True)


def test_countries_abroad_by_their_burmese_names(organisations: OrganisationIndex) -> None:
    abroad = "ဂျပန်နိုင်ငံ ဂန်းမခရိုင်ရှိ မြို့တစ်မြို့တွင် လုံခြုံရေးကင်မရာ ခြောက်ဆယ် တပ်ဆင်ရန် စီစဉ်ထားသည်။"
    assert ("JP", "camera_count", ("count", 60, 60), "asserts") in facts(
        suggest(abroad, organisations)
    )
    made_in = "မန္တလေးမြို့တွင် တရုတ်နိုင်ငံထုတ် ကင်မရာ ၁၂၀ လုံး တပ်ဆင်ထားသည်။"
    places = {place for place, *_ in facts(suggest(made_in, organisations))}
    assert places == {"MM-04/mandalay"}


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        # "in Brazzaville, the capital of the Republic of the Congo"
        ("ကွန်ဂိုသမ္မတနိုင်ငံ၏ မြို့တော် ဘရာဇာဗီးလ်တွင် ကင်မရာ ၄၀၀ လုံး တပ်ဆင်ထားသည်။", "CG"),
        ("ပိုလန်နိုင်ငံတွင် လုံခြုံရေးကင်မရာ ၄၆ လုံး တပ်ဆင်ထားသည်။", "PL"),
        ("ဘရာဇီးနိုင်ငံ၌ လုံခြုံရေးကင်မရာ ၄၆ လုံး တပ်ဆင်ထားသည်။", "BR"),
        # "in Japan", the country's bare name with "in" after it
        ("ဂျပန်ရှိ ဘူတာတစ်ခုတွင် လုံခြုံရေးကင်မရာ ၄၆ လုံး တပ်ဆင်ထားသည်။", "JP"),
        ("ပိုလန်တွင် လုံခြုံရေးကင်မရာ ၄၆ လုံး တပ်ဆင်ထားသည်။", "PL"),
    ],
)
def test_countries_further_afield_by_their_burmese_names(
    sentence: str, country: str, organisations: OrganisationIndex
) -> None:
    assert {place for place, *_ in facts(suggest(sentence, organisations))} == {country}


def test_myanmar_students_abroad_are_people_and_a_story_priced_in_yen_is_in_japan(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "မြန်မာကျောင်းသား ကျောင်းသူများအတွက် အသိပေးချက် (မြန်မာဘာသာ)\n\n"
        "ဘူတာ ပတ်ဝန်းကျင်တွင် တပ်ဆင်ထားသော လုံခြုံရေးကင်မရာ ၂၂ လုံးကို အသုံးပြုနေပြီ ဖြစ်ပါသည်။ "
        "ကင်မရာများအတွက် ကုန်ကျစရိတ်မှာ ယန်း ၄၈ သန်း ဖြစ်ပါသည်။"
    )
    found = facts(suggest(text, organisations))
    assert ("JP", "cost", ("money", Decimal(48_000_000), "JPY"), "asserts") in found
    assert {place for place, *_ in found} == {"JP"}
    finder = place_finder(default_gazetteer())
    assert [m.key for m in finder.find("မြန်မာနိုင်ငံတွင် ကင်မရာ")] == ["MM"]


def test_a_burmese_notice_from_a_bodys_township_office_and_cameras_formally_operating(
    organisations: OrganisationIndex,
) -> None:
    # "According to the notice of the YCDC's Seikgyikanaungto township office, 26 street
    # cameras were installed on the shore road in Seikgyi and are operating day and night."
    text = (
        "ရန်ကုန်မြို့တော်စည်ပင်သာယာရေးကော်မတီ ဆိပ်ကြီးခနောင်တိုမြို့နယ်ရုံး၏ အသိပေးချက်အရ "
        "ဆိပ်ကြီးရှိ ကမ်းနားလမ်းတွင် လမ်းမကင်မရာ ၂၆ လုံးကို တပ်ဆင်ခဲ့ပြီး ယင်းကင်မရာများသည် "
        "နေ့ရောညပါ လည်ပတ်လျက်ရှိသည်။"
    )
    found = facts(suggest(text, organisations))
    assert ("MM-06/seikgyi", "camera_count", ("count", 26, 26), "asserts") in found
    assert ("MM-06/seikgyi", "status", ("term", "operational"), "asserts") in found
    assert {f[0] for f in found} == {"MM-06/seikgyi"}


def test_a_burmese_firms_golden_town_its_branch_and_the_myanmar_era_are_no_places(
    organisations: OrganisationIndex,
) -> None:
    # "Shwe Mottama Overseas Employment Agency (Thaton branch) / 8 September 2054 (Myanmar Era
    # 1416) / ... the Thaton Township Development Committee plans to install 36 cameras."
    text = (
        "ရွှေမုတ္တမ ပြည်ပအလုပ်အကိုင် ရှာဖွေရေး အေဂျင်စီ (သထုံရုံးခွဲ)\n"
        "၂၀၅၄ ခုနှစ်၊ စက်တင်ဘာလ ၈ ရက် (မြန်မာသက္ကရာဇ် ၁၄၁၆ ခုနှစ်)\n\n"
        "အလုပ်သမားများ သိရှိရန်\n\n"
        "အစည်းအဝေးတွင် သထုံမြို့နယ် စည်ပင်သာယာရေးကော်မတီ၏ အတွင်းရေးမှူးက ကော်မတီသည် "
        "ဈေးကြီးရှေ့တွင် လမ်းဘေးကင်မရာ ၃၆ လုံး တပ်ဆင်ရန် စီစဉ်ထားကြောင်း ပြောကြားခဲ့ပါသည်။"
    )
    found = facts(suggest(text, organisations, published=date(2054, 9, 8)))
    assert ("MM-15/thaton", "camera_count", ("count", 36, 36), "asserts") in found
    assert {f[0] for f in found} == {"MM-15/thaton"}


def test_a_burmese_question_is_no_capability(organisations: OrganisationIndex) -> None:
    # "Q - Can the cameras read car number plates?"
    text = (
        "မင်းဘူးမြို့တွင် လုံခြုံရေးကင်မရာ ၂၄ လုံး တပ်ဆင်ရန် စီစဉ်ထားသည်။\n\nမေး - ကင်မရာများက ကားနံပါတ်ပြားကို ဖတ်နိုင်ပါသလား။"
    )
    found = facts(suggest(text, organisations))
    assert not any(f[1] == "capability" for f in found)


def test_myanmar_people_in_macao_are_people_and_macao_a_place(
    organisations: OrganisationIndex,
) -> None:
    # "Myanmars in Macao — rooms, jobs, things to sell / ... five cameras in the lobby are
    # working"
    text = (
        "မကာအိုရှိ မြန်မာများ — အိမ်ခန်း၊ အလုပ်၊ ပစ္စည်း ရောင်း/ဝယ်\n\n"
        "အခု မြန်မာ အမျိုးသမီး ၂ ယောက် နေတယ်။ အဆောက်အအုံ ဧည့်ခန်းမှာ လုံခြုံရေးကင်မရာ ၅ လုံး "
        "အလုပ်လုပ်နေပါတယ်။"
    )
    found = facts(suggest(text, organisations))
    assert ("MO", "camera_count", ("count", 5, 5), "asserts") in found
    assert {f[0] for f in found} == {"MO"}


@pytest.mark.parametrize(
    "denial",
    [
        # "the office says there is no face-recognising system in those cameras"
        "အဲဒီ ကင်မရာတွေမှာ မျက်နှာမှတ်တဲ့ စနစ် မပါဘူးလို့ ရုံးက ပြောပါတယ်။",
        # "they are not face-recognising cameras, they say"
        "မျက်နှာမှတ်တဲ့ ကင်မရာတွေ မဟုတ်ဘူးတဲ့။",
    ],
)
def test_burmese_spoken_face_recognition_denied(
    denial: str, organisations: OrganisationIndex
) -> None:
    text = f"မြိတ်မြို့တွင် လုံခြုံရေးကင်မရာ ၃၀ လုံး တပ်ဆင်ထားသည်။ {denial}"
    found = facts(suggest(text, organisations))
    assert ("MM-05/myeik", "capability", ("term", "face_recognition"), "denies") in found


def test_a_village_tracts_administrators_office_is_a_body_when_named(
    organisations: OrganisationIndex,
) -> None:
    named = "ကြာအင်းကျေးရွာအုပ်စု အုပ်ချုပ်ရေးမှူးရုံးက ကင်မရာ ၁၀ လုံး တပ်ထားတယ်။"
    assert [(m.key, m.kind) for m in organisations.find(named)] == [
        ("new:ကြာအင်းကျေးရွာအုပ်စု အုပ်ချုပ်ရေးမှူးရုံး", "authority")
    ]
    # "the ward administrator's office" names no ward
    assert organisations.find("ရပ်ကွက်အုပ်ချုပ်ရေးမှူးရုံးက ပြောသည်။") == []


def test_burmese_cameras_installed_in_a_year_date_their_start(
    organisations: OrganisationIndex,
) -> None:
    text = "အလုံမြို့နယ်ရှိ ဒီကင်မရာ ၁၂ လုံးကို ၂၀၅၁ ခုနှစ်မှာ တပ်ဆင်ပေးခဲ့တာပါ။"
    found = facts(suggest(text, organisations, published=date(2053, 11, 1)))
    assert (
        "MM-06/ahlone",
        "started",
        ("date", date(2051, 1, 1), date(2051, 12, 31)),
        "asserts",
    ) in found
    # ... not lamp posts put up first, nor older cameras "that were installed"
    for other in (
        "ပေါင်းတည်မြို့တွင် ၂၀၁၉ ခုနှစ်က လမ်းမီးတိုင် ၁၂၀ တပ်ဆင်ခဲ့ပြီး ကင်မရာ ၂၀ လုံးကို တပ်ဆင်မည်။",
        "ပေါင်းတည်မြို့တွင် ၂၀၄၃ ခုနှစ်က တပ်ဆင်ခဲ့သော ကင်မရာ ၈ လုံးမှာ ပျက်စီးခဲ့သည်။",
    ):
        found = facts(suggest(other, organisations, published=date(2053, 11, 1)))
        assert not any(pred == "started" for _, pred, *_ in found)


def test_a_burmese_bare_month_dates_the_start_right_after_it(
    organisations: OrganisationIndex,
) -> None:
    began = "အင်းတော်မြို့တွင် ကင်မရာ ၂၈ လုံး တပ်ဆင်မှုကို စက်တင်ဘာလ ဒုတိယပတ်တွင် စတင်ခဲ့သည်။"
    found = facts(suggest(began, organisations, published=date(2053, 10, 14)))
    sept = ("date", date(2053, 9, 1), date(2053, 9, 30))
    assert ("MM-01/indaw", "started", sept, "asserts") in found
    will = "အင်းတော်မြို့တွင် ကင်မရာ ၂၈ လုံး တပ်ဆင်မှုကို ဒီဇင်ဘာလ ပထမပတ်တွင် စတင်မည် ဖြစ်သည်။"
    found = facts(suggest(will, organisations, published=date(2053, 10, 14)))
    assert not any(pred == "started" for _, pred, *_ in found)


def test_a_burmese_year_comma_month_is_one_date() -> None:
    [found] = find_dates("၂၀၅၃ ခုနှစ်၊ အောက်တိုဘာလ ၂၀ ရက်နေ့မှ စတင်၍", date(2053, 11, 24))
    assert (found.value.earliest, found.value.latest) == (date(2053, 10, 1), date(2053, 10, 31))


def test_a_firm_named_half_in_burmese_half_in_latin_letters(
    organisations: OrganisationIndex,
) -> None:
    for text, key in (
        ("ဆော့ဖ်ဝဲကို မြတ်ရတနာ Smart Solutions ကုမ္ပဏီလီမိတက်က တပ်ဆင်သည်။", "new:မြတ်ရတနာ Smart Solutions"),
        ("၂၀၅၁ ခုနှစ်မှာ ရွှေရိုးမ Tech & Trading Co., Ltd. က တပ်ဆင်ပေးခဲ့တာပါ။", "new:ရွှေရိုးမ Tech & Trading"),
        # (a word ending in a particle or a field's label is no part of the name)
        ("ကင်မရာများကို Chindwin IT Solution ကုမ္ပဏီက တပ်ဆင်သည်။", "new:Chindwin IT Solution"),
        ("တပ်ဆင်သူ Malikha Net ကုမ္ပဏီ", "new:Malikha Net"),
    ):
        assert [m.key for m in organisations.find(text)] == [key]


def test_burmese_firms_asked_about_are_no_firms_and_installers_are_not_suppliers(
    organisations: OrganisationIndex,
) -> None:
    assert organisations.find("တင်ဒါ မခေါ်ရသေးသဖြင့် မည်သည့်ကုမ္ပဏီက တပ်ဆင်မည်ကို မသိရသေးပါ။") == []
    assert organisations.find("ဘယ်ကုမ္ပဏီက တပ်ဆင်ပါသလဲ။") == []
    text = (
        "ရေနံချောင်းမြို့တွင် ကင်မရာ ၈၀ လုံး။ ကင်မရာများကို Magway Pyinsa Engineering Co Ltd က "
        "တပ်ဆင်ပေးခဲ့ပြီး ကင်မရာများမှာ Hikvision ထုတ်ဖြစ်သည်။"
    )
    found = facts(suggest(text, organisations))
    firm = org("new:Magway Pyinsa Engineering")
    assert ("MM-03/yenangyaung", "installer", firm, "asserts") in found
    assert ("MM-03/yenangyaung", "hardware_supplier", firm, "asserts") not in found


def test_a_system_said_to_lack_a_capability_is_not_a_software_role_denied(
    organisations: OrganisationIndex,
) -> None:
    lacks = (
        "Street cameras went up in Bogale last year.\n\nContrary to what has been written, the "
        "system we installed in Bogale has no face recognition function, and our company has "
        "never supplied face recognition software to any client."
    )
    found = facts(suggest(lacks, organisations))
    assert ("MM-07/bogale", "capability", _term("face_recognition"), "denies") in found
    assert not any(predicate == "software_supplier" for _, predicate, *_ in found)
    vendor = (
        "Street cameras went up in Bogale last year. Vision Matrix Technologies has not supplied "
        "facial recognition software to the Ayeyarwady Region Government."
    )
    found = facts(suggest(vendor, organisations))
    assert any(p == "software_supplier" and s == "denies" for _, p, _, s in found)


def test_a_brand_denied_by_another_firm_and_other_ways_to_decline(
    organisations: OrganisationIndex,
) -> None:
    brand = (
        "Golden Rock Vision Systems Co., Ltd. is installing 40 cameras in Kyaikto.\n\nGRVS has "
        "not supplied, and will not supply, any Huawei equipment to the Kyaikto project."
    )
    found = facts(suggest(brand, organisations))
    assert ("MM-15/kyaikto", "hardware_supplier", org("huawei"), "denies") in found
    firm = org("new:Golden Rock Vision Systems")
    assert ("MM-15/kyaikto", "hardware_supplier", firm, "denies") not in found
    declines = (
        "Street cameras in Yenangyaung were installed by Irrawaddy Crest Technologies.\n\nA "
        'sales manager there said the company had "nothing to say about the Yenangyaung '
        'project".\n\nInstallation was the work of Pegu Yoma Systems Co., Ltd. The firm would '
        "not discuss the project."
    )
    found = facts(suggest(declines, organisations))
    for name in ("new:Irrawaddy Crest Technologies", "new:Pegu Yoma Systems"):
        assert ("MM-03/yenangyaung", "installer", org(name), "declines_to_comment") in found


def test_a_town_by_its_road_entrances_and_a_capitals_possessive(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "PANGLONG'S GATES NOW FILM EVERYONE WHO PASSES\n\nCameras have been recording at all "
        "four road entrances to Panglong, in southern Shan State, since March. The Council "
        "operates 27 CCTV cameras."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-17/panglong", "status", _term("operational"), "asserts") in found
    assert {place for place, *_ in found} == {"MM-17/panglong"}


def test_a_letters_defined_client_is_the_firm_it_acts_for(organisations: OrganisationIndex) -> None:
    text = (
        'We act for Delta Bright Engineering Co., Ltd. ("our client"), a company registered in '
        "Myanmar.\n\nStreet cameras went up in Labutta in 2045. Our client did not install any "
        "part of the street camera system in Labutta."
    )
    found = facts(suggest(text, organisations))
    client = org("new:Delta Bright Engineering")
    assert ("MM-07/labutta", "installer", client, "denies") in found


def test_more_ways_to_deny_decline_and_stop(organisations: OrganisationIndex) -> None:
    text = (
        "Sinbyu Digital Security Co., Ltd. has won the contract for 40 cameras in Pyinmana.\n\n"
        "Sinbyu will not be supplying or enabling any face recognition capability under this "
        "contract.\n\nWhen the wire service phoned the firm, a staff member declined to comment."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-18/pyinmana", "capability", _term("face_recognition"), "denies") in found
    firm = org("new:Sinbyu Digital Security")
    assert ("MM-18/pyinmana", "procurer", firm, "declines_to_comment") in found
    stopped = "The 40 cameras in Pyinmana have not been working since the first week of October."
    found = facts(suggest(stopped, organisations))
    assert ("MM-18/pyinmana", "status", _term("suspended"), "asserts") in found
    assert not any(predicate == "started" for _, predicate, *_ in found)


def test_a_county_council_places_its_town_abroad_and_legal_forms_of_europe(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "In this case Galway County Council is the data controller, and the 14 cameras are "
        "monitored by the police."
    )
    assert ("IE", "camera_count", ("count", 14, 14), "asserts") in facts(
        suggest(text, organisations)
    )
    for name, key in (
        ("Latgale Secure Systems SIA", "new:Latgale Secure Systems"),
        ("Vistula Monitoring Sp. z o.o.", "new:Vistula Monitoring"),
    ):
        assert [m.key for m in organisations.find(f"The contract went to {name}.")] == [key]


def test_a_photo_number_is_no_count(organisations: OrganisationIndex) -> None:
    caption = "Street cameras in Loikaw.\n\nPhoto 11 38 cameras watch the market."
    counts = [s.value.min for s in suggest(caption, organisations) if s.predicate == "camera_count"]
    assert 11 not in counts


def test_brand_models_none_made_by_and_experience_not_denied(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Cameras in Lewe went up last year, installed by Yezin Systems. None of the cameras is "
        "made by Huawei.\n\nThe cameras, all of them Uniview models, were put up between March "
        "and August by Shwesandaw Digital Works Co., Ltd.\n\nMu River Engineering, based in "
        "Katha, had not built a camera system before."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-18/lewe", "hardware_supplier", org("huawei"), "denies") in found
    assert ("MM-18/lewe", "hardware_supplier", org("uniview"), "asserts") in found
    assert ("MM-18/lewe", "installer", org("uniview"), "asserts") not in found
    assert not any(org("new:Mu River Engineering") == value for _, _, value, _ in found)


def test_fields_of_notes_and_sheets_and_refusals_in_a_public_forum(
    organisations: OrganisationIndex,
) -> None:
    note = (
        "DELIVERY NOTE\nProject: Lewe Town Centre CCTV\nConsignee:      Sinthe Engineering Co., "
        "Ltd. (installer)\nTotal number of cameras under this Notice: 40 (forty).\n"
        "Face search is not licensed on this system.\n"
    )
    found = facts(suggest(note, organisations))
    assert ("MM-18/lewe", "installer", org("new:Sinthe Engineering"), "asserts") in found
    assert ("MM-18/lewe", "camera_count", ("count", 40, 40), "asserts") in found
    assert ("MM-18/lewe", "capability", _term("face_recognition"), "denies") in found
    forum = (
        "Street cameras in Lashio.\n\nAsked by a resident whether any of the cameras read number "
        'plates, she said she would "not go into the capabilities of individual cameras in a '
        'public forum".'
    )
    found = facts(suggest(forum, organisations))
    assert (
        "MM-17/lashio",
        "capability",
        _term("plate_recognition"),
        "declines_to_comment",
    ) in found


def test_cameras_a_private_owner_bought_for_itself_name_no_supplier(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Street cameras will go up in Tharyarwady next year. Until now the only cameras in the "
        "town have been those of a private bank branch and the township hospital, which are "
        "Hikvision models bought by the two institutions themselves."
    )
    assert not any(s.predicate == "hardware_supplier" for s in suggest(text, organisations))
    centre = "Lewe Town Centre CCTV: 40 cameras."
    assert ("MM-18/lewe", "camera_count", ("count", 40, 40), "asserts") in facts(
        suggest(centre, organisations)
    )


def test_cities_governments_and_firms_abroad_by_their_own_names(
    organisations: OrganisationIndex,
) -> None:
    found = [
        [m.key for m in organisations.find(text)]
        for text in (
            "Then the City of Ballarat awarded Eureka Vision Systems Pty Ltd the contract.",
            "On Monday the City of Zadar's council voted for the cameras.",
            "Street cameras in the City of Zadar.",
            "installed by Estuaire Réseaux et Sécurité SA, a Libreville firm.",
            "Contracting entity: Alcaldía del Municipio Maracaibo, Estado Zulia",
            "owned and operated by the Administração Municipal do Lobito.",
            "The system is being bought by Lublin City Hall.",
        )
    ]
    assert found == [
        ["new:City of Ballarat", "new:Eureka Vision Systems"],
        ["new:City of Zadar"],
        [],
        ["new:Estuaire Réseaux et Sécurité"],
        ["new:Alcaldía del Municipio Maracaibo"],
        ["new:Administração Municipal do Lobito"],
        ["new:Lublin City Hall"],
    ]


def test_dollars_are_the_countrys_own_and_seas_are_no_countries(
    organisations: OrganisationIndex,
) -> None:
    canada = "Council approved $1.75 million for the 40 transit cameras in Saskatoon, Canada."
    [cost] = [s.value for s in suggest(canada, organisations) if s.predicate == "cost"]
    assert cost.currency == "CAD"
    home = "The 40 cameras in Mandalay cost $1.75 million."
    [cost] = [s.value for s in suggest(home, organisations) if s.predicate == "cost"]
    assert cost.currency == "USD"
    sea = "GULF OF GUINEA BRIEFING\n\nThe Municipality of Port-Gentil, Gabon, has 80 cameras."
    assert {place for place, *_ in facts(suggest(sea, organisations))} == {"GA"}


def test_nearly_a_hundred_cameras_being_mounted_and_no_brand_under_this_contract(
    organisations: OrganisationIndex,
) -> None:
    text = "Nearly a hundred street cameras are being mounted along the riverfront in Thayetmyo."
    found = facts(suggest(text, organisations))
    assert ("MM-03/thayetmyo", "camera_count", ("count", 90, 99), "asserts") in found
    assert ("MM-03/thayetmyo", "status", _term("installing"), "asserts") in found
    repaired = "The broken cameras in Thayetmyo are being fixed."
    assert not any(s.predicate == "status" for s in suggest(repaired, organisations))
    brand = (
        "The City of Ballarat will own the 64 cameras.\n\nNo Huawei product will be installed "
        "under this contract."
    )
    assert ("AU", "hardware_supplier", org("huawei"), "denies") in facts(
        suggest(brand, organisations)
    )


def test_a_town_geonames_lists_twice_is_one_place() -> None:
    finder = place_finder(default_gazetteer())
    for written in ("Thanhlyin", "Thanlyin", "Syriam", "သန်လျင်မြို့"):
        assert [m.key for m in finder.find(f"{written} cameras")] == ["MM-06/thanlyin"], written


def test_sums_written_as_much_of_the_world_writes_them() -> None:
    for text, amount, currency in (
        ("EUR 1.180.000,00 (one million one hundred and eighty thousand euro)", "1180000", "EUR"),
        ("Kz 1.350.000.000,00", "1350000000", "AOA"),
        ("Award amount: Bs. 41.600.000,00 (VAT included)", "41600000", "VES"),
        ("EUR 7.200,50", "7200.50", "EUR"),
        ("US$1.2 million", "1200000", "USD"),
    ):
        assert [(f.value.amount, f.value.currency) for f in find_money(text)] == [
            (Decimal(amount), currency)
        ], text


def test_towns_bodies_abroad_in_their_own_language_and_firms_named_by_whose(
    organisations: OrganisationIndex,
) -> None:
    tender = (
        "The Comune di Lecce invites tenders for an urban video surveillance system of 94 "
        "cameras. The operations room of the Polizia Locale di Lecce will monitor the cameras."
    )
    found = facts(suggest(tender, organisations))
    assert ("IT", "status", _term("tendered"), "asserts") in found
    assert ("IT", "authority", org("new:Polizia Locale di Lecce"), "asserts") in found
    assert organisations.find("ကိုယ်စားလှယ်ကုမ္ပဏီက တပ်ဆင်ပေးသည်။") == []
    assert organisations.find("လားရှိုးမြို့ထဲမှာ ကျွန်တော်တို့ ကုမ္ပဏီက တပ်ဆင်ထားတဲ့ ကင်မရာ") == []
    assert [m.key for m in organisations.find("It went to Al Dafna Smart Systems W.L.L.")] == [
        "new:Al Dafna Smart Systems"
    ]


def test_a_mastheads_towns_a_city_opening_a_sentence_and_a_figure_rejected(
    organisations: OrganisationIndex,
) -> None:
    masthead = (
        "AYEYARWADY EVENING POST Pathein | Pyapon | Bogale | Labutta Wednesday, 4 March 2048\n\n"
        "Pyapon's riverfront is now under the eye of some 60 cameras."
    )
    assert {place for place, *_ in facts(suggest(masthead, organisations))} == {"MM-07/pyapon"}
    radio = "NEWSREADER: Nouadhibou is to get street cameras, the regional council said."
    assert ("MR", "status", _term("planned"), "asserts") in facts(suggest(radio, organisations))
    rejected = (
        "Street cameras went up in Manaung last year. A forum post claimed that the cameras "
        "cost 900 million kyats. The committee rejected that figure."
    )
    [cost] = [s for s in suggest(rejected, organisations) if s.predicate == "cost"]
    assert cost.stance is Stance.denies
    assert [m.key for m in organisations.find("The Statutory City of Olomouc operates them.")] == [
        "new:Statutory City of Olomouc"
    ]


def test_a_town_named_as_the_city_a_township_is_part_of_is_not_the_story(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Yangon factory township switches on 236-camera network\n\nHlaingthaya, the factory "
        "township on Yangon's western edge, has been watched by 236 surveillance cameras since "
        "April."
    )
    places = {place for place, *_ in facts(suggest(text, organisations))}
    assert places == {"MM-06/hlaingthaya"}
    township = "Cameras in Hlegu Township went live in March."
    assert {p for p, *_ in facts(suggest(township, organisations))} == {"MM-06/hlegu"}
    burmese = "လှိုင်သာယာမြို့နယ်တွင် ကင်မရာ ၂၃၆ လုံး တပ်ဆင်ထားသည်။"
    assert ("MM-06/hlaingthaya", "camera_count", ("count", 236, 236), "asserts") in facts(
        suggest(burmese, organisations)
    )


def test_a_city_by_its_own_word_for_city_and_codes_in_capitals_are_no_towns(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "CITY OF PREŠOV\nVO\nMesto Prešov invites tenders for a municipal camera system of 58 "
        "cameras. The estimated value is 742 500,00 EUR.\n\nNo Hikvision product was supplied "
        "or installed under the earlier contract."
    )
    found = facts(suggest(text, organisations))
    assert ("SK", "status", _term("tendered"), "asserts") in found
    assert {place for place, *_ in found} == {"SK"}
    [cost] = [s.value for s in suggest(text, organisations) if s.predicate == "cost"]
    assert (cost.amount, cost.currency) == (Decimal("742500"), "EUR")
    assert any(v == org("hikvision") and s == "denies" for _, _, v, s in found)


@pytest.mark.parametrize(
    "text",
    [
        "Street cameras in Muse. Police said there were no arrests, and hidden cameras now "
        "watch the market.",
        "Street cameras in Muse. The council operates no CCTV cameras in the market.",
        "Street cameras went up in Muse. The minister said the company had not supplied the "
        "cameras.",
        "Muse gets street cameras.\n\nHidden cameras are rare in any Myanmar town.",
        "Why do Lagos and Nairobi matter for street cameras?",
        "Street cameras went up in Muse. The broken cameras are being fixed.",
    ],
)
def test_what_a_review_found_the_rules_claimed_beyond_their_sources(
    text: str, organisations: OrganisationIndex
) -> None:
    """Each sentence once gave a claim its words do not make: a denial turned into an
    assertion, an assertion into a denial, a remark into a fact, or a place from a word."""
    found = suggest(text, organisations)
    assert not any(s.stance is Stance.denies and s.speaker.startswith("org:") for s in found)
    assert not any(s.predicate == "capability" and s.stance is Stance.denies for s in found)
    assert not any(s.predicate == "status" and "operates no" in s.quote for s in found)
    assert not any(s.place in ("NG", "KE") for s in found)
    assert not any(s.place == "MM-17/muse" and "rare" in s.quote for s in found)
    assert not any(s.predicate == "status" and "fixed" in s.quote for s in found)


def test_rejected_software_reports_and_a_full_stop_after_a_sum(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "The ministry rejected reports that the software for the Mandalay street cameras came "
        "from Megvii. The 40 cameras are worth EUR 1.180.000."
    )
    found = suggest(text, organisations)
    assert any(s.predicate == "software_supplier" and s.stance is Stance.denies for s in found)
    [cost] = [s.value for s in found if s.predicate == "cost"]
    assert cost.amount == Decimal("1180000")


@pytest.mark.parametrize(
    "refusal",
    [
        "Asked whether any of the cameras could recognise faces, a manager at Kyaikkhauk Link "
        'said the company "does not talk about what the system can do" and put the phone down.',
        "A manager at Bogale River Networks, asked whether the cameras could recognise faces, "
        'said the company "does not discuss the specifications of a client\'s system".',
        "A police spokesperson declined to comment when the agency asked whether the recordings "
        "could be searched for a particular face.",
        "EHW asked the Thanlyin Township Police Force whether the control room could compare "
        "faces in the footage with a list of wanted persons; a spokesperson declined to comment.",
        "We wrote to the township office to ask what the face capture and comparison server will "
        "be used for, whose faces it will compare, and against which list. The office declined "
        "to comment.",
        "The association wrote to the station and asked two things: whether its officers will "
        "watch the cameras, and whether the system can recognise people's faces. The station "
        'says that it "is not in a position to comment on the technical features of the system".',
    ],
)
def test_a_refusal_of_a_question_about_faces_is_no_claim_that_they_are_recognised(
    refusal: str, organisations: OrganisationIndex
) -> None:
    """What a question asks is not said: the refusal is about the capability asked, and no
    one asserts it."""
    text = f"Sixty cameras have been installed in Thanlyin.\n\n{refusal}"
    found = facts(suggest(text, organisations))
    assert ("MM-06/thanlyin", "capability", _term("face_recognition"), "declines_to_comment") in (
        found
    )
    assert not any(p == "capability" and s == "asserts" for _, p, _, s in found)
    assert not any(p == "capability" and s == "denies" for _, p, _, s in found)


def test_a_police_force_named_in_capitals_keeps_its_last_word(
    organisations: OrganisationIndex,
) -> None:
    text = (
        'A sign on the pole says "THIS AREA IS MONITORED BY LOIKAW TOWNSHIP POLICE FORCE". '
        "There are 38 cameras on the market road in Loikaw."
    )
    [authority] = [s for s in suggest(text, organisations) if s.predicate == "authority"]
    assert authority.value.key.casefold() == "new:loikaw township police force"


def test_a_burmese_police_station_or_gad_office_named_for_its_town_is_a_body(
    organisations: OrganisationIndex,
) -> None:
    """ "the Okkan police station watches from its control room" names who watches; "the
    township police station" alone names no body in particular."""
    named = (
        "အုတ်ကန်မြို့ပေါ်တွင် လုံခြုံရေး ကင်မရာ ၃၂ လုံး တပ်ဆင်ထားသည်။ ကင်မရာတွေကို အုတ်ကန်မြို့ ရဲစခန်းက ထိန်းချုပ်ခန်းကနေ စောင့်ကြည့်ပါတယ်။"
    )
    found = facts(suggest(named, organisations))
    assert ("MM-06/oke-kan", "camera_count", ("count", 32, 32), "asserts") in found
    assert ("MM-06/oke-kan", "authority", org("new:အုတ်ကန်မြို့ ရဲစခန်း"), "asserts") in found
    unnamed = named.replace("အုတ်ကန်မြို့ ရဲစခန်း", "မြို့နယ်ရဲစခန်း")
    assert not any(p == "authority" for _, p, _, _ in facts(suggest(unnamed, organisations)))


@pytest.mark.parametrize(
    ("burmese", "key"),
    [
        ("ခရမ်းမြို့ပေါ်ရှိ လမ်းဆုံများတွင် ကင်မရာ ၅၆ လုံး တပ်ဆင်ထားသည်။", "MM-06/kayan"),
        ("ကြည့်မြင်တိုင် ကမ်းနားလမ်းတလျှောက် ကင်မရာ ၅၆ လုံး တပ်ဆင်ထားသည်။", "MM-06/kyimyindine"),
    ],
)
def test_towns_geonames_gives_in_latin_letters_only_are_found_in_burmese(
    burmese: str, key: str, organisations: OrganisationIndex
) -> None:
    assert (key, "camera_count", ("count", 56, 56), "asserts") in facts(
        suggest(burmese, organisations)
    )


def test_burmese_stages_a_condition_a_rumour_and_a_stop_are_not(
    organisations: OrganisationIndex,
) -> None:
    working = "ကွမ်းခြံကုန်းမြို့တွင် ကင်မရာ ၉၄ လုံး ရှိသည်။ ကင်မရာတွေ အလုပ်လုပ်နေပါတယ်။"
    assert ("MM-06/kungyangon", "status", _term("operational"), "asserts") in facts(
        suggest(working, organisations)
    )
    going_up = (
        "ကွမ်းခြံကုန်းမြို့ပေါ်က လမ်းဆုံတို့မှာ လုံခြုံရေး ကင်မရာ ၃၂ လုံး တပ်ဆင်တဲ့ လုပ်ငန်းကို စတင် "
        "လုပ်ဆောင်နေပါပြီ။ ကင်မရာတွေ တပ်ဆင်ပြီးစီးရင် ရဲစခန်းက စောင့်ကြည့်သွားမှာ ဖြစ်ပါတယ်။"
    )
    statuses = {v for _, p, v, _ in facts(suggest(going_up, organisations)) if p == "status"}
    assert statuses == {_term("installing")}
    rumour = "ကွမ်းခြံကုန်းမြို့ပေါ်တွင် လုံခြုံရေးကင်မရာများ တပ်ဆင်မည်ဟု ပြည်သူများ ကြားသိနေရပါသည်။"
    assert not any(p == "status" for _, p, _, _ in facts(suggest(rumour, organisations)))
    stopped = "ကွမ်းခြံကုန်းမြို့တွင် ကင်မရာ ၄၀ လုံး တပ်ဆင်နေသည်။ ဇူလိုင်လကုန်ကစပြီး လုပ်ငန်းကို ခေတ္တ ရပ်ဆိုင်းထားရပါတယ်။"
    found = suggest(stopped, organisations, published=date(2048, 10, 1))
    assert not any(s.predicate == "started" for s in found)


def test_burmese_last_year_colloquially_and_not_wishing_to_answer(
    organisations: OrganisationIndex,
) -> None:
    started = "ကြည့်မြင်တိုင် ကမ်းနားလမ်းမှာ ကင်မရာ ၁၅၀ လောက် ရှိပါတယ်။ ပြီးခဲ့တဲ့နှစ် သင်္ကြန် မတိုင်ခင် တစ်ပတ်လောက်မှာ စဖွင့်တာပါ။"
    [start] = [
        s.value
        for s in suggest(started, organisations, published=date(2049, 3, 24))
        if s.predicate == "started"
    ]
    assert (start.earliest, start.latest) == (date(2048, 4, 1), date(2048, 4, 30))
    refused = "ဟွာဝေ ကင်မရာ ဟုတ်မဟုတ် ဆိုတာကို ဒီနေ့ ဖြေကြားလိုခြင်း မရှိပါဘူး။"
    assert DECLINE.search(refused)


def test_a_letterheads_body_names_the_town_a_regions_order_is_about(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "သာယာဝတီမြို့နယ် အထွေထွေအုပ်ချုပ်ရေးဦးစီးဌာန\nပဲခူးတိုင်းဒေသကြီး\n\n"
        "အမိန့်အမှတ် ၁၄/၂၀၄၇\n\n"
        "၁။ သာယာဝတီမြို့ မြို့မဈေးတွင် လုံခြုံရေးကင်မရာ ၆၄ လုံး တပ်ဆင်ထားသည်။\n\n"
        "၂။ ယင်းကင်မရာများကို နဝရတ် ဒစ်ဂျစ်တယ် ကုမ္ပဏီလီမိတက်က တပ်ဆင်ခဲ့သည်။"
    )
    places = {s.place for s in suggest(text, organisations)}
    assert places == {"MM-02/tharyarwady"}


def test_a_strapline_and_a_distributor_named_for_a_city_are_not_the_place(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "THE DELTA LAMP\nWeekly news for the lower Ayeyarwady and southern Yangon\n\n"
        "Kungyangon has joined the towns that watch their own streets: the committee turned on "
        "a network of 94 cameras on 1 January.\n\n"
        "The units were made by Hikvision and were put up by Yadanar Shwe Pyi Trading Co Ltd, a "
        "Yangon distributor. Yadanar Shwe Pyi declined to tell the wire how many of the cameras "
        "can pan and zoom."
    )
    found = facts(suggest(text, organisations, published=date(2049, 1, 15)))
    assert {place for place, *_ in found} == {"MM-06/kungyangon"}
    assert ("MM-06/kungyangon", "status", _term("operational"), "asserts") in found
    assert any(p == "started" for _, p, _, _ in found)
    assert ("MM-06/kungyangon", "capability", _term("ptz"), "declines_to_comment") in found
    assert not any(p == "capability" and s == "asserts" for _, p, _, s in found)


def test_a_demand_to_say_whether_and_a_question_by_e_mail_claim_nothing(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Since the first days of February, crews in Debrecen have been digging cable trenches "
        "and raising poles for 96 cameras.\n\n"
        "On 18 February we asked Pannon Optika Rendszerház by e-mail whether the cameras will be "
        "able to match faces against any database. Its communications officer replied that the "
        'company "will not comment on the technical functions of the system".\n\n'
        "We ask the city to state in writing whether any face recognition will be used."
    )
    found = facts(suggest(text, organisations))
    assert ("HU", "status", _term("installing"), "asserts") in found
    assert ("HU", "capability", _term("face_recognition"), "declines_to_comment") in found
    assert not any(p == "capability" and s == "asserts" for _, p, _, s in found)


def test_a_claim_reported_as_written_and_called_false_is_denied(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Kapaz Smart Systems designed and built the network of 120 cameras in Ganja under a "
        "contract with the Ganja City Executive Power.\n\n"
        "It has been written that Hikvision equipment was used. This is false: not a single "
        "Hikvision camera, recorder or software licence forms part of the Ganja network.\n\n"
        "The network belongs to the Ganja City Executive Power."
    )
    found = facts(suggest(text, organisations))
    assert ("AZ", "installer", org("new:Kapaz Smart Systems"), "asserts") in found
    assert ("AZ", "hardware_supplier", org("hikvision"), "denies") in found
    assert ("AZ", "hardware_supplier", org("hikvision"), "asserts") not in found
    assert ("AZ", "authority", org("new:Ganja City Executive Power"), "asserts") in found


def test_a_contract_awarded_to_put_cameras_up_names_its_winner(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "The Yangon City Development Committee has awarded the contract to put 66 surveillance "
        "cameras along the Botataung waterfront to Myat Noble Engineering Co., Ltd."
    )
    assert ("MM-06/botataung", "procurer", org("new:Myat Noble Engineering"), "asserts") in facts(
        suggest(text, organisations)
    )
    burmese = (
        "ခရမ်းမြို့ပေါ်ရှိ လမ်းဆုံတို့တွင် လုံခြုံရေးကင်မရာ ၅၆ လုံး တပ်ဆင်ရေး လုပ်ငန်းကို "
        "အောင်ကောင်းကင် ဆက်သွယ်ရေး ကုမ္ပဏီလီမိတက်အား ဖေဖော်ဝါရီလ ၁၂ ရက်နေ့တွင် ချထားပေးပြီး ဖြစ်ပါသည်။"
    )
    found = facts(suggest(burmese, organisations))
    assert any(p == "procurer" for _, p, _, _ in found)
    assert ("MM-06/kayan", "status", _term("awarded"), "asserts") in found


def test_a_burmese_masthead_with_a_word_between_and_a_refusal_to_discuss(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "ပုသိမ် မြစ်ဝ သတင်း\n၂၀၄၈ ခုနှစ်၊ ဒီဇင်ဘာလ ၁၆ ရက်\n\n"
        "ကျုံပျော်မြို့ လမ်းမများပေါ်တွင် ကင်မရာ ၂၇ လုံး စတင်လည်ပတ်\n\n"
        "စနစ်သည် လူ့မျက်နှာကို ခွဲခြားသိရှိနိုင်ခြင်း ရှိ၊ မရှိ LBNA က မေးမြန်းရာ ပြောခွင့်ရသူက "
        "“နည်းပညာပိုင်းဆိုင်ရာ ကိစ္စများကို မဆွေးနွေးပါ” ဟု ဆိုကာ ဖုန်းချသွားသည်။"
    )
    found = facts(suggest(text, organisations))
    assert {place for place, *_ in found} == {"MM-07/kyonpyaw"}
    assert (
        "MM-07/kyonpyaw",
        "capability",
        _term("face_recognition"),
        "declines_to_comment",
    ) in found


def test_a_wires_month_first_day_and_a_schedules_quantities(
    organisations: OrganisationIndex,
) -> None:
    wire = (
        "KYONPYAW, Myanmar (LBNA) -- The township committee switched on 27 street cameras across "
        "this market town on Dec. 10, the office of its chairman said on Tuesday."
    )
    [start] = [
        s.value
        for s in suggest(wire, organisations, published=date(2048, 12, 15))
        if s.predicate == "started"
    ]
    assert (start.earliest, start.latest) == (date(2048, 12, 1), date(2048, 12, 31))
    tender = (
        "Tender for street cameras in Lawksawk.\n\n"
        "(a) The Contractor shall furnish and erect eighteen (18) Nos. outdoor IP cameras on "
        "galvanised poles.\n\n(e) Engineer's estimate: Kyats 298.5 million.\n\n"
        "The earlier estimate of Kyats 250 million no longer applies."
    )
    found = facts(suggest(tender, organisations))
    assert ("MM-17/lawksawk", "camera_count", ("count", 18, 18), "asserts") in found
    costs = [v for _, p, v, _ in found if p == "cost"]
    assert costs == [("money", Decimal("298500000"), "MMK")]
    lots = (
        "Street cameras for Myanaung.\nLot 1:  48 nos. fixed bullet cameras\n"
        "Lot 2:  6 nos. PTZ dome cameras\nTotal quantity:  54 nos."
    )
    assert ("MM-07/myanaung", "camera_count", ("count", 54, 54), "asserts") in facts(
        suggest(lots, organisations)
    )
    poles = "Street cameras for Myanaung.\nItem 4: steel poles\nTotal quantity:  54 nos."
    assert not any(s.predicate == "camera_count" for s in suggest(poles, organisations))


def test_a_capability_its_own_clause_negates_is_denied_beside_a_denied_role(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Nam Lwe Smart City Engineering Co., Ltd. is installing 64 cameras in Mong La.\n\n"
        "None of the 64 cameras will be fitted with facial recognition, and Nam Lwe has not "
        "bought, and will not install, any software from Yitu for this project."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-17/mong-la", "capability", _term("face_recognition"), "denies") in found
    assert ("MM-17/mong-la", "capability", _term("face_recognition"), "asserts") not in found


def test_a_scottish_councils_cameras_and_a_landmark_in_a_town_of_a_planner(
    organisations: OrganisationIndex,
) -> None:
    scottish = (
        "TOWN AND COUNTRY PLANNING (SCOTLAND) ACT 1997\n\n"
        "Proposal: 14 columns, each carrying two CCTV cameras (28 cameras in total)."
    )
    assert ("GB", "camera_count", ("count", 28, 28), "asserts") in facts(
        suggest(scottish, organisations)
    )
    planner = (
        "MON 14\n* MEIKTILA - Minister opens the new bus terminal.\n\nTHU 17\n* Background: the "
        "award notice says the contract for 22 cameras at the market, the bus station and the "
        "railway crossing in Pyawbwe was awarded to Shwe Min Tha Engineering Co., Ltd."
    )
    assert ("MM-04/pyawbwe", "camera_count", ("count", 22, 22), "asserts") in facts(
        suggest(planner, organisations)
    )


@pytest.mark.parametrize(
    "burmese",
    [
        # "... will continue to own it," said the executive officer
        "စနစ်ကို ကော်မတီက ဆက်လက် ပိုင်ဆိုင်မည်ဟု အမှုဆောင်အရာရှိက ပြောသည်။",
        # the cameras are not part of that system, the department said
        "တပ်ဆင်ထားသော ကင်မရာများမှာ ယင်းစနစ်နှင့် မသက်ဆိုင်ကြောင်း ဌာနက ပြောသည်။",
    ],
)
def test_what_a_burmese_officer_said_is_not_an_outlet_relayed(burmese: str) -> None:
    """Two reports that each quote an officer are not one story because both do."""
    assert attributed_outlets(burmese) == set()


def test_a_place_in_the_papers_own_name_is_where_the_paper_is(
    organisations: OrganisationIndex,
) -> None:

    text = "လားရှိုး အလင်းတန်း\n\nကွတ်ခိုင်မြို့ကို ဖြတ်သန်းသွားသော အဝေးပြေးလမ်းမကြီး တစ်လျှောက် ကင်မရာ ၄၈ လုံး တပ်ဆင်နေသည်။"
    document = dataclasses.replace(plain_text_document(text), outlet="လားရှိုး အလင်းတန်း")
    found = suggest_claims(document, default_gazetteer(), organisations, confidence=NO_CUT)
    assert {s.place for s in found} == {"MM-17/kutkai"}


def test_a_body_saying_cameras_are_not_part_of_its_system_denies_no_supply(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "The Kutkai Township Development Affairs Committee is putting up 48 cameras in Kutkai. "
        "Traders along the highway have put up cameras of their own; the committee says those "
        "are not part of its system."
    )
    found = facts(suggest(text, organisations))
    assert not any(p == "hardware_supplier" for _, p, _, _ in found)


def test_a_letter_asking_whether_faces_are_matched_and_a_reply_that_they_are_not_discussed(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "The Wilaya of Oran switched on 300 cameras, and the Sûreté de wilaya d'Oran, the "
        "provincial police command, watches them.\n\n"
        "On 2 August we wrote to the wilaya's communication directorate asking whether the "
        "system matches faces against any police database. Its reply said only that "
        '"security matters are not discussed in public".'
    )
    found = facts(suggest(text, organisations))
    assert ("DZ", "authority", org("new:Sûreté de wilaya d'Oran"), "asserts") in found
    assert ("DZ", "capability", _term("face_recognition"), "declines_to_comment") in found
    assert ("DZ", "capability", _term("face_recognition"), "asserts") not in found


def test_a_burmese_release_by_the_firm_that_installed_a_brands_cameras(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "၁။ ထွန်းလင်း ရောင်ခြည် ဒီဂျစ်တယ် ကုမ္ပဏီလီမိတက်သည် ရမည်းသင်းမြို့နယ် "
        "စည်ပင်သာယာရေးကော်မတီနှင့် ချုပ်ဆိုထားသော စာချုပ်အရ ရမည်းသင်းမြို့ရှိ ဈေးကြီး ရှေ့တွင် "
        "Tiandy ထုတ် IP ကင်မရာ စုစုပေါင်း ၃၆ လုံးကို ကုမ္ပဏီ၏ ကိုယ်ပိုင် အင်ဂျင်နီယာအဖွဲ့ဖြင့် "
        "တပ်ဆင်ပြီးစီးခဲ့ပါသည်။"
    )
    found = facts(suggest(text, organisations))
    assert ("MM-04/yamethin", "hardware_supplier", org("tiandy"), "asserts") in found
    assert any(p == "installer" for _, p, _, _ in found)


def test_a_burmese_summary_based_on_a_wires_report_credits_the_wire() -> None:
    credit = "(ARP သတင်းကို အခြေခံ၍ ရွှေတောင်တန်း သတင်းက အကျဉ်းချုပ် ဖော်ပြသည်။)"
    assert "arp" in attributed_outlets(credit)
    # ... and says on Facebook that a Chinese mining firm paid for the cameras: no outlet
    told = (
        "မိုးကုတ်မြို့သည် ကုန်သွယ်ရေး ဗဟိုချက်ဖြစ်သည်။ ကင်မရာများအတွက် ငွေကြေးကို တရုတ် "
        "မိုင်းကုမ္ပဏီတစ်ခုက ပေးခဲ့သည်ဟု ဖေ့စ်ဘုတ်တွင် ပြောဆိုနေကြသော်လည်း ARP က အတည်မပြုနိုင်ခဲ့ပေ။"
    )
    assert attributed_outlets(told) == set()


def test_a_city_after_an_elided_article_and_its_own_city_hall_as_outlet(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "VILLE D'ANGOULÊME\nDirection de la communication\n\n"
        "The 52 video protection cameras of the Ville d'Angoulême went into service this morning."
    )
    document = dataclasses.replace(plain_text_document(text), outlet="Ville d'Angoulême")
    found = suggest_claims(document, default_gazetteer(), organisations, confidence=NO_CUT)
    assert ("FR", "camera_count", ("count", 52, 52)) in {
        (s.place, s.predicate, s.value.identity()) for s in found
    }
    assert [p.key for p in place_finder(default_gazetteer()).find("Gemeente Deventer wil")] == [
        "NL"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Contractors in Laukkai have begun hanging some 60 surveillance cameras on the strip.",
        "Crews have been bolting cameras to lamp posts along Laukkai's casino road.",
    ],
)
def test_cameras_being_hung_or_bolted_up_are_being_installed(
    sentence: str, organisations: OrganisationIndex
) -> None:
    assert ("MM-17/laukkai", "status", _term("installing"), "asserts") in facts(
        suggest(sentence, organisations)
    )


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Since 1 June 2048 Nordjyllands Politi has operated 23 cameras.", "Nordjyllands Politi"),
        ("The Ajuntament de València announced the cameras.", "Ajuntament de València"),
    ],
)
def test_police_and_councils_named_in_their_own_languages(
    text: str, body: str, organisations: OrganisationIndex
) -> None:
    assert [(m.text, m.kind) for m in organisations.find(text)] == [(body, "authority")]


def test_a_bylines_bureau_is_where_the_reporter_sits(organisations: OrganisationIndex) -> None:
    text = (
        "Dry Zone Press Agency\nKutkai's street cameras go dark\n\nBy DZPA Lashio bureau\n\n"
        "KUTKAI, Myanmar (DZPA) - All 48 street cameras in Kutkai have been switched off."
    )
    assert {s.place for s in suggest(text, organisations)} == {"MM-17/kutkai"}


@pytest.mark.parametrize(
    "text",
    [
        # a police officer *said* it (ပြောကြား), no rumour
        "လားရှိုးမြို့တွင် ကင်မရာ ၄၀ လုံး တပ်ဆင်ပြီးဖြစ်သည်ဟု ရဲအရာရှိ ပြောကြားရာတွင် သိရသည်။",
        "New South Wales police installed 40 cameras in Sydney.",
        "Police installed 12 cameras along Prince of Wales Road in Lashio.",
        "Residents voice anger as 40 cameras go up across Lashio\n\nThe cameras are working.",
        "The police put up 40 cameras in Lashio after a Lashio street vendor was robbed.",
    ],
)
def test_what_the_sessions_review_found_the_new_rules_took_away(
    text: str, organisations: OrganisationIndex
) -> None:
    """Each once lost its place or its count to a rule of the session's rounds."""
    found = suggest(text, organisations)
    assert any(s.predicate == "camera_count" for s in found)
    assert not any(s.place in ("GB", "MM") for s in found)


@pytest.mark.parametrize(
    "text",
    [
        "A police spokesman said the cameras in Lashio use face recognition, and that matches "
        "are not disclosed to the public.",
        # the cameras can recognise faces; the cost has not yet been discussed
        "လားရှိုးမြို့ရှိ ကင်မရာ ၄၀ လုံးသည် မျက်နှာ မှတ်မိနိုင်ပြီး ကုန်ကျစရိတ်ကို အစည်းအဝေးတွင် "
        "မဆွေးနွေးနိုင်သေးကြောင်း ရဲတပ်ဖွဲ့က ပြောသည်။",
    ],
)
def test_what_is_not_yet_discussed_or_disclosed_is_no_refusal(
    text: str, organisations: OrganisationIndex
) -> None:
    found = facts(suggest(text, organisations))
    assert ("MM-17/lashio", "capability", _term("face_recognition"), "asserts") in found


def test_what_the_review_found_read_as_denials_roles_or_bodies(
    organisations: OrganisationIndex,
) -> None:
    replaced = (
        "Police installed 40 Dahua cameras in Lashio in 2046. Not a single Dahua camera in the "
        "system has been replaced since then, the police said."
    )
    assert not any(s.stance is Stance.denies for s in suggest(replaced, organisations))
    sold = "ရွှေနဂါး နည်းပညာ ကုမ္ပဏီလီမိတက်သည် လားရှိုးမြို့အတွက် ကင်မရာ ၄၀ လုံးကို ရောင်းချခဲ့ပြီး ရဲတပ်ဖွဲ့က တပ်ဆင်ခဲ့သည်။"
    assert not any(s.predicate == "installer" for s in suggest(sold, organisations))
    in_front = "ကင်မရာ ၁၂ လုံးကို ပင်လုံမြို့ ရဲစခန်းရှေ့တွင် တပ်ဆင်ထားသည်။"
    found = suggest(in_front, organisations)
    assert not any(s.predicate == "authority" for s in found)
    assert any(s.predicate == "located_in" for s in found)
    tender_opens = "လားရှိုးမြို့ ကင်မရာ ၄၀ လုံး တင်ဒါကို ဇွန်လ ၁၂ ရက်နေ့တွင် ဖွင့်လှစ်မည်။"
    assert not any(s.predicate == "started" for s in suggest(tender_opens, organisations))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The committee owns the 40 cameras in Lashio, but the monitors sit in the Lashio "
            "police station, where two officers watch them in turns.",
            "new:lashio police station",
        ),
        (
            "The 40 cameras in Lashio have been handed over to the Lashio Township Police "
            "Station, whose officers watch them.",
            "new:lashio township police station",
        ),
        # Meiktila's main police station; Dawei District police
        (
            "ကင်မရာ ၄၀ လုံး၏ ပုံရိပ်များကို လားရှိုးမြို့မ ရဲစခန်းရှိ ထိန်းချုပ်ခန်းမှ ၂၄ နာရီ စောင့်ကြည့်လျက် ရှိသည်။",
            "new:လားရှိုးမြို့မ ရဲစခန်း",
        ),
        (
            "လားရှိုးမြို့ရှိ ကင်မရာ ၄၀ ကို လားရှိုးခရိုင် ရဲတပ်ဖွဲ့က ထိန်းချုပ်ခန်းမှ စောင့်ကြည့်နေသည်။",
            "new:လားရှိုးခရိုင် ရဲတပ်ဖွဲ့",
        ),
        # the town, a space, then "main police station" written as one word
        (
            "ကင်မရာ ၄၀ လုံးကို လားရှိုး မြို့မရဲစခန်းသို့ လွှဲအပ်၍ ၂၄ နာရီ စောင့်ကြည့်စေမည်။",
            "new:လားရှိုး မြို့မရဲစခန်း",
        ),
    ],
)
def test_a_police_station_or_district_police_that_watches_is_the_authority(
    text: str, body: str, organisations: OrganisationIndex
) -> None:
    found = {
        s.value.key.casefold()
        for s in suggest(text, organisations)
        if s.predicate == "authority" and s.stance is Stance.asserts
    }
    assert body in found


@pytest.mark.parametrize(
    "text",
    [
        # an address, a building beside a room, and a station beside the force that watches
        "The control room for the 40 cameras in Lashio will be fitted out at the Lashio Township "
        "Police Station.",
        "The 40 cameras in Lashio are watched from a room next to the Lashio police station.",
        "The 40 cameras in Lashio are watched in the Lashio police station by officers of the "
        "Lashio Township Police Force.",
    ],
)
def test_a_police_station_is_a_building_where_it_only_houses_the_room(
    text: str, organisations: OrganisationIndex
) -> None:
    found = suggest(text, organisations)
    assert any(s.predicate == "camera_count" for s in found)
    assert not any(
        s.predicate == "authority" and "station" in s.value.key.casefold() for s in found
    )


_LASHIO_MY = "လားရှိုးမြို့တွင် ကင်မရာ ၄၀ လုံး တပ်ဆင်ထားသည်။ "


@pytest.mark.parametrize(
    ("asked", "stance"),
    [
        # asked whether the cameras can recognise faces ("ရှိ၊ မရှိ"): not permitted to say
        (
            "ကင်မရာများက လူ့မျက်နှာကို မှတ်မိနိုင်ခြင်း ရှိ၊ မရှိ မေးမြန်းရာ အရာရှိတစ်ဦးက ပြောကြားခွင့် မရှိကြောင်း ပြောသည်။",
            "declines_to_comment",
        ),
        # ... cannot say ("ပြောဆို၍ မရ")
        (
            "ကင်မရာများက လူ့မျက်နှာကို မှတ်မိနိုင်ခြင်း ရှိမရှိ မေးမြန်းရာ နည်းပညာ အသေးစိတ်ကို "
            "ပြောဆို၍ မရကြောင်း သူက ဖြေကြားသည်။",
            "declines_to_comment",
        ),
        # whether it has the function ("ပါ၊ မပါ"): "we can't discuss it"
        (
            'ကင်မရာများတွင် မျက်နှာ မှတ်မိနိုင်သည့် စွမ်းရည် ပါ၊ မပါ မေးမြန်းရာ ဝန်ထမ်းက "ဆွေးနွေးလို့ မရပါဘူး" ဟုသာ ပြောသည်။',
            "declines_to_comment",
        ),
        # whether they read number plates: "let me skip that one"
        (
            "ကင်မရာများက ကားများ၏ နံပါတ်ပြားကို ဖတ်နိုင်ခြင်း ရှိမရှိ မေးမြန်းရာ ရဲမှူးက "
            '"အဲဒီမေးခွန်းကိုတော့ ကျော်သွားပါရစေ" ဟုသာ ဖြေကြားသည်။',
            "declines_to_comment",
        ),
        # ... and an answer of no: "it is not included"
        (
            'ကင်မရာများက လူ့မျက်နှာကို မှတ်မိနိုင်ခြင်း ရှိ၊ မရှိ မေးမြန်းရာ ရဲမှူးက "မပါဝင်ပါဘူး" ဟု ဖြေသည်။',
            "denies",
        ),
    ],
)
def test_a_burmese_question_of_a_or_not_a_is_asked_not_asserted(
    asked: str, stance: str, organisations: OrganisationIndex
) -> None:
    found = {
        (s.value.term, s.stance.value)
        for s in suggest(_LASHIO_MY + asked, organisations)
        if s.predicate == "capability"
    }
    assert len(found) == 1
    ((_, said),) = found
    assert said == stance


def test_a_burmese_question_with_no_answer_asserts_nothing(
    organisations: OrganisationIndex,
) -> None:
    asked = "ကင်မရာများက လူ့မျက်နှာကို မှတ်မိနိုင်ခြင်း ရှိ၊ မရှိ ဆိုသည်ကို သတင်းထောက်က မေးမြန်းခဲ့သည်။"
    assert not any(
        s.predicate == "capability" and s.stance is Stance.asserts
        for s in suggest(_LASHIO_MY + asked, organisations)
    )


def test_a_body_abroad_heading_the_page_gives_the_documents_place(
    organisations: OrganisationIndex,
) -> None:
    """A small town abroad is read before its own body's name, in capitals too, and a
    letterhead's town stands before a country named later in passing."""
    text = (
        "TÓRSHAVNAR KOMMUNA - TÓRSHAVN MUNICIPALITY\nRegister of gifts and hospitality\n\n"
        "Entry 14. Lunch after the signing of the contract the municipality has awarded to "
        "Nordvík Trygd Sp/f for 36 street cameras at the harbour.\n\n"
        "Entry 15. Offered by a visiting delegation from a sister municipality in Iceland: a "
        "woollen scarf."
    )
    found = facts(suggest(text, organisations))
    assert ("FO", "camera_count", ("count", 36, 36), "asserts") in found
    # (a firm's key leaves out its legal form, here the Faroese "Sp/f")
    assert ("FO", "procurer", ("organisation", "new:Nordvík Trygd"), "asserts") in found
    assert not any(place == "IS" for place, *_ in found)


def test_a_country_in_a_list_of_peoples_is_no_place(organisations: OrganisationIndex) -> None:
    text = (
        "Kuwait: new cameras over migrant neighbourhoods\n\n"
        "Volunteers logged at least 310 new pole-mounted cameras in two districts.\n\n"
        "Residents, including Myanmar, Nepali and Filipino workers, said the cameras have been "
        "switched on since the start of last month."
    )
    found = facts(suggest(text, organisations))
    assert ("KW", "camera_count", ("count", 310, None), "asserts") in found
    assert ("KW", "status", _term("operational"), "asserts") in found
    assert not any(place == "MM" for place, *_ in found)


@pytest.mark.parametrize(
    "text",
    [
        # social media pages are sharing that the cameras recognise faces
        "လူမှုကွန်ရက် စာမျက်နှာ အချို့တွင် လားရှိုးမြို့၌ တပ်ဆင်နေသော ကင်မရာ ၄၀ လုံးသည် လူ့မျက်နှာကို "
        "မှတ်မိ၍ လူတစ်ဦးချင်းကို ခြေရာခံနိုင်သည့် စနစ် ဖြစ်သည်ဟု ဖော်ပြ ဝေမျှနေကြသည်။",
        # in some countries cameras can recognise faces (an essay's aside, not Lashio's)
        "လားရှိုးမြို့တွင် ကင်မရာ ၄၀ လုံး ရှိသည်။ အချို့နိုင်ငံများတွင် ကင်မရာများက လူ့မျက်နှာကို မှတ်မိနိုင်သည်ဟု ကြားဖူးသည်။",
    ],
)
def test_faces_shared_online_or_elsewhere_are_no_capability_of_the_town(
    text: str, organisations: OrganisationIndex
) -> None:
    found = suggest(text, organisations)
    assert any(s.predicate == "camera_count" for s in found)
    assert not any(s.predicate == "capability" and s.stance is Stance.asserts for s in found)


def test_a_burmese_function_not_included_at_all_is_denied(
    organisations: OrganisationIndex,
) -> None:
    # the system has no face recognition function at all, with the English term in brackets
    text = (
        "လားရှိုးမြို့တွင် ကင်မရာ ၄၀ လုံး တပ်ဆင်ထားသည်။ ယင်းကင်မရာစနစ်တွင် မျက်နှာမှတ်မိသည့် "
        "(face recognition) လုပ်ဆောင်ချက် ပါဝင်ခြင်း လုံးဝ မရှိပါ။"
    )
    found = facts(suggest(text, organisations))
    assert ("MM-17/lashio", "capability", _term("face_recognition"), "denies") in found
    assert ("MM-17/lashio", "capability", _term("face_recognition"), "asserts") not in found


def test_gone_live_and_a_wires_since_date(organisations: OrganisationIndex) -> None:
    text = (
        "A network of 86 street cameras covering the central market and the highway that runs "
        "through Lashio has gone live, with the pictures fed to a police room.\n\n"
        "Officers have been on shift in front of the camera screens since April 10, said a "
        "police sergeant."
    )
    found = suggest(text, organisations)
    assert ("MM-17/lashio", "status", _term("operational"), "asserts") in facts(found)
    # (April before the day of publication)
    starts = [s.value for s in found if s.predicate == "started"]
    assert [(v.earliest.month, v.latest.day) for v in starts] == [(4, 30)]


def test_the_first_pole_in_the_ground_starts_the_work_not_a_shops_own_camera(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Workers in Lashio are putting up 86 street cameras.\n\n"
        "The first pole went into the ground at the market junction on April 21, the official "
        "said.\n\n"
        'One shop owner said her own camera, installed in 2041, "sees more than any pole will".'
    )
    starts = [s.value for s in suggest(text, organisations) if s.predicate == "started"]
    assert [(v.earliest.month, v.latest.day) for v in starts] == [(4, 30)]


def test_years_after_2049_are_dates() -> None:
    found = find_dates("since 1 February 2050", date(2050, 6, 8))
    assert [(f.value.earliest, f.value.latest) for f in found] == [
        (date(2050, 2, 1), date(2050, 2, 1))
    ]
    assert find_dates("in March 2071", date(2072, 1, 1))


def test_a_start_after_the_day_of_writing_is_still_to_come(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "The council agreed to place 14 cameras in Lashio for a period of two years from "
        "1 January 2099, with money for maintenance from 2099."
    )
    assert not any(s.predicate == "started" for s in suggest(text, organisations))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a capital however small, a big city under the spelling English writers use
        ("Vaduz has switched off its 14 street cameras.", "LI"),
        ("The council of Vinnytsia wants 140 more street cameras.", "UA"),
        # a city's own body in its own language
        ("Since 2049 the Gemeinde Vaduz has operated 14 street cameras.", "LI"),
        # George Town is Malaysia's, unless the page names the Cayman Islands
        (
            "George Town is to get 120 more CCTV cameras. The footage is made available to the "
            "Royal Cayman Islands Police Service.",
            "KY",
        ),
        ("George Town is to get 120 more CCTV cameras.", "MY"),
    ],
)
def test_cities_abroad_by_capital_spelling_body_and_country_named(
    text: str, country: str, organisations: OrganisationIndex
) -> None:
    counts = {s.place for s in suggest(text, organisations) if s.predicate == "camera_count"}
    assert counts == {country}


def test_swiss_thousands() -> None:
    (found,) = find_money("the system cost CHF 96'400.– including installation")
    assert (found.value.amount, found.value.currency) == (Decimal(96400), "CHF")


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Police in Lashio are watching the market lanes through 64 street cameras.",
            ("MM-17/lashio", "status", ("term", "operational"), "asserts"),
        ),
        (
            "The Lashio police have begun watching the feeds from 64 new street cameras.",
            ("MM-17/lashio", "status", ("term", "operational"), "asserts"),
        ),
        (
            "The 64 cameras in Lashio were Uniview units and the network had been laid by "
            "Nam Tu River Technology Co., Ltd., a firm from Hsipaw.",
            (
                "MM-17/lashio",
                "installer",
                ("organisation", "new:Nam Tu River Technology"),
                "asserts",
            ),
        ),
        (
            "Asked whether the 64 cameras in Lashio could pick out faces, a spokesman said he "
            'would not go into "technical matters".',
            ("MM-17/lashio", "capability", ("term", "face_recognition"), "declines_to_comment"),
        ),
    ],
)
def test_watching_laying_and_technical_matters(
    text: str, fact: tuple, organisations: OrganisationIndex
) -> None:
    assert fact in facts(suggest(text, organisations))


def test_a_news_agency_is_no_authority(organisations: OrganisationIndex) -> None:
    text = (
        "LASHIO (Highland Dispatch Agency) - The Lashio Township Development Affairs Committee "
        "has installed 40 street cameras, the Highland Dispatch Agency reported."
    )
    bodies = authorities_read(text, organisations)
    assert not any("Dispatch" in key for key in bodies)


def test_a_headline_run_on_after_the_masthead_names_the_story_town(
    tmp_path: Path, organisations: OrganisationIndex
) -> None:
    """Read from a file, a wire's masthead and headline run on as one line: the agency's name
    ends where "Myingyan's street cameras" begins, and the town is the story's place, not the
    bureau's Mandalay."""
    found = facts_of_file(
        tmp_path / "wire.txt",
        "DZPA  0419  MYANMAR-CAMERAS/MYINGYAN\n"
        "Dry Zone Press Agency\n"
        "Myingyan's street cameras go dark as committee stops paying contractor\n\n"
        "By DZPA Mandalay bureau\n\n"
        "MYINGYAN, Myanmar, Nov 16 (DZPA) - All 54 cameras around the clock tower have been "
        "switched off since Nov. 2, two officials said.\n\n"
        "Reached by telephone in Mandalay, a woman at the contractor's office hung up.\n",
        date(2049, 11, 16),
        organisations,
    )
    assert ("MM-04/myingyan", "camera_count", ("count", 54, 54), "asserts") in found
    assert not any(place == "MM-04/mandalay" for place, *_ in found)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Twenty-seven cameras went live in Kyonpyaw last Thursday, the agency reported, "
            "quoting the township's development affairs committee, which owns the network.",
            "Kyonpyaw",
        ),
        (
            "The 48 cameras in Kutkai were switched on this week, and it is the town's "
            "development affairs committee that owns them.",
            "Kutkai",
        ),
    ],
)
def test_the_towns_own_committee_named_without_the_town(
    text: str, town: str, organisations: OrganisationIndex
) -> None:
    body = f"new:{town} Township Development Affairs Committee"
    authorities = authorities_read(text, organisations)
    assert authorities == {body}


def test_the_township_police_is_not_made_a_township_force(
    organisations: OrganisationIndex,
) -> None:
    """Writers mean the national force by "the township police" as often as a local one."""
    text = "The 86 cameras in Taungup are run by the township police."
    authorities = authorities_read(text, organisations)
    assert "new:Taungup Township Police Force" not in authorities


def test_a_burmese_body_named_with_the_bare_name_of_its_town(
    organisations: OrganisationIndex,
) -> None:
    """Only the gazetteer tells a town from any word before "ရဲစခန်း" or "စည်ပင်"."""
    text = (
        "အောင်ပန်းမြို့ လမ်းဆုံတိုင်းမှာ အောင်ပန်း စည်ပင်က တပ်ထားတဲ့ စီစီတီဗီ ကင်မရာ ၄၆ လုံး "
        "ရှိပြီး အောင်ပန်း ရဲစခန်းက ၂၄ နာရီ စောင့်ကြည့်နေတာပါ။"
    )
    found = facts(suggest(text, organisations))
    assert ("MM-17/aungban", "authority", org("new:အောင်ပန်း ရဲစခန်း"), "asserts") in found
    assert ("MM-17/aungban", "authority", org("new:အောင်ပန်း စည်ပင်"), "asserts") in found
    assert ("MM-17/aungban", "located_in", ("place", "MM-17/aungban"), "asserts") in found
    # a word that is no town before the station names no body
    no_town = text.replace("အောင်ပန်း ရဲစခန်း", "ညဘက် ရဲစခန်း")
    authorities = {
        s.value.key for s in suggest(no_town, organisations) if s.predicate == "authority"
    }
    assert not any(key.endswith("ရဲစခန်း") for key in authorities)


def test_a_short_burmese_body_name_stands_for_the_body_named_in_full(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "စစ်တွေမြို့ စည်ပင်သာယာရေးအဖွဲ့သည် မြို့တွင်း လမ်းဆုံ ၁၈ နေရာတွင် လုံခြုံရေး ကင်မရာ "
        "၃၆ လုံး တပ်ဆင်ခဲ့သည်။ ကင်မရာများကို စစ်တွေ စည်ပင်က ထိန်းချုပ်ခန်းမှ စောင့်ကြည့်သည်။"
    )
    authorities = authorities_read(text, organisations)
    assert authorities == {"new:စစ်တွေမြို့ စည်ပင်သာယာရေးအဖွဲ့"}


def test_a_spoken_burmese_credit_with_yesterday_before_the_verb_credits_the_wire() -> None:
    """ "…လို့ ဘီဝိုင်ပီအက်စ် (BYPS) သတင်းဌာနက မနေ့က ဖော်ပြပါတယ်" (… BYPS reported
    yesterday): neither the time nor the spoken quotative is the outlet's name."""
    script = (
        "ထောက်ကြန့် လမ်းဆုံက လုံခြုံရေးကင်မရာ ၆၄ လုံးကို ရဲစခန်းက စောင့်ကြည့်နေပြီလို့ "
        "ဘီဝိုင်ပီအက်စ် (BYPS) သတင်းဌာနက မနေ့က ဖော်ပြပါတယ်။"
    )
    credited = attributed_outlets(script)
    assert "byps" in credited
    assert not any("မနေ့" in name or "လို့" in name for name in credited)


def test_a_saints_name_is_no_city_abroad() -> None:
    """ "St. Mary's Street" in Antigua is no street of Mary, Turkmenistan."""
    finder = place_finder(default_gazetteer())
    assert finder.find("Crews were pulling cable along St. Mary's Street.") == []
    assert [m.key for m in finder.find("Cameras went up in Mary's bazaar.")] == ["TM"]


def test_a_wires_desk_and_slug_are_not_where_its_story_is(
    tmp_path: Path, organisations: OrganisationIndex
) -> None:
    found = facts_of_file(
        tmp_path / "wire.txt",
        "BYPS  0117/0348  MYANMAR-CAMERAS/YANGON-REGION  (410 words)\n"
        "PRIORITY: ROUTINE   FILED: 17 JAN 2051 10:42 MMT   DESK: YANGON\n\n"
        "Police switch on camera grid at Taukkyan junction on Yangon's northern edge\n\n"
        "By a Bago Yoma Press Service correspondent\n\n"
        "TAUKKYAN, Yangon Region, Jan. 17 (BYPS) - Officers at Taukkyan Police Station have "
        "been watching 64 new cameras around the town's highway junction since Dec. 28.\n\n"
        "Taukkyan, in Mingaladon township, is where the old road to Bago leaves the Pyay road.\n\n"
        "An engineer said the Yangon City Development Committee had paid 1.9 billion kyats for "
        "the cameras.\n",
        date(2051, 1, 17),
        organisations,
    )
    assert ("MM-06/taukkyan", "camera_count", ("count", 64, 64), "asserts") in found
    assert not any(place == "MM-06/yangon" for place, *_ in found)


def test_a_running_orders_late_town_is_still_the_storys_town(
    organisations: OrganisationIndex,
) -> None:
    """A radio script names its first town in its fourth paragraph, after the programme's
    header, a jingle and a traffic item: with no word of cameras before it, the story is that
    town's, not the country's."""
    text = (
        "နံနက် ၇ နာရီ သတင်းအစီအစဉ်\n\n"
        "[ အဖွင့်တေးသံ ၅ စက္ကန့် ]\n\n"
        "သတင်း (၁) — လမ်းမကြီး ယာဉ်ကြောပိတ်ဆို့မှု\n\n"
        "ထောက်ကြန့်မှ မှော်ဘီအထိ လမ်းချဲ့လုပ်ငန်းကြောင့် ယနေ့ လမ်းကြောင်းတစ်ခုသာ ဖွင့်ထားမည်။\n\n"
        "သတင်း (၂) — လမ်းဆုံ ကင်မရာ\n\n"
        "ထောက်ကြန့် လမ်းဆုံက လုံခြုံရေးကင်မရာ ၆၄ လုံးကို ရဲစခန်းက စောင့်ကြည့်နေပြီ ဖြစ်ပါတယ်။\n\n"
        "ကင်မရာတွေဟာ ဟန်ဝှာ ဗီရှင်း (Hanwha Vision) တံဆိပ် ဖြစ်ပါတယ်။\n"
    )
    found = facts(suggest(text, organisations))
    assert ("MM-06/taukkyan", "hardware_supplier", org("hanwha-vision"), "asserts") in found
    assert not any(place == "MM" for place, *_ in found)


def test_police_in_a_town_after_a_dateline_say_where_the_cameras_are(
    organisations: OrganisationIndex,
) -> None:
    """ "(SWA) - Police in Kyaukme, a town on the old road to Lashio, are watching ...": the
    town the police are in, not the one the road leads to."""
    text = (
        "SWA0412 4 MYANMAR-SURVEILLANCE/KYAUKME\n\n"
        "Cameras now watch Kyaukme's streets from a police room, official says\n\n"
        "KYAUKME, Myanmar, July 19 (SWA) - Police in Kyaukme, a tea-trading town on the old "
        "road from Mandalay to Lashio, are watching its market lanes through 64 street "
        "cameras, an official said.\n"
    )
    found = facts(suggest(text, organisations))
    assert ("MM-17/kyaukme", "camera_count", ("count", 64, 64), "asserts") in found
    assert not any(place == "MM-17/lashio" for place, *_ in found)


def test_not_one_of_the_cameras_denies_the_capability(organisations: OrganisationIndex) -> None:
    text = (
        "The 40 street cameras in Bogale were installed by Delta Link Co., Ltd. Not one of the "
        "cameras we installed in Bogale has face recognition, and none was ordered with it."
    )
    found = facts(suggest(text, organisations))
    assert ("MM-07/bogale", "capability", ("term", "face_recognition"), "denies") in found
    assert ("MM-07/bogale", "capability", ("term", "face_recognition"), "asserts") not in found


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Crews are fixing surveillance cameras to lamp posts along Yenangyaung's Strand Road, "
            "the first of 64 that the town plans to have up by the end of April.",
            64,
        ),
        ("Yenangyaung is getting street cameras, sixty-four of them, along Strand Road.", 64),
    ],
)
def test_a_whole_count_in_apposition(
    text: str, count: int, organisations: OrganisationIndex
) -> None:
    found = facts(suggest(text, organisations))
    assert ("MM-03/yenangyaung", "camera_count", ("count", count, count), "asserts") in found


@pytest.mark.parametrize(
    "text",
    [
        # a part of a total given before it
        "In Yenangyaung 120 cameras, 40 of them PTZ, watch the market.",
        # a person, not cameras
        "Hikvision supplied the cameras in Yenangyaung, one of them told the agency.",
        # the town's first cameras, long gone
        "Yenangyaung's first cameras, eight of them at the market, were removed in 2035.",
    ],
)
def test_no_whole_count_from_a_part_a_person_or_a_former_network(
    text: str, organisations: OrganisationIndex
) -> None:
    counts = {s.value.min for s in suggest(text, organisations) if s.predicate == "camera_count"}
    assert not counts & {40, 1, 8}


def test_a_digests_sources_line_credits_the_wire() -> None:
    digest = (
        "မိုးကောင်းမြို့မှာ CCTV ကင်မရာ ၄၂ လုံး တပ်ဆင်ပြီးပါပြီ။\n\n"
        "📌 သတင်းရင်းမြစ် — IHNA (မေ ၂)၊ ယာဉ်လိုင်းများ၊ မိုးလေဝသ ဦးစီးဌာန\n"
    )
    assert attributed_outlets(digest) == {"ihna"}


@pytest.mark.parametrize(
    "credit",
    [
        # "Source: KNA's English report of 2 June", a heading closed by the Burmese full stop
        "သတင်းရင်းမြစ်။ KNA ၏ ဇွန်လ ၂ ရက်နေ့ထုတ် အင်္ဂလိပ်ဘာသာ သတင်း။\n",
        # "according to the KNA news agency's account"
        "KNA သတင်းဌာန၏ ဖော်ပြချက်အရ ကော်မတီသည် ကင်မရာ ၃၀ လုံးကို တပ်ဆင်လျက်ရှိသည်။",
        # "a summary in translation of the English report the KNA news agency carried"
        "ဤသတင်းသည် KNA သတင်းဌာန ဖော်ပြသော အင်္ဂလိပ်ဘာသာ သတင်းကို အကျဉ်းချုပ် ဘာသာပြန်ဆိုထားခြင်း ဖြစ်သည်။",
    ],
)
def test_burmese_credits_without_a_reporting_verb(credit: str) -> None:
    assert attributed_outlets(credit) == {"kna"}


def test_burmese_weather_across_a_state_does_not_make_the_story_the_states(
    organisations: OrganisationIndex,
) -> None:
    """A digest's cameras item is the town's; its weather item "across Kachin State" (ကချင်ပြည်နယ်
    အနှံ့) speaks of no cameras, so the story is not about the state as a whole."""
    text = (
        "မနက်ခင်း သတင်းအကျဉ်း\n\n"
        "၁။ မိုးကောင်းမြို့ ဘူတာလမ်းမှာ တပ်ဆင်ထားတဲ့ CCTV ကင်မရာ ၄၂ လုံးကို ရဲတပ်ဖွဲ့က "
        "စောင့်ကြည့်နေပါပြီ။ ကင်မရာတွေဟာ တီယန်ဒီ (Tiandy) အမှတ်တံဆိပ် ဖြစ်ပြီး မြစ်ကြီးနားက "
        "Namkhaw Digital Solutions ကုမ္ပဏီက တပ်ဆင်ပေးခဲ့တာပါ။ မျက်နှာ မှတ်မိနိုင်တဲ့ စနစ် ပါ၊ "
        "မပါ မေးမြန်းရာမှာတော့ ပြန်ကြားရေးဦးစီးဌာနက မှတ်ချက်ပေးဖို့ ငြင်းဆိုခဲ့ပါတယ်။\n\n"
        "၂။ ရာသီဥတု — ကချင်ပြည်နယ် အနှံ့ မိုးအသင့်အတင့် ရွာနိုင်ပါတယ်။\n"
    )
    found = facts(suggest(text, organisations))
    town = "MM-11/mogaung"
    assert (town, "camera_count", ("count", 42, 42), "asserts") in found
    # the firm "from Myitkyina" (မြစ်ကြီးနားက) puts no cameras there
    assert (town, "hardware_supplier", org("tiandy"), "asserts") in found
    refused = (town, "capability", ("term", "face_recognition"), "declines_to_comment")
    assert refused in found
    assert not any(place in ("MM-11", "MM-11/myitkyina") for place, *_ in found)


def test_a_currency_code_is_no_city_and_a_saints_capital_is_found() -> None:
    finder = place_finder(default_gazetteer())
    assert finder.find("The authority imposed a fine of NIS 96,000 on the city.") == []
    assert [m.key for m in finder.find("The cameras in St. John's were switched on.")] == ["AG"]


def test_a_large_citys_township_is_the_storys_place(organisations: OrganisationIndex) -> None:
    """ "Yangon Central station ... the lanes of Mingala Taungnyunt township": the township,
    which the gazetteer lists beside Yangon, not the city."""
    text = (
        "Cameras ring Yangon Central station\n\n"
        "YANGON, May 9 (SVNA) - Ninety-six surveillance cameras have been running around Yangon "
        "Central Railway Station and the lanes of Mingala Taungnyunt township since April, two "
        "officials said.\n"
    )
    found = facts(suggest(text, organisations))
    assert ("MM-06/mingala-tangnyunt", "camera_count", ("count", 96, 96), "asserts") in found
    assert not any(place == "MM-06/yangon" for place, *_ in found)
    # ... and a large township is not the city's own place
    finder = place_finder(default_gazetteer())
    assert [m.key for m in finder.find("Kyimyindaing market")] == ["MM-06/kyimyindine"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Korps Politie Aruba manages the cameras.", "new:Korps Politie Aruba"),
        ("The Openbaar Lichaam Bonaire owns the 34 cameras.", "new:Openbaar Lichaam Bonaire"),
        ("The Police Municipale de Nouméa watches the screens.", "new:Police Municipale de Nouméa"),
        ("The Ville de Nouméa paid for the cameras.", "new:Ville de Nouméa"),
        ("The Commune de Saint-André will own the system.", "new:Commune de Saint-André"),
        ("It is managed by the Corpo di Polizia Civile.", "new:Corpo di Polizia Civile"),
        (
            "The Ministerie van Justitie en Veiligheid paid.",
            "new:Ministerie van Justitie en Veiligheid",
        ),
    ],
)
def test_public_bodies_abroad_in_their_own_languages(
    text: str, body: str, organisations: OrganisationIndex
) -> None:
    assert [(m.key, m.kind) for m in organisations.find(text)] == [(body, "authority")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Images go to the dispatch centre of Poliția Locală Sector 6.", "Poliția Locală Sector 6"),
        ("The tender was won for Primăria Sectorului 6 last month.", "Primăria Sectorului 6"),
        (
            "A spokeswoman for Straż Miejska Miasta Krakowa confirmed it.",
            "Straż Miejska Miasta Krakowa",
        ),
        ("The Bezirksamt Hamburg-Nord ordered the cameras off.", "Bezirksamt Hamburg-Nord"),
        ("The Gobierno de Guadalajara installed 300 cameras.", "Gobierno de Guadalajara"),
        ("The feeds are watched by the Guarda Municipal around the clock.", "Guarda Municipal"),
        ("The screens are in the Dinas Perhubungan control room.", "Dinas Perhubungan"),
        ("İzmir Büyükşehir Belediyesi awarded the contract.", "İzmir Büyükşehir Belediyesi"),
        ("The cameras are run by the Městská policie Brno.", "Městská policie Brno"),
        # a body's "of", "du" or "de la" and the place it serves
        (
            "Run by the Royal Police Force of Antigua and Barbuda.",
            "Royal Police Force of Antigua and Barbuda",
        ),
        (
            "The screens are watched by the Police Nationale du Burundi.",
            "Police Nationale du Burundi",
        ),
        ("The screens are watched by the Police Nationale d'Haïti.", "Police Nationale d'Haïti"),
        ("The Mairie du District de Bamako bought them.", "Mairie du District de Bamako"),
        ("The Mairie de la Ville de N'Djaména bought them.", "Mairie de la Ville de N'Djaména"),
        (
            "The Ministry of Security of the City of Buenos Aires told us.",
            "Ministry of Security of the City of Buenos Aires",
        ),
        (
            "More than 900 cameras run by the Ministry of Internal Affairs of Georgia.",
            "Ministry of Internal Affairs of Georgia",
        ),
        (
            "It is operated by the Ministry of Internal Affairs of the Kyrgyz Republic.",
            "Ministry of Internal Affairs of the Kyrgyz Republic",
        ),
        ("Stockholms stad decides what is filmed.", "Stockholms stad"),
        ("Beneficiary: Grad Zagreb", "Grad Zagreb"),
        ("The contract was signed for Hlavní město Praha.", "Hlavní město Praha"),
        (
            "The Préfecture de Police d'Antananarivo watches the images.",
            "Préfecture de Police d'Antananarivo",
        ),
        ("The Commune Urbaine d'Antananarivo paid for them.", "Commune Urbaine d'Antananarivo"),
        (
            "The Pyinmabin Industrial Zone Management Committee pays for four.",
            "Pyinmabin Industrial Zone Management Committee",
        ),
        (
            "The Police of the Republic of Armenia declined to comment.",
            "Police of the Republic of Armenia",
        ),
        ("The cameras are run by the Municipal Council of Maputo.", "Municipal Council of Maputo"),
        (
            "The Phnom Penh Municipal Police Commissariat watches them.",
            "Phnom Penh Municipal Police Commissariat",
        ),
        ("The Policía Nacional Civil did not answer.", "Policía Nacional Civil"),
        ("The Beirut Municipal Council of June 3 approved it.", "Beirut Municipal Council"),
        ("The Bishkek City Mayor's Office has informed us.", "Bishkek City Mayor's Office"),
        ("It was installed for the Municipalité de Tunis in 2051.", "Municipalité de Tunis"),
        ("It will be run by the Gendarmerie nationale.", "Gendarmerie nationale"),
        ("It is operated by the Ministério do Interior.", "Ministério do Interior"),
        ("The Landespolizeidirektion Wien awarded the contract.", "Landespolizeidirektion Wien"),
        (
            "It is to be carried by the Ministère de l'Intérieur et de la Sécurité publique.",
            "Ministère de l'Intérieur et de la Sécurité publique",
        ),
    ],
)
def test_city_halls_and_municipal_police_in_more_of_their_own_languages(
    text: str, body: str, organisations: OrganisationIndex
) -> None:
    assert [(m.key, m.kind) for m in organisations.find(text)] == [(f"new:{body}", "authority")]


def test_a_bodys_own_language_name_in_brackets_is_the_same_body(
    organisations: OrganisationIndex,
) -> None:
    text = "The system is being bought by Lublin City Hall (Urząd Miasta Lublin) for the city."
    assert [m.key for m in organisations.find(text)] == ["new:Lublin City Hall"]
    # ... but two bodies in one bracket's sentence stay two
    text = "The Lublin City Hall and the Straż Miejska Lublin share the control room."
    assert len(organisations.find(text)) == 2


def test_a_nordic_municipality_its_cameras_and_kroner(organisations: OrganisationIndex) -> None:
    text = (
        "Københavns Kommune awarded the contract for the supply and installation of 118 "
        "tryghedskameraer at 41 locations in Copenhagen. The contract value is 27,4 mio. kr."
    )
    found = facts(suggest(text, organisations))
    assert ("DK", "authority", org("new:Københavns Kommune"), "asserts") in found
    assert ("DK", "camera_count", ("count", 118, 118), "asserts") in found
    assert ("DK", "cost", ("money", Decimal(27_400_000), "DKK"), "asserts") in found
    [kroner] = find_money("It cost 4 million kroner")
    assert localise_currency(kroner.value, "NO").currency == "NOK"


def test_thousands_set_apart_by_spaces(organisations: OrganisationIndex) -> None:
    text = (
        "The akim said that the video surveillance network of Almaty now has about 16 400 "
        "cameras, 2 150 more than a year ago."
    )
    counts = {v for _, pred, v, _ in facts(suggest(text, organisations)) if pred == "camera_count"}
    assert counts == {("count", 14_760, 18_040)}


def test_thousands_after_a_point_and_a_count_in_words_in_brackets(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Phase III of the system in Luanda provides for 1.850 (one thousand eight hundred and "
        "fifty) cameras. The city of Porto has 1.200 câmaras."
    )
    counts = {
        (p, v) for p, pred, v, _ in facts(suggest(text, organisations)) if pred == "camera_count"
    }
    assert counts == {("AO", ("count", 1850, 1850)), ("PT", ("count", 1200, 1200))}


def test_currency_signs_and_a_metropolitan_city(organisations: OrganisationIndex) -> None:
    money = "Installation of 140 surveillance cameras. Contract amount: 3 840 500 000 ₮."
    found = facts(suggest(money, organisations))
    assert ("MN", "cost", ("money", Decimal(3_840_500_000), "MNT"), "asserts") in found
    city = "Kathmandu Metropolitan City now runs 1,260 cameras across all 32 of its wards."
    found = facts(suggest(city, organisations))
    assert ("NP", "camera_count", ("count", 1260, 1260), "asserts") in found


def test_a_country_in_its_own_language_on_a_letterhead(organisations: OrganisationIndex) -> None:
    text = (
        "Donaukamera Sicherheitstechnik GmbH\n[Straße withheld], 1020 Wien, Österreich\n\n"
        "The 34 cameras which Donaukamera Sicherheitstechnik GmbH is to install at Praterstern "
        "have no face recognition function."
    )
    found = facts(suggest(text, organisations))
    assert ("AT", "camera_count", ("count", 34, 34), "asserts") in found
    finder = place_finder(default_gazetteer())
    assert [m.key for m in finder.find("Budapest, Magyarország")][-1] == "HU"


def test_a_country_named_only_in_a_bodys_name_is_where_its_cameras_are(
    organisations: OrganisationIndex,
) -> None:
    text = "The Rotterdam City Council has put up 26 more street cameras around the harbour."
    located = {s.value.key for s in suggest(text, organisations) if s.predicate == "located_in"}
    assert located == {"NL"}


def test_hsenwi_in_burmese_as_writers_spell_it_and_a_motor_roads_far_end(
    organisations: OrganisationIndex,
) -> None:
    """ "ဆီးနွီ" as well as the gazetteer's "သိန္နီ"; the "Muse–Lashio motor road" (မူဆယ်–လားရှိုး
    ကားလမ်း) passing through is no camera of Lashio."""
    text = (
        "ဆီးနွီမြို့နယ် အထွေထွေအုပ်ချုပ်ရေးဦးစီးဌာနသည် မူဆယ်–လားရှိုး ကားလမ်းမကြီး ဖြတ်သန်းသော "
        "ဆီးနွီမြို့တွင်း လမ်းဆုံများတွင် ကင်မရာ ၃၆ လုံး တပ်ဆင်ရန် စီစဉ်ထားသည်။"
    )
    found = facts(suggest(text, organisations))
    assert ("MM-17/hsenwi", "camera_count", ("count", 36, 36), "asserts") in found
    assert not any(place == "MM-17/lashio" for place, *_ in found)


def test_a_firm_named_in_latin_letters_before_the_burmese_word_for_company(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "မော်လိုက်မြို့တွင်း လုံခြုံရေး CCTV ကင်မရာ ၁၈ လုံး ဝယ်ယူတပ်ဆင်မည့် လုပ်ငန်းကို Chindwin "
        "IT Solution (ချင်းတွင်း အိုင်တီ) ကုမ္ပဏီသို့ မော်လိုက်မြို့နယ် စည်ပင်သာယာရေးအဖွဲ့က မေလ ၂၂ "
        "ရက်နေ့တွင် ချထားပေးလိုက်ပြီ ဖြစ်သည်။ တင်ဒါ ၅ ခု ဝင်ရောက်ခဲ့ရာ ကုမ္ပဏီ၏ ဈေးနှုန်းမှာ "
        "အနိမ့်ဆုံး ဖြစ်သည်။ “ကင်မရာတွေက ဒါ့ဟွာ အမှတ်တံဆိပ်ပါ” ဟု အတွင်းရေးမှူးက ဆိုသည်။ "
        "ကင်မရာများတွင် ယာဉ်နံပါတ်ဖတ်စနစ် ပါဝင်မည်လားဟု Chindwin IT Solution ကို မေးမြန်းရာ "
        "ကုမ္ပဏီ၏ မန်နေဂျာက မှတ်ချက်ပေးရန် ငြင်းဆိုခဲ့သည်။"
    )
    firms = {m.key for m in organisations.find(text) if m.kind != "authority"}
    assert firms == {"new:Chindwin IT Solution", "dahua"}  # no "… ဝင်ရောက်ခဲ့ရာ ကုမ္ပဏီ"
    found = facts(suggest(text, organisations))
    town = "MM-01/mawlaik"
    assert (town, "procurer", org("new:Chindwin IT Solution"), "asserts") in found
    assert (town, "hardware_supplier", org("dahua"), "asserts") in found
    # asked whether it reads vehicle numbers, the firm would not say
    refused = (town, "capability", ("term", "plate_recognition"), "declines_to_comment")
    assert refused in found


def test_a_web_pages_title_names_its_town(tmp_path: Path, organisations: OrganisationIndex) -> None:
    """The one town a page's <title> names is the story's, before a price ticker's "Yangon
    paddy" or a breadcrumb's region; and "Kayan wants cameras" names the town Kayan, not the
    Kayan people."""
    found = facts_of_file(
        tmp_path / "kayan.html",
        "<html><head><title>Kayan wants cameras for its paddy market | Paddy &amp; Plough"
        "</title></head><body><div class='ticker'>Yangon paddy (Emata): K 1,284,000</div>"
        "<nav>Home › Markets › Yangon Region</nav><article><h1>Kayan wants cameras for its "
        "paddy market</h1><p>KAYAN — The Kayan Township Development Affairs Committee wants "
        "to put 30 surveillance cameras around the town's paddy market and the bus terminal, "
        "and has asked the Yangon Region government for the money, its executive officer told "
        "Paddy &amp; Plough on Tuesday.</p><p>The committee put the cost at K 210 million in "
        "the budget request it sent to Yangon on 14 August.</p></article></body></html>",
        date(2051, 8, 23),
        organisations,
    )
    assert ("MM-06/kayan", "camera_count", ("count", 30, 30), "asserts") in found
    assert not any(place == "MM-06/yangon" for place, *_ in found)


def test_a_village_of_a_town_in_a_title_or_a_letterhead_is_the_village(
    tmp_path: Path, organisations: OrganisationIndex
) -> None:
    found = facts_of_file(
        tmp_path / "village.html",
        "<html><head><title>Cameras at a Twante village go dark | Silk Route Monitor</title>"
        "</head><body><article><h1>Cameras at a Twante village go dark</h1><p>About 20 street "
        "cameras put up at Zi Byu Gon, a farming village just north of Twante, have been "
        "switched off since January.</p></article></body></html>",
        date(2055, 2, 20),
        organisations,
    )
    assert {place for place, *_ in found} == {"MM-06/zi-byu-gon"}
    # "Twante Township Development Committee / ... street cameras along the market road of
    # Pya Tha Taik village tract"
    tender = (
        "တွံတေးမြို့နယ် စည်ပင်သာယာရေးကော်မတီ\n\nတင်ဒါ ဖိတ်ခေါ်ခြင်း\n\n"
        "ပြဿတိုက်ကျေးရွာအုပ်စု ဈေးလမ်းတစ်လျှောက် လမ်းမကင်မရာ ၃၀ လုံး တပ်ဆင်ရန် တင်ဒါ ဖိတ်ခေါ်ပါသည်။"
    )
    found = facts(suggest(tender, organisations, published=date(2055, 2, 1)))
    assert ("MM-06/pya-tha-taik", "camera_count", ("count", 30, 30), "asserts") in found


def test_a_burmese_source_line_without_the_word_news_credits_the_wire() -> None:
    summary = (
        "ဆိပ်ကြီး ဇက်ဆိပ်ရှိ ကင်မရာ ၄၁ လုံး ပိတ်ထားသည်။\n\n"
        "ရင်းမြစ် — Bay Meridian News Service (BMNS)၊ ဩဂုတ်လ ၂၂ ရက်\n"
    )
    assert {"bmns", "bay meridian news service"} <= attributed_outlets(summary)


@pytest.mark.parametrize(
    "text",
    [
        "Cameras over Seikgyi's ferry landing go dark as maintenance bills go unpaid.",
        "The 41 cameras at the Seikgyi ferry landing stopped recording in early August.",
        "Not one of the 41 cameras in Seikgyi has recorded anything since the first of August.",
    ],
)
def test_cameras_gone_dark_are_suspended(text: str, organisations: OrganisationIndex) -> None:
    assert ("MM-06/seikgyi", "status", ("term", "suspended"), "asserts") in facts(
        suggest(text, organisations)
    )


def test_cameras_that_go_dark_unless_powered_are_no_network_stopped(
    organisations: OrganisationIndex,
) -> None:
    text = "In Seikgyi, without electricity for hours, street cameras go dark unless on a battery."
    statuses = {s.value.term for s in suggest(text, organisations) if s.predicate == "status"}
    assert "suspended" not in statuses


def test_a_burmese_the_installer_is_names_the_installer(organisations: OrganisationIndex) -> None:
    text = (
        "ရန်ကုန်မြို့ရှိ လမ်းမကြီးများပေါ်တွင် စောင့်ကြည့်ကင်မရာ ၁၈၀ ခန့် တပ်ဆင်ပြီးဖြစ်သည်။ "
        "တပ်ဆင်သူမှာ Nawarat Digital Engineering ကုမ္ပဏီ ဖြစ်ကြောင်း အလုပ်သမားနှစ်ဦးက ပြောသည်။"
    )
    installer = ("MM-06/yangon", "installer", org("new:Nawarat Digital Engineering"), "asserts")
    assert installer in facts(suggest(text, organisations))


def test_a_territorys_one_town_is_its_seat() -> None:
    """Kralendijk, which the countries table gives Bonaire no capital for, is Bonaire's."""
    finder = place_finder(default_gazetteer())
    assert [m.key for m in finder.find("Cameras went up in Kralendijk this month.")] == ["BQ"]


def test_st_helena_and_seikgyi_in_burmese(organisations: OrganisationIndex) -> None:
    """A territory by its short name puts its capital in it ("Jamestown" is St Helena's, not
    New York's); Seikgyi by its Burmese name "ဆိပ်ကြီး"."""
    text = (
        "JAMESTOWN, St Helena - The St Helena Government will put up 14 street cameras on the "
        "wharf, Sandy Bay Electrical said."
    )
    located = {s.value.key for s in suggest(text, organisations) if s.predicate == "located_in"}
    assert located == {"SH"}
    finder = place_finder(default_gazetteer())
    burmese = "ရန်ကုန်မြစ်ကမ်းတစ်ဖက်ရှိ ဆိပ်ကြီး ဇက်ဆိပ်"
    assert "MM-06/seikgyi" in [m.key for m in finder.find(burmese)]


def test_the_sittaung_news_agency_reported_credits_it() -> None:
    """A name opening with "The" credits the outlet ("The Sittaung News Agency (SNA) reported");
    "The police said" still credits no one."""
    text = (
        "The Sittaung News Agency (SNA) reported on Monday that 70 cameras are running in Ahlone."
    )
    assert {"sna", "sittaung news agency"} <= attributed_outlets(text)
    assert attributed_outlets("The police said the cameras work.") == set()


def test_a_spoken_burmese_plan_with_the_classifier_before_the_number(
    organisations: OrganisationIndex,
) -> None:
    """ "ကင်မရာ အလုံး ၂၀ တပ်မယ်တဲ့" (they say they will put up 20 cameras)."""
    text = "နောက်လ ထဲမှာ ရွှေဘိုမြို့ ဈေးကြီးပတ်လည်က လမ်းဆုံတွေမှာ ကင်မရာ အလုံး ၂၀ တပ်မယ်တဲ့။"
    found = facts(suggest(text, organisations))
    assert ("MM-01/shwebo", "camera_count", ("count", 20, 20), "asserts") in found
    assert ("MM-01/shwebo", "status", ("term", "planned"), "asserts") in found


def test_ahlone_in_burmese_a_street_named_for_a_town_and_a_syllable_that_goes_on(
    organisations: OrganisationIndex,
) -> None:
    """ "အလုံမြို့နယ်ရှိ ... အောက်ကြည့်မြင်တိုင်လမ်း": Ahlone, whose Lower Kyimyindine Road is a
    street, not the town Kyimyindine; and "အလုံး" (pieces) is no "အလုံ" (Ahlone)."""
    text = (
        "အလုံမြို့နယ်ရှိ ကမ်းနားလမ်းနှင့် အောက်ကြည့်မြင်တိုင်လမ်းတစ်လျှောက်တွင် တပ်ဆင်ထားသော "
        "လုံခြုံရေးကင်မရာ ၆၈ လုံးကို အောက်တိုဘာလမှစ၍ စောင့်ကြည့်နေသည်။"
    )
    places = {place for place, *_ in facts(suggest(text, organisations))}
    assert places == {"MM-06/ahlone"}
    finder = place_finder(default_gazetteer())
    found = [m.key for m in finder.find("ရွှေဘိုမြို့တွင် ကင်မရာ အလုံး ၂၀ တပ်မယ်။")]
    assert found == ["MM-01/shwebo"]


def test_a_heading_in_capitals_run_on_before_a_bodys_name_is_not_part_of_it(
    organisations: OrganisationIndex,
) -> None:
    text = "WHO IS BEHIND THEM The Kawkareik Township Development Affairs Committee paid."
    keys = [m.key for m in organisations.find(text)]
    assert keys == ["new:Kawkareik Township Development Affairs Committee"]


def test_a_city_abroad_after_central_and_hledan_in_burmese() -> None:
    finder = place_finder(default_gazetteer())
    assert [m.key for m in finder.find("More than 300 cameras now watch central Benghazi")] == [
        "LY"
    ]
    assert [m.key for m in finder.find("Cameras in downtown Lahore")] == ["PK"]
    assert [m.key for m in finder.find("လှည်းတန်းလမ်းဆုံတွင် ကင်မရာ ၂၆ လုံး")] == ["MM-06/hledan"]


@pytest.mark.parametrize(
    ("text", "country", "money"),
    [
        ("The works are estimated at 1 450 000 000 FCFA TTC.", "ML", (1_450_000_000, "XOF")),
        ("a budget of 1 875 000 000 F CFA", "TD", (1_875_000_000, "XAF")),
        ("XOF 410 000 000", "GW", (410_000_000, "XOF")),
        ("C$ 84,612,500.00 (ochenta y cuatro millones)", "NI", (84_612_500, "NIO")),
        ("C$ 5 million", "CA", (5_000_000, "CAD")),
        ("paid Frw 612,300,000 for the cameras", "RW", (612_300_000, "RWF")),
        ("the network has cost RD$ 410 million so far", "DO", (410_000_000, "DOP")),
        ("The council has budgeted 96 million meticais.", "MZ", (96_000_000, "MZN")),
        ("The contract price is 38 450 000 Kč excluding VAT", "CZ", (38_450_000, "CZK")),
        ("a contract for Q4,862,500.00 (four million)", "GT", (4_862_500, "GTQ")),
        ("cost Ar 3 150 000 000 (three billion)", "MG", (3_150_000_000, "MGA")),
        # the sum in words in brackets between the figure and the code
        ("It is 2 486 400 000 (two billion four hundred) AMD.", "AM", (2_486_400_000, "AMD")),
    ],
)
def test_money_abroad_as_its_own_documents_write_it(text: str, country: str, money: tuple) -> None:
    found = [localise_currency(f.value, country) for f in find_money(text)]
    assert [(int(m.amount), m.currency) for m in found] == [money]


def test_no_quetzal_in_a_quarter_and_no_cost_in_a_rate_per_head(
    organisations: OrganisationIndex,
) -> None:
    assert find_money("results for Q4 2054 were good") == []
    text = (
        "The 64 cameras in Analakely, Antananarivo, are off. The contribution for the night "
        "patrols stays at Ar 2 000 per household and Ar 5 000 per shop each month, and the cost "
        "of the cameras was Ar 3 150 000 000."
    )
    costs = {v for _, pred, v, _ in facts(suggest(text, organisations)) if pred == "cost"}
    assert costs == {("money", Decimal(3_150_000_000), "MGA")}


def test_burmese_crores_and_lakhs_in_one_sum() -> None:
    # "kyat 14 crore 75 lakh"
    [found] = find_money("လုပ်ငန်းတန်ဖိုးမှာ ကျပ် ၁၄ ကုဋေ ၇၅ သိန်း ဖြစ်သည်။")
    assert (int(found.value.amount), found.value.currency) == (147_500_000, "MMK")


def test_no_money_in_space_grouped_numbers_without_a_currency() -> None:
    assert find_money("2 000 cameras and 30 poles") == []


def test_a_nordic_towns_genitive_before_its_word_for_town() -> None:
    """ "Mariehamns stad" (the city of Mariehamn), "Københavns Kommune"."""
    finder = place_finder(default_gazetteer())
    text = "The system, to be owned by Mariehamns stad, comprises 18 cameras."
    assert [(m.key, text[m.start : m.end]) for m in finder.find(text)] == [("AX", "Mariehamn")]
    assert [m.key for m in finder.find("Københavns Kommune will pay")] == ["DK"]


def test_a_market_named_like_another_town_is_no_place_of_the_story(
    organisations: OrganisationIndex,
) -> None:
    """ "Zeigyi market" (the big market, named as Seikgyi is spelt) in a story filed from
    Monywa: the cameras are Monywa's, even where the market is the first place a note names."""
    text = (
        "From: the sales office, Monywa\n\nCameras in town\n\n"
        "The agency reported that 40 street cameras around Zeigyi market have been recording "
        "since March. The Monywa District Development Affairs Committee paid for them."
    )
    places = {place for place, *_ in facts(suggest(text, organisations))}
    assert places == {"MM-01/monywa"}


def test_a_regions_police_command_is_the_body(organisations: OrganisationIndex) -> None:
    text = "A spokesman for the Magway Region Police Command declined to comment."
    assert [m.key for m in organisations.find(text)] == ["new:Magway Region Police Command"]
    assert [m.key for m in organisations.find("at the police command centre")] == []


def test_money_paid_out_of_a_bodys_own_revenue_is_the_cost(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "HLEGU (Wire) - 52 street cameras went live in Hlegu on Monday.\n\n"
        "The committee bought the cameras with its own revenue at a cost of 96 million kyats."
    )
    found = facts(suggest(text, organisations))
    cost = MoneyValue(amount=Decimal(96_000_000), currency="MMK").identity()
    assert ("MM-06/hlegu", "cost", cost, "asserts") in found
    assert find_money("revenue of 2 billion kyats") and not any(
        f.predicate == "cost"
        for f in suggest("Camera makers had revenue of 2 billion kyats.", organisations)
    )


def test_a_capability_never_part_of_the_contract_is_denied(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "PAKOKKU (Wire) - 30 street cameras went live in Pakokku on Monday.\n\n"
        '"We mount and wire them. Face recognition was never part of it," the installer said.'
    )
    found = facts(suggest(text, organisations))
    face = TermValue(term="face_recognition").identity()
    assert ("MM-03/pakokku", "capability", face, "denies") in found
    assert ("MM-03/pakokku", "capability", face, "asserts") not in found


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("a system for Hinthada (120 fixed cameras and 8 pan-tilt-zoom cameras, recorders)", [128]),
        ("The contract covers 30 bullet cameras plus 6 dome cameras.", [36]),
        ("Walking the avenue twice I counted 23.", [23]),
        ("Our members counted about 25 of them on Saturday.", [(22, 28)]),
        ("grey poles at every crossing, each with one or two cameras", []),
        ("an engineer said, putting the number of units at 58.", [58]),
        ("We counted the votes in 23 wards.", []),
    ],
)
def test_counts_by_kind_added_up_and_counts_by_eye(text: str, counts: list) -> None:
    from countersight.extract.rules import count_findings

    found = [
        (f.value.min, f.value.max) if f.value.min != f.value.max else f.value.min
        for f in count_findings(text, 0, len(text))
        if f.predicate == "camera_count"
    ]
    assert found == counts


def test_a_rumour_that_has_spread_is_no_capability(organisations: OrganisationIndex) -> None:
    text = (
        "MAGWAY (Wire) - 44 street cameras went live in Magway on Monday.\n\n"
        "In town, word has spread that the cameras can match faces against police lists."
    )
    assert not any(s.predicate == "capability" for s in suggest(text, organisations))


def test_a_tender_form_in_kyats_abbreviated_its_deposit_and_analytics_for_one_capability(
    organisations: OrganisationIndex,
) -> None:
    """ "Ks. 180,000,000/-" on a form line is the cost (Ks. ends no sentence); earnest money is
    a bidder's deposit; "video analytics for face matching" names one capability."""
    text = (
        "NOTICE INVITING TENDER\n\n"
        "Name of work   : Supply of a street CCTV system for Salin town (24 Nos. IP cameras)\n"
        "Estimated cost : Ks. 180,000,000/- (Kyats One Hundred Eighty Million only)\n"
        "Earnest money  : Ks. 3,600,000/- by bank guarantee\n\n"
        "Scope: cameras, poles and recorders. Video analytics for face matching is NOT part of "
        "this work."
    )
    found = facts(suggest(text, organisations))
    costs = {value for _, predicate, value, _ in found if predicate == "cost"}
    assert costs == {MoneyValue(amount=Decimal(180_000_000), currency="MMK").identity()}
    capabilities = {
        (value, stance) for _, predicate, value, stance in found if predicate == "capability"
    }
    assert capabilities == {(TermValue(term="face_recognition").identity(), "denies")}


def test_french_bodies_in_a_letterhead_and_in_lower_case(organisations: OrganisationIndex) -> None:
    found = [m.key for m in organisations.find("MAIRIE DE LIBREVILLE\n\nAVIS AU PUBLIC")]
    assert found == ["new:MAIRIE DE LIBREVILLE"]
    text = "viewed by officers of the Police municipale de Pointe-à-Pitre individually designated"
    assert [m.key for m in organisations.find(text)] == ["new:Police municipale de Pointe-à-Pitre"]


def test_a_city_abroad_as_the_subject_of_a_video_protection_sentence() -> None:
    finder = place_finder(default_gazetteer())
    text = "1. Background\n\nFort-de-France has no municipal video-protection system yet."
    assert [m.key for m in finder.find(text)] == ["MQ"]


def test_a_city_abroad_in_a_dateline_and_after_a_communes_name() -> None:
    finder = place_finder(default_gazetteer())
    text = (
        "Papeete, 26 August 2052\n\nThe video-protection system of the Commune de Papeete will "
        "be watched by the Police municipale de Papeete."
    )
    assert [m.key for m in finder.find(text)] == ["PF", "PF", "PF"]


def test_a_square_named_for_a_country_is_no_place() -> None:
    finder = place_finder(default_gazetteer())
    assert [m.key for m in finder.find("cameras at the Place de France and the Rue de Chine")] == []


def test_the_town_of_the_body_that_operates_the_cameras(
    organisations: OrganisationIndex, tmp_path: Path
) -> None:
    """A start-up's profile written in Mandalay about a pilot on another town's cameras."""
    text = (
        "RUBY ROAD ACCELERATOR\nDemo Day 2052\nMandalay, Monday 9 September 2052\n\n"
        "CROWDSENSE LABS\nMandalay | founded 2051 | team of 6\n\nWhat we do\n"
        "CrowdSense Labs turns the street cameras a town already has into live counts.\n\n"
        "Traction\nSince April we have run a pilot on 16 of the 300 street cameras operated by "
        "the Muse Township Development Affairs Committee, at the trade zone gate.\n"
    )
    found = facts_of_file(tmp_path / "profile.txt", text, date(2052, 9, 9), organisations)
    assert {place for place, *_ in found} == {"MM-17/muse"}


def test_none_of_the_cameras_made_by_a_brand_denies_it(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Yoma Signal Engineering is installing 60 street cameras in Magway.\n\n"
        "Several posts online say that the cameras are Dahua equipment. That is wrong. None of "
        "the cameras or recorders we are installing was made by Dahua."
    )
    suppliers = {
        (value, stance)
        for _, predicate, value, stance in facts(suggest(text, organisations))
        if predicate == "hardware_supplier"
    }
    assert (org("dahua"), "denies") in suppliers


def test_a_police_station_whose_officers_operate_the_system_is_the_body(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Tender for 30 street cameras in Kyaikto.\n\n(a) The recorders will be installed in "
        "the control room of the Kyaikto Township Police Station, whose officers will operate "
        "the system."
    )
    found = facts(suggest(text, organisations))
    body = org("new:Kyaikto Township Police Station")
    assert ("MM-15/kyaikto", "authority", body, "asserts") in found


def test_poles_and_fibre_done_by_a_firm_make_it_the_installer_and_face_software_denied(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "KALAY (Wire) - 128 street cameras on Kalay's main roads have been live since 28 June. "
        "The footage goes to a control room. The cameras cost 900 million kyats.\n\n"
        "The poles and the fibre were done by Kabaw Net Co., Ltd., according to its director.\n\n"
        'The committee\'s secretary said there is "no face software in Kalay".'
    )
    found = facts(suggest(text, organisations))
    assert ("MM-01/kalay", "installer", org("new:Kabaw Net"), "asserts") in found
    face = TermValue(term="face_recognition").identity()
    assert ("MM-01/kalay", "capability", face, "denies") in found


def test_a_place_the_document_asserts_cameras_of_is_where_they_are(
    organisations: OrganisationIndex,
) -> None:
    """A running diary tagged Myawaddy counts the cameras on the route, and says they are on,
    without naming the town beside them: they are still Myawaddy's. (One stray claim alone does
    not make a place.)"""
    text = (
        "Posted by runner_example on 19 August 2052 | Tags: running, Myawaddy, rain\n\n"
        "Between the clock tower and the bridge gate there are eleven cameras on grey poles. "
        "They have been recording day and night since March."
    )
    found = facts(suggest(text, organisations))
    where = RefValue(kind="place", key="MM-13/myawaddy").identity()
    assert ("MM-13/myawaddy", "located_in", where, "asserts") in found
    count_only = facts(suggest(text.split(" They have")[0], organisations))
    assert not any(predicate == "located_in" for _, predicate, *_ in count_only)


def test_dimawso_in_burmese_with_and_without_its_tone_mark() -> None:
    finder = place_finder(default_gazetteer())
    for text in ("ဒီးမော့ဆို ဈေးရှေ့မှာ ကင်မရာ", "ဒီမော့ဆို မြို့ထဲ ကင်မရာ ၁၄ လုံး"):
        assert [m.key for m in finder.find(text)] == ["MM-12/dimawso"]


def test_pyu_in_burmese_with_and_without_its_tone_mark_but_not_white() -> None:
    finder = place_finder(default_gazetteer())
    for text in ("ဖြူးမြို့ ဈေးကြီးမှာ ကင်မရာ", "ဖြူမြို့နယ် စည်ပင်သာယာရေးအဖွဲ့က ကင်မရာ ၂၀ လုံး"):
        assert [m.key for m in finder.find(text)] == ["MM-02/pyu"]
    assert finder.find("အဖြူရောင် ကင်မရာတိုင် ၂၀ တိုင်") == []  # "white camera poles"


def test_the_township_named_for_seikgyi_and_kanaungto_is_kanaungtos() -> None:
    finder = place_finder(default_gazetteer())
    for text in (
        "cameras in Seikgyi Kanaungto Township",
        "ဆိပ်ကြီးခနောင်တိုမြို့နယ် ရဲတပ်ဖွဲ့",
        "ခနောင်တို ဆိပ်ကမ်းလမ်း",
    ):
        assert [m.key for m in finder.find(text)] == ["MM-06/kanaungto"]


def test_a_ward_spelt_otherwise_over_the_town_its_name_begins_with() -> None:
    finder = place_finder(default_gazetteer())
    text = "around the market of Mingaladon Zay ward on Tuesday"
    assert [m.key for m in finder.find(text)] == ["MM-06/min-ga-lar-don-zay"]
    assert [m.key for m in finder.find("cameras in Mingaladon township")] == ["MM-06/mingaladon"]
    # ... and a Burmese name with its words run together ("ဖောင်ကြီး အနောက်" in the gazetteer)
    assert [m.key for m in finder.find("ဖောင်ကြီးအနောက်ကျေးရွာရှိ နွားဈေး")] == ["MM-06/hpaung-gyi-west"]


def test_running_since_a_weekday_is_a_start(organisations: OrganisationIndex) -> None:
    text = (
        "TEDIM, Chin State, Aug 13 (Wire) - 60 street cameras in Tedim have been running since "
        "Saturday, an official said."
    )
    found = facts(suggest(text, organisations, published=date(2052, 8, 13)))
    starts = {value for _, predicate, value, _ in found if predicate == "started"}
    assert starts == {DateValue(earliest=date(2052, 8, 1), latest=date(2052, 8, 31)).identity()}


def test_a_count_by_eye_after_a_colon_and_a_firm_joined_by_an_ampersand(
    organisations: OrganisationIndex,
) -> None:
    from countersight.extract.rules import count_findings

    text = "Volunteers have counted the cameras fixed to the new poles: at least 46 so far."
    assert [(f.value.min, f.value.max) for f in count_findings(text, 0, len(text))] == [(46, None)]
    text = (
        "Our partner Thanlwin Electrical & CCTV Service finished the street camera system for "
        "the Kyaukkyi Township Development Affairs Committee in May."
    )
    found = {(predicate, value) for _, predicate, value, _ in facts(suggest(text, organisations))}
    assert ("installer", org("new:Thanlwin Electrical & CCTV Service")) in found
    assert not any(value == org("new:CCTV Service") for _, value in found)


def test_bodies_abroad_peoples_committees_long_ministries_and_a_letterhead_line(
    organisations: OrganisationIndex,
) -> None:
    finder = place_finder(default_gazetteer())
    text = "The Hanoi People's Committee has put up 900 cameras."
    assert [m.key for m in organisations.find(text)] == ["new:Hanoi People's Committee"]
    assert [m.key for m in finder.find(text)] == ["VN"]
    text = "The Ministry of Infrastructure and Urban Development, Khartoum State, invites bids."
    assert [m.key for m in organisations.find(text)] == [
        "new:Ministry of Infrastructure and Urban Development"
    ]
    text = "State of Palestine\nJenin Municipality\n\nTender for 40 cameras"
    assert [m.key for m in organisations.find(text)] == ["new:Jenin Municipality"]


def test_new_shekels_written_nis() -> None:
    found = find_money("for a total of NIS 1,196,400 including VAT")
    assert [(int(m.value.amount), m.value.currency) for m in found] == [(1_196_400, "ILS")]


def test_an_agencys_story_says_credits_the_agency() -> None:
    text = "HBNA's story, put out on Monday, says the cameras in Hpakant have been on since May."
    assert attributed_outlets(text) == {"hbna"}


def test_a_column_about_a_region_before_the_town_its_cameras_are_in(
    organisations: OrganisationIndex,
) -> None:
    """A cross-border column "on our neighbours in Sagaing" whose story is Tamu's cameras."""
    text = (
        "ACROSS THE FENCE\nA weekly look at our neighbours in Sagaing\n\n"
        "Cameras at Tamu: what traders should know\n\n"
        "They are cameras, 94 of them, put up by the Tamu Township Development Affairs "
        "Committee. The cameras in Tamu have been switched on since December."
    )
    places = {place for place, *_ in facts(suggest(text, organisations))}
    assert places == {"MM-01/tamu"}


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("၄။ လုပ်ငန်း၏ ခန့်မှန်းကုန်ကျငွေမှာ ကျပ်သိန်း (၄,၈၀၀) ဖြစ်သည်။", 480_000_000, "MMK"),
        (
            "The ceiling for this procurement is Ks 96,000,000 (ninety-six million kyats).",
            96_000_000,
            "MMK",
        ),
        (
            "The amount of PHP 75,000,000.00 is hereby appropriated from the General Fund.",
            75_000_000,
            "PHP",
        ),
    ],
)
def test_costs_as_a_ceiling_an_appropriation_and_lakhs_in_brackets(
    text: str, amount: int, currency: str
) -> None:
    from countersight.extract.rules import cost_findings

    found = [f.value for f in cost_findings(text, 0, len(text))]
    assert [(int(m.amount), m.currency) for m in found] == [(amount, currency)]


def test_a_burmese_statement_installing_not_one_brand_product_and_what_pages_say(
    organisations: OrganisationIndex,
) -> None:
    """A firm's Burmese statement: cameras being installed ("တပ်ဆင်လျက်ရှိ"), social-media pages
    that say they are Huawei's, and its denial that one Huawei product is used; the
    distributor "in Mandalay" is where it sells from, not where the cameras are."""
    text = (
        "တမူးမြို့ CCTV စီမံကိန်း\n\n"
        "တမူးမြို့တွင် CCTV ကင်မရာ ၆၀ လုံး တပ်ဆင်လျက်ရှိပါသည်။ "
        "လူမှုကွန်ရက် စာမျက်နှာအချို့တွင် ဟွာဝေ (Huawei) ထုတ်ကုန်များ အသုံးပြုထားသည်ဟု "
        "ဖော်ပြနေကြသည်။ ဤစီမံကိန်းတွင် ဟွာဝေ ထုတ်ကုန် တစ်ခုမျှ အသုံးပြုထားခြင်း မရှိပါ။ "
        "ကင်မရာများကို မန္တလေးရှိ တရားဝင် ဖြန့်ချိသူထံမှ ဝယ်ယူထားပါသည်။"
    )
    found = facts(suggest(text, organisations))
    assert {place for place, *_ in found} == {"MM-01/tamu"}
    assert ("MM-01/tamu", "status", TermValue(term="installing").identity(), "asserts") in found
    suppliers = {
        (value, stance) for _, predicate, value, stance in found if predicate == "hardware_supplier"
    }
    assert suppliers == {(org("huawei"), "denies")}


def test_a_count_by_eye_in_words_after_there_are() -> None:
    from countersight.extract.rules import count_findings

    text = "Out of curiosity I counted the cameras along the strand: there are eleven, all domes."
    assert [(f.value.min, f.value.max) for f in count_findings(text, 0, len(text))] == [(11, 11)]


def test_cities_abroad_by_their_governments_and_a_german_dateline() -> None:
    finder = place_finder(default_gazetteer())
    found = {
        text: [m.key for m in finder.find(text)]
        for text in (
            "Instansi: Pemerintah Kota Semarang\nSatuan Kerja: Dinas Perhubungan",
            "München, den 12.06.2053\n\nAnordnung",
            "The Lagos State Government says the work is on schedule.",
            "A spokesman for the Lagos State Police Command declined to comment.",
        )
    }
    assert list(found.values()) == [["ID"], ["DE"], ["NG"], ["NG"]]


def test_a_parliamentary_questions_premises_are_sentences_of_their_own() -> None:
    text = (
        "premised that:\n\nthe Giunta approved a project to install 150 cameras;\n\n"
        "the tender for the works has not yet been called;\n\n"
        "asked whether the cameras will recognise faces, the Comune has declined to answer;"
    )
    assert [s.text for s in split_sentences(text)][1:] == [
        "the Giunta approved a project to install 150 cameras;",
        "the tender for the works has not yet been called;",
        "asked whether the cameras will recognise faces, the Comune has declined to answer;",
    ]


def test_a_body_with_its_short_name_in_brackets_is_the_body() -> None:
    from countersight.extract.evaluation import organisation_identity

    assert organisation_identity("new:Lagos Metropolitan Area Transport Authority (LAMATA)") == (
        organisation_identity("new:Lagos Metropolitan Area Transport Authority")
    )


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "The network shall have not fewer than 60 and not more than 72 fixed and dome cameras.",
            [(60, 72)],
        ),
        ("Of these, twelve cameras at the entry roads shall read plates.", []),
        ("Bidders need two earlier projects, each of not less than 40 cameras.", []),
        ("By the agency's count of 6 May, there are now 46 of them on the beach road.", [(46, 46)]),
    ],
)
def test_a_count_between_two_bounds_and_counts_that_are_no_total(text: str, counts: list) -> None:
    from countersight.extract.rules import count_findings

    assert [(f.value.min, f.value.max) for f in count_findings(text, 0, len(text))] == counts


def test_a_nordic_city_before_its_word_for_municipality() -> None:
    finder = place_finder(default_gazetteer())
    assert [m.key for m in finder.find("an order against Bergen kommune, represented by")] == ["NO"]


def test_the_first_cameras_of_a_planned_total_are_an_installation_under_way() -> None:
    from countersight.extract.rules import status_findings

    text = (
        "Crews have bolted cameras onto 14 poles in Maubin, the first of 30 street cameras the "
        "committee plans to have up by October, an engineer said."
    )
    assert [f.value.term for f in status_findings(text, 0, len(text))] == ["installing"]


def test_kyats_written_k_before_a_figure_in_millions() -> None:
    found = find_money("The budget ceiling is K 310,000,000 (Kyats three hundred and ten million).")
    assert [(int(m.value.amount), m.value.currency) for m in found] == [(310_000_000, "MMK")]
    assert find_money("Block K 500 was hit") == []


def test_a_spoken_burmese_credit_with_its_date_before_the_verb() -> None:
    text = "ဒီသတင်းက ဧရာ သတင်းဌာန (ENA) က ဩဂုတ်လ ၂၀ ရက်နေ့မှာ ရေးတဲ့ သတင်းကို အကျဉ်းချုပ်ထားတာပါ။"
    assert "ena" in attributed_outlets(text)


def test_san_alone_is_no_city_and_a_pronoun_is_no_firm(organisations: OrganisationIndex) -> None:
    finder = place_finder(default_gazetteer())
    text = "the District Municipality of San Martín de Porres, Lima, Peru"
    assert [m.key for m in finder.find(text)] == ["PE"]
    burmese = "၎င်း ကုမ္ပဏီသည် ကင်မရာ ၁၆ လုံးကို တပ်ဆင်ပေးခဲ့ပါသည်။"
    assert [m.key for m in organisations.find(burmese)] == []


def test_a_burmese_credit_that_wrote_yesterday_with_a_gloss_of_the_name() -> None:
    text = "ကင်မရာ ၆၄ လုံးရှိတယ်လို့ Delta Wire (ဒယ်လ်တာ ဝိုင်ယာ) သတင်းဌာနက မနေ့က ရေးထားပါတယ်။"
    assert attributed_outlets(text) == {"delta wire"}
