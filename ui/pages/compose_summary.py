"""The summary shown before sending: recipients, exclusions with reasons, SMS parts, estimated time."""

from __future__ import annotations

import html
from collections import Counter

from PySide6.QtCore import QCoreApplication

from desk_sms.services.compose import ComposePlan, ExclusionReason
from desk_sms.services.estimates import Estimate, EstimateKind
from ui.counts import Counts
from ui.errors import user_error_text

# pyside6-lupdate needs the context as a literal: "ComposeSummary" is written out at each call.
translate = QCoreApplication.translate
LISTED = 50  # exclusions and missing values listed one by one; the rest are counted


def reason_text(reason: ExclusionReason) -> str:
    texts = {
        ExclusionReason.OPTED_OUT: translate("ComposeSummary", "opted out"),
        ExclusionReason.INVALID_NUMBER: translate("ComposeSummary", "not a valid mobile number"),
        ExclusionReason.DUPLICATE: translate("ComposeSummary", "duplicate number"),
        ExclusionReason.MISSING_FIELD: translate("ComposeSummary", "missing value"),
        ExclusionReason.TOO_LONG: translate("ComposeSummary", "message too long"),
        ExclusionReason.NO_CONSENT: translate("ComposeSummary", "no consent to advertising"),
        ExclusionReason.DELETED_CONTACT: translate("ComposeSummary", "contact deleted"),
    }
    return texts[reason]


def duration_text(seconds: float) -> str:
    minutes = max(round(seconds / 60), 1)
    if minutes < 120:
        return translate("ComposeSummary", "about {minutes} min").format(minutes=minutes)
    text = translate("ComposeSummary", "about {hours} h {minutes} min")
    return text.format(hours=minutes // 60, minutes=minutes % 60)


def estimate_text(found: Estimate) -> str:
    if found.kind is EstimateKind.NO_MODEM:
        return translate("ComposeSummary", "no modem is ready: the messages wait until one is")
    if found.kind is EstimateKind.RESTING and found.resume_at is not None:
        text = translate("ComposeSummary", "quiet hours: sending starts at {time}")
        return text.format(time=f"{found.resume_at:%H:%M}")
    if found.kind is EstimateKind.LIMIT_REACHED and found.resume_at is not None:
        text = translate("ComposeSummary", "every modem reached its daily limit: sending resumes at {time}")
        return text.format(time=f"{found.resume_at:%H:%M}")
    if found.kind is EstimateKind.LIMIT_REACHED:
        return translate(
            "ComposeSummary", "every modem reached its daily limit: sending waits until one frees"
        )
    text = duration_text(found.seconds_left or 0.0)
    if found.over_limit:
        text += " " + Counts().waiting_for_daily_limits(found.over_limit)
    return text


def summary_html(plan: ComposePlan, needs_approval: bool) -> str:
    """The whole summary as simple HTML for a QTextBrowser."""
    rows = [
        (translate("ComposeSummary", "Recipients"), str(len(plan.messages))),
        (translate("ComposeSummary", "Excluded"), str(len(plan.excluded))),
        (translate("ComposeSummary", "SMS parts in total"), str(plan.total_parts)),
        (translate("ComposeSummary", "Estimated time"), estimate_text(plan.estimate)),
    ]
    if plan.not_before is not None:
        when = f"{plan.not_before.astimezone():%Y-%m-%d %H:%M}"
        rows.append((translate("ComposeSummary", "Sending at"), when))
    parts = ["<table>"]
    parts += [f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in rows]
    parts.append("</table>")
    if plan.advertising_problem is not None:
        lacking = html.escape(user_error_text(plan.advertising_problem))
        parts.append(f"<p style='color:#b3261e'><b>{lacking}</b></p>")
    if needs_approval:
        note = translate("ComposeSummary", "An administrator must approve this campaign before it is sent.")
        parts.append(f"<p>{html.escape(note)}</p>")
    parts += _excluded_html(plan) + _missing_html(plan)
    return "".join(parts)


def _excluded_html(plan: ComposePlan) -> list[str]:
    if not plan.excluded:
        return []
    counts = Counter(e.reason for e in plan.excluded)
    title = html.escape(translate("ComposeSummary", "Not sent to"))
    by_reason = html.escape(", ".join(f"{reason_text(r)} {n}" for r, n in counts.items()))
    lines = [f"<p><b>{title}</b>: {by_reason}</p><ul>"]
    for excluded in plan.excluded[:LISTED]:
        who = " ".join(filter(None, (excluded.name, excluded.number)))
        detail = f" ({excluded.detail})" if excluded.detail else ""
        lines.append(f"<li>{html.escape(who)}: {html.escape(reason_text(excluded.reason) + detail)}</li>")
    if len(plan.excluded) > LISTED:
        more = translate("ComposeSummary", "… and {count} more").format(count=len(plan.excluded) - LISTED)
        lines.append(f"<li>{html.escape(more)}</li>")
    lines.append("</ul>")
    return lines


def _missing_html(plan: ComposePlan) -> list[str]:
    if not plan.missing:
        return []
    lines = ["<p><b>" + html.escape(translate("ComposeSummary", "Missing values")) + "</b></p><ul>"]
    for missing in plan.missing[:LISTED]:
        who = missing.name or missing.number
        lines.append(f"<li>{html.escape(who)}: {html.escape(', '.join(missing.fields))}</li>")
    lines.append("</ul>")
    return lines
