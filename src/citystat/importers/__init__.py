"""File imports as explicit stages: store → parse → harmonise → validate → load.

``parse``, ``numbers``, ``units``, ``harmonise`` and ``checks`` import no Django: they turn
bytes into rows and rows into problems, so they are tested without a database.
``store``, ``context`` and ``load`` talk to the database; ``pipeline`` runs the stages.
"""
