"""Tests of the set-up and demo scripts under installer/."""
