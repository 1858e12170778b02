"""Scanning without Qt: a Scanner protocol (SANE, eSCL, TWAIN/WIA, folder), the page pipeline and PDFs."""
