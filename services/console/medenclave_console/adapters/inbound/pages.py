"""The console's pages: sign-in, language, and one handler per screen.

Each screen handler sits behind its gate (:meth:`ConsoleApp.page`: the screen opened, with a
role check, 403 and an audit record when refused; a POSTed form's CSRF token checked), asks the
services with the person's token, records the view (fail closed: no record, no page) and
renders. Searches, filters and decisions are POSTed forms with the CSRF token.
"""

from __future__ import annotations

import base64
import calendar
import logging
import math
import time

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from medenclave_console.adapters.inbound.http_app import (
    LANG_COOKIE,
    SESSION_COOKIE,
    ConsoleApp,
    OpenedPage,
)
from medenclave_console.core import i18n
from medenclave_console.core.ports import (
    AuditFilter,
    Forbidden,
    GatewayError,
    PreviewImage,
    Rejected,
    SignInRefused,
    Unavailable,
)
from medenclave_console.core.screens import (
    EMERGENCY_MIN_REASON,
    EMERGENCY_ROLES,
    SCREENS,
    count_studies,
    valid_pseudonym,
)
from medenclave_console.core.sessions import Session, signed_in

__all__ = ["routes"]

log = logging.getLogger(__name__)

_BACK = {"/", "/login", *(s.path for s in SCREENS)}
_MIN_REASON = 10
#: a quarantine decision → the notice shown after it
_DECISIONS = {"release": "released", "mask_release": "mask_released", "reject": "rejected_done"}
#: why deid left a masked release quarantined (the page explains each)
_MASK_REFUSED = ("mask_nothing_found", "burned_in_compressed", "burned_in_unmaskable")


def _day(text: str, *, end: bool) -> float | None:
    """``YYYY-MM-DD`` as epoch seconds (start of that UTC day, or its end); None if invalid."""
    if not text:
        return 0.0
    try:
        day = time.strptime(text, "%Y-%m-%d")
    except ValueError:
        return None
    return calendar.timegm(day) + (86399.999 if end else 0.0)


def routes(c: ConsoleApp) -> list[Route]:
    """The routes of ``c``'s pages."""

    failed = c.failed

    async def sign_in_page(request: Request) -> Response:
        session = c.session_of(request)
        if session is not None and session.signed_in:
            return RedirectResponse("/", status_code=303)
        session = session or c.sessions.anonymous()
        ended = ("session_ended",) if request.query_params.get("ended") else ()
        response = c.render(request, "login.html", title="sign_in", session=session,
                            notices=ended)
        c.set_session_cookie(response, session)
        return response

    @c.page(None)
    async def sign_in(request: Request, page: OpenedPage) -> Response:
        session, fields = page.session, page.fields
        try:
            user = await c.platform.sign_in(username=fields.get("username", "")[:128],
                                            password=fields.get("password", "")[:256],
                                            totp_code=fields.get("totp", "")[:10])
        except SignInRefused:
            return c.render(request, "login.html", title="sign_in", session=session,
                            status=401, notices=("sign_in_failed",))
        except Unavailable:
            return c.message(request, session, "unavailable", status=503)
        fresh = c.sessions.sign_in(session.sid, user)  # a new id: the old one is worth nothing
        log.info("signed in", extra={"code": "CON-002", "fields": {"role": user.role}})
        response = RedirectResponse("/", status_code=303)
        c.set_session_cookie(response, fresh)
        return response

    @c.page(None)
    async def sign_out(request: Request, page: OpenedPage) -> Response:
        c.sessions.sign_out(page.session.sid)
        response = RedirectResponse("/login", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    @c.page(None)
    async def switch_lang(request: Request, page: OpenedPage) -> Response:
        lang = page.fields.get("lang", "")
        back = page.fields.get("back", "/")
        response = RedirectResponse(back if back in _BACK else "/", status_code=303)
        if lang in i18n.LANGS:
            response.set_cookie(LANG_COOKIE, lang, httponly=True, secure=c.https,
                                samesite="strict", path="/", max_age=365 * 86400)
        return response

    async def home(request: Request) -> Response:
        session = c.session_of(request)
        if session is None or session.user is None:
            return c.to_sign_in(ended=SESSION_COOKIE in request.cookies)
        notices, session.flash = tuple(session.flash), []
        return c.render(request, "home.html", title="home", session=session, notices=notices)

    @c.page("studies")
    async def studies(request: Request, page: OpenedPage) -> Response:
        session, fields = page.session, page.fields
        query = fields.get("pseudonym", "").strip()
        if query and not valid_pseudonym(query):
            return c.render(request, "studies.html", title="studies", session=session,
                            status=400, notices=("bad_pseudonym",), rows=[], query="",
                            counts=count_studies([]))
        user = signed_in(session)
        try:
            rows = list(await c.platform.studies(token=user.token, limit=c.page_rows))
            counts = count_studies([r.state for r in rows])
            if query:
                rows = [r for r in rows if r.pseudo_study_id == query]
            await c.viewed(session, "studies")
        except GatewayError as exc:
            return failed(request, session, exc)
        notices = ("no_match",) if query and not rows else ()
        return c.render(request, "studies.html", title="studies", session=session, rows=rows,
                        counts=counts, query=query, notices=notices)

    @c.page("quarantine")
    async def quarantine(request: Request, page: OpenedPage) -> Response:
        return await quarantine_page(request, page.session,
                                     decided=page.fields.get("decided") == "1")

    async def quarantine_page(request: Request, session: Session, notices: tuple[str, ...] = (),
                              decided: bool = False, status: int = 200,
                              preview: tuple[tuple[str, int], PreviewImage] | None = None
                              ) -> Response:
        """The quarantine list (after the gate: also shown by the preview and review forms)."""
        user = signed_in(session)
        try:
            found = await c.platform.quarantine(token=user.token,
                                                include_decided=decided)
            await c.viewed(session, "quarantine")
        except GatewayError as exc:
            return failed(request, session, exc)
        session.drop_handles("quarantine")
        notices, session.flash = (*notices, *session.flash), []
        rows = [{"token": session.handle_for((q.study_ref, q.completion)),
                 **{k: getattr(q, k) for k in ("reason_code", "review_state", "modality",
                                                "reviewer", "review_reason", "instance_count",
                                                "proposed_by", "proposed_mask")}}
                for q in found[:c.page_rows]]
        shown = None
        if preview is not None:
            key, image = preview
            shown = {"token": session.handle_for(key), "b64": base64.b64encode(image.png).decode(),
                     **{k: getattr(image, k) for k in ("index", "instance_count", "rows",
                                                        "columns", "window_center",
                                                        "window_width", "text_regions",
                                                        "mask_regions", "mask_rule",
                                                        "text_read")}}
        return c.render(request, "quarantine.html", title="quarantine", session=session,
                        rows=rows, decided=decided, notices=notices, status=status,
                        preview=shown)

    @c.page("quarantine", row="quarantine")
    async def view_image(request: Request, page: OpenedPage) -> Response:
        session, fields, key = page.session, page.fields, page.key
        user = signed_in(session)
        window = _window(fields)
        if window is None:
            return await quarantine_page(request, session, ("bad_window",), status=400)
        index, center, width = window
        try:
            image = await c.platform.preview_quarantine(
                token=user.token, study_ref=key[0], completion=key[1], index=index,
                window_center=center, window_width=width)
            await c.viewed(session, "quarantine", "quarantine.preview")
        except GatewayError as exc:
            return failed(request, session, exc)
        return await quarantine_page(request, session, preview=(key, image))

    @c.page("quarantine", row="quarantine")
    async def review(request: Request, page: OpenedPage) -> Response:
        session, fields, key = page.session, page.fields, page.key
        user = signed_in(session)
        decision = fields.get("decision", "")
        reason = fields.get("reason", "").strip()[:500]
        if decision not in _DECISIONS:
            return c.message(request, session, "bad_form", status=403)
        if len(reason) < _MIN_REASON:
            return await quarantine_page(request, session, ("reason_required",), status=400)
        try:
            state = await c.platform.review_quarantine(
                token=user.token, study_ref=key[0], completion=key[1],
                release=decision != "reject", reason=reason, mask=decision == "mask_release")
        except (Forbidden, Unavailable) as exc:
            return failed(request, session, exc)
        except Rejected as exc:
            if exc.code in _MASK_REFUSED:
                return await quarantine_page(request, session, (f"mask_refused_{exc.code}",),
                                             status=409)
            if exc.code in ("four_eyes_same_officer", "confirm_mismatch"):
                return await quarantine_page(request, session, (exc.code,), status=403)
            return c.message(request, session, "rejected", status=400, code=exc.code)
        session.handles.pop(fields.get("row", ""), None)
        session.flash.append("release_proposed" if state == "AWAITING_CONFIRMATION"
                             else _DECISIONS[decision])
        return RedirectResponse("/quarantine", status_code=303)  # a reload cannot resend it

    @c.page("audit")
    async def audit(request: Request, page: OpenedPage) -> Response:
        session, fields = page.session, page.fields
        user = signed_in(session)
        query = _audit_filter(fields, c.page_rows)
        if query is None:
            return c.render(request, "audit.html", title="audit", session=session, status=400,
                            notices=("bad_date",), rows=[], chain=None, f=AuditFilter(),
                            since="", until="")
        try:
            if request.url.path == "/audit/export":
                body = await c.platform.audit_export(token=user.token, query=query)
                await c.viewed(session, "audit", "audit.export")
                return Response(body, media_type="application/x-ndjson", headers={
                    "content-disposition": 'attachment; filename="medenclave-audit.jsonl"'})
            rows = await c.platform.audit_query(token=user.token, query=query)
            chain = await c.platform.audit_verify(token=user.token)
            await c.viewed(session, "audit")
        except GatewayError as exc:
            return failed(request, session, exc)
        return c.render(request, "audit.html", title="audit", session=session, rows=rows,
                        chain=chain, f=query, since=fields.get("since", ""),
                        until=fields.get("until", ""))

    @c.page("breakglass")
    async def break_glass(request: Request, page: OpenedPage) -> Response:
        session = page.session
        user = signed_in(session)
        try:
            rows = await c.platform.break_glass_grants(token=user.token)
            await c.viewed(session, "breakglass")
        except GatewayError as exc:
            return failed(request, session, exc)
        return c.render(request, "breakglass.html", title="breakglass", session=session,
                        rows=rows)

    @c.page("emergency")
    async def emergency(request: Request, page: OpenedPage) -> Response:
        session, fields = page.session, page.fields
        if request.method == "GET":
            return c.render(request, "emergency.html", title="emergency", session=session,
                            roles=EMERGENCY_ROLES)
        user = signed_in(session)
        role, reason = fields.get("role", ""), fields.get("reason", "").strip()[:1000]
        minutes = fields.get("minutes", "15").strip()
        if role not in EMERGENCY_ROLES or len(reason) < EMERGENCY_MIN_REASON \
                or not minutes.isdigit() or not 1 <= int(minutes) <= 60:
            return c.render(request, "emergency.html", title="emergency", session=session,
                            roles=EMERGENCY_ROLES, notices=("emergency_bad",), status=400)
        try:
            elevated = await c.platform.break_glass(token=user.token, role=role,
                                                    reason=reason, duration_s=int(minutes) * 60)
        except GatewayError as exc:
            return failed(request, session, exc)
        fresh = c.sessions.sign_in(session.sid, elevated)  # a new id for the new powers
        fresh.flash.append("emergency_granted")
        log.info("emergency access granted", extra={"code": "CON-003", "fields": {
            "role": elevated.role}})
        response = RedirectResponse("/", status_code=303)
        c.set_session_cookie(response, fresh)
        return response

    return [
        Route("/", home, methods=["GET"]),
        Route("/emergency", emergency, methods=["GET", "POST"]),
        Route("/login", sign_in_page, methods=["GET"]),
        Route("/login", sign_in, methods=["POST"]),
        Route("/logout", sign_out, methods=["POST"]),
        Route("/lang", switch_lang, methods=["POST"]),
        Route("/studies", studies, methods=["GET", "POST"]),
        Route("/quarantine", quarantine, methods=["GET", "POST"]),
        Route("/quarantine/review", review, methods=["POST"]),
        Route("/quarantine/preview", view_image, methods=["POST"]),
        Route("/audit", audit, methods=["GET", "POST"]),
        Route("/audit/export", audit, methods=["POST"]),
        Route("/break-glass", break_glass, methods=["GET"]),
    ]


def _window(fields: dict[str, str]) -> tuple[int, float, float] | None:
    """(instance index from 0, window centre, width) of a preview form; None if not numbers.
    An empty width means the header's window."""
    try:
        index = int(fields.get("index", "") or 1) - 1
        center = float(fields.get("center", "") or 0)
        width = float(fields.get("width", "") or 0)
    except ValueError:
        return None
    if index < 0 or not all(math.isfinite(v) and abs(v) <= 1e7 for v in (center, width)):
        return None
    return index, center, width


def _audit_filter(fields: dict[str, str], limit: int) -> AuditFilter | None:
    """The audit search of a form (None: a date is not ``YYYY-MM-DD``)."""
    since = _day(fields.get("since", "").strip(), end=False)
    until = _day(fields.get("until", "").strip(), end=True)
    if since is None or until is None:
        return None
    return AuditFilter(subject=fields.get("subject", "").strip()[:128],
                       action=fields.get("action", "").strip()[:128],
                       resource=fields.get("resource", "").strip()[:256],
                       since=since, until=until, limit=limit)
