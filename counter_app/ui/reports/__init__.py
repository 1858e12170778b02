"""Reports, indicators and the supervisor's dashboard (issue 9)."""
