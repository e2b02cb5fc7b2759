"""The learned models: what the role model adds to the rules and must never add, what the
confidence cut keeps, and that the shipped weights are the ones the labelled sets and the
training tool give."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest
from document_helpers import plain_text_document

from countersight.evidence.vocabulary import Stance
from countersight.extract.confidence import ConfidenceModel
from countersight.extract.evaluation import Tally
from countersight.extract.learned import LinearScorer, words
from countersight.extract.organisations import OrganisationIndex
from countersight.extract.role_model import RoleModel
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
) -> list[Suggestion]:
    """What the reader suggests; with no confidence model given nothing is cut, so that a test
    of the rules or of the role model does not hang on the trained cut."""
    found = suggest_claims(
        plain_text_document(text, published=date(2027, 3, 1)),
        default_gazetteer(),
        organisations,
        roles=roles,
        confidence=confidence or ConfidenceModel(None, keep_above=0.5),
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
    kept = json.loads((ROOT / "countersight/extract/confidence_model.json").read_text())
    assert roles["trained_on"] == kept["trained_on"] == sorted(train_reader_models.TRAINING_SETS)
    fresh_roles, fresh_kept = train_reader_models.train_both(labelled_sets)
    assert fresh_roles["scorers"].keys() == roles["scorers"].keys()
    for role, weights in roles["scorers"].items():
        _same_weights(fresh_roles["scorers"][role], weights, role)
    _same_weights(fresh_kept["scorer"], kept["scorer"], "confidence")


def test_models_trained_without_a_set_read_more_of_it_and_better(labelled_sets: list) -> None:
    """Leave-one-set-out on the three newest seen sets, pooled: the gains hold on documents not
    trained on. (One set alone can go the other way: on set 17 the role model lost 2.5 points of
    precision for 0.8 of recall.)"""
    pooled = [Tally(), Tally(), Tally()]
    for held_out in train_reader_models.TRAINING_SETS[-3:]:
        for total, report in zip(
            pooled, train_reader_models.held_out_scores(labelled_sets, held_out), strict=True
        ):
            total.true_positive += report.overall.true_positive
            total.false_positive += report.overall.false_positive
            total.false_negative += report.overall.false_negative
    rules, with_roles, with_both = pooled
    assert with_roles.recall > rules.recall
    # The roles it adds are mostly right: it gains more recall than it loses precision.
    recall_gained = with_roles.recall - rules.recall
    assert rules.precision - with_roles.precision < recall_gained
    # held out, the cut adds precision: 2.5-5 points on the newest three sets up to set 22,
    # 1.1 points on sets 23-25 (3.5 points pooled over all 26 sets left out one by one)
    assert with_both.precision > with_roles.precision
    assert with_both.recall >= with_roles.recall - 0.05


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
