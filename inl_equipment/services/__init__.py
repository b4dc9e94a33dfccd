"""The rules of the job, one module per capability. No Qt, no widgets."""
