"""Settings slice: unit and counter, office hours, data folder, language, idle lock, slip printer."""
