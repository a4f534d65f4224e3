"""The model governance, dataset lineage and serving health pages over a fake platform:
cards, four eyes, who sees which form, the attacks a governance form invites, charts."""

from __future__ import annotations

import re

import pytest

from medenclave_console.core.charts import Series, line_chart
from medenclave_console.core.sessions import Session, signed_in

ROW = re.compile(r'name="row" value="([^"]+)"')


def _card(client, forms, role: str) -> tuple[str, str]:
    """Sign in as ``role``, open the first model's card; returns (csrf, card page)."""
    csrf = forms.sign_in(client, role)
    listing = client.get("/models")
    assert listing.status_code == 200, listing.text
    row = ROW.search(listing.text).group(1)
    page = client.post("/models/card", data={"csrf": csrf, "row": row})
    assert page.status_code == 200, page.text
    return csrf, page.text


def test_approver_reads_the_card_and_approves_with_a_reason(console, forms):
    client, platform, audit, _ = console
    csrf, card = _card(client, forms, "approver")
    for shown in ("ab" * 32, "cd" * 32, "chest-xr", "demo-approver+trainer", "0.912",
                  "candidate", "differential privacy"):
        assert shown in card
    row = ROW.search(card).group(1)
    done = client.post("/models/govern", data={"csrf": csrf, "row": row, "step": "approve",
                                               "reason": "validated on the local test set"})
    assert done.status_code == 200
    assert "Approved." in done.text and 'id="card-approver">demo-approver ·' in done.text
    assert platform.steps == [("demo-approver", "approve", "chest", 2,
                               "validated on the local test set")]
    assert {"action": "console.view", "resource": "models.card", "outcome": "success",
            "subject": "demo-approver", "role": "approver"} in audit.records


def test_four_eyes_refusal_is_shown_and_nothing_changes(console, forms):
    client, platform, _, _ = console
    csrf, card = _card(client, forms, "approver+trainer")   # the one who trained it
    row = ROW.search(card).group(1)
    refused = client.post("/models/govern", data={"csrf": csrf, "row": row, "step": "approve",
                                                  "reason": "I trained it and it is good"})
    assert refused.status_code == 403
    assert "four eyes" in refused.text and "another approver must approve it" in refused.text
    assert platform.cards[("chest", 2)].stage == "candidate"


def test_approval_needs_a_written_reason(console, forms):
    client, platform, _, _ = console
    csrf, card = _card(client, forms, "approver")
    row = ROW.search(card).group(1)
    short = client.post("/models/govern", data={"csrf": csrf, "row": row, "step": "approve",
                                                "reason": "ok"})
    assert short.status_code == 400 and platform.steps == []


def test_an_engineer_reads_cards_but_gets_no_governance_form(console, forms):
    client, platform, _, _ = console
    csrf, card = _card(client, forms, "ai_engineer")
    assert "/models/govern" not in card and "chest-xr" in card
    # the attack: post the form anyway, with a handle the engineer was given by the list
    row = ROW.search(client.get("/models").text).group(1)
    forged = client.post("/models/govern", data={"csrf": csrf, "row": row, "step": "approve",
                                                 "reason": "approving my own model"})
    assert forged.status_code == 403 and platform.steps == []


def test_a_governance_form_acts_only_on_a_model_it_was_shown(console, forms):
    client, platform, _, _ = console
    csrf = forms.sign_in(client, "approver")
    for row in ("model.made-up-handle", "chest:2", ""):
        reply = client.post("/models/govern", data={"csrf": csrf, "row": row, "step": "approve",
                                                    "reason": "a long enough reason"})
        assert reply.status_code == 403
    # nor with a handle given for another kind of row, nor an unknown step
    listing = client.get("/models")
    row = ROW.search(listing.text).group(1)
    assert client.post("/quarantine/review", data={"csrf": csrf, "row": row,
                                                   "decision": "release",
                                                   "reason": "a long enough reason"}
                       ).status_code == 403
    assert client.post("/models/govern", data={"csrf": csrf, "row": row, "step": "delete",
                                               "reason": "a long enough reason"}
                       ).status_code == 403
    assert platform.steps == [] and platform.reviews == []


@pytest.mark.parametrize("path", ["/models", "/datasets"])
def test_a_radiologist_cannot_open_model_or_dataset_pages(console, forms, path):
    client, _, audit, _ = console
    forms.sign_in(client, "radiologist")
    assert client.get(path).status_code == 403
    assert audit.records[-1]["outcome"] == "denied"


def test_datasets_show_versions_hashes_splits_and_lineage(console, forms):
    client, _, audit, _ = console
    csrf = forms.sign_in(client, "ai_engineer")
    listing = client.get("/datasets")
    assert listing.status_code == 200
    assert "chest-xr" in listing.text and "chest v2" in listing.text and "1,200" in listing.text
    row = ROW.search(listing.text).group(1)
    shown = client.post("/datasets", data={"csrf": csrf, "row": row})
    assert shown.status_code == 200
    assert re.search(r"training</td><td>840</td><td>630", shown.text)
    assert "ab" * 32 in shown.text
    assert audit.records[-1]["resource"] == "datasets.show"
    assert client.post("/datasets", data={"csrf": csrf, "row": "dataset.nope"}).status_code == 403


def test_serving_health_charts_in_both_languages(console, forms):
    client, _, _, _ = console
    csrf = forms.sign_in(client, "auditor")
    page = client.get("/serving")
    assert page.status_code == 200
    assert page.text.count("<svg") == 3 and "<script" not in page.text
    assert "Drift detected" in page.text and "13,665 requests" in page.text
    client.post("/lang", data={"csrf": csrf, "lang": "zh", "back": "/serving"})
    zh = client.get("/serving")
    assert "服务健康" in zh.text and "检测到漂移" in zh.text and "共 13,665 次请求" in zh.text
    assert "月" in zh.text  # the axis' dates in Chinese order


def test_charts_escape_their_texts_and_bound_values():
    svg = line_chart(title="<script>x</script>", times=[0.0, 60.0],
                     series=[Series("a&b", [1.0, float("nan")])], number=str, clock=str,
                     threshold=("<t>", 2.0))
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "a&amp;b" in svg
    assert "&lt;t&gt;" in svg and "nan" not in svg


def test_signed_in_refuses_an_anonymous_session():
    with pytest.raises(RuntimeError):
        signed_in(Session(sid="s", csrf="c", last_seen=0.0))
