"""The console's web server: sessions, CSRF, security headers, and the pages (:mod:`.pages`).

Every response carries a strict Content-Security-Policy (no inline script or style, nothing
from another origin), ``X-Frame-Options: DENY``, ``nosniff``, ``no-referrer`` and
``Cache-Control: no-store``. Every form is a POST carrying the session's CSRF token; a form
body is read up to ``max_form_bytes`` and refused beyond. No page puts an identifier in its
URL or title: searches and decisions travel in POST bodies.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from medenclave_console.core import i18n
from medenclave_console.core.ports import AuditTrail, Forbidden, GatewayError, Platform, Unavailable
from medenclave_console.core.screens import allowed, visible_screens
from medenclave_console.core.sessions import Session, SessionBook

__all__ = ["LANG_COOKIE", "SECURITY_HEADERS", "SESSION_COOKIE", "ConsoleApp", "FormTooLarge",
           "OpenedPage"]

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
SESSION_COOKIE = "medenclave_session"
LANG_COOKIE = "medenclave_lang"

SECURITY_HEADERS: Mapping[str, str] = {
    "content-security-policy": ("default-src 'none'; script-src 'self'; style-src 'self'; "
                                "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; "
                                "base-uri 'none'"),
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), usb=()",
}


class FormTooLarge(Exception):
    """A form body went past the limit."""


class _SecurityHeaders:
    """ASGI middleware: the headers of :data:`SECURITY_HEADERS` on every response (HSTS too
    over HTTPS)."""

    def __init__(self, app: ASGIApp, *, https: bool) -> None:
        self.app = app
        extra = dict(SECURITY_HEADERS)
        if https:
            extra["strict-transport-security"] = "max-age=31536000"
        self._headers = [(k.encode(), v.encode()) for k, v in extra.items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *[(k, v) for k, v in self._headers if k not in names]]
            await send(message)

        await self.app(scope, receive, with_headers)


@dataclass(frozen=True)
class OpenedPage:
    """What a page handler is given once its gate has passed (:meth:`ConsoleApp.page`)."""

    session: Session
    #: the POSTed form's fields (empty for a GET)
    fields: dict[str, str]
    #: the row the form's ``row`` handle stands for (with ``row=``; else None)
    key: tuple[str, int] | None = None


#: a page handler behind its gate (:meth:`ConsoleApp.page`), and the endpoint it becomes
PageHandler = Callable[[Request, OpenedPage], Awaitable[Response]]
Endpoint = Callable[[Request], Awaitable[Response]]


class ConsoleApp:
    """The console's pages over a :class:`Platform` and an :class:`AuditTrail`.

    Args:
        platform: the services, called with the person's token.
        audit: where page views and refusals are recorded (fail closed).
        sessions: the session book.
        https: the pages are served over TLS (cookies get ``Secure``, HSTS is sent).
        max_form_bytes: largest form body accepted.
        page_rows: most rows a list shows.
        clock: seconds since the epoch.
    """

    def __init__(self, *, platform: Platform, audit: AuditTrail, sessions: SessionBook,
                 https: bool = False, max_form_bytes: int = 16384, page_rows: int = 200,
                 clock: Callable[[], float] | None = None) -> None:
        import time

        self.platform = platform
        self.audit = audit
        self.sessions = sessions
        self.https = https
        self.max_form_bytes = max_form_bytes
        self.page_rows = page_rows
        self.clock = clock or time.time
        self.templates = Environment(loader=FileSystemLoader(HERE / "templates"),
                                     autoescape=select_autoescape(default=True),
                                     auto_reload=False)

    # -- sessions and forms ---------------------------------------------------------------
    def session_of(self, request: Request) -> Session | None:
        return self.sessions.get(request.cookies.get(SESSION_COOKIE, ""))

    def set_session_cookie(self, response: Response, session: Session) -> None:
        response.set_cookie(SESSION_COOKIE, session.sid, httponly=True, secure=self.https,
                            samesite="strict", path="/")

    def lang_of(self, request: Request) -> str:
        return i18n.pick_lang(request.cookies.get(LANG_COOKIE, ""),
                              request.headers.get("accept-language", ""))

    async def form(self, request: Request) -> dict[str, str]:
        """The URL-encoded form body (first value of each field), at most ``max_form_bytes``.

        Raises:
            FormTooLarge: the body (or its declared length) is over the limit.
        """
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_form_bytes:
            raise FormTooLarge
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > self.max_form_bytes:
                raise FormTooLarge
        fields = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True,
                          max_num_fields=64)
        return {k: v[0] for k, v in fields.items()}

    # -- rendering ------------------------------------------------------------------------
    def render(self, request: Request, template: str, *, title: str, session: Session | None,
               status: int = 200, notices: tuple[str, ...] = (), **values: Any) -> HTMLResponse:
        lang = self.lang_of(request)
        user = session.user if session is not None else None
        now = self.clock()
        page = self.templates.get_template(template).render(
            lang=lang, title=title, user=user, notices=notices,
            csrf=session.csrf if session is not None else "",
            back="/" + request.url.path.strip("/").split("/")[0],   # the screen, not the action
            screens=visible_screens(self.platform.policy(), user.role) if user else [],
            t=lambda key, **v: i18n.translate(lang, key, **v),
            num=lambda n, d=0: i18n.format_number(n, lang, digits=d),
            when=lambda s: i18n.format_time(s, lang),
            age=lambda s: i18n.format_age(now - s, lang) if s > 0 else "—",
            **values)
        return HTMLResponse(page, status_code=status)

    def message(self, request: Request, session: Session | None, key: str, *, status: int,
                **values: Any) -> HTMLResponse:
        return self.render(request, "message.html", title="app", session=session,
                           status=status, message=key, values=values)

    def failed(self, request: Request, session: Session, exc: GatewayError) -> HTMLResponse:
        """The page of a failed service call: 403, 503, or 400 with the reason code."""
        if isinstance(exc, Forbidden):
            return self.message(request, session, "forbidden", status=403)
        if isinstance(exc, Unavailable):
            return self.message(request, session, "unavailable", status=503)
        return self.message(request, session, "rejected", status=400, code=exc.code)

    def to_sign_in(self, *, ended: bool = False) -> RedirectResponse:
        return RedirectResponse("/login?ended=1" if ended else "/login", status_code=303)

    # -- gates ----------------------------------------------------------------------------
    async def open_screen(self, request: Request, screen: str) -> Session | Response:
        """The signed-in session allowed to open ``screen``, or the response that refuses.

        A person whose role may not open the screen gets 403 and an audit record
        (``console.view`` denied); without a session, the sign-in page.
        """
        session = self.session_of(request)
        if session is None or session.user is None:
            return self.to_sign_in(ended=SESSION_COOKIE in request.cookies)
        if not allowed(self.platform.policy(), session.user.role, screen):
            try:
                await self.audit.record(action="console.view", resource=screen,
                                        outcome="denied", subject=session.user.subject,
                                        role=session.user.role, reason="role_not_allowed")
            except Unavailable:
                pass  # the refusal stands either way
            return self.message(request, session, "forbidden", status=403)
        return session

    async def checked_form(self, request: Request,
                           screen: str | None) -> tuple[Session, dict[str, str]] | Response:
        """A POSTed form whose CSRF token matches its session (and, with ``screen``, whose
        session may open it); else the refusing response (403, or 413 for a body too large)."""
        if screen is None:
            session = self.session_of(request)
        else:
            opened = await self.open_screen(request, screen)
            if isinstance(opened, Response):
                return opened
            session = opened
        try:
            fields = await self.form(request)
        except FormTooLarge:
            return Response("form too large", status_code=413, media_type="text/plain")
        if session is None or not session.csrf_ok(fields.get("csrf", "")):
            log.warning("form refused: CSRF token missing or wrong",
                        extra={"code": "CON-401", "fields": {"path": request.url.path}})
            return self.message(request, session, "bad_form", status=403)
        return session, fields

    def page(self, screen: str | None, *, row: str | None = None
             ) -> Callable[[PageHandler], Endpoint]:
        """Decorator of a page handler: it runs as ``handler(request, page)`` once the gate
        has passed, and the gate's refusal is the answer otherwise.

        The gate: a GET opens ``screen`` (:meth:`open_screen`; ``page.fields`` is empty); a
        POST is a :meth:`checked_form` of ``screen`` (None: a form of no screen, such as
        signing in), and with ``row`` the form's ``row`` must be a handle of that kind in the
        session (``page.key``; 403 ``bad_form`` if not).
        """
        def wrap(handler: PageHandler) -> Endpoint:
            @functools.wraps(handler)
            async def endpoint(request: Request) -> Response:
                if request.method != "POST" and screen is not None:
                    opened = await self.open_screen(request, screen)
                    if isinstance(opened, Response):
                        return opened
                    return await handler(request, OpenedPage(opened, {}))
                checked = await self.checked_form(request, screen)
                if isinstance(checked, Response):
                    return checked
                session, fields = checked
                key = session.handle(fields.get("row", ""), row) if row is not None else None
                if row is not None and key is None:
                    return self.message(request, session, "bad_form", status=403)
                return await handler(request, OpenedPage(session, fields, key))
            return endpoint
        return wrap

    async def viewed(self, session: Session, screen: str, resource: str = "") -> None:
        """Record that ``session``'s person was shown ``screen`` (raises Unavailable)."""
        if session.user is None:
            raise RuntimeError("viewed() needs a signed-in session")
        await self.audit.record(action="console.view", resource=resource or screen,
                                outcome="success", subject=session.user.subject,
                                role=session.user.role)

    # -- the application ------------------------------------------------------------------
    def asgi(self) -> ASGIApp:
        from medenclave_console.adapters.inbound.governance_pages import governance_routes
        from medenclave_console.adapters.inbound.pages import routes

        app = Starlette(routes=[*routes(self), *governance_routes(self),
                                Mount("/static", StaticFiles(directory=HERE / "static"),
                                      name="static")])
        return _SecurityHeaders(app, https=self.https)

