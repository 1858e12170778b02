"""The scan panel: scanner choice, live thumbnails, page editing, attach to a component."""
