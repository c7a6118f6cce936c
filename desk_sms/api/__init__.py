"""The local HTTP API other programs send through (issue 20), served by the engine (`desk-sms serve`).

- `schemas`: the JSON bodies, validated field by field;
- `errors`: `{"error": {"field": …, "message": …}}` for every refusal;
- `auth`: Bearer API keys, scopes, and the audit entry of every call;
- `sending`: POST /v1/messages through the one outgoing pipeline, idempotent;
- `appointments`: PUT/DELETE /v1/appointments/{external_id};
- `app`: the routes; `server`: uvicorn in a thread of the engine process, loopback by default.
"""
