"""`python -m inl_equipment`: the same as the `inl-equipment` command."""

from inl_equipment.cli import main

raise SystemExit(main())
