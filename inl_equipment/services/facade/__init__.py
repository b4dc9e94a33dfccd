"""The register facade, split by capability: `register.items`, `.handovers`, ...

Each capability is a small class over the same `Database` and operator; every
method is one unit of work. Writing methods tell `register.changes` what they
changed, so every open window refreshes exactly that (see `changes.py`).
A new capability (inspections, labels) is a new module here and one attribute
on `Register`.
"""
