"""Every refusal as `{"error": {"field": …, "message": …}}`: the field that is wrong (or null) and why."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from desk_sms.errors import NotFound, UserError


class ApiError(Exception):
    def __init__(self, status: int, field: str | None, message: str,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.field, self.message, self.headers = status, field, message, headers


def error_body(field: str | None, message: str) -> dict[str, Any]:
    return {"error": {"field": field, "message": message}}


WHERE = ("body", "query", "path", "header")
UNION_BRANCHES = ("str", "int", "bool")  # pydantic names the branch of a union it tried: not a field


def field_name(location: tuple[Any, ...] | list[Any]) -> str | None:
    """pydantic's location ("body", "values", "x") as a dotted field name ("values.x")."""
    parts = [str(part) for part in location if part not in WHERE]
    parts = [part for part in parts if part not in UNION_BRANCHES and "[" not in part]
    return ".".join(parts) or None


def _validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    first = exc.errors()[0]
    message = str(first.get("msg", "invalid"))
    if first.get("type") == "json_invalid":
        return JSONResponse(error_body(None, "the body is not valid JSON"), status_code=422)
    if tuple(first.get("loc", ())) == ("body",):
        message = "the body must be a JSON object, sent with Content-Type: application/json"
    return JSONResponse(error_body(field_name(first.get("loc", ())), message), status_code=422)


def _api_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return JSONResponse(error_body(exc.field, exc.message), status_code=exc.status, headers=exc.headers)


def _user_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, UserError)
    status = 404 if isinstance(exc, NotFound) else 422
    return JSONResponse(error_body(None, exc.message), status_code=status)


def _http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    return JSONResponse(error_body(None, str(exc.detail)), status_code=exc.status_code, headers=exc.headers)


def install(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(UserError, _user_error)
    app.add_exception_handler(HTTPException, _http)
