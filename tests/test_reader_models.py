"""The learned models: what the role, stage and start models add to the rules and must never add,
what the confidence cut keeps, and that the shipped weights are the ones the labelled sets and
the training tool give."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest
from document_helpers import plain_text_document

from countersight.evidence.vocabulary import Stance
from countersight.extract.confidence import ConfidenceModel
from countersight.extract.learned import LinearScorer, words
from countersight.extract.organisations import OrganisationIndex
from countersight.extract.role_model import RoleModel
from countersight.extract.stage_model import StageModel
from countersight.extract.start_model import StartModel
from countersight.extract.suggest import suggest_claims
from countersight.extract.suggestion import Suggestion
from countersight.geo.gazetteer import default_gazetteer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import train_reader_models  # noqa: E402


@pytest.fixture(scope="module")
def organisations() -> OrganisationIndex:
    return OrganisationIndex.load()


def _suggest(
    text: str,
    organisations: OrganisationIndex,
    roles: RoleModel | None = None,
    confidence: ConfidenceModel | None = None,
    stages: StageModel | None = None,
    starts: StartModel | None = None,
) -> list[Suggestion]:
    """What the reader suggests; with no confidence model given nothing is cut, so that a test
    of the rules or of the role model does not hang on the trained cut."""
    found = suggest_claims(
        plain_text_document(text, published=date(2027, 3, 1)),
        default_gazetteer(),
        organisations,
        roles=roles,
        confidence=confidence or ConfidenceModel(None, keep_above=0.5),
        stages=stages,
        starts=starts,
    )
    for s in found:
        assert text[s.start : s.end] == s.quote
    return found


def test_words_split_english_and_burmese_without_punctuation() -> None:
    assert words("Cameras, made by Dahua.") == ["cameras", "made", "by", "dahua"]
    burmese = words("ကင်မရာများကို ဟွာဝေးက ထုတ်လုပ်သည်။")
    assert "ကင်မရာ" in burmese  # ICU splits words that Burmese writes without spaces
    assert "။" not in burmese and len(burmese) >= 4


def test_model_adds_a_role_the_rules_do_not_read_quoting_its_sentence(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Pakokku Safe City camera network. Client: Magway Region Government. "
        "Contractor: Ayeya Link Technologies."
    )
    silent = RoleModel({}, add_above=0.5)  # no scorers: the rules alone
    assert not any(s.predicate == "authority" for s in _suggest(text, organisations, silent))
    # A scorer sure of any public body, to see what an addition looks like.
    bodies = RoleModel({"authority": LinearScorer(-5.0, {"kind:authority": 10.0})}, add_above=0.5)
    by_model = [s for s in _suggest(text, organisations, bodies) if s.rule.startswith("model/")]
    assert [(s.place, s.predicate, s.value.key, s.stance, s.rule) for s in by_model] == [
        (
            "MM-03/pakokku",
            "authority",
            "new:Magway Region Government",
            Stance.asserts,
            "model/authority",
        )
    ]
    assert by_model[0].quote == "Client: Magway Region Government."


def test_model_never_turns_a_denial_into_an_assertion(organisations: OrganisationIndex) -> None:
    text = (
        "Safe City cameras went up in Pakokku in February. Ayeya Link Technologies denied that "
        "it had supplied, installed or maintained any of the cameras."
    )
    found = _suggest(text, organisations)
    about_firm = [
        s for s in found if getattr(s.value, "key", "").endswith("Ayeya Link Technologies")
    ]
    assert about_firm and all(s.stance is Stance.denies for s in about_firm)
    assert not any(s.rule.startswith("model/") for s in found)


# A scorer sure that a lit red light means a working camera, to see what an addition looks like.
_RED_LIGHTS = StageModel({"operational": LinearScorer(-5.0, {"p:red_light": 10.0})}, 0.5)


def test_stage_model_adds_a_stage_the_rules_do_not_read_quoting_its_sentence(
    organisations: OrganisationIndex,
) -> None:
    text = (
        "Pakokku has 40 street cameras. Every one of them had its small red light on when our "
        "reporter walked past after dark."
    )
    silent = StageModel({}, add_above=0.5)
    assert not any(s.predicate == "status" for s in _suggest(text, organisations, stages=silent))
    found = _suggest(text, organisations, stages=_RED_LIGHTS)
    added = [s for s in found if s.rule == "model/status"]
    assert [(s.place, s.value.term, s.stance, s.quote) for s in added] == [
        ("MM-03/pakokku", "operational", Stance.asserts, text.split(". ", 1)[1])
    ]


def test_stage_model_never_overrides_the_rules_or_reads_a_question(
    organisations: OrganisationIndex,
) -> None:
    read_by_rules = "Pakokku's 40 street cameras were switched off in May. Its red light was on."
    statuses = [
        (s.value.term, s.rule)
        for s in _suggest(read_by_rules, organisations, stages=_RED_LIGHTS)
        if s.predicate == "status"
    ]
    assert statuses and not any(rule == "model/status" for _, rule in statuses)
    asked = "Pakokku has 40 street cameras. Is the small red light on every one of them lit?"
    found = _suggest(asked, organisations, stages=_RED_LIGHTS)
    assert not any(s.predicate == "status" for s in found)


# A scorer sure that whatever began when lights first glowed began the system.
_GLOWING = StartModel(LinearScorer(-5.0, {"w:glowe": 10.0}), 0.5)


def test_start_model_adds_a_start_the_rules_do_not_read(organisations: OrganisationIndex) -> None:
    text = (
        "Pakokku has 40 street cameras. Their small red lights have glowed every night from "
        "the first week of June 2026."
    )
    silent = StartModel(None, add_above=0.5)
    assert not any(s.predicate == "started" for s in _suggest(text, organisations, starts=silent))
    added = [s for s in _suggest(text, organisations, starts=_GLOWING) if s.predicate == "started"]
    assert [(s.place, s.value.earliest, s.value.latest, s.quote, s.rule) for s in added] == [
        ("MM-03/pakokku", date(2026, 6, 1), date(2026, 6, 30), "June 2026", "model/started")
    ]


def test_start_model_never_overrides_the_rules_or_reads_a_question(
    organisations: OrganisationIndex,
) -> None:
    read_by_rules = (
        "Pakokku has 40 street cameras, in use since May 2026. Their small red lights have "
        "glowed every night from the first week of June 2026."
    )
    starts = [
        (s.value.earliest, s.rule)
        for s in _suggest(read_by_rules, organisations, starts=_GLOWING)
        if s.predicate == "started"
    ]
    assert starts == [(date(2026, 5, 1), "started/since-date")]
    asked = (
        "Pakokku has 40 street cameras. Have their red lights glowed every night from June 2026?"
    )
    found = _suggest(asked, organisations, starts=_GLOWING)
    assert not any(s.predicate == "started" for s in found)


@pytest.fixture(scope="module")
def labelled_sets() -> list:
    return train_reader_models.read_sets(list(train_reader_models.TRAINING_SETS))


def _same_weights(fresh: dict, shipped: dict, what: str) -> None:
    assert fresh["bias"] == pytest.approx(shipped["bias"], abs=1e-3), what
    assert len(fresh["weights"]) > 20, what
    for name in fresh["weights"].keys() | shipped["weights"].keys():
        expected = shipped["weights"].get(name, 0.0)
        assert fresh["weights"].get(name, 0.0) == pytest.approx(expected, abs=1e-3), (what, name)


def test_shipped_models_are_what_the_labelled_sets_train(labelled_sets: list) -> None:
    roles = json.loads((ROOT / "countersight/extract/role_model.json").read_text())
    stages = json.loads((ROOT / "countersight/extract/stage_model.json").read_text())
    starts = json.loads((ROOT / "countersight/extract/start_model.json").read_text())
    kept = json.loads((ROOT / "countersight/extract/confidence_model.json").read_text())
    trained_on = sorted(train_reader_models.TRAINING_SETS)
    for model in (roles, stages, starts, kept):
        assert model["trained_on"] == trained_on
    fresh_roles, fresh_stages, fresh_starts, fresh_kept = train_reader_models.train_all(
        labelled_sets
    )
    for fresh, shipped in ((fresh_roles, roles), (fresh_stages, stages)):
        assert fresh["scorers"].keys() == shipped["scorers"].keys()
        for label, weights in shipped["scorers"].items():
            _same_weights(fresh["scorers"][label], weights, label)
    _same_weights(fresh_starts["scorer"], starts["scorer"], "start")
    _same_weights(fresh_kept["scorer"], kept["scorer"], "confidence")


def test_models_trained_without_the_newest_sets_read_more_of_them_and_better(
    labelled_sets: list,
) -> None:
    """The seven newest seen sets held out together, the models trained on the rest once: the
    gains hold on documents not trained on. (One set alone can go the other way: on set 17 the
    role model lost 2.5 points of precision for 0.8 of recall; three sets are too few for the
    stage and start models, which add a claim or two each: on sets 44-46 the start model added
    none right and one wrong.)"""
    held_out = set(train_reader_models.TRAINING_SETS[-7:])
    rules, with_roles, with_stages, with_starts, with_all = (
        report.overall for report in train_reader_models.held_out_scores(labelled_sets, held_out)
    )
    assert with_roles.recall > rules.recall
    # The roles it adds are mostly right: it gains more recall than it loses precision.
    recall_gained = with_roles.recall - rules.recall
    assert rules.precision - with_roles.precision < recall_gained
    # Each of the stage and start models adds right claims, and together they add more right
    # claims than wrong ones (on sets 41-46: stage 3 right, none wrong; start 2 right, 1 wrong).
    for before, after in ((with_roles, with_stages), (with_stages, with_starts)):
        assert after.true_positive > before.true_positive
    right = with_starts.true_positive - with_roles.true_positive
    assert right > with_starts.false_positive - with_roles.false_positive
    # held out, the cut adds precision: 2.5-5 points on the newest three sets up to set 22,
    # 1.1 points on sets 23-25, 3.7 points on sets 41-46 (for 2.1 points of recall)
    assert with_all.precision > with_starts.precision
    assert with_all.recall >= with_starts.recall - 0.05


def test_confidence_cut_keeps_what_it_trusts(organisations: OrganisationIndex) -> None:
    text = (
        "Safe City cameras went live in Pakokku in March. More than 150 cameras are "
        "connected, and they were made by Dahua."
    )
    everything = ConfidenceModel(None, keep_above=0.5)
    found = _suggest(text, organisations, confidence=everything)
    assert {s.predicate for s in found} >= {"camera_count", "hardware_supplier", "status"}
    no_counts = ConfidenceModel(
        LinearScorer(5.0, {"predicate:camera_count": -10.0}), keep_above=0.5
    )
    kept = _suggest(text, organisations, confidence=no_counts)
    assert kept == [s for s in found if s.predicate != "camera_count"]


def test_the_cut_never_drops_who_made_the_cameras(organisations: OrganisationIndex) -> None:
    text = "Safe City cameras went live in Pakokku in March; they were made by Dahua."
    doubts_everything = ConfidenceModel(LinearScorer(-10.0, {}), keep_above=0.5)
    kept = _suggest(text, organisations, confidence=doubts_everything)
    assert {s.predicate for s in kept} == {"hardware_supplier"}


def test_stage_model_never_reads_a_negated_sentence(organisations: OrganisationIndex) -> None:
    glowing = StageModel({"operational": LinearScorer(-5.0, {"w:glow": 10.0})}, 0.5)
    said = "Pakokku has 40 street cameras. The lights on them glow every night."
    denied = "Pakokku has 40 street cameras. The lights on them do not glow at night."
    assert any(s.rule == "model/status" for s in _suggest(said, organisations, stages=glowing))
    assert not any(
        s.rule == "model/status" for s in _suggest(denied, organisations, stages=glowing)
    )
