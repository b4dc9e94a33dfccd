"""The officers' reports: the handover register and the funding report (PDF, XLSX, CSV)."""
