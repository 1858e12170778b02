"""The one-stop rules as pure Python: no I/O, no Qt, no database, nothing else of the project."""
