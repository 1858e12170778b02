"""Clerk login and the idle screen lock."""
