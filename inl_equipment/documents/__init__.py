"""Qt-free PDF documents: bilingual English/Lao handover receipts and their fonts."""
