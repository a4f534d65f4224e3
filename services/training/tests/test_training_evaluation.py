"""The evaluation against hand-computed cases (no sklearn)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from medenclave_training.core.evaluation import (
    confusion_matrix,
    evaluate,
    expected_calibration_error,
    roc_auc,
    youden_threshold,
)

SCORES = np.array([0.1, 0.4, 0.35, 0.8])
POSITIVE = np.array([False, False, True, True])


def test_auc_counts_pairs_and_ties_count_half():
    # positives 0.35 and 0.8 against negatives 0.1 and 0.4: 3 of 4 pairs ordered
    assert roc_auc(SCORES, POSITIVE) == pytest.approx(0.75)
    assert roc_auc(np.array([0.5, 0.5]), np.array([True, False])) == pytest.approx(0.5)
    assert roc_auc(np.array([0.2, 0.9]), np.array([True, True])) is None


def test_youden_picks_the_lowest_threshold_of_the_best_j():
    # t=0.35: sens 1, spec 0.5 (J 0.5); t=0.8: sens 0.5, spec 1 (J 0.5); t=0.4: J 0
    assert youden_threshold(SCORES, POSITIVE) == pytest.approx(0.35)
    assert youden_threshold(SCORES, np.zeros(4, dtype=bool)) == 0.5


def test_ece_with_ten_bins():
    probs = np.array([[0.17, 0.83], [0.65, 0.35], [0.09, 0.91], [0.28, 0.72]])
    labels = np.array([1, 0, 0, 1])  # the third is wrong
    # one image per bin: (0.17 + 0.35 + 0.91 + 0.28) / 4
    assert expected_calibration_error(probs, labels) == pytest.approx(1.71 / 4)
    shared = np.array([[0.19, 0.81], [0.85, 0.15]])
    # one bin, accuracy 0.5, mean confidence 0.83
    assert expected_calibration_error(shared, np.array([1, 1])) == pytest.approx(0.33)


def test_binary_evaluation_uses_the_validation_operating_point():
    val = np.stack([1 - SCORES, SCORES], axis=1)
    test = np.array([[0.7, 0.3], [0.6, 0.4], [0.2, 0.8], [0.9, 0.1], [0.5, 0.5]])
    labels = [0, 1, 1, 0, 0]
    m = evaluate(probabilities=test, labels=labels, val_probabilities=val,
                 val_labels=POSITIVE.astype(int), num_classes=2, split="test")
    assert m["split"] == "test" and m["images"] == 5
    assert m["threshold"] == pytest.approx(0.35)
    assert m["operating_point"] == "youden_j_on_validation"
    # at 0.35: predicted [0, 1, 1, 0, 1]
    assert m["confusion_matrix"] == [[2, 1], [0, 2]]
    assert m["sensitivity"] == pytest.approx(1.0)
    assert m["specificity"] == pytest.approx(2 / 3)
    assert m["accuracy"] == pytest.approx(0.8)
    # positives 0.4, 0.8 over negatives 0.3, 0.1, 0.5: 5 of 6 pairs
    assert m["auc"] == pytest.approx(5 / 6)
    assert 0.0 <= m["ece"] <= 1.0 and m["ece_bins"] == 10


def test_multiclass_is_macro_one_vs_rest():
    probs = np.array([[0.7, 0.2, 0.1], [0.2, 0.6, 0.2], [0.1, 0.3, 0.6], [0.5, 0.3, 0.2]])
    labels = [0, 1, 2, 2]
    m = evaluate(probabilities=probs, labels=labels, val_probabilities=probs,
                 val_labels=labels, num_classes=3, split="validation")
    # class 2: 0.6 beats 0.1, 0.2; 0.2 beats 0.1 and ties 0.2 → 3.5 / 4
    assert m["auc"] == pytest.approx((1 + 1 + 0.875) / 3)
    assert m["confusion_matrix"] == [[1, 0, 0], [0, 1, 0], [1, 0, 1]]
    assert m["sensitivity"] == pytest.approx((1 + 1 + 0.5) / 3)
    assert m["specificity"] == pytest.approx((2 / 3 + 1 + 1) / 3)
    assert m["threshold"] is None and m["split"] == "validation"


def test_a_missing_class_leaves_auc_none_and_bad_shapes_are_refused():
    m = evaluate(probabilities=[[0.8, 0.2]], labels=[0], val_probabilities=[[0.8, 0.2],
                                                                            [0.3, 0.7]],
                 val_labels=[0, 1], num_classes=2, split="test")
    assert m["auc"] is None and m["sensitivity"] is None and m["specificity"] == 1.0
    with pytest.raises(ValueError):
        evaluate(probabilities=[[0.8, 0.2]], labels=[2], val_probabilities=[[0.8, 0.2]],
                 val_labels=[0], num_classes=2, split="test")
    assert confusion_matrix(np.array([1, 1]), np.array([0, 1]), 2) == [[0, 0], [1, 1]]


def test_the_card_states_the_privacy_guarantee_or_its_absence():
    from medenclave_training.core.governance import NOT_PRIVATE
    from medenclave_training.core.runner import privacy_text

    assert privacy_text({"dp": False}) == privacy_text("") == privacy_text(None) == NOT_PRIVATE
    spent = json.loads(privacy_text({"dp": True, "epsilon": 7.99, "delta": 1e-5,
                                     "accountant": "rdp"}))
    assert spent == {"dp": True, "epsilon": 7.99, "delta": 1e-5, "accountant": "rdp"}
