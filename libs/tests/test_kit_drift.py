"""medenclave.drift: the reference, the divergences and the sliding window (numpy only)."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from medenclave.drift import (
    MAX_REFERENCE_BYTES,
    DriftReference,
    DriftWindow,
    InvalidDriftReference,
    build_reference,
    divergence,
)


def _images(n: int, mean: float, seed: int, size: int = 8) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return np.clip(rng.normal(mean, 0.1, (n, 1, size, size)), 0, 1).astype(np.float32)


def _scores(n: int, seed: int, bias: float = 0.0) -> np.ndarray:
    p = np.random.default_rng(seed).dirichlet([1, 1], n)
    p[:, 0] += bias
    return p / p.sum(axis=1, keepdims=True)


@pytest.fixture(scope="module")
def reference() -> DriftReference:
    return build_reference(_images(300, 0.3, seed=1), _scores(300, seed=2))


def test_reference_round_trips_through_json(reference):
    again = DriftReference.from_json(reference.to_json())
    assert again == reference
    assert again.samples == 300 and len(again.prediction) == 2
    assert again.intensity.bins <= 32 and again.image_mean.bins <= 10
    # quantile edges: the reference's own bins hold about the same mass
    assert max(reference.image_mean.probabilities) < 0.2


def test_divergence_properties():
    p, q = np.array([10, 20, 30, 40.0]), np.array([40, 30, 20, 10.0])
    same = divergence(p, p * 3)
    assert same.kl == pytest.approx(0, abs=1e-12) and same.psi == pytest.approx(0, abs=1e-12)
    d, back = divergence(p, q), divergence(q, p)
    assert d.psi == pytest.approx(d.kl + back.kl)  # PSI is the symmetrised KL
    assert d.js == pytest.approx(back.js) and 0 < d.js <= math.log(2)
    # an empty reference bin stays finite (floored)
    assert math.isfinite(divergence(np.array([1.0, 1.0]), np.array([1.0, 0.0])).kl)


def test_window_in_distribution_is_not_drifted(reference):
    window = DriftWindow(reference, size=200)
    window.add(_images(50, 0.3, seed=3), _scores(50, seed=4))
    early = window.report()
    assert not early.judged and not early.drifted and early.window == 50
    window.add(_images(150, 0.3, seed=5), _scores(150, seed=6))
    report = window.report()
    assert report.judged and not report.drifted and report.kl < 0.2
    assert set(report.features) == {"intensity", "image_mean", "image_std", "prediction"}
    assert report.threshold == 0.2 and report.capacity == 200


def test_shifted_inputs_and_predictions_drift(reference):
    window = DriftWindow(reference, size=200)
    window.add(_images(200, 0.7, seed=7), _scores(200, seed=8))
    report = window.report()
    assert report.drifted and report.kl > 0.2 and report.psi > 0.2 and report.js > 0
    assert report.features["intensity"].kl > 0.2
    skewed = DriftWindow(reference, size=200)
    skewed.add(_images(200, 0.3, seed=9), _scores(200, seed=10, bias=5.0))  # all class 0
    assert skewed.report().features["prediction"].kl > 0.2 and skewed.report().drifted


def test_window_slides_back_to_normal(reference):
    window = DriftWindow(reference, size=100)
    window.add(_images(100, 0.8, seed=11))
    assert window.report().drifted
    window.add(_images(100, 0.3, seed=12))  # the shifted inputs slid out
    report = window.report()
    assert len(window) == 100 and not report.drifted


def test_large_images_are_sampled(reference):
    big = np.full((2, 1, 512, 512), 0.3, np.float32)
    window = DriftWindow(build_reference(big), size=10, min_inputs=2)
    window.add(big)
    assert window.report().kl == pytest.approx(0, abs=1e-9)


@pytest.mark.parametrize("mutate, field", [
    (lambda d: d.update(format=2), "format"),
    (lambda d: d["intensity"].update(edges=[0.5, 0.1]), "intensity.edges"),
    (lambda d: d["intensity"].update(edges=[0.1, float("nan")]), "intensity.edges"),
    (lambda d: d["image_mean"].update(probabilities=[1.0]), "image_mean.probabilities"),
    (lambda d: d["image_std"].update(probabilities=[-1.0] * len(d["image_std"]["probabilities"])),
     "image_std.probabilities"),
    (lambda d: d.update(prediction=[True, False]), "prediction"),
    (lambda d: d.update(samples=-1), "samples"),
    (lambda d: d.pop("image_std"), "image_std"),
    (lambda d: d["intensity"].update(edges=list(range(300))), "intensity.edges"),
])
def test_bad_reference_is_refused_naming_the_field(reference, mutate, field):
    doc = json.loads(reference.to_json())
    mutate(doc)
    with pytest.raises(InvalidDriftReference, match=rf"^{field}"):
        DriftReference.from_json(json.dumps(doc).encode())


def test_oversized_or_garbage_reference_is_refused():
    with pytest.raises(InvalidDriftReference, match="^file: larger"):
        DriftReference.from_json(b" " * (MAX_REFERENCE_BYTES + 1))
    with pytest.raises(InvalidDriftReference, match="^file: not JSON"):
        DriftReference.from_json(b"\xff\xfe{")
    with pytest.raises(ValueError):
        build_reference([])


def test_ring_matches_a_fresh_window(reference):
    """Sliding by batches (larger than the window too) keeps the same sums as adding only the
    inputs that remain."""
    stream = [(_images(n, 0.3 + 0.1 * i, seed=20 + i), _scores(n, seed=40 + i))
              for i, n in enumerate((30, 7, 64, 5, 90))]
    window = DriftWindow(reference, size=60)
    for images, scores in stream:
        window.add(images, scores)
    images = np.concatenate([i for i, _ in stream])[-60:]
    scores = np.concatenate([s for _, s in stream])[-60:]
    fresh = DriftWindow(reference, size=60)
    fresh.add(images, scores)
    a, b = window.report(), fresh.report()
    assert len(window) == 60 and a.window == b.window == 60
    for name, d in b.features.items():
        assert a.features[name].kl == pytest.approx(d.kl), name
