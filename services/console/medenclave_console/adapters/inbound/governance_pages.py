"""The model governance, dataset lineage and serving health pages.

Models: the list (stage, served), each version's card, and for holders of model.approve the
approve / rollback / retire forms; the training service enforces four eyes and the page says
so when it refuses. Datasets: versions with their manifest hash and the models trained on
each; one version's studies and patients per split. Serving health: latency percentiles,
throughput and drift over time as server-drawn SVG charts. Rows travel as opaque handles of
the session, never as names or versions in a URL.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from medenclave_console.adapters.inbound.http_app import ConsoleApp, OpenedPage
from medenclave_console.core import i18n
from medenclave_console.core.charts import Series, line_chart
from medenclave_console.core.ports import (
    GatewayError,
    ModelCardView,
    Rejected,
    ServingHealth,
    TrainedOn,
)
from medenclave_console.core.screens import holds
from medenclave_console.core.sessions import Session, signed_in

__all__ = ["GOVERNANCE_STEPS", "governance_routes", "steps_for"]

log = logging.getLogger(__name__)

#: the governance steps a form may ask for
GOVERNANCE_STEPS = ("approve", "rollback", "retire")
#: approval needs a written reason (training's own rule: required, at most 500 characters)
_MIN_APPROVAL_REASON = 10
#: refusals the card page explains in words (four eyes above all)
_EXPLAINED = {"approver_trained_model": "four_eyes_refused",
              "trainer_unknown": "trainer_unknown"}


def steps_for(card: ModelCardView) -> tuple[str, ...]:
    """The steps that make sense for a card's stage (the service decides in the end)."""
    if card.stage == "candidate":
        return ("approve", "retire")
    if card.stage == "approved":
        return ("retire",) if card.served else ("rollback", "retire")
    return ()


def governance_routes(c: ConsoleApp) -> list[Route]:
    """The routes of the models, datasets and serving health screens."""

    @c.page("models")
    async def models(request: Request, page: OpenedPage) -> Response:
        session, user = page.session, signed_in(page.session)
        try:
            found = await c.platform.models(token=user.token)
            await c.viewed(session, "models")
        except GatewayError as exc:
            return c.failed(request, session, exc)
        session.drop_handles("model")
        rows = [{"row": m, "token": session.handle_for((m.model_name, m.version), "model")}
                for m in found[:c.page_rows]]
        notices, session.flash = tuple(session.flash), []
        return c.render(request, "models.html", title="models", session=session, rows=rows,
                        notices=notices)

    async def card_page(request: Request, session: Session, key: tuple[str, int], *,
                        notices: tuple[str, ...] = (), status: int = 200) -> Response:
        user = signed_in(session)
        try:
            card = await c.platform.model_card(token=user.token, model_name=key[0],
                                               version=key[1])
            await c.viewed(session, "models", "models.card")
        except GatewayError as exc:
            return c.failed(request, session, exc)
        steps = steps_for(card) if holds(c.platform.policy(), user.role, "model.approve") else ()
        return c.render(request, "model_card.html", title="model_card", session=session,
                        card=card, notices=notices, status=status, steps=steps,
                        token=session.handle_for(key, "model") if steps else "")

    @c.page("models", row="model")
    async def card(request: Request, page: OpenedPage) -> Response:
        return await card_page(request, page.session, page.key)

    @c.page("models", row="model")
    async def govern(request: Request, page: OpenedPage) -> Response:
        session, fields, key = page.session, page.fields, page.key
        user = signed_in(session)
        step = fields.get("step", "")
        reason = fields.get("reason", "").strip()[:500]
        if step not in GOVERNANCE_STEPS:
            return c.message(request, session, "bad_form", status=403)
        if not holds(c.platform.policy(), user.role, "model.approve"):
            return c.message(request, session, "forbidden", status=403)
        if step == "approve" and len(reason) < _MIN_APPROVAL_REASON:
            return await card_page(request, session, key, notices=("reason_required",),
                                   status=400)
        try:
            await c.platform.govern_model(token=user.token, step=step, model_name=key[0],
                                          version=key[1], reason=reason)
        except Rejected as exc:
            if exc.code in _EXPLAINED:
                log.info("model step refused", extra={"code": "CON-010", "fields": {
                    "step": step, "refusal": exc.code}})
                return await card_page(request, session, key, notices=(_EXPLAINED[exc.code],),
                                       status=403)
            return c.failed(request, session, exc)
        except GatewayError as exc:
            return c.failed(request, session, exc)
        return await card_page(request, session, key, notices=(f"model_{step}_done",))

    @c.page("datasets", row="dataset")
    async def datasets(request: Request, page: OpenedPage) -> Response:
        session, shown = page.session, page.key
        user = signed_in(session)
        try:
            found = await c.platform.datasets(token=user.token)
            trained = await c.platform.lineage(token=user.token)
            detail = (await c.platform.dataset(token=user.token, name=shown[0],
                                               version=shown[1]) if shown else None)
            await c.viewed(session, "datasets", "datasets.show" if shown else "")
        except GatewayError as exc:
            return c.failed(request, session, exc)
        session.drop_handles("dataset")
        rows = [{"row": d, "models": _models_of(trained, d.name, d.version),
                 "token": session.handle_for((d.name, d.version), "dataset")}
                for d in found[:c.page_rows]]
        return c.render(request, "datasets.html", title="datasets", session=session,
                        rows=rows, detail=detail,
                        detail_models=_models_of(trained, *shown) if shown else [])

    @c.page("serving")
    async def serving(request: Request, page: OpenedPage) -> Response:
        session, user = page.session, signed_in(page.session)
        try:
            found = await c.platform.serving_health(token=user.token)
            await c.viewed(session, "serving")
        except GatewayError as exc:
            return c.failed(request, session, exc)
        lang = c.lang_of(request)
        charts = [_charts(h, lang) for h in found[:c.page_rows]]
        return c.render(request, "serving.html", title="serving", session=session,
                        charts=charts)

    return [
        Route("/models", models, methods=["GET"]),
        Route("/models/card", card, methods=["POST"]),
        Route("/models/govern", govern, methods=["POST"]),
        Route("/datasets", datasets, methods=["GET", "POST"]),
        Route("/serving", serving, methods=["GET"]),
    ]


def _models_of(trained: Sequence[TrainedOn], name: str, version: int) -> list[str]:
    """``model vN`` of every model version trained on dataset ``name`` version ``version``."""
    return sorted({f"{t.model_name} v{t.model_version}" for t in trained
                   if t.dataset == name and t.dataset_version == version})


def _charts(health: ServingHealth, lang: str) -> dict:
    """The three charts of one served version, with translated legends."""
    def t(key: str) -> str:
        return i18n.translate(lang, key)

    def clock(s: float) -> str:
        return i18n.format_clock(s, lang)

    times = [p.time for p in health.points]
    throughput = [p.requests / p.interval_s if p.interval_s > 0 else 0.0
                  for p in health.points]
    latency = line_chart(
        title=t("latency_ms"), times=times, clock=clock,
        number=lambda v: i18n.format_number(v, lang, digits=1),
        series=[Series(t("p50"), [p.p50_ms for p in health.points]),
                Series(t("p95"), [p.p95_ms for p in health.points]),
                Series(t("p99"), [p.p99_ms for p in health.points])])
    rate = line_chart(title=t("throughput"), times=times, clock=clock,
                      number=lambda v: i18n.format_number(v, lang, digits=2),
                      series=[Series(t("requests_per_s"), throughput)])
    drift = line_chart(title=t("drift_kl"), times=times, clock=clock,
                       number=lambda v: i18n.format_number(v, lang, digits=2),
                       series=[Series(t("drift_kl"), [p.kl for p in health.points])],
                       threshold=(t("drift_threshold"), health.drift_threshold))
    # line_chart escapes every text it draws: its markup is safe to put in the page as is
    svg = {name: Markup(chart) for name, chart in  # noqa: S704
           (("latency", latency), ("throughput", rate), ("drift", drift))}
    return {"health": health, **svg, "requests": sum(p.requests for p in health.points)}
