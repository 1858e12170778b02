"""Signed updates (TUF via tufup): check, download resumably under a cap, stage, switch at start."""
