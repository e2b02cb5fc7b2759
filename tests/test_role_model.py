"""The learned role model: what it adds to the rules, what it must never add, and that the
shipped weights are the ones the labelled sets and the training tool give."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest
from document_helpers import plain_text_document

from countersight.evidence.vocabulary import Stance
from countersight.extract.learned import LinearScorer, words
from countersight.extract.organisations import OrganisationIndex
from countersight.extract.role_model import RoleModel
from countersight.extract.suggest import suggest_claims
from countersight.extract.suggestion import Suggestion
from countersight.geo.gazetteer import default_gazetteer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import train_role_model  # noqa: E402


@pytest.fixture(scope="module")
def organisations() -> OrganisationIndex:
    return OrganisationIndex.load()


def _suggest(
    text: str, organisations: OrganisationIndex, roles: RoleModel | None = None
) -> list[Suggestion]:
    found = suggest_claims(
        plain_text_document(text, published=date(2027, 3, 1)),
        default_gazetteer(),
        organisations,
        roles=roles,
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


def test_shipped_model_is_what_the_labelled_sets_train() -> None:
    shipped = json.loads((ROOT / "countersight/extract/role_model.json").read_text())
    examples = train_role_model.read_sets(list(shipped["trained_on"]))
    fresh = train_role_model.train(examples, shipped["regularisation"], shipped["add_above"])
    assert fresh["trained_on"] == shipped["trained_on"]
    assert fresh["scorers"].keys() == shipped["scorers"].keys()
    for role, weights in shipped["scorers"].items():
        assert fresh["scorers"][role]["bias"] == pytest.approx(weights["bias"], abs=1e-3)
        retrained = fresh["scorers"][role]["weights"]
        assert len(retrained) > 20, role
        for name in retrained.keys() | weights["weights"].keys():
            expected = weights["weights"].get(name, 0.0)
            assert retrained.get(name, 0.0) == pytest.approx(expected, abs=1e-3), (role, name)


def test_model_trained_without_a_set_reads_more_of_it() -> None:
    """Leave-one-set-out on the newest seen set: the gain holds on documents not trained on."""
    examples = train_role_model.read_sets(list(train_role_model.TRAINING_SETS))
    rules, with_model = train_role_model.held_out_scores(
        examples,
        train_role_model.TRAINING_SETS[-1],
        train_role_model.REGULARISATION,
        train_role_model.ADD_ABOVE,
    )
    assert with_model.overall.recall > rules.overall.recall
    assert with_model.overall.precision >= rules.overall.precision - 0.01
