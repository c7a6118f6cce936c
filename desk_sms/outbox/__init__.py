"""The outgoing-message pipeline: the one owner of an `OutboundMessage`.

- `states`: the states, their allowed transitions, priorities;
- `audience`: the one opt-out rule (one SQL predicate);
- `rules`: text, placeholders, part limit, lateness, urgency, approval;
- `factory`: the only code that builds an `OutboundMessage` row;
- `transitions`: the only code that writes a message's status;
- `pipeline`: the door every sender goes through (with its audit entry).

`tests/test_outbox_ownership.py` proves that no other module builds a row or writes a status.
"""
