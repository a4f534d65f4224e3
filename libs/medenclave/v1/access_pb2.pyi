import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from medenclave.v1 import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class LoginRequest(_message.Message):
    __slots__ = ("username", "password", "totp_code")
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    PASSWORD_FIELD_NUMBER: _ClassVar[int]
    TOTP_CODE_FIELD_NUMBER: _ClassVar[int]
    username: str
    password: str
    totp_code: str
    def __init__(self, username: _Optional[str] = ..., password: _Optional[str] = ..., totp_code: _Optional[str] = ...) -> None: ...

class Token(_message.Message):
    __slots__ = ("token", "expires_at", "subject", "role")
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    token: str
    expires_at: _timestamp_pb2.Timestamp
    subject: str
    role: str
    def __init__(self, token: _Optional[str] = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., subject: _Optional[str] = ..., role: _Optional[str] = ...) -> None: ...

class IssueTokenRequest(_message.Message):
    __slots__ = ("subject", "role", "ttl_s")
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    TTL_S_FIELD_NUMBER: _ClassVar[int]
    subject: str
    role: str
    ttl_s: int
    def __init__(self, subject: _Optional[str] = ..., role: _Optional[str] = ..., ttl_s: _Optional[int] = ...) -> None: ...

class GetKeySetRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class PublicKey(_message.Message):
    __slots__ = ("kid", "alg", "public_key_pem")
    KID_FIELD_NUMBER: _ClassVar[int]
    ALG_FIELD_NUMBER: _ClassVar[int]
    PUBLIC_KEY_PEM_FIELD_NUMBER: _ClassVar[int]
    kid: str
    alg: str
    public_key_pem: str
    def __init__(self, kid: _Optional[str] = ..., alg: _Optional[str] = ..., public_key_pem: _Optional[str] = ...) -> None: ...

class KeySet(_message.Message):
    __slots__ = ("keys", "issuer", "audience", "revocations", "policy")
    KEYS_FIELD_NUMBER: _ClassVar[int]
    ISSUER_FIELD_NUMBER: _ClassVar[int]
    AUDIENCE_FIELD_NUMBER: _ClassVar[int]
    REVOCATIONS_FIELD_NUMBER: _ClassVar[int]
    POLICY_FIELD_NUMBER: _ClassVar[int]
    keys: _containers.RepeatedCompositeFieldContainer[PublicKey]
    issuer: str
    audience: str
    revocations: _containers.RepeatedCompositeFieldContainer[Revocation]
    policy: Policy
    def __init__(self, keys: _Optional[_Iterable[_Union[PublicKey, _Mapping]]] = ..., issuer: _Optional[str] = ..., audience: _Optional[str] = ..., revocations: _Optional[_Iterable[_Union[Revocation, _Mapping]]] = ..., policy: _Optional[_Union[Policy, _Mapping]] = ...) -> None: ...

class CreateUserRequest(_message.Message):
    __slots__ = ("username", "role", "password")
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    PASSWORD_FIELD_NUMBER: _ClassVar[int]
    username: str
    role: str
    password: str
    def __init__(self, username: _Optional[str] = ..., role: _Optional[str] = ..., password: _Optional[str] = ...) -> None: ...

class User(_message.Message):
    __slots__ = ("username", "role", "disabled", "created_at", "totp_enabled")
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    ROLE_FIELD_NUMBER: _ClassVar[int]
    DISABLED_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    TOTP_ENABLED_FIELD_NUMBER: _ClassVar[int]
    username: str
    role: str
    disabled: bool
    created_at: _timestamp_pb2.Timestamp
    totp_enabled: bool
    def __init__(self, username: _Optional[str] = ..., role: _Optional[str] = ..., disabled: _Optional[bool] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., totp_enabled: _Optional[bool] = ...) -> None: ...

class ListUsersRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListUsersResponse(_message.Message):
    __slots__ = ("users",)
    USERS_FIELD_NUMBER: _ClassVar[int]
    users: _containers.RepeatedCompositeFieldContainer[User]
    def __init__(self, users: _Optional[_Iterable[_Union[User, _Mapping]]] = ...) -> None: ...

class GetPolicyRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RolePermissions(_message.Message):
    __slots__ = ("role", "permissions")
    ROLE_FIELD_NUMBER: _ClassVar[int]
    PERMISSIONS_FIELD_NUMBER: _ClassVar[int]
    role: str
    permissions: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, role: _Optional[str] = ..., permissions: _Optional[_Iterable[str]] = ...) -> None: ...

class Policy(_message.Message):
    __slots__ = ("roles", "version")
    ROLES_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    roles: _containers.RepeatedCompositeFieldContainer[RolePermissions]
    version: int
    def __init__(self, roles: _Optional[_Iterable[_Union[RolePermissions, _Mapping]]] = ..., version: _Optional[int] = ...) -> None: ...

class DisableUserRequest(_message.Message):
    __slots__ = ("username", "enable")
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    ENABLE_FIELD_NUMBER: _ClassVar[int]
    username: str
    enable: bool
    def __init__(self, username: _Optional[str] = ..., enable: _Optional[bool] = ...) -> None: ...

class EnrollTotpRequest(_message.Message):
    __slots__ = ("username",)
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    username: str
    def __init__(self, username: _Optional[str] = ...) -> None: ...

class TotpEnrollment(_message.Message):
    __slots__ = ("secret_base32", "otpauth_uri")
    SECRET_BASE32_FIELD_NUMBER: _ClassVar[int]
    OTPAUTH_URI_FIELD_NUMBER: _ClassVar[int]
    secret_base32: str
    otpauth_uri: str
    def __init__(self, secret_base32: _Optional[str] = ..., otpauth_uri: _Optional[str] = ...) -> None: ...

class RotateKeyRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class RevokeSubjectRequest(_message.Message):
    __slots__ = ("subject",)
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    subject: str
    def __init__(self, subject: _Optional[str] = ...) -> None: ...

class Revocation(_message.Message):
    __slots__ = ("subject", "revoked_before")
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    REVOKED_BEFORE_FIELD_NUMBER: _ClassVar[int]
    subject: str
    revoked_before: _timestamp_pb2.Timestamp
    def __init__(self, subject: _Optional[str] = ..., revoked_before: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class PermissionChange(_message.Message):
    __slots__ = ("role", "permission")
    ROLE_FIELD_NUMBER: _ClassVar[int]
    PERMISSION_FIELD_NUMBER: _ClassVar[int]
    role: str
    permission: str
    def __init__(self, role: _Optional[str] = ..., permission: _Optional[str] = ...) -> None: ...

class BreakGlassRequest(_message.Message):
    __slots__ = ("role", "reason", "duration_s")
    ROLE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    DURATION_S_FIELD_NUMBER: _ClassVar[int]
    role: str
    reason: str
    duration_s: int
    def __init__(self, role: _Optional[str] = ..., reason: _Optional[str] = ..., duration_s: _Optional[int] = ...) -> None: ...

class BreakGlassGrant(_message.Message):
    __slots__ = ("grant_id", "subject", "from_role", "granted_role", "reason", "granted_at", "expires_at", "token")
    GRANT_ID_FIELD_NUMBER: _ClassVar[int]
    SUBJECT_FIELD_NUMBER: _ClassVar[int]
    FROM_ROLE_FIELD_NUMBER: _ClassVar[int]
    GRANTED_ROLE_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    GRANTED_AT_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    grant_id: str
    subject: str
    from_role: str
    granted_role: str
    reason: str
    granted_at: _timestamp_pb2.Timestamp
    expires_at: _timestamp_pb2.Timestamp
    token: Token
    def __init__(self, grant_id: _Optional[str] = ..., subject: _Optional[str] = ..., from_role: _Optional[str] = ..., granted_role: _Optional[str] = ..., reason: _Optional[str] = ..., granted_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., token: _Optional[_Union[Token, _Mapping]] = ...) -> None: ...

class ListBreakGlassRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListBreakGlassResponse(_message.Message):
    __slots__ = ("grants",)
    GRANTS_FIELD_NUMBER: _ClassVar[int]
    grants: _containers.RepeatedCompositeFieldContainer[BreakGlassGrant]
    def __init__(self, grants: _Optional[_Iterable[_Union[BreakGlassGrant, _Mapping]]] = ...) -> None: ...
