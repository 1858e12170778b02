"""Citizen notifications (SMS / Zalo ZNS): consent-gated outbox, templates, providers, sender."""
