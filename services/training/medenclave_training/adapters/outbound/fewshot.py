"""Few-shot learning for rare findings: MAML written on ``torch.func``.

N-way K-shot episodes are sampled **by patient**: for each class of an episode the support
images come from some patients and the query images from others, so a model is never scored on
a patient it adapted to. Meta-training uses one set of classes; meta-testing uses classes held
out from it. Accuracy is reported with a 95% confidence interval over episodes, next to a
baseline with the same backbone, trained conventionally on the meta-training classes and then
fine-tuned on the same K shots of each test episode.

The inner loop is ``functional_call`` + ``torch.func.grad`` (second order by default: the outer
gradient flows through the inner steps; ``first_order`` detaches the inner gradients). Each
episode's head starts as the support set's nearest-class-mean classifier (Proto-MAML; ``zero``
is the plain zero head), and meta-training starts from the baseline's pre-trained backbone
(Meta-Baseline; ``random`` starts from scratch). The report also gives MAML minus the baseline
on the same episodes, and the ablation without meta-training (the pre-trained backbone adapted
by the same inner loop), so what meta-training itself adds is visible.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import torch
from torch.func import functional_call, grad
from torch.nn import functional as F

from medenclave_training.core.job_config import FewShotConfig
from medenclave_training.core.ports import TrainingFailed

__all__ = ["EpisodeSampler", "FewShotData", "FewShotLearner", "FewShotReport",
           "build_backbone"]

Params = dict[str, torch.Tensor]


@dataclass(frozen=True)
class FewShotData:
    """Images ``[1, S, S]`` with their class and the (pseudonymous) patient they belong to."""

    images: Sequence[np.ndarray]
    labels: Sequence[int]
    patients: Sequence[str]


@dataclass(frozen=True)
class FewShotReport:
    accuracy: float
    ci95: float
    baseline_accuracy: float
    baseline_ci95: float
    episodes: int
    chance: float
    meta_test_classes: tuple[int, ...]
    #: MAML minus baseline, episode by episode (the same episodes): mean and 95% CI
    advantage: float = math.nan
    advantage_ci95: float = math.nan
    #: the ablation: the baseline's pre-trained backbone adapted by MAML's inner loop, without
    #: meta-training (what meta-training itself adds is ``accuracy`` minus this)
    unmeta_accuracy: float = math.nan
    unmeta_ci95: float = math.nan

    def as_metrics(self) -> dict[str, float | int | list[int]]:
        return {"fewshot_accuracy": self.accuracy, "fewshot_ci95": self.ci95,
                "baseline_accuracy": self.baseline_accuracy,
                "baseline_ci95": self.baseline_ci95, "episodes": self.episodes,
                "chance": self.chance, "meta_test_classes": list(self.meta_test_classes),
                "advantage": self.advantage, "advantage_ci95": self.advantage_ci95,
                "no_meta_training_accuracy": self.unmeta_accuracy,
                "no_meta_training_ci95": self.unmeta_ci95}


def build_backbone(out_features: int, *, channels: int = 16) -> torch.nn.Module:
    """Three conv blocks (GroupNorm, non-inplace ReLU, max-pool) and a linear head."""
    def block(cin: int, cout: int) -> list[torch.nn.Module]:
        return [torch.nn.Conv2d(cin, cout, 3, padding=1), torch.nn.GroupNorm(4, cout),
                torch.nn.ReLU(inplace=False), torch.nn.MaxPool2d(2)]
    return torch.nn.Sequential(
        *block(1, channels), *block(channels, channels), *block(channels, channels),
        torch.nn.AdaptiveAvgPool2d(2), torch.nn.Flatten(),
        torch.nn.Linear(channels * 4, out_features))


class EpisodeSampler:
    """Draws N-way K-shot episodes from ``classes``, support and query from disjoint patients.

    Raises:
        TrainingFailed: ``fewshot_too_few_classes`` or ``fewshot_too_few_patients`` (a class
            needs two patients: one for support, one for query).
    """

    def __init__(self, data: FewShotData, classes: Sequence[int], *, n_way: int, k_shot: int,
                 query: int) -> None:
        if len(set(classes)) < n_way:
            raise TrainingFailed("fewshot_too_few_classes")
        self._by_class: dict[int, dict[str, list[int]]] = {c: {} for c in classes}
        for i, (label, patient) in enumerate(zip(data.labels, data.patients, strict=True)):
            if label in self._by_class:
                self._by_class[label].setdefault(patient, []).append(i)
        if any(len(p) < 2 for p in self._by_class.values()):
            raise TrainingFailed("fewshot_too_few_patients")
        self._classes = sorted(self._by_class)
        self._n, self._k, self._q = n_way, k_shot, query

    def sample(self, rng: np.random.Generator) -> tuple[list[int], list[int], list[int],
                                                         list[int]]:
        """Indices and episode labels (0 … N-1): support, support labels, query, query labels."""
        chosen = rng.choice(self._classes, size=self._n, replace=False)
        s_idx: list[int] = []
        s_y: list[int] = []
        q_idx: list[int] = []
        q_y: list[int] = []
        for way, cls in enumerate(chosen):
            patients = list(self._by_class[int(cls)])
            rng.shuffle(patients)
            cut = max(1, min(self._k, len(patients) - 1))
            s_idx += _draw(self._by_class[int(cls)], patients[:cut], self._k, rng)
            q_idx += _draw(self._by_class[int(cls)], patients[cut:], self._q, rng)
            s_y += [way] * self._k
            q_y += [way] * self._q
        return s_idx, s_y, q_idx, q_y


def _draw(by_patient: dict[str, list[int]], patients: list[str], n: int,
          rng: np.random.Generator) -> list[int]:
    """``n`` images, one patient after another (round robin), without repeats while possible."""
    pools = [list(rng.permutation(by_patient[p])) for p in patients]
    out: list[int] = []
    while len(out) < n:
        for pool in pools:
            if len(out) < n:
                out.append(int(pool[len(out) // len(pools) % len(pool)]))
    return out


class FewShotLearner:
    """MAML over a small conv backbone; ``meta_train`` then ``evaluate`` / ``adapt_model``."""

    def __init__(self, cfg: FewShotConfig, *, seed: int = 0, threads: int = 2) -> None:
        self.cfg = cfg
        self._seed = seed
        torch.set_num_threads(threads)
        torch.manual_seed(seed)
        self.net = build_backbone(cfg.n_way)
        # the same modules without the head, under the same parameter names
        self._body = torch.nn.Sequential(*list(self.net.children())[:-1])
        self._body_names = {k for k, _ in self._body.named_parameters()}
        self._baseline: torch.nn.Module | None = None

    # --- the functional core -----------------------------------------------------------

    def _loss(self, params: Params, x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        return F.cross_entropy(functional_call(self.net, params, (x,)), y)

    def _adapt(self, params: Params, x: torch.Tensor, y: torch.Tensor) -> Params:
        # the meta-learned head is not used: episode labels are a random permutation of the
        # classes, so it would carry nothing but noise (UnicornMAML)
        head_w, head_b = list(params)[-2:]
        if self.cfg.head_init == "prototypes":
            # Proto-MAML (Triantafillou et al. 2020): the head that scores -|f - mean_c|^2,
            # the support set's nearest class mean, which the inner loop then refines. A zero
            # head's first step is an uncentred dot product with the class means instead,
            # which favours the class with the largest features until many steps correct it.
            w, b = _prototype_head(self._features(params, x), y, self.cfg.n_way)
        else:
            w = torch.zeros(self.cfg.n_way, params[head_w].shape[1])
            b = torch.zeros(self.cfg.n_way)
        params = {**params, head_w: w, head_b: b}
        inner = grad(self._loss)
        for _ in range(self.cfg.inner_steps):
            g = inner(params, x, y)
            if self.cfg.first_order:
                g = {k: v.detach() for k, v in g.items()}
            params = {k: p - self.cfg.inner_lr * g[k] for k, p in params.items()}
        return params

    def _features(self, params: Params, x: torch.Tensor) -> torch.Tensor:
        """The backbone's output before its linear head (``params`` may hold the head too)."""
        return functional_call(self._body, {k: v for k, v in params.items()
                                            if k in self._body_names}, (x,))

    def _meta_loss(self, params: Params, tasks: list[tuple[torch.Tensor, ...]]) -> torch.Tensor:
        losses = [self._loss(self._adapt(params, sx, sy), qx, qy) for sx, sy, qx, qy in tasks]
        return torch.stack(losses).mean()

    # --- training ----------------------------------------------------------------------

    def meta_train(self, data: FewShotData, classes: Sequence[int],
                   on_step: Callable[[int, float], None] | None = None) -> float:
        """Meta-train the initial weights on episodes of ``classes``; returns the last meta-loss.

        Raises:
            TrainingFailed: ``training_diverged`` or a sampler code.
        """
        cfg = self.cfg
        sampler = EpisodeSampler(data, classes, n_way=cfg.n_way, k_shot=cfg.k_shot,
                                 query=cfg.query)
        images = _tensor(data.images)
        rng = np.random.default_rng(self._seed)
        baseline = self._pretrain_baseline(data, images, classes)
        if cfg.init == "pretrained":
            # Meta-Baseline (Chen et al. 2021): meta-train from the conventionally pre-trained
            # backbone, so meta-learning refines features instead of finding them from scratch
            # in a few hundred episodes; the head stays (the inner loop replaces it anyway)
            body = {k: v for k, v in baseline.state_dict().items() if k in self._body_names}
            self.net.load_state_dict(body, strict=False)
        params = {k: v.detach().clone().requires_grad_(True)
                  for k, v in self.net.named_parameters()}
        opt = torch.optim.Adam(params.values(), lr=cfg.meta_lr)
        meta_grad = grad(self._meta_loss)
        loss_value = float("nan")
        for step in range(cfg.meta_iterations):
            tasks = [_episode(images, sampler.sample(rng)) for _ in range(cfg.meta_batch)]
            grads = meta_grad(params, tasks)
            for k, p in params.items():
                p.grad = grads[k]
            opt.step()
            if step % 20 == 0 or step == cfg.meta_iterations - 1:
                with torch.no_grad():
                    loss_value = float(self._meta_loss(params, tasks[:1]))
                if not math.isfinite(loss_value):
                    raise TrainingFailed("training_diverged")
                if on_step is not None:
                    on_step(step, loss_value)
        self.net.load_state_dict({k: v.detach() for k, v in params.items()})
        return loss_value

    def _pretrain_baseline(self, data: FewShotData, images: torch.Tensor,
                           classes: Sequence[int]) -> torch.nn.Module:
        """The same backbone trained conventionally on all meta-training classes, with the
        same number of images seen as meta-training saw."""
        cfg = self.cfg
        torch.manual_seed(self._seed)
        keep = [i for i, c in enumerate(data.labels) if c in set(classes)]
        remap = {c: i for i, c in enumerate(sorted(set(classes)))}
        x = images[keep]
        y = torch.tensor([remap[data.labels[i]] for i in keep])
        net = build_backbone(len(remap))
        opt = torch.optim.Adam(net.parameters(), lr=cfg.meta_lr * 3)
        batch = min(len(keep), cfg.meta_batch * cfg.n_way * (cfg.k_shot + cfg.query))
        gen = torch.Generator().manual_seed(self._seed)
        for _ in range(cfg.meta_iterations):
            idx = torch.randint(len(keep), (batch,), generator=gen)
            opt.zero_grad(set_to_none=True)
            F.cross_entropy(net(x[idx]), y[idx]).backward()
            opt.step()
        self._baseline = net
        return net

    # --- meta-testing ------------------------------------------------------------------

    def adapted(self, x: torch.Tensor, y: torch.Tensor) -> Params:
        """The meta-learned weights after the inner loop on a support set."""
        params = {k: v.detach() for k, v in self.net.named_parameters()}
        return {k: v.detach() for k, v in self._adapt(params, x, y).items()}

    def _baseline_finetuned(self, x: torch.Tensor, y: torch.Tensor) -> Params:
        if self._baseline is None:
            raise RuntimeError("meta_train first")
        params = {k: v.detach().clone() for k, v in self._baseline.named_parameters()}
        head_w, head_b = list(params)[-2:]
        params[head_w] = torch.zeros(self.cfg.n_way, params[head_w].shape[1])
        params[head_b] = torch.zeros(self.cfg.n_way)
        params = {k: v.requires_grad_(True) for k, v in params.items()}
        opt = torch.optim.Adam(params.values(), lr=1e-2)
        for _ in range(max(2 * self.cfg.inner_steps, 10)):
            opt.zero_grad(set_to_none=True)
            self._loss(params, x, y).backward()
            opt.step()
        return {k: v.detach() for k, v in params.items()}

    def evaluate(self, data: FewShotData, classes: Sequence[int], *, episodes: int,
                 seed: int) -> FewShotReport:
        """Accuracy (mean and 95% CI) over ``episodes`` episodes of held-out ``classes``."""
        cfg = self.cfg
        sampler = EpisodeSampler(data, classes, n_way=cfg.n_way, k_shot=cfg.k_shot,
                                 query=cfg.query)
        images = _tensor(data.images)
        rng = np.random.default_rng(seed)
        if self._baseline is None:
            raise RuntimeError("meta_train first")
        pretrained = {k: v.detach() for k, v in self._baseline.named_parameters()}
        maml: list[float] = []
        base: list[float] = []
        unmeta: list[float] = []
        for _ in range(episodes):
            sx, sy, qx, qy = _episode(images, sampler.sample(rng))
            for scores, params in (
                    (maml, self.adapted(sx, sy)), (base, self._baseline_finetuned(sx, sy)),
                    (unmeta, {k: v.detach() for k, v in self._adapt(pretrained, sx, sy).items()})):
                with torch.no_grad():
                    pred = functional_call(self.net, params, (qx,)).argmax(dim=1)
                scores.append(float((pred == qy).float().mean()))
        gain = [a - b for a, b in zip(maml, base, strict=True)]
        return FewShotReport(
            accuracy=float(np.mean(maml)), ci95=_ci95(maml),
            baseline_accuracy=float(np.mean(base)), baseline_ci95=_ci95(base),
            episodes=episodes, chance=1.0 / cfg.n_way,
            meta_test_classes=tuple(sorted(set(classes))),
            advantage=float(np.mean(gain)), advantage_ci95=_ci95(gain),
            unmeta_accuracy=float(np.mean(unmeta)), unmeta_ci95=_ci95(unmeta))

    def adapt_model(self, support_images: Sequence[np.ndarray],
                    support_labels: Sequence[int]) -> torch.nn.Module:
        """A standalone classifier for the support set's classes (labels 0 … N-1)."""
        params = self.adapted(_tensor(support_images), torch.tensor(list(support_labels)))
        model = build_backbone(self.cfg.n_way)
        model.load_state_dict(params)
        return model.eval()


def _prototype_head(features: torch.Tensor, y: torch.Tensor, n_way: int
                    ) -> tuple[torch.Tensor, torch.Tensor]:
    """Weights and bias of the linear head scoring ``2 m_c . f - |m_c|^2`` (equal, up to a term
    shared by every class, to ``-|f - m_c|^2``) for the class means ``m_c``."""
    onehot = F.one_hot(y, n_way).to(features.dtype)
    means = onehot.T @ features / onehot.sum(0).clamp(min=1).unsqueeze(1)
    return 2 * means, -(means ** 2).sum(1)


def _tensor(images: Sequence[np.ndarray]) -> torch.Tensor:
    return torch.from_numpy(np.stack(list(images)).astype(np.float32))


def _episode(images: torch.Tensor, drawn: tuple[list[int], list[int], list[int], list[int]]
             ) -> tuple[torch.Tensor, ...]:
    s_idx, s_y, q_idx, q_y = drawn
    return images[s_idx], torch.tensor(s_y), images[q_idx], torch.tensor(q_y)


def _ci95(values: list[float]) -> float:
    """Half-width of the normal-approximation 95% interval of the mean."""
    if len(values) < 2:
        return float("nan")
    return float(1.96 * np.std(values, ddof=1) / math.sqrt(len(values)))
