"""Scanning without Qt: a Scanner protocol with SANE, eSCL, TWAIN/WIA and folder backends, the page pipeline and PDFs."""
