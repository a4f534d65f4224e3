"""A small fake Kubernetes API server on loopback (HTTP) for the training job launcher's
tests: create, get and delete PyTorchJobs, Jobs and Services in one namespace; API discovery
of ``kubeflow.org/v1`` when the operator is "installed"; answers scripted per call."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class FakeKubernetes:
    """``operator``: whether ``kubeflow.org/v1`` lists PyTorchJob. ``fail``: (method, path
    prefix) → statuses answered (one per call, then the normal answer). ``on_create``: called
    with each created object (the test plays the pods there). ``states``: the condition each
    GET of a job reports, one per call, the last one kept."""

    def __init__(self, *, operator: bool = True) -> None:
        self.operator = operator
        self.fail: dict[tuple[str, str], list[int]] = {}
        self.objects: dict[str, dict[str, Any]] = {}
        self.calls: list[tuple[str, str, dict | None, str]] = []
        self.states: list[str] = ["Running", "Succeeded"]
        self.on_create: Callable[[dict[str, Any]], None] | None = None
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_: Any) -> None:
                pass

            def _answer(self, status: int, body: dict[str, Any]) -> None:
                raw = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def _handle(self, method: str) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length)) if length else None
                status, answer = fake.handle(method, self.path, body,
                                             self.headers.get("Authorization", ""))
                self._answer(status, answer)

            def do_GET(self) -> None:
                self._handle("GET")

            def do_POST(self) -> None:
                self._handle("POST")

            def do_DELETE(self) -> None:
                self._handle("DELETE")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever,
                                        kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def handle(self, method: str, path: str, body: dict | None, auth: str
               ) -> tuple[int, dict[str, Any]]:
        with self._lock:
            self.calls.append((method, path, body, auth))
            for (m, prefix), statuses in self.fail.items():
                if m == method and path.startswith(prefix) and statuses:
                    return statuses.pop(0), {"kind": "Status", "message": "scripted"}
            path = path.split("?")[0]
            if path == "/apis/kubeflow.org/v1":
                if not self.operator:
                    return 404, {"kind": "Status"}
                return 200, {"resources": [{"name": "pytorchjobs", "kind": "PyTorchJob"}]}
            if method == "POST":
                assert body is not None
                key = f"{path}/{body['metadata']['name']}"
                if key in self.objects:
                    return 409, {"kind": "Status"}
                self.objects[key] = body
                created = body
            elif method == "GET":
                if path not in self.objects:
                    return 404, {"kind": "Status"}
                state = self.states.pop(0) if len(self.states) > 1 else self.states[0]
                obj = dict(self.objects[path])
                obj["status"] = {"conditions": [{"type": state, "status": "True"}]}
                return 200, obj
            elif method == "DELETE":
                if self.objects.pop(path, None) is None:
                    return 404, {"kind": "Status"}
                return 200, {"kind": "Status", "status": "Success"}
            else:
                return 405, {}
        if self.on_create is not None:
            self.on_create(created)
        return 201, created

    def made(self, method: str) -> list[str]:
        return [path for m, path, _, _ in self.calls if m == method]
