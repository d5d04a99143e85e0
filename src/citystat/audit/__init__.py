"""One audit shape for every domain (after Zulip's ``RealmAuditLog``): ``AuditLog``.

Every action of observations, targets, the catalogue, regions, users and rules writes one
row through :func:`citystat.audit.actions.record`: what happened (``event_type``, an
enumerated code whose hundreds give the domain), when, who acted, on which object, why
(``reason``), and the values before and after (``extra_data["old"]``/``["new"]``).
Reference-data plumbing: it imports no other app, so every layer may write to it.
"""
