"""Generated data where the right answer is known, for the few-shot and fusion trainers.

* Few-shot: ten bright or dark blobs are the parts every class is built from; each class is
  its own combination of four of them, so held-out classes share their parts with the training
  classes (what a learner can carry over) but not their combination. Each patient of a class
  sees it slightly shifted and with their own contrast; each image weighs the parts
  differently and adds strong noise, so a few shots do not make the task trivial.
* Fusion: an image may show a bright disk; the report (English or Chinese, made up) says
  whether the lesion enhances. The label is "disk AND enhancing", so the image alone can reach
  about 75% and image + text 100%.
"""

from __future__ import annotations

import itertools

import numpy as np

__all__ = ["FEWSHOT_SIZE", "FUSION_SIZE", "fewshot_data", "fusion_data", "report_text"]

FEWSHOT_SIZE = 28
FUSION_SIZE = 32


def _parts(rng: np.random.Generator, n: int, size: int) -> list[np.ndarray]:
    """``n`` blobs, bright or dark, each at its own place: the parts classes are made of."""
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float32)
    out = []
    for _ in range(n):
        cy, cx = rng.uniform(4, size - 4, 2)
        sign = rng.choice([-1.0, 1.0])
        out.append(sign * np.exp(-((yy - cy) ** 2 + (xx - cx) ** 2)
                                 / (2 * rng.uniform(1.5, 3.0) ** 2)))
    return out


def fewshot_data(classes: int = 16, patients: int = 5, images: int = 3, seed: int = 0,
                 *, noise: float = 0.7, parts: int = 10, parts_per_class: int = 4
                 ) -> tuple[list[np.ndarray], list[int], list[str]]:
    """Images ``[1, 28, 28]``, class labels and pseudonymous patient ids.

    Every class is its own combination of ``parts_per_class`` of ``parts`` shared blobs, so
    classes held out from training are new combinations of parts seen in training. Each
    patient sees their class shifted by up to 2 pixels and with their own contrast; each image
    weighs every part by ±30 % and adds noise of standard deviation ``noise``.
    """
    rng = np.random.default_rng(seed)
    shapes = _parts(rng, parts, FEWSHOT_SIZE)
    combos = list(itertools.combinations(range(parts), parts_per_class))
    if classes > len(combos):
        raise ValueError("more classes than combinations of parts")
    out_x: list[np.ndarray] = []
    out_y: list[int] = []
    out_p: list[str] = []
    for c, pick in enumerate(rng.permutation(len(combos))[:classes]):
        for p in range(patients):
            shift = tuple(int(v) for v in rng.integers(-2, 3, 2))
            contrast = rng.uniform(0.8, 1.2)
            for _ in range(images):
                img = sum(shapes[j] * rng.uniform(0.7, 1.3) for j in combos[pick])
                img = contrast * np.roll(img, shift, axis=(0, 1)) + rng.normal(
                    0, noise, (FEWSHOT_SIZE, FEWSHOT_SIZE))
                out_x.append(img[None].astype(np.float32))
                out_y.append(c)
                out_p.append(f"pt-{c:03d}-{p:02d}")
    return out_x, out_y, out_p


_EN = {True: ["the lesion shows enhancement after contrast",
              "enhancing lesion on the post contrast series",
              "marked enhancement of the nodule"],
       False: ["the lesion shows no enhancement after contrast",
               "non enhancing lesion on the post contrast series",
               "no enhancement of the nodule"]}
_ZH = {True: ["增强扫描病灶可见明显强化", "结节强化明显", "增强后病灶强化"],
       False: ["增强扫描病灶未见强化", "结节未见明显强化", "增强后病灶无强化"]}
_FILLER = ["chest ct", "follow up study", "胸部CT", "复查", "compared with prior", "双肺纹理清晰"]


def report_text(enhancing: bool, rng: np.random.Generator) -> str:
    """A made-up de-identified report sentence, English or Chinese, with filler."""
    pool = _EN if rng.random() < 0.5 else _ZH
    parts = [str(rng.choice(_FILLER)), str(rng.choice(pool[enhancing]))]
    if rng.random() < 0.5:
        parts.reverse()
    return "，".join(parts) if pool is _ZH else ", ".join(parts) + "."


def _fusion_image(disk: bool, rng: np.random.Generator) -> np.ndarray:
    yy, xx = np.mgrid[0:FUSION_SIZE, 0:FUSION_SIZE]
    img = rng.normal(0, 0.3, (FUSION_SIZE, FUSION_SIZE))
    if disk:
        cy, cx = rng.integers(8, FUSION_SIZE - 8, 2)
        img += 1.5 * (((yy - cy) ** 2 + (xx - cx) ** 2) <= rng.integers(9, 25))
    return img[None].astype(np.float32)


def fusion_data(n: int, seed: int = 0) -> tuple[list[np.ndarray], list[str], list[int]]:
    """``n`` images ``[1, 32, 32]``, their report texts and labels (disk AND enhancing)."""
    rng = np.random.default_rng(seed)
    images: list[np.ndarray] = []
    texts: list[str] = []
    labels: list[int] = []
    for i in range(n):
        disk, enhancing = bool(i % 2), bool((i // 2) % 2)
        images.append(_fusion_image(disk, rng))
        texts.append(report_text(enhancing, rng))
        labels.append(int(disk and enhancing))
    return images, texts, labels
