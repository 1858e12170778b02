"""Reports, indicators and the supervisor's dashboard: the reports screen, exports, the dashboard."""
