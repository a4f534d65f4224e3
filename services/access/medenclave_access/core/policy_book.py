"""The editable role policy: the default role table, changed by admins, versioned. No I/O."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from medenclave.security.policy import DEFAULT_ROLES, PUBLIC, Policy
from medenclave_access.core.ports import PolicyStore

__all__ = ["InvalidPolicyChange", "PolicyBook"]


class InvalidPolicyChange(ValueError):
    """Unknown role or permission, or a change that would lock every admin out."""


def _apply(changes: Mapping[tuple[str, str], bool]) -> dict[str, frozenset[str]]:
    roles = {r: set(p) for r, p in DEFAULT_ROLES.items()}
    for (role, permission), granted in changes.items():
        if role in roles:
            (roles[role].add if granted else roles[role].discard)(permission)
    return {r: frozenset(p) for r, p in roles.items()}


class PolicyBook:
    """Holds the current :class:`Policy`; every change bumps its version and is stored.

    The store keeps the edits, not the whole table, so permissions that a new release adds
    to DEFAULT_ROLES reach existing installations while admins' grants and revocations stay.

    Args:
        store: where the edits persist.
        known_permissions: permissions some RPC declares; others cannot be granted.
    """

    def __init__(self, *, store: PolicyStore, known_permissions: Iterable[str]) -> None:
        self._store = store
        self._known = frozenset(known_permissions) - {PUBLIC}
        self._changes, version = store.load()
        self._policy = Policy(roles=_apply(self._changes), version=max(version, 1))

    @property
    def policy(self) -> Policy:
        return self._policy

    def _change(self, role: str, permission: str, *, grant: bool) -> Policy:
        if role not in self._policy.roles:
            raise InvalidPolicyChange(f"unknown role '{role}'")
        if permission not in self._known:
            raise InvalidPolicyChange(f"unknown permission '{permission}'")
        changes = {**self._changes, (role, permission): grant}
        roles = _apply(changes)
        if not any("users.admin" in p for p in roles.values()):
            raise InvalidPolicyChange("at least one role must keep users.admin")
        if roles[role] == self._policy.roles[role]:
            return self._policy
        policy = Policy(roles=roles, version=self._policy.version + 1)
        self._store.save(changes=changes, version=policy.version)
        self._changes = changes
        self._policy = policy
        return policy

    def grant(self, *, role: str, permission: str) -> Policy:
        """Give ``role`` the ``permission``.

        Raises:
            InvalidPolicyChange: unknown role or permission.
        """
        return self._change(role, permission, grant=True)

    def revoke(self, *, role: str, permission: str) -> Policy:
        """Take ``permission`` from ``role``.

        Raises:
            InvalidPolicyChange: unknown role or permission, or the last users.admin.
        """
        return self._change(role, permission, grant=False)
