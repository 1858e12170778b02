"""The reports screen: any ReportTable on screen, its exports and printout, the period picker."""
