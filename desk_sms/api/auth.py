"""Who calls: a Bearer API key (401 without a valid one), its scopes (403), and the audit entry
that names the key for every call."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from desk_sms.api.errors import ApiError
from desk_sms.services.api_keys import ApiKeyInfo, ApiKeysService
from desk_sms.services.users import Role, UserInfo, UsersService

bearer = HTTPBearer(auto_error=False, description="an API key (Settings → API, or `desk-sms api-key create`)")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
ASK_FOR_KEY = {"WWW-Authenticate": "Bearer"}


@dataclass(frozen=True)
class Caller:
    key: ApiKeyInfo
    actor: UserInfo  # how the key appears in the audit log and to the services: an operator, no account


def actor_for(key: ApiKeyInfo) -> UserInfo:
    return UserInfo(0, f"API key {key.name}", Role.OPERATOR, False, True, command_line=True)


class Gate:
    """The dependencies routes declare: `gate.scope("send")` lets only keys with that scope in."""

    def __init__(self, keys: ApiKeysService) -> None:
        self._keys = keys

    def caller(self, request: Request, credentials: Credentials) -> Caller:
        if credentials is None:
            raise ApiError(401, "Authorization", "send the header Authorization: Bearer YOUR-API-KEY",
                           ASK_FOR_KEY)
        key = self._keys.authenticate(credentials.credentials)
        if key is None:
            raise ApiError(401, "Authorization", "this API key is unknown or was revoked", ASK_FOR_KEY)
        caller = Caller(key, actor_for(key))
        request.state.caller = caller
        return caller

    def scope(self, scope: str) -> Callable[[Request, Credentials], Caller]:
        def scoped(request: Request, credentials: Credentials) -> Caller:
            caller = self.caller(request, credentials)
            if scope not in caller.key.scopes:
                raise ApiError(403, "Authorization", f"this API key may not do this (it needs the scope "
                               f"{scope!r}; it has {', '.join(caller.key.scopes)})")
            return caller

        return scoped


Next = Callable[[Request], Awaitable[Response]]


def audit_calls(session_factory: sessionmaker[Session], users: UsersService
                ) -> Callable[[Request, Next], Awaitable[Response]]:
    """Middleware: one audit entry per call to /v1, naming the key (or its absence) and the answer."""

    def record(request: Request, status: int) -> None:
        caller: Caller | None = getattr(request.state, "caller", None)
        action = "api.call" if status < 400 else "api.refused"
        detail = f"{request.method} {request.url.path} → {status}"
        with session_factory.begin() as session:
            users.add_record(session, action, "api_key", caller.key.id if caller else None, detail,
                             caller.actor if caller else anonymous())

    async def middleware(request: Request, call_next: Next) -> Response:
        response = await call_next(request)
        if request.url.path.startswith("/v1/"):
            await run_in_threadpool(record, request, response.status_code)
        return response

    return middleware


def anonymous() -> UserInfo:
    return UserInfo(0, "API (no valid key)", Role.OPERATOR, False, True, command_line=True)
