"""Printing through Qt's print system: any installed printer, preview, save as PDF, retry."""
